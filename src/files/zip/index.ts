import { inflateRawSync } from 'node:zlib';
import { decodeCp437 } from './cp437.js';
import { CRC_TABLE, crc32 } from './crc32.js';

/**
 * A bounded zip reader that works on a Buffer and trusts nothing in it (PKWARE APPNOTE 6.3.10). The
 * central directory is the index; every offset and size is checked against the buffer, entries whose data
 * overlap (the overlapping-entry zip bomb) are marked, and inflating is capped by `maxOutputLength`, so a
 * hostile archive costs at most the bytes the caller allows.
 *
 * Why not yauzl: it streams from a file or fd with callbacks, stops at the first inconsistency (we want the
 * inconsistency as a finding and the rest analysed), has no hook for ZipCrypto passwords from the mail
 * body, and does not detect overlapping entries; an in-memory, synchronous reader is also what a per-
 * message time budget needs. yauzl was removed from the dependencies.
 */

export interface ZipEntry {
  /** Decoded name (see `nameEncoding`). */
  name: string;
  nameEncoding: 'ascii' | 'utf-8' | 'utf-8-unflagged' | 'unicode-path-extra' | 'shift_jis' | 'cp437';
  /** General purpose bit flag (APPNOTE 4.4.4). */
  flags: number;
  /** 0 stored, 8 deflate, 9 deflate64, 12 bzip2, 14 lzma, 93 zstd, 99 AES (WinZip AE-x). */
  method: number;
  /** Bit 0 of the flags or method 99. */
  encrypted: boolean;
  /** WinZip AES (cannot be opened without the password, and not with ZipCrypto's shortcut). */
  aes: boolean;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  isDirectory: boolean;
  /** Where the compressed bytes are in the buffer, when the local header was sound. */
  dataStart?: number;
  dataEnd?: number;
  /** Its data range overlaps an earlier entry's (a sign of an overlapping-entry zip bomb). */
  overlaps: boolean;
}

export interface ZipListing {
  entries: ZipEntry[];
  /** Entry count the end-of-central-directory record declares. */
  declaredEntries: number;
  /** More entries existed than `maxEntries`. */
  truncated: boolean;
  /** The listing came from scanning local headers (no usable central directory). */
  fromLocalHeaders: boolean;
  /** Structural problems found (each a short phrase). */
  problems: string[];
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

function u16(b: Uint8Array, at: number): number {
  return at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : 0;
}
function u32(b: Uint8Array, at: number): number {
  return at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0 : 0;
}
function u64(b: Uint8Array, at: number): number {
  // Sizes beyond 2^53 are nonsense for mail anyway; they stay huge and fail the bounds checks.
  return u32(b, at) + u32(b, at + 4) * 2 ** 32;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextDecoder('utf-8');
// Made on the first name that is neither ASCII nor UTF-8: opening ICU's Shift_JIS converter costs ~0.6-1.5 ms, which every
// process that loaded this module paid at load (a one-message scan loads it whatever the message; NOTES.md, session 47).
let shiftJisFatal: InstanceType<typeof TextDecoder> | undefined;

/**
 * Decodes a zip entry name. APPNOTE says CP437 unless flag bit 11 (UTF-8) is set, but Japanese Windows
 * tools write Shift_JIS (cp932) and macOS writes UTF-8 without the flag, so: flag → UTF-8; valid UTF-8
 * with non-ASCII → UTF-8; valid Shift_JIS containing kana or kanji → Shift_JIS; else CP437.
 * @example decodeZipName(Buffer.from([0x8e, 0x86, 0x2e, 0x74, 0x78, 0x74]), 0).name === '資.txt'
 */
export function decodeZipName(raw: Uint8Array, flags: number): { name: string; encoding: ZipEntry['nameEncoding'] } {
  if (flags & 0x800) return { name: utf8.decode(raw), encoding: 'utf-8' };
  if (raw.every((b) => b < 0x80)) return { name: String.fromCharCode(...raw), encoding: 'ascii' };
  try {
    return { name: utf8Fatal.decode(raw), encoding: 'utf-8-unflagged' };
  } catch {
    // not UTF-8
  }
  try {
    const sjis = (shiftJisFatal ??= new TextDecoder('shift_jis', { fatal: true })).decode(raw);
    if (/[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]/u.test(sjis)) return { name: sjis, encoding: 'shift_jis' };
  } catch {
    // not Shift_JIS
  }
  return { name: decodeCp437(raw), encoding: 'cp437' };
}

/** Info-ZIP Unicode Path Extra Field (0x7075): a UTF-8 name valid while its CRC matches the header name. */
function unicodePathExtra(extra: Uint8Array, rawName: Uint8Array): string | undefined {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = u16(extra, at);
    const size = u16(extra, at + 2);
    if (id === 0x7075 && size >= 5 && at + 4 + size <= extra.length && extra[at + 4] === 1) {
      if (u32(extra, at + 5) === crc32(rawName)) return utf8.decode(extra.subarray(at + 9, at + 4 + size));
    }
    at += 4 + size;
  }
  return undefined;
}

/** ZIP64 extended information (0x0001): replaces 0xFFFFFFFF sizes and offsets in order. */
function applyZip64(extra: Uint8Array, entry: ZipEntry): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = u16(extra, at);
    const size = u16(extra, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const end = at + 4 + size;
      if (entry.uncompressedSize === 0xffffffff && p + 8 <= end) (entry.uncompressedSize = u64(extra, p)), (p += 8);
      if (entry.compressedSize === 0xffffffff && p + 8 <= end) (entry.compressedSize = u64(extra, p)), (p += 8);
      if (entry.localHeaderOffset === 0xffffffff && p + 8 <= end) entry.localHeaderOffset = u64(extra, p);
      return;
    }
    at += 4 + size;
  }
}

