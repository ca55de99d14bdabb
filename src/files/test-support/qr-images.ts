/**
 * Deterministic QR pictures for tests: the module matrix from the `qrcode` encoder (MIT, a devDependency),
 * drawn as PNG, JPEG or GIF bytes, as an HTML table or rows of divs, or as Unicode block text. Also hostile
 * PNGs (huge declared dimensions, corrupt zlib, truncated data) built chunk by chunk.
 */
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import QRCode from 'qrcode';

/** The module matrix of a QR code for `text` (true: dark), without a quiet zone. */
export function qrMatrix(text: string, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): boolean[][] {
  const code = QRCode.create(text, { errorCorrectionLevel });
  const size = code.modules.size;
  const rows: boolean[][] = [];
  for (let r = 0; r < size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < size; c++) row.push(Boolean(code.modules.get(r, c)));
    rows.push(row);
  }
  return rows;
}

export interface Raster {
  width: number;
  height: number;
  /** Grey levels, one byte a pixel. */
  gray: Uint8Array;
}

/** The matrix drawn `scale` pixels a module with a `quiet`-module margin, optionally inside a larger canvas (offset). */
export function rasterOf(matrix: boolean[][], scale = 6, quiet = 4, canvas?: { width: number; height: number; x: number; y: number }): Raster {
  const side = (matrix.length + 2 * quiet) * scale;
  const width = canvas?.width ?? side;
  const height = canvas?.height ?? side;
  const gray = new Uint8Array(width * height).fill(255);
  const ox = (canvas?.x ?? 0) + quiet * scale;
  const oy = (canvas?.y ?? 0) + quiet * scale;
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++) for (let x = 0; x < scale; x++) gray[(oy + r * scale + y) * width + ox + c * scale + x] = 0;
    }),
  );
  return { width, height, gray };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function ihdr(width: number, height: number, depth = 8, colorType = 0, interlace = 0): Buffer {
  const b = Buffer.alloc(13);
  b.writeUInt32BE(width, 0);
  b.writeUInt32BE(height, 4);
  b[8] = depth;
  b[9] = colorType;
  b[12] = interlace;
  return pngChunk('IHDR', b);
}

/**
 * A PNG of the raster: 8-bit grey (colour type 0), RGBA with the light pixels transparent (6), or a 1-bit
 * palette (3); rows filtered with `filter` (0–4, or 'mixed' to cycle through all five).
 */
export function pngOf(r: Raster, options: { colorType?: 0 | 3 | 6; filter?: number | 'mixed' } = {}): Buffer {
  const colorType = options.colorType ?? 0;
  const channels = colorType === 6 ? 4 : 1;
  const depth = colorType === 3 ? 1 : 8;
  const stride = colorType === 3 ? Math.ceil(r.width / 8) : r.width * channels;
  const rows: Buffer[] = [];
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < r.height; y++) {
    const line = Buffer.alloc(stride);
    for (let x = 0; x < r.width; x++) {
      const v = r.gray[y * r.width + x]!;
      if (colorType === 0) line[x] = v;
      else if (colorType === 6) line.set(v < 128 ? [0, 0, 0, 255] : [255, 255, 255, 0], x * 4);
      else if (v >= 128) line[x >> 3]! |= 0x80 >> (x & 7);
    }
    const filter = options.filter === 'mixed' ? y % 5 : (options.filter ?? 0);
    rows.push(Buffer.concat([Buffer.from([filter]), filterRow(filter, line, prev, colorType === 6 ? 4 : 1)]));
    prev = line;
  }
  const chunks = [PNG_SIGNATURE, ihdr(r.width, r.height, depth, colorType)];
  if (colorType === 3) chunks.push(pngChunk('PLTE', Buffer.from([0, 0, 0, 255, 255, 255])));
  chunks.push(pngChunk('IDAT', deflateSync(Buffer.concat(rows))), pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(chunks);
}

function filterRow(filter: number, line: Buffer, prev: Buffer, bpp: number): Buffer {
  const out = Buffer.alloc(line.length);
  for (let i = 0; i < line.length; i++) {
    const a = i >= bpp ? line[i - bpp]! : 0;
    const b = prev[i]!;
    const c = i >= bpp ? prev[i - bpp]! : 0;
    let predictor = 0;
    if (filter === 1) predictor = a;
    else if (filter === 2) predictor = b;
    else if (filter === 3) predictor = (a + b) >> 1;
    else if (filter === 4) {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    out[i] = (line[i]! - predictor) & 0xff;
  }
  return out;
}

/** A baseline JPEG of the raster (jpeg-js's encoder). */
export function jpegOf(r: Raster, quality = 85): Buffer {
  const data = Buffer.alloc(r.width * r.height * 4);
  for (let i = 0; i < r.gray.length; i++) data.set([r.gray[i]!, r.gray[i]!, r.gray[i]!, 255], i * 4);
  return jpeg.encode({ width: r.width, height: r.height, data }, quality).data;
}

/** LZW codes of a 2-bit GIF (3-bit codes: clear 4, end 5, colours 0-3) packed least-significant bit first, as GIF reads them. */
export function packGifCodes3(codes: readonly number[]): number[] {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const code of codes) {
    acc |= code << bits;
    bits += 3;
    for (; bits >= 8; bits -= 8, acc >>>= 8) bytes.push(acc & 0xff);
  }
  if (bits > 0) bytes.push(acc & 0xff);
  return bytes;
}

