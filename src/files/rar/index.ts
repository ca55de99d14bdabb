/**
 * RAR listing from headers only (no decompression): RAR 1.5–4.x block headers and RAR 5.0 vint headers,
 * as documented by RARLAB (technote.txt for 4.x, "RAR 5.0 archive format"). Enough to see the names,
 * sizes and the encryption flags of what the archive carries.
 */

export interface RarEntry {
  name: string;
  packedSize: number;
  unpackedSize: number;
  encrypted: boolean;
  isDirectory: boolean;
}

export interface RarListing {
  version: 4 | 5;
  entries: RarEntry[];
  /** Headers themselves are encrypted (`-hp`): names cannot be listed without the password. */
  headersEncrypted: boolean;
  truncated: boolean;
  problems: string[];
}

const utf8 = new TextDecoder('utf-8');

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** Lists a RAR archive; `undefined` when the signature is absent. Never throws. */
export function listRar(b: Uint8Array, options: { maxEntries: number }): RarListing | undefined {
  if (b.length < 7 || Buffer.from(b.subarray(0, 6)).toString('latin1') !== 'Rar!\x1a\x07') return undefined;
  try {
    return b[6] === 0x01 && b[7] === 0x00 ? listRar5(b, options.maxEntries) : listRar4(b, options.maxEntries);
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
      listing.entries.push({ name, packedSize: packed, unpackedSize: unpacked, encrypted: (flags & 0x04) !== 0, isDirectory: (flags & 0xe0) === 0xe0 });
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

function listRar5(b: Uint8Array, maxEntries: number): RarListing {
  const listing: RarListing = { version: 5, entries: [], headersEncrypted: false, truncated: false, problems: [] };
  let at = 8;
  for (let guard = 0; guard < 100_000 && at + 7 <= b.length; guard++) {
    const pos = { at: at + 4 };
    const headerSize = vint(b, pos);
    const headerStart = pos.at;
    const headerEnd = headerStart + headerSize;
    if (headerSize === 0 || headerEnd > b.length) {
      listing.problems.push(`bad header at ${at}`);
      break;
    }
    const type = vint(b, pos);
    const flags = vint(b, pos);
    const extraSize = flags & 0x01 ? vint(b, pos) : 0;
    const dataSize = flags & 0x02 ? vint(b, pos) : 0;
    if (type === 4) {
      listing.headersEncrypted = true;
      break;
    }
    if (type === 2) {
      if (listing.entries.length >= maxEntries) {
        listing.truncated = true;
        break;
      }
      const fileFlags = vint(b, pos);
      const unpacked = vint(b, pos);
      vint(b, pos); // attributes
      if (fileFlags & 0x02) pos.at += 4; // mtime
      if (fileFlags & 0x04) pos.at += 4; // data CRC32
      vint(b, pos); // compression information
      vint(b, pos); // host OS
      const nameLength = vint(b, pos);
      const name = utf8.decode(b.subarray(pos.at, Math.min(headerEnd, pos.at + nameLength)));
      // Extra area records: size, type; type 1 = file encryption record.
      let encrypted = false;
      const extra = { at: headerEnd - extraSize };
      while (extraSize > 0 && extra.at < headerEnd) {
        const size = vint(b, extra);
        const next = extra.at + size;
        if (vint(b, extra) === 1) encrypted = true;
        if (size === 0) break;
        extra.at = next;
      }
      listing.entries.push({ name, packedSize: dataSize, unpackedSize: unpacked, encrypted, isDirectory: (fileFlags & 0x01) !== 0 });
    }
    if (type === 5) break; // end of archive
    at = headerEnd + dataSize;
  }
  return listing;
}
