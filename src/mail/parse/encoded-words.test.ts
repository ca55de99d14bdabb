import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENCODED_WORD, decodeEncodedWords, newWordsInfo, type WordsInfo } from './encoded-words.js';
import { decodeCharset, normalizeCharsetLabel } from './charset.js';
import { decodeBase64 } from './transfer.js';

test('RFC 2047 encoded words decode (table)', () => {
  const rows: { input: string; expected: string }[] = [
    { input: 'plain text', expected: 'plain text' },
    { input: '=?UTF-8?B?44GC44GE44GG?=', expected: 'あいう' },
    { input: '=?utf-8?q?caf=C3=A9_au_lait?=', expected: 'café au lait' },
    { input: '=?ISO-8859-1?Q?Andr=E9?= Pirard', expected: 'André Pirard' },
    // RFC 2047 §8: white space between adjacent encoded words is dropped, kept next to plain text.
    { input: '(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)', expected: '(ab)' },
    { input: '=?ISO-8859-1?Q?a?=  \t =?ISO-8859-2?Q?_b?=', expected: 'a b' },
    { input: 'x =?ISO-8859-1?Q?a?= y', expected: 'x a y' },
    { input: '=?ISO-2022-JP?B?GyRCJF4kXyRgJGEkYhsoQg==?=', expected: 'まみむめも' },
    // A multibyte UTF-8 character split across two words (clients join the bytes before decoding).
    { input: '=?UTF-8?B?44GC4w==?= =?UTF-8?B?gYQ=?=', expected: 'あい' },
    // Shift_JIS split across words, CP932 label.
    { input: '=?cp932?B?gqA=?= =?cp932?B?gqI=?=', expected: 'あい' },
    // Encoded word inside a quoted string and touching text: decoded anyway, as clients do.
    { input: '"=?utf-8?B?5bGx55Sw?=" <a@b.example>', expected: '"山田" <a@b.example>' },
    { input: 'abc=?utf-8?Q?d?=', expected: 'abcd' },
    // RFC 2231 §5 language suffix.
    { input: '=?utf-8*ja?B?5pel5pys?=', expected: '日本' },
    // Broken base64 is decoded leniently; a malformed word stays as written.
    { input: '=?utf-8?B?5pel5pys?=', expected: '日本' },
    { input: '=?utf-8?X?abc?=', expected: '=?utf-8?X?abc?=' },
    { input: '=?utf-8?Q?a=ZZb?=', expected: 'a=ZZb' },
    { input: '=?KOI8-R?B?8NLJ18XU?=', expected: 'Привет' },
    { input: '=?GB2312?B?xOO6ww==?=', expected: '你好' },
    { input: '=?big5?B?pKSk5Q==?=', expected: '中文' },
    { input: '=?windows-1251?B?z/Do4uXy?=', expected: 'Привет' },
  ];
  for (const row of rows) assert.equal(decodeEncodedWords(row.input), row.expected, row.input);
});

test('encoded words report charsets, unknown ones and UTF-7', () => {
  const info = newWordsInfo();
  assert.equal(decodeEncodedWords('=?x-unknown-cs?Q?hello?=', info), 'hello');
  assert.equal(decodeEncodedWords('=?UTF-7?Q?Hi_+ZeVnLIqe-?=', info), 'Hi 日本語');
  assert.deepEqual([...info.charsets].sort(), ['utf-7', 'x-unknown-cs']);
  assert.deepEqual([...info.unknown], ['x-unknown-cs']);
  assert.equal(info.utf7, true);
});