/**
 * A GIF89a of the raster in two colours, LZW-coded with 3-bit codes only (a clear code every two pixels keeps
 * the table from growing): valid, if large — what matters here is the decoder's reading of it.
 */
export function gifOf(r: Raster): Buffer {
  const head = Buffer.from('GIF89a', 'latin1');
  const screen = Buffer.from([r.width & 0xff, r.width >> 8, r.height & 0xff, r.height >> 8, 0x81, 0, 0]);
  const palette = Buffer.from([0, 0, 0, 255, 255, 255, 0, 0, 0, 0, 0, 0]);
  const descriptor = Buffer.from([0x2c, 0, 0, 0, 0, r.width & 0xff, r.width >> 8, r.height & 0xff, r.height >> 8, 0]);
  const codes: number[] = [];
  for (let i = 0; i < r.gray.length; i++) {
    if (i % 2 === 0) codes.push(4);
    codes.push(r.gray[i]! < 128 ? 0 : 1);
  }
  codes.push(5);
  const bytes = packGifCodes3(codes);
  const blocks: number[] = [2];
  for (let i = 0; i < bytes.length; i += 255) {
    const part = bytes.slice(i, i + 255);
    blocks.push(part.length, ...part);
  }
  blocks.push(0, 0x3b);
  return Buffer.concat([head, screen, palette, descriptor, Buffer.from(blocks)]);
}

/** The matrix as an HTML table of coloured cells (bgcolor, style or class), with a white quiet zone of `quiet` cells. */
export function tableOf(matrix: boolean[][], how: 'bgcolor' | 'style' | 'class' | 'divs' = 'bgcolor', quiet = 2): string {
  const size = matrix.length + 2 * quiet;
  const dark = (r: number, c: number) => matrix[r - quiet]?.[c - quiet] === true;
  const cell = (d: boolean) =>
    how === 'bgcolor' ? `<td bgcolor="${d ? '#000000' : '#ffffff'}" width="4" height="4"></td>`
      : how === 'style' ? `<td style="background-color: ${d ? 'rgb(0, 0, 0)' : '#fff'}; width:4px; height:4px"></td>`
        : how === 'class' ? `<td class="${d ? 'k' : 'w'}"></td>`
          : `<span style="display:inline-block;width:4px;height:4px;background:${d ? '#111' : '#fefefe'}"></span>`;
  const rows: string[] = [];
  for (let r = 0; r < size; r++) {
    const cells: string[] = [];
    for (let c = 0; c < size; c++) cells.push(cell(dark(r, c)));
    rows.push(how === 'divs' ? `<div style="height:4px;line-height:0">${cells.join('')}</div>` : `<tr>${cells.join('')}</tr>`);
  }
  const style = how === 'class' ? '<style>td.k{background:#000} .w { background-color: white }</style>' : '';
  return how === 'divs' ? `${style}<div class="qr">${rows.join('\n')}</div>` : `${style}<table cellpadding="0" cellspacing="0" border="0">${rows.join('\n')}</table>`;
}

/** The matrix typed in Unicode blocks: half blocks (▀ ▄ █, two rows a line) or full blocks (two characters a module). */
export function blockTextOf(matrix: boolean[][], how: 'half' | 'full' = 'half', quiet = 2): string {
  const size = matrix.length + 2 * quiet;
  const dark = (r: number, c: number) => matrix[r - quiet]?.[c - quiet] === true;
  const lines: string[] = [];
  if (how === 'full') {
    for (let r = 0; r < size; r++) {
      let line = '';
      for (let c = 0; c < size; c++) line += dark(r, c) ? '██' : '  ';
      lines.push(line);
    }
    return lines.join('\n');
  }
  for (let r = 0; r < size; r += 2) {
    let line = '';
    for (let c = 0; c < size; c++) {
      const top = dark(r, c);
      const bottom = dark(r + 1, c);
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(line);
  }
  return lines.join('\n');
}
