import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldBrandText, foldBrandWords, foldedMatches, type FoldedText } from './normalize.js';
import { AhoCorasick } from './aho-corasick.js';
import { defaultBrands } from './defaults.js';
import { foldLetterlike } from '../lookalike/letterlike.js';
import { skeletonOfChar } from '../lookalike/skeleton.js';

/**
 * foldBrandText as its documentation defines it, one code point at a time with the Unicode-property
 * regexps (what it did before it looked code points up in a table): the oracle the table must agree with.
 */
function foldByDefinition(input: string, maxChars = 4096): FoldedText {
  const decoration = /[\u00a9\u00ae\u2122\u2120\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0\ufe00-\ufe0f\u{e0000}-\u{e0fff}\p{Cf}]/gu;
  const longVowel = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30fc, 0xff70, 0x2500, 0x4e00]);
  const combining = (cp: number) =>
    (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f);
  const kanaFold = (cp: number): number => {
    if (cp >= 0x3041 && cp <= 0x3096) cp += 0x60;
    if ([0x30a1, 0x30a3, 0x30a5, 0x30a7, 0x30a9, 0x30c3, 0x30e3, 0x30e5, 0x30e7, 0x30ee].includes(cp)) return cp + 1;
    return cp === 0x30f5 ? 0x30ab : cp === 0x30f6 ? 0x30b1 : cp;
  };
  const src = foldLetterlike(input.slice(0, maxChars).replace(decoration, '')).normalize('NFKC');
  let text = '';
  const marks: number[] = [];
  let pendingBoundary = true;
  let lastLatin: boolean | null = null;
  let prevWasKana = false;
  for (const ch of src) {
    const cp0 = ch.codePointAt(0)!;
    if (longVowel.has(cp0) && prevWasKana) {
      text += 'ー';
      continue;
    }
    if (lastLatin === true && !pendingBoundary && combining(cp0)) continue;
    if (!/[\p{L}\p{N}\p{M}]/u.test(ch)) {
      pendingBoundary = true;
      prevWasKana = false;
      continue;
    }
    const cp = kanaFold(cp0);
    prevWasKana = cp >= 0x30a0 && cp <= 0x30ff;
    const folded = skeletonOfChar(String.fromCodePoint(cp)).replace(/i/g, 'l');
    if (folded.length === 0) continue;
    const latin = /[\p{Script=Latin}\p{N}]/u.test(ch) || /^[a-z0-9]+$/.test(folded);
    if (lastLatin !== null && latin !== lastLatin) pendingBoundary = true;
    lastLatin = latin;
    if (pendingBoundary) marks.push(text.length);
    pendingBoundary = false;
    text += folded;
  }
  const boundary = new Uint8Array(text.length + 1);
  for (const m of marks) boundary[m] = 1;
  boundary[text.length] = 1;
  return { text, boundary };
}

const same = (input: string, maxChars?: number) => {
  const got = foldBrandText(input, maxChars);
  const want = foldByDefinition(input, maxChars);
  assert.equal(got.text, want.text, JSON.stringify(input));
  assert.deepEqual([...got.boundary], [...want.boundary], JSON.stringify(input));
};

test('folds names as documented', () => {
  for (const name of ['T r e n d  M i c r o', 'ＴｒｅｎｄＭｉｃｒｏ', 'trendmicro', 'Trend-Micro', 'TREND MICRO']) assert.equal(foldBrandText(name).text, 'trendrnlcro');
  // A name in capitals folds as the name written normally (the skeleton reads a capital I as l, so i is l too), and
  // a capital I for an l still reads as the l.
  for (const [a, b] of [['BANCO DO BRASIL', 'Banco do Brasil'], ['LEDGER LIVE', 'Ledger Live'], ['PaypaI', 'Paypal'], ['ITAÚ', 'Itaú']] as const) {
    assert.equal(foldBrandText(a).text, foldBrandText(b).text, a);
  }
  assert.equal(foldBrandText('ウィルスバスター').text, foldBrandText('ウイルスバスター').text);
  assert.equal(foldBrandText('P\u200baypal™').text, foldBrandText('Paypal').text);
  // Letter-like disguises fold as the letters they show (small capitals, negative squared letters, full-width,
  // mathematical and circled letters); a flag beside a name stays a flag.
  for (const disguised of ['ᴘᴀʏᴘᴀʟ', '🅿🅰🆈🅿🅰🅻', 'ＰａｙＰａｌ', '𝐏𝐚𝐲𝐏𝐚𝐥', 'ⓅⓐⓨⓅⓐⓛ']) assert.equal(foldBrandText(disguised).text, foldBrandText('PayPal').text, disguised);
  assert.equal(foldBrandText('ɴᴇᴛғʟɪx').text, foldBrandText('Netflix').text);
  assert.equal(foldBrandText('Santander🇪🇸').text, foldBrandText('Santander').text);
});

test('every BMP code point folds as the per-character definition says, alone and between Latin and kana', () => {
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCharCode(cp);
    same(ch);
    same(`a${ch}b`);
    same(`ア${ch}イ`);
  }
});

test('random ASCII text folds as the per-character definition says, short and long', () => {
  const alphabet = [...'aAbBmMIil|0123456789 .-_@\t\n!zZ'];
  let seed = 11;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 5_000; n++) {
    let s = '';
    const length = Math.floor(random() * (n % 100 === 0 ? 30_000 : 40));
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
    same(s);
    same(s, Math.floor(random() * 20));
    same(s, 24_000);
  }
});

