/** One POSIX tar (ustar) entry — a 512-byte header with its checksum, then the data padded to 512 — of `type` ('0' a file, 'x' a pax header). */
export function tarEntry(name: string, data: Uint8Array, type = '0'): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0);
  h.write('0000644\0', 100);
  h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  h.write(type, 156);
  h.write('ustar\0', 257);
  h.write('        ', 148);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return Buffer.concat([h, data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

/** A tar of the given entries and its two zero blocks. */
export function buildTar(entries: readonly { name: string; data: Uint8Array }[]): Buffer {
  return Buffer.concat([...entries.map((e) => tarEntry(e.name, e.data)), Buffer.alloc(1024)]);
}
