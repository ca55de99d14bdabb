import { encodeSignature, minhash } from './minhash.js';
import { normaliseText, shingles } from './normalise.js';

/** Fewer shingles than this and a text is not fingerprinted (a two-word body matches too much). */
export const MIN_SHINGLES = 8;

/**
 * The near-duplicate fingerprint of a message body: the MinHash of its normalised shingles, encoded
 * (./minhash.ts), or '' when the text is too short to compare. Computed once at scan time, where the text
 * is at hand, and kept with the scan result so campaigns can compare messages without re-parsing them.
 * @example textFingerprint('Dear bob@example.jp, your account …').length // 320
 */
export function textFingerprint(text: string): string {
  const sh = shingles(normaliseText(text));
  return sh.length >= MIN_SHINGLES ? encodeSignature(minhash(sh)) : '';
}
