import type { BrandRegistry } from '../../brands/registry.js';
import { registrableDefault } from '../../links/registrable.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';

/**
 * Session 60 (issue 17 item 6, helper scam60): decoy links — anchors the reader cannot see (at most one visible character, a
 * full stop, or none) to **made-up subdomains of a well-known brand's domain**, named by a generator: `https://www.1psT1.google.com/
 * maps/@bXmUL0`, `https://www.cp36piD.youtube.com/?z` beside the one real link of design sample-3381 (a crypto pitch from free
 * mail). A bulk sender hides them so that each copy carries different URLs under domains every filter trusts (a hash-buster
 * that borrows the brand's reputation); no such host serves anything.
 *
 * Read: `<a>` links whose shown text is at most one character, whose host (as written, before any lower-casing) has a label
 * below its registrable domain, other than `www`, that **mixes upper and lower case letters with a digit** — host names are
 * case-insensitive, and neither a service's nor a tracker's name is written so: a generator's base-62 token is — and whose
 * registrable domain a registered brand owns (the brand registry: google.com, youtube.com, microsoft.com …). Two such links
 * (distinct hosts) at least. Not read: a tracking pixel (an image, not a link), an icon or social link (its host is the
 * brand's `www` or a lower-case service name), a tracker's lower-case `click3.ebay.com`, a storage bucket's lower-case name.
 * Counted in the corpora (session 60): 0 of the 4,150 SpamAssassin ham, 0 of its spam, 0 of the Nazario mailboxes; of the
 * 1,844 design files of the pot, 3381 alone (mixed case with a digit below a brand's domain on a hidden anchor). The same
 * generated labels under throwaway domains are common in the pot's spam (`MPfXiifROU….urbanabode.quest`); those are not a
 * brand's and are left to the links family's other readings.
 *
 * Cost: one pass over the HTML's links (already gathered by the parser); the host is cut from the href with indexOf, the
 * brand registry asked only for a host whose labels pass the case test.
 */
export const MIN_DECOYS = 2;

/** A label a generator wrote: an upper and a lower case ASCII letter and a digit. */
export function generatedLabel(label: string): boolean {
  let upper = false;
  let lower = false;
  let digit = false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (c >= 0x30 && c <= 0x39) digit = true;
  }
  return upper && lower && digit;
}

/** The host of an http(s) or scheme-relative href as written (its case kept), or null. */
export function hostAsWritten(href: string): string | null {
  const h = href.trim();
  let at: number;
  if (h.startsWith('//')) at = 2;
  else {
    const colon = h.indexOf('://');
    if (colon < 0) return null;
    const scheme = h.slice(0, colon).toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') return null;
    at = colon + 3;
  }
  let end = h.length;
  for (let i = at; i < h.length; i++) {
    const c = h.charCodeAt(i);
    // '/', '?', '#', '\' end the authority (its user information and port are cut below).
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) {
      end = i;
      break;
    }
  }
  let host = h.slice(at, end);
  const userinfo = host.lastIndexOf('@');
  if (userinfo >= 0) host = host.slice(userinfo + 1);
  const port = host.indexOf(':');
  if (port >= 0) host = host.slice(0, port);
  return host.length > 0 && host.length <= 253 ? host : null;
}

/** Visible characters of a link's text (whitespace dropped), counted up to 2. */
function shownChars(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch.trim() === '') continue;
    if (++n > 1) return n;
  }
  return n;
}

export interface DecoySubdomain {
  host: string;
  text: string;
  brand: string;
}

/** The hidden links to generated subdomains of a brand's domain (see the module's comment), one per host. */
export function decoySubdomains(msg: ParsedMessage, registry: BrandRegistry): DecoySubdomain[] {
  const found: DecoySubdomain[] = [];
  const hosts = new Set<string>();
  for (const l of msg.htmlFacts.links) {
    if (l.kind !== 'a' || shownChars(l.text) > 1) continue;
    const host = hostAsWritten(l.href);
    if (host === null || hosts.has(host)) continue;
    const labels = host.split('.');
    if (labels.length < 3) continue;
    // The case test first (a label left of the last two): most hidden links' hosts fail it, and tldts is not asked.
    let candidate = false;
    for (let i = 0; i < labels.length - 2 && !candidate; i++) candidate = generatedLabel(labels[i]!);
    if (!candidate) continue;
    const lower = host.toLowerCase();
    const domain = registrableDefault(lower);
    if (!domain || domain.length >= lower.length) continue;
    const below = labels.slice(0, labels.length - domain.split('.').length);
    if (!below.some((label) => label.toLowerCase() !== 'www' && generatedLabel(label))) continue;
    const owners = registry.ownersOf(domain);
    if (owners.length === 0) continue;
    hosts.add(host);
    found.push({ host, text: l.text, brand: owners[0]!.name });
  }
  return found;
}

export function decoySubdomainsCheck(registry: BrandRegistry): Check {
  return {
    name: 'links.decoy-subdomains',
    description: "Hidden links (one character or none shown) to made-up, generated subdomains of a well-known brand's domain: a bulk sender's decoys",
    emits: ['URL_DECOY_BRAND_SUBDOMAINS'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      if (msg.htmlFacts.links.length < MIN_DECOYS) return { findings };
      const decoys = decoySubdomains(msg, registry);
      if (decoys.length >= MIN_DECOYS) {
        findings.push({
          id: 'URL_DECOY_BRAND_SUBDOMAINS',
          evidence: `${decoys.length} hidden links to made-up subdomains: ${decoys.slice(0, 4).map((d) => `${d.host} ("${d.text}", ${d.brand})`).join(', ')}`,
          data: { hosts: decoys.map((d) => d.host), brands: [...new Set(decoys.map((d) => d.brand))] },
        });
      }
      return { findings };
    },
  };
}
