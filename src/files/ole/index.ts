/**
 * A bounded reader for OLE Compound File Binary files ([MS-CFB]): Office 97–2003 documents, MSI
 * packages, encrypted OOXML, vbaProject.bin. Sector chains are followed with cycle and length checks, the
 * directory tree is walked with a visited set, and a stream is never read past its declared size, so a
 * hostile file cannot loop or allocate more than its own size per stream.
 *
 * Why not cfb (SheetJS): it parses the whole container eagerly and throws on the malformed files malware
 * authors craft, with no bound on chain length; here a broken chain is an anomaly and the rest is still
 * read. cfb stays a devDependency only to write OLE fixtures in tests (src/files/test-support).
 */

export interface OleStream {
  /** Full path with `/` separators, e.g. `Macros/VBA/dir`. */
  path: string;
  size: number;
}

export interface OleFile {
  /** Every stream (not storages), in directory order. */
  streams: OleStream[];
  /** CLSID of the root storage, lower-case GUID text ('' when null). */
  rootClsid: string;
  /** Reads a stream by path (case-insensitive), at most `maxBytes`. */
  read(path: string, maxBytes?: number): Uint8Array | undefined;
  problems: string[];
}

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const MAX_DIR_ENTRIES = 100_000;

function u16(b: Uint8Array, at: number): number {
  return at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : 0;
}
function u32(b: Uint8Array, at: number): number {
  return at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0 : FREE;
}

