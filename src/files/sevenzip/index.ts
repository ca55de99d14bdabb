/**
 * 7-Zip listing from headers (7zFormat.txt of the 7-Zip sources). The header gives the file names, their sizes and the
 * coders (AES-256 = 06F10701 means encrypted content). 7-Zip compresses the header by default (kEncodedHeader, LZMA):
 * it is decoded here with the bounded decoder of ./lzma.ts, so the names of a default 7z are listed; a header over
 * `maxHeaderBytes` or a dictionary over `maxDictionary` is a limit (headerLimit), never a silent skip. The coders of an
 * encoded header still tell whether the header is encrypted (`-mhe`).
 */

import { bcjX86Decode, decryptSevenZipAes } from './filters.js';
import { decodeLzma, decodeLzma2, type LzmaLimits, type LzmaResult } from './lzma.js';

export interface SevenZipEntry {
  name: string;
  /** Unpacked size (0 for an empty file or a directory). */
  size: number;
  isDirectory: boolean;
  /** The folder (solid block) holding its bytes, and where in the folder's output they start; -1 without content. */
  folder: number;
  offset: number;
}

export interface SevenZipFolder {
  coders: { id: string; props: Uint8Array }[];
  /** Whether the folder is one coder with one packed stream (copy, LZMA, LZMA2), which sevenZipFolderData can decode. */
  simple: boolean;
  /**
   * A chain of one-in, one-out coders sevenZipFolderData can run besides a simple folder (session 16): the coders' indices
   * from the one reading the packed stream to the one writing the folder's output — a branch filter after LZMA/LZMA2
   * (`BCJ LZMA2`, 7-Zip's choice for a program) or AES before it (`-p`). Undefined for any other shape.
   */
  chain?: number[];
  /** Each coder's output size, by coder index. */
  outSizes: number[];
  packOffset: number;
  packSize: number;
  unpackSize: number;
}

export interface SevenZipListing {
  /** The files and directories the header names, in its order. */
  entries: SevenZipEntry[];
  folders: SevenZipFolder[];
  /** Content encrypted (an AES coder in a folder). */
  encrypted: boolean;
  /** The header itself is AES-encrypted: names are hidden (unless `headerOpenedWith` opened it). */
  headersEncrypted: boolean;
  /** The password (of SevenZipOptions.passwords) that opened an encrypted header: names listed, `headersEncrypted` false. */
  headerOpenedWith?: string;
  /** The header is compressed and could not be decoded (the reason in problems or headerLimit): names not listed. */
  headersCompressed: boolean;
  /** The compressed header was over a limit (its detail). */
  headerLimit?: string;
  truncated: boolean;
  problems: string[];
}

export interface SevenZipOptions {
  maxEntries: number;
  /** Largest decoded header (default 8 MiB). */
  maxHeaderBytes?: number;
  /** Largest LZMA dictionary accepted for the header (default 64 MiB). */
  maxDictionary?: number;
  /** Passwords the message gives, tried (≤ MAX_PASSWORDS_TRIED) on an encrypted header (`-mhe`). */
  passwords?: readonly string[];
}

const AES_CODER = '06f10701';
const COPY_CODER = '00';
const LZMA_CODER = '030101';
const LZMA2_CODER = '21';
const BCJ_X86_CODER = '03030103';
const DEFAULT_MAX_HEADER = 8 * 1024 * 1024;
const DEFAULT_MAX_DICTIONARY = 64 * 1024 * 1024;
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

interface StreamsInfo {
  packPos: number;
  packSizes: number[];
  folders: SevenZipFolder[];
  /** Unpacked streams of each folder (SubStreamsInfo; 1 when absent) and their sizes in order. */
  streamsPerFolder: number[];
  streamSizes: number[];
}

