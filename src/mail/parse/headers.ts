import { isAscii as isAsciiBytes } from 'node:buffer';
import type { HeaderField } from '../types.js';
import type { AnomalySink } from './anomalies.js';
import { decodeHeaderBytes, decodeStrict, isAsciiSpace, kanaRatio, latin1, normalizeCharsetLabel } from './charset.js';
import { decodeEncodedWords, type WordsInfo } from './encoded-words.js';
import { latin1NameAt } from './names.js';
import { parseParams } from './params.js';

/** Header fields that may occur at most once (RFC 5322 §3.6); a second copy is a sign of injection or forgery. */
export const SINGLETON_HEADERS = new Set(['from', 'sender', 'reply-to', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'in-reply-to', 'references']);

/**
 * Fields still read after the header limit (with at most SALVAGED_PER_NAME of each name): who sent it,
 * what it says, and how its body is structured. Everything else past the limit is skipped unread.
 */
export const SALVAGED_PAST_LIMIT = new Set([
  ...SINGLETON_HEADERS, 'return-path', 'content-type', 'content-transfer-encoding', 'content-disposition', 'mime-version',
]);
/** Two, so that a duplicated From past the limit is still seen as a duplicate. */
const SALVAGED_PER_NAME = 2;
export const SALVAGED_FIELD_BYTES = 16 * 1024;
/** Fields of other names kept past the limit (one per name shape). */
export const SALVAGED_OTHER_FIELDS = 100;

/** A field name with its digits collapsed: `x-padding-00017` and `x-padding-00018` have one shape. */
export function nameShape(key: string): string {
  return key.replace(/[0-9]+/g, '#');
}

/** Field names that start a header line in real mail (RFC 5322 §3.6, RFC 2045 §3): a junk line before one is skipped. */
const KNOWN_FIELD = /^(from|to|cc|bcc|subject|date|message-id|reply-to|sender|return-path|received|received-spf|delivered-to|envelope-to|in-reply-to|references|mime-version|content-type|content-transfer-encoding|content-disposition|dkim-signature|authentication-results|arc-[a-z-]+|list-[a-z-]+|x-[a-z0-9-]+)[ \t]*:/i;

function startsKnownField(buf: Uint8Array, pos: number): boolean {
  if (pos >= buf.length) return false;
  const head = Buffer.from(buf.buffer, buf.byteOffset + pos, Math.min(48, buf.length - pos)).toString('latin1');
  return KNOWN_FIELD.test(head);
}

/** Junk lines in a row read past when a standard field follows them (a damaged field is often more than one line). */
const JUNK_LINES_MAX = 3;
/** Bytes the look-ahead for a standard field reads at most (junk lines and their continuation lines). */
const JUNK_LOOKAHEAD_BYTES = 4096;

/**
 * Whether a standard field starts one of the JUNK_LINES_MAX lines from `pos` on (the line at `pos` first), before an
 * empty line: then the line before `pos` was junk inside the header, not the start of a body without separator.
 */
function knownFieldSoon(buf: Uint8Array, pos: number): boolean {
  let at = pos;
  const stop = Math.min(buf.length, pos + JUNK_LOOKAHEAD_BYTES);
  for (let i = 0; i < JUNK_LINES_MAX && at < stop; ) {
    // Control bytes before a name are read past by the header loop: the look-ahead reads past them too.
    let name = at;
    while (name < stop && buf[name]! < 0x20 && buf[name] !== 0x09 && buf[name] !== 0x0a && buf[name] !== 0x0d) name++;
    if (startsKnownField(buf, name)) return true;
    if (buf[at] === 0x0a || buf[at] === 0x0d) return false;
    // A continuation line belongs to the junk line before it (a damaged field's folded rest): it is not counted.
    if (buf[at] !== 0x20 && buf[at] !== 0x09) i++;
    // Lines are looked at only in their first 1,024 bytes: a longer junk line ends the look-ahead.
    const window = Math.min(stop, at + 1024);
    let nl = -1;
    for (let j = at; j < window; j++) {
      if (buf[j] === 0x0a || (buf[j] === 0x0d && buf[j + 1] !== 0x0a)) {
        nl = j;
        break;
      }
    }
    if (nl < 0) return false;
    at = nl + 1;
  }
  return false;
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** Offset of the first body byte (after the empty separator line). */
  bodyStart: number;
  /** Whether the first line was a header field at all (a message must start with one). */
  startsWithField: boolean;
}

