import { createHash } from 'node:crypto';
import { BoundedMemo } from '../../mail/memo.js';
import type { ParsedMessage } from '../../mail/types.js';
import { decodeImage, imageDimensions, imageFormat, shrinkGray, type DecodeLimits, type GrayImage, type ImageFormat, type ImageResult } from '../image/index.js';
import { officePictures } from '../office/media.js';
import { pdfPictures } from '../pdf/images.js';
import { openPdf } from '../pdf/decrypt.js';
import { hasBlockCharacters, readBlockText } from './blocks.js';
import { decodeQr, lightDarkThreshold, mayHoldCode } from './decode.js';
import { mayHoldDrawnCode, readDrawnCodes } from './markup.js';

/** What reading a message's QR codes may cost (links.qr in the configuration). */
export interface QrLimits {
  /** Largest image file read, in bytes (a bigger one is a limit reached, not read). */
  maxImageBytes: number;
  /** Most pixels one image may declare; refused by its header before anything is allocated. */
  maxImagePixels: number;
  /**
   * Most pixels a picture over maxImagePixels may declare to be read all the same, shrunk (a screenshot or scan of a
   * poster); one such picture a message, its pixels counted against maxTotalPixels as maxImagePixels; PNG, GIF and PDF
   * samples only (a JPEG's decoder holds every pixel at ~24 bytes). The limit it passed is still reported.
   */
  maxReducedPixels: number;
  /** Most images decoded per message (inline, attached and data: images together). */
  maxImages: number;
  /** Most pixels decoded per message, all images together: the effort budget. */
  maxTotalPixels: number;
  /** Longest side an image is searched at: larger ones are shrunk first (QR finders need a few pixels a module). */
  scanSide: number;
  /**
   * Most pixels searched for a code per message, after shrinking: the finder's cost grows with the picture's
   * busyness (a noise picture of 1024² costs ~1 s of CPU, a code of 222² ~10 ms), so this bounds the worst case.
   */
  maxSearchPixels: number;
  /** Characters of HTML read for codes drawn with cells, and of text for codes typed in block characters. */
  maxMarkupChars: number;
  /**
   * Pictures whose reading is remembered from message to message, by a SHA-256 of their bytes: a campaign sends one
   * picture to thousands of recipients, and a spam trap need not decode it thousands of times. 0 turns it off (the
   * benchmark does, since it scans one corpus pass after pass). Only what the picture alone decides is remembered; the
   * per-message budgets are charged as if it were decoded again.
   */
  rememberPictures: number;
}

export const DEFAULT_QR_LIMITS: QrLimits = {
  maxImageBytes: 5 * 1024 * 1024,
  maxImagePixels: 4_000_000,
  maxReducedPixels: 12_600_000,
  maxImages: 10,
  maxTotalPixels: 8_000_000,
  scanSide: 1024,
  maxSearchPixels: 2_000_000,
  maxMarkupChars: 2 * 1024 * 1024,
  rememberPictures: 512,
};

/** How a code was carried: a picture, HTML cells painted as modules, or block characters typed in the text. */
export type QrCarrier = 'image' | 'html-cells' | 'block-text';

/** What a code's text is: a web address, a one-time-password secret, Wi-Fi credentials, an address or number, other text. */
export type QrPayloadKind = 'url' | 'otpauth' | 'wifi' | 'mailto' | 'phone' | 'text';

export interface QrCode {
  payload: string;
  kind: QrPayloadKind;
  carrier: QrCarrier;
  /** The image's file name or part, or the body it was drawn in, for evidence. */
  where: string;
  partPath: string;
  format?: ImageFormat;
}

/** A limit reached (the rest was not read) or a damaged image: reported, never silent. */
export interface QrProblem {
  kind: 'limit' | 'broken';
  where: string;
  detail: string;
}

