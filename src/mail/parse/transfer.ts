/**
 * Content-Transfer-Encoding decoders (RFC 2045 §6), lenient like mail clients: invalid characters are
 * skipped rather than fatal, and the caller learns that the input was damaged (`bad`). One pass, linear.
 */
import { latin1 } from './charset.js';

export interface Decoded {
  bytes: Uint8Array;
  /** The input broke the encoding's rules (invalid characters, stray padding, bad escapes). */
  bad: boolean;
}

const B64 = new Int8Array(256).fill(-1);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) B64[alphabet.charCodeAt(i)] = i;
  // URL-safe alphabet (RFC 4648 §5) shows up in broken mailers; decode it the same way.
  B64[0x2d] = 62;
  B64[0x5f] = 63;
}

/**
 * Decodes base64, skipping whitespace and invalid characters. Padding in the middle (concatenated encoded
 * blocks, as some mailers write) flushes the pending quantum and decoding goes on.
 * Clean input (lines of one width, the padding at the end) is decoded natively (cleanBase64); the rest byte by byte.
 * @example decodeBase64(Buffer.from('aGk=')).bytes // 'hi'
 */
export function decodeBase64(input: Uint8Array): Decoded {
  const clean = cleanBase64(input);
  return clean === undefined ? decodeBase64Lenient(input) : { bytes: clean, bad: false };
}

/**
 * What decodeBase64 gives clean input, decoded by Node (`Buffer.from(text, 'base64')`: the same alphabet, URL-safe
 * letters included; other characters skipped; it stops at the first `=`), or undefined when the input is not shown to be
 * clean. Read without a loop over its bytes: the lines are checked to be of the first line's width with the same
 * terminator (two reads a line), the last line of that width, what follows and the padding byte by byte. Then every character of the
 * lines and of the last line before its padding is a base64 letter exactly when Node's output is as long as those
 * characters encode: with c of them, c mod 4 ≠ 1, each one Node skips would take at least a byte off ⌊3c/4⌋ (and a `=`
 * among them stops it sooner). Such input breaks no rule of decodeBase64's (no bad character, nothing after padding, no
 * lone sextet), and both decode the same letters the same way. Anything else (white space within a line, a width that
 * changes, a `=` then more letters) goes to the byte loop.
 */
export function cleanBase64(input: Uint8Array): Uint8Array | undefined {
  if (mixedAlphabets(input)) return undefined;
  const len = input.length;
  let p = 0;
  let letters = 0;
  let stride = 0;
  let width = 0;
  const lf = input.indexOf(0x0a);
  if (lf >= 0) {
    const crlf = lf > 0 && input[lf - 1] === 0x0d;
    width = crlf ? lf - 1 : lf;
    if (width < 4) return undefined;
    stride = lf + 1;
    p = stride;
    while (p + stride <= len && input[p + stride - 1] === 0x0a && (!crlf || input[p + stride - 2] === 0x0d)) p += stride;
    // The last of them is read with the rest: it may end in padding.
    p -= stride;
    letters = (p / stride) * width;
  }
  const lines = p;
  // The rest: a short last line (any white space is skipped by both), then only `=` and white space.
  let padded = false;
  for (; p < len; p++) {
    const c = input[p]!;
    if (c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09) continue;
    if (c === 0x3d /* = */) padded = true;
    else if (padded) return undefined;
    else letters++;
  }
  if ((letters & 3) === 1) return undefined;
  if (len > WHOLE_BASE64_BYTES) return cleanBase64InPieces(input, Math.floor((letters * 3) / 4), lines, stride, width);
  const bytes = Buffer.from(latin1(input, 0, len), 'base64');
  return bytes.length === Math.floor((letters * 3) / 4) ? bytes : undefined;
}

/**
 * Clean base64 this long or shorter is decoded through one string of it; longer, in pieces (cleanBase64InPieces). Node makes
 * a string of ~1 MB or more read from bytes outside V8's heap (an external string), and V8 puts such a string in the old
 * generation, where only a full collection frees it: a 30 MB attachment's whole text lived on as garbage past its message,
 * into the next one's read, while a scavenge frees the pieces (each a string in the heap) as soon as they are decoded.
 */
const WHOLE_BASE64_BYTES = 512 * 1024;
/** Bytes of input read through one string when decoding in pieces (whole lines of it: at most one line more). */
const BASE64_PIECE_BYTES = 256 * 1024;

/**
 * cleanBase64's decoding of `input` (its checks passed: `size` is the bytes its letters encode), piece by piece, each written
 * into one buffer of that size: the lines of one width (`lines` bytes of lines of `stride` bytes, `width` letters each) in
 * groups of a multiple of four lines, then the rest cut before a letter where the letters since the last cut are a multiple
 * of four. Each piece but the last holds a multiple of four letters, so Node decodes it as it decodes it within the whole,
 * and cleanBase64's reasoning holds piece by piece: a piece of c letters gives ⌊3c/4⌋ bytes exactly when Node skips none of
 * them. So the same bytes when every piece gives that many, else undefined, as the whole would have been.
 */
