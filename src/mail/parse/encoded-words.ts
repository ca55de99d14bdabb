import { decodeCharset, normalizeCharsetLabel } from './charset.js';
import { decodeBase64TextInto } from './transfer.js';

/** What decoding encoded words found, for anomalies and `ParsedMessage.charsets`. */
export interface WordsInfo {
  charsets: Set<string>;
  /** Charsets that were not recognised. */
  unknown: Set<string>;
  utf7: boolean;
}

export function newWordsInfo(): WordsInfo {
  return { charsets: new Set(), unknown: new Set(), utf7: false };
}

/**
 * RFC 2047 encoded word, leniently: clients decode words that touch other text, sit inside quoted strings or
 * carry spaces, so we do too. The charset may carry an RFC 2231 §5 language suffix (`utf-8*ja`).
 * Each part stops at the next `?`, so matching is linear in the input. Read by hand (`wordAt`); this is its
 * definition, kept for the test.
 */
export const ENCODED_WORD = /=\?([^?\s]{1,64})\?([bBqQ])\?([^?]*)\?=/g;

/** What `wordAt` found: the charset label ends at WORD_LABEL_END, the payload runs from WORD_PAYLOAD to WORD_PAYLOAD_END, the word ends at WORD_END. */
let WORD_LABEL_END = 0;
let WORD_Q = false;
let WORD_PAYLOAD = 0;
let WORD_PAYLOAD_END = 0;
let WORD_END = 0;

/**
 * Whether ENCODED_WORD matches at `p` (where `=?` stands), read as the pattern reads: the label is the run of
 * characters other than `?` and white space (`\s`), 1 to 64 of them, and must end at a `?` (no shorter run can:
 * it would be followed by a label character); then B or Q, `?`, a payload up to the first `?`, which `=` must follow.
 */
function wordAt(value: string, p: number): boolean {
  const n = value.length;
  let q = p + 2;
  const labelMax = Math.min(n, q + 65);
  while (q < labelMax) {
    const c = value.charCodeAt(q);
    if (c === 0x3f /* ? */ || isRegExpSpace(c)) break;
    q++;
  }
  if (q === p + 2 || q - (p + 2) > 64 || q + 2 >= n || value.charCodeAt(q) !== 0x3f) return false;
  const e = value.charCodeAt(q + 1) | 0x20;
  if ((e !== 0x62 && e !== 0x71) || value.charCodeAt(q + 2) !== 0x3f) return false;
  const close = value.indexOf('?', q + 3);
  if (close < 0 || value.charCodeAt(close + 1) !== 0x3d /* = */) return false;
  WORD_LABEL_END = q;
  WORD_Q = e === 0x71;
  WORD_PAYLOAD = q + 3;
  WORD_PAYLOAD_END = close;
  WORD_END = close + 2;
  return true;
}

/** What `\s` matches in a regular expression (WhiteSpace and LineTerminator). */
function isRegExpSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last label read and its normal form: a header's words nearly always share one (no string cut per word). */
let lastLabel = '';
let lastCharset = '';

function charsetAt(value: string, start: number, end: number): string {
  const length = end - start;
  if (length === lastLabel.length) {
    let same = true;
    for (let k = 0; k < length && same; k++) same = value.charCodeAt(start + k) === lastLabel.charCodeAt(k);
    if (same) return lastCharset;
  }
  const label = value.slice(start, end);
  const charset = normalizeCharsetLabel(label);
  if (label.length <= 64) {
    // Short strings of their own (a label of 13 or more characters cut from the header would keep the header alive).
    lastLabel = ` ${label}`.slice(1);
    lastCharset = charset === label ? lastLabel : ` ${charset}`.slice(1);
  }
  return charset;
}

/**
 * The decoded bytes of a run of words in one charset, joined (as Buffer.concat of each word's bytes would give), kept
 * between calls: one buffer for every header instead of two or three Buffers a word. Shrunk back after a long run.
 */
const SCRATCH_BYTES = 4096;
let scratch = Buffer.allocUnsafeSlow(SCRATCH_BYTES);

function scratchRoom(used: number, need: number): void {
  if (need <= scratch.length) return;
  const bigger = Buffer.allocUnsafeSlow(Math.max(need, scratch.length * 2));
  scratch.copy(bigger, 0, 0, used);
  scratch = bigger;
}

/** Q payload (`_` a space, `=XX` a byte, any other character its low byte) written into `scratch` at `at`; returns the end. */
function decodeQInto(text: string, start: number, end: number, at: number): number {
  const out = scratch;
  let n = at;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f /* _ */) out[n++] = 0x20;
    else if (c === 0x3d /* = */ && i + 2 < end && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out[n++] = (hexDigit(text.charCodeAt(i + 1)) << 4) | hexDigit(text.charCodeAt(i + 2));
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return n;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function hexDigit(c: number): number {
  return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;
}

/**
 * Decodes RFC 2047 encoded words in a header value. Adjacent encoded words separated only by linear white
 * space are joined without it (RFC 2047 §6.2); consecutive words in the same charset are decoded together,
 * so a multibyte character split across two words (common in Japanese mail) comes out whole.
 * One pass: each word's bytes are decoded from the value straight into one buffer, a run of words in one charset
 * after the other, and the run is turned into text when it ends (no match array, payload string or Buffer per word).
 * @example decodeEncodedWords('=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=') // '日本語'
 */
export function decodeEncodedWords(value: string, info?: WordsInfo): string {
  let p = value.indexOf('=?');
  if (p < 0) return value;
  let out: string[] | undefined;
  // The end of the last word (where the text between words starts), the run's charset and its bytes so far.
  let pos = 0;
  let charset = '';
  let used = 0;
  const flush = (): void => {
    const decoded = decodeCharset(scratch.subarray(0, used), charset);
    if (info) {
      info.charsets.add(charset);
      if (decoded.note === 'unknown') info.unknown.add(charset);
      if (decoded.note === 'utf7') info.utf7 = true;
    }
    out!.push(decoded.text);
    used = 0;
  };
  for (; p >= 0; p = value.indexOf('=?', p + 1)) {
    if (!wordAt(value, p)) continue;
    const wordCharset = charsetAt(value, p + 2, WORD_LABEL_END);
    if (out === undefined) {
      out = [value.slice(0, p)];
      charset = wordCharset;
    } else if (isOnlySpace(value, pos, p)) {
      // The same run of words: a new charset starts a new decoding.
      if (wordCharset !== charset) {
        flush();
        charset = wordCharset;
      }
    } else {
      flush();
      out.push(value.slice(pos, p));
      charset = wordCharset;
    }
    const payload = WORD_PAYLOAD;
    const payloadEnd = WORD_PAYLOAD_END;
    const length = payloadEnd - payload;
    scratchRoom(used, used + (WORD_Q ? length : Math.ceil((length * 3) / 4) + 3));
    used = WORD_Q ? decodeQInto(value, payload, payloadEnd, used) : decodeBase64TextInto(value, payload, payloadEnd, scratch, used);
    pos = WORD_END;
    p = pos - 1;
  }
  if (out === undefined) return value;
  flush();
  out.push(value.slice(pos));
  if (scratch.length > 16 * SCRATCH_BYTES) scratch = Buffer.allocUnsafeSlow(SCRATCH_BYTES);
  return out.join('');
}

function isOnlySpace(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}
