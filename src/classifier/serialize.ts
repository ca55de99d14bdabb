import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The model container: gzip( "SLCM" | u32 LE header length | header JSON | typed arrays, each 4-byte
 * aligned, in the order the header lists them ). Binary rather than JSON because a model holds hundreds of
 * thousands of numbers: a few MB as text, well under one as packed arrays.
 */
const MAGIC = 'SLCM';
const FORMAT = 1;

export type PackedArray = Uint32Array | Float32Array;

interface ArrayEntry {
  name: string;
  type: 'u32' | 'f32';
  length: number;
}

/** Packs a JSON header and named typed arrays into one gzipped buffer (or, `gzip: false`, the container unzipped). */
export function packModel(header: Record<string, unknown>, arrays: Record<string, PackedArray>, { gzip = true } = {}): Uint8Array {
  const entries: ArrayEntry[] = Object.entries(arrays).map(([name, a]) => ({
    name,
    type: a instanceof Float32Array ? 'f32' : 'u32',
    length: a.length,
  }));
  const json = Buffer.from(JSON.stringify({ format: FORMAT, ...header, arrays: entries }), 'utf8');
  const headerPadded = Math.ceil(json.length / 4) * 4;
  const bodyBytes = Object.values(arrays).reduce((n, a) => n + a.byteLength, 0);
  const out = Buffer.alloc(8 + headerPadded + bodyBytes, 0x20);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerPadded, 4);
  json.copy(out, 8);
  let offset = 8 + headerPadded;
  for (const a of Object.values(arrays)) {
    // Typed arrays are little-endian on every platform Node supports (x64, arm64).
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, offset);
    offset += a.byteLength;
  }
  return gzip ? gzipSync(out, { level: 9 }) : out;
}

/**
 * The inverse of `packModel`, also given the container already gunzipped (the bundle keeps the shipped model so:
 * src/runtime/model.ts); throws a clear error on anything that is not a model container. Given unzipped, the arrays
 * are views of `bytes` where they start at a multiple of 4 bytes in its buffer (the build aligns its copy so): no copy
 * and no fresh pages at start-up; the caller hands `bytes` over and must not change them afterwards.
 */
export function unpackModel(bytes: Uint8Array): { header: Record<string, unknown>; arrays: Record<string, PackedArray> } {
  let raw: Buffer;
  const unzipped = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const given = unzipped.length >= 4 && unzipped.toString('latin1', 0, 4) === MAGIC;
  if (given) raw = unzipped;
  else {
    try {
      raw = gunzipSync(bytes);
    } catch {
      throw new Error('not a spamlab classifier model (not gzip)');
    }
  }
  if (raw.length < 8 || raw.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a spamlab classifier model (bad magic)');
  const headerLength = raw.readUInt32LE(4);
  if (8 + headerLength > raw.length) throw new Error('truncated classifier model header');
  const header = JSON.parse(raw.toString('utf8', 8, 8 + headerLength)) as Record<string, unknown> & { format?: number; arrays?: ArrayEntry[] };
  if (header.format !== FORMAT) throw new Error(`unsupported classifier model format ${String(header.format)}`);
  const arrays: Record<string, PackedArray> = {};
  let offset = 8 + headerLength;
  for (const entry of header.arrays ?? []) {
    const bytesLength = entry.length * 4;
    if (offset + bytesLength > raw.length) throw new Error(`truncated classifier model array ${entry.name}`);
    const at = raw.byteOffset + offset;
    if (given && at % 4 === 0) {
      arrays[entry.name] = entry.type === 'f32' ? new Float32Array(raw.buffer, at, entry.length) : new Uint32Array(raw.buffer, at, entry.length);
    } else {
      // Copy into a fresh, aligned buffer (the gunzipped Buffer may sit at any offset of a shared pool).
      const copy = new ArrayBuffer(bytesLength);
      new Uint8Array(copy).set(raw.subarray(offset, offset + bytesLength));
      arrays[entry.name] = entry.type === 'f32' ? new Float32Array(copy) : new Uint32Array(copy);
    }
    offset += bytesLength;
  }
  return { header, arrays };
}
