import { inflateSync } from 'node:zlib';
import { type DecodeLimits, type GrayImage, type ImageResult, refuseDimensions } from './types.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Channels per colour type (PNG spec §11.2.2): grey, -, RGB, palette, grey+alpha, -, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Bit depths allowed per colour type (PNG spec table 11.1). */
const DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** Adam7 passes: x0, y0, dx, dy (PNG spec §8.2). */
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
const MAX_CHUNKS = 10_000;

/** Whether the bytes start with the PNG signature. */
export function isPng(b: Uint8Array): boolean {
  return b.length >= 8 && SIGNATURE.every((v, i) => b[i] === v);
}

/** Width and height from IHDR, without reading further (undefined: not a PNG or no IHDR first). */
export function pngDimensions(b: Uint8Array): { width: number; height: number } | undefined {
  if (!isPng(b) || b.length < 24 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Decodes a PNG to grey levels (transparent pixels composed over white: a QR code is often drawn black on
 * transparency). Bounded: the declared dimensions are refused before anything is allocated or inflated, and
 * inflation stops at the exact size the header implies (a decompression bomb ends as an error, not memory).
 * Never throws: a broken file is `{ ok: false }` with the reason.
 */
export function decodePng(b: Uint8Array, limits: DecodeLimits): ImageResult {
  const dims = pngDimensions(b);
  if (!dims) return { ok: false, reason: 'broken', detail: 'no PNG header' };
  const refused = refuseDimensions(dims.width, dims.height, limits);
  if (refused) return refused;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const { width, height } = dims;
  const depth = b[24]!;
  const colorType = b[25]!;
  const interlace = b[28]!;
  const channels = CHANNELS[colorType];
  if (channels === undefined || !DEPTHS[colorType]!.includes(depth) || interlace > 1) return { ok: false, reason: 'broken', detail: `IHDR colour type ${colorType}, depth ${depth}` };
  let palette: Uint8Array | undefined;
  let paletteAlpha: Uint8Array | undefined;
  const idat: Uint8Array[] = [];
  let at = 8;
  for (let n = 0; at + 8 <= b.length && n < MAX_CHUNKS; n++) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const start = at + 8;
    const end = start + length;
    if (end > b.length) {
      // A truncated file: what arrived of the last IDAT may still hold the top rows.
      if (type === 'IDAT') idat.push(b.subarray(start));
      break;
    }
    if (type === 'PLTE') palette = b.subarray(start, end);
    else if (type === 'tRNS') paletteAlpha = b.subarray(start, end);
    else if (type === 'IDAT') idat.push(b.subarray(start, end));
    else if (type === 'IEND') break;
    at = end + 4;
  }
  if (idat.length === 0) return { ok: false, reason: 'broken', detail: 'no image data (IDAT)' };
  if (colorType === 3 && !palette) return { ok: false, reason: 'broken', detail: 'palette image without PLTE' };

  const bitsPerPixel = channels * depth;
  const passes = interlace ? ADAM7 : ([[0, 0, 1, 1]] as const);
  let expected = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) expected += h * (1 + Math.ceil((w * bitsPerPixel) / 8));
  }
  let raw: Uint8Array;
  try {
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'broken', detail: 'image data inflates past its declared size' };
    try {
      // Truncated or damaged stream: keep what inflates (Z_SYNC_FLUSH), the rows that arrived.
      raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected, finishFlush: 2 });
    } catch {
      return { ok: false, reason: 'broken', detail: 'image data does not inflate (corrupt zlib stream)' };
    }
  }
  const gray = new Uint8Array(width * height).fill(255);
  const truncated = raw.length < expected;
  const bpp = Math.max(1, bitsPerPixel >> 3);
  // A palette, or grey in fewer than 8 bits: every pixel is one of at most 256 values, each of which has the same grey wherever
  // it stands — so the greys are worked out once a picture, and a pixel is a look-up (session 61, cpu62: luma's general path
  // cost ~200 instructions a pixel, and a 3840×2160 palette picture is a whole message's scan many times over).
  const levels = colorType === 3 || (colorType === 0 && depth < 8) ? levelsOf(colorType, depth, palette, paletteAlpha) : undefined;
  const perByteShift = depth === 1 ? 3 : depth === 2 ? 2 : depth === 4 ? 1 : 0;
  const mask = (1 << depth) - 1;
  let offset = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    const stride = Math.ceil((w * bitsPerPixel) / 8);
    let prev: Uint8Array = new Uint8Array(stride);
    for (let row = 0; row < h; row++) {
      if (offset + 1 + stride > raw.length) return truncated ? { ok: true, image: { width, height, gray }, truncated: true } : { ok: false, reason: 'broken', detail: 'image data ends early' };
      const filter = raw[offset]!;
      const line = raw.subarray(offset + 1, offset + 1 + stride);
      offset += 1 + stride;
      if (!unfilter(filter, line, prev, bpp)) return { ok: false, reason: 'broken', detail: `unknown row filter ${filter}` };
      const y = y0 + row * dy;
      const base = y * width + x0;
      if (depth === 8 && colorType === 0) for (let col = 0; col < w; col++) gray[base + col * dx] = line[col]!;
      else if (depth === 8 && colorType === 2) for (let col = 0, j = 0; col < w; col++, j += 3) gray[base + col * dx] = rgbLuma(line[j]!, line[j + 1]!, line[j + 2]!);
      else if (depth === 8 && colorType === 6) for (let col = 0, j = 0; col < w; col++, j += 4) gray[base + col * dx] = overWhite(rgbLuma(line[j]!, line[j + 1]!, line[j + 2]!), line[j + 3]!);
      else if (levels !== undefined && depth === 8) for (let col = 0; col < w; col++) gray[base + col * dx] = levels[line[col]!]!;
      else if (levels !== undefined) {
        // PNG's packing: pixel `col` is in byte col ÷ (8 / depth), the first pixel in the high bits.
        const last = (1 << perByteShift) - 1;
        for (let col = 0; col < w; col++) gray[base + col * dx] = levels[(line[col >> perByteShift]! >> (depth * (last - (col & last)))) & mask]!;
      } else if (depth === 8 && colorType === 4) for (let col = 0, j = 0; col < w; col++, j += 2) gray[base + col * dx] = overWhite(line[j]!, line[j + 1]!);
      else for (let col = 0; col < w; col++) gray[base + col * dx] = luma(line, col, colorType, depth, palette, paletteAlpha);
      prev = line;
    }
  }
  return truncated ? { ok: true, image: { width, height, gray }, truncated: true } : { ok: true, image: { width, height, gray } as GrayImage };
}

