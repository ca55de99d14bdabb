import { createCipheriv, createHash, pbkdf2Sync } from 'node:crypto';
import { crc32 } from '../zip/crc32.js';

/**
 * RAR archives written byte by byte from RARLAB's format descriptions ("RAR 5.0 archive format"; technote.txt for 4.x), for
 * tests: no tool that writes RAR is installable here (`rar` is non-free; 7-Zip and libarchive read RAR, never write it). The
 * archives these functions write were checked with 7-Zip 26.02 (`7zz l` / `7zz t -p…`, names, sizes, CRCs and, for the
 * encrypted ones, the password) when the builder was written (session 17).
 *
 * RAR 5: vint headers with CRC32; `method` 0 stores a file's bytes (`-m0`), any other method writes `data` as if it were
 * compressed (nothing here compresses: the reader only lists such entries). A password encrypts every file's data (AES-256-CBC,
 * PBKDF2-HMAC-SHA256 key, the 12-byte password check); `encryptHeaders` (`-hp`) also encrypts every header after the archive
 * encryption header, each behind its own IV and padded to 16 bytes.
 */
export interface RarFileSpec {
  name: string;
  data?: Uint8Array | string;
  /** 0 = stored (the default); 1–5 = compressed (data written as given, never compressed here). */
  method?: number;
  /** Unpacked size written for a compressed entry (default: the data's length). */
  unpackedSize?: number;
  directory?: boolean;
}

export interface Rar5Options {
  password?: string;
  /** `-hp`: the headers encrypted too (needs `password`). */
  encryptHeaders?: boolean;
  /** Binary logarithm of PBKDF2's iterations (RAR writes 15). */
  kdfLog2?: number;
  /** Leave out the password check value (RAR always writes it; a reader must then find a wrong password otherwise). */
  noCheck?: boolean;
}

function vint(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const low = n % 128;
    n = Math.floor(n / 128);
    out.push(n > 0 ? low | 0x80 : low);
    if (n === 0) return out;
  }
}

const u32le = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** One header: CRC32 over the size field and everything after it, the size, type, flags, [extra size], [data size], fields, extra. */
function header5(type: number, fields: number[], extra: number[] = [], dataSize?: number): Buffer {
  const flags = (extra.length ? 0x01 : 0) | (dataSize !== undefined ? 0x02 : 0);
  const body = [...vint(type), ...vint(flags), ...(extra.length ? vint(extra.length) : []), ...(dataSize !== undefined ? vint(dataSize) : []), ...fields, ...extra];
  const sized = Buffer.from([...vint(body.length), ...body]);
  return Buffer.concat([Buffer.from(u32le(crc32(sized))), sized]);
}

/** The AES key and the 12-byte check value of `password` (RAR 5: PBKDF2-HMAC-SHA256, 2^log2 rounds; +32 rounds give the check). */
export function rar5Key(password: string, salt: Uint8Array, log2: number): { key: Buffer; check: Buffer } {
  const pw = Buffer.from(password, 'utf8');
  const key = pbkdf2Sync(pw, salt, 2 ** log2, 32, 'sha256');
  const v2 = pbkdf2Sync(pw, salt, 2 ** log2 + 32, 32, 'sha256');
  const check = Buffer.alloc(8);
  for (let i = 0; i < 32; i++) check[i % 8]! ^= v2[i]!;
  return { key, check: Buffer.concat([check, createHash('sha256').update(check).digest().subarray(0, 4)]) };
}

const pad16 = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((16 - (b.length % 16)) % 16)]);
const aes = (key: Buffer, iv: Buffer, data: Buffer): Buffer => {
  const c = createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([c.update(pad16(data)), c.final()]);
};
/** Salts and IVs are fixed (the archives stay byte-identical run to run). */
const fixed = (seed: number): Buffer => Buffer.from(Array.from({ length: 16 }, (_, i) => (seed * 31 + i * 7) & 0xff));

