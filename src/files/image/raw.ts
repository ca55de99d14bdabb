import { unfilter } from './png.js';
import { overWhite, rgbLuma } from './png.js';
import { type DecodeLimits, type ImageResult, refuseDimensions } from './types.js';

/**
 * Uncompressed samples as a PDF image XObject holds them once its filter is undone (ISO 32000-1 §8.9.3): rows of
 * `width` pixels, `components` samples each of `bitsPerComponent` bits, every row starting on a byte; with PNG
 * predictors (§7.4.4.4, /Predictor ≥ 10) each row is preceded by its PNG filter byte.
 */
export interface RawPixels {
  width: number;
  height: number;
  /** 1 grey (or an index into `palette`), 3 RGB, 4 CMYK. */
  components: 1 | 3 | 4;
  bitsPerComponent: 1 | 2 | 4 | 8 | 16;
  /** Rows carry a PNG filter byte first (PDF /Predictor 10–15). */
  pngPredictor?: boolean;
  /** /Decode [1 0] (or an /ImageMask's default, where 0 paints): sample values read inverted. */
  inverted?: boolean;
  /** An /Indexed colour space's lookup: `components` is then 1 and each sample an index into RGB triples. */
  palette?: Uint8Array;
}

/**
 * The grey levels of raw samples (a PDF picture compressed with FlateDecode or not compressed). Refused by its
 * declared dimensions before allocating; data that ends early keeps the rows that arrived (`truncated`). Never throws.
 * @example decodeRaw(inflated, { width: 200, height: 200, components: 1, bitsPerComponent: 8 }, { maxPixels: 4e6, maxSide: 65535 })
 */
export function decodeRaw(data: Uint8Array, pixels: RawPixels, limits: DecodeLimits): ImageResult {
  const { width, height, components, bitsPerComponent: depth } = pixels;
  const refused = refuseDimensions(width, height, limits);
  if (refused) return refused;
  const stride = Math.ceil((width * components * depth) / 8);
  const rowBytes = stride + (pixels.pngPredictor ? 1 : 0);
  const bpp = Math.max(1, (components * depth) >> 3);
  const gray = new Uint8Array(width * height).fill(255);
  const max = (1 << depth) - 1;
  let prev: Uint8Array = new Uint8Array(stride);
  let rows = 0;
  for (; rows < height && (rows + 1) * rowBytes <= data.length; rows++) {
    let line = data.subarray(rows * rowBytes, (rows + 1) * rowBytes);
    if (pixels.pngPredictor) {
      line = line.slice(1);
      if (!unfilter(data[rows * rowBytes]!, line, prev, bpp)) return { ok: false, reason: 'broken', detail: `unknown row predictor ${data[rows * rowBytes]}` };
      prev = line;
    }
    const base = rows * width;
    // The common layouts, without a call a sample: 8-bit grey and RGB.
    if (depth === 8 && !pixels.palette && !pixels.inverted && components !== 4) {
      if (components === 1) gray.set(line.subarray(0, width), base);
      else for (let x = 0, j = 0; x < width; x++, j += 3) gray[base + x] = rgbLuma(line[j]!, line[j + 1]!, line[j + 2]!);
      continue;
    }
    for (let x = 0; x < width; x++) {
      const s = (c: number) => {
        const index = x * components + c;
        if (depth === 8) return line[index]!;
        if (depth === 16) return line[index * 2]!;
        const bit = index * depth;
        const v = (line[bit >> 3]! >> (8 - depth - (bit & 7))) & max;
        return Math.round((v * 255) / max);
      };
      let v: number;
      if (pixels.palette) {
        const index = depth === 8 ? line[x]! : depth === 16 ? line[x * 2]! : Math.round((s(0) * max) / 255);
        const p = pixels.palette;
        v = index * 3 + 2 < p.length ? rgbLuma(p[index * 3]!, p[index * 3 + 1]!, p[index * 3 + 2]!) : 255;
      } else if (components === 1) v = s(0);
      else if (components === 3) v = rgbLuma(s(0), s(1), s(2));
      // CMYK: ink on white paper; K darkens whatever the three colours leave.
      else v = overWhite(0, Math.min(255, ((s(0) * 30 + s(1) * 59 + s(2) * 11) / 100 | 0) + s(3)));
      gray[base + x] = pixels.inverted && !pixels.palette ? 255 - v : v;
    }
  }
  if (rows === 0) return { ok: false, reason: 'broken', detail: 'no complete row of pixels' };
  return rows < height ? { ok: true, image: { width, height, gray }, truncated: true } : { ok: true, image: { width, height, gray } };
}
