import iconv from 'iconv-lite';
import { TextDecoder } from 'node:util';

/**
 * Charset decoding for mail. TextDecoder (Node 20 ships full ICU) implements the WHATWG Encoding Standard,
 * whose labels already cover most mail charsets; iconv-lite fills the gaps (UTF-7, a few legacy labels).
 * Decoding never throws: malformed sequences become U+FFFD, an unknown charset falls back to UTF-8 or
 * latin1 and says so through `DecodeResult`.
 */

/** Labels mail uses that the WHATWG label table lacks or maps differently. */
const ALIASES: Record<string, string> = {
  // WHATWG shift_jis is the Windows-31J index (WHATWG Encoding §13.3), so CP932 decodes the same.
  cp932: 'shift_jis',
  'ms-932': 'shift_jis',
  'x-ms-cp932': 'shift_jis',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  'x-sjis-open': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  eucjp: 'euc-jp',
  'euc-jp-ms': 'euc-jp',
  'cp51932': 'euc-jp',
  // Japanese 7-bit variants: the extra sets (JIS X 0212, ISO-2022-JP-2 designations) are rare in mail;
  // the base decoder renders what it knows and replaces the rest.
  'iso-2022-jp-1': 'iso-2022-jp',
  'iso-2022-jp-2': 'iso-2022-jp',
  'iso-2022-jp-3': 'iso-2022-jp',
  'csiso2022jp': 'iso-2022-jp',
  'x-windows-iso2022jp': 'iso-2022-jp',
  'cp50220': 'iso-2022-jp',
  'cp50221': 'iso-2022-jp',
  'cp50222': 'iso-2022-jp',
  utf8: 'utf-8',
  'utf-8-sig': 'utf-8',
  'x-gbk': 'gbk',
  cp936: 'gbk',
  'euc-cn': 'gbk',
  'big5-hkscs': 'big5',
  'cp950': 'big5',
  'x-mac-roman': 'macintosh',
  'iso8859-1': 'iso-8859-1',
  'iso_8859-1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  'cp-1252': 'windows-1252',
  'win-1251': 'windows-1251',
  'cp-1251': 'windows-1251',
  'utf-7': 'utf7',
  'unicode-1-1-utf-7': 'utf7',
  'x-utf-7': 'utf7',
  'utf-7-imap': 'utf7imap',
};

/** Wrapper: iconv-lite types `encodingExists` as a type guard, which would narrow our labels to `never`. */
function iconvHas(name: string): boolean {
  return (iconv.encodingExists as (n: string) => boolean)(name);
}

type Decoder = { kind: 'text'; decoder: TextDecoder } | { kind: 'iconv'; name: string };

const decoderCache = new Map<string, Decoder | null>();
const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Normalises a declared charset label: lower case, no quotes or spaces, `*lang` suffix (RFC 2231 §5) dropped. */
export function normalizeCharsetLabel(label: string): string {
  let l = label.trim().toLowerCase();
  if (l.startsWith('"') || l.startsWith("'")) l = l.replace(/^["']+|(?<!["'])["']+$/g, '');
  const star = l.indexOf('*');
  if (star > 0) l = l.slice(0, star);
  return l.trim();
}

function lookupDecoder(label: string): Decoder | null {
  const cached = decoderCache.get(label);
  if (cached !== undefined) return cached;
  let found: Decoder | null = null;
  const target = ALIASES[label] ?? label;
  if (target === 'utf7' || target === 'utf7imap') {
    found = { kind: 'iconv', name: target };
  } else {
    try {
      const decoder = new TextDecoder(target);
      // Node 20's TextDecoder decodes windows-1252 (the WHATWG meaning of latin1/ascii labels too) as
      // ISO-8859-1, losing curly quotes and the euro sign in 0x80-0x9F; iconv-lite has the real table.
      found = decoder.encoding === 'windows-1252' ? { kind: 'iconv', name: 'win1252' } : { kind: 'text', decoder };
    } catch {
      if (iconvHas(target)) found = { kind: 'iconv', name: target };
      else if (/^(x-)?(windows|cp|ibm)-?\d+$/.test(target)) {
        const digits = target.replace(/\D/g, '');
        try {
          found = { kind: 'text', decoder: new TextDecoder(`windows-${digits}`) };
        } catch {
          found = iconvHas(`cp${digits}`) ? { kind: 'iconv', name: `cp${digits}` } : null;
        }
      }
    }
  }
  // The cache is bounded: spam declares random labels, and each miss must not grow memory for ever.
  if (decoderCache.size < 512) decoderCache.set(label, found);
  return found;
}

