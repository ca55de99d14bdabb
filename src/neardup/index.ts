/**
 * Near-duplicate text engine: normalisation that removes per-recipient parts, shingling (character n-grams
 * for CJK, word n-grams otherwise) and MinHash/LSH. Pure; used by the scanner (a fingerprint per message)
 * and by campaigns (clustering).
 */
export { textFingerprint, MIN_SHINGLES } from './fingerprint.js';
export { normaliseText, shingles, subjectTemplate, isDistinctiveSubject, urlPattern, isTrackingPattern, isMostlyCjk } from './normalise.js';
export { minhash, jaccardEstimate, bandKeys, encodeSignature, decodeSignature, isEmptySignature, fnv1a32, NUM_HASHES, BANDS, ROWS } from './minhash.js';
