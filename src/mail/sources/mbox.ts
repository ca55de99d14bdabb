import { MessageBuilder } from './message-builder.js';

/**
 * How `>From ` lines in an mbox body are un-escaped (RFC 4155 and the qmail mbox(5) page):
 * - `mboxrd` (default): the writer quoted every `>*From ` line with one more `>`, so one `>` is removed
 *   from any line matching `>+From `. Reading an mboxo file this way turns an original `>>From ` into
 *   `>From `: a one-character change in a quoted line, harmless for scanning.
 * - `mboxo`: the writer only quoted `From ` lines, so only `>From ` loses its `>`; `>>From ` stays.
 *   Reading an mboxrd file this way would leave doubled quotes, which is why mboxrd is the default.
 * The two cannot be told apart from the content, so this is an option, not a guess.
 */
export type MboxFormat = 'mboxrd' | 'mboxo';

/** One message split out of an mbox. */
export interface MboxMessage {
  /** 1-based position in the mbox. */
  index: number;
  /** The message without its `From ` line and without the blank line before the next one. */
  raw: Uint8Array;
  /** The message's real size when `raw` was cut at the cap. */
  fullSize?: number;
}

/** A `From ` line longer than this is not taken as a separator (real ones are well under 200 bytes). */
export const MAX_FROM_LINE_BYTES = 1024;

const FROM = Buffer.from('From ');
const NL_FROM = Buffer.from('\nFrom ');
const ESCAPED_FROM = Buffer.from('>From ');
const NEWLINE = 0x0a;
const GT = 0x3e;

/**
 * Whether a line (without its `\n`) is an mbox separator: `From ` then something date-like (RFC 4155
 * §2: `From sender asctime`). A time of day and a year are required so that a body line that merely starts
 * with "From " (unescaped by a careless writer) does not split a message.
 * @example isFromLine(Buffer.from('From MAILER-DAEMON Fri Jul  8 12:08:34 2011')) // true
 */
export function isFromLine(line: Uint8Array): boolean {
  if (line.byteLength > MAX_FROM_LINE_BYTES || line.byteLength < FROM.length) return false;
  for (let i = 0; i < FROM.length; i++) if (line[i] !== FROM[i]) return false;
  const text = Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('latin1');
  return /\d{1,2}:\d{2}/.test(text) && /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(text);
}

/**
 * Splits an mbox fed in arbitrary chunks into messages, in constant memory: only the current message (up
 * to `cap` bytes) and a partial line shorter than MAX_FROM_LINE_BYTES are held. Separators are `From `
 * lines (see isFromLine) at line starts; LF and CRLF files both work, and `Content-Length:` headers are
 * ignored (mboxcl lengths are unreliable once a file has been edited).
 *
 * @example
 * const splitter = new MboxSplitter({ cap: 1 << 20 });
 * const messages = [...splitter.push(chunk), ...splitter.end()];
 */
export class MboxSplitter {
  private readonly cap: number;
  private readonly format: MboxFormat;
  private carry: Buffer | null = null;
  private atLineStart = true;
  private current: MessageBuilder | null = null;
  private index = 0;
  private out: MboxMessage[] = [];

  constructor(options: { cap: number; format?: MboxFormat }) {
    this.cap = options.cap;
    this.format = options.format ?? 'mboxrd';
  }

  /** Feeds the next chunk; returns the messages it completed. */
  push(chunk: Uint8Array): MboxMessage[] {
    let bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const carry = this.carry;
    if (carry) {
      // Join the held partial line with the rest of its line only, not the whole chunk: copying every chunk
      // would double the garbage the reading thread makes.
      const newline = bytes.indexOf(NEWLINE);
      if (newline === -1 && carry.length + bytes.length <= MAX_FROM_LINE_BYTES) {
        this.carry = Buffer.concat([carry, bytes]);
        return this.drain();
      }
      const headEnd = newline === -1 ? bytes.length : newline + 1;
      this.carry = null;
      this.process(Buffer.concat([carry, bytes.subarray(0, headEnd)]), false);
      bytes = bytes.subarray(headEnd);
    }
    if (bytes.length > 0) this.process(bytes, false);
    return this.drain();
  }