/** Whether the label names a charset we can decode. */
export function isKnownCharset(label: string): boolean {
  return lookupDecoder(normalizeCharsetLabel(label)) !== null;
}

/** Whether the normalised label is UTF-7 (flagged: it hides text from naive filters, RFC 2152). */
export function isUtf7(label: string): boolean {
  const target = ALIASES[label] ?? label;
  return target === 'utf7' || target === 'utf7imap';
}

/** Texts shorter than this are read byte by byte by hasHighBytes and hasC1Bytes (a view of words costs more than it saves). */
const WORDS_FROM = 64;

/**
 * Whether any byte of `bytes[start … end)` is above 0x7F. Asked of every text part declared ASCII or not declared at all
 * (and of HTML parts for their meta charset), whole: four bytes at a time from the first 4-byte boundary (see hasC1Bytes).
 */
export function hasHighBytes(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  let i = start;
  if (end - start >= WORDS_FROM) {
    for (; ((bytes.byteOffset + i) & 3) !== 0; i++) if (bytes[i]! > 0x7f) return true;
    const count = (end - i) >>> 2;
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, count);
    for (let w = 0; w < count; w++) if ((words[w]! & 0x80808080) !== 0) return true;
    i += count * 4;
  }
  for (; i < end; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

/**
 * Whether any byte is in 0x80-0x9F (where windows-1252 and Latin-1 differ). Asked of every text part declared
 * windows-1252 or Latin-1 (much Western mail), whole: read four bytes at a time from the first 4-byte boundary, a word
 * with no high bit set (most of such text) passed at once, instead of byte by byte (callgrind, session 49: ~50 K
 * instructions a message, the parser's largest loop after the HTML tokenizer).
 */
export function hasC1Bytes(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  if (n >= WORDS_FROM) {
    for (; ((bytes.byteOffset + i) & 3) !== 0; i++) if ((bytes[i]! & 0xe0) === 0x80) return true;
    const count = (n - i) >>> 2;
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, count);
    for (let w = 0; w < count; w++) {
      const x = words[w]!;
      if ((x & 0x80808080) !== 0 && ((x & 0xe0) === 0x80 || ((x >>> 8) & 0xe0) === 0x80 || ((x >>> 16) & 0xe0) === 0x80 || ((x >>> 24) & 0xe0) === 0x80)) return true;
    }
    i += count * 4;
  }
  for (; i < n; i++) if ((bytes[i]! & 0xe0) === 0x80) return true;
  return false;
}

/** ESC $ @, ESC $ B, ESC $ ( D, ESC ( J, ESC ( I: ISO-2022-JP designations (RFC 1468). */
export function hasIso2022JpEscape(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  // Search a bounded view: an unbounded indexOf would rescan the rest of the message for every field.
  const view = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
  let i = 0;
  for (;;) {
    i = view.indexOf(0x1b, i);
    if (i < 0 || i + 2 >= view.length) return false;
    const b1 = view[i + 1];
    if (b1 === 0x24 /* $ */ || (b1 === 0x28 /* ( */ && (view[i + 2] === 0x4a || view[i + 2] === 0x49))) return true;
    i++;
  }
}

/** TAB, LF, VT, FF, CR and space: the ASCII characters String#trim removes. */
export const isAsciiSpace = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/** 0 = 7-bit text without ESC, 1 = ESC present (maybe ISO-2022-JP), 2 = 8-bit bytes. One bounded pass. */
function classifyBytes(bytes: Uint8Array, start: number, end: number): 0 | 1 | 2 {
  let esc = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i] as number;
    if (b > 0x7f) return 2;
    if (b === 0x1b) esc = true;
  }
  return esc ? 1 : 0;
}

