import { imageDimensions, imageFormat, type ImageFormat } from '../image/index.js';
import { listZip, peekZipEntry, readZipEntry, type ZipEntry } from '../zip/index.js';

/**
 * The pictures an Office document carries in its package: `word/media/`, `xl/media/`, `ppt/media/` of an OOXML file
 * (ECMA-376 Part 1 §15.2.14 image parts) and `Pictures/` of an OpenDocument file, by their bytes' format (PNG, JPEG,
 * GIF; EMF/WMF/SVG and others are not read here). Only each entry's first bytes are inflated to know its format and
 * size; `read` inflates the rest when the picture is to be decoded, never past `maxBytes` (a media entry that is a
 * zip bomb ends there) nor past a ratio a picture never has. Undefined for a zip that is no Office document.
 */
export interface PackagedPicture {
  name: string;
  format: ImageFormat;
  /** From the picture's header (undefined: its header is not in the first 64 KB, the decoder will say). */
  width: number | undefined;
  height: number | undefined;
  size: number;
  read: (maxBytes: number) => { ok: true; bytes: Uint8Array } | { ok: false; detail: string; tooLarge: boolean };
}

const MEDIA = /^(?:(?:word|xl|ppt)\/media\/|Pictures\/)[^/]+$/i;
/** PNG and JPEG hardly compress: a picture part inflating past this ratio is a bomb, not a picture. */
const MAX_RATIO = 100;

export function officePictures(bytes: Uint8Array, maxPictures: number): { pictures: PackagedPicture[]; more: boolean } | undefined {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  const listing = listZip(bytes, { maxEntries: 5000 });
  const office = listing.entries.some((e) => e.name === '[Content_Types].xml' || e.name === 'mimetype');
  if (!office) return undefined;
  const pictures: PackagedPicture[] = [];
  let more = false;
  for (const entry of listing.entries) {
    if (entry.isDirectory || entry.encrypted || entry.overlaps || !MEDIA.test(entry.name)) continue;
    if (pictures.length >= maxPictures) {
      more = true;
      break;
    }
    const head = peekZipEntry(bytes, entry);
    const format = head && imageFormat(head);
    if (!format) continue;
    const dims = imageDimensions(head, format);
    pictures.push({ name: entry.name, format, width: dims?.width, height: dims?.height, size: entry.uncompressedSize, read: (maxBytes) => readPicture(bytes, entry, maxBytes) });
  }
  return { pictures, more };
}

function readPicture(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): ReturnType<PackagedPicture['read']> {
  const cap = Math.min(maxBytes, Math.max(64 * 1024, entry.compressedSize * MAX_RATIO));
  const read = readZipEntry(bytes, entry, { maxOutputLength: cap });
  if (read.ok) return { ok: true, bytes: read.data };
  if (read.reason === 'too-large') return { ok: false, tooLarge: true, detail: cap < maxBytes ? `inflates past ${MAX_RATIO} times its ${entry.compressedSize} compressed bytes (a bomb): not read` : `inflates past the ${maxBytes}-byte limit: not read` };
  return { ok: false, tooLarge: false, detail: `does not inflate (${read.reason})` };
}