export interface QrReading {
  codes: QrCode[];
  problems: QrProblem[];
  /** Images decoded and pixels searched (after shrinking), for the cost figures. */
  imagesDecoded: number;
  pixelsDecoded: number;
  /** Of the images decoded, how many were answered (wholly or in part) from the picture memory. */
  picturesRemembered: number;
}

interface Candidate {
  where: string;
  partPath: string;
  /** Declared by the picture's header or dictionary (21 when it cannot be read: the decoder will say). */
  width: number;
  height: number;
  /** Bytes of the picture as stored, when known before decoding (the byte limit applies to them). */
  size: number;
  format?: ImageFormat;
  /** Inside a PDF or an Office document: a decoder's refusal there is not reported (writers use variants read nowhere here). */
  inDocument?: boolean;
  /** The picture's bytes as stored, when they are at hand before decoding: the key of its remembered reading. */
  bytes?: Uint8Array;
  decode: (limits: DecodeLimits) => ImageResult;
}

/**
 * What one picture's bytes decide, whatever the message (read at one per-picture limit): decoded or refused, how large it
 * is searched, whether it is as busy as noise, whether a document's picture may hold a code, and the code found. Stages
 * not reached yet are undefined and filled in when a later message gets that far.
 */
interface PictureReading {
  failure?: { reason: 'too-large' | 'broken' | 'unsupported'; detail: string };
  truncated: boolean;
  searchedPixels: number;
  busy?: boolean;
  mayHoldCode?: boolean;
  /** The code's text; null when searched and none was found. */
  payload?: string | null;
}

/** The remembered pictures, one memory per limits object (the same configuration serves message after message). */
const pictureMemories = new WeakMap<QrLimits, BoundedMemo<string, PictureReading>>();

function pictureMemory(limits: QrLimits): BoundedMemo<string, PictureReading> | undefined {
  if (!(limits.rememberPictures > 0)) return undefined;
  let memory = pictureMemories.get(limits);
  if (!memory) pictureMemories.set(limits, (memory = new BoundedMemo(limits.rememberPictures)));
  return memory;
}

const MAX_DATA_URI_IMAGES = 50;
/**
 * Most light/dark changes along rows per pixel for a picture to be searched. A code of n-pixel modules changes
 * at most once a module (1/n), about half as often on average, and its quiet zone and background lower the
 * figure further; noise changes about every other pixel.
 */
const MAX_BUSYNESS = 0.25;

/**
 * Light/dark changes along the rows, per pixel: a change is counted when a pixel crosses the middle of the
 * picture's range by more than a sixth of it (hysteresis), so that the grain of a near-white JPEG around its
 * mean is not read as changes.
 */
export function busyness(image: GrayImage): number {
  const { width, height, gray } = image;
  const { middle, margin } = lightDarkThreshold(gray);
  return lightDarkChanges(gray, width, height, middle, margin) / Math.max(1, gray.length);
}

/**
 * busyness's loop: the light/dark changes along every row. A function that returns its count right after the loop: the
 * loop is compiled on the stack (OSR) once a picture is large, and the division after it, which had never run then,
 * deoptimised that code at every picture (NOTES, issue 18, sessions 16 and 21).
 */
function lightDarkChanges(gray: Uint8Array, width: number, height: number, middle: number, margin: number): number {
  let changes = 0;
  for (let y = 0; y < height; y++) {
    let dark = gray[y * width]! < middle;
    for (let x = 1; x < width; x++) {
      const v = gray[y * width + x]!;
      if (dark ? v > middle + margin : v < middle - margin) {
        dark = !dark;
        changes++;
      }
    }
  }
  return changes;
}

/**
 * The letter's passwords for a locked PDF (the attachments family's reading, checks/attachments/passwords.ts letterPasswords):
 * asked only when a PDF names /Encrypt. Every caller of readQrCodesOnce passes the same one, so the reading does not depend on
 * which family asks first.
 */
export type PasswordsOf = (msg: ParsedMessage) => readonly string[];

