import assert from 'node:assert/strict';
import test from 'node:test';
import { deflateSync } from 'node:zlib';
import { decodePng, overWhite, rgbLuma } from './png.js';

const LIMITS = { maxPixels: 50_000_000, maxSide: 20_000 };

/** A PNG of the given pixel values (samples a pixel, unpacked) with filter 0 rows; CRCs left zero (decodePng does not read them). */
function png(width: number, height: number, colorType: number, depth: number, interlace: number, samples: (x: number, y: number) => number[], chunks: [string, Uint8Array][] = []): Uint8Array {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType]!;
  const passes = interlace ? [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] : [[0, 0, 1, 1]];
  const rows: number[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0!) / dx!);
    const h = Math.ceil((height - y0!) / dy!);
    if (w <= 0 || h <= 0) continue;
    for (let r = 0; r < h; r++) {
      rows.push(0);
      const bits: number[] = [];
      for (let c = 0; c < w; c++) for (const v of samples(x0! + c * dx!, y0! + r * dy!).slice(0, channels)) bits.push(v);
      if (depth === 16) for (const v of bits) rows.push(v >> 8, v & 0xff);
      else if (depth === 8) rows.push(...bits);
      else {
        const perByte = 8 / depth;
        for (let i = 0; i < bits.length; i += perByte) {
          let byte = 0;
          for (let k = 0; k < perByte; k++) byte |= (bits[i + k] ?? 0) << (8 - depth * (k + 1));
          rows.push(byte);
        }
      }
    }
  }
  const chunk = (type: string, data: Uint8Array): number[] => {
    const len = data.length;
    return [len >>> 24, (len >>> 16) & 0xff, (len >>> 8) & 0xff, len & 0xff, ...Buffer.from(type, 'latin1'), ...data, 0, 0, 0, 0];
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([depth, colorType, 0, 0, interlace], 8);
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', ihdr),
    ...chunks.flatMap(([type, data]) => chunk(type, data)),
    ...chunk('IDAT', deflateSync(Buffer.from(rows))),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}

/** A seeded generator (xorshift32). */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

test('decodePng: palette pictures and grey in 1, 2, 4 bits (looked up from their levels) give each pixel the grey of its value', () => {
  const rnd = random(61);
  let cases = 0;
  for (const interlace of [0, 1]) {
    for (const [colorType, depths] of [[0, [1, 2, 4, 8, 16]], [3, [1, 2, 4, 8]], [4, [8, 16]]] as const) {
      for (const depth of depths) {
        for (const [width, height] of [[1, 1], [3, 2], [7, 5], [9, 9], [17, 3], [33, 12]] as const) {
          for (const paletteSize of colorType === 3 ? [1, (1 << depth) >> 1 || 1, 1 << depth] : [0]) {
            for (const alphaSize of colorType === 3 ? [0, Math.ceil(paletteSize / 2), paletteSize] : [0]) {
              const max = (1 << depth) - 1;
              const pixels = Array.from({ length: width * height }, () => [Math.floor(rnd() * (max + 1)), Math.floor(rnd() * (max + 1))]);
              const palette = Uint8Array.from({ length: paletteSize * 3 }, () => Math.floor(rnd() * 256));
              const alpha = Uint8Array.from({ length: alphaSize }, () => Math.floor(rnd() * 256));
              const chunks: [string, Uint8Array][] = colorType === 3 ? [['PLTE', palette], ...(alphaSize ? [['tRNS', alpha] as [string, Uint8Array]] : [])] : [];
              const bytes = png(width, height, colorType, depth, interlace, (x, y) => pixels[y * width + x]!, chunks);
              const result = decodePng(bytes, LIMITS);
              assert.ok(result.ok, `colour type ${colorType}, depth ${depth}`);
              const expected = pixels.map(([v, a]) => {
                const at8 = (n: number) => (depth === 16 ? n >> 8 : n);
                if (colorType === 0) return depth === 16 ? v! >> 8 : depth === 8 ? v! : Math.round((v! * 255) / max);
                if (colorType === 4) return overWhite(at8(v!), at8(a!));
                if (v! * 3 + 2 >= palette.length) return 255;
                const grey = rgbLuma(palette[v! * 3]!, palette[v! * 3 + 1]!, palette[v! * 3 + 2]!);
                return v! < alpha.length ? overWhite(grey, alpha[v!]!) : grey;
              });
              assert.deepEqual([...result.image.gray], expected, `colour type ${colorType}, depth ${depth}, ${width}×${height}, interlace ${interlace}, palette ${paletteSize}, alpha ${alphaSize}`);
              cases++;
            }
          }
        }
      }
    }
  }
  assert.ok(cases > 300);
});
