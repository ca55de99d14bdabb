import { parse as parseDomain } from 'tldts';
import { foldMixedScriptWords } from '../lookalike/mixed-script.js';
import { BoundedMemo } from '../mail/memo.js';
import type { ParsedMessage } from '../mail/types.js';
import type { BrandLookup } from './brands.js';
import { AMP_PATH_PARAM, DEFAULT_EXTRACTION_LIMITS, extractUrls, type Extraction, type ExtractionLimits, type LinkOccurrence, type LinkSource } from './extract.js';
import type { LinkLists } from './lists/index.js';
import { normaliseUrl, type NormalisedUrl, type Obfuscation } from './normalise.js';
import { ipNamedHost } from './ip-named-host.js';
import { registrableWithPrivate } from './registrable.js';
import { findTextUrls } from './text-urls.js';
import { findAddressInUrl, findRecipientInUrl, findUniqueTokens, type AddressInUrl, recipientAddresses, recipientNeedles, type RecipientMatch, type UniqueToken, type UniqueTokenOptions, urlComponents } from './tracking.js';

/** Options of link analysis (from `links.*` config). */
export interface AnalyseOptions {
  lists: LinkLists;
  limits?: ExtractionLimits;
  tokens?: UniqueTokenOptions;
  /** Most recipient addresses (each as written and lower-cased) searched for in URLs. */
  maxRecipients?: number;
  /** Most unique URLs examined for recipient identifiers and tokens. */
  maxTrackedUrls?: number;
  brands?: BrandLookup;
  /** The passwords the letter gives (for an encrypted PDF attachment's links); asked only when one is attached. */
  passwordsOf?: (msg: ParsedMessage) => readonly string[];
}

/** A URL with where it was seen, for evidence. */
export interface UrlRef {
  href: string;
  source: LinkSource;
}

/** Everything link checks report, computed in one pass over the message's URLs. */
export interface LinkFacts {
  extraction: Extraction;
  /** Link text shows a URL or domain of another organisation than the href. */
  textMismatch: (UrlRef & { shown: string; shownDomain: string; hrefDomain: string; via?: string })[];
  /** Link text names a brand; the href goes to none of its domains. */
  brandMismatch: (UrlRef & { brand: string; text: string; hrefDomain: string })[];
  /** Link text shows an https URL; the href is plain http. */
  httpsShownHttpLinked: (UrlRef & { shown: string })[];
  /** Hosts that are an IP address, or (session 30, `namedHost`) a provider's name for one (ip-named-host.ts). */
  ipHost: (UrlRef & { ip: string; obfuscation?: Obfuscation; namedHost?: string })[];
  hostObfuscation: (UrlRef & { techniques: Obfuscation[] })[];
  userinfo: (UrlRef & { userinfo: string; host: string })[];
  idn: (UrlRef & { unicodeHost: string; mixedScript: boolean })[];
  /** Link text that shows a host spelt with lookalike letters of another script (`pаypal.com`), and the host its reader sees. */
  shownMixedScript: (UrlRef & { shown: string; host: string; readAs: string })[];
  shortener: (UrlRef & { entry: string })[];
  openRedirect: (UrlRef & { entry: string; param: string; target: string })[];
  fileHost: (UrlRef & { entry: string })[];
  suspiciousTld: (UrlRef & { tld: string })[];
  dataUri: (UrlRef & { mediaType: string })[];
  javascriptUri: (UrlRef & { code: string })[];
  /** Forms whose action is another organisation's host than the sender's, or that ask for a password. */
  forms: (UrlRef & { actionDomain: string; method: string; hasPassword: boolean; external: boolean })[];
  metaRefresh: UrlRef[];
  recipient: (UrlRef & { match: RecipientMatch })[];
  /** An e-mail address in a URL that is not a known recipient's (list mail, forwarding, rewritten headers). */
  otherAddress: (UrlRef & { match: AddressInUrl })[];
  uniqueTokens: (UrlRef & UniqueToken)[];
  webBugs: (UrlRef & { width?: number; height?: number; hidden: boolean })[];
}

const CLICKED: ReadonlySet<LinkSource> = new Set(['a', 'area', 'form', 'iframe', 'meta-refresh', 'other', 'text', 'attachment', 'qr']);
const LOADED: ReadonlySet<LinkSource> = new Set(['img', 'css', 'srcset', 'iframe', 'link', 'script']);
const MAX_LINK_TEXT = 512;
const notRedirectParam = (o: LinkOccurrence): boolean => o.source !== 'redirect-param';
const WEB = (u: NormalisedUrl) => u.scheme === 'http' || u.scheme === 'https';