/** A picture no more than 1.6 times as long as it is wide: the shape of a code, read first. */
const squareish = (c: Candidate): boolean => Math.max(c.width, c.height) / Math.max(1, Math.min(c.width, c.height)) <= 1.6;

/** readQrCodesOnce's memory: one reading per message and limits (weakly held, like the link facts). */
const readings = new WeakMap<ParsedMessage, { limits: QrLimits; reading: QrReading | undefined }>();

/**
 * readQrCodes, once per message: the sender family (link hosts for lookalikes and organisation claims) and the links
 * family (every link check) both read a message's codes, and decoding pictures is the costly part. Read again only
 * when asked with other limits (a different object).
 * @example readQrCodesOnce(msg, config.links.qr)?.codes
 */
export function readQrCodesOnce(msg: ParsedMessage, limits: QrLimits = DEFAULT_QR_LIMITS, passwordsOf?: PasswordsOf): QrReading | undefined {
  const known = readings.get(msg);
  if (known && known.limits === limits) return known.reading;
  const reading = readQrCodes(msg, limits, passwordsOf);
  readings.set(msg, { limits, reading });
  return reading;
}

/**
 * Every QR code of a message: in its images (inline `cid:` and attached PNG, JPEG and GIF files, `data:` images in
 * the HTML, and the pictures of attached PDF and Office documents), drawn with HTML cells, or typed in block characters. Bounded by `limits` (a limit
 * reached is a problem in the result, never a silent stop); a damaged image is a problem too, never a throw.
 * Returns undefined, having decoded nothing, when the message has no picture, no cell grid and no block
 * characters — most mail.
 * @example readQrCodes(msg)?.codes.filter((c) => c.kind === 'url')
 */
