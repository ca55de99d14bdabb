import jsQRModule from 'jsqr';
import type { GrayImage } from '../image/types.js';

/**
 * The text of the first QR code found in a grey image (jsQR, Apache-2.0: finder patterns, perspective,
 * Reed–Solomon correction), or undefined. Dark-on-light and light-on-dark codes are both tried.
 * jsQR reads RGBA; its options object is shared between calls, so the option is always passed.
 * (jsqr is CommonJS: its module object is the function, which also carries itself as `default`, the name its types give.)
 */
export function decodeQr(image: GrayImage): string | undefined {
  const { width, height, gray } = image;
  if (width < 21 || height < 21) return undefined;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < gray.length; i++, j += 4) {
    const v = gray[i]!;
    rgba[j] = v;
    rgba[j + 1] = v;
    rgba[j + 2] = v;
    rgba[j + 3] = 255;
  }
  try {
    const found = jsQRModule.default(rgba, width, height, { inversionAttempts: 'attemptBoth' });
    return found && (found.data || found.binaryData.length) ? found.data || String.fromCharCode(...found.binaryData.slice(0, 4096)) : undefined;
  } catch {
    // A hostile picture that trips the locator is no QR code to report.
    return undefined;
  }
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
