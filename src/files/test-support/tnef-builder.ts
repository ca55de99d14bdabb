/**
 * A TNEF stream (winmail.dat, MS-OXTNEF §2.1.3): the signature, a key, the message attributes a client writes first (TNEF
 * version, OEM code page, message class) and per file an attachment's rendering, title (its file name) and data. Each
 * attribute: level (1 message, 2 attachment), id (type << 16 | tag), length, the bytes, their 16-bit sum.
 * @example buildTnef([{ name: 'invoice.exe', data: buildPe() }])
 */
export function buildTnef(files: { name: string; data: Uint8Array }[]): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(6);
  head.writeUInt32LE(0x223e9f78, 0);
  head.writeUInt16LE(0x0101, 4);
  parts.push(head);
  const attribute = (level: number, id: number, data: Uint8Array): void => {
    const h = Buffer.alloc(9);
    h[0] = level;
    h.writeUInt32LE(id >>> 0, 1);
    h.writeUInt32LE(data.length, 5);
    let sum = 0;
    for (const b of data) sum = (sum + b) & 0xffff;
    const c = Buffer.alloc(2);
    c.writeUInt16LE(sum, 0);
    parts.push(h, Buffer.from(data), c);
  };
  attribute(1, 0x00089006, Buffer.from([0, 0, 1, 0]));
  attribute(1, 0x00069007, Buffer.from([0xe4, 0x04, 0, 0, 0, 0, 0, 0]));
  attribute(1, 0x00078008, Buffer.from('IPM.Microsoft Mail.Note\0', 'latin1'));
  for (const f of files) {
    attribute(2, 0x00069002, Buffer.from([1, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]));
    attribute(2, 0x00018010, Buffer.from(`${f.name}\0`, 'latin1'));
    attribute(2, 0x0006800f, f.data);
  }
  return Buffer.concat(parts);
}