test('random mixed-script text folds as the per-character definition says', () => {
  // Latin, digits, Cyrillic and Greek confusables, kana (small and hiragana), long-vowel marks and dashes,
  // combining marks, decorations and invisibles, full-width forms, astral letters and emoji, separators.
  const alphabet = [...'aAmIl0135 .-_@ＴｒｅÉéеаорԁѕ΅αοウィルスバスターぁっゃーｰ‐—─一\u0301\u0337\u20dd\u200b\u00ad™®©\ufe0f\u3164ﾊﾟ漢字한국'];
  alphabet.push('\u{1d5ba}', '\u{1f600}', '\u{e0139}', '\u{20000}', '\ud800');
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let n = 0; n < 20_000; n++) {
    let s = '';
    const length = Math.floor(random() * 24);
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
    same(s);
    same(s, Math.floor(random() * 20));
  }
});

test('ASCII runs ended by a character that is not ASCII fold as the definition says (the ASCII pass gives up there), words too', () => {
  // The ASCII pass writes into reused buffers and returns nothing at the first non-ASCII character, anywhere: at the
  // start, after a long run (past the buffers' size, which then grow), at the last position, inside a surrogate pair.
  const ascii = [...'aAbBmMIil|0123456789 .-_@\t\n!zZ'];
  const other = ['é', 'е', '\u200b', '™', 'ウ', '\u0301', '\u{1d5ba}', '\ud800', '\u0080', '\u00a0', 'ｍ'];
  let seed = 5;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 3_000; n++) {
    let s = '';
    const run = Math.floor(random() * (n % 50 === 0 ? 20_000 : 60));
    for (let i = 0; i < run; i++) s += ascii[Math.floor(random() * ascii.length)];
    if (n % 7 !== 0) s += other[Math.floor(random() * other.length)];
    for (let i = Math.floor(random() * 8); i > 0; i--) s += ascii[Math.floor(random() * ascii.length)];
    const max = n % 3 === 0 ? 4096 : n % 3 === 1 ? Math.floor(random() * (run + 3)) : 24_000;
    same(s, max);
    assert.equal(foldBrandWords(s, max), foldByDefinition(s, max).text, JSON.stringify(s.slice(0, 80)));
  }
});

test('long mixed text folds to words as the general fold does, its ASCII stretches by the ASCII path', () => {
  // foldBrandWords folds long text that is not ASCII in pieces: ASCII stretches of 32 characters or more by the ASCII
  // path, the rest (from the ASCII character before it) the general way. Every character that keeps state in the
  // general fold — combining marks after a letter or a separator, decorations between a letter and its mark, kana before
  // a long-vowel mark, surrogate pairs and lone surrogates, letter-likes, NFKC forms — meets the pieces' edges here.
  const ascii = [...'aAmIl0135 .-_@e\n'];
  const other = [...'ＴｒÉéеаорԁѕ΅αウィルスバスターぁっゃーｰ‐—─一\u0301\u0308\u0337\u20dd\u200b\u00ad™®©\ufe0f\u3164ﾊﾟ漢字한국ᴘᴀ\u1100\u1161'];
  other.push('\u0363', '\u{1d5ba}', '\u{1f600}', '\u{e0139}', '\u{1f170}', '\ud800', '\udc00', 'ﬃ', '\u00a0');
  let seed = 9;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 3_000; n++) {
    let s = '';
    while (s.length < 256 + (n % 40) * 20) {
      // ASCII runs of every length around the 32 that ends a general piece, then one to three other characters.
      for (let i = Math.floor(random() * 70); i > 0; i--) s += ascii[Math.floor(random() * ascii.length)];
      for (let i = 1 + Math.floor(random() * 3); i > 0; i--) s += other[Math.floor(random() * other.length)];
    }
    const max = n % 4 === 0 ? Math.floor(random() * s.length) : 24_000;
    assert.equal(foldBrandWords(s, max), foldBrandText(s, max).text, JSON.stringify(s.slice(0, 120)));
  }
});

test('foldedMatches finds what the automaton finds in the fold, with the same word boundaries', () => {
  // The ASCII path folds and walks the automaton in one pass; it must report every (alias, start) that
  // matcher.search reports over foldBrandText's text, in the same order, and the fold's boundaries up to its end.
  const aliases = defaultBrands().flatMap((b) => b.aliases).map((a) => foldBrandText(a).text).filter((a) => a.length > 0);
  const matcher = new AhoCorasick(aliases);
  const words = [...defaultBrands().flatMap((b) => b.aliases).filter((a) => /^[\x00-\x7f]*$/.test(a)).slice(0, 300), 'Mm', 'I1l', '0O', 'the', 'rn'];
  const seps = [' ', '  ', '-', '.', '_', '\n', '@', '', '', '/', '™', 'é', 'ウ', '\u200b'];
  let seed = 23;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 4_000; n++) {
    let s = '';
    for (let i = Math.floor(random() * 12); i > 0; i--) {
      let w = words[Math.floor(random() * words.length)]!;
      if (random() < 0.3) w = w.toUpperCase();
      s += w + seps[Math.floor(random() * (n % 3 === 0 ? seps.length : 10))]!;
    }
    const max = n % 5 === 0 ? Math.floor(random() * (s.length + 2)) : 2048;
    const expected: number[] = [];
    const folded = foldBrandText(s, max);
    matcher.search(folded.text, (pattern, at) => expected.push(pattern, at));
    const found: number[] = [];
    const boundary = foldedMatches(s, max, matcher, found);
    assert.deepEqual(found, expected, JSON.stringify(s));
    assert.deepEqual([...boundary.subarray(0, folded.text.length + 1)], [...folded.boundary], JSON.stringify(s));
  }
});
