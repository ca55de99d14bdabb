import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codePointBefore, codePointOfUnits, codeUnitReader, isAscii, lowerCased, oneByteIfLatin1, oneSpaced, rememberingLast } from './text-chars.js';
import { serialize } from 'node:v8';

/** What the look-behind itself says at `at`: `(?<=class)` tried there. */
function lookBehind(charClass: RegExp, text: string, at: number): boolean {
  const re = new RegExp(`(?<=${charClass.source})`, `${charClass.flags}y`);
  re.lastIndex = at;
  return re.test(text);
}

test('codePointBefore: what a leading look-behind of the same class and flags says, at every position', () => {
  const texts = [
    'a1 b@c.d', 'é ß Ⅻ ٣ x', '\u{1d400}bold 𝟏 \u{10400}', 'lone \ud800 high, lone \udc00 low', 'combining \u0345 ypogegrammeni', 'K \u212a kelvin ſ long s',
    'Ⓐ circled 〇 ideographic zero 二', '',
  ];
  const classes = [/[\p{L}\p{N}]/u, /[\p{L}\p{N}]/iu, /[\p{L}\p{N}@.]/u];
  for (const charClass of classes) {
    const before = codePointBefore(charClass);
    for (const text of texts) {
      for (let at = 0; at <= text.length; at++) {
        assert.equal(before(text, at), lookBehind(charClass, text, at), `/${charClass.source}/${charClass.flags} in ${JSON.stringify(text)} at ${at}`);
      }
    }
  }
});

test('codePointBefore: the table for ASCII is the class (positive and negative rows)', () => {
  const before = codePointBefore(/[\p{L}\p{N}@.]/u);
  const rows: [string, boolean][] = [['a', true], ['Z', true], ['7', true], ['@', true], ['.', true], [' ', false], ['-', false], ['_', false], ['\n', false]];
  for (const [ch, expected] of rows) assert.equal(before(`${ch}x`, 1), expected, JSON.stringify(ch));
  assert.equal(before('x', 0), false, 'nothing before the start');
});

test('oneSpaced: what replace(/\\s+/g, " ") gives, on generated texts of every kind of white space', () => {
  const parts = [' ', '  ', '\n', '\r\n', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff', 'a', 'bc', 'é', '日', '\u200b', '.'];
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  for (let k = 0; k < 20_000; k++) {
    let text = '';
    for (let j = next(14); j > 0; j--) text += parts[next(parts.length)];
    assert.equal(oneSpaced(text), text.replace(/\s+/g, ' '), JSON.stringify(text));
  }
  for (const text of ['', ' ', 'a b', ' a  b ', 'a\nb', 'a \n b', '\u00a0', 'a\u3000\u3000b']) assert.equal(oneSpaced(text), text.replace(/\s+/g, ' '));
});

test('isAscii: what /^[\x00-\x7f]*$/ says, short and long texts, a non-ASCII unit anywhere (lone surrogates, astral, Latin-1, U+0080)', () => {
  const pattern = /^[\x00-\x7f]*$/;
  let seed = 48;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const odd = ['\u0080', '\u00ff', '\u0100', '\ud800', '\udfff', '\ud83d\ude00', '\u20ac', '\uffff', '\u007f', '\u0000'];
  for (let k = 0; k < 4000; k++) {
    const length = Math.floor(random() * (k % 2 ? 600 : 3000));
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(32 + Math.floor(random() * 95));
    if (k % 3 !== 0 && length > 0) {
      const at = Math.floor(random() * length);
      text = text.slice(0, at) + odd[k % odd.length] + text.slice(at + 1);
    }
    assert.equal(isAscii(text), pattern.test(text), JSON.stringify(text.slice(0, 40)));
  }
  for (const n of [0, 1, 127, 128, 255, 256, 257, 5000]) {
    assert.equal(isAscii('a'.repeat(n)), true);
    if (n > 0) assert.equal(isAscii(`${'a'.repeat(n - 1)}\ud800`), false);
  }
});

test('isAscii: a text asked again, or another of the same length and head, gets its own answer (the last counted text is remembered)', () => {
  const ascii = 'a'.repeat(300);
  // The same length and the same first 128 characters, a non-ASCII unit after them: only the count tells the two apart.
  const other = `${'a'.repeat(200)}\u00e9${'a'.repeat(99)}`;
  const long = `${'b'.repeat(70_000)}`;
  const longOther = `${'b'.repeat(69_999)}\u0100`;
  const rows: Array<[string, boolean]> = [[ascii, true], [ascii, true], [other, false], [other, false], [ascii, true], [`${ascii.slice(0, 150)}${ascii.slice(150)}`, true],
    [other.slice(0, 300), false], [long, true], [longOther, false], [long, true], [ascii, true], [longOther, false], [other, false]];
  for (const [text, want] of rows) assert.equal(isAscii(text), want, `${text.length}: ${JSON.stringify(text.slice(195, 205))}`);
});

test('rememberingLast and lowerCased: the fold of every text asked, in any order (texts asked again, the older of two, three in turn, the same length and head, past the size kept)', () => {
  let folds = 0;
  const fold = (text: string): string => {
    folds++;
    return `${text.length}:${text.normalize('NFKD').toUpperCase()}`;
  };
  const remembered = rememberingLast(fold);
  const a = `Ärger ${'a'.repeat(300)}`;
  // The same length and head as a, one letter different at the end: only a whole compare tells them apart.
  const b = `${a.slice(0, -1)}B`;
  const c = `ÇA ${'c'.repeat(400)}`;
  const short = 'Short Ü';
  const long = `${'D'.repeat(70_000)}é`;
  const longOther = `${'D'.repeat(70_000)}É`;
  const rows = [a, a, b, a, b, b, c, a, c, b, short, short, `${a.slice(0, 100)}${a.slice(100)}`, long, longOther, long, a, longOther, c, b, a];
  for (const text of rows) {
    assert.equal(remembered(text), fold(text), `${text.length}: ${JSON.stringify(text.slice(-3))}`);
    assert.equal(lowerCased(text), text.toLowerCase(), `${text.length}: ${JSON.stringify(text.slice(-3))}`);
  }
  // Texts asked again while among the last two are not folded again (each row above folded once more by the check itself).
  folds = 0;
  for (const text of [a, b, a, b, a]) remembered(text);
  assert.equal(folds, 0);
  remembered(c);
  remembered(a);
  assert.equal(folds, 1, 'c new, a the older of the last two');
  remembered(b);
  assert.equal(folds, 2, 'b was third from last');
});

test('codeUnitReader and codePointOfUnits read what charCodeAt and codePointAt read (lone surrogates, pairs, a text longer than the array)', () => {
  const read = codeUnitReader(4);
  const pieces = ['a', 'é', '\ud800', '\udc00', '😀', '当', ' ', '\uffff', 'Z'];
  for (let r = 0; r < 2000; r++) {
    let text = '';
    for (let k = (r * 7) % 23; k > 0; k--) text += pieces[(r * 31 + k * 17) % pieces.length];
    const units = read(text);
    for (let i = 0; i < text.length; i++) {
      assert.equal(units[i], text.charCodeAt(i), `${JSON.stringify(text)} at ${i}`);
      assert.equal(codePointOfUnits(units, text.length, i), text.codePointAt(i), `${JSON.stringify(text)} at ${i}`);
    }
  }
});

/**
 * How V8 holds a string: v8.serialize writes a one-byte string under tag `"` (0x22) and a two-byte one under `c` (0x63)
 * (ValueSerializer::WriteString reads the flattened string's representation, not its characters), after the version header
 * and any padding bytes (0, which align a two-byte string's units).
 */
function held(text: string): 'one-byte' | 'two-byte' {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0) at++;
  const tag = bytes[at];
  if (tag === 0x22) return 'one-byte';
  if (tag === 0x63) return 'two-byte';
  throw new Error(`unexpected serializer tag ${tag}`);
}
/** A two-byte string with `text`'s characters (a slice of a two-byte parent stays two-byte), or none: V8 copies a short slice. */
function twoByte(text: string): string | undefined {
  const s = `\u2014${text}`.slice(1);
  return held(s || 'x') === 'two-byte' ? s : undefined;
}

