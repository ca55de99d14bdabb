/**
 * 32-bit FNV-1a over UTF-16 code units (Fowler–Noll–Vo, draft-eastlake-fnv): fast, stable across
 * versions and platforms, good enough spread for feature hashing. Stability matters: a stored model is only
 * valid with the same hash, so this function must never change.
 * @example fnv1a32('viagra') // a number in [0, 2^32)
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so that low bits used as a bucket index depend on every input bit.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
