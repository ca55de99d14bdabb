/**
 * RAR listing from headers (no decompression): RAR 1.5–4.x block headers and RAR 5.0 vint headers, as documented by RARLAB
 * (technote.txt for 4.x, "RAR 5.0 archive format"). Enough to see the names, sizes, methods and encryption of what the archive
 * carries, and to hand over the bytes of a stored entry (method 0, `-m0`): rarEntryData. Session 17: RAR 5 headers encrypted
 * with `-hp` are decrypted with a password the message gives (PBKDF2-HMAC-SHA256 key, AES-256-CBC, the archive's password
 * check value rejects a wrong password before any header is decrypted), and a stored RAR 5 entry encrypted with `-p` is
 * decrypted the same way. Compressed content is never decoded (RAR's own LZ and filters are not written here).
 */

import { createDecipheriv, createHash, pbkdf2Sync } from 'node:crypto';
import { crc32 } from '../zip/crc32.js';

/** A RAR 5 entry's or header set's encryption: PBKDF2 rounds (log2), salt, IV (entries), and the 12-byte check value if written. */
export interface Rar5Crypt {
  kdfLog2: number;
  salt: Uint8Array;
  iv?: Uint8Array;
  check?: Uint8Array;
}

export interface RarEntry {
  name: string;
  packedSize: number;
  unpackedSize: number;
  encrypted: boolean;
  isDirectory: boolean;
  /** Compression method: 0 = stored (the bytes are the file), 1–5 = compressed (RAR 4's 0x30–0x35 read as 0–5). */
  method: number;
  /** Where its data area starts in the archive. */
  dataOffset: number;
  /** Its data continues in another volume (or from one): not whole here. */
  split: boolean;
  /** RAR 5 file encryption (salt, IV, check value). */
  crypt?: Rar5Crypt;
}

export interface RarListing {
  version: 4 | 5;
  entries: RarEntry[];
  /** Headers themselves are encrypted (`-hp`) and no password given opened them: names cannot be listed. */
  headersEncrypted: boolean;
  /** The password (of RarOptions.passwords) that opened encrypted headers: names listed, `headersEncrypted` false. */
  headersOpenedWith?: string;
  /** A password could not be tried: the key stretching is over MAX_RAR5_KDF_LOG2 (its detail). */
  passwordLimit?: string;
  truncated: boolean;
  problems: string[];
}

export interface RarOptions {
  maxEntries: number;
  /** Passwords the message gives, tried (≤ MAX_RAR_PASSWORDS_TRIED) on encrypted headers. */
  passwords?: readonly string[];
}

/** Passwords from the message tried on one archive's headers or one entry (as 7z's MAX_PASSWORDS_TRIED). */
export const MAX_RAR_PASSWORDS_TRIED = 3;
/**
 * PBKDF2 rounds accepted (log2): RAR writes 2^15 (≈ 6 ms of CPU here for the key, as much again for the check value); 2^17
 * costs ≈ 20 ms each. More is refused as a limit, never computed (RAR itself accepts up to 2^24).
 */
export const MAX_RAR5_KDF_LOG2 = 17;

const utf8 = new TextDecoder('utf-8');

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** Lists a RAR archive; `undefined` when the signature is absent. Never throws. */
export function listRar(b: Uint8Array, options: RarOptions): RarListing | undefined {
  if (b.length < 7 || Buffer.from(b.subarray(0, 6)).toString('latin1') !== 'Rar!\x1a\x07') return undefined;
  try {
    return b[6] === 0x01 && b[7] === 0x00 ? listRar5(b, options) : listRar4(b, options.maxEntries);
  } catch {
    return { version: 4, entries: [], headersEncrypted: false, truncated: false, problems: ['unreadable headers'] };
  }
}

