import { createHash } from 'node:crypto';
import type { ParsedMessage } from '../mail/types.js';
import { splitQuery } from './extract.js';
import { decodeSafely, type NormalisedUrl } from './normalise.js';
import { ownString } from '../mail/memo.js';

/**
 * Per-recipient identifiers in URLs. A link or image that carries the recipient's address — plain,
 * encoded or hashed — or a token unique to this copy of the message tells the sender, when it is
 * clicked or loaded, that this address is read: the list entry is confirmed and sold or mailed again.
 */

/** How the address was written into the URL. */
export type RecipientEncoding = 'plain' | 'base64' | 'base64url' | 'hex' | 'md5' | 'sha1' | 'sha256';

interface Needle {
  encoding: RecipientEncoding;
  /** The string searched for; lower-case unless `caseSensitive`. */
  text: string;
  caseSensitive: boolean;
  address: string;
  /** base64 only: how many bytes preceded the address in the encoded blob, mod 3. */
  alignment?: number;
  /** hashes only: whether the address was hashed as written or lower-cased. */
  hashedAs?: 'lower-case' | 'as written';
}

/** A recipient identifier found in a URL. */
export interface RecipientMatch {
  address: string;
  encoding: RecipientEncoding;
  /** Where: `query parameter \`u\``, `path segment 2`, `fragment`, or `URL`. */
  where: string;
  /** The component's (decoded) value, shortened for display. */
  value: string;
  alignment?: number;
  hashedAs?: 'lower-case' | 'as written';
}

/**
 * The recipient addresses a message names: To, Delivered-To / X-Original-To / Envelope-To, and the
 * envelope recipients the MTA gave; each as written and lower-cased, de-duplicated, at most `max`.
 */
export function recipientAddresses(msg: ParsedMessage, max = 20): string[] {
  const seen = new Set<string>();
  // Pushed one by one, not spread from a mapped array: in the worker pool that chain kept throwing the optimised
  // code of its callers away ("wrong map") (NOTES, issue 18, session 10). Same addresses, same order.
  const candidates: string[] = [];
  for (const a of msg.to) candidates.push(a.address);
  for (const a of msg.deliveredTo) candidates.push(a);
  for (const a of msg.envelope?.rcptTo ?? []) candidates.push(a);
  for (const raw of candidates) {
    const address = raw.trim().replace(/^<|>$/g, '');
    if (!/^[^@\s]+@[^@\s][^@\s.]*\.[^@\s]+$/.test(address)) continue;
    seen.add(address);
    seen.add(address.toLowerCase());
    if (seen.size >= max) break;
  }
  return [...seen].slice(0, max);
}

const B64_STD = /[+/]/g;
const toUrlSafe = (s: string) => s.replace(B64_STD, (c) => (c === '+' ? '-' : '_'));

/**
 * Every form of each address that is searched for. base64 is searched at all three alignments: an
 * address inside a longer blob (`{"e":"victim@…"}` encoded) starts at byte offset 0, 1 or 2 mod 3 and
 * its base64 differs for each; only the characters that depend on the address's bits alone are kept.
 * @example recipientNeedles(['a@b.jp']).map((n) => n.encoding) // ['plain', 'hex', 'base64', …, 'md5', 'sha1', 'sha256', …]
 */
export function recipientNeedles(addresses: readonly string[]): readonly Needle[] {
  // The same recipients come with message after message (a mailbox, a trap): their needles are remembered as a
  // list (bounded, like each address's forms), not de-duplicated again through a key string per needle.
  const cacheKey = JSON.stringify(addresses);
  const known = needlesCache.get(cacheKey);
  if (known) return known;
  const needles: Needle[] = [];
  const seen = new Set<string>();
  const push = (needle: Needle) => {
    const key = `${needle.caseSensitive ? 'c' : 'i'}:${needle.text}`;
    if (needle.text.length < 8 || seen.has(key)) return;
    seen.add(key);
    needles.push(needle);
  };
  const variants = [...new Set(addresses.flatMap((a) => [a, a.toLowerCase()]))];
  for (const address of variants) for (const needle of addressForms(address)) push(needle);
  if (needlesCache.size >= MAX_CACHED_ADDRESSES) needlesCache.clear();
  needlesCache.set(cacheKey, needles);
  return needles;
}
const needlesCache = new Map<string, readonly Needle[]>();

