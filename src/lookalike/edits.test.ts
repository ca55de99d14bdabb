import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyEdit, damerauLevenshtein } from './edits.js';
import { skeleton } from './skeleton.js';
import { transliterationKey } from './transliteration.js';

test('damerauLevenshtein: distances with transpositions, bounded', () => {
  const rows: [string, string, number, number][] = [
    ['trendmicro', 'trendmicro', 2, 0],
    ['trendmicro', 'rtendmicro', 2, 1],
    ['trendmicro', 'trendmicr', 2, 1],
    ['trendmicro', 'torendmicro', 2, 1],
    ['trendmicro', 'tnerdmicro', 2, 2],
    ['trendmicro', 'example', 2, 3],
    ['', 'ab', 2, 2],
  ];
  for (const [a, b, max, want] of rows) assert.equal(damerauLevenshtein(a, b, max), want, `${a} ${b}`);
});

test('classifyEdit names the single edit as dnstwist does', () => {
  const rows: [string, string, string][] = [
    ['paypal', 'paypals', 'addition'],
    ['paypal', 'paypqal', 'insertion'],
    ['paypal', 'payypal', 'repetition'],
    ['paypal', 'pay-pal', 'hyphenation'],
    ['paypal', 'papal', 'omission'],
    ['paypal', 'paypla', 'transposition'],
    ['paypal', 'paypel', 'vowel-swap'],
    ['paypal', 'paypaz', 'edit'],
    ['paypal', 'paypak', 'replacement'], // k is next to l
    ['paypal', 'paypam', 'bitsquatting'], // l 0x6c → m 0x6d
  ];
  for (const [p, l, want] of rows) assert.equal(classifyEdit(p, l), want, `${p} → ${l}`);
});

test('skeleton: confusables, digits, case, width and accents fold together (UTS #39)', () => {
  const same: [string, string][] = [
    ['paypal', 'раураl'], // Cyrillic
    ['paypal', 'PAYPAL'],
    ['paypal', 'ｐａｙｐａｌ'], // full-width
    ['paypal', 'paypa1'],
    ['microsoft', 'rnicrosoft'],
    ['google', 'g00gle'],
    ['apple', 'àpple'],
    ['trendmicro', 'тrепԁмісrо'],
  ];
  for (const [a, b] of same) assert.equal(skeleton(a), skeleton(b), `${a} ~ ${b}`);
  assert.notEqual(skeleton('paypal'), skeleton('paypay'));
});

test('transliterationKey: katakana readings keep the consonant key', () => {
  const same: [string, string][] = [
    ['trendmicro', 'torendmicro'],
    ['trendmicro', 'torendomaikuro'],
    ['microsoft', 'maikurosofuto'],
    ['netflix', 'nettofurikkusu'],
    ['shiseido', 'siseido'],
    ['tsutaya', 'tutaya'],
    ['mercari', 'merukari'],
  ];
  for (const [a, b] of same) assert.equal(transliterationKey(a), transliterationKey(b), `${a} ~ ${b}`);
  assert.equal(transliterationKey('mastercard', true), transliterationKey('masutaakaado'));
  // Same key, different word: the detector also requires the reading to have gained vowels (see detector tests).
  assert.equal(transliterationKey('amazon'), transliterationKey('mizuno'));
  assert.equal(transliterationKey('xn--pple-43d'), '');
});
