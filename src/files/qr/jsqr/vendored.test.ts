import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import QRCode from 'qrcode';
import { prng } from '../../../test-support/campaign-corpus.js';
import { qrMatrix, rasterOf, type Raster } from '../../test-support/qr-images.js';
import { grayAsRgba } from '../decode.js';
import { shiftJISTable } from './decoder/decodeData/shiftJISTable.js';
import { binarize, binarizeGrey, invertedOf } from './binarizer/index.js';
import jsQR, { jsQRGrey } from './index.js';
import { locate, scorePattern } from './locator/index.js';
import { locate as publishedLocate, scorePattern as publishedScore } from './test-support/locator-1.4.0.js';
import { binarize as publishedBinarize } from './test-support/binarizer-1.4.0.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeImage } from '../../image/index.js';

// The vendored jsQR (locator rewritten to allocate less, see ./README.md) against the npm package it was taken
// from, picture for picture: the whole result — text, bytes, chunks, version and every corner and finder-pattern
// position (floating point, compared exactly) — or null for both.
const require = createRequire(import.meta.url);
const original = require('jsqr') as typeof import('jsqr').default;

const inverted = (r: Raster): Raster => ({ ...r, gray: r.gray.map((v) => 255 - v) });

/** Grey noise of ±amount on every pixel, and a share of pixels flipped outright. */
function noisy(r: Raster, seed: number, amount: number, flipped: number): Raster {
  const next = prng(seed);
  const gray = r.gray.map((v) => {
    if (next() < flipped) return 255 - v;
    return Math.max(0, Math.min(255, v + Math.round((next() * 2 - 1) * amount)));
  });
  return { ...r, gray };
}

/** Rows shifted sideways in proportion to their height (a sheared code: finder patterns off the grid). */
function sheared(r: Raster, slope: number): Raster {
  const gray = new Uint8Array(r.gray.length).fill(255);
  for (let y = 0; y < r.height; y++) {
    const shift = Math.floor(y * slope);
    for (let x = 0; x < r.width; x++) {
      const from = x - shift;
      if (from >= 0 && from < r.width) gray[y * r.width + x] = r.gray[y * r.width + from]!;
    }
  }
  return { ...r, gray };
}

/** No code: random dark rectangles and stripes on a grey gradient (many finder-like runs, few real ones). */
function clutter(seed: number, width: number, height: number): Raster {
  const next = prng(seed);
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) gray[y * width + x] = 128 + Math.round(100 * Math.sin((x + y) / 37));
  for (let n = 0; n < 60; n++) {
    const w = 2 + Math.floor(next() * 40);
    const h = 2 + Math.floor(next() * 40);
    const x0 = Math.floor(next() * (width - w));
    const y0 = Math.floor(next() * (height - h));
    const v = next() < 0.5 ? 0 : 255;
    for (let y = y0; y < y0 + h; y++) gray.fill(v, y * width + x0, y * width + x0 + w);
  }
  return { width, height, gray };
}

/** A code whose text is in Kanji mode (Shift JIS), as Japanese codes are written. */
function kanjiMatrix(text: string): boolean[][] {
  const toSJIS = require('qrcode/helper/to-sjis') as (c: string) => number;
  const code = QRCode.create([{ data: text, mode: 'kanji' }] as unknown as string, { toSJISFunc: toSJIS });
  const size = code.modules.size;
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => Boolean(code.modules.get(r, c))));
}

function pictures(): { name: string; raster: Raster }[] {
  const texts = ['https://login.example-secure.top/mfa?u=7f3a', 'WIFI:S:office;T:WPA;P:secret;;', `https://pay.example.test/${'x'.repeat(180)}`];
  const out: { name: string; raster: Raster }[] = [];
  for (const [t, text] of texts.entries()) {
    for (const level of ['L', 'H'] as const) {
      const matrix = qrMatrix(text, level);
      for (const scale of [1, 2, 3, 5]) {
        const raster = rasterOf(matrix, scale);
        out.push({ name: `text ${t} ${level} scale ${scale}`, raster });
        out.push({ name: `text ${t} ${level} scale ${scale} light on dark`, raster: inverted(raster) });
        out.push({ name: `text ${t} ${level} scale ${scale} noisy`, raster: noisy(raster, t * 100 + scale, 90, 0.02) });
        out.push({ name: `text ${t} ${level} scale ${scale} very noisy`, raster: noisy(raster, t * 100 + scale + 50, 120, 0.08) });
        out.push({ name: `text ${t} ${level} scale ${scale} sheared`, raster: sheared(raster, 0.08 * (t + 1)) });
      }
      const side = (matrix.length + 8) * 4;
      out.push({ name: `text ${t} ${level} in clutter`, raster: rasterOf(matrix, 4, 4, { width: side + 300, height: side + 120, x: 150, y: 60 }) });
    }
  }
  for (const text of ['請求書の確認', '東京都千代田区']) out.push({ name: `kanji ${text}`, raster: rasterOf(kanjiMatrix(text), 4) });
  for (let seed = 1; seed <= 12; seed++) out.push({ name: `clutter ${seed}`, raster: clutter(seed, 160 + seed * 23, 120 + seed * 17) });
  return out;
}