function cleanBase64InPieces(input: Uint8Array, size: number, lines: number, stride: number, width: number): Uint8Array | undefined {
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  let from = 0;
  if (stride > 0) {
    const group = Math.max(4, Math.floor(BASE64_PIECE_BYTES / stride) & ~3);
    const step = group * stride;
    const stepBytes = (group * width * 3) / 4;
    for (; from + step <= lines; from += step) {
      if (out.write(latin1(input, from, from + step), at, 'base64') !== stepBytes) return undefined;
      at += stepBytes;
    }
  }
  let count = 0;
  for (let i = from; i < input.length; i++) {
    const c = input[i]!;
    if (c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09) continue;
    if (c === 0x3d /* = */) break;
    if ((count & 3) === 0 && count > 0 && i - from >= BASE64_PIECE_BYTES) {
      const bytes = (count * 3) / 4;
      if (out.write(latin1(input, from, i), at, 'base64') !== bytes) return undefined;
      at += bytes;
      from = i;
      count = 0;
    }
    count++;
  }
  // The last piece: at most what is left of `out` is written, and its letters encode exactly that (cleanBase64's count).
  return out.write(latin1(input, from, input.length), at, 'base64') === size - at ? out : undefined;
}

/**
 * Whether the input holds letters of both alphabets: the standard one's `+` or `/` and the URL-safe one's `-` or `_`. A
 * broken mailer writes one alphabet throughout; in a body that uses the standard one, `-` and `_` are characters outside
 * the alphabet, which RFC 2045 §6.8 says to ignore (as mail clients do). Read as letters they would shift every later
 * byte: a `-` slipped into a line turned the rest of the part into garbage for us while a client showed the lure.
 */
function mixedAlphabets(input: Uint8Array): boolean {
  const buf = input instanceof Buffer ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return (buf.indexOf(0x2d) >= 0 || buf.indexOf(0x5f) >= 0) && (buf.indexOf(0x2b) >= 0 || buf.indexOf(0x2f) >= 0);
}

/**
 * C0 controls other than tab, LF and CR, and DEL: read as padding where only white space may stand — after a boundary
 * delimiter (mime.ts) and between a quoted-printable `=` and its line break.
 */
export function isPaddingControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f;
}

/** decodeBase64 byte by byte, for any input. */
export function decodeBase64Lenient(input: Uint8Array): Decoded {
  const standardOnly = mixedAlphabets(input);
  const out = Buffer.allocUnsafe(Math.ceil((input.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let bad = false;
  let padded = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i] as number;
    const v = standardOnly && (c === 0x2d || c === 0x5f) ? -1 : (B64[c] as number);
    if (v >= 0) {
      if (padded) {
        padded = false;
        bad = true;
      }
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[n++] = (acc >> bits) & 0xff;
      }
    } else if (c === 0x3d /* = */) {
      padded = true;
      acc = 0;
      bits = 0;
    } else if (c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x09) {
      bad = true;
    }
  }
  // A lone sextet at the end (length ≡ 1 mod 4) cannot encode a byte.
  if (bits >= 6) bad = true;
  return { bytes: out.subarray(0, n), bad };
}

/**
 * `decodeBase64(Buffer.from(text.slice(start, end), 'latin1')).bytes` written into `out` at `at` (each UTF-16 unit read as
 * its low byte, as the latin1 Buffer keeps it), without the two Buffers: the encoded words of a header (decodeEncodedWords).
 * `out` must hold `at + ceil((end − start) × 3 / 4)` bytes. Returns where the bytes end.
 */
export function decodeBase64TextInto(text: string, start: number, end: number, out: Uint8Array, at: number): number {
  let n = at;
  let acc = 0;
  let bits = 0;
  // Both alphabets in one word: `-` and `_` are outside the alphabet (as decodeBase64's mixedAlphabets).
  let urlSafe = false;
  let standard = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) & 0xff;
    if (c === 0x2d || c === 0x5f) urlSafe = true;
    else if (c === 0x2b || c === 0x2f) standard = true;
  }
  const standardOnly = urlSafe && standard;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) & 0xff;
    const v = standardOnly && (c === 0x2d || c === 0x5f) ? -1 : (B64[c] as number);
    if (v >= 0) {
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[n++] = (acc >> bits) & 0xff;
      }
    } else if (c === 0x3d /* = */) {
      acc = 0;
      bits = 0;
    }
  }
  return n;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * Decodes quoted-printable (RFC 2045 §6.7): `=XX` escapes, `=` at line end as soft break, trailing
 * whitespace on a line dropped. A bad escape is kept literally (what clients display) and flagged.
 * A run of literal bytes is read by hand for its first RUN_BY_HAND bytes; a longer one (plain text between escapes and line
 * ends) ends at the next `=`, CR or LF, each found natively and remembered until passed, and is copied whole.
 */
