import { rgbLuma } from './png.js';
import { type DecodeLimits, type ImageResult, refuseDimensions } from './types.js';

const MAX_BLOCKS = 100_000;

/** Whether the bytes start with a GIF signature (GIF87a, GIF89a). */
export function isGif(b: Uint8Array): boolean {
  return b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61;
}

/** The logical screen's width and height. */
export function gifDimensions(b: Uint8Array): { width: number; height: number } | undefined {
  if (!isGif(b) || b.length < 10) return undefined;
  return { width: b[6]! | (b[7]! << 8), height: b[8]! | (b[9]! << 8) };
}

/**
 * Decodes the first frame of a GIF (GIF89a spec) to grey levels on a white screen, transparent pixels left
 * white. Bounded by the logical screen's declared size (refused before allocating) and by the frame, which is
 * clipped to the screen; the LZW stream writes at most one code a pixel. Never throws.
 */
export function decodeGif(b: Uint8Array, limits: DecodeLimits): ImageResult {
  const dims = gifDimensions(b);
  if (!dims) return { ok: false, reason: 'broken', detail: 'no GIF header' };
  const refused = refuseDimensions(dims.width, dims.height, limits);
  if (refused) return refused;
  const { width, height } = dims;
  const packed = b[10]!;
  let at = 13;
  let globalTable: Uint8Array | undefined;
  if (packed & 0x80) {
    const size = 3 * (1 << ((packed & 7) + 1));
    globalTable = b.subarray(at, at + size);
    at += size;
  }
  let transparent = -1;
  for (let n = 0; at < b.length && n < MAX_BLOCKS; n++) {
    const kind = b[at]!;
    if (kind === 0x21) {
      // Extension: a graphic control extension (0xf9) may name the transparent colour of the next frame.
      if (b[at + 1] === 0xf9 && at + 6 < b.length && b[at + 3]! & 1) transparent = b[at + 6]!;
      at = skipSubBlocks(b, at + 2);
      continue;
    }
    if (kind !== 0x2c) break;
    if (at + 10 > b.length) return { ok: false, reason: 'broken', detail: 'image descriptor cut short' };
    const left = b[at + 1]! | (b[at + 2]! << 8);
    const top = b[at + 3]! | (b[at + 4]! << 8);
    const w = b[at + 5]! | (b[at + 6]! << 8);
    const h = b[at + 7]! | (b[at + 8]! << 8);
    const flags = b[at + 9]!;
    at += 10;
    let table = globalTable;
    if (flags & 0x80) {
      const size = 3 * (1 << ((flags & 7) + 1));
      table = b.subarray(at, at + size);
      at += size;
    }
    if (!table) return { ok: false, reason: 'broken', detail: 'no colour table' };
    const minCodeSize = b[at]!;
    if (minCodeSize < 2 || minCodeSize > 11) return { ok: false, reason: 'broken', detail: `LZW code size ${minCodeSize}` };
    const indices = lzw(b, at + 1, minCodeSize, w * h);
    const gray = paintFrame(width, height, { left, top, w, rows: interlacedRows(h, Boolean(flags & 0x40)) }, indices, table, transparent);
    return indices.length < w * h ? { ok: true, image: { width, height, gray }, truncated: true } : { ok: true, image: { width, height, gray } };
  }
  return { ok: false, reason: 'broken', detail: 'no image in the GIF' };
}

/**
 * The screen in grey levels with one frame's colour indices painted at its place (rows in the frame's order),
 * clipped to the screen; transparent and out-of-table indices leave the white. The pixels of each frame row are painted
 * by a function called once a row: a long loop in a function called once a picture is compiled on the stack (OSR), code
 * V8 keeps only while it runs, so every picture after a worker's full collection compiled it again; a function called
 * per row gets ordinary optimised code, kept with the function (NOTES, issue 18, sessions 21 and 23).
 */
function paintFrame(width: number, height: number, frame: { left: number; top: number; w: number; rows: number[] }, indices: Uint8Array, table: Uint8Array, transparent: number): Uint8Array {
  const gray = new Uint8Array(width * height).fill(255);
  const { left, top, w, rows } = frame;
  const step = Math.max(1, w);
  for (let start = 0, row = 0; start < indices.length; start += step, row++) {
    paintRow(gray, width, height, left, top + rows[row]!, indices, start, Math.min(indices.length, start + step), table, transparent);
  }
  return gray;
}

