import type { GrayImage } from '../image/types.js';
import { jsQRGrey } from './jsqr/index.js';

/**
 * The text of the first QR code found in a grey image (jsQR 1.4.0, Apache-2.0, vendored in ./jsqr with a locator that
 * allocates less: finder patterns, perspective, Reed–Solomon correction), or undefined. Dark-on-light and light-on-dark codes are both tried.
 * jsQR reads the grey levels as they are (jsQRGrey: the same as its RGBA entry given grayAsRgba's copy, without the copy);
 * its options object is shared between calls, so the option is always passed.
 */
export function decodeQr(image: GrayImage): string | undefined {
  const { width, height, gray } = image;
  if (width < 21 || height < 21) return undefined;
  const pixels = width * height;
  // Exactly width × height levels, as grayAsRgba's copy has (a shorter array's missing pixels are black there).
  let grey: Uint8ClampedArray;
  if (gray.length === pixels) grey = new Uint8ClampedArray(gray.buffer, gray.byteOffset, pixels);
  else {
    grey = new Uint8ClampedArray(pixels);
    grey.set(gray.length > pixels ? gray.subarray(0, pixels) : gray);
  }
  try {
    const found = jsQRGrey(grey, width, height, { inversionAttempts: 'attemptBoth' });
    return found && (found.data || found.binaryData.length) ? found.data || String.fromCharCode(...found.binaryData.slice(0, 4096)) : undefined;
  } catch {
    // A hostile picture that trips the locator is no QR code to report.
    return undefined;
  }
}

/**
 * Grey levels as opaque RGBA (`pixels` of them), the input of jsQR's RGBA entry (tests compare jsQRGrey with it). The per-pixel loop is a function of its
 * own, with nothing after it: a function called a few times a pass with a loop this long is compiled on the stack in the loop (OSR), and
 * code after such a loop that had never run (no type feedback) deoptimised it on every picture (decodeQr, 5–6 deopts
 * a pass of the SpamAssassin split, each re-entering the same cached loop code).
 */
export function grayAsRgba(gray: Uint8Array, pixels: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let i = 0, j = 0; i < gray.length; i++, j += 4) {
    const v = gray[i]!;
    rgba[j] = v;
    rgba[j + 1] = v;
    rgba[j + 2] = v;
    rgba[j + 3] = 255;
  }
  return rgba;
}

/**
 * A module grid (true: dark) drawn as a grey image, `scale` pixels a module, with the four-module quiet zone
 * the QR standard asks for (ISO/IEC 18004 §6.3.8) — grids rebuilt from markup or text are read by the same decoder.
 * `cellWidth` / `cellHeight` are a cell's size in modules' pixels (a character is half as wide as it is tall).
 */
export function renderGrid(grid: readonly (readonly boolean[])[], scale = 4, cellWidth = 1, cellHeight = 1): GrayImage {
  const rows = grid.length;
  let cols = 0;
  for (const row of grid) cols = Math.max(cols, row.length);
  const quiet = 4 * scale;
  const cw = scale * cellWidth;
  const ch = scale * cellHeight;
  const width = cols * cw + 2 * quiet;
  const height = rows * ch + 2 * quiet;
  const gray = new Uint8Array(width * height).fill(255);
  for (let r = 0; r < rows; r++) {
    const row = grid[r]!;
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      for (let y = 0; y < ch; y++) gray.fill(0, (quiet + r * ch + y) * width + quiet + c * cw, (quiet + r * ch + y) * width + quiet + (c + 1) * cw);
    }
  }
  return { width, height, gray };
}

/**
 * The picture's grey range and the threshold light/dark is read at: the middle of the range, with hysteresis of a
 * sixth of it (a pixel crosses over only past middle ± margin), so that the grain of a near-white JPEG around its
 * mean is not read as changes. Shared by mayHoldCode and read.ts' busyness.
 */