/**
 * Computes every link fact of a message once: extraction, deception, list membership, tracking.
 * Pure and bounded (see the limits in options); never throws on message content.
 * @example analyseLinks(msg, { lists: buildLinkLists() }).recipient[0]?.match.encoding // 'base64url'
 */
export function analyseLinks(msg: ParsedMessage, options: AnalyseOptions): LinkFacts {
  const extraction = extractUrls(msg, options.limits ?? DEFAULT_EXTRACTION_LIMITS, options.passwordsOf);
  const facts: LinkFacts = {
    extraction,
    textMismatch: objectList(),
    brandMismatch: objectList(),
    httpsShownHttpLinked: objectList(),
    ipHost: objectList(),
    hostObfuscation: objectList(),
    userinfo: objectList(),
    idn: objectList(),
    shownMixedScript: objectList(),
    shortener: objectList(),
    openRedirect: objectList(),
    fileHost: objectList(),
    suspiciousTld: objectList(),
    dataUri: objectList(),
    javascriptUri: objectList(),
    forms: objectList(),
    metaRefresh: objectList(),
    recipient: objectList(),
    otherAddress: objectList(),
    uniqueTokens: objectList(),
    webBugs: objectList(),
  };
  const senderHost = (msg.from[0]?.asciiDomain || msg.from[0]?.domain || '').toLowerCase();
  const senderDomain = registrable(senderHost);

  // Three steps, each its own function (session 29): the TurboFan job for the whole of analyseLinks, compiled 5–6 times in a
  // ×2 pool's first passes (each worker, again after deopts), was among the largest of the helper threads' work (NOTES,
  // issue 18, session 24). Same loops, same order.
  occurrenceFacts(extraction, facts, options, senderDomain, senderHost);
  urlFacts(extraction, facts, options.lists);
  trackingFacts(msg, extraction, facts, options);
  return facts;
}

/**
 * An empty list whose elements kind is already "objects" (PACKED_ELEMENTS), for LinkFacts' nineteen lists. A `[]` in the facts
 * literal starts as small integers, and V8 does not carry the kind a first pushed object moves it to back to a literal nested
 * in an object literal, so every message's lists start as small integers again. A push site first run in optimised code (a
 * rare fact: a userinfo, a shortener, a file host, a form, a text mismatch) was compiled as a push of a small integer and
 * thrown away at the first object ("not a Smi"): urlFacts and linkTextFacts deoptimised and were recompiled pass after pass in
 * every pool worker (session 54, cpu54's traces). One element put in and taken out, as chunkList (mail/parse/address.ts).
 */
function objectList<T extends object>(): T[] {
  const list: T[] = [NO_FACT as T];
  list.length = 0;
  return list;
}
const NO_FACT: object = {};

/** Per occurrence: what the reader was shown against where the link goes; forms, refreshes, web bugs (analyseLinks' first step). */
function occurrenceFacts(extraction: Extraction, facts: LinkFacts, options: AnalyseOptions, senderDomain: string, senderHost: string): void {
  for (const { occurrence, url } of extraction.links) {
    if (!url) continue;
    const ref = { href: url.href, source: occurrence.source };
    if (occurrence.source === 'a' || occurrence.source === 'area') linkTextFacts(occurrence, url, ref, facts, options, senderDomain, senderHost);
    if (url.scheme === 'data' && isActiveData(url, occurrence.source)) facts.dataUri.push({ ...ref, href: shorten(url.href, 80), mediaType: dataMediaType(url) });
    if (url.scheme === 'javascript' && CLICKED.has(occurrence.source)) facts.javascriptUri.push({ ...ref, href: shorten(url.href, 80), code: shorten(url.path, 60) });
    if (occurrence.source === 'form') {
      const actionDomain = WEB(url) ? url.domain : '';
      const external = Boolean(actionDomain) && actionDomain !== senderDomain;
      // A search or quote box (one field named like a query, no password) is a newsletter's, not a form that collects data.
      if (!occurrence.hasPassword && isSearchBox(occurrence)) continue;
      if (external || occurrence.hasPassword) facts.forms.push({ ...ref, actionDomain, method: occurrence.method ?? 'get', hasPassword: Boolean(occurrence.hasPassword), external });
    }
    if (occurrence.source === 'meta-refresh' && WEB(url)) facts.metaRefresh.push(ref);
    if (occurrence.source === 'img' && WEB(url) && isWebBug(occurrence)) {
      facts.webBugs.push({ ...ref, hidden: Boolean(occurrence.hidden), ...(occurrence.width !== undefined ? { width: occurrence.width } : {}), ...(occurrence.height !== undefined ? { height: occurrence.height } : {}) });
    }
  }
  // A form with a password field but no usable action (posts to itself, i.e. to the mail client).
  for (const { occurrence, url } of extraction.links) {
    if (occurrence.source === 'form' && !url && occurrence.hasPassword) facts.forms.push({ href: occurrence.raw || '(no action)', source: 'form', actionDomain: '', method: occurrence.method ?? 'get', hasPassword: true, external: false });
  }
}

