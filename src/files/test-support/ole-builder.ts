import CFB from 'cfb';

/**
 * Builds an OLE compound file with the given streams (paths like `Macros/VBA/dir`), using the `cfb`
 * package as an independent writer so our reader is tested against someone else's encoder.
 * @example buildOle({ 'WordDocument': Buffer.alloc(10), 'Macros/VBA/dir': dir })
 */
export function buildOle(streams: Record<string, Uint8Array>, rootClsid?: string): Buffer {
  const cfb = CFB.utils.cfb_new();
  for (const [path, data] of Object.entries(streams)) CFB.utils.cfb_add(cfb, `/${path}`, Buffer.from(data));
  if (rootClsid) cfb.FileIndex[0]!.clsid = rootClsid.replace(/-/g, '');
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/**
 * MS-OVBA compression, the simplest valid way (§2.4.1): each chunk stored as literal tokens only (a
 * flag byte 0x00 before every 8 literals). Our decompressor must handle this as well as real copy tokens.
 */
export function ovbaCompressLiteral(text: string | Uint8Array): Buffer {
  const data = typeof text === 'string' ? Buffer.from(text, 'latin1') : Buffer.from(text);
  const out: number[] = [0x01];
  for (let chunkStart = 0; chunkStart < data.length || chunkStart === 0; chunkStart += 4096) {
    const chunk = data.subarray(chunkStart, chunkStart + 4096);
    const body: number[] = [];
    for (let i = 0; i < chunk.length; i += 8) {
      body.push(0x00);
      for (let k = i; k < Math.min(i + 8, chunk.length); k++) body.push(chunk[k]!);
    }
    const header = 0xb000 | (body.length + 2 - 3);
    out.push(header & 0xff, header >> 8, ...body);
    if (data.length === 0) break;
  }
  return Buffer.from(out);
}

/** A minimal VBA `dir` stream ([MS-OVBA] §2.3.4.2) naming one module per entry, uncompressed. */
export function buildVbaDir(modules: { name: string; streamName?: string; textOffset?: number }[]): Buffer {
  const rec = (id: number, data: Buffer): Buffer => {
    const h = Buffer.alloc(6);
    h.writeUInt16LE(id, 0);
    h.writeUInt32LE(data.length, 2);
    return Buffer.concat([h, data]);
  };
  const u16 = (n: number): Buffer => Buffer.from([n & 0xff, n >> 8]);
  const u32 = (n: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const parts: Buffer[] = [
    rec(0x01, u32(1)), // PROJECTSYSKIND
    rec(0x03, u16(1252)), // PROJECTCODEPAGE
    rec(0x04, Buffer.from('VBAProject')),
    // PROJECTVERSION: size field says 4 but 6 bytes follow (§2.3.4.2.1.11).
    Buffer.concat([u16(0x09), u32(4), u32(1), u16(0)]),
    rec(0x0f, u16(modules.length)),
    rec(0x13, u16(0xffff)),
  ];
  for (const m of modules) {
    parts.push(rec(0x19, Buffer.from(m.name, 'latin1')));
    parts.push(rec(0x1a, Buffer.from(m.streamName ?? m.name, 'latin1')));
    parts.push(rec(0x32, Buffer.from(m.streamName ?? m.name, 'utf16le')));
    parts.push(rec(0x31, u32(m.textOffset ?? 0)));
    parts.push(rec(0x21, Buffer.alloc(0)));
    parts.push(rec(0x2b, Buffer.alloc(0)));
  }
  parts.push(rec(0x10, Buffer.alloc(0)));
  return Buffer.concat(parts);
}
