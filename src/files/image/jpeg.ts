import decodeJpegJs from './jpegjs/decoder.js';
import { rgbLuma } from './png.js';
import { type DecodeLimits, type ImageResult, refuseDimensions } from './types.js';

const MAX_SEGMENTS = 1000;

/** Whether the bytes start with a JPEG start-of-image marker. */
export function isJpeg(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

/** Width and height from the first start-of-frame segment (SOF0–SOF15 but DHT, JPG, DAC), walking segment headers only. */
export function jpegDimensions(b: Uint8Array): { width: number; height: number } | undefined {
  if (!isJpeg(b)) return undefined;
  let at = 2;
  for (let n = 0; at + 9 < b.length && n < MAX_SEGMENTS; n++) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (b[at + 5]! << 8) | b[at + 6]!, width: (b[at + 7]! << 8) | b[at + 8]! };
    }
    if (length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

/**
 * Decodes a JPEG to grey levels with jpeg-js (BSD-3-Clause, pure JavaScript). The frame header is read first
 * and dimensions past the limits are refused before jpeg-js allocates; its own resolution and memory caps are
 * set to the same limits as a second fence. Never throws: a damaged file is `{ ok: false, reason: 'broken' }`.
 */
export function decodeJpeg(b: Uint8Array, limits: DecodeLimits): ImageResult {
  const dims = jpegDimensions(b);
  if (!dims) return { ok: false, reason: 'broken', detail: 'no JPEG frame header' };
  const refused = refuseDimensions(dims.width, dims.height, limits);
  if (refused) return refused;
  let decoded: { width: number; height: number; data?: Uint8Array; gray?: Uint8Array };
  try {
    // The grey levels straight from the decoder where it gives them (one or three components: rgbAsGray of its RGB bytes,
    // without writing them), else its RGB bytes (session 61, cpu62).
    decoded = decodeJpegJs(b, {
      useTArray: true,
      formatAsRGBA: false,
      tolerantDecoding: true,
      maxResolutionInMP: limits.maxPixels / 1e6,
      // Component planes, jpeg-js's coefficient blocks and the output: a 2000×2000 colour JPEG needs ~70 MB.
      maxMemoryUsageInMB: Math.max(8, Math.ceil((limits.maxPixels * 24) / (1024 * 1024))),
    }, true);
  } catch (err) {
    return { ok: false, reason: 'broken', detail: `JPEG does not decode (${String((err as Error)?.message ?? err).slice(0, 80)})` };
  }
  const { width, height, data, gray } = decoded;
  if (width !== dims.width || height !== dims.height || (gray ? gray.length < width * height : !data || data.length < width * height * 3)) return { ok: false, reason: 'broken', detail: 'JPEG frame inconsistent with its header' };
  return { ok: true, image: { width, height, gray: gray ?? rgbAsGray(data!, width * height) } };
}

/** Pixels per call of rgbRunAsGray. */
const GRAY_RUN = 4096;

/**
 * The grey level of each of the first `pixels` RGB triples. A function of its own, with nothing after the loop: in
 * decodeJpeg the loop was compiled on the stack (OSR) and the never-run code after it deoptimised that cached code on
 * every picture (see grayAsRgba in ../qr/decode.ts). The pixels go in runs of GRAY_RUN, each by a function called per
 * run: V8 keeps code compiled on the stack only while it runs, so a loop over the whole picture here was compiled again
 * for every picture after a worker's full collection (NOTES, issue 18, session 23).
 */
export function rgbAsGray(data: Uint8Array, pixels: number): Uint8Array {
  const gray = new Uint8Array(pixels);
  for (let from = 0; from < pixels; from += GRAY_RUN) rgbRunAsGray(data, gray, from, Math.min(pixels, from + GRAY_RUN));
  return gray;
}

function rgbRunAsGray(data: Uint8Array, gray: Uint8Array, from: number, to: number): void {
  for (let i = from, j = from * 3; i < to; i++, j += 3) gray[i] = rgbLuma(data[j]!, data[j + 1]!, data[j + 2]!);
}
