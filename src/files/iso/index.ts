/**
 * ISO 9660 directory walk (ECMA-119 §9.1 directory records; Joliet names when a supplementary volume
 * descriptor with UCS-2 escape sequences exists). Disk images are mounted by a double click on Windows,
 * so their files are as dangerous as attachments: list them and hand them back for analysis.
 */

export interface IsoEntry {
  /** Path inside the image, `/`-separated. */
  path: string;
  size: number;
  /** The file's bytes (a view), clipped at the end of the buffer. */
  data: Uint8Array;
}

export interface IsoListing {
  entries: IsoEntry[];
  truncated: boolean;
  problems: string[];
}

const SECTOR = 2048;

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** Lists files in an ISO 9660 image; `undefined` when it has no primary volume descriptor. Never throws. */
export function listIso(b: Uint8Array, options: { maxEntries: number }): IsoListing | undefined {
  let root: { lba: number; size: number; joliet: boolean } | undefined;
  for (let sector = 16; sector < 64 && (sector + 1) * SECTOR <= b.length; sector++) {
    const at = sector * SECTOR;
    if (Buffer.from(b.subarray(at + 1, at + 6)).toString('latin1') !== 'CD001') break;
    const type = b[at]!;
    if (type === 255) break;
    const rec = at + 156;
    const escape = Buffer.from(b.subarray(at + 88, at + 91)).toString('latin1');
    const joliet = type === 2 && (escape === '%/@' || escape === '%/C' || escape === '%/E');
    if (type === 1 && !root) root = { lba: u32(b, rec + 2), size: u32(b, rec + 10), joliet: false };
    if (joliet) root = { lba: u32(b, rec + 2), size: u32(b, rec + 10), joliet: true };
  }
  if (!root) return undefined;
  const listing: IsoListing = { entries: [], truncated: false, problems: [] };
  const seen = new Set<number>();
  const walk = (lba: number, size: number, prefix: string, depth: number): void => {
    if (depth > 16 || seen.has(lba)) return;
    seen.add(lba);
    const start = lba * SECTOR;
    const end = Math.min(b.length, start + size);
    let at = start;
    while (at < end) {
      const len = b[at]!;
      if (len === 0) {
        at = (Math.floor((at - start) / SECTOR) + 1) * SECTOR + start;
        continue;
      }
      if (at + 33 > end) break;
      const extent = u32(b, at + 2);
      const dataLength = u32(b, at + 10);
      const flags = b[at + 25]!;
      const nameLen = b[at + 32]!;
      const rawName = b.subarray(at + 33, Math.min(end, at + 33 + nameLen));
      at += len;
      if (nameLen === 1 && (rawName[0] === 0 || rawName[0] === 1)) continue; // . and ..
      let name = root!.joliet ? Buffer.from(rawName.subarray(0, rawName.length & ~1)).swap16().toString('utf16le') : Buffer.from(rawName).toString('latin1');
      name = name.replace(/;\d+$/, '').replace(/\.$/, '');
      const path = `${prefix}${name}`;
      if (flags & 0x02) {
        walk(extent, dataLength, `${path}/`, depth + 1);
        continue;
      }
      if (listing.entries.length >= options.maxEntries) {
        listing.truncated = true;
        return;
      }
      const dataStart = extent * SECTOR;
      if (dataStart > b.length) listing.problems.push(`"${path}" lies outside the image`);
      listing.entries.push({ path, size: dataLength, data: b.subarray(Math.min(dataStart, b.length), Math.min(b.length, dataStart + dataLength)) });
    }
  };
  try {
    walk(root.lba, root.size, '', 0);
  } catch {
    listing.problems.push('unreadable directory');
  }
  return listing;
}