/** Per unique URL: host facts, the lists, open redirectors (analyseLinks' second step). */
function urlFacts(extraction: Extraction, facts: LinkFacts, lists: AnalyseOptions['lists']): void {
  for (const { url, occurrences } of extraction.urls) {
    if (!WEB(url)) continue;
    const ref = { href: url.href, source: occurrences[0]!.source };
    if (url.ip) {
      const technique = url.obfuscations.find((o) => o.startsWith('ip-'));
      facts.ipHost.push({ ...ref, ip: url.ip, ...(technique ? { obfuscation: technique } : {}) });
    }
    const hostTricks = url.obfuscations.filter((o) => o === 'backslash' || o === 'percent-host' || o === 'fullwidth-host');
    if (hostTricks.length) facts.hostObfuscation.push({ ...ref, techniques: hostTricks });
    if (url.userinfo !== undefined) facts.userinfo.push({ ...ref, userinfo: url.userinfo, host: url.host });
    if (url.idn) facts.idn.push({ ...ref, unicodeHost: url.unicodeHost, mixedScript: hasMixedScriptLabel(url.unicodeHost) });
    if (url.ip) continue;
    const namedIp = ipNamedHost(url.host, url.domain);
    if (namedIp) facts.ipHost.push({ ...ref, ip: namedIp, namedHost: url.host });
    const shortener = lists.shorteners.match(url.host, url.path);
    if (shortener) facts.shortener.push({ ...ref, entry: shortener });
    const fileHost = lists.fileHosts.match(url.host, url.path);
    if (fileHost) facts.fileHost.push({ ...ref, entry: fileHost });
    const tld = lists.suspiciousTlds.match(url.host);
    if (tld) facts.suspiciousTld.push({ ...ref, tld });
  }
  for (const { url, occurrences, embedded } of extraction.urls) {
    if (!embedded) continue;
    // A destination in an AMP path is a redirect by its form, on whichever country domain of Google it is (extract.ts).
    const entry = lists.openRedirectors.match(url.host, url.path) ?? (embedded.param === AMP_PATH_PARAM ? `${url.host}/amp` : undefined);
    if (entry && !lists.wrappers.match(url.host)) facts.openRedirect.push({ href: url.href, source: occurrences[0]!.source, entry, param: embedded.param, target: embedded.url.href });
  }
}

/** Tracking: recipient identifiers and unique tokens in clicked links and loaded resources (analyseLinks' last step). */
function trackingFacts(msg: ParsedMessage, extraction: Extraction, facts: LinkFacts, options: AnalyseOptions): void {
  const { lists } = options;
  // Built on the first web URL examined: a message without links never pays for the recipient's forms.
  let needles: ReturnType<typeof recipientNeedles> | undefined;
  const tokens = options.tokens ?? { minLength: 20, minEntropy: 3.5 };
  let examined = 0;
  for (const { url, occurrences } of extraction.urls) {
    if (!WEB(url)) continue;
    const source = occurrences.find(notRedirectParam)?.source;
    if (!source || !(CLICKED.has(source) || LOADED.has(source))) continue;
    if (++examined > (options.maxTrackedUrls ?? 300)) break;
    needles ??= recipientNeedles(recipientAddresses(msg, options.maxRecipients ?? 20));
    // Path segments, parameters and fragment decoded once for the three searches below.
    const components = urlComponents(url);
    const match = findRecipientInUrl(url, needles, components);
    if (match) {
      facts.recipient.push({ href: url.href, source, match });
      continue;
    }
    const other = findAddressInUrl(url, components);
    if (other) facts.otherAddress.push({ href: url.href, source, match: other });
    else if (!lists.wrappers.match(url.host)) for (const token of findUniqueTokens(url, tokens, components).slice(0, 2)) facts.uniqueTokens.push({ href: url.href, source, ...token });
  }
}