export function readQrCodes(msg: ParsedMessage, limits: QrLimits = DEFAULT_QR_LIMITS, passwordsOf?: PasswordsOf): QrReading | undefined {
  const documentProblems: QrProblem[] = [];
  let passwords: readonly string[] | undefined;
  const candidates = imageCandidates(msg, documentProblems, () => (passwords ??= passwordsOf?.(msg) ?? []));
  const drawn = msg.html.length > 0 && mayHoldDrawnCode(msg.html);
  const texts = [msg.text, msg.html ? msg.visibleText : ''].filter((t) => t && hasBlockCharacters(t));
  if (candidates.length === 0 && !drawn && texts.length === 0 && documentProblems.length === 0) return undefined;

  const reading: QrReading = { codes: [], problems: documentProblems, imagesDecoded: 0, pixelsDecoded: 0, picturesRemembered: 0 };
  const seen = new Set<string>();
  const add = (payload: string, carrier: QrCarrier, where: string, partPath: string, format?: ImageFormat) => {
    const key = `${carrier}\u0000${payload}`;
    if (seen.has(key) || reading.codes.length >= 50) return;
    seen.add(key);
    reading.codes.push({ payload, kind: payloadKind(payload), carrier, where, partPath, ...(format ? { format } : {}) });
  };

  // Images most likely to be a code first: square-ish pictures of a plausible size, then the rest, each in message order. Two
  // passes rather than map/sort/map: the chain was where V8 threw readQrCodes' optimised code away late in every scanning
  // isolate ("wrong map" on the pictures array, session 44's trace).
  const order: Candidate[] = [];
  for (const c of candidates) if (squareish(c)) order.push(c);
  for (const c of candidates) if (!squareish(c)) order.push(c);
  const memory = pictureMemory(limits);
  let budget = limits.maxTotalPixels;
  let searchBudget = limits.maxSearchPixels;
  let reduced = false;
  const skipped: string[] = [];
  for (const image of order) {
    if (image.size > limits.maxImageBytes) {
      reading.problems.push({ kind: 'limit', where: image.where, detail: `${image.size} bytes, over the ${limits.maxImageBytes}-byte limit: not read` });
      continue;
    }
    const pixels = image.width * image.height;
    // Past the per-picture limit, one picture a message up to maxReducedPixels is read all the same and shrunk (a photo
    // of a poster); the limit stays a problem, said with what was done.
    // Not a JPEG: jpeg-js decodes every pixel at ~24 bytes each (12 MP: ~290 MB, ~2 s of CPU), where PNG, GIF and PDF
    // samples cost a byte a pixel and ~0.25 s.
    const reduce = pixels > limits.maxImagePixels && !reduced && pixels <= limits.maxReducedPixels && image.format !== 'jpeg';
    if (pixels > limits.maxImagePixels && !reduce) {
      reading.problems.push({ kind: 'limit', where: image.where, detail: `declares ${image.width}×${image.height} pixels, over the ${limits.maxImagePixels}-pixel limit: not decoded` });
      continue;
    }
    const cost = Math.min(pixels, limits.maxImagePixels);
    if (reading.imagesDecoded >= limits.maxImages || cost > budget) {
      skipped.push(image.where);
      continue;
    }
    budget -= cost;
    reading.imagesDecoded++;
    if (reduce) {
      reduced = true;
      reading.problems.push({ kind: 'limit', where: image.where, detail: `declares ${image.width}×${image.height} pixels, over the ${limits.maxImagePixels}-pixel limit: read shrunk to ${limits.scanSide} a side` });
    }
    const decodeLimits = { maxPixels: reduce ? limits.maxReducedPixels : limits.maxImagePixels, maxSide: 65_535 };
    const key = memory && image.bytes ? pictureKey(image.bytes, reduce) : undefined;
    let picture = key === undefined ? undefined : memory!.get(key);
    // The picture's pixels, shrunk for the search: decoded here when not remembered, else again (searchAgain) only when a
    // stage not yet remembered needs them.
    let searched: GrayImage | undefined;
    if (picture) reading.picturesRemembered++;
    else {
      const result = image.decode(decodeLimits);
      if (result.ok) {
        searched = shrinkGray(result.image, limits.scanSide);
        picture = { truncated: result.truncated === true, searchedPixels: searched.width * searched.height };
      } else {
        picture = { failure: { reason: result.reason, detail: result.detail }, truncated: false, searchedPixels: 0 };
      }
      if (key !== undefined) memory!.set(key, picture);
    }
    if (picture.failure) {
      // A picture a document holds in a variant not read here (CMYK JPEG, 16-bit samples…) is no damage to report.
      const { reason, detail } = picture.failure;
      if (!image.inDocument || reason === 'too-large') reading.problems.push({ kind: reason === 'too-large' ? 'limit' : 'broken', where: image.where, detail });
      continue;
    }
    if (picture.truncated && !image.inDocument) reading.problems.push({ kind: 'broken', where: image.where, detail: 'image data ends early; the rows that arrived were read' });
    if (picture.searchedPixels > searchBudget) {
      skipped.push(image.where);
      continue;
    }
    // A picture as busy as noise (a photograph's texture, or noise made to tie up the finder) holds no code a phone reads.
    picture.busy ??= busyness((searched ??= searchAgain(image, decodeLimits, limits.scanSide))) > MAX_BUSYNESS;
    if (picture.busy) continue;
    // A document's pictures are mostly pages, logos and photographs: the finder's search (~20–100 ms on a page) only when
    // some rows cross a finder pattern.
    if (image.inDocument && !(picture.mayHoldCode ??= mayHoldCode((searched ??= searchAgain(image, decodeLimits, limits.scanSide))))) continue;
    searchBudget -= picture.searchedPixels;
    reading.pixelsDecoded += picture.searchedPixels;
    if (picture.payload === undefined) picture.payload = decodeQr((searched ??= searchAgain(image, decodeLimits, limits.scanSide))) ?? null;
    if (picture.payload !== null) add(picture.payload, 'image', image.where, image.partPath, image.format);
  }
  if (skipped.length) {
    reading.problems.push({
      kind: 'limit',
      where: `${skipped.length} image(s)`,
      detail: `past the limit of ${limits.maxImages} images or ${limits.maxTotalPixels} pixels a message: ${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''} not read`,
    });
  }

  if (drawn) {
    if (msg.html.length > limits.maxMarkupChars) reading.problems.push({ kind: 'limit', where: 'HTML body', detail: `${msg.html.length} characters; the first ${limits.maxMarkupChars} were read for drawn codes` });
    for (const payload of readDrawnCodes(msg.html, limits.maxMarkupChars)) add(payload, 'html-cells', 'HTML cells', '');
  }
  for (const text of texts) {
    for (const payload of readBlockText(text, limits.maxMarkupChars)) add(payload, 'block-text', 'block characters in the text', '');
  }
  return reading;
}

