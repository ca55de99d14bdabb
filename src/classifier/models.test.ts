import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BayesModel, chi2Q } from './bayes.js';
import { createModel, loadModel } from './index.js';
import { LogisticModel } from './logistic.js';
import { strongestEvidence, type ModelKind } from './model.js';
import { packModel, unpackModel } from './serialize.js';

const SPAM = ['viagra cheap pills order now', 'cheap loans approved now click', 'win money lottery claim now', 'hot singles dating click now'];
const HAM = ['meeting agenda for tuesday attached', 'patch review for the build script', 'lunch tomorrow with the team', 'minutes of the design meeting'];
const samples = [...SPAM.map((t) => ({ tokens: t.split(' '), isSpam: true })), ...HAM.map((t) => ({ tokens: t.split(' '), isSpam: false }))];

for (const kind of ['bayes', 'logistic'] as ModelKind[]) {
  test(`${kind}: learns, separates, explains with the strongest tokens`, () => {
    const model = createModel(kind);
    model.train(samples);
    const spam = model.classify('cheap pills click now'.split(' '));
    const ham = model.classify('agenda for the design meeting'.split(' '));
    assert.ok(spam.probability > 0.8, `spam p=${spam.probability}`);
    assert.ok(ham.probability < 0.2, `ham p=${ham.probability}`);
    assert.ok(spam.strongest.length > 0 && spam.strongest.every((e) => 'cheap pills click now'.split(' ').includes(e.token)));
    assert.ok(spam.strongest[0]!.weight > 0);
    assert.equal(model.info().spamMessages, 4);
    assert.equal(model.info().hamMessages, 4);
  });

  test(`${kind}: unknown tokens give an undecided 0.5-ish probability`, () => {
    const model = createModel(kind);
    model.train(samples);
    const unknown = model.classify(['完全無料', '出会い']);
    assert.equal(unknown.knownTokens, 0);
    assert.ok(Math.abs(unknown.probability - 0.5) < 0.2, `p=${unknown.probability}`);
  });

  test(`${kind}: incremental learning corrects a message without retraining`, () => {
    const model = createModel(kind);
    model.train(samples);
    const tokens = 'quarterly newsletter special offer'.split(' ');
    const before = model.classify(tokens).probability;
    model.learn(tokens, true);
    const after = model.classify(tokens).probability;
    assert.ok(after > before && after > 0.6, `before ${before} after ${after}`);
    // What it knew before still holds.
    assert.ok(model.classify('agenda for the design meeting'.split(' ')).probability < 0.3);
    assert.equal(model.info().spamMessages, 5);
  });

  test(`${kind}: serialises and loads back to the same classifications`, () => {
    const model = createModel(kind);
    model.train(samples);
    model.describe('unit test corpus');
    const copy = loadModel(model.toBytes());
    assert.equal(copy.kind, kind);
    assert.equal(copy.info().trainedOn, 'unit test corpus');
    for (const s of samples) assert.ok(Math.abs(copy.classify(s.tokens).probability - model.classify(s.tokens).probability) < 1e-6);
  });
}

test('chi-square tail matches known values', () => {
  assert.ok(Math.abs(chi2Q(2, 2) - Math.exp(-1)) < 1e-12);
  assert.ok(Math.abs(chi2Q(0, 10) - 1) < 1e-12);
  assert.ok(chi2Q(4000, 300) < 1e-100);
});

test('the container refuses what is not a model', () => {
  assert.throws(() => loadModel(new Uint8Array([1, 2, 3])), /not gzip/);
  assert.throws(() => loadModel(packModel({ info: { kind: 'svm' } }, {})), /unknown classifier model kind/);
  const { header, arrays } = unpackModel(packModel({ a: 1 }, { x: new Uint32Array([1, 2]), y: new Float32Array([0.5]) }));
  assert.equal(header.a, 1);
  assert.deepEqual([...arrays.x!], [1, 2]);
  assert.deepEqual([...arrays.y!], [0.5]);
  assert.ok(new BayesModel() instanceof BayesModel && new LogisticModel() instanceof LogisticModel);
});

test('strongestEvidence keeps what a stable sort by |weight| and a cut keep, ties in order', () => {
  let seed = 3;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let round = 0; round < 2000; round++) {
    // Few distinct magnitudes, both signs: many ties.
    const items = Array.from({ length: Math.floor(random() * 40) }, (_, i) => ({ token: `t${i}`, weight: (Math.floor(random() * 7) - 3) / 4 }));
    const n = Math.floor(random() * 12);
    const bySort = [...items].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, n);
    assert.deepEqual(strongestEvidence(items, n), bySort);
  }
});

test('logistic: `average` runs training from the same start with successive seeds and keeps the mean of their weights', () => {
  const params = { bits: 12, epochs: 4, learningRate: 20, l2: 1e-4, seed: 7 };
  const logit = (p: number) => Math.log(p / (1 - p));
  const runs = [7, 8, 9].map((seed) => {
    const m = new LogisticModel({ ...params, seed });
    m.train(samples);
    return m;
  });
  const averaged = new LogisticModel({ ...params, average: 3 });
  averaged.train(samples);
  // The margin is linear in the weights and the bias: the mean model's margin is the mean of the runs' margins.
  for (const text of ['cheap pills click now', 'agenda for the design meeting', 'win lunch now']) {
    const tokens = text.split(' ');
    const mean = runs.reduce((sum, m) => sum + logit(m.classify(tokens).probability), 0) / runs.length;
    assert.ok(Math.abs(logit(averaged.classify(tokens).probability) - mean) < 1e-4, text);
  }
  // The messages are counted once, not once per run; `average: 1` is one run (the default).
  assert.equal(averaged.info().spamMessages, 4);
  const one = new LogisticModel({ ...params, average: 1 });
  one.train(samples);
  assert.equal(one.classify(['cheap', 'now']).probability, runs[0]!.classify(['cheap', 'now']).probability);
  // A loaded model trains on from its own weights in every run.
  const more = loadModel(averaged.toBytes()) as LogisticModel;
  more.train(samples);
  assert.ok(more.classify('cheap pills click now'.split(' ')).probability > averaged.classify('cheap pills click now'.split(' ')).probability);
});