/** decodeEncodedWords as it was written with ENCODED_WORD's matches (one Buffer per word, then Buffer.concat per run): the definition. */
function byPattern(value: string, info?: WordsInfo): string {
  if (value.indexOf('=?') < 0) return value;
  const words: { start: number; end: number; charset: string; bytes: Uint8Array }[] = [];
  const re = new RegExp(ENCODED_WORD.source, 'g');
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const charset = normalizeCharsetLabel(m[1] ?? '');
    const payload = m[3] ?? '';
    let bytes: Uint8Array;
    if (m[2] === 'b' || m[2] === 'B') bytes = decodeBase64(Buffer.from(payload, 'latin1')).bytes;
    else {
      const out = Buffer.allocUnsafe(payload.length);
      let n = 0;
      for (let i = 0; i < payload.length; i++) {
        const c = payload.charCodeAt(i);
        if (c === 0x5f) out[n++] = 0x20;
        else if (c === 0x3d && i + 2 < payload.length && /^[0-9a-fA-F]{2}$/.test(payload.substr(i + 1, 2))) {
          out[n++] = parseInt(payload.substr(i + 1, 2), 16);
          i += 2;
        } else out[n++] = c & 0xff;
      }
      bytes = out.subarray(0, n);
    }
    words.push({ start: m.index, end: m.index + m[0].length, charset, bytes });
  }
  if (words.length === 0) return value;
  const out: string[] = [];
  let pos = 0;
  let i = 0;
  while (i < words.length) {
    out.push(value.slice(pos, words[i]!.start));
    let j = i;
    while (j + 1 < words.length && /^[ \t\r\n]*$/.test(value.slice(words[j]!.end, words[j + 1]!.start))) j++;
    let k = i;
    while (k <= j) {
      const charset = words[k]!.charset;
      let l = k;
      const chunks: Uint8Array[] = [];
      while (l <= j && words[l]!.charset === charset) chunks.push(words[l++]!.bytes);
      const decoded = decodeCharset(Buffer.concat(chunks), charset);
      if (info) {
        info.charsets.add(charset);
        if (decoded.note === 'unknown') info.unknown.add(charset);
        if (decoded.note === 'utf7') info.utf7 = true;
      }
      out.push(decoded.text);
      k = l;
    }
    pos = words[j]!.end;
    i = j + 1;
  }
  out.push(value.slice(pos));
  return out.join('');
}

test('encoded words read by hand as ENCODED_WORD and one Buffer per word read them (generated values)', () => {
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
  const labels = ['utf-8', 'UTF-8', 'utf-8*ja', 'iso-8859-1', 'ISO-8859-2', 'koi8-r', 'shift_jis', 'iso-2022-jp', 'x-unknown-cs', 'utf-7', 'us-ascii', '', 'a'.repeat(64), 'b'.repeat(65), 'utf 8', 'utf\u00a08', 'utf\u20288', 'utf\ufeff8', 'gb2312', '"utf-8"', 'windows-1252'];
  const payloadBits = ['SGVsbG8=', '44GC', '4w==', 'gYQ=', 'GyRCJF4kXyRgJGEkYhsoQg==', 'gqA=', '=', '==', 'caf=C3=A9', '_', '=ZZ', '=4', '=e9', '=E9', 'a', ' ', '\t', 'é', '\u0141', '\u20ac', '+ZeVnLIqe-', 'z', '-_', '\r\n '];
  const glue = ['', ' ', '  \t ', '\r\n ', 'x', ' y ', '\u00a0', '?', '=', '=?', '?=', '"', '(', ')'];
  const word = (): string => {
    const enc = pick(['B', 'b', 'Q', 'q', 'X', 'B', 'Q']);
    let payload = '';
    for (let k = rnd(5); k > 0; k--) payload += pick(payloadBits);
    const close = pick(['?=', '?=', '?=', '?', '=', '??=', '?= ']);
    return `=?${pick(labels)}?${enc}?${payload}${close}`;
  };
  for (let t = 0; t < 20_000; t++) {
    let value = '';
    for (let k = 1 + rnd(6); k > 0; k--) value += rnd(3) === 0 ? pick(glue) : word();
    const a = newWordsInfo();
    const b = newWordsInfo();
    const got = decodeEncodedWords(value, a);
    assert.equal(got, byPattern(value, b), JSON.stringify(value));
    assert.deepEqual([...a.charsets], [...b.charsets], JSON.stringify(value));
    assert.deepEqual([...a.unknown], [...b.unknown], JSON.stringify(value));
    assert.equal(a.utf7, b.utf7, JSON.stringify(value));
  }
});

test('a run of words longer than the kept buffer decodes whole, and the next value is not disturbed', () => {
  const big = Array.from({ length: 3000 }, (_, i) => `=?utf-8?B?${Buffer.from(`word${i} é `).toString('base64')}?=`).join(' ');
  assert.equal(decodeEncodedWords(big), byPattern(big));
  assert.equal(decodeEncodedWords('=?utf-8?Q?caf=C3=A9?='), 'café');
});
