import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { loadModel } from '../classifier/index.js';
import { packModel, type PackedArray, unpackModel } from '../classifier/serialize.js';
import { modelFileId, readModelBytes, shippedModelPath, unzippedModelContainer, UNZIPPED_MODEL_FORMAT } from './model.js';
import { sealFile } from './sealed-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-model-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const shipped = shippedModelPath()!;
const tokens = ['h:x-mailer', 'viagra', 'meeting', 'u:example.com', 'unsubscribe', 'invoice', 'free'];

test('the unzipped copy of a model file is used for that file, and the model it gives classifies as the file does', () => {
  const file = path.join(dir, 'a.model.gz');
  copyFileSync(shipped, file);
  const copy = path.join(dir, 'a.bin');
  writeFileSync(copy, sealFile(UNZIPPED_MODEL_FORMAT, modelFileId(file), gunzipSync(readFileSync(file))));
  const bytes = readModelBytes(file, copy);
  assert.equal(Buffer.from(bytes).toString('latin1', 0, 4), 'SLCM', 'the unzipped container');
  const fromCopy = loadModel(bytes);
  const fromFile = loadModel(readFileSync(file));
  assert.deepEqual(fromCopy.classify(tokens), fromFile.classify(tokens));
  assert.deepEqual(Buffer.from(fromCopy.toBytes()), Buffer.from(fromFile.toBytes()));
});

test('a copy made from another file, or from this path before it changed, or damaged, or missing, is not used', () => {
  const file = path.join(dir, 'b.model.gz');
  copyFileSync(shipped, file);
  const gz = readFileSync(file);
  const copy = path.join(dir, 'b.bin');
  const sealed = sealFile(UNZIPPED_MODEL_FORMAT, modelFileId(file), gunzipSync(gz));
  // Another file (the shipped one itself): other inode.
  writeFileSync(copy, sealed);
  assert.deepEqual(Buffer.from(readModelBytes(shipped, copy)), readFileSync(shipped));
  // Damaged: one byte of the payload flipped.
  const flipped = Buffer.from(sealed);
  flipped[flipped.length - 10]! ^= 1;
  writeFileSync(copy, flipped);
  assert.deepEqual(Buffer.from(readModelBytes(file, copy)), gz);
  // Missing.
  assert.deepEqual(Buffer.from(readModelBytes(file, path.join(dir, 'none.bin'))), gz);
  // The model file rewritten in place (a retrained model): its modification time moves.
  writeFileSync(copy, sealed);
  assert.equal(Buffer.from(readModelBytes(file, copy)).toString('latin1', 0, 4), 'SLCM');
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  assert.deepEqual(Buffer.from(readModelBytes(file, copy)), gz);
});

test("the build's container holds the shipped model's compact view as it is, and gives the same model", () => {
  const container = unzippedModelContainer(readFileSync(shipped));
  const { arrays } = unpackModel(container);
  assert.deepEqual(Object.keys(arrays).sort(), ['compactIndex', 'compactValues'], 'no (index, value) pairs to build a view from');
  const fromContainer = loadModel(container);
  const fromFile = loadModel(readFileSync(shipped));
  assert.deepEqual(fromContainer.info(), fromFile.info());
  for (const t of [tokens, ['invoice', 'paypal', 'password'], [], ['u:example.com']]) assert.deepEqual(fromContainer.classify(t), fromFile.classify(t));
  assert.deepEqual(Buffer.from(fromContainer.toBytes()), Buffer.from(fromFile.toBytes()));
  // Learning from it goes back to the dense table, as a model loaded from the file does.
  fromContainer.learn(['viagra', 'free'], true);
  fromFile.learn(['viagra', 'free'], true);
  assert.deepEqual(fromContainer.classify(tokens), fromFile.classify(tokens));
});

test('a container whose compact arrays do not fit the model is refused', () => {
  const { header, arrays } = unpackModel(unzippedModelContainer(readFileSync(shipped)));
  const index = arrays['compactIndex'] as Uint32Array;
  const values = arrays['compactValues'] as Float32Array;
  const brokenArrays: Record<string, PackedArray>[] = [{ compactIndex: index, compactValues: values.subarray(1) }, { compactIndex: index.subarray(2), compactValues: values }, { compactIndex: index }, { compactIndex: new Float32Array(index.length), compactValues: values }];
  for (const broken of brokenArrays) {
    assert.throws(() => loadModel(packModel(header, broken, { gzip: false })), /inconsistent compact weight arrays/);
  }
});
