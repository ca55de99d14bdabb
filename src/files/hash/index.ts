import { hash } from 'node:crypto';

/** The three digests reported for every file (IOCs are exchanged in all three forms). */
export interface FileHashes {
  md5: string;
  sha1: string;
  sha256: string;
}

/**
 * MD5, SHA-1 and SHA-256 of `bytes`, lower-case hex.
 * @example hashBytes(new Uint8Array()).md5 === 'd41d8cd98f00b204e9800998ecf8427e'
 */
export function hashBytes(bytes: Uint8Array): FileHashes {
  // One-shot digests: no Hash object (and its stream machinery) per digest, three per attachment and per file inside one.
  return {
    md5: hash('md5', bytes, 'hex'),
    sha1: hash('sha1', bytes, 'hex'),
    sha256: hash('sha256', bytes, 'hex'),
  };
}

/**
 * Shannon entropy in bits per byte (0–8). Packed or encrypted code is close to 8; ordinary code 5–6.5.
 * @example entropy(new Uint8Array(256).map((_, i) => i)) === 8
 */
export function entropy(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  const counts = new Uint32Array(256);
  for (let i = 0; i < bytes.length; i++) counts[bytes[i]!]!++;
  let h = 0;
  for (let i = 0; i < 256; i++) {
    const c = counts[i]!;
    if (c === 0) continue;
    const p = c / bytes.length;
    h -= p * Math.log2(p);
  }
  return h;
}