  /** Ends the input; returns the last message(s). */
  end(): MboxMessage[] {
    const rest = this.carry;
    this.carry = null;
    if (rest) this.process(rest, true);
    this.finishCurrent();
    return this.drain();
  }

  private drain(): MboxMessage[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private finishCurrent(): void {
    const message = this.current;
    if (!message) return;
    this.current = null;
    const raw = message.finish(true);
    this.out.push(message.total > message.kept ? { index: this.index, raw, fullSize: message.total } : { index: this.index, raw });
  }

  private process(data: Buffer, final: boolean): void {
    let limit = data.length;
    if (!final) {
      // Hold back a short partial last line: it may be a `From ` line whose date is in the next chunk.
      const tailStart = data.lastIndexOf(NEWLINE) + 1;
      const tailLength = data.length - tailStart;
      const tailAtLineStart = tailStart > 0 || this.atLineStart;
      if (tailLength > 0 && tailAtLineStart && tailLength <= MAX_FROM_LINE_BYTES) limit = tailStart;
    }
    const region = limit === data.length ? data : data.subarray(0, limit);
    const startsAtLineStart = this.atLineStart;
    let segmentStart = 0;
    let pos = 0;

    const separatorAt = (lineStart: number): number => {
      // Returns the position after the separator line, or -1 when the line is not a separator.
      let lineEnd = region.indexOf(NEWLINE, lineStart);
      if (lineEnd === -1) lineEnd = region.length;
      if (!isFromLine(region.subarray(lineStart, lineEnd))) return -1;
      this.current?.append(region, segmentStart, lineStart);
      this.finishCurrent();
      this.index++;
      this.current = new MessageBuilder(this.cap);
      return Math.min(lineEnd + 1, region.length);
    };

    if (startsAtLineStart && region.length >= FROM.length && region.subarray(0, FROM.length).equals(FROM)) {
      const next = separatorAt(0);
      if (next >= 0) segmentStart = pos = next;
    }
    // A line start at `pos` has its `\n` at pos - 1, hence the searches for NL_FROM from pos - 1.
    let nextFrom = region.indexOf(NL_FROM, Math.max(0, pos - 1));
    let nextEscaped = region.indexOf(ESCAPED_FROM, pos);
    while (nextFrom !== -1 || nextEscaped !== -1) {
      if (nextFrom !== -1 && (nextEscaped === -1 || nextFrom < nextEscaped)) {
        const next = separatorAt(nextFrom + 1);
        if (next >= 0) segmentStart = pos = next;
        else pos = nextFrom + NL_FROM.length;
      } else {
        // `>From ` somewhere: walk back over the run of `>`; it is an escape only at a line start.
        let runStart = nextEscaped;
        while (runStart > 0 && region[runStart - 1] === GT) runStart--;
        const atLineStart = runStart > 0 ? region[runStart - 1] === NEWLINE : startsAtLineStart;
        const quotes = nextEscaped - runStart + 1;
        if (atLineStart && (this.format === 'mboxrd' || quotes === 1) && runStart >= segmentStart) {
          this.current?.append(region, segmentStart, runStart);
          segmentStart = runStart + 1;
        }
        pos = nextEscaped + ESCAPED_FROM.length;
      }
      if (nextFrom !== -1 && nextFrom < pos) nextFrom = region.indexOf(NL_FROM, Math.max(0, pos - 1));
      if (nextEscaped !== -1 && nextEscaped < pos) nextEscaped = region.indexOf(ESCAPED_FROM, pos);
    }
    this.current?.append(region, segmentStart, region.length);
    if (region.length > 0) this.atLineStart = region[region.length - 1] === NEWLINE;
    if (limit < data.length) this.carry = Buffer.from(data.subarray(limit));
  }
}