export interface HeaderBlockOptions {
  maxHeaderBytes: number;
  partPath: string;
  anomalies: AnomalySink;
  words: WordsInfo;
  /** Top level: an mbox `From ` line may precede the headers. */
  allowMboxFrom: boolean;
}

/**
 * Cursor over lines ending in CRLF, LF or a bare CR. Newline positions are searched natively and cached, so a
 * whole pass is linear even when one kind of terminator never occurs.
 */
export class LineCursor {
  private nextLf = -2;
  private nextCr = -2;
  /** End of the current line's content (before its terminator). */
  lineEnd = 0;
  /** Start of the next line. */
  next = 0;
  sawBareCr = false;

  constructor(private readonly buf: Uint8Array) {}

  /** Advances over the line starting at `pos`. */
  read(pos: number): void {
    const buf = this.buf;
    if (this.nextLf !== -1 && this.nextLf < pos) this.nextLf = buf.indexOf(0x0a, pos);
    if (this.nextCr !== -1 && this.nextCr < pos) this.nextCr = buf.indexOf(0x0d, pos);
    const lf = this.nextLf;
    const cr = this.nextCr;
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      if (cr + 1 === lf) {
        this.lineEnd = cr;
        this.next = lf + 1;
      } else {
        this.sawBareCr = true;
        this.lineEnd = cr;
        this.next = cr + 1;
      }
      return;
    }
    if (lf >= 0) {
      this.lineEnd = lf;
      this.next = lf + 1;
      return;
    }
    this.lineEnd = buf.length;
    this.next = buf.length;
  }
}

function isFieldNameByte(b: number): boolean {
  return b >= 33 && b <= 126 && b !== 58;
}

/** The field name ends at the colon; obsolete syntax allows white space before it (RFC 5322 §4.5). */
function fieldNameEnd(buf: Uint8Array, start: number, lineEnd: number): { nameEnd: number; colon: number } | null {
  let i = start;
  // A NUL inside the name is skipped (and recorded by the caller): it would otherwise end the header here.
  while (i < lineEnd && (isFieldNameByte(buf[i] as number) || buf[i] === 0)) i++;
  if (i === start) return null;
  const nameEnd = i;
  while (i < lineEnd && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
  if (i >= lineEnd || buf[i] !== 58) return null;
  return { nameEnd, colon: i };
}

function isBlankLine(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== 0x20 && buf[i] !== 0x09) return false;
  return true;
}

/** Whether the line at `pos` is a continuation (starts with white space and has content). */
function continuesAfter(buf: Uint8Array, pos: number): boolean {
  const b = buf[pos];
  return b === 0x20 || b === 0x09;
}

function trimEnd(buf: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start && (buf[e - 1] === 0x20 || buf[e - 1] === 0x09)) e--;
  return e;
}

/** A line holding only a field name, continued by a line whose first non-blank character is the colon. */
function foldedName(buf: Uint8Array, pos: number, lineEnd: number, next: number): boolean {
  const nameEnd = trimEnd(buf, pos, lineEnd);
  if (nameEnd === pos) return false;
  for (let i = pos; i < nameEnd; i++) if (!isFieldNameByte(buf[i] as number)) return false;
  if (!continuesAfter(buf, next)) return false;
  let i = next;
  while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
  return buf[i] === 0x3a;
}

