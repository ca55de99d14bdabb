import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEncodedWords, newWordsInfo } from './encoded-words.js';

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
