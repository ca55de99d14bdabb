/** The hosts a message links to, as the sender family reads them (lookalikes, organisation claims). */
import { payloadUrl, readQrCodesOnce, type QrLimits } from '../../files/qr/read.js';
import { letterPasswords } from '../attachments/passwords.js';
import { plainHostEnd } from '../../links/plain-host.js';
import { findTextUrls, type TextUrl } from '../../links/text-urls.js';
import type { HtmlLink, ParsedMessage } from '../../mail/types.js';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()]+/gi;
const MAX_TEXT_URLS_SCAN = 200_000;

/** An http(s) link (leading blanks allowed, any case): what hostOf and findDestinations read as one. */
const HTTP_START = /^\s*https?:/i;

export function hostOf(href: string): string | null {
  if (!HTTP_START.test(href)) return null;
  const plain = plainHost(href);
  if (plain !== undefined) return plain;
  try {
    return new URL(href.trim()).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/**
 * hostOf's answer for the shape most links have, read without the URL parser: `http://` or `https://` (any case, nothing
 * before it), then a plain host (plainHostEnd: what the parser only lower-cases), and what follows the host never fails
 * the parser. Undefined for every other href (the parser decides). A parse per link was a tenth of sender.identity's time.
 */
function plainHost(href: string): string | undefined {
  const h = href.charCodeAt(0) | 0x20;
  if (h !== 0x68) return undefined; // `h`: no leading space or control character
  let at = 4;
  if ((href.charCodeAt(at) | 0x20) === 0x73) at++; // https
  if (href.charCodeAt(at) !== 0x3a || href.charCodeAt(at + 1) !== 0x2f || href.charCodeAt(at + 2) !== 0x2f) return undefined;
  const end = plainHostEnd(href, at + 3);
  return end < 0 ? undefined : href.slice(at + 3, end).toLowerCase();
}

/**
 * Link hosts per message: identity and lookalike checks both read them, one after the other (a URL parse
 * per link, twice per message, before). Weakly held, like the links family's facts: a scanned message is
 * not kept alive by the cache.
 */
const found = new WeakMap<ParsedMessage, { max: number; hosts: readonly string[] }>();

/**
 * Link hosts: HTML hrefs first, then URLs written in the text, then URLs in QR codes (read with `qr`, the links family's
 * limits, once per message for both families), unique, at most `max`.
 */
export function linkHosts(msg: ParsedMessage, max: number, qr?: QrLimits): readonly string[] {
  const known = found.get(msg);
  if (known?.max === max) return known.hosts;
  const hosts = findLinkHosts(msg, max, qr);
  found.set(msg, { max, hosts });
  return hosts;
}

function findLinkHosts(msg: ParsedMessage, max: number, qr: QrLimits | undefined): string[] {
  const hosts = new Set<string>();
  // A URL seen before in this message (the same link in several places, or in both the HTML and the text part)
  // adds nothing: it is not parsed again.
  const seen = new Set<string>();
  for (const link of msg.htmlFacts.links) {
    if (hosts.size >= max) break;
    if (seen.has(link.href)) continue;
    seen.add(link.href);
    const h = hostOf(link.href);
    if (h) hosts.add(h);
  }
  const text = msg.text.length > MAX_TEXT_URLS_SCAN ? msg.text.slice(0, MAX_TEXT_URLS_SCAN) : msg.text;
  // exec, not matchAll: matchAll makes a copy of the pattern (a new RegExp) and an iterator per call.
  URL_IN_TEXT.lastIndex = 0;
  for (let m = URL_IN_TEXT.exec(text); m; m = URL_IN_TEXT.exec(text)) {
    if (hosts.size >= max) break;
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    const h = hostOf(m[0]);
    if (h) hosts.add(h);
  }
  // A URL in a QR code is a link the reader's phone opens: a lookalike host there is one of the message's links.
  const codes = qr ? readQrCodesOnce(msg, qr, letterPasswords)?.codes : undefined;
  for (const code of codes ?? []) {
    if (hosts.size >= max) break;
    if (code.kind !== 'url') continue;
    const h = hostOf(payloadUrl(code.payload));
    if (h) hosts.add(h);
  }
  return [...hosts];
}


/** A link the reader follows (not an image or style sheet the client loads): its host and path. */
export interface Destination {
  host: string;
  path: string;
}

/** Kinds of HTML link that take the reader somewhere: anchors, image-map areas, forms, a refresh, a frame. */
const DESTINATION_KINDS: ReadonlySet<HtmlLink['kind']> = new Set(['a', 'area', 'form', 'meta-refresh', 'iframe']);

const destinationsFound = new WeakMap<ParsedMessage, { max: number; destinations: readonly Destination[] | undefined }>();

/**
 * Where the message sends its reader: the hosts and paths of its anchors, areas, forms, refreshes and frames, of the http(s) URLs
 * written in its text and of those in its QR codes — not its images, style sheets and scripts (a brand's mail loads those from
 * CDNs of any name). Unique by host and path; undefined when there are more than `max` (the answer would be a guess), or when a
 * link's host cannot be read (a link of unknown destination is none of the sender's).
 */
export function destinations(msg: ParsedMessage, max: number, qr?: QrLimits): readonly Destination[] | undefined {
  const known = destinationsFound.get(msg);
  if (known?.max === max) return known.destinations;
  const found = findDestinations(msg, max, qr);
  destinationsFound.set(msg, { max, destinations: found });
  return found;
}

/**
 * Whether one of the message's HTML destination links (DESTINATION_KINDS) whose host reads without the URL parser (plainHost:
 * an http(s) link the parser would only lower-case the host of) has a host `test` accepts. Each such host is one of
 * destinations()' own (unless that gives undefined): a cheap first look for a caller that any one host settles, before
 * destinations() parses every link.
 */
export function somePlainDestinationHost(msg: ParsedMessage, test: (host: string) => boolean): boolean {
  for (const link of msg.htmlFacts.links) {
    if (!DESTINATION_KINDS.has(link.kind) || !HTTP_START.test(link.href)) continue;
    const host = plainHost(link.href);
    if (host !== undefined && test(host)) return true;
  }
  return false;
}

/**
 * somePlainDestinationHost for the URLs written in the text (findDestinations' second loop, the same texts and cap): whether
 * one whose host reads without the URL parser has a host `test` accepts. Each such host is one of destinations()' own
 * (unless that gives undefined), so a caller that any one host settles reads no further — for mail whose links are all
 * written out (most plain-text mail), before destinations() parses every one of them (session 39).
 */
export function someWrittenDestinationHost(msg: ParsedMessage, max: number, test: (host: string) => boolean): boolean {
  for (const written of writtenUrls(msg, 4 * max).lists) {
    for (const w of written) {
      const host = plainHost(w.text.includes('://') ? w.text : `http://${w.text}`);
      if (host !== undefined && test(host)) return true;
    }
  }
  return false;
}

const writtenFound = new WeakMap<ParsedMessage, { cap: number; urls: WrittenUrls }>();

interface WrittenUrls {
  /** The URLs written in each text read, in order (at most `cap` each). */
  lists: readonly (readonly TextUrl[])[];
  /** False when a text was too long to scan (MAX_TEXT_URLS_SCAN): the texts after it are not read. */
  complete: boolean;
}

/**
 * The URLs written out in the texts a reader sees — the plain-text part, and what the HTML shows (a client shows one or the
 * other) — read once per message: someWrittenDestinationHost looks first, and destinations() reads the same lists when it
 * does not settle the question.
 */
function writtenUrls(msg: ParsedMessage, cap: number): WrittenUrls {
  const known = writtenFound.get(msg);
  if (known?.cap === cap) return known.urls;
  const lists: TextUrl[][] = [];
  let complete = true;
  for (const text of msg.html ? [msg.text, msg.visibleText] : [msg.text]) {
    if (text.length > MAX_TEXT_URLS_SCAN) {
      complete = false;
      break;
    }
    lists.push(findTextUrls(text, { maxUrls: cap }));
  }
  const urls = { lists, complete };
  writtenFound.set(msg, { cap, urls });
  return urls;
}

function findDestinations(msg: ParsedMessage, max: number, qr: QrLimits | undefined): Destination[] | undefined {
  const out = new Map<string, Destination>();
  const seen = new Set<string>();
  const add = (href: string, nested = false): boolean => {
    if (seen.has(href)) return true;
    seen.add(href);
    if (!HTTP_START.test(href)) return !/^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href) || /^\s*(?:mailto|tel|cid|sms):/i.test(href);
    let url: URL;
    try {
      url = new URL(href.trim());
    } catch {
      return false;
    }
    const host = url.hostname.toLowerCase();
    if (!host) return false;
    out.set(`${host}${url.pathname}`, { host, path: url.pathname });
    if (out.size > max) return false;
    // A redirect's target carried in the link (`?DomainUrl=http%3A%2F%2F…`, `/r/https://…`) is where the reader lands: one level.
    return nested || embeddedTargets(url).every((target) => add(target, true));
  };
  for (const link of msg.htmlFacts.links) {
    if (DESTINATION_KINDS.has(link.kind) && !add(link.href)) return undefined;
  }
  // Written out too (`www.example.com/verify` with no scheme is a destination the reader types or the client links).
  const cap = 4 * max;
  const { lists, complete } = writtenUrls(msg, cap);
  for (const written of lists) {
    if (written.length >= cap) return undefined;
    for (const w of written) if (!add(w.text.includes('://') ? w.text : `http://${w.text}`)) return undefined;
  }
  if (!complete) return undefined;
  const codes = qr ? readQrCodesOnce(msg, qr, letterPasswords)?.codes : undefined;
  for (const code of codes ?? []) if (code.kind === 'url' && !add(payloadUrl(code.payload))) return undefined;
  return [...out.values()];
}

const NO_VALUES: readonly string[] = [];

/**
 * Whether a query can hold a value embeddedTargets takes (one that starts, after trim, with `//`, `http://`, `https://` or
 * `www`, any case), told without the URLSearchParams a link's `searchParams` makes: a query with no `%` decodes to itself with
 * `+` read as a space (the URL parser has percent-encoded everything else that is not ASCII), so such a value needs `//` or
 * `www` written in the query. A query with a `%` is read as before.
 */
export function mayCarryTarget(search: string): boolean {
  return search.includes('%') || search.includes('//') || WWW_ANY_CASE.test(search);
}
const WWW_ANY_CASE = /www/i;

/** URLs a link carries to redirect to: a query value that is one (decoded once), or one written into the path. At most 8. */
function embeddedTargets(url: URL): string[] {
  const out: string[] = [];
  for (const value of mayCarryTarget(url.search) ? url.searchParams.values() : NO_VALUES) {
    if (out.length >= 8) break;
    const v = value.trim();
    if (/^(?:https?:)?\/\/|^www\d{0,3}\./i.test(v)) out.push(v.startsWith('//') ? `http:${v}` : /^www/i.test(v) ? `http://${v}` : v);
  }
  const inPath = /\/(https?:\/\/?[^/?#]+)/i.exec(url.pathname) ?? /\/(https?%3A%2F%2F[^/?#]+)/i.exec(url.pathname);
  if (inPath && out.length < 8) {
    let target = inPath[1]!;
    try {
      target = decodeURIComponent(target);
    } catch {
      // left as written
    }
    out.push(target.replace(/^(https?:\/)(?!\/)/i, '$1/'));
  }
  return out;
}
