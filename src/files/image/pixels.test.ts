import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeGif } from './gif.js';
import { rgbAsGray } from './jpeg.js';
import { rgbLuma } from './png.js';
import { shrinkGray } from './index.js';
import { grayAsRgba } from '../qr/decode.js';
import { packGifCodes3 } from '../test-support/qr-images.js';

const LIMITS = { maxPixels: 1_000_000, maxSide: 4096 };

test('rgbAsGray: the luma of each of the first n RGB triples', () => {
  const data = Uint8Array.from([0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 255, 12, 34, 56, 9, 9, 9]);
  for (const pixels of [0, 1, 3, 6]) {
    const want = Array.from({ length: pixels }, (_, i) => rgbLuma(data[3 * i]!, data[3 * i + 1]!, data[3 * i + 2]!));
    assert.deepEqual([...rgbAsGray(data, pixels)], want, `${pixels} pixels`);
  }
});

test('grayAsRgba: each grey level as opaque RGBA, sized by the pixel count', () => {
  for (const { gray, pixels } of [{ gray: [0, 128, 255], pixels: 3 }, { gray: [7, 8], pixels: 3 }, { gray: [], pixels: 0 }]) {
    const want = new Uint8ClampedArray(pixels * 4);
    gray.forEach((v, i) => want.set([v, v, v, 255], 4 * i));
    assert.deepEqual(grayAsRgba(Uint8Array.from(gray), pixels), want);
  }
});

/** A GIF89a of one frame placed on a white screen: 2-bit codes with a clear code after every pixel (no table growth). */
function gifOf(spec: { sw: number; sh: number; left: number; top: number; w: number; h: number; indices: number[]; palette: number[]; transparent?: number; interlaced?: boolean }): Uint8Array {
  const le = (n: number) => [n & 0xff, n >> 8];
  const gce = spec.transparent === undefined ? [] : [0x21, 0xf9, 4, 1, 0, 0, spec.transparent, 0];
  const codes: number[] = [];
  for (const index of spec.indices) codes.push(4, index);
  codes.push(5);
  const bytes = packGifCodes3(codes);
  return Uint8Array.from([
    ...Buffer.from('GIF89a', 'latin1'), ...le(spec.sw), ...le(spec.sh), 0x81, 0, 0, ...spec.palette,
    ...gce, 0x2c, ...le(spec.left), ...le(spec.top), ...le(spec.w), ...le(spec.h), spec.interlaced ? 0x40 : 0,
    2, bytes.length, ...bytes, 0, 0x3b,
  ]);
}

/** What the screen shows, pixel by pixel from the GIF89a rules (rows of an interlaced frame in their four passes). */
function expected(spec: Parameters<typeof gifOf>[0]): number[] {
  const screen = new Array<number>(spec.sw * spec.sh).fill(255);
  const rows: number[] = [];
  if (spec.interlaced) for (const [start, step] of [[0, 8], [4, 8], [2, 4], [1, 2]]) for (let y = start!; y < spec.h; y += step!) rows.push(y);
  else for (let y = 0; y < spec.h; y++) rows.push(y);
  spec.indices.forEach((index, k) => {
    const x = spec.left + (k % spec.w);
    const y = spec.top + rows[Math.floor(k / spec.w)]!;
    if (x >= spec.sw || y >= spec.sh || index === spec.transparent) return;
    screen[y * spec.sw + x] = rgbLuma(spec.palette[3 * index]!, spec.palette[3 * index + 1]!, spec.palette[3 * index + 2]!);
  });
  return screen;
}

test('decodeGif paints the frame at its place: offset, clipped, transparent, interlaced', () => {
  const palette = [0, 0, 0, 200, 30, 30, 30, 200, 30, 90, 90, 250];
  const specs = [
    { sw: 3, sh: 2, left: 0, top: 0, w: 3, h: 2, indices: [0, 1, 2, 3, 2, 1], palette },
    { sw: 5, sh: 4, left: 1, top: 1, w: 2, h: 2, indices: [1, 2, 3, 0], palette },
    { sw: 4, sh: 3, left: 2, top: 1, w: 3, h: 3, indices: [0, 1, 2, 3, 0, 1, 2, 3, 0], palette },
    { sw: 3, sh: 3, left: 0, top: 0, w: 3, h: 3, indices: [1, 2, 1, 3, 1, 0, 2, 1, 3], palette, transparent: 1 },
    { sw: 2, sh: 10, left: 0, top: 0, w: 2, h: 10, indices: Array.from({ length: 20 }, (_, i) => i % 4), palette, interlaced: true },
  ];
  for (const spec of specs) {
    const result = decodeGif(gifOf(spec), LIMITS);
    assert.ok(result.ok, JSON.stringify(spec));
    assert.deepEqual([...result.image.gray], expected(spec), JSON.stringify(spec));
  }
});

test('shrinkGray: each pixel the box average of its factor × factor block, every size and factor', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  for (const [width, height] of [[1, 1], [5, 3], [16, 16], [17, 9], [63, 64], [100, 7], [7, 100], [257, 130]] as const) {
    const gray = Uint8Array.from({ length: width * height }, next);
    for (const maxSide of [1, 2, 3, 5, 8, 16, 50, 300]) {
      const factor = Math.ceil(Math.max(width, height) / maxSide);
      const got = shrinkGray({ width, height, gray }, maxSide);
      if (factor <= 1) {
        assert.equal(got.gray, gray);
        continue;
      }
      const w = Math.floor(width / factor);
      const h = Math.floor(height / factor);
      const want = new Uint8Array(w * h);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          let sum = 0;
          for (let dy = 0; dy < factor; dy++) for (let dx = 0; dx < factor; dx++) sum += gray[(y * factor + dy) * width + x * factor + dx]!;
          want[y * w + x] = (sum / (factor * factor)) | 0;
        }
      }
      assert.deepEqual({ width: got.width, height: got.height, gray: [...got.gray] }, { width: w, height: h, gray: [...want] }, `${width}×${height} to ${maxSide}`);
    }
  }
});