/**
 * Every searched form of one address, in the order recipientNeedles adds them. Remembered (bounded): a
 * mailbox or spam trap receives thousands of messages for the same few addresses, and the three digests
 * and base64 forms were ~3 % of a scan's CPU when computed per message. Needles are never modified.
 */
const formsCache = new Map<string, readonly Needle[]>();
const MAX_CACHED_ADDRESSES = 1024;

function addressForms(text: string): readonly Needle[] {
  const cached = formsCache.get(text);
  if (cached) return cached;
  // Kept (the key and the needles) as a string of its own: the address cut from a message would keep its text (ownString).
  const address = ownString(text);
  const forms: Needle[] = [];
  const lower = address.toLowerCase();
  const bytes = Buffer.from(address, 'utf8');
  forms.push({ encoding: 'plain', text: lower, caseSensitive: false, address: lower });
  forms.push({ encoding: 'hex', text: bytes.toString('hex'), caseSensitive: false, address });
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const start = Math.ceil((8 * k) / 6);
    const end = Math.floor((8 * (k + bytes.length)) / 6);
    const core = encoded.slice(start, end);
    forms.push({ encoding: 'base64', text: core, caseSensitive: true, address, alignment: k });
    if (/[+/]/.test(core)) forms.push({ encoding: 'base64url', text: toUrlSafe(core), caseSensitive: true, address, alignment: k });
  }
  for (const algorithm of ['md5', 'sha1', 'sha256'] as const) {
    forms.push({ encoding: algorithm, text: createHash(algorithm).update(address).digest('hex'), caseSensitive: false, address, hashedAs: address === lower ? 'lower-case' : 'as written' });
  }
  if (formsCache.size >= MAX_CACHED_ADDRESSES) formsCache.clear();
  formsCache.set(address, forms);
  return forms;
}

/** `path segment 1` … `path segment 64`, made once (they were a template string per segment per URL). */
const PATH_SEGMENT_WHERE = Array.from({ length: 64 }, (_, i) => `path segment ${i + 1}`);

/** `query parameter \`name\`` for parameter names met before (utm_source, u, id…): made once each, at most 1,024 names of ≤ 64 characters. */
const QUERY_WHERE = new Map<string, string>();
function queryWhere(name: string): string {
  let where = QUERY_WHERE.get(name);
  if (where === undefined) {
    where = ownString(`query parameter \`${name}\``);
    if (QUERY_WHERE.size < 1024 && name.length <= 64) QUERY_WHERE.set(ownString(name), where);
  }
  return where;
}

/** The parts of a URL a tracking identifier hides in, each with its decoded value. */
export function urlComponents(url: NormalisedUrl): { where: string; name?: string; value: string }[] {
  const out: { where: string; name?: string; value: string }[] = [];
  // The first 64 non-empty path segments, read between slashes (was split and filter: two arrays per URL).
  const path = url.path;
  for (let start = 0, i = 0; start <= path.length && i < 64; ) {
    let end = path.indexOf('/', start);
    if (end < 0) end = path.length;
    if (end > start) out.push({ where: PATH_SEGMENT_WHERE[i++]!, value: decodeTwice(path.slice(start, end)) });
    start = end + 1;
  }
  for (const [name, value] of splitQuery(url.query)) out.push({ where: queryWhere(name), name, value: decodeTwice(value) });
  if (url.fragment) out.push({ where: 'fragment', value: decodeTwice(url.fragment) });
  return out;
}

function decodeTwice(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(out); i++) out = decodeSafely(out);
  return out;
}

/**
 * The first recipient identifier in a URL: each component (path segment, query parameter, fragment)
 * is searched first, so the evidence can say where; then the whole decoded path and query, for a blob
 * that spans components.
 * @example findRecipientInUrl(normaliseUrl('https://x.top/c?u=dmljdGltQGV4YW1wbGUuanA')!, recipientNeedles(['victim@example.jp']))
 *   // { encoding: 'base64url', where: 'query parameter `u`', address: 'victim@example.jp', … }
 */
