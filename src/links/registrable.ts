import { getDomain, parse as parseDomain } from 'tldts';
import { ownString } from '../mail/memo.js';

/** Host names longer than a DNS name are answered but not remembered (a hostile message must not fill the memory). */
const MAX_REMEMBERED_LENGTH = 253;
/** Answers kept per function before it starts over. */
const MAX_REMEMBERED = 4096;

/**
 * `compute` with its answers remembered by argument (bounded: at MAX_REMEMBERED the memory starts over). For the
 * Public Suffix List look-ups a scan repeats: every message names its sender's and its hops' hosts again, and the
 * same few thousand hosts (providers, MTAs, newsletters' link hosts) come back message after message; each tldts
 * look-up is ~1–2 µs, a Map hit a small part of that. Every caller shares one answer per host: answers are strings,
 * null, or read-only objects (hostParts), never changed.
 */
export function remembered<T>(compute: (host: string) => T): (host: string) => T {
  const known = new Map<string, T>();
  return (host) => {
    const hit = known.get(host);
    if (hit !== undefined || known.has(host)) return hit as T;
    if (host.length > MAX_REMEMBERED_LENGTH) return compute(host);
    // Computed from a string of its own and kept so: a host cut from a message's text would keep the whole text alive, and
    // so would the strings tldts cuts from it (ownString).
    const own = ownString(host);
    const value = compute(own);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(own, (typeof value === 'string' ? ownString(value) : value) as T);
    return value;
  };
}

/** tldts' reading of a host: its registrable domain, the label before the suffix, the suffix, ICANN or not… */
export type HostParts = Readonly<ReturnType<typeof parseDomain>>;

/**
 * `parse(host, { extractHostname: false, validateHostname: false })` — a host or an address domain read as it is written,
 * ICANN suffixes only — remembered. The checks read the sender's and the recipients' domains this way message after
 * message (recipient-lookalike alone parsed every To and Cc domain: ~1 % of a warmed scan). One answer object is shared by
 * every caller: read it, never change it.
 */
export const hostParts = remembered((host: string): HostParts => parseDomain(host, { extractHostname: false, validateHostname: false }));

/** `parse(host, { allowPrivateDomains: true }).domain`: the registrable domain, private suffixes (github.io) included. */
export const registrableWithPrivate = remembered((host: string) => parseDomain(host, { allowPrivateDomains: true }).domain);

/** `getDomain(host, { allowPrivateDomains: false })`: the registrable domain under ICANN suffixes only. */
export const registrableIcann = remembered((host: string) => getDomain(host, { allowPrivateDomains: false }));

/** `getDomain(host)`: tldts' defaults (ICANN suffixes only, as registrableIcann; a hostname is extracted first). */
export const registrableDefault = remembered((host: string) => getDomain(host));

/**
 * The registrable domain of a sender's address domain (`tldts.parse(domain).domain`), '' when it has none: one remembered
 * reading for the content checks that each parsed the From domain again (a sender's domain recurs message after message).
 * The parser gives address domains lower-cased, so tldts takes its valid-hostname path; a mixed-case name would go through
 * its `extractHostname`, which V8 deoptimised in every scanning isolate (session 44's trace: link text read as a bare domain,
 * links/analyse.ts, now lower-cased there).
 */
export function senderRegistrable(domain: string | undefined): string {
  return domain ? (registrableDefault(domain) ?? '') : '';
}
