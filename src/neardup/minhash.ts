/**
 * MinHash signatures and LSH banding (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive
 * Datasets", ch. 3). Written here: no kept library exists for Node. Deterministic: the hash family is
 * derived from fixed seeds, so signatures computed by different processes and runs compare.
 */

/** Hashes per signature = BANDS × ROWS. 24 bands of 5 rows put the LSH threshold near Jaccard 0.53. */
export const BANDS = 24;
export const ROWS = 5;
export const NUM_HASHES = BANDS * ROWS;

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: a cheap, well-mixing bijection on 32-bit integers. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Fixed seeds (a splitmix-style sequence from one constant): never change them, stored signatures depend on them. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
})();

/**
 * The MinHash signature of a set of shingles: for each of NUM_HASHES hash functions, the minimum hash over
 * the set. An empty set gives a signature of all 0xffffffff (similar to nothing but itself).
 * @example jaccardEstimate(minhash(['a b c']), minhash(['a b c'])) // 1
 */
export function minhash(shingles: readonly string[]): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const sh of shingles) {
    const base = fnv1a32(sh);
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = mix32(base ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The share of equal positions: an unbiased estimate of the Jaccard similarity of the two sets. */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Whether a signature is that of the empty set (no text to compare). */
export function isEmptySignature(sig: Uint32Array): boolean {
  return sig.every((v) => v === 0xffffffff || v === 0xffff);
}

/**
 * LSH band keys: one per band, `b<index>:<hash of the band's rows>`. Two signatures share a band key with
 * probability 1 − (1 − J^ROWS)^BANDS for Jaccard J (≈ 0.47 at 0.5, 0.86 at 0.6, 0.99 at 0.7).
 */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix32(Math.imul(h, 31) ^ sig[b * ROWS + r]!);
    keys.push(`b${b}:${h.toString(36)}`);
  }
  return keys;
}

/**
 * A signature as compact text for storage and transport: the low 16 bits of each minimum (b-bit MinHash,
 * Li & König 2010), base64 — 320 characters. Two unrelated minima agree by chance with probability 2⁻¹⁶,
 * which biases the Jaccard estimate by less than 0.0001.
 */
export function encodeSignature(sig: Uint32Array): string {
  const bytes = Buffer.alloc(sig.length * 2);
  for (let i = 0; i < sig.length; i++) bytes.writeUInt16LE(sig[i]! & 0xffff, i * 2);
  return bytes.toString('base64');
}

/** The inverse of encodeSignature (16-bit values); a malformed value gives the empty signature. */
export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== NUM_HASHES * 2) return new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const sig = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) sig[i] = bytes.readUInt16LE(i * 2);
  return sig;
}
