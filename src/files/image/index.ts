import { decodeGif, gifDimensions, isGif } from './gif.js';
import { decodeJpeg, isJpeg, jpegDimensions } from './jpeg.js';
import { decodePng, isPng, pngDimensions } from './png.js';
import type { DecodeLimits, GrayImage, ImageResult } from './types.js';

export type { DecodeLimits, GrayImage, ImageResult } from './types.js';

/** Raster formats read here, by their magic bytes. */
export type ImageFormat = 'png' | 'jpeg' | 'gif';

/** The format of an image by its first bytes (undefined: none read here — WebP, BMP, SVG …). */
export function imageFormat(b: Uint8Array): ImageFormat | undefined {
  if (isPng(b)) return 'png';
  if (isJpeg(b)) return 'jpeg';
  if (isGif(b)) return 'gif';
  return undefined;
}

/** The declared dimensions, from the header only (no pixel is decoded). */
export function imageDimensions(b: Uint8Array, format: ImageFormat): { width: number; height: number } | undefined {
  return format === 'png' ? pngDimensions(b) : format === 'jpeg' ? jpegDimensions(b) : gifDimensions(b);
}

/**
 * Decodes a PNG, JPEG or GIF (first frame) to grey levels, refusing by declared dimensions before allocating.
 * Never throws.
 * @example decodeImage(bytes, { maxPixels: 4_000_000, maxSide: 8000 })
 */
export function decodeImage(b: Uint8Array, limits: DecodeLimits): ImageResult {
  const format = imageFormat(b);
  try {
    if (format === 'png') return decodePng(b, limits);
    if (format === 'jpeg') return decodeJpeg(b, limits);
    if (format === 'gif') return decodeGif(b, limits);
  } catch (err) {
    // The decoders return their errors; this is the fence for a bug of theirs on a hostile file.
    return { ok: false, reason: 'broken', detail: `decoder error (${String((err as Error)?.message ?? err).slice(0, 80)})` };
  }
  return { ok: false, reason: 'unsupported', detail: 'not a PNG, JPEG or GIF' };
}

/**
 * The image shrunk by an integer factor (box average) until its longest side is at most `maxSide`: QR finders
 * need a few pixels a module, not a photograph's resolution, and their cost grows with pixels.
 */
export function shrinkGray(image: GrayImage, maxSide: number): GrayImage {
  const factor = Math.ceil(Math.max(image.width, image.height) / maxSide);
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const gray = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.gray[row + dx]!;
      }
      gray[y * width + x] = (sum / area) | 0;
    }
  }
  return { width, height, gray };
}
