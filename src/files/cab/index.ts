import { inflateRawSync } from 'node:zlib';

/**
 * Microsoft Cabinet listing (MS-CAB: CFHEADER, CFFOLDER, CFFILE, CFDATA). Malware mail sends programs in .cab files because
 * Windows opens them in Explorer like a folder. The names are what matter (a program inside is ATTACH_ARCHIVE_WITH_DANGEROUS
 * whatever the content); the content of a stored folder (typeCompress 0) or an MSZIP one (1: each CFDATA block "CK" and raw
 * deflate, its window carried over from the block before; session 63) is given too, for the program's own analysis, within
 * `maxDataBytes`. Quantum and LZX folders are listed, not decompressed (no decoder here; LZX would need one of its own). A
 * header that lies about the cabinet's size, or blocks cut short, are problems, not the end of the listing: Windows lists what
 * the header and file table say.
 * Bounded: at most `maxEntries` files, names of at most 256 bytes, `maxDataBytes` of stored or unpacked content in all (an
 * MSZIP block unpacks to at most 32 KB, so a folder is unpacked no further than the bound).
 */
export interface CabEntry {
  name: string;
  size: number;
  /** The file's bytes when its folder is stored and whole, else undefined. */
  data?: Uint8Array;
}

export interface CabListing {
  entries: CabEntry[];
  problems: string[];
  truncated: boolean;
}

const COMPRESSION = ['stored', 'MSZIP', 'Quantum', 'LZX'];

export function listCab(b: Uint8Array, options: { maxEntries: number; maxDataBytes: number }): CabListing | null {
  if (b.length < 36 || b[0] !== 0x4d || b[1] !== 0x53 || b[2] !== 0x43 || b[3] !== 0x46) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const problems: string[] = [];
  const declared = v.getUint32(8, true);
  if (declared !== b.length) problems.push(`header says ${declared} bytes, the file has ${b.length}`);
  const filesAt = v.getUint32(16, true);
  const folders = v.getUint16(26, true);
  const files = v.getUint16(28, true);
  const flags = v.getUint16(30, true);
  let at = 36;
  let folderReserve = 0;
  let dataReserve = 0;
  if (flags & 0x0004) {
    if (at + 4 > b.length) return { entries: [], problems: [...problems, 'cut inside the header'], truncated: false };
    const headerReserve = v.getUint16(at, true);
    folderReserve = b[at + 2]!;
    dataReserve = b[at + 3]!;
    at += 4 + headerReserve;
  }
  // Previous and next cabinet names (a set spread over files): skipped.
  for (const bit of [0x0001, 0x0002]) {
    if (!(flags & bit)) continue;
    for (let n = 0; n < 2; n++) {
      const end = b.indexOf(0, at);
      at = end < 0 ? b.length : end + 1;
    }
  }
  const folderList: { start: number; blocks: number; compression: number }[] = [];
  for (let i = 0; i < folders && at + 8 <= b.length; i++, at += 8 + folderReserve) {
    folderList.push({ start: v.getUint32(at, true), blocks: v.getUint16(at + 4, true), compression: v.getUint16(at + 6, true) & 0x000f });
  }
  if (folderList.length < folders) problems.push(`cut inside the folder table (${folderList.length} of ${folders})`);
  const entries: CabEntry[] = [];
  const stored = new Map<number, Uint8Array | null>();
  let dataLeft = options.maxDataBytes;
  at = filesAt;
  let truncated = false;
  for (let i = 0; i < files; i++) {
    if (entries.length >= options.maxEntries) {
      truncated = true;
      break;
    }
    if (at + 16 >= b.length) {
      problems.push(`cut inside the file table (${entries.length} of ${files})`);
      break;
    }
    const size = v.getUint32(at, true);
    const offset = v.getUint32(at + 4, true);
    const folder = v.getUint16(at + 8, true);
    const attribs = v.getUint16(at + 14, true);
    let end = b.indexOf(0, at + 16);
    if (end < 0 || end > at + 16 + 256) end = Math.min(b.length, at + 16 + 256);
    const raw = b.subarray(at + 16, end);
    // Attribute 0x80: the name is UTF-8; else the system code page (read as Latin-1, the letters of a program's extension are ASCII).
    const name = attribs & 0x80 ? new TextDecoder().decode(raw) : Buffer.from(raw).toString('latin1');
    at = end + 1;
    const entry: CabEntry = { name, size };
    const f = folderList[folder];
    if (f && (f.compression === 0 || f.compression === 1) && size <= dataLeft) {
      if (!stored.has(folder)) stored.set(folder, f.compression === 0 ? storedFolder(b, v, f.start, f.blocks, dataReserve, problems) : mszipFolder(b, v, f.start, f.blocks, dataReserve, dataLeft, problems));
      const content = stored.get(folder);
      // A file cut short keeps the bytes that are there: a program's header, and what it is, are at its start.
      if (content && offset < content.length) {
        entry.data = content.subarray(offset, Math.min(content.length, offset + size));
        dataLeft -= entry.data.length;
        if (entry.data.length < size) problems.push(`${name.slice(0, 80)}: ${size - entry.data.length} of its bytes missing`);
      } else if (content) problems.push(`${name.slice(0, 80)}: its bytes lie past the folder's data`);
    } else if (f && f.compression > 1 && !problems.some((p) => p.startsWith('compressed'))) problems.push(`compressed (${COMPRESSION[f.compression] ?? 'unknown'}): listed, not extracted`);
    entries.push(entry);
  }
  return { entries, problems, truncated };
}