/**
 * Node's latin1 slicer, the one `Buffer#toString('latin1')` ends in, called on the bytes themselves: it takes any
 * Uint8Array, so no Buffer view is made per string (a header block has dozens of names and values) and the encoding is
 * not looked up each time. Same text.
 */
const latin1Slice = (Buffer.prototype as unknown as { latin1Slice: (this: Uint8Array, start: number, end: number) => string }).latin1Slice;

export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return latin1Slice.call(bytes, start, end);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

/** Share of full-width kana and Japanese punctuation (U+3001-U+30FF) among the non-ASCII characters. */
export function kanaRatio(text: string): number {
  let high = 0;
  let kana = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    high++;
    if (c >= 0x3001 && c <= 0x30ff) kana++;
  }
  return high === 0 ? 0 : kana / high;
}

function strictDecode(label: string, bytes: Uint8Array, cut: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: cut });
  } catch {
    return null;
  }
}

/**
 * Guesses the charset of undeclared 8-bit text. Japanese spam often omits the charset: ISO-2022-JP is
 * recognised by its escapes, valid UTF-8 is UTF-8. Otherwise CJK double-byte text shows runs of 8-bit
 * bytes while Western windows-1252 text has isolated ones (an accent, a curly quote). Among the legacy CJK
 * charsets, which accept much of each other's byte sequences, the decoding that yields Japanese kana
 * (Japanese text is full of hiragana particles) wins; otherwise Chinese GBK, then Big5.
 */
export function detectCharset(bytes: Uint8Array): string {
  if (hasIso2022JpEscape(bytes)) return 'iso-2022-jp';
  if (!hasHighBytes(bytes)) return 'us-ascii';
  if (tryUtf8(bytes) !== null) return 'utf-8';
  const cut = bytes.length > 64 * 1024;
  const sample = cut ? bytes.subarray(0, 64 * 1024) : bytes;
  let high = 0;
  let adjacent = 0;
  let prevHigh = false;
  // Bytes 0x81-0xA0 lead Shift_JIS kanji and kana; GB2312 and EUC text keep both bytes in 0xA1-0xFE.
  let lowHigh = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    const isHigh = b >= 0x80;
    if (isHigh) {
      high++;
      if (b <= 0xa0) lowHigh++;
      if (prevHigh || ((sample[i + 1] ?? 0) as number) >= 0x80) adjacent++;
    }
    prevHigh = isHigh;
  }
  if (adjacent * 2 < high) return 'windows-1252';
  const sjis = strictDecode('shift_jis', sample, cut);
  const euc = strictDecode('euc-jp', sample, cut);
  const sjisScore = sjis === null ? -1 : kanaRatio(sjis);
  const eucScore = euc === null ? -1 : kanaRatio(euc);
  if (Math.max(sjisScore, eucScore) >= 0.1) return sjisScore >= eucScore ? 'shift_jis' : 'euc-jp';
  if (sjis !== null && lowHigh > 0) return 'shift_jis';
  if (strictDecode('gbk', sample, cut) !== null) return 'gbk';
  if (strictDecode('big5', sample, cut) !== null) return 'big5';
  if (sjis !== null) return 'shift_jis';
  if (euc !== null) return 'euc-jp';
  return 'windows-1252';
}

export interface DecodeResult {
  text: string;
  /** 'unknown' when the label was not recognised (fell back), 'utf7' when UTF-7 was decoded. */
  note?: 'unknown' | 'utf7';
}

/**
 * Decodes bytes declared as `label` (already normalised or not). Empty label: detect. Never throws.
 * @example decodeCharset(bytes, 'cp932').text
 */
export function decodeCharset(bytes: Uint8Array, label: string): DecodeResult {
  const norm = normalizeCharsetLabel(label);
  if (norm === '' || norm === 'us-ascii' || norm === 'ascii' || norm === 'ansi_x3.4-1968') {
    // Declared ASCII is often a lie: 8-bit bytes under it are detected rather than turned into mojibake.
    if (!hasHighBytes(bytes) && !hasIso2022JpEscape(bytes)) return { text: latin1(bytes) };
    return { text: decodeKnown(bytes, detectCharset(bytes)) };
  }
  if (norm === 'utf-8' || norm === 'utf8') return { text: utf8Lenient.decode(bytes) };
  const decoder = lookupDecoder(norm);
  if (!decoder) {
    const utf8 = tryUtf8(bytes);
    return { text: utf8 ?? decodeKnown(bytes, detectCharset(bytes)), note: 'unknown' };
  }
  const text = runDecoder(decoder, bytes);
  return isUtf7(norm) ? { text, note: 'utf7' } : { text };
}

