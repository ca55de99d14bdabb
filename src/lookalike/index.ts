export { LookalikeDetector, DEFAULT_DETECTOR_OPTIONS, type ProtectedDomain, type LookalikeMatch, type LookalikeTechnique, type DetectorOptions } from './detector.js';
export { skeleton } from './skeleton.js';
export { transliterationKey } from './transliteration.js';
export { damerauLevenshtein, classifyEdit } from './edits.js';
export { nearClaimedBrand, nearClaimedLabel, looseFold, type ClaimedLookalike } from './claimed.js';
export { isCountrySuffix } from './country-suffix.js';