export function findRecipientInUrl(url: NormalisedUrl, needles: readonly Needle[], components?: ReturnType<typeof urlComponents>): RecipientMatch | undefined {
  if (!needles.length || (url.scheme !== 'http' && url.scheme !== 'https')) return undefined;
  components ??= urlComponents(url);
  // A value shorter than every needle holds none (most path segments): not lower-cased, not searched.
  let shortest = Infinity;
  for (const needle of needles) shortest = Math.min(shortest, needle.text.length);
  for (let k = 0; k <= components.length; k++) {
    const where = k < components.length ? components[k]!.where : 'URL';
    const value = k < components.length ? components[k]!.value : decodeTwice(`${url.path}?${url.query}#${url.fragment}`);
    if (value.length < shortest) continue;
    const lower = value.toLowerCase();
    for (const needle of needles) {
      const hay = needle.caseSensitive ? value : lower;
      if (!hay.includes(needle.text)) continue;
      let encoding = needle.encoding;
      // Without `+` or `/` in the matched characters both alphabets agree: name the one the value
      // uses; an unpadded value of a length that is not a multiple of 4 is base64url's habit (RFC 4648 §5).
      if (encoding === 'base64' && !/[+/]/.test(value) && (/[-_]/.test(value) || (/^[A-Za-z0-9]+$/.test(value) && value.length % 4 !== 0))) encoding = 'base64url';
      return {
        address: needle.address,
        encoding,
        where,
        value: value.length > 120 ? `${value.slice(0, 117)}…` : value,
        ...(needle.alignment !== undefined ? { alignment: needle.alignment } : {}),
        ...(needle.hashedAs ? { hashedAs: needle.hashedAs } : {}),
      };
    }
  }
  return undefined;
}

/** An e-mail address carried in a URL, plain or base64-encoded, whoever it belongs to. */
export interface AddressInUrl {
  address: string;
  encoding: 'plain' | 'base64';
  where: string;
  value: string;
}

const BASE64_RUN = /[A-Za-z0-9+/_-]{16,4096}={0,2}/g;
const MAX_RUNS = 20;

/**
 * The first e-mail address a URL carries, plain or base64 (either alphabet, any of the four character
 * offsets) in a path segment, query value or fragment. Used for addresses that are not the known
 * recipient's: the mail went to a list, was forwarded, or its headers were rewritten, but the link was
 * still made for one address. Linear: `@` positions are expanded by hand, base64 runs are bounded.
 * @example findAddressInUrl(normaliseUrl('https://x.example/?bra=cm9kcmlnb0BleGFtcGxlLmNvbQ')!) // { address: 'rodrigo@example.com', encoding: 'base64', … }
 */
export function findAddressInUrl(url: NormalisedUrl, components: ReturnType<typeof urlComponents> = urlComponents(url)): AddressInUrl | undefined {
  if (url.scheme !== 'http' && url.scheme !== 'https') return undefined;
  for (const { where, value } of components) {
    const plain = addressIn(value);
    if (plain) return { address: plain.toLowerCase(), encoding: 'plain', where, value: shortValue(value) };
    BASE64_RUN.lastIndex = 0;
    let run: RegExpExecArray | null;
    for (let n = 0; n < MAX_RUNS && (run = BASE64_RUN.exec(value)); n++) {
      for (let skip = 0; skip < 4; skip++) {
        const decoded = Buffer.from(run[0].slice(skip), 'base64').toString('latin1');
        const found = addressIn(decoded);
        if (found) return { address: found.toLowerCase(), encoding: 'base64', where, value: shortValue(value) };
      }
    }
  }
  return undefined;
}

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/** The first well-formed address around an `@` of the text (at most 20 `@` looked at). */
function addressIn(text: string): string | undefined {
  let at = text.indexOf('@');
  for (let n = 0; at >= 0 && n < 20; n++, at = text.indexOf('@', at + 1)) {
    let left = at;
    while (left > 0 && at - left < 64 && LOCAL_CHAR.test(text[left - 1]!)) left--;
    let right = at + 1;
    while (right < text.length && right - at < 254 && DOMAIN_CHAR.test(text[right]!)) right++;
    const local = text.slice(left, at).replace(/^[.]+/, '');
    const domain = text.slice(at + 1, right).replace(/[.-]+$/, '');
    if (local.length < 2 || !/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain)) continue;
    return `${local}@${domain}`;
  }
  return undefined;
}

function shortValue(value: string): string {
  return value.length > 120 ? `${value.slice(0, 117)}…` : value;
}

/** Human description of how the address was encoded (`base64url of victim@example.jp`). */
export function describeEncoding(match: RecipientMatch): string {
  switch (match.encoding) {
    case 'plain':
      return match.address;
    case 'md5':
    case 'sha1':
    case 'sha256':
      return `${match.encoding.toUpperCase().replace('SHA', 'SHA-')} of ${match.address}${match.hashedAs === 'as written' ? ' (as written)' : ''}`;
    default:
      return `${match.encoding} of ${match.address}`;
  }
}