function listRar4(b: Uint8Array, maxEntries: number): RarListing {
  const listing: RarListing = { version: 4, entries: [], headersEncrypted: false, truncated: false, problems: [] };
  let at = 7;
  while (at + 7 <= b.length) {
    const type = b[at + 2]!;
    const flags = u16(b, at + 3);
    const headSize = u16(b, at + 5);
    if (headSize < 7) {
      listing.problems.push(`bad header size at ${at}`);
      break;
    }
    let addSize = 0;
    if (type === 0x73) {
      // MAIN_HEAD: MHD_PASSWORD (0x80) means every following header is encrypted.
      if (flags & 0x80) {
        listing.headersEncrypted = true;
        break;
      }
    } else if (type === 0x74) {
      if (at + 32 > b.length) {
        listing.problems.push('file header truncated');
        break;
      }
      if (listing.entries.length >= maxEntries) {
        listing.truncated = true;
        break;
      }
      let packed = u32(b, at + 7);
      let unpacked = u32(b, at + 11);
      const method = b[at + 25]!;
      const nameSize = u16(b, at + 26);
      let nameAt = at + 32;
      if (flags & 0x100) {
        packed += u32(b, at + 32) * 2 ** 32;
        unpacked += u32(b, at + 36) * 2 ** 32;
        nameAt += 8;
      }
      const rawName = b.subarray(nameAt, Math.min(b.length, nameAt + nameSize));
      // LHD_UNICODE (0x200): "ASCII name \0 encoded Unicode"; the part before the NUL is readable enough.
      const zero = rawName.indexOf(0);
      const name = flags & 0x200 && zero >= 0 ? Buffer.from(rawName.subarray(0, zero)).toString('latin1') : Buffer.from(rawName).toString('latin1');
      listing.entries.push({
        name, packedSize: packed, unpackedSize: unpacked, encrypted: (flags & 0x04) !== 0, isDirectory: (flags & 0xe0) === 0xe0,
        method: method >= 0x30 && method <= 0x35 ? method - 0x30 : method, dataOffset: at + headSize, split: (flags & 0x03) !== 0,
      });
      addSize = packed;
    } else if (flags & 0x8000) {
      addSize = u32(b, at + 7);
    }
    if (type === 0x7b) break; // ENDARC_HEAD
    at += headSize + addSize;
  }
  return listing;
}