export function lightDarkThreshold(gray: Uint8Array): { min: number; max: number; middle: number; margin: number } {
  const range = grayRange(gray);
  const min = range & 0xff;
  const max = range >> 8;
  return { min, max, middle: (min + max) / 2, margin: (max - min) / 6 };
}

/**
 * The darkest and lightest grey level, packed as `max << 8 | min` (255 and 0 for no pixels). The packed value is kept up
 * to date inside the loop and returned as it is: the loop is compiled on the stack (OSR) on a large picture, and an
 * operation after it that had never run then (the result object) deoptimised that code at every picture (NOTES, issue
 * 18, sessions 16 and 21). The first pixel always moves the minimum or the maximum, so the packing has run by then.
 * The pixels go in runs of GRAY_RANGE_RUN, each by a function called per run (grayRangeRun, given the range so far): a
 * loop over the whole picture in a function called once a picture ran as baseline code, never optimised (~34
 * instructions a pixel on the bench corpus's pictures; session 58), as rgbAsGray's did (session 23).
 */
function grayRange(gray: Uint8Array): number {
  let range = 255;
  for (let from = 0; from < gray.length; from += GRAY_RANGE_RUN) range = grayRangeRun(gray, from, Math.min(gray.length, from + GRAY_RANGE_RUN), range);
  return range;
}

/** Pixels per call of grayRangeRun. */
const GRAY_RANGE_RUN = 4096;

/** grayRange over pixels from … to, continuing from the packed range of the pixels before (255: none yet). */
function grayRangeRun(gray: Uint8Array, from: number, to: number, range: number): number {
  let min = range & 0xff;
  let max = range >> 8;
  for (let i = from; i < to; i++) {
    const v = gray[i]!;
    if (v < min || v > max) {
      if (v < min) min = v;
      if (v > max) max = v;
      range = (max << 8) | min;
    }
  }
  return range;
}

/** Finder patterns a picture must show for it to be searched: a code has three. */
const FINDERS = 3;
/** Finder crossings kept per row (a hostile picture of stripes has thousands). */
const MAX_PER_ROW = 64;

/**
 * Whether a grey picture may hold a code: it shows three finder patterns (ISO/IEC 18004 §6.3.3), each seen as dark,
 * light, dark, light, dark runs in the ratio 1:1:3:1:1 (either polarity) at the same place on consecutive rows, as
 * many rows as two of its units at least (a finder's middle is three modules tall), three of them at the corners of a
 * square (cornered). One pass over the pixels, with a
 * threshold at the middle of the picture's range and hysteresis of a sixth of it; a unit's runs may differ by half a
 * unit (blur, JPEG). A page of text or a photograph crosses such runs here and there, not stacked three times over.
 * Used before the finder's own, far costlier search (~20–100 ms a page) on pictures taken from documents.
 */
export function mayHoldCode(image: GrayImage): boolean {
  const { width, height, gray } = image;
  const { min, max, middle, margin } = lightDarkThreshold(gray);
  if (max - min < 48) return false;
  const runs = new Int32Array(5);
  /** Crossings followed from row to row: centre, unit, rows seen, last row. */
  let open: { centre: number; unit: number; rows: number; last: number }[] = [];
  const found: { centre: number; y: number; unit: number }[] = [];
  for (let y = 0; y < height; y++) {
    let dark = gray[y * width]! < middle;
    let length = 1;
    let count = 0;
    let crossings = 0;
    const next: typeof open = [];
    for (let x = 1; x <= width && crossings < MAX_PER_ROW; x++) {
      const v = x < width ? gray[y * width + x]! : 0;
      if (x < width && (dark ? v <= middle + margin : v >= middle - margin)) {
        length++;
        continue;
      }
      runs.copyWithin(0, 1);
      runs[4] = length;
      dark = !dark;
      length = 1;
      if (++count < 5) continue;
      const unit = finderUnit(runs);
      if (unit === 0) continue;
      crossings++;
      const total = runs[0]! + runs[1]! + runs[2]! + runs[3]! + runs[4]!;
      const centre = x - total + runs[0]! + runs[1]! + runs[2]! / 2;
      // A finder is square: the same runs through its centre's column (bold letters cross the rows' pattern, not both).
      if (!crossesColumn(image, Math.floor(centre), y, unit, middle, margin)) continue;
      const before = open.find((o) => o.last === y - 1 && Math.abs(o.centre - centre) <= o.unit && Math.abs(o.unit - unit) <= o.unit / 2 + 1);
      const followed = before ? { centre, unit, rows: before.rows + 1, last: y } : { centre, unit, rows: 1, last: y };
      next.push(followed);
      if (followed.rows >= Math.max(3, 2 * unit) && found.length < 32 && !found.some((f) => Math.abs(f.centre - centre) <= 7 * unit && y - f.y <= 7 * unit)) {
        found.push({ centre, y, unit });
        if (found.length >= FINDERS && cornered(found)) return true;
      }
    }
    open = next;
  }
  return false;
}