const TRACKING_HOST = /^(click|clicks|clickthru|clickthrough|link|links|track|tracking|trk|t|r|go|redirect|email|e|em|mail|mailer|news|newsletter|mkt|url|lnk|l)\d{0,3}\./i;
/**
 * A click tracker's path on the very host of the From address (`news@ummail4.sender.example` → `ummail4.sender.example/Click?q=…`):
 * the sender's mail host serves its own clicks (session 17: newsletters' own trackers). Only that host: a borrowed ESP account's
 * tracker on another host of the sender's domain (`clickemailmkt.school.example/ls/click`, From `school.example`, text showing
 * a wallet's address) carries phishing in the honeypot, and stays a mismatch.
 */
const TRACKING_PATH = /^\/(?:click|clicks|clk|clickthru|track\/click|tracking|ls\/click|e[23]t\/ctc)(?:\/.|$)/i;
/** The tracker's path with a token after it (a query or a further path segment). */
const trackerPath = (url: NormalisedUrl): boolean => TRACKING_PATH.test(url.path) && (url.query !== '' || /^\/[^/]+\/./.test(url.path));

const embeddedIndex = new WeakMap<Extraction, Map<string, NonNullable<Extraction['urls'][number]['embedded']>>>();
/** Embedded redirect destinations by href, indexed once per extraction. */
function embeddedOf(extraction: Extraction): Map<string, NonNullable<Extraction['urls'][number]['embedded']>> {
  let index = embeddedIndex.get(extraction);
  if (!index) {
    index = new Map(extraction.urls.filter((u) => u.embedded).map((u) => [u.url.href, u.embedded!]));
    embeddedIndex.set(extraction, index);
  }
  return index;
}

/**
 * Whether the destination domain is one of a brand's domains' organisation. A loop in a function of its own, not an arrow
 * per link text: a closure made per call loses its optimised code at a full collection (NOTES, issue 18, session 21).
 */
export function ownedBy(domains: readonly string[], destination: string, lists: AnalyseOptions['lists'], suffixes?: readonly string[]): boolean {
  for (const d of domains) if (sameOrganisation(registrable(d), destination, lists)) return true;
  // A brand that is a public suffix (`gov.br`) owns what is registered under it (a town's `pederneiras.sp.gov.br`).
  if (suffixes) for (const s of suffixes) if (destination.length > s.length && destination.endsWith(s) && destination.charCodeAt(destination.length - s.length - 1) === 46) return true;
  return false;
}

/**
 * `senderDomain`: the registrable domain of the From address ('' when none), passed apart: spreading the options into a copy for it, once per message, drew ~0.5 % of a scan's profile ticks.
 * `senderHost`: the From address's host as written (lower case).
 */
function linkTextFacts(occurrence: LinkOccurrence, url: NormalisedUrl, ref: UrlRef, facts: LinkFacts, options: AnalyseOptions, senderDomain: string, senderHost: string): void {
  const text = occurrence.text.slice(0, MAX_LINK_TEXT).normalize('NFKC').trim();
  if (!text || !WEB(url)) return;
  // Behind an ESP click tracker or a security wrapper the real destination is unknown, unless the
  // tracker carries it in a parameter: compare with that, else say nothing (this is how bulk mail looks).
  let destination = url;
  let via: string | undefined;
  if (options.lists.espTrackers.match(url.host) || options.lists.wrappers.match(url.host) || options.lists.openRedirectors.match(url.host, url.path)) {
    const embedded = embeddedOf(facts.extraction).get(url.href);
    if (!embedded) return;
    destination = embedded.url;
    via = url.host;
  }
  // The sender's own click-tracking host (click.sender.example → partner.example): the sender vouches
  // for its own domain, and whether From is genuine is for the authentication checks to say.
  // Only a host named like a tracker counts: phishing kits send From and link the same (their own)
  // domain, with the link text showing the bank.
  const ownRedirect = Boolean(senderDomain) && url.domain === senderDomain && destination === url && (TRACKING_HOST.test(url.host) || (url.host === senderHost && trackerPath(url)));
  // The text as its reader reads it: `pаypal.com` with a Cyrillic а shows paypal.com (issue 17, items 4 and 8). The shown
  // text's words were mended by mendMixedScriptWords, but not the words of a host name in it (prose's written lookalike
  // domains are the link checks' to read as written); a link's text is read as an address, so its hosts are folded here.
  // Texts without letters of a lookalike script are returned at once, unchanged.
  const folded = foldMixedScriptWords(text, 1, { addresses: true })?.text;
  const read = folded ?? text;
  const shownList = shownUrlsRemembered(read);
  if (folded) shownMixedScriptHosts(text, folded, shownList, ref, facts);
  let other: NormalisedUrl | undefined;
  // A text that shows the destination among other addresses (a plain-text line with two URLs made one link) says where it goes.
  let showsDestination = false;
  for (const shown of shownList) {
    if (shown.scheme === 'https' && url.scheme === 'http') facts.httpsShownHttpLinked.push({ ...ref, shown: shown.href });
    if (sameOrganisation(shown.domain, destination.domain, options.lists)) showsDestination = true;
    else other ??= shown;
  }
  if (other && !ownRedirect && !showsDestination) {
    facts.textMismatch.push({ ...ref, shown: text.length > 100 ? `${text.slice(0, 97)}…` : text, shownDomain: other.domain, hrefDomain: destination.domain, ...(via ? { via } : {}) });
  }
  if (options.brands) {
    for (const brand of options.brands(read)) {
      if (ownedBy(brand.domains, destination.domain, options.lists, brand.ownsSuffixes)) continue;
      facts.brandMismatch.push({ ...ref, brand: brand.name, text: shorten(read, 100), hrefDomain: destination.domain });
      break;
    }
  }
}

