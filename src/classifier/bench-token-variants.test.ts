import { test } from 'node:test';
import assert from 'node:assert/strict';
import { augmentHam, dropTokens, MODERN_HTML_SKELETON, parseDropPrefixes, withClassify, withTokenVariant, withWordBigrams } from '../../bench/lib/token-variants.js';
import { LogisticModel } from './logistic.js';
import { emptyInput, tokenFeatures, tokenize } from './tokenize.js';

test('token-family variants (bench:scanner-cv --drop-prefix): groups and prefixes parse, unknown names are refused', () => {
  assert.deepEqual(parseDropPrefixes('markup, st:links:'), ['tag:', 'attr:', 'st:links:']);
  assert.deepEqual(parseDropPrefixes(''), []);
  assert.throws(() => parseDropPrefixes('markups'), /neither a prefix/);
});

test('token-family variants: body words (no prefix) are kept, the named families dropped', () => {
  const tokens = ['s:invoice', 'tag:meta', 'attr:color=red', 'st:links:1', 'st:html-only', 'dear', 'content-transfer-encoding:quoted-printable'];
  assert.deepEqual(dropTokens(tokens, parseDropPrefixes('markup,mime,st:links:')), ['s:invoice', 'st:html-only', 'dear']);
  assert.deepEqual(dropTokens(tokens, []), tokens);
});

test('token-family variants: the wrapped model classifies the scanner\'s TokenFeatures as the filtered token list', () => {
  const model = new LogisticModel();
  model.train([
    { tokens: ['tag:meta', 'cheap', 'meds', 's:offer'], isSpam: true },
    { tokens: ['tag:meta', 'minutes', 'meeting', 's:agenda'], isSpam: false },
  ]);
  const drop = parseDropPrefixes('markup,structure');
  const wrapped = withTokenVariant(model, (t) => dropTokens(t, drop));
  const input = { ...emptyInput(), subject: 'Cheap offer', text: 'cheap meds', html: '<meta charset="utf-8"><p>cheap meds</p>' };
  const expected = model.classify(dropTokens(tokenize(input), drop)).probability;
  assert.equal(wrapped.classify(tokenFeatures(input)).probability, expected);
  assert.equal(wrapped.classify(tokenize(input)).probability, expected);
  assert.notEqual(model.classify(tokenize(input)).probability, expected);
  assert.equal(wrapped.kind, model.kind);
});

test('ham augmentation (bench:scanner-cv --augment-ham): every k-th ham gets the modern HTML skeleton instead of its root type; spam never', () => {
  const samples = [
    { tokens: ['ct0:text/plain', 'minutes'], isSpam: false },
    { tokens: ['ct0:text/plain', 'agenda'], isSpam: false },
    { tokens: ['ct0:text/html', 'cheap'], isSpam: true },
  ];
  const out = augmentHam(samples, 2);
  assert.deepEqual(out[0]!.tokens, ['minutes', ...MODERN_HTML_SKELETON]);
  assert.equal(out[1], samples[1]);
  assert.equal(augmentHam([samples[2]!], 1)[0], samples[2]);
  assert.deepEqual(augmentHam(samples, 0), samples);
  assert.deepEqual(samples[0]!.tokens, ['ct0:text/plain', 'minutes']);
});

test('word bigrams (bench:scanner-cv --bigrams): each two body words next to each other, a prefixed token breaks the pair', () => {
  assert.deepEqual(withWordBigrams(['s:offer', 'your', 'order', 'num:3', 'free', 'free']), ['s:offer', 'your', 'order', 'num:3', 'free', 'free', 'bi:your_order', 'bi:free_free']);
  assert.deepEqual(withWordBigrams([]), []);
});

test('withClassify: the model answers with the given classify, everything else is its own', () => {
  const model = new LogisticModel();
  model.train([{ tokens: ['cheap', 'meds'], isSpam: true }, { tokens: ['meeting'], isSpam: false }]);
  const wrapped = withClassify(model, (tokens, n) => ({ ...model.classify(tokens, n), probability: 0.25 }));
  assert.equal(wrapped.classify(['cheap']).probability, 0.25);
  assert.equal(wrapped.kind, 'logistic');
  assert.deepEqual(wrapped.info(), model.info());
});