/** RAR5 variable-length integer: 7 bits per byte, high bit = more. */
function vint(b: Uint8Array, pos: { at: number }): number {
  let value = 0;
  let shift = 0;
  for (let i = 0; i < 10 && pos.at < b.length; i++) {
    const byte = b[pos.at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return value;
    shift += 7;
  }
  return value;
}

/**
 * Key derivations one archive may cost (each ≈ 6–12 ms at RAR's 2^15 rounds). RAR uses one salt for an archive's headers and
 * files, so a real archive needs one per password tried; an archive whose every entry has a salt of its own would otherwise
 * cost a derivation per entry and password.
 */
export const MAX_RAR_KEY_DERIVATIONS = 6;
export interface RarKeyBudget {
  left: number;
}

/** Keys already derived (an archive's headers and files share one salt): the last few, by rounds, salt and password. */
const KEYS = new Map<string, { key?: Buffer; check: Buffer }>();
const MAX_KEYS = 8;

/**
 * RAR 5's key of `password` for `crypt` (PBKDF2-HMAC-SHA256 of the UTF-8 password, 2^kdfLog2 rounds) and, when the archive
 * wrote a check value, whether the password matches it — computed first (32 rounds more: RAR's "PswCheck", its 32 bytes
 * folded to 8, then 4 bytes of their SHA-256), so that a wrong password costs one derivation. `limit` when the rounds are
 * over MAX_RAR5_KDF_LOG2; `undefined` for a wrong password.
 */
function rar5Key(password: string, crypt: Rar5Crypt, budget?: RarKeyBudget): Buffer | 'limit' | undefined {
  if (crypt.kdfLog2 > MAX_RAR5_KDF_LOG2) return 'limit';
  const id = `${crypt.kdfLog2}:${Buffer.from(crypt.salt).toString('hex')}:${password}`;
  let known = KEYS.get(id);
  if (!known) {
    if (budget && budget.left <= 0) return 'limit';
    if (budget) budget.left--;
    const v2 = pbkdf2Sync(Buffer.from(password, 'utf8'), crypt.salt, 2 ** crypt.kdfLog2 + 32, 32, 'sha256');
    const check = Buffer.alloc(8);
    for (let i = 0; i < 32; i++) check[i % 8]! ^= v2[i]!;
    known = { check };
    if (KEYS.size >= MAX_KEYS) KEYS.delete(KEYS.keys().next().value!);
    KEYS.set(id, known);
  }
  if (crypt.check && !Buffer.from(crypt.check.subarray(0, 8)).equals(known.check)) return undefined;
  // The key itself only for a password the check value accepted (or an archive that wrote none).
  known.key ??= pbkdf2Sync(Buffer.from(password, 'utf8'), crypt.salt, 2 ** crypt.kdfLog2, 32, 'sha256');
  return known.key;
}

/** Whether a check value is one RAR wrote: its last 4 bytes are the SHA-256 of its first 8 (else it is ignored). */
function sealedCheck(check: Uint8Array): boolean {
  return createHash('sha256').update(check.subarray(0, 8)).digest().subarray(0, 4).equals(check.subarray(8, 12));
}

function decryptCbc(key: Buffer, iv: Uint8Array, data: Uint8Array): Buffer {
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

/** One header's bytes (CRC first) and where its data area starts; decrypted when `key` is given (`-hp`). */
function readHeader5(b: Uint8Array, at: number, key: Buffer | undefined): { h: Uint8Array; dataAt: number } | string {
  if (!key) {
    const pos = { at: at + 4 };
    const size = vint(b, pos);
    const end = pos.at + size;
    if (size === 0 || end > b.length) return `bad header at ${at}`;
    return { h: b.subarray(at, end), dataAt: end };
  }
  // IV, then the header encrypted (CRC, size and all) and padded to 16 bytes; the first block gives the size.
  if (at + 32 > b.length) return `encrypted header truncated at ${at}`;
  const iv = b.subarray(at, at + 16);
  const first = decryptCbc(key, iv, b.subarray(at + 16, at + 32));
  const pos = { at: 4 };
  const size = vint(first, pos);
  const total = pos.at + size;
  const padded = Math.ceil(total / 16) * 16;
  if (size === 0 || pos.at >= 16 || at + 16 + padded > b.length) return `bad encrypted header at ${at}`;
  const h = decryptCbc(key, iv, b.subarray(at + 16, at + 16 + padded)).subarray(0, total);
  if (crc32(h.subarray(4)) !== u32(h, 0)) return `encrypted header at ${at} fails its CRC`;
  return { h, dataAt: at + 16 + padded };
}

/** The archive encryption header's fields (after type and flags). */
function readCrypt(h: Uint8Array, pos: { at: number }, withIv: boolean): Rar5Crypt | undefined {
  const version = vint(h, pos);
  const flags = vint(h, pos);
  const kdfLog2 = h[pos.at++]!;
  const salt = h.subarray(pos.at, pos.at + 16);
  pos.at += 16;
  const iv = withIv ? h.subarray(pos.at, pos.at + 16) : undefined;
  if (withIv) pos.at += 16;
  const check = flags & 0x01 ? h.subarray(pos.at, pos.at + 12) : undefined;
  if (version !== 0 || salt.length < 16 || (iv && iv.length < 16)) return undefined;
  return { kdfLog2, salt, ...(iv ? { iv } : {}), ...(check && check.length === 12 && sealedCheck(check) ? { check } : {}) };
}

function listRar5(b: Uint8Array, options: RarOptions): RarListing {
  const listing: RarListing = { version: 5, entries: [], headersEncrypted: false, truncated: false, problems: [] };
  let at = 8;
  let key: Buffer | undefined;
  for (let guard = 0; guard < 100_000 && at + 7 <= b.length; guard++) {
    const read = readHeader5(b, at, key);
    if (typeof read === 'string') {
      listing.problems.push(read);
      break;
    }
    const { h, dataAt } = read;
    const pos = { at: 4 };
    const headerSize = vint(h, pos);
    const headerEnd = pos.at + headerSize;
    const type = vint(h, pos);
    const flags = vint(h, pos);
    const extraSize = flags & 0x01 ? vint(h, pos) : 0;
    const dataSize = flags & 0x02 ? vint(h, pos) : 0;
    if (type === 4) {
      // One archive encryption header; another behind it (already decrypting) would cost key derivations again.
      if (key) {
        listing.problems.push(`second encryption header at ${at}`);
        break;
      }
      const crypt = readCrypt(h, pos, false);
      const opened = crypt ? openHeaders(b, dataAt, crypt, options.passwords ?? []) : undefined;
      if (opened?.limit) listing.passwordLimit = opened.limit;
      if (!opened?.key) {
        listing.headersEncrypted = true;
        break;
      }
      key = opened.key;
      listing.headersOpenedWith = opened.password;
      at = dataAt;
      continue;
    }
    if (type === 2) {
      if (listing.entries.length >= options.maxEntries) {
        listing.truncated = true;
        break;
      }
      const fileFlags = vint(h, pos);
      const unpacked = vint(h, pos);
      vint(h, pos); // attributes
      if (fileFlags & 0x02) pos.at += 4; // mtime
      if (fileFlags & 0x04) pos.at += 4; // data CRC32
      const compression = vint(h, pos);
      vint(h, pos); // host OS
      const nameLength = vint(h, pos);
      const name = utf8.decode(h.subarray(pos.at, Math.min(headerEnd, pos.at + nameLength)));
      // Extra area records: size, type; type 1 = file encryption record.
      let encrypted = false;
      let crypt: Rar5Crypt | undefined;
      const extra = { at: headerEnd - extraSize };
      while (extraSize > 0 && extra.at < headerEnd) {
        const size = vint(h, extra);
        const next = extra.at + size;
        if (vint(h, extra) === 1) {
          encrypted = true;
          crypt = readCrypt(h.subarray(0, Math.min(next, headerEnd)), extra, true);
        }
        if (size === 0) break;
        extra.at = next;
      }
      listing.entries.push({
        name, packedSize: dataSize, unpackedSize: unpacked, encrypted, isDirectory: (fileFlags & 0x01) !== 0, method: (compression >> 7) & 0x07,
        dataOffset: dataAt, split: (flags & 0x18) !== 0, ...(crypt ? { crypt } : {}),
      });
    }
    if (type === 5) break; // end of archive
    at = dataAt + dataSize;
  }
  return listing;
}

/**
 * The header key of the first of MAX_RAR_PASSWORDS_TRIED passwords that matches the check value — or, without one, whose key
 * decrypts the next header to a valid CRC. Over MAX_RAR5_KDF_LOG2 rounds no password is tried: the limit is returned.
 */
function openHeaders(b: Uint8Array, nextAt: number, crypt: Rar5Crypt, passwords: readonly string[]): { key?: Buffer; password?: string; limit?: string } {
  for (const password of passwords.slice(0, MAX_RAR_PASSWORDS_TRIED)) {
    const key = rar5Key(password, crypt);
    if (key === 'limit') return { limit: limitDetail(crypt) };
    if (key && (crypt.check || typeof readHeader5(b, nextAt, key) !== 'string')) return { key, password };
  }
  return {};
}

function limitDetail(crypt: Rar5Crypt): string {
  return crypt.kdfLog2 > MAX_RAR5_KDF_LOG2 ? `RAR key stretched 2^${crypt.kdfLog2} times, over 2^${MAX_RAR5_KDF_LOG2}` : `more than ${MAX_RAR_KEY_DERIVATIONS} RAR keys to derive (a salt per entry)`;
}

export type RarDataResult =
  | { ok: true; data: Uint8Array; password?: string }
  | { ok: false; reason: 'compressed' | 'encrypted' | 'split' | 'corrupt' | 'limit'; detail: string };

/**
 * The bytes of a stored entry (method 0), decrypted with the first of the message's passwords that its check value accepts
 * when it is RAR 5 and encrypted (`trusted`: the password that opened the archive's headers, accepted without a check value).
 * Compressed, split, RAR 4 encrypted, or a password over the limit: why not.
 */
export function rarEntryData(b: Uint8Array, entry: RarEntry, passwords: readonly string[] = [], trusted?: string, budget?: RarKeyBudget): RarDataResult {
  if (entry.method !== 0) return { ok: false, reason: 'compressed', detail: `RAR method ${entry.method} (compressed) not decoded` };
  if (entry.split) return { ok: false, reason: 'split', detail: 'continues in another volume' };
  const end = entry.dataOffset + entry.packedSize;
  if (end > b.length || entry.dataOffset < 0) return { ok: false, reason: 'corrupt', detail: 'data beyond the archive' };
  const stored = b.subarray(entry.dataOffset, end);
  if (!entry.encrypted) {
    return entry.unpackedSize > stored.length ? { ok: false, reason: 'corrupt', detail: 'stored data shorter than its size' } : { ok: true, data: stored.subarray(0, entry.unpackedSize) };
  }
  const crypt = entry.crypt;
  if (!crypt?.iv) return { ok: false, reason: 'encrypted', detail: 'encrypted' };
  if (stored.length % 16 !== 0 || entry.unpackedSize > stored.length) return { ok: false, reason: 'corrupt', detail: 'encrypted data not whole AES blocks' };
  const candidates = crypt.check ? passwords.slice(0, MAX_RAR_PASSWORDS_TRIED) : trusted !== undefined ? [trusted] : [];
  for (const password of candidates) {
    const key = rar5Key(password, crypt, budget);
    if (key === 'limit') return { ok: false, reason: 'limit', detail: limitDetail(crypt) };
    if (key) return { ok: true, data: decryptCbc(key, crypt.iv, stored).subarray(0, entry.unpackedSize), password };
  }
  return { ok: false, reason: 'encrypted', detail: 'encrypted' };
}

/** Whether one of the message's passwords is the entry's (its RAR 5 check value accepts it), without decrypting anything. */
export function rarPasswordOf(entry: RarEntry, passwords: readonly string[], budget?: RarKeyBudget): string | 'limit' | undefined {
  const crypt = entry.crypt;
  if (!crypt?.check) return undefined;
  for (const password of passwords.slice(0, MAX_RAR_PASSWORDS_TRIED)) {
    const key = rar5Key(password, crypt, budget);
    if (key === 'limit') return 'limit';
    if (key) return password;
  }
  return undefined;
}