function findEocd(b: Uint8Array): number {
  // The EOCD is 22 bytes plus a comment of at most 65,535 bytes at the end of the file.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && u32(b, at) === SIG_EOCD) return at;
  }
  return -1;
}

/**
 * Lists a zip archive, at most `maxEntries` entries.
 * @example listZip(buf, { maxEntries: 1000 }).entries.map((e) => e.name)
 */
export function listZip(b: Uint8Array, options: { maxEntries: number }): ZipListing {
  const problems: string[] = [];
  const eocd = findEocd(b);
  if (eocd < 0) {
    problems.push('no end-of-central-directory record (truncated or not a zip)');
    return scanLocalHeaders(b, options.maxEntries, problems);
  }
  let declared = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(b, locator) === SIG_EOCD64_LOCATOR) {
    const at = u64(b, locator + 8);
    if (at + 56 <= b.length && u32(b, at) === SIG_EOCD64) {
      declared = u64(b, at + 32);
      cdSize = u64(b, at + 40);
      cdOffset = u64(b, at + 48);
    }
  }
  // Data prepended to the archive (self-extractors, or a lure glued in front) shifts every offset.
  let shift = 0;
  if (cdOffset + cdSize !== eocd && eocd - cdSize >= 0 && u32(b, eocd - cdSize) === SIG_CENTRAL) {
    shift = eocd - cdSize - cdOffset;
    problems.push(`${shift} bytes before the archive`);
  }
  const entries: ZipEntry[] = [];
  let at = cdOffset + shift;
  let truncated = false;
  while (at + 46 <= b.length && u32(b, at) === SIG_CENTRAL) {
    if (entries.length >= options.maxEntries) {
      truncated = true;
      break;
    }
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    const rawName = b.subarray(at + 46, Math.min(b.length, at + 46 + nameLen));
    const extra = b.subarray(Math.min(b.length, at + 46 + nameLen), Math.min(b.length, at + 46 + nameLen + extraLen));
    const unicodeName = unicodePathExtra(extra, rawName);
    const decoded = unicodeName !== undefined ? { name: unicodeName, encoding: 'unicode-path-extra' as const } : decodeZipName(rawName, flags);
    const entry: ZipEntry = {
      name: decoded.name,
      nameEncoding: decoded.encoding,
      flags,
      method,
      encrypted: (flags & 1) === 1 || method === 99,
      aes: method === 99,
      crc32: u32(b, at + 16),
      compressedSize: u32(b, at + 20),
      uncompressedSize: u32(b, at + 24),
      localHeaderOffset: u32(b, at + 42),
      isDirectory: decoded.name.endsWith('/') || decoded.name.endsWith('\\'),
      overlaps: false,
    };
    applyZip64(extra, entry);
    entry.localHeaderOffset += shift;
    locateData(b, entry, problems);
    entries.push(entry);
    at += 46 + nameLen + extraLen + commentLen;
  }
  if (!truncated && entries.length !== declared) problems.push(`central directory declares ${declared} entries, holds ${entries.length}`);
  if (entries.length === 0 && declared === 0 && u32(b, 0) === SIG_LOCAL) {
    problems.push('empty central directory but local headers present');
    return scanLocalHeaders(b, options.maxEntries, problems);
  }
  markOverlaps(entries, problems);
  return { entries, declaredEntries: declared, truncated, fromLocalHeaders: false, problems };
}