test('the vendored jsQR gives what jsQR 1.4.0 from npm gives, picture for picture', () => {
  let decoded = 0;
  for (const { name, raster } of pictures()) {
    const rgba = grayAsRgba(raster.gray, raster.width * raster.height);
    for (const inversionAttempts of ['attemptBoth', 'dontInvert', 'invertFirst'] as const) {
      const expected = original(rgba, raster.width, raster.height, { inversionAttempts });
      const actual = jsQR(rgba, raster.width, raster.height, { inversionAttempts });
      assert.deepStrictEqual(actual, expected, `${name}, ${inversionAttempts}`);
      if (expected) decoded++;
    }
  }
  // The table must hold decodable and undecodable pictures alike (a test of nulls alone would compare nothing).
  assert.ok(decoded > 100, `decoded ${decoded}`);
});

test('jsQR of grey levels (no RGBA copy) gives what jsQR 1.4.0 from npm gives of their RGBA, picture for picture', () => {
  // Every grey level v, as RGBA (v, v, v, 255), is v again after the published greyscale (0.2126v + 0.7152v + 0.0722v).
  const levels = Uint8Array.from({ length: 256 }, (_, v) => v);
  const { binarized: fromRgba } = binarize(grayAsRgba(levels, 256), 16, 16, false);
  assert.deepStrictEqual(binarizeGrey(new Uint8ClampedArray(levels), 16, 16, false).binarized, fromRgba);
  let decoded = 0;
  for (const { name, raster } of pictures()) {
    const rgba = grayAsRgba(raster.gray, raster.width * raster.height);
    const grey = new Uint8ClampedArray(raster.gray);
    assert.deepStrictEqual(binarizeGrey(grey, raster.width, raster.height, true), binarize(rgba, raster.width, raster.height, true), name);
    for (const inversionAttempts of ['attemptBoth', 'dontInvert', 'invertFirst'] as const) {
      const expected = original(rgba, raster.width, raster.height, { inversionAttempts });
      assert.deepStrictEqual(jsQRGrey(grey, raster.width, raster.height, { inversionAttempts }), expected, `${name}, ${inversionAttempts}`);
      if (expected) decoded++;
    }
  }
  assert.ok(decoded > 100, `decoded ${decoded}`);
});

test('the rewritten locator finds what the published one finds, on both binarised matrices of every picture', () => {
  let located = 0;
  let matrices = 0;
  for (const { name, raster } of pictures()) {
    const { binarized, inverted } = binarize(grayAsRgba(raster.gray, raster.width * raster.height), raster.width, raster.height, true);
    for (const [which, matrix] of [['dark on light', binarized], ['light on dark', inverted!]] as const) {
      const expected = publishedLocate(matrix);
      assert.deepStrictEqual(locate(matrix), expected, `${name}, ${which}`);
      matrices++;
      if (expected) located++;
      // The score of a candidate centre (the runs across it in four directions), at points on a grid over the picture.
      const step = Math.max(3, Math.floor(matrix.width / 23));
      for (let y = 1; y < matrix.height; y += step) {
        for (let x = 2; x < matrix.width; x += step) {
          for (const ratios of [[1, 1, 3, 1, 1], [1, 1, 1]]) {
            assert.equal(scorePattern({ x, y }, ratios, matrix), publishedScore({ x, y }, ratios, matrix), `${name}, ${which}, score at ${x},${y}`);
          }
        }
      }
    }
  }
  // Codes and clutter alike: most matrices yield candidates (a test of nulls alone would compare nothing).
  assert.ok(located > matrices / 2, `located ${located} of ${matrices}`);
});

test('Kanji codes read through the Shift JIS table, which is built once', () => {
  const raster = rasterOf(kanjiMatrix('請求書の確認'), 4);
  assert.equal(jsQR(grayAsRgba(raster.gray, raster.width * raster.height), raster.width, raster.height)?.data, '請求書の確認');
  assert.equal(shiftJISTable(), shiftJISTable());
});

