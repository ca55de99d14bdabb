import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DistinctTokens, featuresOf, type TokenFeatures } from './features.js';
import { fnv1a32, fnv1a32Slice } from './hash.js';
import { classifierInputFromMessage } from './from-message.js';
import { emptyInput, tokenFeatures, tokenize, type ClassifierInput } from './tokenize.js';
import { parseMessage } from '../mail/parse/index.js';
import { openSources } from '../mail/sources/index.js';
import { sharedData } from '../test-support/shared-data.js';

const show = (f: TokenFeatures) => Array.from({ length: f.count }, (_, i) => [f.token(i), f.hashes[i]]);

test('FNV-1a keeps its values (stored models depend on them), and hashing a slice equals hashing the string', () => {
  assert.deepEqual(['', 'viagra', 's:cheap', 'ja:無料', '\u{1f600}'].map(fnv1a32), [2872998923, 575517428, 2329793212, 2753349315, 1787143206]);
  const text = 'buy cheap 無料 pills\u{1f600}';
  for (const prefix of ['', 's:', 'j2:'])
    for (let start = 0; start <= text.length; start++)
      for (let end = start; end <= text.length; end++) assert.equal(fnv1a32Slice(prefix, text, start, end), fnv1a32(prefix + text.slice(start, end)));
});

test('distinct tokens: first-seen order, duplicates counted against the budget, tokens sharing a hash kept apart', () => {
  // 'w4pvu' and 'wb3ea' have the same 32-bit hash: only the characters tell them apart.
  assert.equal(fnv1a32('w4pvu'), fnv1a32('wb3ea'));
  const sink = new DistinctTokens(6);
  sink.push('w4pvu');
  sink.pushSlice('', 'x wb3ea y', 2, 7);
  sink.pushSlice('w4', 'pvu', 0, 3);
  sink.push('s:a');
  sink.pushSlice('s', ':a', 0, 2);
  assert.equal(sink.full(), false);
  sink.push('b');
  assert.equal(sink.full(), true);
  sink.push('c');
  assert.deepEqual(show(sink), show(featuresOf(['w4pvu', 'wb3ea', 'w4pvu', 's:a', 's:a', 'b'])));
  assert.deepEqual(show(sink).map(([t]) => t), ['w4pvu', 'wb3ea', 's:a', 'b']);
});

test('distinct tokens grow past their first table (thousands of distinct tokens)', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `t${(i * 7919) % 3001}`);
  const sink = new DistinctTokens(10_000);
  for (const w of words) sink.pushSlice('p:', ` ${w} `, 1, w.length + 1);
  assert.deepEqual(show(sink), show(featuresOf(words.map((w) => `p:${w}`))));
});

test('a reused set gives each message its own features: big after small, small after big (both ways of clearing)', () => {
  const sink = new DistinctTokens(10);
  const messages = [
    Array.from({ length: 3000 }, (_, i) => `big${i}`),
    ['a', 'b', 'a'],
    Array.from({ length: 700 }, (_, i) => `mid${i % 350}`),
    ['w4pvu', 'wb3ea'],
    [],
    Array.from({ length: 3000 }, (_, i) => `big${i}`),
  ];
  for (const [n, words] of messages.entries()) {
    const maxTokens = n % 2 ? 10 : 5000;
    sink.reset(maxTokens);
    for (const w of words) sink.pushSlice('p:', ` ${w} `, 1, w.length + 1);
    assert.deepEqual(show(sink), show(featuresOf(words.slice(0, maxTokens).map((w) => `p:${w}`))), `message ${n}`);
    assert.equal(sink.full(), words.length >= maxTokens);
  }
});

const input = (over: Partial<ClassifierInput>): ClassifierInput => ({ ...emptyInput(), ...over });
const sameFeatures = (i: ClassifierInput, limits?: { maxTokens: number; maxTextChars: number }) =>
  assert.deepEqual(show(tokenFeatures(i, limits)), show(featuresOf(tokenize(i, limits))));

test('tokenFeatures gives the features of tokenize, for every budget', () => {
  const text = `Cheap meds at 50% off!! $100 for 1.5 kg, don't wait: http://x.example/a ${'long'.repeat(10)} 確実に痩せるサプリ、今すぐ無料 cheap meds again 12345 Ｖｉａｇｒａ`;
  const i = input({ subject: '無料 Cheap MEDS!!', fromName: 'Pharmacy 薬局', fromDomain: 'a.b.example', text, html: '<b>x</b><font color="red">y</font>', hasPlainText: true });
  for (const maxTokens of [0, 1, 5, 12, 30, 60, 3000]) sameFeatures(i, { maxTokens, maxTextChars: 60_000 });
  sameFeatures(input({ text: '' }));
  sameFeatures(input({ html: '<p>V<b></b>iagra &amp; more</p>' }));
});

test('tokenFeatures gives the features of tokenize on real mail (Nazario phishing mbox)', async (t) => {
  const mbox = sharedData(t, 'phishing/phishing0.mbox');
  if (!mbox) return;
  const reused = new DistinctTokens(1);
  let n = 0;
  for await (const item of openSources([mbox], { maxMessageBytes: 10_000_000 })) {
    if ('error' in item) continue;
    const i = classifierInputFromMessage(parseMessage(item.raw, { maxMessageBytes: 10_000_000, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 1_000_000 }));
    sameFeatures(i);
    sameFeatures(i, { maxTokens: 200, maxTextChars: 5_000 });
    // One set reused across the whole mbox, as the classifier check does.
    assert.deepEqual(show(tokenFeatures(i, undefined, reused)), show(featuresOf(tokenize(i))));
    n++;
  }
  assert.ok(n > 300, `${n} messages`);
});

test('tokenFeatures gives the features of tokenize on generated text (every branch of the word scanner)', () => {
  // Letters and digits of every width (astral ones: two code units), the joiners, currency signs, %, Japanese,
  // separators and an astral non-letter: every branch of the word scanner, at every place in a word. Gothic 𐌰 and
  // Deseret 𐐨 are astral letters that NFKC keeps (the mathematical ones become ASCII before the scanner sees them).
  const pieces = ['a', 'Z', '7', '0', 'é', 'ß', 'Ж', '𝐀', '𝟗', '\u{1d44e}', '𐌰', '𐐨', "'", '’', '.', '_', '-', '$', '€', '£', '¥', '%', ' ', '\n', ',', '!', '無料', 'カ', '\u{1f600}', '&amp;', 'ｖ', 'word', '1.5', '$100', 'x'.repeat(30)];
  let seed = 7;
  const random = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  for (let m = 0; m < 400; m++) {
    const text = Array.from({ length: 1 + random(60) }, () => pieces[random(pieces.length)]).join('');
    const subject = Array.from({ length: random(12) }, () => pieces[random(pieces.length)]).join('');
    sameFeatures(input({ subject, text, hasPlainText: true }));
  }
});
