import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { loadModel } from '../classifier/index.js';
import { packModel, type PackedArray, unpackModel } from '../classifier/serialize.js';
import { modelFileId, readModelBytes, shippedModelPath, unzippedModelContainer, unzippedModelFile, UNZIPPED_MODEL_FORMAT } from './model.js';
import { sealFile } from './sealed-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-model-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const shipped = shippedModelPath()!;
const tokens = ['h:x-mailer', 'viagra', 'meeting', 'u:example.com', 'unsubscribe', 'invoice', 'free'];

test('the unzipped copy of a model file is used for that file, and the model it gives classifies as the file does', () => {
  const file = path.join(dir, 'a.model.gz');
  copyFileSync(shipped, file);
  const copy = path.join(dir, 'a.bin');
  writeFileSync(copy, unzippedModelFile(gunzipSync(readFileSync(file)), modelFileId(file)));
  const bytes = readModelBytes(file, copy);
  assert.equal(Buffer.from(bytes).toString('latin1', 0, 4), 'SLCM', 'the unzipped container');
  const fromCopy = loadModel(bytes);
  const fromFile = loadModel(readFileSync(file));
  assert.deepEqual(fromCopy.classify(tokens), fromFile.classify(tokens));
  assert.deepEqual(Buffer.from(fromCopy.toBytes()), Buffer.from(fromFile.toBytes()));
});

test("the build's copy is read aligned: the compact arrays are views of the bytes read, and the model is the file's", () => {
  const file = path.join(dir, 'c.model.gz');
  copyFileSync(shipped, file);
  const copy = path.join(dir, 'c.bin');
  const container = unzippedModelContainer(readFileSync(file));
  writeFileSync(copy, unzippedModelFile(container, modelFileId(file)));
  const bytes = readModelBytes(file, copy);
  assert.deepEqual(Buffer.from(bytes), Buffer.from(container));
  assert.equal(bytes.byteOffset % 4, 0);
  const { arrays } = unpackModel(bytes);
  for (const a of Object.values(arrays)) assert.equal(a.buffer, bytes.buffer, 'a view, not a copy');
  assert.deepEqual(Buffer.from(loadModel(bytes).toBytes()), Buffer.from(loadModel(readFileSync(file)).toBytes()));
  // Misaligned (the same container one byte further on): copied, the same arrays.
  const shifted = new Uint8Array(container.length + 1).subarray(1);
  shifted.set(container);
  const copied = unpackModel(shifted).arrays;
  for (const [name, a] of Object.entries(copied)) {
    assert.notEqual(a.buffer, shifted.buffer);
    assert.deepEqual(a, arrays[name]);
  }
  // Gunzipped here: copies too, never views of the caller's bytes.
  const gz = readFileSync(file);
  for (const a of Object.values(unpackModel(gz).arrays)) assert.notEqual(a.buffer, gz.buffer);
  // The old layout (no lead before the container) is not read as a copy.
  writeFileSync(copy, sealFile(UNZIPPED_MODEL_FORMAT, modelFileId(file), container));
  assert.deepEqual(Buffer.from(readModelBytes(file, copy)), gz);
});

test('a copy made from another file, or from this path before it changed, or damaged, or missing, is not used', () => {
  const file = path.join(dir, 'b.model.gz');
  copyFileSync(shipped, file);
  const gz = readFileSync(file);
  const copy = path.join(dir, 'b.bin');
  const sealed = unzippedModelFile(gunzipSync(gz), modelFileId(file));
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