/**
 * Pictures of every size from 1 to 8 regions (of 8 pixels) a side and a pixel or two either side of each multiple of 8:
 * the binarizer's last column of regions reads and writes past a row's end (jsQR's index y × width + x is the next row's
 * first pixels) and its last row of regions past the picture's end; with fewer than five regions a side its 5 × 5 mean
 * of black points reads outside the grid. Flat patches (low range: the neighbours' black point) on noise and gradients.
 */
function sizes(): { name: string; raster: Raster }[] {
  const next = prng(58);
  const sides = [1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 21, 23, 24, 25, 31, 32, 33, 39, 40, 41, 47, 48, 49, 57, 63, 64, 65];
  const out: { name: string; raster: Raster }[] = [];
  for (const width of sides) {
    for (const height of sides) {
      const gray = new Uint8Array(width * height);
      const flat = next() < 0.5 ? 200 : 40;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const patch = ((x >> 3) + (y >> 3) + width) % 3 === 0;
          gray[y * width + x] = patch ? flat + Math.floor(next() * 12) : next() < 0.3 ? Math.floor(next() * 256) : (x * 7 + y * 3) % 256;
        }
      }
      out.push({ name: `${width}×${height}`, raster: { width, height, gray } });
    }
  }
  // Photographs: the JPEG decoder's fixtures (one 61×47 picture in six encodings), decoded to grey.
  const dir = fileURLToPath(new URL('../../image/fixtures/jpegjs/', import.meta.url));
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jpg')).sort()) {
    const decoded = decodeImage(readFileSync(dir + f), { maxPixels: 1e6, maxSide: 4096 });
    if (decoded.ok) out.push({ name: f, raster: decoded.image });
  }
  return out;
}

test('the binarizer gives what the published jsQR 1.4.0 binarizer gives (both matrices), picture for picture, at every size', () => {
  let compared = 0;
  for (const { name, raster } of [...pictures(), ...sizes()]) {
    const rgba = grayAsRgba(raster.gray, raster.width * raster.height);
    const expected = publishedBinarize(rgba, raster.width, raster.height, true);
    assert.deepStrictEqual(binarize(rgba, raster.width, raster.height, true), expected, `${name}, RGBA`);
    assert.deepStrictEqual(binarizeGrey(new Uint8ClampedArray(raster.gray), raster.width, raster.height, true), expected, `${name}, grey`);
    assert.deepStrictEqual(binarizeGrey(new Uint8ClampedArray(raster.gray), raster.width, raster.height, false), { binarized: expected.binarized }, `${name}, grey, not inverted`);
    // The inverted matrix made later from the binarized one (as the scans make it) is the one the binarizer wrote beside it.
    assert.deepStrictEqual(invertedOf(expected.binarized), expected.inverted, `${name}, invertedOf`);
    compared++;
  }
  assert.ok(compared > 700, `compared ${compared}`);
});

test('at every size, the vendored jsQR and its locator give what jsQR 1.4.0 gives; onlyInvert throws as it did', () => {
  for (const { name, raster } of sizes()) {
    const rgba = grayAsRgba(raster.gray, raster.width * raster.height);
    for (const inversionAttempts of ['attemptBoth', 'dontInvert', 'invertFirst'] as const) {
      const expected = original(rgba, raster.width, raster.height, { inversionAttempts });
      assert.deepStrictEqual(jsQRGrey(new Uint8ClampedArray(raster.gray), raster.width, raster.height, { inversionAttempts }), expected, `${name}, ${inversionAttempts}`);
    }
    const { binarized, inverted } = publishedBinarize(rgba, raster.width, raster.height, true);
    assert.deepStrictEqual(locate(binarized), publishedLocate(binarized), `${name}, locate`);
    assert.deepStrictEqual(locate(inverted!), publishedLocate(inverted!), `${name}, locate inverted`);
  }
  // jsQR 1.4.0 binarizes the inverted matrix only for attemptBoth and invertFirst: with onlyInvert it scans nothing and throws.
  const { raster } = pictures()[0]!;
  const rgba = grayAsRgba(raster.gray, raster.width * raster.height);
  assert.throws(() => original(rgba, raster.width, raster.height, { inversionAttempts: 'onlyInvert' }), TypeError);
  assert.throws(() => jsQR(rgba, raster.width, raster.height, { inversionAttempts: 'onlyInvert' }), TypeError);
  assert.throws(() => jsQRGrey(new Uint8ClampedArray(raster.gray), raster.width, raster.height, { inversionAttempts: 'onlyInvert' }), TypeError);
  // The options object is shared between calls (jsQR's): a later call must not keep onlyInvert.
  assert.equal(jsQRGrey(new Uint8ClampedArray(raster.gray), raster.width, raster.height, { inversionAttempts: 'attemptBoth' })?.data, original(rgba, raster.width, raster.height, { inversionAttempts: 'attemptBoth' })?.data);
});
