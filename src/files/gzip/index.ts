import { gunzipSync } from 'node:zlib';

/** What a gzip member says about itself (RFC 1952 §2.3). */
export interface GzipFacts {
  /** Original file name (FNAME), latin-1 as the RFC says, when present. */
  originalName?: string;
  /** ISIZE: uncompressed size modulo 2^32 from the trailer (a claim; checked by inflating). */
  declaredSize: number;
}

/** Reads the gzip header; never throws. */
export function gzipFacts(b: Uint8Array): GzipFacts {
  const declaredSize = b.length >= 4 ? (b[b.length - 4]! | (b[b.length - 3]! << 8) | (b[b.length - 2]! << 16) | (b[b.length - 1]! << 24)) >>> 0 : 0;
  const facts: GzipFacts = { declaredSize };
  if (b.length < 10 || b[0] !== 0x1f || b[1] !== 0x8b) return facts;
  const flags = b[3]!;
  let at = 10;
  if (flags & 0x04) at += 2 + (b[at]! | (b[at + 1]! << 8)); // FEXTRA
  if (flags & 0x08) {
    let end = at;
    while (end < b.length && end - at < 1024 && b[end] !== 0) end++;
    facts.originalName = Buffer.from(b.subarray(at, end)).toString('latin1');
  }
  return facts;
}

export type GunzipResult = { ok: true; data: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

/**
 * Inflates a gzip stream into at most `maxOutputLength` bytes.
 * @example gunzipBounded(gzipSync('x'), 10) // { ok: true, data: <78> }
 */
export function gunzipBounded(b: Uint8Array, maxOutputLength: number): GunzipResult {
  try {
    return { ok: true, data: gunzipSync(b, { maxOutputLength: Math.max(1, maxOutputLength) }) };
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'too-large' };
    try {
      // A truncated stream still yields its beginning.
      const head = gunzipSync(b, { finishFlush: 2, maxOutputLength: Math.max(1, maxOutputLength) });
      return head.length > 0 ? { ok: true, data: head } : { ok: false, reason: 'corrupt' };
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
  }
}
