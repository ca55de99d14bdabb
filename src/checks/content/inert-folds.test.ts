import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import { foldLetter } from './bec-opener.js';
import { normalForTerms } from './match.js';
import { foldText, INERT_PUNCTUATION, readHead } from './scam-structure.js';

/**
 * Session 62 (issue 18, cpu63): headRead's firstFolding passes over INERT_PUNCTUATION, so that the trigram gates read a head
 * with no other character beyond ASCII as an ASCII one. That holds only if every fold the gated checks read turns each such
 * character into something with no ASCII letter or digit and does not drop it (which would join the runs either side): the
 * runs of ASCII letters and digits of each fold are the text's own, lower-cased — on every pair of the characters between
 * words, and on seeded texts of English, German, French, Spanish, Portuguese and Dutch words joined by them.
 */
const FOLDS: readonly [string, (t: string) => string][] = [
  ['foldText', (t) => foldText(t)],
  ['foldLetter', (t) => foldLetter('', t)],
  ['normalForTerms', (t) => normalForTerms(t)],
];
const runs = (t: string): string[] => t.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const chars = INERT_PUNCTUATION.map((c) => String.fromCharCode(c));

test('INERT_PUNCTUATION: each fold keeps the runs of ASCII letters either side of each character and of each pair', () => {
  for (const [name, fold] of FOLDS) {
    for (const c of chars) {
      assert.deepEqual(runs(fold(c)), [], `${name} U+${c.charCodeAt(0).toString(16)}`);
      for (const d of ['', ...chars]) {
        const text = `Ab1${c}${d}cD`;
        assert.deepEqual(runs(fold(text)), ['ab1', 'cd'], `${name} ${JSON.stringify(text)}`);
      }
    }
  }
});

const WORDS = ['Your', 'account', 'verify', 'Rechnung', 'bitte', 'bestatigen', 'votre', 'compte', 'cuenta', 'conta', 'rekening', 'prize', 'win', 'claim', 'Survey', 'R2D2', 'x'];

test('INERT_PUNCTUATION: seeded texts fold to their own runs, and readHead finds no folding character in them', () => {
  const r = mulberry32(6262);
  for (let n = 0; n < 3_000; n++) {
    let text = '';
    const words = 1 + Math.floor(r() * 30);
    for (let k = 0; k < words; k++) {
      text += WORDS[Math.floor(r() * WORDS.length)];
      const gap = Math.floor(r() * 3);
      for (let g = 0; g < gap; g++) text += r() < 0.5 ? ' ' : chars[Math.floor(r() * chars.length)];
      if (gap === 0) text += '\n';
    }
    for (const [name, fold] of FOLDS) assert.deepEqual(runs(fold(text)), runs(text), `${name} ${JSON.stringify(text)}`);
    const read = readHead(`Subject ${chars[n % chars.length]}\n${text}`, 10);
    assert.equal(read.firstFolding, -1, JSON.stringify(text));
    assert.equal(read.foldingInSubject, false);
  }
  // A character beyond ASCII that is not inert is found where it stands.
  const read = readHead('Subject\nabc\u00a0d\u00e9f', 8);
  assert.equal(read.firstOther, 3);
  assert.equal(read.firstFolding, 5);
});