/** A RAR 5 archive of `files` (see the module comment). */
export function buildRar5(files: readonly RarFileSpec[], options: Rar5Options = {}): Buffer {
  const log2 = options.kdfLog2 ?? 15;
  const password = options.password;
  const salt = fixed(1);
  const derived = password !== undefined ? rar5Key(password, salt, log2) : undefined;
  const check = derived && !options.noCheck ? [...derived.check] : [];
  const parts: Buffer[] = [Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1')];
  let ivSeed = 100;
  // A header after the encryption header: a fresh IV, then the header encrypted (CRC and all), padded to 16 bytes.
  const put = (h: Buffer): void => {
    if (!options.encryptHeaders || !derived) {
      parts.push(h);
      return;
    }
    const iv = fixed(ivSeed++);
    parts.push(iv, aes(derived.key, iv, h));
  };
  if (options.encryptHeaders && derived) parts.push(header5(4, [...vint(0), ...vint(check.length ? 1 : 0), log2, ...salt, ...check]));
  put(header5(1, [...vint(0)]));
  for (const f of files) {
    const plain = typeof f.data === 'string' ? Buffer.from(f.data) : Buffer.from(f.data ?? []);
    const method = f.method ?? 0;
    let data: Buffer = plain;
    let extra: number[] = [];
    if (derived && !f.directory) {
      const iv = fixed(ivSeed++);
      data = aes(derived.key, iv, plain);
      // File encryption record: version 0 (AES-256), flags (0x01 = check value present), KDF count, salt, IV, check.
      const record = [...vint(1), ...vint(0), ...vint(check.length ? 1 : 0), log2, ...salt, ...iv, ...check];
      extra = [...vint(record.length), ...record];
    }
    const fileFlags = (f.directory ? 0x01 : 0) | 0x04;
    const nameBytes = [...Buffer.from(f.name, 'utf8')];
    const fields = [
      ...vint(fileFlags), ...vint(f.unpackedSize ?? plain.length), ...vint(f.directory ? 0x10 : 0x20), ...u32le(crc32(plain)),
      ...vint((method & 7) << 7), ...vint(0), ...vint(nameBytes.length), ...nameBytes,
    ];
    put(header5(2, fields, extra, f.directory ? undefined : data.length));
    if (!f.directory) parts.push(data);
  }
  put(header5(5, [...vint(0)]));
  return Buffer.concat(parts);
}

/** A RAR 4 archive of stored (method 0x30), unencrypted files: marker, main header, one file header and its bytes per file, end. */
export function buildRar4(files: readonly { name: string; data: Uint8Array | string; method?: number }[]): Buffer {
  const block = (type: number, flags: number, rest: Buffer, addData?: Buffer): Buffer => {
    const head = Buffer.alloc(7 + rest.length);
    head[2] = type;
    head.writeUInt16LE(flags, 3);
    head.writeUInt16LE(head.length, 5);
    rest.copy(head, 7);
    head.writeUInt16LE(crc32(head.subarray(2)) & 0xffff, 0);
    return addData ? Buffer.concat([head, addData]) : head;
  };
  const parts = [Buffer.from('Rar!\x1a\x07\x00', 'latin1'), block(0x73, 0, Buffer.alloc(6))];
  for (const f of files) {
    const data = typeof f.data === 'string' ? Buffer.from(f.data) : Buffer.from(f.data);
    const name = Buffer.from(f.name, 'latin1');
    const rest = Buffer.alloc(25 + name.length);
    rest.writeUInt32LE(data.length, 0); // PACK_SIZE
    rest.writeUInt32LE(data.length, 4); // UNP_SIZE
    rest[8] = 2; // HOST_OS: Windows
    rest.writeUInt32LE(crc32(data), 9); // FILE_CRC
    rest.writeUInt32LE(0x5ac10000, 13); // FTIME (DOS)
    rest[17] = 20; // UNP_VER 2.0
    rest[18] = f.method ?? 0x30; // METHOD: 0x30 = store
    rest.writeUInt16LE(name.length, 19);
    rest.writeUInt32LE(0x20, 21); // ATTR: archive
    name.copy(rest, 25);
    parts.push(block(0x74, 0x8000, rest, data));
  }
  parts.push(block(0x7b, 0x4000, Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/**
 * A RAR 4 archive written with `-hp` (session 23): marker, a main header with MHD_PASSWORD (0x80), then what stands for the
 * encrypted headers — an 8-byte salt and `blocks` 16-byte blocks. Not RAR 4's real ciphertext (its AES-128 key derivation,
 * SHA-1 over 2^18 rounds, is not written here): the reader stops at the flag, as unrar does without the password, so only
 * the flag and the header's CRC matter. The bytes are a hash chain of `seed`, the same on every run.
 */
export function buildRar4HiddenHeaders(seed = 'rar4-hp', blocks = 24): Buffer {
  const main = Buffer.alloc(13);
  main[2] = 0x73;
  main.writeUInt16LE(0x80, 3); // MHD_PASSWORD
  main.writeUInt16LE(main.length, 5);
  main.writeUInt16LE(crc32(main.subarray(2)) & 0xffff, 0);
  const body: Buffer[] = [];
  let h = createHash('sha256').update(seed).digest();
  for (let i = 0; i < (8 + blocks * 16) / 32 + 1; i++) {
    body.push(h);
    h = createHash('sha256').update(h).digest();
  }
  return Buffer.concat([Buffer.from('Rar!\x1a\x07\x00', 'latin1'), main, Buffer.concat(body).subarray(0, 8 + blocks * 16)]);
}