test('oneByteIfLatin1: the same text, held one byte a character when every unit is ≤ U+00FF; any other text as it is', () => {
  let seed = 65;
  const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  // Units of every kind: ASCII, Latin-1 (U+0080, U+00A0, U+00FF), just above it (U+0100, U+2014), surrogates, CJK.
  const units = ['a', 'Z', ' ', '\n', '0', "'", '\u0080', '\u00a0', 'é', 'ß', '\u00ff', '\u0100', '\u2014', '\ud83d', '\ude00', '的'];
  assert.equal(held(twoByte('a two-byte text of ASCII letters')!), 'two-byte');
  const texts = ['', 'x', 'plain ascii letter', 'Café, naïve façade — ’quoted’', 'ß'.repeat(300), `${'a'.repeat(200)}\u00ff${'b'.repeat(200)}`, `${'a'.repeat(300)}\u0100`, `\u0100${'a'.repeat(40)}`, `\ud800${'b'.repeat(20)}`];
  for (let i = 0; i < 400; i++) {
    const length = [1, 5, 64, 255, 256, 257, 1000, 5000][next(8)]!;
    // Half the texts Latin-1 alone (the first 11 units), half with a unit above U+00FF anywhere.
    const alphabet = i % 2 === 0 ? 11 : units.length;
    let t = '';
    for (let k = 0; k < length; k++) t += units[next(alphabet)];
    texts.push(t);
  }
  let converted = 0;
  for (const text of texts) {
    for (const input of [text, twoByte(text)]) {
      if (input === undefined) continue;
      const out = oneByteIfLatin1(input);
      assert.equal(out, input, 'the same characters');
      const latin1 = [...input].every((ch) => ch.charCodeAt(0) <= 0xff && ch.length === 1);
      if (latin1) {
        assert.equal(held(out || 'x'), 'one-byte', `one-byte: ${JSON.stringify(input.slice(0, 40))}`);
        if (input && held(input) === 'two-byte') converted++;
      } else assert.equal(out, input);
    }
  }
  assert.ok(converted >= 50, `two-byte Latin-1 texts converted: ${converted}`);
});
