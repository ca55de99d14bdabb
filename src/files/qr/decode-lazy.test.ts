import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { qrMatrix } from '../test-support/qr-images.js';
import { decodeQr, renderGrid } from './decode.js';

// jsQR is loaded on the first picture decoded, not when ./decode.ts is imported (its module builds a large
// Shift-JIS table at load). This file runs in a process of its own (node --test), where nothing else loads it.
test('jsQR is loaded on the first decode, once, and decodes as when it was imported', () => {
  const require = createRequire(import.meta.url);
  const loaded = (): unknown => require.cache[require.resolve('jsqr')]?.exports;
  assert.equal(loaded(), undefined, 'importing the decoder does not load jsQR');
  assert.equal(decodeQr(renderGrid([[true]], 1)), undefined, 'a picture too small to hold a code does not load it either');
  assert.equal(loaded(), undefined);
  const texts = ['https://example.test/login?id=42', 'WIFI:S:office;T:WPA;P:secret;;'];
  assert.equal(decodeQr(renderGrid(qrMatrix(texts[0]!))), texts[0]);
  const first = loaded();
  assert.equal(typeof first, 'function');
  assert.equal(decodeQr(renderGrid(qrMatrix(texts[1]!))), texts[1]);
  assert.equal(loaded(), first, 'loaded once');
});