function locateData(b: Uint8Array, entry: ZipEntry, problems: string[]): void {
  const lh = entry.localHeaderOffset;
  if (lh + 30 > b.length || u32(b, lh) !== SIG_LOCAL) {
    problems.push(`entry "${entry.name.slice(0, 80)}" points outside the archive or at no local header`);
    return;
  }
  const start = lh + 30 + u16(b, lh + 26) + u16(b, lh + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) {
    problems.push(`entry "${entry.name.slice(0, 80)}" claims ${entry.compressedSize} bytes past the end of the archive`);
    return;
  }
  entry.dataStart = start;
  entry.dataEnd = end;
}

function markOverlaps(entries: ZipEntry[], problems: string[]): void {
  const located = entries.filter((e) => e.dataStart !== undefined).sort((x, y) => x.localHeaderOffset - y.localHeaderOffset);
  let reach = -1;
  let count = 0;
  for (const e of located) {
    if (e.localHeaderOffset < reach) {
      e.overlaps = true;
      count++;
    }
    reach = Math.max(reach, e.dataEnd!);
  }
  if (count > 0) problems.push(`${count} entries overlap other entries' data`);
}

/** Compression methods of APPNOTE 4.4.5 (0–19 less the reserved 7, 11, 13, 15–17; 93 Zstandard, 94 MP3, 95 XZ, 96 JPEG, 97 WavPack, 98 PPMd, 99 AES). */
const KNOWN_METHODS = new Set([0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 14, 18, 19, 20, 93, 94, 95, 96, 97, 98, 99]);

/**
 * Why the local header at `at` is none a zip writer makes, or undefined: an unknown compression method, a "version needed"
 * above 6.3 (APPNOTE's latest is 63), a name that is empty, runs past the end or holds control bytes. Random bytes after a
 * signature fail at least one of these with near certainty (the method alone: 22 of 65,536 values pass).
 */
export function implausibleLocalHeader(b: Uint8Array, at: number, rawName: Uint8Array): string | undefined {
  const method = u16(b, at + 8);
  if (!KNOWN_METHODS.has(method)) return `unknown compression method ${method}`;
  if ((b[at + 4] ?? 0) > 63) return `version needed ${(b[at + 4] ?? 0) / 10}`;
  const nameLen = u16(b, at + 26);
  if (nameLen === 0 || rawName.length < nameLen) return nameLen === 0 ? 'no name' : 'a name past the end';
  for (let i = 0; i < rawName.length; i++) if (rawName[i]! < 0x20 || rawName[i] === 0x7f) return 'control bytes in the name';
  return undefined;
}

