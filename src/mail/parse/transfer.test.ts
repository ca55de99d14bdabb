import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanBase64, decodeBase64, decodeBase64Lenient, decodeQuotedPrintable } from './transfer.js';

/** A deterministic generator (mulberry32), so a failure names inputs that can be made again. */
function seeded(seed: number): { next: () => number; int: (n: number) => number; pick: <T>(list: readonly T[]) => T } {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)]! };
}

/** decodeBase64 before session 51 (the byte loop alone), kept as the definition the native path must match. */
const B64 = new Int8Array(256).fill(-1);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) B64[alphabet.charCodeAt(i)] = i;
  B64[0x2d] = 62;
  B64[0x5f] = 63;
}
function oldDecodeBase64(input: Uint8Array): { bytes: Uint8Array; bad: boolean } {
  // Session 61: in input that also holds `+` or `/`, the URL-safe `-` and `_` are characters outside the alphabet.
  const has = (c: string): boolean => input.includes(c.charCodeAt(0));
  const standardOnly = (has('-') || has('_')) && (has('+') || has('/'));
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
    } else if (c === 0x3d) {
      padded = true;
      acc = 0;
      bits = 0;
    } else if (c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x09) {
      bad = true;
    }
  }
  if (bits >= 6) bad = true;
  return { bytes: out.subarray(0, n), bad };
}

type Rand = ReturnType<typeof seeded>;

function randomBytes(r: Rand, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r.int(256);
  return b;
}

