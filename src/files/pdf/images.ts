import { inflateSync } from 'node:zlib';
import { decodeRaw, type RawPixels } from '../image/raw.js';
import type { DecodeLimits, ImageResult } from '../image/types.js';

/**
 * The pictures a PDF draws (image XObjects, ISO 32000-1 §8.9.5), found without parsing the document: each
 * `/Subtype /Image` names a stream dictionary (a stream is never inside an object stream, §7.5.7), read from its
 * `obj` to its `stream` keyword. A JPEG (/DCTDecode) is the stream's bytes as they are; samples compressed with
 * /FlateDecode (with or without PNG predictors) or not compressed are decoded here on demand; other filters (JBIG2,
 * CCITT fax, JPEG 2000, chains) are reported as unsupported and never read. Bounded: `maxPictures` dictionaries are
 * looked at, each in a 4 KB window; inflation stops at the exact size the declared dimensions imply.
 */
export type PdfPicture =
  | { kind: 'jpeg'; index: number; width: number; height: number; bytes: Uint8Array }
  | { kind: 'pixels'; index: number; width: number; height: number; decode: (limits: DecodeLimits) => ImageResult }
  | { kind: 'unsupported'; index: number; width: number; height: number; filter: string };

export interface PdfPictures {
  pictures: PdfPicture[];
  /** More image dictionaries than `maxPictures`: the rest were not looked at. */
  more: boolean;
}