/**
 * A folder's CFDATA blocks in order, each as far as the file holds it (`cut`: shorter than its header says); a block whose
 * header lies past the end ends the walk (a problem).
 */
function* dataBlocks(b: Uint8Array, v: DataView, start: number, blocks: number, reserve: number, problems: string[]): Generator<{ index: number; data: Uint8Array; cut: boolean }> {
  let at = start;
  for (let i = 0; i < blocks; i++) {
    if (at + 8 + reserve > b.length) {
      problems.push(`cut inside data block ${i + 1} of ${blocks}`);
      return;
    }
    const size = v.getUint16(at + 4, true);
    const from = at + 8 + reserve;
    const to = Math.min(b.length, from + size);
    at = from + size;
    yield { index: i + 1, data: b.subarray(from, to), cut: to < from + size };
  }
}

/** A stored folder's bytes: its CFDATA blocks' data joined (as far as the file holds them), or null when the first block is missing. */
function storedFolder(b: Uint8Array, v: DataView, start: number, blocks: number, reserve: number, problems: string[]): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  for (const block of dataBlocks(b, v, start, blocks, reserve, problems)) {
    if (block.cut) problems.push(`data block ${block.index} cut short`);
    chunks.push(block.data);
  }
  return chunks.length === 0 ? null : Buffer.concat(chunks);
}

/** An MSZIP block unpacks to at most this many bytes, and the deflate window is this long. */
const MSZIP_BLOCK = 32_768;

/**
 * An MSZIP folder's bytes, unpacked up to `maxBytes` (then the rest is not unpacked, and said): each CFDATA block is "CK" and
 * raw deflate whose window is the previous blocks' last 32 KB (zlib's inflateRaw with that as its dictionary). A block that is
 * not MSZIP or does not inflate ends the folder (a problem); what came before is kept. Null when no block unpacked.
 */
function mszipFolder(b: Uint8Array, v: DataView, start: number, blocks: number, reserve: number, maxBytes: number, problems: string[]): Uint8Array | null {
  const chunks: Buffer[] = [];
  let total = 0;
  let history: Buffer | undefined;
  for (const { index, data, cut } of dataBlocks(b, v, start, blocks, reserve, problems)) {
    if (total >= maxBytes) {
      problems.push(`MSZIP folder unpacked to its first ${total} bytes (the size limit)`);
      break;
    }
    if (data.length < 2 || data[0] !== 0x43 || data[1] !== 0x4b) {
      problems.push(`data block ${index} is not MSZIP (no "CK")`);
      break;
    }
    let out: Buffer;
    try {
      out = inflateRawSync(data.subarray(2), { maxOutputLength: MSZIP_BLOCK, ...(history ? { dictionary: history } : {}) });
    } catch {
      problems.push(`data block ${index} does not inflate${cut ? ' (cut short)' : ''}`);
      break;
    }
    chunks.push(out);
    total += out.length;
    const joined: Buffer = history ? Buffer.concat([history, out]) : out;
    history = joined.length > MSZIP_BLOCK ? joined.subarray(joined.length - MSZIP_BLOCK) : joined;
  }
  if (chunks.length === 0) return null;
  const all = Buffer.concat(chunks);
  return all.length > maxBytes ? all.subarray(0, maxBytes) : all;
}