function startsWith(buf: Uint8Array, pos: number, end: number, ascii: string): boolean {
  if (end - pos < ascii.length) return false;
  for (let k = 0; k < ascii.length; k++) if (buf[pos + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

/**
 * Parses a header block (RFC 5322 §2.2) from `buf`: unfolds continuation lines, tolerates CRLF / LF / bare
 * CR, decodes 8-bit bytes and RFC 2047 words, and records anomalies. A line that is neither a field nor a
 * continuation ends the header (the body starts there, as Python's email package does: a missing separator).
 */
export function parseHeaderBlock(buf: Uint8Array, opts: HeaderBlockOptions): HeaderBlock {
  const { anomalies, partPath } = opts;
  // Fast path for the common MIME part that starts with the empty line (no header fields at all).
  if (buf[0] === 0x0a) return { fields: [], bodyStart: 1, startsWithField: false };
  if (buf[0] === 0x0d && buf[1] === 0x0a) return { fields: [], bodyStart: 2, startsWithField: false };
  const fields: HeaderField[] = [];
  const cursor = new LineCursor(buf);
  const len = buf.length;
  let pos = 0;
  let startsWithField = false;
  let bodyStart = len;
  let over = false;
  let sawFirst = false;
  /** The first line was junk read past (a standard field follows soon): its continuation lines are junk too. */
  let junkFirst = false;
  let curName = '';
  let curValueStart = -1;
  let curEnd = -1;
  let curMulti = false;

  // 8-bit fields that are not UTF-8: re-decoded with the part's declared charset once it is known.
  const legacy: { index: number; start: number; end: number; multi: boolean }[] = [];
  // Past the limit, the fields that decide what the message is are still read (a bounded number of each,
  // each cut to SALVAGED_FIELD_BYTES): padding the header must not hide From, Subject or the MIME structure.
  // Other fields past the limit are kept once per new name shape (digits ignored, so numbered padding
  // fields count once), at most SALVAGED_OTHER_FIELDS: the sender's real fields after the padding stay visible.
  const salvaged = new Map<string, number>();
  let shapes: Set<string> | undefined;
  let others = 0;
  const finish = (): void => {
    if (curValueStart < 0) return;
    if (!over) {
      const field = makeField(buf, curName, curValueStart, curEnd, curMulti, opts);
      if (field.legacy && legacy.length < 100) legacy.push({ index: fields.length, start: curValueStart, end: curEnd, multi: curMulti });
      fields.push(field.field);
    } else {
      const key = curName.toLowerCase();
      const count = salvaged.get(key) ?? 0;
      shapes ??= new Set(fields.map((f) => nameShape(f.key)));
      const shape = nameShape(key);
      let keep = false;
      if (SALVAGED_PAST_LIMIT.has(key)) keep = count < SALVAGED_PER_NAME;
      else if (!shapes.has(shape) && others < SALVAGED_OTHER_FIELDS) {
        keep = true;
        others++;
      }
      shapes.add(shape);
      if (keep) {
        salvaged.set(key, count + 1);
        fields.push(makeField(buf, curName, curValueStart, Math.min(curEnd, curValueStart + SALVAGED_FIELD_BYTES), curMulti, opts).field);
      }
    }
    curValueStart = -1;
  };

  if (opts.allowMboxFrom && startsWith(buf, 0, len, 'From ')) {
    cursor.read(0);
    pos = cursor.next;
  }

  while (pos < len) {
    cursor.read(pos);
    const lineEnd = cursor.lineEnd;
    const next = cursor.next;
    if (buf[pos] === 0 || (buf[pos]! < 0x20 && buf[pos] !== 0x09 && pos < lineEnd)) {
      // NUL or control bytes before a field name are read past: of the readings a client may make, this is
      // the one that hides least (a NUL here used to end the header, and From, Subject and the body with it).
      // A line of nothing else is junk, not the end of the header.
      const kind = buf[pos] === 0 ? 'header-nul' : 'header-malformed';
      while (pos < lineEnd && (buf[pos] === 0 || (buf[pos]! < 0x20 && buf[pos] !== 0x09))) pos++;
      anomalies.add(kind, kind === 'header-nul' ? 'NUL bytes at the start of a header line' : 'control bytes at the start of a header line', partPath);
      if (pos === lineEnd) {
        pos = next;
        continue;
      }
    }
    if (lineEnd === pos) {
      bodyStart = next;
      break;
    }
    const first = buf[pos] as number;
    if ((first === 0x20 || first === 0x09) && sawFirst && isBlankLine(buf, pos, lineEnd) && !continuesAfter(buf, next)) {
      // A line of only white space followed by a non-continuation line: clients take it as the separator.
      anomalies.add('header-malformed', 'white space line used as the header separator', partPath);
      bodyStart = next;
      break;
    }
    if (first === 0x20 || first === 0x09) {
      if (curValueStart >= 0) {
        curEnd = lineEnd;
        curMulti = true;
      } else if (!sawFirst && junkFirst) {
        // The folded rest of a damaged first field read past (below): junk with it.
        anomalies.add('header-malformed', 'continuation line without a field', partPath);
        pos = next;
        continue;
      } else if (!sawFirst) {
        // Leading white space before any field: not a header block.
        bodyStart = pos;
        break;
      } else anomalies.add('header-malformed', 'continuation line without a field', partPath);
    } else {
      const name = fieldNameEnd(buf, pos, lineEnd);
      if (name) {
        finish();
        if (!sawFirst) startsWithField = true;
        curName = latin1NameAt(buf, pos, name.nameEnd);
        if (curName.indexOf('\0') >= 0) {
          curName = curName.replace(/\0/g, '');
          anomalies.add('header-nul', `NUL inside the field name ${curName}`, partPath);
        }
        curValueStart = name.colon + 1;
        curEnd = lineEnd;
        curMulti = false;
      } else if (foldedName(buf, pos, lineEnd, next)) {
        // `From` CRLF ` : x@y`: unfolding makes this `From : x@y`, a field in the obsolete syntax that
        // clients display, used to slip a second From past filters that read line by line.
        finish();
        anomalies.add('header-malformed', 'field name folded before its colon', partPath);
        if (!sawFirst) startsWithField = true;
        cursor.read(next);
        const colon = buf.indexOf(0x3a, next);
        curName = latin1(buf, pos, trimEnd(buf, pos, lineEnd));
        curValueStart = colon + 1;
        curEnd = cursor.lineEnd;
        curMulti = false;
        sawFirst = true;
        pos = cursor.next;
        continue;
      } else if (!sawFirst && !(opts.allowMboxFrom && knownFieldSoon(buf, next))) {
        bodyStart = pos;
        break;
      } else if (!sawFirst) {
        // A message (top level or message/rfc822) whose first line is junk and whose second is a standard field:
        // a damaged first field (a control byte where its colon was) must not make the whole message unreadable
        // (refused as not mail: fail-open). Read past it as past a junk line between fields; the message still
        // starts with a field. MIME part headers keep the strict reading (their first non-field line is body text).
        anomalies.add('header-malformed', Buffer.from(buf.subarray(pos, Math.min(lineEnd, pos + 80))).toString('latin1'), partPath);
        junkFirst = true;
        pos = next;
        continue;
      } else if (startsWith(buf, pos, lineEnd, 'From ') || startsWith(buf, pos, lineEnd, '>From ')) {
        anomalies.add('header-malformed', 'mbox From line inside the header', partPath);
      } else if (knownFieldSoon(buf, next) && !(!opts.allowMboxFrom && buf[pos] === 0x2d && buf[pos + 1] === 0x2d)) {
        // Junk lines between header fields (From, Subject, Content-Type… follow within JUNK_LINES_MAX lines):
        // skipping them is what keeps inserted lines from cutting the header; a body without a separator does
        // not continue with a standard field name. In a MIME part's header a `--` line is a delimiter, never junk:
        // a part whose empty separator line was damaged (a NUL on it) must not swallow the next part's header.
        finish();
        anomalies.add('header-malformed', Buffer.from(buf.subarray(pos, Math.min(lineEnd, pos + 80))).toString('latin1'), partPath);
      } else {
        finish();
        anomalies.add('header-malformed', Buffer.from(buf.subarray(pos, Math.min(lineEnd, pos + 80))).toString('latin1'), partPath);
        anomalies.add('no-header-body-separator', 'the body starts without an empty line', partPath);
        bodyStart = pos;
        break;
      }
    }
    sawFirst = true;
    if (!over && next > opts.maxHeaderBytes) {
      // From here on, only the fields that matter are kept (see `finish`); the field being read is one of
      // them or is dropped.
      over = true;
      anomalies.add('limit-header-bytes', `header block larger than ${opts.maxHeaderBytes} bytes`, partPath);
    }
    pos = next;
  }
  finish();
  if (legacy.length > 0) redecodeLegacy(buf, fields, legacy, opts);
  if (cursor.sawBareCr) anomalies.add('bare-cr-or-lf', 'bare CR line ending in the header', partPath);
  checkDuplicates(fields, opts);
  return { fields, bodyStart, startsWithField };
}

/**
 * Raw 8-bit header text in a legacy charset (Big5, GBK, KOI8-R… written by old or spam mailers) is shown by
 * clients in the charset the body declares; when the bytes are valid there, we do the same.
 */
function redecodeLegacy(buf: Uint8Array, fields: HeaderField[], legacy: { index: number; start: number; end: number; multi: boolean }[], opts: HeaderBlockOptions): void {
  const ct = fields.find((f) => f.key === 'content-type');
  const charset = ct ? normalizeCharsetLabel(parseParams(ct.raw).params.charset ?? '') : '';
  if (!charset || charset === 'utf-8' || charset === 'us-ascii') return;
  for (const l of legacy) {
    const text = decodeStrict(buf.subarray(l.start, l.end), charset);
    if (text === null) continue;
    const old = fields[l.index] as HeaderField;
    // Keep a detected Japanese reading over a declared charset that gives no kana (a mixed-up message).
    if (kanaRatio(old.raw) >= 0.1 && kanaRatio(text) < 0.1) continue;
    fields[l.index] = fieldFrom(old.name, text, l.multi, opts);
  }
}

/** Longest folded field unfolded through `UNFOLDED` (longer ones take the general path). */
const UNFOLD_MAX = 4096;
const UNFOLDED = new Uint8Array(UNFOLD_MAX);

/**
 * A folded field of 7-bit bytes without ESC, unfolded as its bytes are turned into text: the line breaks and the white space at
 * the ends left out, as decoding it whole then removing CR and LF and trimming would give, in one string instead of three.
 * Undefined for other fields (8-bit, maybe ISO-2022-JP, or longer than UNFOLD_MAX). Read natively (Node's isAscii, indexOf
 * of ESC, CR and LF on a view of the field; the runs between breaks copied whole), not byte by byte: the field's bytes are
 * the most a message's header has.
 */
export function unfoldedAscii(buf: Uint8Array, start: number, end: number): string | undefined {
  if (end - start > UNFOLD_MAX) return undefined;
  while (start < end && isAsciiSpace(buf[start]!)) start++;
  while (end > start && isAsciiSpace(buf[end - 1]!)) end--;
  const field = buf.subarray(start, end);
  if (!isAsciiBytes(field) || field.indexOf(0x1b) >= 0) return undefined;
  const len = field.length;
  let cr = field.indexOf(0x0d);
  let lf = field.indexOf(0x0a);
  let n = 0;
  let from = 0;
  while (cr >= 0 || lf >= 0) {
    const brk = cr < 0 ? lf : lf < 0 ? cr : cr < lf ? cr : lf;
    if (brk > from) {
      UNFOLDED.set(field.subarray(from, brk), n);
      n += brk - from;
    }
    from = brk + 1;
    if (brk === cr) cr = field.indexOf(0x0d, from);
    else lf = field.indexOf(0x0a, from);
  }
  if (n === 0) return latin1(field, from, len);
  if (len > from) {
    UNFOLDED.set(field.subarray(from, len), n);
    n += len - from;
  }
  return latin1(UNFOLDED, 0, n);
}

function makeField(buf: Uint8Array, name: string, start: number, end: number, multi: boolean, opts: HeaderBlockOptions): { field: HeaderField; legacy: boolean } {
  if (multi) {
    const text = unfoldedAscii(buf, start, end);
    if (text !== undefined) return { field: fieldFrom(name, text, false, opts), legacy: false };
  }
  // ASCII white space at the ends is left out of the string (fieldFrom trims it off anyway): one string a field fewer.
  const decoded = decodeHeaderBytes(buf, start, end, true);
  if (decoded.eightBit) opts.anomalies.add('header-8bit', name, opts.partPath);
  return { field: fieldFrom(name, decoded.text, multi, opts), legacy: decoded.legacy };
}

/** Lower-cased field names met before (Received, Content-Type…), made once each: at most 512 names of ≤ 64 characters. */
const LOWER_NAMES = new Map<string, string>();
function lowerName(name: string): string {
  let key = LOWER_NAMES.get(name);
  if (key === undefined) {
    key = name.toLowerCase();
    if (LOWER_NAMES.size < 512 && name.length <= 64) LOWER_NAMES.set(name, key);
  }
  return key;
}

function fieldFrom(name: string, text: string, multi: boolean, opts: HeaderBlockOptions): HeaderField {
  let raw = text;
  if (multi) raw = raw.replace(/\r\n|\r|\n/g, '');
  raw = raw.trim();
  const key = lowerName(name);
  if (raw.indexOf('\0') >= 0) {
    // Read as if the NULs were not there: a NUL must not turn `multipart/mixed` into an unknown type.
    opts.anomalies.add('header-nul', `NUL in ${name}`, opts.partPath);
    raw = raw.replace(/\0/g, '');
  }
  const value = raw.indexOf('=?') >= 0 ? decodeEncodedWords(raw, opts.words) : raw;
  if (value !== raw && /[\r\n\0]/.test(value)) {
    opts.anomalies.add('header-injection', `${name}: encoded word decodes to a line break or NUL`, opts.partPath);
  }
  return { name, key, raw, value };
}

function checkDuplicates(fields: HeaderField[], opts: HeaderBlockOptions): void {
  const seen = new Set<string>();
  for (const f of fields) {
    if (!SINGLETON_HEADERS.has(f.key)) continue;
    if (seen.has(f.key)) opts.anomalies.add('duplicate-singleton-header', f.name, opts.partPath);
    else seen.add(f.key);
  }
}

/** Lower-cased name → fields, in order. */
export function indexHeaders(fields: HeaderField[]): Map<string, HeaderField[]> {
  const index = new Map<string, HeaderField[]>();
  for (const f of fields) {
    const list = index.get(f.key);
    if (list) list.push(f);
    else index.set(f.key, [f]);
  }
  return index;
}
