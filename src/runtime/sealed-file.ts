/**
 * The format of the files the build writes beside the bundle for start-up (the CLI's code cache,
 * src/cli/code-cache.ts; the sender tables, ./sender-tables.ts): one header line — the file's format, what
 * the payload was made from, a checksum of the payload — then the payload's bytes. A reader never trusts a
 * payload made from something else (stale) or that does not match its checksum (corrupt, cut short).
 */
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';

/**
 * The payload's checksum: CRC-32 (zlib's, Node ≥ 20.15), else SHA-1. A check against damage, not an attacker
 * (whoever can write these files can write the bundle beside them), paid at every start over ~3 MB: SHA-1 cost
 * 1.5 ms of it and loading node:crypto another 4–6 ms (the top-level help loads nothing else of it); CRC-32 is
 * ~0.6 ms, and zlib is loaded for the model anyway. A file written under the other kind reads as corrupt,
 * which only means it is made again.
 */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const sha1 = (bytes: Uint8Array): string =>
  (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(bytes).digest('hex');
const digest = (bytes: Uint8Array): string => (crc32 ? `crc32:${crc32(bytes).toString(16).padStart(8, '0')}` : sha1(bytes));

/** The file's bytes: the header line for `format` and `madeFrom`, then `payload`. */
export function sealFile(format: string, madeFrom: string, payload: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${format} | ${madeFrom} | ${digest(payload)}\n`, 'latin1'), payload]);
}

/**
 * The payload of a file `sealFile` wrote for `format`, if it was made from `madeFrom` and is intact; else why
 * not. What it was made from is compared before the payload is hashed (a stale file costs no hashing).
 */
export function openSealedFile(bytes: Buffer, format: string, madeFrom: string): { payload: Buffer } | { state: 'stale' | 'corrupt' } {
  const end = bytes.indexOf(0x0a);
  if (end < 0 || end > 200) return { state: 'corrupt' };
  const [written, source, hash] = bytes.subarray(0, end).toString('latin1').split(' | ');
  if (written !== format || source === undefined || hash === undefined) return { state: 'corrupt' };
  if (source !== madeFrom) return { state: 'stale' };
  const payload = bytes.subarray(end + 1);
  return digest(payload) === hash ? { payload } : { state: 'corrupt' };
}