export interface UniqueTokenOptions {
  /** Shortest token considered (characters). */
  minLength: number;
  /** Least Shannon entropy, in bits per character. */
  minEntropy: number;
}

/** A long, random-looking value in a URL: an identifier for this copy of the message. */
export interface UniqueToken {
  where: string;
  token: string;
  entropy: number;
}

// Tokens of static resources are the same for every recipient (content hashes in file names).
const STATIC_RESOURCE = /\.(png|jpe?g|gif|webp|svg|ico|css|js|woff2?|ttf|eot|mp4|webm|pdf)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN_SHAPE = /^[A-Za-z0-9_\-+/=.~!$*]+$/;
// Parameters known to hold campaign facts, not per-recipient identifiers (Google Analytics UTM).
const CAMPAIGN_PARAMETER = /^(utm_[a-z]+|campaign|source|medium|lang|locale|ref|v|ver|version|s)$/i;

/**
 * The long high-entropy values in a URL's path and query: per-recipient identifiers. ESP click-tracking
 * IDs are such tokens too (and do identify the recipient); slugs made of words (`spring-sale-2024`),
 * campaign parameters (`utm_campaign=spring2024`) and static file names are not.
 * @example findUniqueTokens(normaliseUrl('https://x.jp/c/aZ3k9QpL2mX7vB1nR8tY4wE6')!, { minLength: 20, minEntropy: 3.5 })
 *   // [{ where: 'path segment 2', token: 'aZ3k9QpL2mX7vB1nR8tY4wE6', entropy: 4.58 }]
 */
export function findUniqueTokens(url: NormalisedUrl, options: UniqueTokenOptions, components: ReturnType<typeof urlComponents> = urlComponents(url)): UniqueToken[] {
  if (url.scheme !== 'http' && url.scheme !== 'https') return [];
  const out: UniqueToken[] = [];
  for (const { where, name, value } of components) {
    if (name !== undefined && CAMPAIGN_PARAMETER.test(name)) continue;
    if (value.length < options.minLength || value.length > 2048 || !TOKEN_SHAPE.test(value)) continue;
    if (STATIC_RESOURCE.test(value) || /^(https?:|www\.)/i.test(value)) continue;
    // UUIDs and long hex strings are identifiers whatever their entropy (hex has at most 4 bits/char).
    const hexId = UUID.test(value) || (/^[0-9a-f]{24,}$/i.test(value) && /\d/.test(value) && /[a-f]/i.test(value));
    if (hexId) {
      const entropy = shannonEntropy(value);
      if (entropy >= 3) out.push({ where, token: value, entropy: Math.round(entropy * 100) / 100 });
      continue;
    }
    if (isWordSlug(value)) continue;
    const hasDigit = /\d/.test(value);
    const hasLetter = /[a-z]/i.test(value);
    const mixedCase = /[a-z]/.test(value) && /[A-Z]/.test(value);
    if (!(hasDigit && hasLetter) && !mixedCase) continue;
    const entropy = shannonEntropy(value);
    if (entropy < options.minEntropy) continue;
    out.push({ where, token: value, entropy: Math.round(entropy * 100) / 100 });
  }
  return out;
}

/** `spring-sale-2024-newsletter`, `Summer_Campaign.v2`: words joined by separators, not an identifier. */
function isWordSlug(value: string): boolean {
  const parts = value.split(/[-_.~+/]+/).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.every((part) => /^[a-z]+$/i.test(part) ? part.length <= 15 && /[aeiouy]/i.test(part) : /^\d{1,8}$/.test(part) || /^[a-z]+\d{1,4}$/i.test(part));
}

const ASCII_TEXT = /^[\x00-\x7f]*$/;
const asciiCounts = new Int32Array(128);
const asciiOrder = new Uint8Array(128);

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  // ASCII (every token findUniqueTokens measures): counts in a table, summed in first-seen order as the Map does.
  if (ASCII_TEXT.test(text)) {
    let distinct = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (asciiCounts[c] === 0) asciiOrder[distinct++] = c;
      asciiCounts[c]!++;
    }
    let sum = 0;
    for (let k = 0; k < distinct; k++) {
      const c = asciiOrder[k]!;
      const p = asciiCounts[c]! / text.length;
      sum -= p * Math.log2(p);
      asciiCounts[c] = 0;
    }
    return sum;
  }
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