/**
 * Image parts (by their bytes, whatever their declared type), `data:` images, and the pictures PDF and Office attachments
 * hold (documentPictures), with dimensions from their headers; too small to hold a code are left out.
 */
function imageCandidates(msg: ParsedMessage, problems: QrProblem[], passwords: () => readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  for (const a of msg.attachments) {
    const format = imageFormat(a.content);
    const where = a.filename || a.contentId || a.declaredType || a.partPath;
    if (!format) {
      documentPictures(a.content, where, a.partPath, found, problems, passwords);
      continue;
    }
    const candidate = candidateOf(a.content, format, where, a.partPath);
    if (candidate) found.push(candidate);
  }
  let dataImages = 0;
  for (const link of msg.htmlFacts.links) {
    if (link.kind !== 'img' || !link.href.startsWith('data:image/') || ++dataImages > MAX_DATA_URI_IMAGES) continue;
    const comma = link.href.indexOf(',');
    if (comma < 0 || !link.href.slice(0, comma).toLowerCase().endsWith(';base64')) continue;
    const bytes = Buffer.from(link.href.slice(comma + 1, comma + 1 + 8 * 1024 * 1024), 'base64');
    const format = imageFormat(bytes);
    const candidate = format && candidateOf(bytes, format, `a data-URI image in the HTML (${link.href.slice(5, comma).replace(/;base64$/i, '')})`, link.partPath);
    if (candidate) found.push(candidate);
  }
  return found;
}

function candidateOf(bytes: Uint8Array, format: ImageFormat, where: string, partPath: string): Candidate | undefined {
  const dims = imageDimensions(bytes, format);
  // A header that cannot be read is still decoded (and reported broken); a picture under 21 pixels a side holds no code.
  if (dims && (dims.width < 21 || dims.height < 21)) return undefined;
  return { where, partPath, width: dims?.width ?? 21, height: dims?.height ?? 21, size: bytes.byteLength, format, bytes, decode: (limits) => decodeImage(bytes, limits) };
}

/** Pictures looked at per document: a catalogue of hundreds is a limit reached, said so. */
export const MAX_DOCUMENT_PICTURES = 50;

/**
 * The pictures of a PDF (image XObjects: JPEG as they are, FlateDecode or raw samples decoded here) or of an Office
 * or OpenDocument package (its media parts), as candidates of the message. Only an attachment whose first bytes say
 * PDF or zip is looked at; an encrypted PDF is read once opened (with no password or the letter's), left alone when it stays locked.
 */
