/** FNV-1a's offset basis and prime (32 bits). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

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
 * fnv1a32Slice(prefix, text, start, end), `units` holding the text's code units (src/mail/text-chars.ts codeUnitReader):
 * the tokeniser's words read from the array it already has rather than by `charCodeAt` (~20 instructions a character
 * in a loop, session 48).
 */
export function fnv1a32Units(prefix: string, units: Uint16Array, start: number, end: number): number {
  let h = fnvUpdate(FNV_OFFSET, prefix, 0, prefix.length);
  for (let i = start; i < end; i++) {
    h ^= units[i]!;
    h = Math.imul(h, FNV_PRIME);
  }
  return fnvFinish(h);
}

function fnvUpdate(h: number, text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Final avalanche (murmur3 fmix32) so that low bits used as a bucket index depend on every input bit. */
function fnvFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
