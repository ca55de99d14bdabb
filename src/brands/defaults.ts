import data from './data/brands.json' with { type: 'json' };
import { parseBrandData } from './schema.js';
import type { Brand } from './types.js';

/**
 * The shipped registry of brands commonly impersonated in Japanese and global phishing (JPCERT/CC and
 * フィッシング対策協議会 reports, APWG brand lists), kept as data in ./data/brands.json and validated
 * against ./schema.ts when this module loads (a bad edit fails at start-up, naming the field). Domains are
 * registrable domains (eTLD+1); sending domains are other registrable domains the brand's mail
 * legitimately comes from. Each brand's `notes` say why a field is as it is.
 */
export const DEFAULT_BRANDS: readonly Brand[] = parseBrandData(data, 'src/brands/data/brands.json');