function guid(b: Uint8Array, at: number): string {
  const h = (i: number): string => (b[at + i] ?? 0).toString(16).padStart(2, '0');
  const s = `${h(3)}${h(2)}${h(1)}${h(0)}-${h(5)}${h(4)}-${h(7)}${h(6)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
  return /^[0-]+$/.test(s) ? '' : s;
}

/**
 * Opens a compound file; `undefined` when the signature is absent. Never throws.
 * @example openOle(buf)?.streams.map((s) => s.path)
 */
export function openOle(b: Uint8Array): OleFile | undefined {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (b.length < 512 || !sig.every((x, i) => b[i] === x)) return undefined;
  const problems: string[] = [];
  const sectorShift = u16(b, 0x1e);
  const miniShift = u16(b, 0x20);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) problems.push(`unusual sector sizes (${sectorShift}, ${miniShift})`);
  const sectorSize = 1 << Math.min(Math.max(sectorShift, 7), 16);
  const miniSize = 1 << Math.min(Math.max(miniShift, 2), 12);
  const sectorCount = Math.ceil((b.length - sectorSize) / sectorSize);
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;
  const dirStart = u32(b, 0x30);
  const miniCutoff = u32(b, 0x38) || 4096;
  const miniFatStart = u32(b, 0x3c);
  let difatSector = u32(b, 0x44);
  const numDifat = u32(b, 0x48);

  // DIFAT: 109 entries in the header, then a chain of DIFAT sectors (last slot = next sector).
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(b, 0x4c + i * 4);
    if (s < sectorCount) fatSectors.push(s);
  }
  const seenDifat = new Set<number>();
  for (let i = 0; i < numDifat && difatSector < sectorCount && !seenDifat.has(difatSector); i++) {
    seenDifat.add(difatSector);
    const at = sectorOffset(difatSector);
    const per = sectorSize / 4 - 1;
    for (let k = 0; k < per; k++) {
      const s = u32(b, at + k * 4);
      if (s < sectorCount) fatSectors.push(s);
    }
    difatSector = u32(b, at + per * 4);
  }
  const fat = new Uint32Array(Math.min(fatSectors.length * (sectorSize / 4), sectorCount + 16));
  let fi = 0;
  for (const s of fatSectors) {
    const at = sectorOffset(s);
    for (let k = 0; k < sectorSize / 4 && fi < fat.length; k++) fat[fi++] = u32(b, at + k * 4);
  }

  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let s = start; s !== END_OF_CHAIN && s < table.length && out.length < limit; s = table[s]!) {
      if (seen.has(s)) {
        problems.push('sector chain loops');
        break;
      }
      seen.add(s);
      out.push(s);
    }
    return out;
  };
  const readChain = (start: number, size: number): Uint8Array => {
    const sectors = chain(start, fat, Math.ceil(size / sectorSize) + 1);
    const out = new Uint8Array(Math.min(size, sectors.length * sectorSize));
    let pos = 0;
    for (const s of sectors) {
      if (pos >= out.length) break;
      const at = sectorOffset(s);
      const piece = b.subarray(at, Math.min(b.length, at + Math.min(sectorSize, out.length - pos)));
      out.set(piece, pos);
      pos += sectorSize;
    }
    return out;
  };

  // Directory: 128-byte entries along the directory chain.
  const dirSectors = chain(dirStart, fat, Math.ceil(MAX_DIR_ENTRIES / (sectorSize / 128)));
  const dirBytes = readChain(dirStart, dirSectors.length * sectorSize);
  interface Entry {
    name: string;
    type: number;
    left: number;
    right: number;
    child: number;
    start: number;
    size: number;
  }
  const entries: Entry[] = [];
  for (let at = 0; at + 128 <= dirBytes.length; at += 128) {
    const nameLen = Math.min(64, u16(dirBytes, at + 64));
    const name = Buffer.from(dirBytes.subarray(at, at + Math.max(0, nameLen - 2))).toString('utf16le');
    entries.push({
      name,
      type: dirBytes[at + 66]!,
      left: u32(dirBytes, at + 68),
      right: u32(dirBytes, at + 72),
      child: u32(dirBytes, at + 76),
      start: u32(dirBytes, at + 116),
      size: u32(dirBytes, at + 120) + (sectorShift === 12 ? u32(dirBytes, at + 124) * 2 ** 32 : 0),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) {
    problems.push('no root storage');
    return { streams: [], rootClsid: '', read: () => undefined, problems };
  }
  const rootClsid = guid(dirBytes, 80);

  // Mini stream (held in the root entry's chain) and the mini FAT.
  const miniFatSectors = chain(miniFatStart, fat, sectorCount);
  const miniFatBytes = readChain(miniFatStart, miniFatSectors.length * sectorSize);
  const miniFat = new Uint32Array(miniFatBytes.length / 4);
  for (let i = 0; i < miniFat.length; i++) miniFat[i] = u32(miniFatBytes, i * 4);
  let miniStream: Uint8Array | undefined;
  const readMini = (start: number, size: number): Uint8Array => {
    miniStream ??= readChain(root.start, Math.min(root.size, b.length));
    const sectors = chain(start, miniFat, Math.ceil(size / miniSize) + 1);
    const out = new Uint8Array(Math.min(size, sectors.length * miniSize));
    let pos = 0;
    for (const s of sectors) {
      if (pos >= out.length) break;
      out.set(miniStream.subarray(s * miniSize, Math.min(miniStream.length, s * miniSize + Math.min(miniSize, out.length - pos))), pos);
      pos += miniSize;
    }
    return out;
  };

  // Walk the red-black trees of each storage (left/right siblings, child = the storage's tree root).
  const streams: (OleStream & { entry: Entry })[] = [];
  const visited = new Set<number>();
  const walk = (id: number, prefix: string, depth: number): void => {
    const stack = [id];
    while (stack.length > 0) {
      const cur = stack.pop()!;
      if (cur >= entries.length || visited.has(cur) || depth > 32) continue;
      visited.add(cur);
      const e = entries[cur]!;
      stack.push(e.left, e.right);
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.type === 2) streams.push({ path, size: e.size, entry: e });
      else if (e.type === 1) walk(e.child, path, depth + 1);
    }
  };
  walk(root.child, '', 0);

  const byPath = new Map(streams.map((s) => [s.path.toLowerCase(), s]));
  return {
    streams: streams.map(({ path, size }) => ({ path, size })),
    rootClsid,
    problems,
    read(path: string, maxBytes = 64 * 1024 * 1024): Uint8Array | undefined {
      const s = byPath.get(path.toLowerCase());
      if (!s) return undefined;
      const size = Math.min(s.size, maxBytes, b.length);
      return s.size < miniCutoff ? readMini(s.entry.start, size) : readChain(s.entry.start, size);
    },
  };
}