/** Reads PackInfo / UnpackInfo / SubStreamsInfo. */
function readStreamsInfo(r: Reader): StreamsInfo {
  const info: StreamsInfo = { packPos: 0, packSizes: [], folders: [], streamsPerFolder: [], streamSizes: [] };
  let numFolders = 0;
  const outSizes: number[][] = [];
  const mainOut: number[] = [];
  let sawSubStreams = false;
  for (let guard = 0; guard < 64; guard++) {
    const id = r.byte();
    if (id === 0x00) break;
    if (id === 0x06) {
      info.packPos = r.num();
      const numPackStreams = r.num();
      if (numPackStreams > 100_000) throw new Error('7z: too many packed streams');
      for (let prop = r.byte(); prop !== 0; prop = r.byte()) {
        if (prop === 0x09) for (let i = 0; i < numPackStreams; i++) info.packSizes.push(r.num());
        else if (prop === 0x0a) skipDigests(r, numPackStreams);
        else throw new Error('7z: unexpected PackInfo property');
      }
    } else if (id === 0x07) {
      if (r.byte() !== 0x0b) throw new Error('7z: expected Folder');
      numFolders = r.num();
      if (numFolders > 10_000) throw new Error('7z: too many folders');
      if (r.byte() !== 0) throw new Error('7z: external folders');
      let packIndex = 0;
      for (let f = 0; f < numFolders; f++) {
        const numCoders = r.num();
        if (numCoders > 64) throw new Error('7z: too many coders');
        const coders: { id: string; props: Uint8Array }[] = [];
        let totalIn = 0;
        let totalOut = 0;
        for (let c = 0; c < numCoders; c++) {
          const flags = r.byte();
          const idSize = flags & 0x0f;
          let hex = '';
          for (let i = 0; i < idSize; i++) hex += r.byte().toString(16).padStart(2, '0');
          if (flags & 0x10) {
            totalIn += r.num();
            totalOut += r.num();
          } else {
            totalIn++;
            totalOut++;
          }
          let props: Uint8Array = new Uint8Array(0);
          if (flags & 0x20) {
            const n = r.num();
            const at = r.at;
            r.skip(n);
            props = r.b.subarray(at, at + n);
          }
          coders.push({ id: hex, props });
        }
        if (totalOut > 64 || totalIn > 64) throw new Error('7z: too many coder streams');
        const boundOut = new Set<number>();
        /** Which coder's output feeds each bound input (coders here have one input and one output: index = coder). */
        const feeds = new Map<number, number>();
        for (let i = 0; i < totalOut - 1; i++) {
          const inIndex = r.num();
          const outIndex = r.num();
          boundOut.add(outIndex);
          feeds.set(inIndex, outIndex);
        }
        const packed = totalIn - (totalOut - 1);
        if (packed > 1) for (let i = 0; i < packed; i++) r.num();
        let main = 0;
        while (boundOut.has(main) && main < totalOut) main++;
        mainOut.push(main);
        outSizes.push(new Array<number>(totalOut).fill(0));
        const simple = numCoders === 1 && totalIn === 1 && totalOut === 1 && [COPY_CODER, LZMA_CODER, LZMA2_CODER].includes(coders[0]!.id);
        const chain = !simple && numCoders <= 3 && totalIn === numCoders && totalOut === numCoders && packed === 1 ? coderChain(coders, feeds, main) : undefined;
        info.folders.push({ coders, simple, ...(chain ? { chain } : {}), outSizes: [], packOffset: packIndex, packSize: 0, unpackSize: 0 });
        packIndex += Math.max(0, packed);
      }
      if (r.byte() !== 0x0c) throw new Error('7z: expected CodersUnpackSize');
      for (const sizes of outSizes) for (let i = 0; i < sizes.length; i++) sizes[i] = r.num();
      for (let prop = r.byte(); prop !== 0; prop = r.byte()) {
        if (prop === 0x0a) skipDigests(r, numFolders);
        else throw new Error('7z: unexpected UnpackInfo property');
      }
    } else if (id === 0x08) {
      sawSubStreams = true;
      const perFolder = new Array<number>(numFolders).fill(1);
      let prop = r.byte();
      if (prop === 0x0d) {
        for (let f = 0; f < numFolders; f++) perFolder[f] = r.num();
        if (perFolder.reduce((a, n) => a + n, 0) > 10_000_000) throw new Error('7z: too many streams');
        prop = r.byte();
      }
      info.streamsPerFolder = perFolder;
      const sizes: number[] = [];
      const listed = prop === 0x09;
      for (let f = 0; f < numFolders; f++) {
        const n = perFolder[f]!;
        if (n === 0) continue;
        let sum = 0;
        if (listed)
          for (let i = 1; i < n; i++) {
            const size = r.num();
            sizes.push(size);
            sum += size;
          }
        const total = outSizes[f]?.[mainOut[f]!] ?? 0;
        sizes.push(Math.max(0, total - sum));
      }
      info.streamSizes = sizes;
      if (listed) prop = r.byte();
      while (prop !== 0) {
        if (prop === 0x0a) skipDigests(r, perFolder.reduce((a, n) => a + n, 0));
        else throw new Error('7z: unexpected SubStreamsInfo property');
        prop = r.byte();
      }
    } else {
      throw new Error(`7z: unexpected property ${id}`);
    }
  }
  // Where each folder's packed streams lie (a simple folder has one), and its main output's size.
  let packAt = info.packPos;
  const packStarts = info.packSizes.map((size) => {
    const at = packAt;
    packAt += size;
    return at;
  });
  info.folders.forEach((folder, f) => {
    const index = folder.packOffset;
    folder.packOffset = packStarts[index] ?? -1;
    folder.packSize = info.packSizes[index] ?? 0;
    folder.unpackSize = outSizes[f]?.[mainOut[f]!] ?? 0;
    folder.outSizes = outSizes[f] ?? [];
  });
  if (!sawSubStreams) {
    info.streamsPerFolder = info.folders.map(() => 1);
    info.streamSizes = info.folders.map((folder) => folder.unpackSize);
  }
  return info;
}

