import { closeSync, openSync, readSync } from 'node:fs';
import { isFromLine, MAX_FROM_LINE_BYTES, MboxSplitter, type MboxFormat } from './mbox.js';
import type { SourceItem } from './types.js';
import { describeError } from './errors.js';

/**
 * Where a message (or a small file of messages) can be read, instead of its bytes: what `openSources`
 * yields with `references: true`, so that whoever scans it (a worker thread) reads it itself and the thread
 * that walks the input only lists files and finds mbox separators. `readReference` turns one back into
 * exactly the items `openSources` would have yielded for it.
 *
 * - `{ file }`: a whole regular file (one message, or an mbox small enough to read in one piece).
 * - `{ file, start, end }`: one message of a large mbox, its `From ` line at `start`, the next one at `end`.
 */
export interface SourceRef {
  source: string;
  file: string;
  start?: number;
  end?: number;
  read: RefReadOptions;
}

export interface RefReadOptions {
  maxMessageBytes: number;
  mboxFormat: MboxFormat;
}

export const isSourceRef = (item: object): item is SourceRef => 'file' in item && typeof (item as SourceRef).file === 'string';

const NL_FROM = Buffer.from('\nFrom ');
const NEWLINE = 0x0a;

/**
 * Offsets of the `From ` separator lines of an mbox whose first line is one (offset 0 is not re-checked),
 * found by reading the file in `chunkBytes` pieces into one reused buffer: no message is copied, so the
 * walking thread spends ~1 ms per MB here, whatever the messages hold. The same rule as MboxSplitter: a
 * line start followed by a line that `isFromLine` accepts (the line ends at `\n` or at the end of the file).
 * @example for (const offset of mboxSeparators(fd, size)) …
 */
export function* mboxSeparators(fd: number, size: number, chunkBytes = 1 << 20): Generator<number> {
  yield 0;
  const buffer = Buffer.allocUnsafe(Math.max(chunkBytes, 2 * MAX_FROM_LINE_BYTES + NL_FROM.length));
  let base = 0;
  while (base < size) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - base), base);
    if (n <= 0) return;
    const view = buffer.subarray(0, n);
    const atEnd = base + n >= size;
    // Default next chunk: overlap by the pattern length - 1, so a `\nFrom ` cut by the chunk end is found next time.
    let next = atEnd ? size : base + n - (NL_FROM.length - 1);
    for (let hit = view.indexOf(NL_FROM); hit !== -1; hit = view.indexOf(NL_FROM, hit + 1)) {
      const lineStart = hit + 1;
      let lineEnd = view.indexOf(NEWLINE, lineStart);
      if (lineEnd === -1) {
        // The line runs past this chunk: read again from its `\n` when it may still be a separator.
        if (!atEnd && n - lineStart <= MAX_FROM_LINE_BYTES) {
          next = base + hit;
          break;
        }
        lineEnd = n;
      }
      if (isFromLine(view.subarray(lineStart, lineEnd))) yield base + lineStart;
    }
    base = next;
  }
}

/**
 * The references for one large mbox (its first line already known to be a `From ` line): one per message,
 * named as `openSources` names them (`name#N`, or `name` alone for an mbox of one message).
 */
export function* mboxReferences(fd: number, size: number, name: string, read: RefReadOptions): Generator<SourceRef> {
  let previous: number | undefined;
  let index = 0;
  let held: SourceRef | undefined;
  const ref = (start: number, end: number): SourceRef => ({ source: `${name}#${index}`, file: name, start, end, read });
  for (const offset of mboxSeparators(fd, size)) {
    if (previous !== undefined) {
      index++;
      const current = ref(previous, offset);
      if (index === 1) held = current;
      else {
        if (held) yield held;
        held = undefined;
        yield current;
      }
    }
    previous = offset;
  }
  if (previous === undefined) return;
  index++;
  const last = ref(previous, size);
  if (index === 1) yield { ...last, source: name };
  else {
    if (held) yield held;
    yield last;
  }
}

/**
 * The one message of an mbox range (see SourceRef), read in `chunkBytes` pieces through the same
 * MboxSplitter as a streamed mbox, so an oversized message still costs at most `maxMessageBytes + 1` bytes.
 * Never throws for a bad input: an unreadable or vanished file is a `{source, error}` item.
 */
export function readMboxRange(ref: SourceRef & { start: number; end: number }, chunkBytes = 64 * 1024): SourceItem {
  let fd: number;
  try {
    fd = openSync(ref.file, 'r');
  } catch (err) {
    return { source: ref.source, error: describeError(err) };
  }
  try {
    const splitter = new MboxSplitter({ cap: ref.read.maxMessageBytes + 1, format: ref.read.mboxFormat });
    const messages = [];
    for (let at = ref.start; at < ref.end; ) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkBytes, ref.end - at));
      const n = readSync(fd, chunk, 0, chunk.length, at);
      if (n <= 0) break;
      messages.push(...splitter.push(n === chunk.length ? chunk : chunk.subarray(0, n)));
      at += n;
    }
    messages.push(...splitter.end());
    const message = messages[0];
    if (!message || message.raw.byteLength === 0) return { source: ref.source, error: 'empty message' };
    return message.fullSize !== undefined ? { source: ref.source, raw: message.raw, fullSize: message.fullSize } : { source: ref.source, raw: message.raw };
  } catch (err) {
    return { source: ref.source, error: describeError(err) };
  } finally {
    closeSync(fd);
  }
}