export function decodeQuotedPrintable(input: Uint8Array): Decoded {
  const len = input.length;
  const out = Buffer.allocUnsafe(len);
  let n = 0;
  let bad = false;
  let nextEq = -1;
  let nextCr = -1;
  let nextLf = -1;
  let i = 0;
  while (i < len) {
    const c = input[i]!;
    if (c === 0x3d /* = */) {
      const h1 = i + 1 < len ? hexValue(input[i + 1]!) : -1;
      const h2 = i + 2 < len ? hexValue(input[i + 2]!) : -1;
      if (h1 >= 0 && h2 >= 0) {
        out[n++] = (h1 << 4) | h2;
        i += 3;
        continue;
      }
      // Soft line break: '=' then optional whitespace then CRLF / LF / end of input. NUL, other control bytes and DEL
      // there are read as padding too: one before each line break must not turn every soft break into text.
      let j = i + 1;
      while (j < len && (input[j] === 0x20 || input[j] === 0x09 || isPaddingControl(input[j]!))) j++;
      if (j >= len) break;
      if (input[j] === 0x0d || input[j] === 0x0a) {
        if (input[j] === 0x0d && input[j + 1] === 0x0a) j++;
        i = j + 1;
        continue;
      }
      bad = true;
      out[n++] = c;
      i++;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      out[n++] = c;
      i++;
      continue;
    }
    // A run of literal bytes up to the next '=', CR or LF.
    const runStart = n;
    let end = i + 1;
    out[n++] = c;
    const byHand = Math.min(len, i + RUN_BY_HAND);
    for (; end < byHand; end++) {
      const b = input[end]!;
      if (b === 0x3d || b === 0x0d || b === 0x0a) break;
      out[n++] = b;
    }
    if (end === byHand && end < len) {
      if (nextEq < end) nextEq = indexOrLength(input, 0x3d, end);
      if (nextCr < end) nextCr = indexOrLength(input, 0x0d, end);
      if (nextLf < end) nextLf = indexOrLength(input, 0x0a, end);
      const stop = Math.min(nextEq, nextCr, nextLf);
      if (stop > end) {
        out.set(input.subarray(end, stop), n);
        n += stop - end;
        end = stop;
      }
    }
    // White space at the end of a line is padding a mailer may have added (RFC 2045 §6.7 rule 3): dropped.
    if (end < len && input[end] !== 0x3d) while (n > runStart && (out[n - 1] === 0x20 || out[n - 1] === 0x09)) n--;
    i = end;
  }
  return { bytes: out.subarray(0, n), bad };
}

/** Literal bytes read one at a time before the run's end is searched natively (a search costs about as much as these). */
const RUN_BY_HAND = 16;

function indexOrLength(input: Uint8Array, byte: number, from: number): number {
  const at = input.indexOf(byte, from);
  return at < 0 ? input.length : at;
}

/**
 * Decodes a uuencoded body (`begin MODE NAME` … `end`). Returns the file name when a begin line was found.
 */
export function decodeUuencode(input: Uint8Array): Decoded & { filename: string } {
  const text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  const lines = text.split(/\r?\n|\r/);
  let i = 0;
  let filename = '';
  while (i < lines.length && !/^begin(-base64)? [0-7]{3,4} /.test(lines[i] as string)) i++;
  if (i < lines.length) {
    filename = (lines[i] as string).replace(/^begin(-base64)? [0-7]{3,4} /, '').trim();
    i++;
  } else i = 0;
  const out = Buffer.allocUnsafe(Math.ceil((input.length * 3) / 4) + 3);
  let n = 0;
  let bad = false;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === 'end' || line === '`' && (lines[i + 1] ?? '') === 'end') break;
    if (line.length === 0) continue;
    const count = (line.charCodeAt(0) - 32) & 63;
    if (count === 0) continue;
    let produced = 0;
    for (let p = 1; p + 3 < line.length + 3 && produced < count; p += 4) {
      const q = [0, 1, 2, 3].map((k) => ((line.charCodeAt(p + k) || 32) - 32) & 63);
      const [a, b, c, d] = q as [number, number, number, number];
      const bytes = [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d];
      for (const byte of bytes) {
        if (produced < count) {
          out[n++] = byte & 0xff;
          produced++;
        }
      }
    }
    if (produced < count) bad = true;
  }
  return { bytes: out.subarray(0, n), bad, filename };
}