function runDecoder(decoder: Decoder, bytes: Uint8Array): string {
  if (decoder.kind === 'text') return decoder.decoder.decode(bytes);
  // windows-1252 differs from Latin-1 only in 0x80-0x9F: without those bytes (most Western mail) Node's
  // native latin1 gives the same text as iconv-lite's table, several times faster.
  if (decoder.name === 'win1252' && !hasC1Bytes(bytes)) return latin1(bytes);
  try {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), decoder.name);
  } catch {
    return latin1(bytes);
  }
}

function decodeKnown(bytes: Uint8Array, charset: string): string {
  if (charset === 'us-ascii') return latin1(bytes);
  if (charset === 'utf-8') return utf8Lenient.decode(bytes);
  const decoder = lookupDecoder(charset);
  return decoder ? runDecoder(decoder, bytes) : latin1(bytes);
}

/**
 * Decodes raw header bytes: ASCII as is, ISO-2022-JP escapes as ISO-2022-JP, valid UTF-8 (RFC 6532) as
 * UTF-8, otherwise the Japanese legacy charsets by heuristic, else latin1.
 * Returns whether the bytes were 8-bit (the header-8bit anomaly).
 */
export function decodeHeaderBytes(bytes: Uint8Array, start: number, end: number, trimAscii = false): { text: string; eightBit: boolean; iso2022: boolean; legacy: boolean } {
  const kind = classifyBytes(bytes, start, end);
  const high = kind === 2;
  const esc = kind === 1 && hasIso2022JpEscape(bytes, start, end);
  if (!high && !esc) {
    // trimAscii: white space at either end left out (what String#trim removes from ASCII text), so that a caller that
    // trims gets the text it would have kept without a second string. Only here: in a multi-byte charset a byte of white
    // space after a lead byte is part of what is decoded (ISO-2022-JP in its two-byte mode reads a space as an error).
    if (trimAscii) {
      while (start < end && isAsciiSpace(bytes[start]!)) start++;
      while (end > start && isAsciiSpace(bytes[end - 1]!)) end--;
    }
    return { text: latin1(bytes, start, end), eightBit: false, iso2022: false, legacy: false };
  }
  const slice = bytes.subarray(start, end);
  if (esc) return { text: decodeKnown(slice, 'iso-2022-jp'), eightBit: false, iso2022: true, legacy: false };
  // trimAscii, 8-bit: the ASCII white space at the ends is left out of UTF-8 decoding too (the caller's trim copied the
  // text to drop it). Those bytes are characters of their own, so the rest is UTF-8 exactly when the whole is, and its
  // text is the whole's without them; a BOM right after them is dropped by the decoder instead of by trim. The legacy
  // guess below still reads the whole.
  let utf8: string | null;
  if (trimAscii) {
    let s = start;
    let e = end;
    while (s < e && isAsciiSpace(bytes[s]!)) s++;
    while (e > s && isAsciiSpace(bytes[e - 1]!)) e--;
    utf8 = tryUtf8(s === start && e === end ? slice : bytes.subarray(s, e));
  } else utf8 = tryUtf8(slice);
  if (utf8 !== null) return { text: utf8, eightBit: true, iso2022: false, legacy: false };
  const guess = detectCharset(slice);
  return { text: guess === 'windows-1252' ? latin1(slice) : decodeKnown(slice, guess), eightBit: true, iso2022: false, legacy: true };
}

/**
 * Decodes with a fatal decoder: null when the bytes are not valid in `charset`. Used to recover mis-declared
 * text (EUC-JP declared as ISO-2022-JP, Shift_JIS declared as UTF-8: common in Japanese spam).
 */
export function decodeStrict(bytes: Uint8Array, charset: string): string | null {
  const target = ALIASES[charset] ?? charset;
  try {
    return new TextDecoder(target, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