/** Coders a chain may hold: the compressors, the x86 branch filter and AES. */
const CHAIN_CODERS = new Set([COPY_CODER, LZMA_CODER, LZMA2_CODER, BCJ_X86_CODER, AES_CODER]);

/** The coders from the packed stream to the output `main`, each fed by the one before; undefined unless every coder is in it once. */
function coderChain(coders: readonly { id: string }[], feeds: ReadonlyMap<number, number>, main: number): number[] | undefined {
  const chain = [main];
  for (let at = feeds.get(main); at !== undefined; at = feeds.get(at)) {
    if (chain.includes(at) || chain.length >= coders.length) return undefined;
    chain.unshift(at);
  }
  return chain.length === coders.length && chain.every((i) => CHAIN_CODERS.has(coders[i]!.id)) && coders[chain[0]!]!.id !== BCJ_X86_CODER ? chain : undefined;
}

function coderIds(info: StreamsInfo): string[] {
  return info.folders.flatMap((folder) => folder.coders.map((c) => c.id));
}

/** A bit vector of `count` bits, most significant bit first. */
function readBits(r: Reader, count: number): boolean[] {
  const bits: boolean[] = [];
  let byte = 0;
  for (let i = 0; i < count; i++) {
    if (i % 8 === 0) byte = r.byte();
    bits.push((byte & (0x80 >> (i % 8))) !== 0);
  }
  return bits;
}

/**
 * The bytes of one simple folder (see SevenZipFolder.simple) of `archive`, the packed stream being at 32 + packOffset;
 * LZMA and LZMA2 under `limits`.
 */
