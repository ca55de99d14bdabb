/**
 * 7-Zip listing from headers only (7zFormat.txt of the 7-Zip sources). A plain header is parsed for
 * file names and the coders (AES-256 = 06F10701 means encrypted content). 7-Zip compresses the header by
 * default (kEncodedHeader); without an LZMA decoder the names are then unavailable, but the coders of the
 * encoded header still tell whether the header is encrypted (`-mhe`).
 */

export interface SevenZipListing {
  names: string[];
  /** Content encrypted (an AES coder in a folder). */
  encrypted: boolean;
  /** The header itself is AES-encrypted: names are hidden. */
  headersEncrypted: boolean;
  /** The header is compressed: names cannot be listed here. */
  headersCompressed: boolean;
  truncated: boolean;
  problems: string[];
}

const AES_CODER = '06f10701';

class Reader {
  constructor(
    readonly b: Uint8Array,
    public at: number,
    readonly end: number,
  ) {}
  byte(): number {
    if (this.at >= this.end) throw new Error('7z header truncated');
    return this.b[this.at++]!;
  }
  /** 7z NUMBER: the first byte's leading one bits tell how many little-endian bytes follow. */
  num(): number {
    const first = this.byte();
    let mask = 0x80;
    let value = 0;
    for (let i = 0; i < 8; i++) {
      if ((first & mask) === 0) return value + (first & (mask - 1)) * 2 ** (8 * i);
      value += this.byte() * 2 ** (8 * i);
      mask >>= 1;
    }
    return value;
  }
  skip(n: number): void {
    if (n < 0 || this.at + n > this.end) throw new Error('7z header truncated');
    this.at += n;
  }
}

function skipDigests(r: Reader, count: number): void {
  const allDefined = r.byte();
  let defined = count;
  if (!allDefined) {
    defined = 0;
    for (let i = 0; i < count; i += 8) {
      const bits = r.byte();
      for (let k = 0; k < 8 && i + k < count; k++) if (bits & (0x80 >> k)) defined++;
    }
  }
  r.skip(4 * defined);
}

/** Reads PackInfo / UnpackInfo / SubStreamsInfo; returns the coder ids seen. */
function readStreamsInfo(r: Reader): string[] {
  const coders: string[] = [];
  let numFolders = 0;
  const outStreamsPerFolder: number[] = [];
  for (let guard = 0; guard < 64; guard++) {
    const id = r.byte();
    if (id === 0x00) return coders;
    if (id === 0x06) {
      r.num();
      const numPackStreams = r.num();
      for (let prop = r.byte(); prop !== 0; prop = r.byte()) {
        if (prop === 0x09) for (let i = 0; i < numPackStreams; i++) r.num();
        else if (prop === 0x0a) skipDigests(r, numPackStreams);
        else throw new Error('7z: unexpected PackInfo property');
      }
    } else if (id === 0x07) {
      if (r.byte() !== 0x0b) throw new Error('7z: expected Folder');
      numFolders = r.num();
      if (numFolders > 10_000) throw new Error('7z: too many folders');
      if (r.byte() !== 0) throw new Error('7z: external folders');
      for (let f = 0; f < numFolders; f++) {
        const numCoders = r.num();
        if (numCoders > 64) throw new Error('7z: too many coders');
        let totalIn = 0;
        let totalOut = 0;
        for (let c = 0; c < numCoders; c++) {
          const flags = r.byte();
          const idSize = flags & 0x0f;
          let hex = '';
          for (let i = 0; i < idSize; i++) hex += r.byte().toString(16).padStart(2, '0');
          coders.push(hex);
          if (flags & 0x10) {
            totalIn += r.num();
            totalOut += r.num();
          } else {
            totalIn++;
            totalOut++;
          }
          if (flags & 0x20) r.skip(r.num());
        }
        for (let i = 0; i < totalOut - 1; i++) (r.num(), r.num());
        const packed = totalIn - (totalOut - 1);
        if (packed > 1) for (let i = 0; i < packed; i++) r.num();
        outStreamsPerFolder.push(totalOut);
      }
      if (r.byte() !== 0x0c) throw new Error('7z: expected CodersUnpackSize');
      for (const outs of outStreamsPerFolder) for (let i = 0; i < outs; i++) r.num();
      for (let prop = r.byte(); prop !== 0; prop = r.byte()) {
        if (prop === 0x0a) skipDigests(r, numFolders);
        else throw new Error('7z: unexpected UnpackInfo property');
      }
    } else if (id === 0x08) {
      const perFolder = new Array<number>(numFolders).fill(1);
      let prop = r.byte();
      if (prop === 0x0d) {
        for (let f = 0; f < numFolders; f++) perFolder[f] = r.num();
        prop = r.byte();
      }
      if (prop === 0x09) {
        for (const n of perFolder) for (let i = 1; i < n; i++) r.num();
        prop = r.byte();
      }
      while (prop !== 0) {
        if (prop === 0x0a) skipDigests(r, perFolder.reduce((a, n) => a + n, 0));
        else throw new Error('7z: unexpected SubStreamsInfo property');
        prop = r.byte();
      }
    } else {
      throw new Error(`7z: unexpected property ${id}`);
    }
  }
  return coders;
}

/** Lists a 7z archive from its headers; `undefined` when the signature is absent. Never throws. */
export function listSevenZip(b: Uint8Array, options: { maxEntries: number }): SevenZipListing | undefined {
  const sig = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
  if (b.length < 32 || !sig.every((x, i) => b[i] === x)) return undefined;
  const listing: SevenZipListing = { names: [], encrypted: false, headersEncrypted: false, headersCompressed: false, truncated: false, problems: [] };
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const offset = Number(dv.getBigUint64(12, true));
  const size = Number(dv.getBigUint64(20, true));
  const start = 32 + offset;
  if (size === 0 || start + size > b.length) {
    listing.problems.push('header outside the archive (truncated or a multi-volume part)');
    return listing;
  }
  const r = new Reader(b, start, start + size);
  try {
    const kind = r.byte();
    if (kind === 0x17) {
      const coders = readStreamsInfo(r);
      if (coders.includes(AES_CODER)) listing.headersEncrypted = listing.encrypted = true;
      else listing.headersCompressed = true;
      return listing;
    }
    if (kind !== 0x01) throw new Error('7z: unknown header kind');
    for (let id = r.byte(); id !== 0x00; id = r.byte()) {
      if (id === 0x02) {
        for (let t = r.byte(); t !== 0; t = r.byte()) r.skip(r.num());
      } else if (id === 0x03 || id === 0x04) {
        if (readStreamsInfo(r).includes(AES_CODER)) listing.encrypted = true;
      } else if (id === 0x05) {
        const numFiles = r.num();
        for (let type = r.num(); type !== 0; type = r.num()) {
          const propSize = r.num();
          const propEnd = r.at + propSize;
          if (type === 0x11 && r.byte() === 0) {
            let name = '';
            while (r.at + 1 < propEnd) {
              const code = r.b[r.at]! | (r.b[r.at + 1]! << 8);
              r.at += 2;
              if (code === 0) {
                if (listing.names.length >= options.maxEntries) {
                  listing.truncated = true;
                  break;
                }
                listing.names.push(name);
                name = '';
              } else name += String.fromCharCode(code);
            }
          }
          r.at = propEnd;
          if (r.at > r.end) throw new Error('7z header truncated');
        }
        if (listing.names.length > numFiles) listing.problems.push('more names than files');
      } else {
        throw new Error(`7z: unexpected header property ${id}`);
      }
    }
  } catch (err) {
    listing.problems.push((err as Error).message);
  }
  return listing;
}