/** Undoes one row's filter in place (PNG spec §9.2); false for an unknown filter type. PDF's PNG predictors (§7.4.4.4) are the same. */
export function unfilter(filter: number, line: Uint8Array, prev: Uint8Array, bpp: number): boolean {
  const n = line.length;
  switch (filter) {
    case 0:
      return true;
    case 1:
      for (let i = bpp; i < n; i++) line[i] = (line[i]! + line[i - bpp]!) & 0xff;
      return true;
    case 2:
      for (let i = 0; i < n; i++) line[i] = (line[i]! + prev[i]!) & 0xff;
      return true;
    case 3:
      for (let i = 0; i < n; i++) line[i] = (line[i]! + (((i >= bpp ? line[i - bpp]! : 0) + prev[i]!) >> 1)) & 0xff;
      return true;
    case 4:
      for (let i = 0; i < n; i++) {
        const a = i >= bpp ? line[i - bpp]! : 0;
        const b = prev[i]!;
        const c = i >= bpp ? prev[i - bpp]! : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        line[i] = (line[i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
      }
      return true;
    default:
      return false;
  }
}

/** The grey of each value a pixel of a palette picture, or of a grey one in fewer than 8 bits, can hold (grey scaled to 0–255). */
function levelsOf(colorType: number, depth: number, palette?: Uint8Array, paletteAlpha?: Uint8Array): Uint8Array {
  const levels = new Uint8Array(1 << depth);
  for (let v = 0; v < levels.length; v++) {
    levels[v] = colorType === 3 ? paletteLuma(v, palette!, paletteAlpha) : Math.round((v * 255) / ((1 << depth) - 1));
  }
  return levels;
}

/**
 * The grey level (0 black … 255 white) of pixel `col` of an unfiltered row of 8 or 16 bits a sample, alpha composed over
 * white. Pixels of fewer bits (palettes and grey in 1, 2, 4 bits, the only types PNG allows them for) are looked up in
 * levelsOf's table instead (session 61).
 */
function luma(line: Uint8Array, col: number, colorType: number, depth: number, palette?: Uint8Array, paletteAlpha?: Uint8Array): number {
  const step = depth === 16 ? 2 : 1;
  const channels = CHANNELS[colorType]!;
  const at = col * channels * step;
  const s = (i: number) => line[at + i * step]!;
  switch (colorType) {
    case 0:
      return s(0);
    case 2:
      return rgbLuma(s(0), s(1), s(2));
    case 3:
      return paletteLuma(s(0), palette!, paletteAlpha);
    case 4:
      return overWhite(s(0), s(1));
    default:
      return overWhite(rgbLuma(s(0), s(1), s(2)), s(3));
  }
}

function paletteLuma(index: number, palette: Uint8Array, alpha?: Uint8Array): number {
  if (index * 3 + 2 >= palette.length) return 255;
  const v = rgbLuma(palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!);
  return alpha && index < alpha.length ? overWhite(v, alpha[index]!) : v;
}

/** ITU-R BT.601 luma, in integers. */
export function rgbLuma(r: number, g: number, b: number): number {
  return (r * 299 + g * 587 + b * 114 + 500) / 1000 | 0;
}

/** A grey level with an alpha, composed over a white page. */
export function overWhite(v: number, alpha: number): number {
  return (v * alpha + 255 * (255 - alpha) + 127) / 255 | 0;
}