export function sevenZipFolderData(archive: Uint8Array, folder: SevenZipFolder, limits: LzmaLimits, password?: string): SevenZipFolderResult {
  if (!folder.simple && !folder.chain) return { ok: false, reason: 'unsupported', detail: `coders ${folder.coders.map((c) => c.id).join('+')}` };
  const start = 32 + folder.packOffset;
  if (folder.packOffset < 0 || start + folder.packSize > archive.length) return { ok: false, reason: 'corrupt', detail: 'packed stream outside the archive' };
  let data: Uint8Array = archive.subarray(start, start + folder.packSize);
  for (const index of folder.chain ?? [0]) {
    const coder = folder.coders[index]!;
    const size = folder.simple ? folder.unpackSize : (folder.outSizes[index] ?? 0);
    if (size > limits.maxOutput) return { ok: false, reason: 'limit', detail: `declares ${size} bytes, over the limit of ${limits.maxOutput}` };
    let out: SevenZipFolderResult;
    if (coder.id === COPY_CODER) out = size > data.length ? { ok: false, reason: 'corrupt', detail: 'stored stream truncated' } : { ok: true, data: data.subarray(0, size) };
    else if (coder.id === LZMA_CODER) out = decodeLzma(coder.props, data, size, limits);
    else if (coder.id === LZMA2_CODER) out = decodeLzma2(coder.props, data, size, limits);
    else if (coder.id === AES_CODER) out = password === undefined ? { ok: false, reason: 'encrypted', detail: 'encrypted (AES)' } : decryptSevenZipAes(coder.props, data, size, password);
    else if (size !== data.length) out = { ok: false, reason: 'corrupt', detail: 'branch filter size differs from its input' };
    else {
      // The filter works in place: on a copy when its input is the archive's own bytes (a stored block).
      const copy = data.buffer === archive.buffer ? Uint8Array.from(data) : data;
      bcjX86Decode(copy);
      out = { ok: true, data: copy };
    }
    if (!out.ok) return out;
    data = out.data;
  }
  return { ok: true, data };
}

/** A folder's bytes, or why not: an encrypted folder without a password, besides the decoders' reasons. */
export type SevenZipFolderResult = LzmaResult | { ok: false; reason: 'encrypted'; detail: string };

/** Whether a folder's content is AES-encrypted. */
export function folderEncrypted(folder: SevenZipFolder): boolean {
  return folder.coders.some((c) => c.id === AES_CODER);
}

/** Lists a 7z archive from its headers; `undefined` when the signature is absent. Never throws. */
export function listSevenZip(b: Uint8Array, options: SevenZipOptions): SevenZipListing | undefined {
  const sig = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
  if (b.length < 32 || !sig.every((x, i) => b[i] === x)) return undefined;
  const listing: SevenZipListing = { entries: [], folders: [], encrypted: false, headersEncrypted: false, headersCompressed: false, truncated: false, problems: [] };
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const offset = Number(dv.getBigUint64(12, true));
  const size = Number(dv.getBigUint64(20, true));
  const start = 32 + offset;
  if (size === 0 || start + size > b.length) {
    listing.problems.push('header outside the archive (truncated or a multi-volume part)');
    return listing;
  }
  const limits: LzmaLimits = { maxOutput: options.maxHeaderBytes ?? DEFAULT_MAX_HEADER, maxDictionary: options.maxDictionary ?? DEFAULT_MAX_DICTIONARY };
  let r = new Reader(b, start, start + size);
  try {
    let kind = r.byte();
    // An encoded header decodes to a header, which 7-Zip never encodes twice; a few rounds are allowed, no more.
    for (let round = 0; kind === 0x17; round++) {
      const info = readStreamsInfo(r);
      const folder = info.folders[0];
      if (coderIds(info).includes(AES_CODER)) {
        listing.encrypted = true;
        // The first password whose bytes decode to a header (kHeader, 0x01) opens it.
        const opened = folder && info.folders.length === 1 ? openEncryptedFolder(b, folder, limits, options.passwords ?? [], (data) => data[0] === 0x01) : undefined;
        if (!opened?.ok) {
          listing.headersEncrypted = true;
          return listing;
        }
        listing.headerOpenedWith = opened.password;
        r = new Reader(opened.data, 0, opened.data.length);
        kind = r.byte();
        continue;
      }
      if (round >= 4 || !folder || info.folders.length !== 1) {
        listing.headersCompressed = true;
        listing.problems.push('7z: unexpected encoded header');
        return listing;
      }
      const decoded = sevenZipFolderData(b, folder, limits);
      if (!decoded.ok) {
        listing.headersCompressed = true;
        if (decoded.reason === 'limit') listing.headerLimit = `7z header ${decoded.detail}`;
        else listing.problems.push(`7z header: ${decoded.detail}`);
        return listing;
      }
      r = new Reader(decoded.data, 0, decoded.data.length);
      kind = r.byte();
    }
    if (kind !== 0x01) throw new Error('7z: unknown header kind');
    readHeader(r, listing, options);
  } catch (err) {
    listing.problems.push((err as Error).message);
  }
  return listing;
}