/**
 * The hosts of a link's text that were written with lookalike letters of another script: each shown URL's host found in
 * the folded text (same offsets: the fold keeps every letter's length), compared with the text as written there. One per
 * link (the first): the finding says the text is disguised, not how often.
 */
function shownMixedScriptHosts(text: string, folded: string, shownList: readonly NormalisedUrl[], ref: UrlRef, facts: LinkFacts): void {
  const lower = folded.toLowerCase();
  if (lower.length !== folded.length) return;
  for (const shown of shownList) {
    const at = lower.indexOf(shown.host);
    if (at < 0) continue;
    const written = text.slice(at, at + shown.host.length);
    if (written.toLowerCase() === shown.host) continue;
    facts.shownMixedScript.push({ ...ref, shown: shorten(text, 100), host: written, readAs: shown.host });
    return;
  }
}

/**
 * shownUrls of a link text, remembered (bounded, forgotten all at once): the same texts come with message after message
 * ("Click here", "www.example.com", a shop's buttons), and reading each anew (the URL finder, the domain pattern, tldts)
 * was a tenth of the link analysis. The URLs are never modified (NormalisedUrl), so callers may share them.
 */
function shownUrlsRemembered(text: string): readonly NormalisedUrl[] {
  return shownByText.get(text) ?? shownByText.set(text, shownUrls(text));
}
/** Link texts are at most MAX_LINK_TEXT (512) characters: ≤ 1 MB of keys. */
const MAX_REMEMBERED_TEXTS = 1024;
const shownByText = new BoundedMemo<string, readonly NormalisedUrl[]>(MAX_REMEMBERED_TEXTS);

// Country and generic TLDs that are also common file extensions.
const FILE_LIKE_TLDS = new Set(['zip', 'mov', 'py', 'sh', 'rs', 'pl', 'md', 'ps', 'cc', 'so', 'pm', 'ai', 'cs', 'tar', 'csv', 'doc', 'exe', 'pdf']);

/**
 * URLs a link text shows: URLs written with a scheme or `www.`, or a text that is entirely a domain
 * (with an optional path). Prose that merely contains a dotted word (`ASP.NET`, `invoice.zip`) is not.
 */
export function shownUrls(text: string): NormalisedUrl[] {
  // A loop, not map + filter: in the worker pool that chain kept throwing the optimised code of the link analysis
  // away ("wrong map"), recompiled in every pass (NOTES, issue 18, session 10).
  const found: NormalisedUrl[] = [];
  for (const written of findTextUrls(text, { maxUrls: 4 })) {
    const u = normaliseUrl(written.text);
    if (u && WEB(u) && u.host) found.push(u);
  }
  if (found.length) return found;
  const bare = /^[a-z0-9][a-z0-9.-]*\.[a-z]{2,24}(\/\S*)?$/i.exec(text);
  if (!bare) return [];
  // Lower-cased for tldts (the same answer): a mixed-case name ("Aplus.Net") went through its hostname extraction, which
  // V8 deoptimised in every scanning isolate (senderRegistrable's comment).
  const parsed = parseDomain(text.split('/')[0]!.toLowerCase(), { allowPrivateDomains: true });
  if (!parsed.isIcann && !parsed.isPrivate) return [];
  // `invoice.zip`, `setup.sh`, `report.md`: a file name, not a domain, unless written with www.
  if (!/^www\./i.test(text) && !text.includes('/') && FILE_LIKE_TLDS.has(parsed.publicSuffix ?? '')) return [];
  // One lower-case-looking domain: `Hello.World` or `Node.js` in title case are prose, not domains.
  if (!parsed.domain || /[A-Z]/.test(text.split('/')[0]!.slice(1)) && !/^www\./i.test(text)) return [];
  const url = normaliseUrl(`http://${text}`);
  return url ? [url] : [];
}