/** Without a central directory (truncated mail, broken tools): walk local headers from the start. */
function scanLocalHeaders(b: Uint8Array, maxEntries: number, problems: string[]): ZipListing {
  const entries: ZipEntry[] = [];
  let at = 0;
  let truncated = false;
  while (at + 30 <= b.length && u32(b, at) === SIG_LOCAL) {
    if (entries.length >= maxEntries) {
      truncated = true;
      break;
    }
    const flags = u16(b, at + 6);
    const method = u16(b, at + 8);
    const nameLen = u16(b, at + 26);
    const extraLen = u16(b, at + 28);
    const rawName = b.subarray(at + 30, Math.min(b.length, at + 30 + nameLen));
    // Found with no central directory to vouch for it: a header that no zip writer makes is the bytes after a signature,
    // not an entry (a "zip" of garbage after `PK\3\4` was one encrypted, truncated entry, and an archive spamlab read).
    const implausible = implausibleLocalHeader(b, at, rawName);
    if (implausible) {
      problems.push(`the local header at ${at} is no entry (${implausible})`);
      break;
    }
    const decoded = decodeZipName(rawName, flags);
    const entry: ZipEntry = {
      name: decoded.name,
      nameEncoding: decoded.encoding,
      flags,
      method,
      encrypted: (flags & 1) === 1 || method === 99,
      aes: method === 99,
      crc32: u32(b, at + 14),
      compressedSize: u32(b, at + 18),
      uncompressedSize: u32(b, at + 22),
      localHeaderOffset: at,
      isDirectory: decoded.name.endsWith('/'),
      overlaps: false,
    };
    entries.push(entry);
    const start = at + 30 + nameLen + extraLen;
    // Sizes deferred to a data descriptor (bit 3) are unknown here: stop rather than guess.
    if (flags & 0x08 || start + entry.compressedSize > b.length) {
      if (start + entry.compressedSize > b.length) problems.push(`entry "${entry.name.slice(0, 80)}" is truncated`);
      break;
    }
    entry.dataStart = start;
    entry.dataEnd = start + entry.compressedSize;
    at = entry.dataEnd;
  }
  return { entries, declaredEntries: entries.length, truncated, fromLocalHeaders: true, problems };
}

export type ZipReadResult =
  | { ok: true; data: Uint8Array; decryptedWith?: string }
  | { ok: false; reason: 'no-data' | 'unsupported-method' | 'encrypted' | 'too-large' | 'corrupt' | 'bad-crc' };

/**
 * Extracts one entry, producing at most `maxOutputLength` bytes (`too-large` beyond that). ZipCrypto
 * entries are opened when one of `passwords` fits; AES entries stay closed.
 */
export function readZipEntry(b: Uint8Array, entry: ZipEntry, options: { maxOutputLength: number; passwords?: readonly string[] }): ZipReadResult {
  if (entry.dataStart === undefined || entry.dataEnd === undefined) return { ok: false, reason: 'no-data' };
  let data = b.subarray(entry.dataStart, entry.dataEnd);
  let decryptedWith: string | undefined;
  if (entry.encrypted) {
    if (entry.aes) return { ok: false, reason: 'encrypted' };
    const opened = (options.passwords ?? []).map((p) => ({ p, d: zipCryptoDecrypt(data, p, entry) })).find((x) => x.d);
    if (!opened?.d) return { ok: false, reason: 'encrypted' };
    data = opened.d;
    decryptedWith = opened.p;
  }
  let out: Uint8Array;
  if (entry.method === 0) {
    if (data.length > options.maxOutputLength) return { ok: false, reason: 'too-large' };
    out = data;
  } else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, options.maxOutputLength) });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'too-large' };
      // Garbage after a wrong password whose check byte happened to match (1 in 256).
      return { ok: false, reason: decryptedWith !== undefined ? 'encrypted' : 'corrupt' };
    }
  } else {
    return { ok: false, reason: 'unsupported-method' };
  }
  if (decryptedWith !== undefined && crc32(out) !== entry.crc32) return { ok: false, reason: 'encrypted' };
  return decryptedWith !== undefined ? { ok: true, data: out, decryptedWith } : { ok: true, data: out };
}

