/**
 * The format of the files the build writes beside the bundle for start-up (the CLI's code cache,
 * src/cli/code-cache.ts; the sender tables, ./sender-tables.ts): one header line — the file's format, what
 * the payload was made from, the SHA-1 of the payload — then the payload's bytes. A reader never trusts a
 * payload made from something else (stale) or that does not match its hash (corrupt, cut short).
 */
import { createHash } from 'node:crypto';

// SHA-1 for speed, not secrecy: whoever can write these files can write the bundle beside them.
const digest = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

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