/**
 * Whether two registrable domains belong to one organisation: equal, or the same name under two ICANN
 * suffixes (`amazon.co.jp` / `amazon.com`) where the link's suffix is not a cheap abused TLD.
 */
export function sameOrganisation(shownDomain: string, hrefDomain: string, lists: LinkLists): boolean {
  if (!shownDomain || !hrefDomain) return true;
  if (shownDomain === hrefDomain) return true;
  const shown = parseDomain(shownDomain, { allowPrivateDomains: true });
  const href = parseDomain(hrefDomain, { allowPrivateDomains: true });
  return Boolean(
    shown.domainWithoutSuffix && shown.domainWithoutSuffix === href.domainWithoutSuffix && shown.isIcann && href.isIcann && !lists.suspiciousTlds.match(hrefDomain),
  );
}

function registrable(host: string): string {
  if (!host) return '';
  return registrableWithPrivate(host) ?? host;
}

/** data: URIs that render or run something (HTML, script, SVG) or that a click or frame opens. */
function isActiveData(url: NormalisedUrl, source: LinkSource): boolean {
  const type = dataMediaType(url);
  if (/html|javascript|ecmascript|svg|xml/.test(type)) return true;
  return source === 'a' || source === 'area' || source === 'form' || source === 'iframe' || source === 'meta-refresh';
}

function dataMediaType(url: NormalisedUrl): string {
  return (url.path.split(/[;,]/)[0] ?? '').trim().toLowerCase() || 'text/plain';
}

/** A field name of a search or quote lookup (`q`, `query`, `keywords`, `form_keyword`, `searchterm`, `symbol` …). */
const SEARCH_FIELD = /^(?:q|qt|s|k|kw|p|words?|terms?|symbols?|ticker)$|search|query|keyword/;

/**
 * A search box (session 17): exactly one typed field, named like a query, no password. Newsletters carry them (a news site's
 * search, a stock-quote lookup, a shop's product search) and they post to a search host of another domain: in the SpamAssassin
 * training split's hard ham they made URL_FORM_EXTERNAL (2 points) on news and shop letters. A form that asks for an e-mail
 * address, a card or a name has other fields or other names; a password form is never one.
 */
function isSearchBox(occurrence: LinkOccurrence): boolean {
  const fields = occurrence.fields;
  return fields !== undefined && fields.length === 1 && SEARCH_FIELD.test(fields[0]!);
}

/** A remote image of at most 1×1 pixels, or hidden: a web bug that reports the mail was opened. */
function isWebBug(o: LinkOccurrence): boolean {
  if (o.hidden) return true;
  const w = o.width;
  const h = o.height;
  if (w === undefined && h === undefined) return false;
  return (w === undefined || w <= 1) && (h === undefined || h <= 1);
}

// Scripts whose letters are confusable with Latin ones (UTS #39 §5.2: mixing them with Latin in one
// label is not "highly restrictive"); Latin with Han/Hiragana/Katakana is allowed (Japanese brands).
const CONFUSABLE_SCRIPTS = [/\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u, /\p{Script=Cherokee}/u];
const LATIN = /\p{Script=Latin}/u;

/**
 * Whether a host has a label that mixes Latin with a confusable script (`pаypal` with a Cyrillic а),
 * or a label entirely in a confusable script under an ASCII TLD of a country that does not use it.
 */
export function hasMixedScriptLabel(unicodeHost: string): boolean {
  const labels = unicodeHost.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const localTld = /^(ru|su|by|ua|bg|kz|kg|mk|rs|mn|tj|uz|gr|cy|am|рф|бг|срб|укр|қаз|мкд|ελ)$/.test(tld);
  return labels.slice(0, -1).some((label) => {
    const confusable = CONFUSABLE_SCRIPTS.some((re) => re.test(label));
    if (!confusable) return false;
    if (LATIN.test(label)) return true;
    return !localTld && /^[a-z]+$/.test(tld);
  });
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
