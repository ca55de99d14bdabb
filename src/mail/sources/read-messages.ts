import { MessageBuilder } from './message-builder.js';
import { isFromLine, MAX_FROM_LINE_BYTES, MboxSplitter, type MboxFormat } from './mbox.js';
import type { SourceItem } from './types.js';

export interface ReadMessagesOptions {
  maxMessageBytes: number;
  mboxFormat: MboxFormat;
  /** Error text when there is no byte at all (`empty file`, `empty input`). */
  emptyError: string;
  /** Size of the input when known (a regular file): saves reading past the cap of an oversized message. */
  knownSize?: number;
}

/**
 * Turns a byte stream into messages: an mbox when the first line is a `From ` line (see isFromLine),
 * otherwise one message. Pulls chunks only as fast as the consumer takes messages.
 *
 * Names: a single message is `name`; messages of an mbox are `name#N` (N from 1) unless the mbox holds
 * exactly one message, which is then just `name` (a lone message saved with its `From ` line, like the
 * files of the SpamAssassin public corpus). To tell the two apart, the first message is held back until
 * the second one starts.
 */
export async function* readMessages(chunks: AsyncIterable<Uint8Array>, name: string, options: ReadMessagesOptions): AsyncGenerator<SourceItem> {
  // The parser parses at most maxMessageBytes; one byte more lets it see (and report) that the message
  // was over the limit.
  const cap = options.maxMessageBytes + 1;
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    const head: Uint8Array[] = [];
    let headBytes = 0;
    let done = false;
    // Enough of the start to see the whole first line (or to know it is too long to be a `From ` line).
    while (headBytes <= MAX_FROM_LINE_BYTES && !head.some((c) => c.includes(0x0a))) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      if (next.value.byteLength === 0) continue;
      head.push(next.value);
      headBytes += next.value.byteLength;
    }
    if (headBytes === 0) {
      yield { source: name, error: options.emptyError };
      return;
    }
    const start = head.length === 1 ? head[0]! : Buffer.concat(head);
    let firstLineEnd = start.indexOf(0x0a);
    if (firstLineEnd === -1) firstLineEnd = start.byteLength;
    const isMbox = isFromLine(start.subarray(0, firstLineEnd));

    if (!isMbox) {
      const message = new MessageBuilder(cap);
      for (const chunk of head) message.append(chunk);
      while (!done && !message.full) {
        const next = await iterator.next();
        if (next.done) done = true;
        else message.append(next.value);
      }
      let fullSize = message.total;
      if (!done) {
        if (options.knownSize !== undefined) fullSize = options.knownSize;
        else {
          // A stream of unknown length (stdin): count the rest without keeping it.
          for (let next = await iterator.next(); !next.done; next = await iterator.next()) fullSize += next.value.byteLength;
        }
      }
      const raw = message.finish(false);
      yield fullSize > raw.byteLength ? { source: name, raw, fullSize } : { source: name, raw };
      return;
    }

    const splitter = new MboxSplitter({ cap, format: options.mboxFormat });
    let held: SourceItem | undefined;
    let count = 0;
    const toItem = (m: ReturnType<MboxSplitter['end']>[number], source: string): SourceItem => {
      if (m.raw.byteLength === 0) return { source, error: 'empty message' };
      return m.fullSize !== undefined ? { source, raw: m.raw, fullSize: m.fullSize } : { source, raw: m.raw };
    };
    function* emit(messages: ReturnType<MboxSplitter['end']>): Generator<SourceItem> {
      for (const m of messages) {
        count++;
        if (count === 1) {
          held = toItem(m, `${name}#1`);
          continue;
        }
        if (held) {
          yield held;
          held = undefined;
        }
        yield toItem(m, `${name}#${m.index}`);
      }
    }
    yield* emit(splitter.push(start));
    while (!done) {
      const next = await iterator.next();
      if (next.done) break;
      yield* emit(splitter.push(next.value));
    }
    yield* emit(splitter.end());
    if (held) {
      // The only message of the mbox: named after the file alone.
      yield { ...held, source: name };
    }
  } finally {
    await iterator.return?.();
  }
}
