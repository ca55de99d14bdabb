import { parse as parseDomain } from 'tldts';

/**
 * Organizational Domain (RFC 7489 §3.2): the registrable domain under the Public Suffix List.
 * @example organizationalDomain('mail.example.co.jp') // 'example.co.jp'
 */
export function organizationalDomain(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  return parseDomain(d, { extractHostname: false, validateHostname: false }).domain ?? d;
}

/** DMARC alignment mode: relaxed (organizational domains equal) or strict (exact match). */
export type AlignmentMode = 'r' | 's';

/**
 * Identifier alignment (RFC 7489 §3.1): strict needs the exact domain, relaxed the same organizational
 * domain. Computed here rather than trusted from a library, since strict mode is where they differ.
 * @example aligned('bounce.example.com', 'example.com', 'r') // true
 * @example aligned('bounce.example.com', 'example.com', 's') // false
 */
export function aligned(authenticatedDomain: string, fromDomain: string, mode: AlignmentMode): boolean {
  const a = authenticatedDomain.trim().toLowerCase().replace(/\.$/, '');
  const f = fromDomain.trim().toLowerCase().replace(/\.$/, '');
  if (!a || !f) return false;
  if (mode === 's') return a === f;
  return organizationalDomain(a) === organizationalDomain(f);
}