/** Passwords from the message tried on one encrypted folder or header (each costs a key stretched 2^19 times, ~20 ms). */
export const MAX_PASSWORDS_TRIED = 3;

/**
 * An encrypted folder (or encoded header) opened with one of the message's passwords: the first of MAX_PASSWORDS_TRIED whose
 * bytes decode and pass `accept`. A limit reached stops the tries (another password would meet it too): its detail is returned.
 */
export function openEncryptedFolder(
  archive: Uint8Array, folder: SevenZipFolder, limits: LzmaLimits, passwords: readonly string[], accept: (data: Uint8Array) => boolean = () => true,
): { ok: true; data: Uint8Array; password: string } | { ok: false; limit?: string } {
  for (const password of passwords.slice(0, MAX_PASSWORDS_TRIED)) {
    const decoded = sevenZipFolderData(archive, folder, limits, password);
    if (decoded.ok && accept(decoded.data)) return { ok: true, data: decoded.data, password };
    if (!decoded.ok && decoded.reason === 'limit') return { ok: false, limit: decoded.detail };
  }
  return { ok: false };
}

function readHeader(r: Reader, listing: SevenZipListing, options: SevenZipOptions): void {
  let streams: StreamsInfo | undefined;
  let numFiles = 0;
  let emptyStream: boolean[] = [];
  let emptyFile: boolean[] = [];
  const names: string[] = [];
  for (let id = r.byte(); id !== 0x00; id = r.byte()) {
    if (id === 0x02) {
      for (let t = r.byte(); t !== 0; t = r.byte()) r.skip(r.num());
    } else if (id === 0x03) {
      readStreamsInfo(r);
    } else if (id === 0x04) {
      streams = readStreamsInfo(r);
      if (coderIds(streams).includes(AES_CODER)) listing.encrypted = true;
    } else if (id === 0x05) {
      numFiles = r.num();
      for (let type = r.num(); type !== 0; type = r.num()) {
        const propSize = r.num();
        const propEnd = r.at + propSize;
        if (propEnd > r.end) throw new Error('7z header truncated');
        if (type === 0x0e && numFiles <= 10_000_000) emptyStream = readBits(r, numFiles);
        else if (type === 0x0f) emptyFile = readBits(r, emptyStream.filter(Boolean).length);
        else if (type === 0x11 && r.byte() === 0) {
          let name = '';
          while (r.at + 1 < propEnd) {
            const code = r.b[r.at]! | (r.b[r.at + 1]! << 8);
            r.at += 2;
            if (code === 0) {
              if (names.length >= options.maxEntries) {
                listing.truncated = true;
                break;
              }
              names.push(name);
              name = '';
            } else name += String.fromCharCode(code);
          }
        }
        r.at = propEnd;
      }
      if (names.length > numFiles) listing.problems.push('more names than files');
    } else {
      throw new Error(`7z: unexpected header property ${id}`);
    }
  }
  listing.folders = streams?.folders ?? [];
  // Files with a stream take the unpacked streams in order, folder by folder.
  const sizes = streams?.streamSizes ?? [];
  const perFolder = streams?.streamsPerFolder ?? [];
  let folder = 0;
  let leftInFolder = perFolder[0] ?? 0;
  let offset = 0;
  let stream = 0;
  let empties = 0;
  names.forEach((name, i) => {
    if (emptyStream[i]) {
      const isDirectory = !emptyFile[empties++];
      listing.entries.push({ name, size: 0, isDirectory, folder: -1, offset: 0 });
      return;
    }
    while (leftInFolder === 0 && folder < perFolder.length) {
      folder++;
      offset = 0;
      leftInFolder = perFolder[folder] ?? 0;
    }
    const size = sizes[stream++] ?? 0;
    listing.entries.push({ name, size, isDirectory: false, folder: folder < perFolder.length ? folder : -1, offset });
    offset += size;
    leftInFolder--;
  });
}