const WINDOW = 4096;
const IMAGE = Buffer.from('/Image');
const NAME_CHAR = /[A-Za-z0-9#_.-]/;

export function pdfPictures(bytes: Uint8Array, maxPictures: number): PdfPictures {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pictures: PdfPicture[] = [];
  let more = false;
  let index = 0;
  let looked = 0;
  for (let at = buf.indexOf(IMAGE); at >= 0; at = buf.indexOf(IMAGE, at + IMAGE.length)) {
    // `/ImageMask`, `/ImageB`, `/ImageC`, `/ImageI` (procedure sets) are other names.
    if (at + 6 < buf.length && NAME_CHAR.test(String.fromCharCode(buf[at + 6]!))) continue;
    if (!/\/Subtype\s*$/.test(buf.toString('latin1', Math.max(0, at - 24), at))) continue;
    // Dictionaries looked at, found or not: a file of repeated `/Subtype /Image` costs no more than this many windows.
    if (++looked > 4 * maxPictures) {
      more = true;
      break;
    }
    const before = buf.toString('latin1', Math.max(0, at - WINDOW), at);
    const after = buf.toString('latin1', at, Math.min(buf.length, at + WINDOW));
    const objAt = before.lastIndexOf('obj');
    const streamAt = /\bstream\r?\n/.exec(after);
    if (objAt < 0 || !streamAt) continue;
    if (pictures.length >= maxPictures) {
      more = true;
      break;
    }
    const dict = before.slice(objAt) + after.slice(0, streamAt.index);
    const start = at + streamAt.index + streamAt[0].length;
    at = start;
    const picture = pictureOf(dict, buf, start, ++index);
    if (picture) pictures.push(picture);
  }
  return { pictures, more };
}

function pictureOf(dict: string, buf: Buffer, start: number, index: number): PdfPicture | undefined {
  const width = integer(dict, 'Width');
  const height = integer(dict, 'Height');
  if (width === undefined || height === undefined) return undefined;
  const data = streamData(dict, buf, start);
  const filters = [...(/\/Filter\s*(\[[^\]]{0,200}\]|\/\w+)/.exec(dict)?.[1] ?? '').matchAll(/\/(\w+)/g)].map((m) => m[1]!);
  const filter = filters.join(' ');
  if (filters.length === 1 && (filters[0] === 'DCTDecode' || filters[0] === 'DCT')) return { kind: 'jpeg', index, width, height, bytes: data };
  if (filters.length > 1 || (filters.length === 1 && filters[0] !== 'FlateDecode' && filters[0] !== 'Fl')) return { kind: 'unsupported', index, width, height, filter };
  const mask = /\/ImageMask\s+true\b/.test(dict);
  const bpc = mask ? 1 : integer(dict, 'BitsPerComponent') ?? 8;
  if (![1, 2, 4, 8, 16].includes(bpc)) return { kind: 'unsupported', index, width, height, filter: `${bpc} bits a sample` };
  const space = colourSpace(dict);
  if (space === 'unsupported') return { kind: 'unsupported', index, width, height, filter: 'colour space' };
  const predictor = integer(dict, 'Predictor') ?? 1;
  if (predictor > 1 && predictor < 10) return { kind: 'unsupported', index, width, height, filter: `TIFF predictor ${predictor}` };
  const decodeArray = /\/Decode\s*\[\s*([\d.]+)\s+([\d.]+)/.exec(dict);
  // An image mask paints where a sample is 0 (§8.9.6.2): dark on the page, as a grey sample of 0 is.
  const inverted = decodeArray ? Number(decodeArray[1]) > Number(decodeArray[2]) : false;
  const flate = filters.length === 1;
  const decode = (limits: DecodeLimits): ImageResult => {
    if (width * height > limits.maxPixels || width > limits.maxSide || height > limits.maxSide) return { ok: false, reason: 'too-large', detail: `declared ${width}×${height} pixels (limit ${limits.maxPixels} pixels)` };
    // At most the samples the dimensions imply for four components: an inflation bomb stops there.
    const most = height * (Math.ceil((width * 4 * bpc) / 8) + 1);
    let samples: Uint8Array = data;
    if (flate) {
      try {
        samples = inflateSync(data, { maxOutputLength: most, finishFlush: 2 });
      } catch (err) {
        return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError
          ? { ok: false, reason: 'broken', detail: 'picture data inflates past its declared size' }
          : { ok: false, reason: 'broken', detail: 'picture data does not inflate (corrupt stream)' };
      }
    }
    const pixels: RawPixels = { width, height, components: 1, bitsPerComponent: bpc as RawPixels['bitsPerComponent'], pngPredictor: predictor >= 10, inverted };
    if (typeof space === 'object') pixels.palette = space.palette;
    else pixels.components = space ?? componentsBySize(samples.length, width, height, bpc, predictor >= 10);
    return decodeRaw(samples, pixels, limits);
  };
  return { kind: 'pixels', index, width, height, decode };
}

/** The integer value of a key written directly (`/Width 300`); undefined for a reference or an absent key. */
function integer(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d{1,9})(?!\\s+\\d+\\s+R)\\b`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

/**
 * Components a sample has by the colour space's name; an /Indexed space with its lookup written in the dictionary; undefined
 * when the space is a reference (ICC profiles, mostly: the data's size tells). `unsupported`: Separation, DeviceN, Pattern.
 */
function colourSpace(dict: string): 1 | 3 | 4 | { palette: Uint8Array } | undefined | 'unsupported' {
  if (/\/ImageMask\s+true\b/.test(dict)) return 1;
  const m = /\/ColorSpace\s*(\/\w+|\[[^\]]{0,4000}\]?|\d+\s+\d+\s+R)/.exec(dict);
  if (!m) return undefined;
  const value = m[1]!;
  if (/^\/(DeviceGray|CalGray|G)\b/.test(value)) return 1;
  if (/^\/(DeviceRGB|CalRGB|RGB|Lab)\b/.test(value)) return 3;
  if (/^\/(DeviceCMYK|CMYK)\b/.test(value)) return 4;
  if (/^\[\s*\/(Indexed|I)\b/.test(value)) {
    const lookup = /\/(?:DeviceRGB|RGB)\s+\d+\s*<([0-9A-Fa-f\s]*)>/.exec(value);
    return lookup ? { palette: Buffer.from(lookup[1]!.replace(/\s/g, ''), 'hex') } : 'unsupported';
  }
  if (/^\[\s*\/ICCBased\b|^\d/.test(value)) return undefined;
  return 'unsupported';
}

/** Components of samples whose colour space is a reference: the count whose rows fit the data best (1, 3 or 4). */
function componentsBySize(length: number, width: number, height: number, bpc: number, predictor: boolean): 1 | 3 | 4 {
  let best: 1 | 3 | 4 = 1;
  let bestGap = Infinity;
  for (const c of [1, 3, 4] as const) {
    const gap = Math.abs(height * (Math.ceil((width * c * bpc) / 8) + (predictor ? 1 : 0)) - length);
    if (gap < bestGap) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}

/** The stream's bytes: /Length when written directly and followed by `endstream`, else up to `endstream` (or the end of a cut file). */
function streamData(dict: string, buf: Buffer, start: number): Uint8Array {
  const length = integer(dict, 'Length');
  if (length !== undefined && start + length <= buf.length && /^\s*endstream/.test(buf.toString('latin1', start + length, Math.min(buf.length, start + length + 16)))) return buf.subarray(start, start + length);
  const end = buf.indexOf('endstream', start);
  if (end < 0) return buf.subarray(start);
  let stop = end;
  if (buf[stop - 1] === 0x0a) stop--;
  if (buf[stop - 1] === 0x0d) stop--;
  return buf.subarray(start, Math.max(start, stop));
}
