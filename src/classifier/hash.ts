/**
 * FNV-1a's offset basis and prime (32 bits). The basis as a signed 32-bit integer (the same bits: every step reads the
 * state through `^`): written as it is, above 2^31, it is a double, and a hash loop started from it kept its state as a
 * double, converted at every step (session 51: ~30 instructions a character more).
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const PRIME = 0x01000193;
/**
 * The prime, for a reader that steps the hash itself: read it into a local (`FNV_PRIME | 0`). An exported or imported
 * binding is a cell, loaded and checked for its temporal dead zone at every use, which is why this module's own loop
 * reads PRIME (a constant to the compiler) and not this export.
 */
export const FNV_PRIME = PRIME;

/**
 * 32-bit FNV-1a over UTF-16 code units (Fowler–Noll–Vo, draft-eastlake-fnv): fast, stable across
 * versions and platforms, good enough spread for feature hashing. Stability matters: a stored model is only
 * valid with the same hash, so this function must never change.
 * @example fnv1a32('viagra') // a number in [0, 2^32)
 */
export function fnv1a32(text: string): number {
  return fnvFinish(fnvUpdate(FNV_OFFSET, text, 0, text.length));
}

/**
 * fnv1a32(prefix + text.slice(start, end)) without building that string: the tokeniser hashes the body's
 * words where they stand (src/classifier/features.ts).
 */
export function fnv1a32Slice(prefix: string, text: string, start: number, end: number): number {
  return fnvFinish(fnvUpdate(fnvUpdate(FNV_OFFSET, prefix, 0, prefix.length), text, start, end));
}

/**
 * FNV-1a's state after `prefix` (before fnvFinish): a reader that hashes its tokens as it reads them (the classifier's word
 * scanner, src/classifier/tokenize.ts) starts each word from it, steps `h = Math.imul(h ^ unit, FNV_PRIME)` per code unit,
 * and hands `fnvFinish(h)` on: `fnv1a32(prefix + word)`.
 */
export function fnvSeed(prefix: string): number {
  // A signed 32-bit integer, as every state here (see FNV_OFFSET).
  return fnvUpdate(FNV_OFFSET, prefix, 0, prefix.length);
}

function fnvUpdate(h: number, text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, PRIME);
  }
  return h;
}

/** Final avalanche (murmur3 fmix32) so that low bits used as a bucket index depend on every input bit. */
export function fnvFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