/** Base64 as mailers write it: lines of one width, CRLF or LF, sometimes URL-safe, sometimes a trailing break or two. */
function wrapped(r: Rand): string {
  let text = randomBytes(r, r.pick([0, 1, 2, 3, 10, 56, 57, 58, 100, 300, 1000])).toString('base64');
  if (r.int(8) === 0) text = text.replace(/\+/g, '-').replace(/\//g, '_');
  if (r.int(6) === 0) text = text.replace(/=+$/, '');
  const width = r.pick([76, 76, 64, 72, 60, 4, 5, 8, 3, 2, 1]);
  const eol = r.pick(['\r\n', '\n', '\r\n', '\r']);
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  let out = lines.join(eol);
  out += r.pick(['', eol, eol + eol, ' ', '\t' + eol, eol + ' ']);
  return out;
}

const ODD = ['!', '*', ' ', '\t', '\x80', '\xff', '-', '_', '=', '==', '\r', '\n', '\r\n', '\0', '.', ':', '\x0b'];

/** One damage: a stray character, a deleted one, padding mid-stream, a second block glued on, a line of another width. */
function damaged(r: Rand, text: string): string {
  const at = r.int(text.length + 1);
  switch (r.int(7)) {
    case 0:
      return text.slice(0, at) + r.pick(ODD) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + '=' + text.slice(at);
    case 3:
      return text + wrapped(r);
    case 4:
      return text.replace(/\n/, r.pick(['A\n', '\n\n', ' \n', '\r\n', 'AB\n']));
    case 5:
      return text.slice(0, at) + randomBytes(r, 1 + r.int(3)).toString('latin1') + text.slice(at);
    default:
      return text.replace(/=+/, '');
  }
}

test('decodeBase64 gives what the byte loop gives, native path or not (40,000 generated inputs, clean and damaged)', () => {
    const r = seeded(51);
    let native = 0;
    for (let k = 0; k < 40_000; k++) {
      let text = wrapped(r);
      const damage = r.int(3);
      for (let d = 0; d < damage; d++) text = damaged(r, text);
      const input = Buffer.from(text, 'latin1');
      const want = oldDecodeBase64(input);
      const got = decodeBase64(input);
      if (cleanBase64(input) !== undefined) native++;
      if (got.bad !== want.bad || !Buffer.from(got.bytes).equals(Buffer.from(want.bytes))) {
        throw new Error(`input ${JSON.stringify(text)}: got ${Buffer.from(got.bytes).toString('hex')} ${got.bad}, want ${Buffer.from(want.bytes).toString('hex')} ${want.bad}`);
      }
      assert.ok(Buffer.from(decodeBase64Lenient(input).bytes).equals(Buffer.from(want.bytes)));
    }
    // Most of the clean half is decoded natively; the test means something only if both paths are taken often.
    assert.ok(native > 12_000, `native ${native}`);
    assert.ok(native < 36_000, `native ${native}`);
  });

test('decodeBase64 takes the byte loop for what it must', () => {
    const cases: [string, boolean][] = [
      ['aGk=', false],
      ['aGk=aGk=', true], // padding mid-stream: decoding goes on (Node would stop)
      ['aG k', false], // a space inside a line
      ['QUJD\r\nRA==\r\n', false],
      ['QUJD\r\nR', true], // a lone sextet
      ['QUJD\r\nRA==x', true],
      ['QU!D', true],
      ['QUJDRA\r\nQUJD\r\n', false], // lines of two widths: the last ones read byte by byte
    ['QU D\r\nQUJD\r\nQQ==', false], // a space within a line of the first width
    ['QUJ-Dw==', false], // URL-safe letters alone: that alphabet
    ['Q+J-D\r\nQQ==', true], // both alphabets: `-` is outside the alphabet, skipped (RFC 2045 §6.8)
    ['QUJ_D\r\nQU/D', true],
    ];
    for (const [text, bad] of cases) {
      const input = Buffer.from(text, 'latin1');
      assert.deepEqual(decodeBase64(input), oldDecodeBase64(input));
      assert.equal(decodeBase64(input).bad, bad);
    }
    assert.equal(cleanBase64(Buffer.from('aGk=aGk=')), undefined);
    assert.equal(cleanBase64(Buffer.from('QU D\r\nQUJD\r\nQQ==')), undefined);
    const twoWidths = Buffer.from('QUJDRA\r\nQUJD\r\n');
    assert.deepEqual(Buffer.from(cleanBase64(twoWidths)!), Buffer.from(oldDecodeBase64(twoWidths).bytes));
    assert.equal(Buffer.from(cleanBase64(Buffer.from('QUJD\r\nRA==\r\n'))!).toString(), 'ABCD');
  });

test('decodeBase64 of long input (decoded in pieces past 512 KB) gives what the byte loop gives: clean, damaged in any piece, of odd shapes', () => {
  const r = seeded(53);
  const bytes = Buffer.alloc(1_500_000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = r.int(256);
  const encoded = bytes.toString('base64');
  const wrap = (text: string, width: number, eol: string): string => text.replace(new RegExp(`.{${width}}`, 'g'), `$&${eol}`);
  const shapes: [string, string][] = [
    ['76 letters a line, CRLF', wrap(encoded, 76, '\r\n')],
    ['64 letters a line, LF, a final line break', `${wrap(encoded, 64, '\n')}\n`],
    ['one line', encoded],
    ['lines of two widths (the rest is long)', `${wrap(encoded.slice(0, 4000), 76, '\r\n')}\r\n${wrap(encoded.slice(4000), 72, '\r\n')}`],
    ['URL-safe letters', wrap(encoded.replace(/\+/g, '-').replace(/\//g, '_'), 76, '\r\n')],
    ['padding of one letter short', wrap(encoded.slice(0, -4) + encoded.slice(-4, -2) + '==', 76, '\r\n')],
  ];
  let native = 0;
  for (const [shape, text] of shapes) {
    const damages = [
      (t: string) => t,
      ...[10, 300_000, 700_000, 1_200_000, text.length - 3].flatMap((at) => [
        (t: string) => `${t.slice(0, at)}!${t.slice(at + 1)}`,
        (t: string) => `${t.slice(0, at)}=${t.slice(at + 1)}`,
        (t: string) => `${t.slice(0, at)} ${t.slice(at)}`,
        (t: string) => `${t.slice(0, at)}${t.slice(at + 1)}`,
      ]),
    ];
    for (const [k, damage] of damages.entries()) {
      const input = Buffer.from(damage(text), 'latin1');
      const want = oldDecodeBase64(input);
      const got = decodeBase64(input);
      const whole = Buffer.from(input.toString('latin1'), 'base64');
      const clean = cleanBase64(input);
      if (clean !== undefined) {
        native++;
        assert.ok(Buffer.from(clean).equals(whole), `${shape}, damage ${k}: the pieces decode as the whole`);
      }
      assert.equal(got.bad, want.bad, `${shape}, damage ${k}`);
      assert.ok(Buffer.from(got.bytes).equals(Buffer.from(want.bytes)), `${shape}, damage ${k}`);
    }
  }
  // Each clean shape and some of the damaged ones (a space, a letter taken out) are decoded in pieces.
  assert.ok(native > shapes.length, `native ${native}`);
});
/** decodeQuotedPrintable before session 51 (byte by byte), kept as the definition. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}
function oldDecodeQuotedPrintable(input: Uint8Array): { bytes: Uint8Array; bad: boolean } {
  const out = Buffer.allocUnsafe(input.length);
  let n = 0;
  let bad = false;
  let wsStart = -1;
  const len = input.length;
  for (let i = 0; i < len; i++) {
    const c = input[i] as number;
    if (c === 0x3d) {
      wsStart = -1;
      const h1 = i + 1 < len ? hexValue(input[i + 1] as number) : -1;
      const h2 = i + 2 < len ? hexValue(input[i + 2] as number) : -1;
      if (h1 >= 0 && h2 >= 0) {
        out[n++] = (h1 << 4) | h2;
        i += 2;
        continue;
      }
      let j = i + 1;
      // Session 61: NUL, other control bytes and DEL between `=` and the line break are padding too.
      while (j < len && (input[j] === 0x20 || input[j] === 0x09 || input[j] === 0x7f || ((input[j] as number) < 0x20 && input[j] !== 0x0a && input[j] !== 0x0d))) j++;
      if (j >= len) {
        i = j;
        continue;
      }
      if (input[j] === 0x0d || input[j] === 0x0a) {
        if (input[j] === 0x0d && input[j + 1] === 0x0a) j++;
        i = j;
        continue;
      }
      bad = true;
      out[n++] = c;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      if (wsStart >= 0) n = wsStart;
      wsStart = -1;
      out[n++] = c;
      continue;
    }
    if (c === 0x20 || c === 0x09) {
      if (wsStart < 0) wsStart = n;
    } else wsStart = -1;
    out[n++] = c;
  }
  return { bytes: out.subarray(0, n), bad };
}

const QP_PIECES = [
  'The quick brown fox jumps over the lazy dog and keeps running', 'word', 'a', ' ', '  ', '\t', ' \t ',
  '=3D', '=20', '=0A', '=e9', '=C3=A9', '=D0=BF=D1=80=D0=B8', '=', '==', '=G1', '=4', '=4\r\n', '= ', '=\t',
  '=\r\n', '=\n', '= \t\r\n', '=\r', '=  \n', '\r\n', '\n', '\r', ' \r\n', '\t\n', '  \r', '\xe9', '\x80\xff', '\0', '=\0\r\n', '=\x01 \n', '=\x7f\r', '\x7f',
  '<a href=3D"https://example.com/x?y=3Dz">', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
];

test('decodeQuotedPrintable gives what the byte loop gave (40,000 generated bodies: escapes good and bad, soft breaks, trailing white space, CR/LF mixes, 8-bit bytes)', () => {
  const r = seeded(5152);
  for (let k = 0; k < 40_000; k++) {
    let text = '';
    const parts = r.int(5) === 0 ? 100 + r.int(300) : r.int(40);
    for (let i = 0; i < parts; i++) text += r.pick(QP_PIECES);
    const input = Buffer.from(text, 'latin1');
    const want = oldDecodeQuotedPrintable(input);
    const got = decodeQuotedPrintable(input);
    if (got.bad !== want.bad || !Buffer.from(got.bytes).equals(Buffer.from(want.bytes))) {
      throw new Error(`input ${JSON.stringify(text)}: got ${JSON.stringify(Buffer.from(got.bytes).toString('latin1'))} ${got.bad}, want ${JSON.stringify(Buffer.from(want.bytes).toString('latin1'))} ${want.bad}`);
    }
  }
});

test('decodeQuotedPrintable: trailing white space, soft breaks and bad escapes as before', () => {
  const cases = ['a  \r\nb', 'a=20 \r\n', 'x'.repeat(40) + ' \t\r\n' + 'y'.repeat(40) + '  ', 'a =\r\nb', 'a=\r\n', '=4G x', 'end=', 'ab=  '];
  for (const text of cases) {
    const input = Buffer.from(text, 'latin1');
    assert.deepEqual(decodeQuotedPrintable(input), oldDecodeQuotedPrintable(input), JSON.stringify(text));
  }
});