function documentPictures(bytes: Uint8Array, name: string, partPath: string, found: Candidate[], problems: QrProblem[], passwords: () => readonly string[]): void {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.includes('%PDF-')) {
    const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let content: Uint8Array = bytes;
    if (pdf.includes('/Encrypt')) {
      // An encrypted PDF's pictures are read when it opens with no password (an owner password only) or with the letter's
      // (session 44: a QR code in a PDF locked with the password the letter gives was never read).
      const opened = openPdf(bytes, passwords(), { maxOutputBytes: 2 * bytes.byteLength + 65_536 });
      if (!opened.bytes) return;
      content = opened.bytes;
    }
    const { pictures, more } = pdfPictures(content, MAX_DOCUMENT_PICTURES);
    if (more) problems.push({ kind: 'limit', where: name, detail: `more than ${MAX_DOCUMENT_PICTURES} pictures: the first ${MAX_DOCUMENT_PICTURES} were looked at` });
    for (const p of pictures) {
      if (p.kind === 'unsupported' || p.width < 21 || p.height < 21) continue;
      const where = `${name}, picture ${p.index}`;
      if (p.kind === 'jpeg') found.push({ where, partPath, width: p.width, height: p.height, size: p.bytes.byteLength, format: 'jpeg', inDocument: true, bytes: p.bytes, decode: (limits) => decodeImage(p.bytes, limits) });
      else found.push({ where, partPath, width: p.width, height: p.height, size: 0, inDocument: true, decode: p.decode });
    }
    return;
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return;
  const office = officePictures(bytes, MAX_DOCUMENT_PICTURES);
  if (!office) return;
  if (office.more) problems.push({ kind: 'limit', where: name, detail: `more than ${MAX_DOCUMENT_PICTURES} pictures: the first ${MAX_DOCUMENT_PICTURES} were looked at` });
  for (const p of office.pictures) {
    if ((p.width !== undefined && p.width < 21) || (p.height !== undefined && p.height < 21)) continue;
    found.push({
      where: `${name} > ${p.name}`,
      partPath,
      width: p.width ?? 21,
      height: p.height ?? 21,
      size: p.size,
      format: p.format,
      inDocument: true,
      decode: (limits) => {
        const read = p.read(DOCUMENT_PICTURE_BYTES);
        return read.ok ? decodeImage(read.bytes, limits) : { ok: false, reason: read.tooLarge ? 'too-large' : 'broken', detail: read.detail };
      },
    });
  }
}

/**
 * A remembered picture's pixels again, shrunk for the search: for a stage its first reading did not reach. A module
 * function, not a closure per picture (NOTES, issue 18, session 21).
 */
function searchAgain(image: Candidate, limits: DecodeLimits, scanSide: number): GrayImage {
  const result = image.decode(limits);
  // Deterministic for the same bytes and limits: a remembered picture decodes the same way again.
  if (!result.ok) throw new Error('a remembered picture no longer decodes');
  return shrinkGray(result.image, scanSide);
}

/** A remembered picture's key: its bytes' digest, and whether it is read shrunk (another per-picture limit). */
function pictureKey(bytes: Uint8Array, reduced: boolean): string {
  return createHash('sha256').update(bytes).digest('base64') + (reduced ? '+reduced' : '');
}

/** Bytes one packaged picture may inflate to (maxImageBytes is checked first against the size its entry declares). */
const DOCUMENT_PICTURE_BYTES = 16 * 1024 * 1024;

/** What a code's text is (ISO/IEC 18004 carries any text; these are the schemes phones act on). */
export function payloadKind(payload: string): QrPayloadKind {
  const p = payload.trim().slice(0, 16).toLowerCase();
  if (p.startsWith('http://') || p.startsWith('https://') || p.startsWith('www.') || p.startsWith('urlto:')) return 'url';
  if (p.startsWith('otpauth://') || p.startsWith('otpauth-migration:')) return 'otpauth';
  if (p.startsWith('wifi:')) return 'wifi';
  if (p.startsWith('mailto:') || p.startsWith('matmsg:')) return 'mailto';
  if (p.startsWith('tel:') || p.startsWith('sms:') || p.startsWith('smsto:')) return 'phone';
  return 'text';
}

/** The URL a code's text carries (`URLTO:` prefix dropped), for a code of kind 'url'. */
export function payloadUrl(payload: string): string {
  const p = payload.trim();
  return /^urlto:/i.test(p) ? p.slice(6) : p;
}