/** One frame row: indices[start, end) painted at row `y` of the screen from column `left` on. */
function paintRow(gray: Uint8Array, width: number, height: number, left: number, y: number, indices: Uint8Array, start: number, end: number, table: Uint8Array, transparent: number): void {
  if (y >= height) return;
  for (let i = start; i < end; i++) {
    const x = left + (i - start);
    if (x >= width) return;
    const index = indices[i]!;
    if (index === transparent || index * 3 + 2 >= table.length) continue;
    gray[y * width + x] = rgbLuma(table[index * 3]!, table[index * 3 + 1]!, table[index * 3 + 2]!);
  }
}

function skipSubBlocks(b: Uint8Array, at: number): number {
  for (let n = 0; at < b.length && n < MAX_BLOCKS; n++) {
    const size = b[at]!;
    at += 1 + size;
    if (size === 0) break;
  }
  return at;
}

/** Row order of a frame: interlaced frames store rows 0, 8, 16 …, then 4, 12 …, then 2, 6 …, then 1, 3 … */
function interlacedRows(h: number, interlaced: boolean): number[] {
  const rows: number[] = [];
  if (!interlaced) {
    for (let y = 0; y < h; y++) rows.push(y);
    return rows;
  }
  for (const [start, step] of [[0, 8], [4, 8], [2, 4], [1, 2]] as const) for (let y = start; y < h; y += step) rows.push(y);
  return rows;
}

/** Colour indices from the LZW data in sub-blocks starting at `at` (GIF89a appendix F), at most `max`. */
function lzw(b: Uint8Array, at: number, minCodeSize: number, max: number): Uint8Array {
  const out = new Uint8Array(max);
  return out.subarray(0, lzwInto(b, at, minCodeSize, out));
}

/**
 * lzw's loop, writing into `out` and returning how many indices it wrote. Only a number is returned from inside and after
 * the loop: a picture's loop is compiled on the stack (OSR), and an operation after it that had never run when that was
 * compiled (the subarray) deoptimised that code at every picture (NOTES, issue 18, sessions 16 and 21).
 */
function lzwInto(b: Uint8Array, at: number, minCodeSize: number, out: Uint8Array): number {
  const max = out.length;
  let written = 0;
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const prefix = new Int16Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < clear; i++) {
    suffix[i] = i;
    length[i] = 1;
    prefix[i] = -1;
  }
  let next = end + 1;
  let size = minCodeSize + 1;
  let previous = -1;
  let bits = 0;
  let value = 0;
  let block = 0;
  const stack = new Uint8Array(4096);
  for (let n = 0; at < b.length && written < max && n < MAX_BLOCKS * 256; ) {
    if (block === 0) {
      block = b[at++]!;
      if (block === 0) break;
      continue;
    }
    value |= b[at++]! << bits;
    bits += 8;
    block--;
    while (bits >= size && written < max) {
      const code = value & ((1 << size) - 1);
      value >>>= size;
      bits -= size;
      n++;
      if (code === clear) {
        next = end + 1;
        size = minCodeSize + 1;
        previous = -1;
        continue;
      }
      if (code === end) return written;
      let entry = code;
      let first: number;
      if (code < next && (code < clear || code > end)) {
        first = -1;
      } else if (code === next && previous >= 0) {
        entry = previous;
        first = -2;
      } else {
        return written;
      }
      // Unwind the entry's string onto the stack, then write it forwards.
      let sp = 0;
      for (let c = entry; c >= 0 && sp < 4096; c = prefix[c]!) stack[sp++] = suffix[c]!;
      const head = stack[sp - 1]!;
      for (let i = sp - 1; i >= 0 && written < max; i--) out[written++] = stack[i]!;
      if (first === -2 && written < max) out[written++] = head;
      if (previous >= 0 && next < 4096) {
        prefix[next] = previous;
        suffix[next] = head;
        length[next] = length[previous]! + 1;
        next++;
        if (next === 1 << size && size < 12) size++;
      }
      previous = code;
    }
  }
  return written;
}
