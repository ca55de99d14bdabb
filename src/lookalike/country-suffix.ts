/**
 * Country-code suffixes that are sold worldwide as generic names, are a typo of `.com`, or are among the
 * cheapest and most abused (the Freenom five, .pw): a brand label under one of them is not the brand's
 * country site but whoever registered it, so it stays a TLD swap even for a brand with country domains.
 */
const OPEN_COUNTRY_CODES: ReadonlySet<string> = new Set([
  // Marketed as generic (.co "company", .io "input/output", .me, .tv, .ai …).
  'co', 'io', 'me', 'tv', 'cc', 'ws', 'ly', 'to', 'ai', 'gg', 'sh', 'ac', 'fm', 'am', 'nu', 'su', 'la', 'st', 'so', 'bz', 'vg', 'cx', 'gs', 'ms',
  // One letter from .com.
  'cm', 'om',
  // Free or near-free registrations, abuse-dominated.
  'tk', 'ml', 'ga', 'cf', 'gq', 'pw',
]);

/**
 * Whether a public suffix is a country's own: its last label is an ISO 3166 two-letter code (`de`, `com.br`,
 * `co.uk`) and not one of the open ones above. A brand that runs country sites (`paypal.de`, `apple.fr`) owns
 * its label under such a suffix.
 * @example isCountrySuffix('co.uk') // true
 * @example isCountrySuffix('co') // false (sold as a generic name)
 */
export function isCountrySuffix(publicSuffix: string): boolean {
  const tld = publicSuffix.slice(publicSuffix.lastIndexOf('.') + 1);
  return tld.length === 2 && /^[a-z]{2}$/.test(tld) && !OPEN_COUNTRY_CODES.has(tld);
}
