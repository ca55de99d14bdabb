import { gunzipSync, inflateRawSync } from 'node:zlib';

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

/**
 * Where the first member's deflate data starts (after the fixed header, FEXTRA, FNAME, FCOMMENT and FHCRC; RFC 1952 §2.3.1),
 * or undefined when the header is not a gzip one or runs past the end.
 */
export function deflateStart(b: Uint8Array): number | undefined {
  if (b.length < 10 || b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) return undefined;
  const flags = b[3]!;
  let at = 10;
  if (flags & 0x04) {
    if (at + 2 > b.length) return undefined;
    at += 2 + (b[at]! | (b[at + 1]! << 8));
  }
  for (const flag of [0x08, 0x10]) {
    if (!(flags & flag)) continue;
    while (at < b.length && b[at] !== 0) at++;
    at++;
  }
  if (flags & 0x02) at += 2;
  return at < b.length ? at : undefined;
}

/** `damaged`: the stream was cut short or its trailer (CRC, size) does not match; what it inflates to is still given. */
export type GunzipResult = { ok: true; data: Uint8Array; damaged?: true } | { ok: false; reason: 'too-large' | 'corrupt' };

const tooLarge = (err: unknown): boolean => err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';

/**
 * Inflates a gzip stream into at most `maxOutputLength` bytes. A stream cut short or with a trailer that does not match is
 * inflated on its own (its deflate data, without the trailer's checks), as `gzip -d` and archivers still extract it with a
 * warning: the reader gets those bytes, so a forged or damaged trailer must not hide them.
 * @example gunzipBounded(gzipSync('x'), 10) // { ok: true, data: <78> }
 */
export function gunzipBounded(b: Uint8Array, maxOutputLength: number): GunzipResult {
  const max = Math.max(1, maxOutputLength);
  try {
    return { ok: true, data: gunzipSync(b, { maxOutputLength: max }) };
  } catch (err) {
    if (tooLarge(err)) return { ok: false, reason: 'too-large' };
  }
  const start = deflateStart(b);
  if (start === undefined) return { ok: false, reason: 'corrupt' };
  try {
    const data = inflateRawSync(b.subarray(start), { finishFlush: 2 /* Z_SYNC_FLUSH: a cut stream yields its beginning */, maxOutputLength: max });
    return data.length > 0 ? { ok: true, data, damaged: true } : { ok: false, reason: 'corrupt' };
  } catch (err) {
    return tooLarge(err) ? { ok: false, reason: 'too-large' } : { ok: false, reason: 'corrupt' };
  }
}
