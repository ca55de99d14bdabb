import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompactWeights } from './compact-weights.js';
import { loadModel } from './index.js';
import { featuresOf } from './features.js';
import { LogisticModel } from './logistic.js';
import { strongestEvidence } from './model.js';
import { unpackModel } from './serialize.js';

function seeded(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

test('the compact view reads what the dense table holds, at every index', () => {
  const random = seeded(7);
  for (const [length, density] of [[1 << 12, 0.08], [1 << 10, 0.9], [1000, 0.3], [64, 1], [1 << 12, 0]] as const) {
    const dense = new Float32Array(length);
    for (let i = 0; i < length; i++) if (random() < density) dense[i] = random() < 0.1 ? 0 : (random() - 0.5) * 8;
    // Every bit position of a word, the last index and a zero value listed in the file.
    const indices = [...dense.keys()].filter((i) => dense[i] !== 0 || i % 97 === 0);
    const view = CompactWeights.fromSorted(length, new Uint32Array(indices), new Float32Array(indices.map((i) => dense[i]!)))!;
    for (let i = 0; i < length; i++) assert.equal(view.get(i), dense[i], `index ${i} of ${length}`);
    assert.deepEqual(view.toDense(), dense);
    const seen: number[] = [];
    view.forEachNonZero((i, value) => {
      assert.equal(value, dense[i]);
      seen.push(i);
    });
    assert.deepEqual(seen, [...dense.keys()].filter((i) => dense[i] !== 0));
  }
});

test('a view rebuilt from its own arrays (fromParts) reads the same at every index; arrays of the wrong size give none', () => {
  const random = seeded(11);
  for (const length of [1 << 12, 1000, 64]) {
    const dense = new Float32Array(length);
    for (let i = 0; i < length; i++) if (random() < 0.2) dense[i] = (random() - 0.5) * 8;
    const indices = [...dense.keys()].filter((i) => dense[i] !== 0);
    const view = CompactWeights.fromSorted(length, new Uint32Array(indices), new Float32Array(indices.map((i) => dense[i]!)))!;
    const { index, values } = view.parts();
    const again = CompactWeights.fromParts(length, index, values)!;
    for (let i = 0; i < length; i++) assert.equal(again.get(i), dense[i], `index ${i} of ${length}`);
    assert.equal(CompactWeights.fromParts(length * 2, index, values), undefined);
    assert.equal(CompactWeights.fromParts(length, index, values.subarray(1)), undefined);
  }
});

test('indices not strictly ascending or out of range give no view (the model fills a dense table)', () => {
  assert.equal(CompactWeights.fromSorted(64, new Uint32Array([3, 3]), new Float32Array([1, 2])), undefined);
  assert.equal(CompactWeights.fromSorted(64, new Uint32Array([5, 4]), new Float32Array([1, 2])), undefined);
  assert.equal(CompactWeights.fromSorted(64, new Uint32Array([64]), new Float32Array([1])), undefined);
});

/** The classification as it was written before the compact view (dense table, every candidate an object, then strongestEvidence). */
function classifyAsBefore(weights: Float32Array, bias: number, tokens: string[], maxEvidence: number) {
  const features = featuresOf(tokens);
  const mask = weights.length - 1;
  const n = features.count;
  const scale = n ? 1 / Math.sqrt(n) : 0;
  let z = bias;
  let known = 0;
  const evidence: { token: string; weight: number }[] = [];
  for (let i = 0; i < n; i++) {
    const h = features.hashes[i]!;
    const w = weights[h & mask]! * (h & 0x80000000 ? -1 : 1);
    if (w !== 0) known++;
    const contribution = w * scale;
    z += contribution;
    if (contribution > 0.05 || contribution < -0.05) evidence.push({ token: features.token(i), weight: contribution });
  }
  return { probability: 1 / (1 + Math.exp(-z)), strongest: strongestEvidence(evidence, maxEvidence), knownTokens: known };
}

test('a loaded model (compact view) classifies exactly as before: the dense table and strongestEvidence of every candidate', () => {
  const random = seeded(11);
  const words = Array.from({ length: 400 }, (_, i) => `w${i}${'x'.repeat(i % 5)}`);
  const message = () => Array.from({ length: 1 + Math.floor(random() * 60) }, () => words[Math.floor(random() * words.length)]!);
  const model = new LogisticModel({ bits: 12, epochs: 4, learningRate: 20, l2: 1e-4, seed: 1 });
  model.train(Array.from({ length: 300 }, () => ({ tokens: message(), isSpam: random() < 0.5 })));
  const bytes = model.toBytes();
  const { header, arrays } = unpackModel(bytes);
  const dense = new Float32Array(1 << 12);
  arrays.indices!.forEach((j, i) => (dense[j] = arrays.values![i]!));
  const loaded = loadModel(bytes);
  let withEvidence = 0;
  for (let round = 0; round < 400; round++) {
    const tokens = message();
    const n = Math.floor(random() * 14) - 1;
    const expected = classifyAsBefore(dense, Number(header.bias), tokens, n);
    withEvidence += expected.strongest.length;
    assert.deepEqual(loaded.classify(tokens, n), expected);
    assert.deepEqual(model.classify(tokens, n), expected);
  }
  assert.ok(withEvidence > 500, `evidence exercised: ${withEvidence}`);
  // Learning after loading goes through the dense table: the same steps as on the original give the same model.
  const tokens = message();
  model.learn(tokens, true);
  loaded.learn(tokens, true);
  assert.deepEqual(loaded.classify(tokens), model.classify(tokens));
  assert.deepEqual(loadModel(loaded.toBytes()).classify(tokens), model.classify(tokens));
});
