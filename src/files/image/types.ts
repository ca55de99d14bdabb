/** An image as grey levels, one byte a pixel (0 black … 255 white), row by row. */
export interface GrayImage {
  width: number;
  height: number;
  gray: Uint8Array;
}

/** What decoding may cost: refused by the declared dimensions before anything is allocated. */
export interface DecodeLimits {
  /** Most pixels (width × height) of one image. */
  maxPixels: number;
  /** Longest side, in pixels. */
  maxSide: number;
}

/**
 * A decoded image (`truncated`: the data ended early, the rows that arrived are kept), or why not: `too-large`
 * (declared dimensions past the limits: nothing was allocated), `broken` (the file is damaged or inconsistent),
 * `unsupported` (a format or variant not read here).
 */
export type ImageResult =
  | { ok: true; image: GrayImage; truncated?: boolean }
  | { ok: false; reason: 'too-large' | 'broken' | 'unsupported'; detail: string };

/** The refusal for declared dimensions past the limits (or zero), else undefined. */
export function refuseDimensions(width: number, height: number, limits: DecodeLimits): ImageResult | undefined {
  if (width <= 0 || height <= 0) return { ok: false, reason: 'broken', detail: `declared ${width}×${height} pixels` };
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    return { ok: false, reason: 'too-large', detail: `declared ${width}×${height} pixels (limit ${limits.maxPixels} pixels, ${limits.maxSide} a side)` };
  }
  return undefined;
}
