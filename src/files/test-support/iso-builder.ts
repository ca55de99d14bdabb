/**
 * An ISO 9660 image (ECMA-119: primary volume descriptor at sector 16, set terminator at 17, root directory at 18) holding
 * `files` in its root, each in sectors of its own from 19 on.
 * @example buildIso([{ name: 'INVOICE.EXE', data: buildPe() }])
 */
export function buildIso(files: { name: string; data: Uint8Array }[]): Buffer {
  const sector = 2048;
  const rootAt = 18;
  let lba = 19;
  const placed = files.map((f) => {
    const at = lba;
    lba += Math.max(1, Math.ceil(f.data.length / sector));
    return { ...f, at };
  });
  const img = Buffer.alloc(lba * sector);
  const pvd = 16 * sector;
  img[pvd] = 1;
  img.write('CD001', pvd + 1, 'latin1');
  img[pvd + 6] = 1;
  img[17 * sector] = 255; // volume descriptor set terminator
  img.write('CD001', 17 * sector + 1, 'latin1');
  const rec = (at: number, extent: number, size: number, name: string, dir: boolean): number => {
    const len = 33 + name.length + ((33 + name.length) % 2);
    img[at] = len;
    img.writeUInt32LE(extent, at + 2);
    img.writeUInt32BE(extent, at + 6);
    img.writeUInt32LE(size, at + 10);
    img.writeUInt32BE(size, at + 14);
    img[at + 25] = dir ? 2 : 0;
    img[at + 32] = name.length;
    img.write(name, at + 33, 'latin1');
    return at + len;
  };
  rec(pvd + 156, rootAt, sector, '\0', true);
  let at = rec(rootAt * sector, rootAt, sector, '\0', true);
  at = rec(at, rootAt, sector, '\x01', true);
  for (const f of placed) {
    at = rec(at, f.at, f.data.length, `${f.name.toUpperCase()};1`, false);
    Buffer.from(f.data).copy(img, f.at * sector);
  }
  return img;
}
