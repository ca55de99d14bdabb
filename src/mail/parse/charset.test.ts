import assert from 'node:assert/strict';
import { test } from 'node:test';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { decodeCharset, decodeHeaderBytes, detectCharset, hasC1Bytes, hasHighBytes, latin1 } from './charset.js';
import { parseMessage } from './index.js';
import { DEFAULT_PARSE_OPTIONS as OPTS } from './test-helpers.js';

const JAPANESE = '【重要】お客様のアカウントを確認してください。ｶﾀｶﾅ①';

function encodeJa(text: string, to: 'SJIS' | 'EUCJP' | 'JIS'): Buffer {
  return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}

test('declared charsets decode (table)', () => {
  const rows: { charset: string; bytes: Uint8Array; expected: string }[] = [
    { charset: 'shift_jis', bytes: encodeJa(JAPANESE, 'SJIS'), expected: JAPANESE },
    // WHATWG shift_jis is the Windows-31J index, so CP932 and its aliases decode the same (① is a CP932 character).
    { charset: 'cp932', bytes: encodeJa(JAPANESE, 'SJIS'), expected: JAPANESE },
    { charset: 'Windows-31J', bytes: encodeJa(JAPANESE, 'SJIS'), expected: JAPANESE },
    { charset: 'x-sjis', bytes: encodeJa(JAPANESE, 'SJIS'), expected: JAPANESE },
    { charset: 'EUC-JP', bytes: encodeJa('お客様のアカウント', 'EUCJP'), expected: 'お客様のアカウント' },
    { charset: 'ISO-2022-JP', bytes: encodeJa('お客様のアカウント', 'JIS'), expected: 'お客様のアカウント' },
    { charset: '"iso-2022-jp"', bytes: encodeJa('確認', 'JIS'), expected: '確認' },
    { charset: 'gb2312', bytes: iconv.encode('你好，世界', 'gbk'), expected: '你好，世界' },
    { charset: 'GBK', bytes: iconv.encode('你好，世界', 'gbk'), expected: '你好，世界' },
    { charset: 'gb18030', bytes: iconv.encode('你好，世界', 'gb18030'), expected: '你好，世界' },
    { charset: 'big5', bytes: iconv.encode('繁體中文', 'big5'), expected: '繁體中文' },
    { charset: 'koi8-r', bytes: iconv.encode('Привет', 'koi8-r'), expected: 'Привет' },
    { charset: 'windows-1251', bytes: iconv.encode('Привет', 'win1251'), expected: 'Привет' },
    { charset: 'windows-1252', bytes: iconv.encode('“café”', 'win1252'), expected: '“café”' },
    { charset: 'iso-8859-2', bytes: iconv.encode('Zażółć', 'iso-8859-2'), expected: 'Zażółć' },
    { charset: 'iso-8859-15', bytes: iconv.encode('€uro', 'iso-8859-15'), expected: '€uro' },
    { charset: 'ks_c_5601-1987', bytes: iconv.encode('한국어', 'euc-kr'), expected: '한국어' },
    { charset: 'utf-7', bytes: Buffer.from('Hi +ZeVnLIqe-'), expected: 'Hi 日本語' },
  ];
  for (const row of rows) assert.equal(decodeCharset(row.bytes, row.charset).text, row.expected, row.charset);
  assert.equal(decodeCharset(Buffer.from('Hi +ZeVnLIqe-'), 'utf-7').note, 'utf7');
  assert.equal(decodeCharset(Buffer.from('hello'), 'x-nonsense').note, 'unknown');
});

test('undeclared 8-bit text: charset detection (table)', () => {
  const rows: { bytes: Uint8Array; expected: string }[] = [
    { bytes: Buffer.from('plain ascii'), expected: 'us-ascii' },
    { bytes: Buffer.from('日本語のテキスト', 'utf8'), expected: 'utf-8' },
    { bytes: encodeJa(JAPANESE, 'SJIS'), expected: 'shift_jis' },
    { bytes: encodeJa('お客様のアカウントを確認してください', 'EUCJP'), expected: 'euc-jp' },
    { bytes: encodeJa('お客様のアカウント', 'JIS'), expected: 'iso-2022-jp' },
    { bytes: iconv.encode('“Quoted” café text, it’s fine', 'win1252'), expected: 'windows-1252' },
    { bytes: iconv.encode('这是一个简单的中文句子，没有日文假名。', 'gbk'), expected: 'gbk' },
  ];
  for (const row of rows) assert.equal(detectCharset(row.bytes), row.expected, row.expected);
});

