export type { Brand } from './types.js';
export { defaultBrands } from './defaults.js';
export { BrandRegistry, onlyRoleWords, registrableDomain, buildBrandRegistry, type BrandMention } from './registry.js';
export { foldBrandText, type FoldedText } from './normalize.js';
export { detectorFor } from './detector.js';