/**
 * Whether the last finder found makes, with two others of a like unit, the corner a code's three finders make: one
 * beside the corner finder (on its row, within two units) and one below or above it (in its column), at like distances.
 */
function cornered(found: readonly { centre: number; y: number; unit: number }[]): boolean {
  const near = (a: number, b: number, unit: number) => Math.abs(a - b) <= 2 * unit;
  for (const corner of found) {
    for (const side of found) {
      if (side === corner || !near(side.y, corner.y, corner.unit) || Math.abs(side.unit - corner.unit) > corner.unit / 2) continue;
      for (const other of found) {
        if (other === corner || other === side || !near(other.centre, corner.centre, corner.unit) || Math.abs(other.unit - corner.unit) > corner.unit / 2) continue;
        const across = Math.abs(side.centre - corner.centre);
        const down = Math.abs(other.y - corner.y);
        if (across >= 7 * corner.unit && Math.abs(across - down) <= Math.max(across, down) / 4) return true;
      }
    }
  }
  return false;
}

/** Whether column `x` shows, around row `y`, the 1:1:3:1:1 runs of a finder of about `unit` (read as mayHoldCode reads rows). */
function crossesColumn(image: GrayImage, x: number, y: number, unit: number, middle: number, margin: number): boolean {
  const { width, height, gray } = image;
  const centreDark = gray[y * width + x]! < middle;
  const limit = Math.ceil(6 * unit) + 2;
  const runsFrom = (step: 1 | -1): [number, number, number] => {
    const out: [number, number, number] = [0, 0, 0];
    let dark = centreDark;
    let k = 0;
    for (let yy = y, n = 0; yy >= 0 && yy < height && n < limit; yy += step, n++) {
      const v = gray[yy * width + x]!;
      if (dark ? v > middle + margin : v < middle - margin) {
        if (++k > 2) break;
        dark = !dark;
      }
      out[k]!++;
    }
    return out;
  };
  const up = runsFrom(-1);
  const down = runsFrom(1);
  const vertical = Int32Array.of(up[2], up[1], up[0] + down[0] - 1, down[1], down[2]);
  const found = finderUnit(vertical);
  return found > 0 && Math.abs(found - unit) <= unit / 2 + 1;
}

/** The unit of runs a:b:c:d:e in the ratio 1:1:3:1:1, each within half a unit of it; 0 when they are not. */
function finderUnit(r: Int32Array): number {
  const total = r[0]! + r[1]! + r[2]! + r[3]! + r[4]!;
  // Under 1.5 pixels a module nothing is read (and noise shows the ratio everywhere).
  if (total < 10) return 0;
  const unit = total / 7;
  const tolerance = unit / 2 + 0.5;
  const ok = Math.abs(r[0]! - unit) <= tolerance && Math.abs(r[1]! - unit) <= tolerance && Math.abs(r[2]! - 3 * unit) <= 3 * tolerance && Math.abs(r[3]! - unit) <= tolerance && Math.abs(r[4]! - unit) <= tolerance;
  return ok ? unit : 0;
}