test('our own Japanese messages: Shift_JIS, EUC-JP, ISO-2022-JP, undeclared', () => {
  const subject = 'アカウント確認のお願い';
  const body = 'いつもご利用ありがとうございます。以下のURLからログインしてください。';
  const build = (charset: string, enc: 'SJIS' | 'EUCJP' | 'JIS', declare = true): Buffer =>
    Buffer.concat([
      Buffer.from(`From: =?${charset}?B?${encodeJa('サポート', enc).toString('base64')}?= <support@example.jp>\r\n`),
      Buffer.from(`Subject: =?${charset}?B?${encodeJa(subject, enc).toString('base64')}?=\r\n`),
      Buffer.from(`Content-Type: text/plain${declare ? `; charset=${charset}` : ''}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
      encodeJa(body, enc),
    ]);
  for (const [charset, enc] of [['Shift_JIS', 'SJIS'], ['EUC-JP', 'EUCJP'], ['ISO-2022-JP', 'JIS']] as const) {
    const msg = parseMessage(build(charset, enc), OPTS);
    assert.equal(msg.subject, subject, charset);
    assert.equal(msg.from[0]?.name, 'サポート', charset);
    assert.equal(msg.text, body, charset);
    assert.ok(msg.charsets.includes(charset.toLowerCase()), charset);
    const undeclared = parseMessage(build(charset, enc, false), OPTS);
    assert.equal(undeclared.text, body, `undeclared ${charset}`);
  }
});

test('Shift_JIS HTML part and raw 8-bit EUC-JP header', () => {
  const html = encodeJa('<html><body><p>こんにちは<a href="https://example.jp/login">ログイン</a></p></body></html>', 'SJIS');
  const msg = parseMessage(
    Buffer.concat([
      Buffer.from('From: a@example.jp\r\nSubject: '),
      encodeJa('重要なお知らせ', 'EUCJP'),
      Buffer.from('\r\nContent-Type: text/html; charset=Shift_JIS\r\n\r\n'),
      html,
    ]),
    OPTS,
  );
  assert.equal(msg.subject, '重要なお知らせ');
  assert.equal(msg.visibleText, 'こんにちはログイン');
  assert.equal(msg.htmlFacts.links[0]?.text, 'ログイン');
});

test('HTML without a MIME charset uses its <meta charset>', () => {
  const body = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-jp"></head><body>'), encodeJa('お知らせ', 'EUCJP'), Buffer.from('</body></html>')]);
  const msg = parseMessage(Buffer.concat([Buffer.from('From: a@example.jp\r\nContent-Type: text/html\r\n\r\n'), body]), OPTS);
  assert.equal(msg.visibleText, 'お知らせ');
  assert.ok(msg.charsets.includes('euc-jp'));
});

test('latin1 reads any stretch of any Uint8Array view as Buffer#toString(\'latin1\') does', () => {
  const bytes = new Uint8Array(300).map((_, i) => (i * 37 + 11) & 0xff);
  for (const view of [bytes, bytes.subarray(7, 290), new Uint8Array(bytes.buffer, 100, 0)]) {
    assert.equal(latin1(view), Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('latin1'));
    for (let start = 0; start <= view.length; start += 13) {
      for (let end = start; end <= view.length; end += 29) assert.equal(latin1(view, start, end), Buffer.from(view.buffer, view.byteOffset + start, end - start).toString('latin1'));
    }
  }
});

test('a header value decoded with its ASCII white space left out unfolds and trims to the value decoded whole', () => {
  // What fieldFrom keeps: the decoded text with line breaks removed (folded fields), then trimmed. With trimAscii the
  // plain-ASCII and UTF-8 paths drop the ASCII white space at the ends before making the string (UTF-8: a BOM after it is
  // then the decoder's to drop, not trim's); ISO-2022-JP and the legacy guess must not move.
  const kept = (text: string) => text.replace(/\r\n|\r|\n/g, '').trim();
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 0x1000000;
  const pieces = [[0x20], [0x09], [0x0d, 0x0a], [0x0a], [0x0b], [0x0c], [0x0d], [0x61], [0x7a, 0x3d], [0x00], [0x1c], [0x1b, 0x24, 0x42], [0x1b, 0x28, 0x42], [0x30, 0x21], [0xc3, 0xa9], [0xa0], [0xe3, 0x80, 0x80], [0x81], [0x1b], [0xef, 0xbb, 0xbf], [0xe3, 0x80], [0xe2, 0x80, 0xa8]];
  let plain = 0;
  let utf8 = 0;
  for (let k = 0; k < 5000; k++) {
    const bytes: number[] = [];
    const asciiOnly = k % 2 === 0;
    for (let n = Math.floor(next() * 12); n > 0; n--) {
      const piece = pieces[Math.floor(next() * (asciiOnly ? 11 : pieces.length))]!;
      bytes.push(...piece);
    }
    const buf = Uint8Array.from([0x41, ...bytes, 0x42]);
    const [start, end] = [1, buf.length - 1];
    const whole = decodeHeaderBytes(buf, start, end);
    const trimmed = decodeHeaderBytes(buf, start, end, true);
    assert.deepEqual({ ...trimmed, text: kept(trimmed.text) }, { ...whole, text: kept(whole.text) }, JSON.stringify(bytes));
    if (!whole.eightBit && !whole.iso2022) {
      plain++;
      assert.equal(trimmed.text, trimmed.text.trim(), 'nothing left for trim() to remove');
    } else if (whole.eightBit && !whole.legacy) {
      utf8++;
      const space = (b: number | undefined) => b === 0x20 || (b !== undefined && b >= 0x09 && b <= 0x0d);
      if (space(bytes[0]) || space(bytes[bytes.length - 1])) assert.ok(trimmed.text.length < whole.text.length, `UTF-8 decoded without its ASCII white space: ${JSON.stringify(bytes)}`);
    } else assert.equal(trimmed.text, whole.text, 'other charsets are decoded whole');
  }
  assert.ok(plain > 2500, `${plain} plain values`);
  assert.ok(utf8 > 200, `${utf8} UTF-8 values`);
});

test('hasC1Bytes and hasHighBytes read words as they read bytes, at any offset, length and range', () => {
  const naive = (b: Uint8Array): boolean => b.some((x) => x >= 0x80 && x <= 0x9f);
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const pool = new Uint8Array(4096);
  for (let round = 0; round < 20_000; round++) {
    // Mostly ASCII with a high byte here and there (Latin-1 text), one in 0x80-0x9F now and then, anywhere in the view.
    const length = next() % 300;
    const offset = next() % 16;
    for (let i = 0; i < length + offset; i++) {
      const r = next() % 100;
      pool[i] = r < 97 ? 0x20 + (next() % 0x5f) : r < 99 ? 0xa0 + (next() % 0x60) : 0x80 + (next() % 0x20);
    }
    const view = pool.subarray(offset, offset + length);
    assert.equal(hasC1Bytes(view), naive(view), `length ${length} offset ${offset}`);
    // hasHighBytes likewise, of the view and of a range inside it.
    const from = length > 0 ? next() % length : 0;
    const to = from + (length > from ? next() % (length - from + 1) : 0);
    assert.equal(hasHighBytes(view), view.some((x) => x > 0x7f), `length ${length} offset ${offset}`);
    assert.equal(hasHighBytes(view, from, to), view.subarray(from, to).some((x) => x > 0x7f), `range ${from}-${to} of ${length}`);
  }
  assert.equal(hasC1Bytes(new Uint8Array(0)), false);
  assert.equal(hasC1Bytes(Buffer.from('a'.repeat(200) + '\x9f', 'latin1')), true);
  assert.equal(hasC1Bytes(Buffer.from('é'.repeat(200), 'latin1')), false);
});