/**
 * Whether a deflated entry really expands by more than `maxRatio` (whatever its headers claim): its first
 * `probeBytes` compressed bytes are inflated, and producing more than `probeBytes × maxRatio` bytes from
 * them answers yes. The cost is bounded by that product. Unencrypted deflate only (stored data cannot be
 * a bomb; other methods are not inflated at all).
 */
export function inflatesPastRatio(b: Uint8Array, entry: ZipEntry, maxRatio: number, probeBytes: number): boolean {
  if (entry.dataStart === undefined || entry.dataEnd === undefined || entry.encrypted || entry.method !== 8) return false;
  const input = b.subarray(entry.dataStart, Math.min(entry.dataEnd, entry.dataStart + Math.max(1, Math.floor(probeBytes))));
  try {
    inflateRawSync(input, { finishFlush: 2 /* Z_SYNC_FLUSH: a cut stream is fine */, maxOutputLength: Math.max(1, Math.floor(input.length * maxRatio)) });
    return false;
  } catch (err) {
    return err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
  }
}

/**
 * The first bytes of an entry without inflating all of it (for typing an entry that is too large to
 * extract): inflating 1 KiB of deflate input yields at most ~1 MiB.
 */
export function peekZipEntry(b: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  if (entry.dataStart === undefined || entry.dataEnd === undefined || entry.encrypted) return undefined;
  if (entry.method === 0) return b.subarray(entry.dataStart, Math.min(entry.dataEnd, entry.dataStart + 64 * 1024));
  if (entry.method !== 8) return undefined;
  // Deflate expands at most ~1032:1, so 256 compressed bytes give ≤ 264 KiB; highly repetitive data
  // (past that) is retried with fewer input bytes rather than inflated further.
  for (const inputBytes of [256, 16]) {
    try {
      const head = b.subarray(entry.dataStart, Math.min(entry.dataEnd, entry.dataStart + inputBytes));
      return inflateRawSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: accept a cut stream */, maxOutputLength: 64 * 1024 });
    } catch {
      // too much output or broken: try less input
    }
  }
  return undefined;
}

/**
 * The key state of traditional PKWARE encryption (APPNOTE §6.1, "ZipCrypto"): three keys stepped by CRC-32
 * and a linear congruential generator over the plaintext.
 */
export class ZipCryptoCipher {
  private k0 = 0x12345678;
  private k1 = 0x23456789;
  private k2 = 0x34567890;

  constructor(password: string) {
    for (const c of new TextEncoder().encode(password)) this.update(c);
  }

  /** Steps the keys with one plaintext byte. */
  update(c: number): void {
    this.k0 = (CRC_TABLE[(this.k0 ^ c) & 0xff]! ^ (this.k0 >>> 8)) >>> 0;
    this.k1 = (Math.imul((this.k1 + (this.k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    this.k2 = (CRC_TABLE[(this.k2 ^ (this.k1 >>> 24)) & 0xff]! ^ (this.k2 >>> 8)) >>> 0;
  }

  /** The key-stream byte XORed with the next byte. */
  keyByte(): number {
    const t = (this.k2 | 2) & 0xffff;
    return (Math.imul(t, t ^ 1) >>> 8) & 0xff;
  }
}

/**
 * Decrypts a ZipCrypto entry (APPNOTE §6.1). Returns the compressed bytes after the 12-byte header, or undefined when the
 * header's check byte does not match the password.
 */
export function zipCryptoDecrypt(data: Uint8Array, password: string, entry: Pick<ZipEntry, 'flags' | 'crc32'>): Uint8Array | undefined {
  if (data.length < 12) return undefined;
  const cipher = new ZipCryptoCipher(password);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const c = (data[i]! ^ cipher.keyByte()) & 0xff;
    out[i] = c;
    cipher.update(c);
  }
  // The last header byte is the CRC's high byte (or the DOS time's, with a data descriptor; APPNOTE 6.1.6).
  const check = out[11]!;
  if (check !== entry.crc32 >>> 24 && !(entry.flags & 0x08)) return undefined;
  return out.subarray(12);
}
