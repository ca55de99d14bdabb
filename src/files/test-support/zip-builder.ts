import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { crc32 } from '../zip/crc32.js';
import { ZipCryptoCipher } from '../zip/index.js';

/** One file to put in a test zip. `name` may be raw bytes to test name decoding. */
export interface ZipFileSpec {
  name: string | Uint8Array;
  data: Uint8Array | string;
  /** Deflate (default) or store. */
  method?: 0 | 8;
  /** Set the UTF-8 name flag (bit 11). Defaults to true for non-ASCII string names. */
  utf8Flag?: boolean;
  /** Encrypt with ZipCrypto and this password. */
  password?: string;
  /** Mark as AES (method 99) without real encryption: for listing tests. */
  fakeAes?: boolean;
  /** Lie about the uncompressed size in the headers. */
  declaredSize?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n & 0xffff);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** ZipCrypto-encrypts `data` (APPNOTE §6.1) with a fixed 11-byte header prefix (tests stay deterministic). */
export function zipCryptoEncrypt(data: Uint8Array, password: string, crc: number): Buffer {
  const cipher = new ZipCryptoCipher(password);
  const plain = Buffer.concat([Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, crc >>> 24]), Buffer.from(data)]);
  const out = Buffer.alloc(plain.length);
  for (let i = 0; i < plain.length; i++) {
    out[i] = plain[i]! ^ cipher.keyByte();
    cipher.update(plain[i]!);
  }
  return out;
}

const crcs = new WeakMap<object, number>();
function crcCached(source: Uint8Array | string, data: Buffer): number {
  if (typeof source === 'string') return crc32(data);
  let out = crcs.get(source);
  if (out === undefined) crcs.set(source, (out = crc32(data)));
  return out;
}

// The same Buffer put in many entries (bomb tests) is deflated once.
const deflated = new WeakMap<object, Buffer>();
function deflateCached(source: Uint8Array | string, data: Buffer): Buffer {
  if (typeof source === 'string') return deflateRawSync(data);
  let out = deflated.get(source);
  if (!out) deflated.set(source, (out = deflateRawSync(data)));
  return out;
}

/**
 * Builds a zip archive in memory (local headers, central directory, EOCD).
 * @example buildZip([{ name: 'FAX_scan.pdf.scr', data: buildPe() }])
 */
export function buildZip(files: readonly ZipFileSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const data = typeof f.data === 'string' ? Buffer.from(f.data) : Buffer.from(f.data);
    const name = typeof f.name === 'string' ? Buffer.from(f.name, 'utf8') : Buffer.from(f.name);
    const nonAscii = typeof f.name === 'string' && /[^\x00-\x7f]/.test(f.name);
    const method = f.method ?? 8;
    const crc = crcCached(f.data, data);
    let body: Buffer = method === 8 ? deflateCached(f.data, data) : data;
    let flags = (f.utf8Flag ?? nonAscii) ? 0x800 : 0;
    let realMethod: number = method;
    if (f.password !== undefined) {
      body = zipCryptoEncrypt(body, f.password, crc);
      flags |= 1;
    }
    if (f.fakeAes) {
      flags |= 1;
      realMethod = 99;
    }
    const size = f.declaredSize ?? data.length;
    const common = Buffer.concat([u16(20), u16(flags), u16(realMethod), u16(0), u16(0x21), u32(crc), u32(body.length), u32(size), u16(name.length)]);
    const local = Buffer.concat([u32(0x04034b50), common, u16(0), name, body]);
    const central = Buffer.concat([u32(0x02014b50), u16(0x031e), common, u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(files.length), u16(files.length), u32(cd.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, cd, eocd]);
}

/**
 * An overlapping-entry zip bomb (D. Fifield, "A better zip bomb", 2019, simplified): one deflated blob
 * and `entries` central-directory records that all point at the same local header, each claiming the
 * blob's full uncompressed size. Listing is cheap; extracting every entry naively costs entries × size.
 */
export function buildOverlappingZipBomb(entries: number, zeroBytes: number): Buffer {
  const data = Buffer.alloc(zeroBytes);
  const body = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const name = Buffer.from('blob.bin');
  const common = Buffer.concat([u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(crc), u32(body.length), u32(zeroBytes), u16(name.length)]);
  const local = Buffer.concat([u32(0x04034b50), common, u16(0), name, body]);
  const centrals: Buffer[] = [];
  for (let i = 0; i < entries; i++) {
    const entryName = Buffer.from(`file${i}.bin`);
    const c = Buffer.concat([u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(crc), u32(body.length), u32(zeroBytes), u16(entryName.length)]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(0x031e), c, u16(0), u16(0), u16(0), u16(0), u32(0), u32(0), entryName]));
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries), u16(entries), u32(cd.length), u32(local.length), u16(0)]);
  return Buffer.concat([local, cd, eocd]);
}

/**
 * A zip with one entry that inflates to `mebibytes` MiB of zeros from about 1 KiB per MiB (ratio ~1000),
 * built by repeating one full-flushed deflate block instead of compressing the zeros (cheap to build).
 * `declaredSize` is what the local and central headers claim the entry inflates to (honest by default).
 */
export function zipBomb(mebibytes: number, declaredSize = mebibytes * 1024 * 1024): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const body = Buffer.concat([...Array.from({ length: mebibytes }, () => block), last]);
  const name = Buffer.from('statement.pdf');
  // The CRC is not checked for unencrypted entries; 0 keeps the builder from touching the zeros.
  const common = Buffer.concat([u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(0), u32(body.length), u32(declaredSize), u16(name.length)]);
  const local = Buffer.concat([u32(0x04034b50), common, u16(0), name, body]);
  const central = Buffer.concat([u32(0x02014b50), u16(0x031e), common, u16(0), u16(0), u16(0), u16(0), u32(0), u32(0), name]);
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(1), u16(1), u32(central.length), u32(local.length), u16(0)]);
  return Buffer.concat([local, central, eocd]);
}
