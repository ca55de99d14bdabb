import { deflateRawSync } from 'node:zlib';

/**
 * A Microsoft Cabinet (MS-CAB: CFHEADER, one CFFOLDER, a CFFILE per file, the folder's CFDATA blocks) of stored files
 * (typeCompress 0), or with `mszip` of MSZIP blocks (typeCompress 1: "CK" and raw deflate of each 32 KB, the previous 32 KB as
 * the deflate dictionary, as cabarc writes them); no checksums (csum 0: not computed, as the format allows).
 * @example buildCab([{ name: 'invoice.exe', data: buildPe() }])
 */
export function buildCab(input: { name: string; data: Uint8Array | string }[], options: { mszip?: boolean } = {}): Buffer {
  const files = input.map((f) => ({ name: f.name, data: typeof f.data === 'string' ? Buffer.from(f.data) : f.data }));
  const names = files.map((f) => Buffer.from(`${f.name}\0`, 'latin1'));
  const headerSize = 36;
  const folderSize = 8;
  const filesSize = names.reduce((n, name) => n + 16 + name.length, 0);
  const all = Buffer.concat(files.map((f) => Buffer.from(f.data)));
  const blocks: Buffer[] = [];
  const plain: Buffer[] = [];
  for (let at = 0; at < all.length || plain.length === 0; at += 32_768) plain.push(all.subarray(at, Math.min(all.length, at + 32_768)));
  const uncompressed = plain.map((b) => b.length);
  for (let i = 0; i < plain.length; i++) {
    if (!options.mszip) blocks.push(plain[i]!);
    else blocks.push(Buffer.concat([Buffer.from('CK', 'latin1'), i === 0 ? deflateRawSync(plain[i]!) : deflateRawSync(plain[i]!, { dictionary: plain[i - 1]! })]));
  }
  const dataStart = headerSize + folderSize + filesSize;
  const size = dataStart + blocks.reduce((n, b) => n + 8 + b.length, 0);
  const out = Buffer.alloc(size);
  out.write('MSCF', 0, 'latin1');
  out.writeUInt32LE(size, 8);
  out.writeUInt32LE(headerSize + folderSize, 16);
  out[24] = 3;
  out[25] = 1;
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(files.length, 28);
  out.writeUInt32LE(dataStart, headerSize);
  out.writeUInt16LE(blocks.length, headerSize + 4);
  out.writeUInt16LE(options.mszip ? 1 : 0, headerSize + 6);
  let at = headerSize + folderSize;
  let offset = 0;
  files.forEach((f, i) => {
    out.writeUInt32LE(f.data.length, at);
    out.writeUInt32LE(offset, at + 4);
    out.writeUInt16LE(0x5a21, at + 10); // 2025-01-01
    out.writeUInt16LE(0x20, at + 14); // archive
    names[i]!.copy(out, at + 16);
    at += 16 + names[i]!.length;
    offset += f.data.length;
  });
  for (const [i, b] of blocks.entries()) {
    out.writeUInt16LE(b.length, at + 4);
    out.writeUInt16LE(uncompressed[i]!, at + 6);
    b.copy(out, at + 8);
    at += 8 + b.length;
  }
  return out;
}
