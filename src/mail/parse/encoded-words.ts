import { decodeCharset, normalizeCharsetLabel } from './charset.js';
import { decodeBase64 } from './transfer.js';

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
 * Each part stops at the next `?`, so matching is linear in the input.
 */
const ENCODED_WORD = /=\?([^?\s]{1,64})\?([bBqQ])\?([^?]*)\?=/g;

function decodeQ(text: string): Uint8Array {
  const out = Buffer.allocUnsafe(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f /* _ */) out[n++] = 0x20;
    else if (c === 0x3d /* = */ && i + 2 < text.length && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out[n++] = parseInt(text.substr(i + 1, 2), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

interface Word {
  start: number;
  end: number;
  charset: string;
  bytes: Uint8Array;
}

/**
 * Decodes RFC 2047 encoded words in a header value. Adjacent encoded words separated only by linear white
 * space are joined without it (RFC 2047 §6.2); consecutive words in the same charset are decoded together,
 * so a multibyte character split across two words (common in Japanese mail) comes out whole.
 * @example decodeEncodedWords('=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=') // '日本語'
 */
export function decodeEncodedWords(value: string, info?: WordsInfo): string {
  if (value.indexOf('=?') < 0) return value;
  const words: Word[] = [];
  ENCODED_WORD.lastIndex = 0;
  for (let m = ENCODED_WORD.exec(value); m; m = ENCODED_WORD.exec(value)) {
    const charset = normalizeCharsetLabel(m[1] ?? '');
    const enc = m[2] ?? 'B';
    const payload = m[3] ?? '';
    const bytes = enc === 'b' || enc === 'B' ? decodeBase64(Buffer.from(payload, 'latin1')).bytes : decodeQ(payload);
    words.push({ start: m.index, end: m.index + m[0].length, charset, bytes });
  }
  if (words.length === 0) return value;
  const out: string[] = [];
  let pos = 0;
  let i = 0;
  while (i < words.length) {
    const first = words[i] as Word;
    out.push(value.slice(pos, first.start));
    // Gather the run of words separated only by whitespace.
    let j = i;
    while (j + 1 < words.length && isOnlySpace(value, (words[j] as Word).end, (words[j + 1] as Word).start)) j++;
    let k = i;
    while (k <= j) {
      const charset = (words[k] as Word).charset;
      let l = k;
      const chunks: Uint8Array[] = [];
      while (l <= j && (words[l] as Word).charset === charset) {
        chunks.push((words[l] as Word).bytes);
        l++;
      }
      const joined = chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
      const decoded = decodeCharset(joined, charset);
      if (info) {
        info.charsets.add(charset);
        if (decoded.note === 'unknown') info.unknown.add(charset);
        if (decoded.note === 'utf7') info.utf7 = true;
      }
      out.push(decoded.text);
      k = l;
    }
    pos = (words[j] as Word).end;
    i = j + 1;
  }
  out.push(value.slice(pos));
  return out.join('');
}

function isOnlySpace(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}
