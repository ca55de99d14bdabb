import data from './data/brands.json' with { type: 'json' };
import { parseBrandData } from './schema.js';
import type { Brand } from './types.js';

let brands: readonly Brand[] | undefined;

/**
 * The shipped registry of brands commonly impersonated in Japanese and global phishing (JPCERT/CC and
 * フィッシング対策協議会 reports, APWG brand lists), kept as data in ./data/brands.json and validated
 * against ./schema.ts on first use (a bad edit fails at the first registry built, naming the field). Domains are
 * registrable domains (eTLD+1); sending domains are other registrable domains the brand's mail
 * legitimately comes from. Each brand's `notes` say why a field is as it is.
 *
 * Built on the first call, the same array afterwards. Not at import: a scan with the build's precomputed sender
 * tables (src/runtime/sender-tables.ts) never reads the list, and parsing it was ~3–4 ms of every one-message scan.
 */
export function defaultBrands(): readonly Brand[] {
  return (brands ??= parseBrandData(data, 'src/brands/data/brands.json'));
}
