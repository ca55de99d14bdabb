import { DEFAULT_QR_LIMITS, payloadUrl, readQrCodesOnce, type QrLimits, type QrReading } from '../files/qr/read.js';
import { linkHostKey } from '../mail/link-host.js';
import type { HtmlLink, ParsedMessage } from '../mail/types.js';
import { REDIRECT_PARAMETERS } from './lists/index.js';
import { decodeHtmlEntities, decodeSafely, normaliseUrl, type NormalisedUrl } from './normalise.js';
import { findTextUrls } from './text-urls.js';
import { documentAnchors, documentLinks } from '../files/document-links.js';

/** Where a URL was found: an HTML element kind, free text, an attachment, a QR code, or inside another URL. */
export type LinkSource = HtmlLink['kind'] | 'text' | 'attachment' | 'qr' | 'redirect-param';

/** One place a URL occurs in the message: the HTML element facts (without href and kind), where it was found, the URL as written. */
export interface LinkOccurrence extends Omit<HtmlLink, 'href' | 'kind'> {
  source: LinkSource;
  /** The URL as written. */
  raw: string;
}

/** A unique URL of the message with every place it occurs. */
export interface ExtractedUrl {
  url: NormalisedUrl;
  occurrences: LinkOccurrence[];
  /** The destination carried in a redirect parameter (`?url=https://…`), when there is one. */
  embedded?: { param: string; url: NormalisedUrl };
}

export interface ExtractionLimits {
  /** Most URL occurrences looked at per message (HTML links, text and attachment URLs together). */
  maxLinks: number;
  /** Longest URL analysed; longer ones are cut (data: URIs). */
  maxUrlLength: number;
  /** Characters of body text scanned for URLs. */
  maxTextChars: number;
  /** Bytes of each text, HTML or PDF attachment scanned for URLs, and how many attachments. */
  maxAttachmentBytes: number;
  maxAttachments: number;
  /** What reading QR codes (in images, HTML cells, block characters) may cost. */
  qr?: QrLimits;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxLinks: 2000,
  maxUrlLength: 8192,
  maxTextChars: 5 * 1024 * 1024,
  maxAttachmentBytes: 1024 * 1024,
  maxAttachments: 20,
};

export interface Extraction {
  /** Every occurrence, in document order, with its normalised URL (undefined when it is no URL). */
  links: { occurrence: LinkOccurrence; url: NormalisedUrl | undefined }[];
  /** Unique URLs by normalised href, embedded redirect destinations included. */
  urls: ExtractedUrl[];
  /** Whether a limit cut the extraction short. */
  limited: boolean;
  /** The message's QR codes, when it has anything that may hold one (undefined: nothing was decoded). */
  qr: QrReading | undefined;
}

const ATTACHMENT_TEXT = /^(text\/|application\/(xhtml|xml|pdf|rtf|json|javascript))|image\/svg/;
const ATTACHMENT_NAME = /\.(s?html?|xhtml|svg|txt|pdf|rtf|url|eml|js|xml|json)$/i;
const MAX_OCCURRENCES_PER_URL = 20;
const NO_PASSWORDS: readonly string[] = [];
const ENCRYPT = Buffer.from('/Encrypt');

/** A PDF with an /Encrypt name in what the document reader scans: the letter's passwords may open it. */
function mayBeEncryptedPdf(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.subarray(0, 1024).includes('%PDF-') && buf.includes(ENCRYPT);
}
/** A `<base href>` (a module function, not an arrow per message: see NOTES, issue 18, session 21). */
const isBase = (l: HtmlLink): boolean => l.kind === 'base';

/**
 * Every URL of a message: HTML elements (from the parser's `htmlFacts.links`), URLs written in the
 * plain-text and rendered text, and URLs in text, HTML, SVG and PDF attachments; normalised (see
 * normaliseUrl) and de-duplicated, with destinations hidden in redirect parameters added as URLs of
 * their own.
 * @example extractUrls(msg).urls.map((u) => u.url.href)
 */
export function extractUrls(msg: ParsedMessage, limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS, passwordsOf?: (msg: ParsedMessage) => readonly string[]): Extraction {
  const base = msg.htmlFacts.links.find(isBase)?.href;
  const collector = new UrlCollector(limits, base);

  // The text's and the files' URLs are gathered first (as written; normalised when added), so that a flood of HTML links
  // cannot push them out, nor the lure's own links (htmlLinksFirst): issue 17 item 8, session 63.
  const textOccurrences: LinkOccurrence[] = [];
  const texts = [
    { text: msg.text, partPath: textPartPath(msg, 'text/plain') },
    // URLs a reader sees written out in the HTML (unlinked) are URLs of the message too.
    ...(msg.html ? [{ text: msg.visibleText, partPath: textPartPath(msg, 'text/html') }] : []),
  ];
  let budget = limits.maxTextChars;
  for (const { text, partPath } of texts) {
    if (!text || budget <= 0) continue;
    if (text.length > budget) collector.limited = true;
    const slice = text.length > budget ? text.slice(0, budget) : text;
    budget -= slice.length;
    for (const found of findTextUrls(slice, { maxUrls: limits.maxLinks, maxLength: limits.maxUrlLength })) {
      if (textOccurrences.length >= limits.maxLinks) break;
      textOccurrences.push(occurrenceOf('text', found.text, '', partPath));
    }
  }

  const fileOccurrences: LinkOccurrence[] = [];
  const addFile = (occurrence: LinkOccurrence): boolean => {
    if (fileOccurrences.length >= limits.maxLinks) {
      collector.limited = true;
      return false;
    }
    fileOccurrences.push(occurrence);
    return true;
  };
  let scanned = 0;
  const seenInAttachments = new Set<string>();
  for (const attachment of msg.attachments) {
    if (!ATTACHMENT_TEXT.test(attachment.declaredType) && !ATTACHMENT_NAME.test(attachment.filename)) continue;
    if (++scanned > limits.maxAttachments) {
      collector.limited = true;
      break;
    }
    const bytes = attachment.content.subarray(0, limits.maxAttachmentBytes);
    if (attachment.content.byteLength > limits.maxAttachmentBytes) collector.limited = true;
    const isPdf = attachment.declaredType === 'application/pdf' || /\.pdf$/i.test(attachment.filename);
    // PDF strings are bytes; latin1 keeps every byte as one character so URL text survives.
    let text = new TextDecoder(isPdf ? 'latin1' : 'utf-8').decode(bytes);
    if (!isPdf) text = decodeHtmlEntities(text);
    for (const found of findTextUrls(text, { maxUrls: limits.maxLinks, maxLength: limits.maxUrlLength })) {
      if (!addFile(occurrenceOf('attachment', found.text, attachment.filename, attachment.partPath))) break;
      seenInAttachments.add(found.text);
    }
  }
  // Links a document holds where its text is not read as text (compressed PDF objects, Office hyperlinks, an encrypted
  // PDF opened with no password or the letter's): links of the message too (src/files/document-links.ts).
  let passwords: readonly string[] | undefined;
  for (const attachment of msg.attachments.slice(0, limits.maxAttachments)) {
    if (passwords === undefined && passwordsOf && mayBeEncryptedPdf(attachment.content)) passwords = passwordsOf(msg);
    for (const href of documentLinks(attachment.content, passwords ?? NO_PASSWORDS)) {
      if (!seenInAttachments.has(href) && !addFile(occurrenceOf('attachment', href, attachment.filename, attachment.partPath))) break;
    }
    // An RTF document's hyperlinks with the texts they show, read as anchors are (a text naming one site, a link to another).
    for (const anchor of documentAnchors(attachment.content)) if (!addFile(occurrenceOf('a', anchor.href, anchor.text, attachment.partPath))) break;
  }

  // A URL in a QR code is a link of the message like any other (the reader's phone opens it): the same checks read it.
  const qr = readQrCodesOnce(msg, limits.qr ?? DEFAULT_QR_LIMITS, passwordsOf);
  if (qr) {
    for (const code of qr.codes) {
      if (code.kind === 'url' && !addFile(occurrenceOf('qr', payloadUrl(code.payload), `QR code in ${code.where}`, code.partPath))) break;
    }
  }

  // Within maxLinks everything is taken, in the order HTML, text, files. Past it, the HTML links have at least their share
  // (more when the text and files need less), chosen host by host; the files keep their reserve against the text.
  const htmlBudget = Math.max(Math.floor(limits.maxLinks * HTML_LINKS_SHARE), limits.maxLinks - textOccurrences.length - fileOccurrences.length);
  const htmlLinks = msg.htmlFacts.links.length > htmlBudget ? htmlLinksFirst(msg.htmlFacts.links, htmlBudget) : msg.htmlFacts.links;
  if (htmlLinks !== msg.htmlFacts.links) collector.limited = true;
  collector.cap = htmlBudget;
  for (const link of htmlLinks) {
    if (link.kind === 'base') continue;
    let full = false;
    for (const raw of htmlLinkUrls(link)) {
      if (!collector.add(linkOccurrence(link, raw))) {
        full = true;
        break;
      }
    }
    if (full) break;
  }
  collector.cap = limits.maxLinks - Math.min(fileOccurrences.length, Math.floor(limits.maxLinks * FILE_LINKS_SHARE));
  for (const occurrence of textOccurrences) if (!collector.add(occurrence)) break;
  collector.cap = limits.maxLinks;
  for (const occurrence of fileOccurrences) if (!collector.add(occurrence)) break;
  return { links: collector.links, urls: [...collector.byHref.values()], limited: collector.limited, qr };
}

/**
 * extractUrls' record of one message: its occurrences, its URLs by normalised href, whether a limit was reached. A class
 * with methods, not closures made per message: V8 drops a closure's optimised code at a full collection once none of
 * its closures is alive, and the scan pool's workers compiled these again pass after pass (NOTES, issue 18, session 21).
 */
class UrlCollector {
  readonly links: Extraction['links'] = [];
  readonly byHref = new Map<string, ExtractedUrl>();
  limited = false;
  /** Occurrences the current source may fill up to (the HTML links their share, the text all but the files' reserve). */
  cap: number;
  // The same URL is usually written several times (the text and the HTML alternative, repeated links):
  // it is normalised once per message. Normalised URLs are never modified, so occurrences share them.
  // One memory per base (with the message's <base href>, without): keyed by the URL as written, so no key string is
  // made (a `b`/`n` prefix concatenated per occurrence was flattened and hashed again at every look-up).
  private readonly normalisedWithBase = new Map<string, NormalisedUrl | undefined>();
  private readonly normalisedPlain = new Map<string, NormalisedUrl | undefined>();
  private readonly withBase: { maxLength: number; base: string } | undefined;
  private readonly withoutBase: { maxLength: number };

  constructor(
    private readonly limits: ExtractionLimits,
    base: string | undefined,
  ) {
    this.cap = limits.maxLinks;
    this.withBase = base ? { maxLength: limits.maxUrlLength, base } : undefined;
    this.withoutBase = { maxLength: limits.maxUrlLength };
  }

  /** One occurrence; false when the message's limit of occurrences is reached (and `limited` is set). */
  add(occurrence: LinkOccurrence): boolean {
    if (this.links.length >= this.cap) {
      this.limited = true;
      return false;
    }
    const withBase = this.withBase;
    const options = withBase && occurrence.source !== 'text' && occurrence.source !== 'attachment' && occurrence.source !== 'qr' ? withBase : this.withoutBase;
    const normalised = options === withBase ? this.normalisedWithBase : this.normalisedPlain;
    const key = occurrence.raw;
    let url = normalised.get(key);
    if (url === undefined && !normalised.has(key)) {
      url = normaliseUrl(occurrence.raw, options);
      normalised.set(key, url);
    }
    this.links.push({ occurrence, url });
    if (url) this.record(url, occurrence);
    return true;
  }

  private record(url: NormalisedUrl, occurrence: LinkOccurrence): void {
    const seen = this.byHref.get(url.href);
    if (seen) {
      if (seen.occurrences.length < MAX_OCCURRENCES_PER_URL) seen.occurrences.push(occurrence);
      return;
    }
    const entry: ExtractedUrl = { url, occurrences: [occurrence] };
    this.byHref.set(url.href, entry);
    const embedded = embeddedDestination(url, this.limits.maxUrlLength);
    if (embedded && this.byHref.size < this.limits.maxLinks) {
      entry.embedded = embedded;
      this.record(embedded.url, occurrenceOf('redirect-param', embedded.url.href, '', occurrence.partPath));
    }
  }
}

/** Share of links.maxLinks the HTML links may take when they are more: the rest is the text's and the files'. */
export const HTML_LINKS_SHARE = 0.75;
/** Share of links.maxLinks kept for URLs in attachments and QR codes, whatever the body holds. */
export const FILE_LINKS_SHARE = 0.125;
/** Kinds of link a reader clicks (or that take the reader somewhere by themselves). */
const CLICKED = new Set<HtmlLink['kind']>(['a', 'area', 'form', 'meta-refresh', 'iframe']);

/** Characters of a link's text that tell two links to one host apart in htmlLinksFirst's third round. */
const LINK_TEXT_KEY_CHARS = 200;

/**
 * `budget` of the message's HTML links when it has more (issue 17 item 8, session 63: 50,000 links appended to a lure, or put
 * before it, must not decide which links are analysed). Chosen in four rounds, each in document order: the first link a reader
 * clicks to each host; the first link of each kind to each host (the lure's picture beside its button); the first link of
 * each kind with each shown text to each host (a lure's button whose text names another site, after a picture or an empty
 * link to the same host: what URL_TEXT_DOMAIN_MISMATCH reads; session 64, Nazario phishing0#101 behind 50,000 links of "."
 * to one host); then the rest. Returned in document order. A flood to one host or a few leaves every other host's links in,
 * and every text it shows once; a flood of distinct hosts leaves the links to click in before the pictures; URL_LIMIT_REACHED
 * says the limit was reached.
 */
export function htmlLinksFirst(links: readonly HtmlLink[], budget: number): HtmlLink[] {
  const chosen = new Uint8Array(links.length);
  let taken = 0;
  const hosts = new Set<string>();
  const clickedHosts = new Set<string>();
  const texts = new Set<string>();
  for (let round = 0; round < 4 && taken < budget; round++) {
    for (let i = 0; i < links.length && taken < budget; i++) {
      if (chosen[i]) continue;
      const link = links[i]!;
      if (link.kind === 'base') continue;
      if (round < 3) {
        if (round === 0 && !CLICKED.has(link.kind)) continue;
        // A link with no text was told apart by its kind and host already (round 1).
        if (round === 2 && !link.text) continue;
        const hostKey = linkHostKey(link.href);
        const kindHost = `${link.kind} ${hostKey}`;
        const key = round === 0 ? hostKey : round === 1 ? kindHost : `${kindHost} ${link.text.slice(0, LINK_TEXT_KEY_CHARS)}`;
        const seen = round === 0 ? clickedHosts : round === 1 ? hosts : texts;
        if (seen.has(key)) continue;
        seen.add(key);
        // What a round chose counts as chosen for the later rounds' keys.
        if (round === 0) hosts.add(kindHost);
        if (round < 2 && link.text) texts.add(`${kindHost} ${link.text.slice(0, LINK_TEXT_KEY_CHARS)}`);
      }
      chosen[i] = 1;
      taken++;
    }
  }
  const out: HtmlLink[] = [];
  for (let i = 0; i < links.length; i++) if (chosen[i] || links[i]!.kind === 'base') out.push(links[i]!);
  return out;
}

function linkOccurrence(link: HtmlLink, raw: string): LinkOccurrence {
  return occurrenceOf(link.kind, raw, link.text, link.partPath, link);
}

/**
 * A LinkOccurrence, with every field present (undefined when it does not apply): occurrences of every source
 * share one shape, so the link checks compiled for it are not thrown away when a rare combination of facts
 * (an image with a width but no height…) comes by (NOTES, issue 18, "Stable shapes").
 */
function occurrenceOf(source: LinkSource, raw: string, text: string, partPath: string, link?: HtmlLink): LinkOccurrence {
  return {
    source,
    raw,
    text,
    partPath,
    width: link?.width,
    height: link?.height,
    hidden: link?.hidden,
    method: link?.method,
    hasPassword: link?.hasPassword,
    fields: link?.fields,
    download: link?.download,
  };
}

/** The URLs one HTML link holds: srcset lists several; meta refresh and CSS may still carry their syntax. */
function htmlLinkUrls(link: HtmlLink): string[] {
  let href = link.href;
  if (link.kind === 'meta-refresh') href = href.replace(/^\s*\d*(\.\d*)?\s*[;,]?\s*(url\s*=\s*)?/i, '').replace(/^['"]|['"]$/g, '');
  if (link.kind === 'css') href = href.replace(/^\s*url\(\s*/i, '').replace(/(?<!\s)\s*\)\s*$/, '').replace(/^['"]|['"]$/g, '');
  if (link.kind === 'srcset' && /[\s,]/.test(href.trim())) {
    // HTML "srcset": comma-separated image candidates, each a URL then an optional descriptor.
    return href
      .split(/,\s+/)
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter(Boolean)
      .slice(0, 16);
  }
  return [href];
}

function textPartPath(msg: ParsedMessage, type: string): string {
  const stack = [msg.root];
  for (let guard = 0; stack.length && guard < 10_000; guard++) {
    const part = stack.shift()!;
    if (part.contentType === type && part.disposition !== 'attachment') return part.path;
    stack.push(...part.children);
  }
  return '';
}

const REDIRECT_PARAMS = new Set(REDIRECT_PARAMETERS);

/**
 * The absolute http(s) URL a query parameter carries (`?url=https%3A%2F%2Fevil.top%2F`), when its host
 * differs from the URL's own. Known redirect parameter names are tried first, then any parameter whose
 * value is a URL. Values are percent-decoded up to twice (double-encoding is common). Else the page an AMP
 * viewer's path carries (ampPathDestination).
 */
export function embeddedDestination(url: NormalisedUrl, maxLength = 8192): ExtractedUrl['embedded'] {
  if (url.scheme !== 'http' && url.scheme !== 'https') return undefined;
  if (!url.query) return ampPathDestination(url, maxLength);
  // Known redirect names first, the rest after, each in query order; built by a loop (spreads of two fresh filter
  // results deoptimised this function on "wrong map" now and then, and each time a link-heavy pass recompiled it).
  const ordered: [string, string][] = [];
  const others: [string, string][] = [];
  for (const param of splitQuery(url.query)) (REDIRECT_PARAMS.has(param[0].toLowerCase()) ? ordered : others).push(param);
  for (const param of others) ordered.push(param);
  for (const [name, value] of ordered) {
    let decoded = value;
    for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(decoded); i++) decoded = decodeSafely(decoded);
    if (!/^(https?:)?(\/\/|\\\\)|^www\d{0,3}\./i.test(decoded.trim())) continue;
    const target = normaliseUrl(decoded, { maxLength });
    if (target && (target.scheme === 'http' || target.scheme === 'https') && target.domain !== url.domain) return { param: name, url: target };
  }
  return ampPathDestination(url, maxLength);
}

/** The `param` of a destination carried in an AMP viewer's or cache's path rather than in a query parameter. */
export const AMP_PATH_PARAM = '(AMP path)';
/** Google's AMP viewer on any of its country domains: `/amp/s/HOST/PATH` (https) or `/amp/HOST/PATH` (http). */
const GOOGLE_HOST = /^(?:www\.)?google\.(?:com|[a-z]{2}|com?\.[a-z]{2})$/;

/**
 * The page an AMP viewer or cache URL shows: Google serves any site's page under its own host
 * (`https://www.google.co.uk/amp/s/evil.example/x`, `https://evil-example.cdn.ampproject.org/c/s/evil.example/x`) and
 * sends the reader on to it, so honeypot lures put Google's name in front of their landing page — every country
 * domain of Google, not only the .com entry of the open-redirector list. Undefined for any other URL.
 */
function ampPathDestination(url: NormalisedUrl, maxLength: number): ExtractedUrl['embedded'] {
  // The path is looked at first: it rules out almost every URL without a pattern run.
  let rest: string;
  if (url.path.startsWith('/amp/') && GOOGLE_HOST.test(url.host)) rest = url.path.slice(5);
  // The AMP cache: `/c/s/HOST/PATH`, `/v/s/…`, `/i/s/…` on `*.cdn.ampproject.org`.
  else if (/^\/[cvi]\//.test(url.path) && url.host.endsWith('.cdn.ampproject.org')) rest = url.path.slice(3);
  else return undefined;
  let scheme = 'http://';
  if (rest.startsWith('s/')) {
    scheme = 'https://';
    rest = rest.slice(2);
  }
  // The first segment must be a host name: `/amp/` pages of Google's own (no dot) carry nothing.
  const slash = rest.indexOf('/');
  if (!(slash < 0 ? rest : rest.slice(0, slash)).includes('.')) return undefined;
  const target = normaliseUrl(`${scheme}${rest}${url.query ? `?${url.query}` : ''}`, { maxLength });
  // Google's viewer showing another Google domain's page (`google.de/amp/s/www.google.com/…`) sends nobody elsewhere.
  if (target && target.domain !== url.domain && !GOOGLE_HOST.test(target.host)) return { param: AMP_PATH_PARAM, url: target };
  return undefined;
}

/** Query `a=1&b=2` as [name, value] pairs, names decoded, values still percent-encoded. */
export function splitQuery(query: string): [string, string][] {
  // One loop over the pieces between `&` and `;` (the first 200, empty ones counted, then skipped) instead of split,
  // slice, filter and map: one array instead of four, per URL examined (issue 18, allocation).
  const pairs: [string, string][] = [];
  if (!query) return pairs;
  let start = 0;
  for (let pieces = 0; pieces < 200 && start <= query.length; pieces++) {
    // The piece's end and its first `=` in one pass (an indexOf from `start` would read on past the piece, to the next
    // `=` of the query, for every piece without one).
    let end = start;
    let eq = -1;
    for (; end < query.length; end++) {
      const c = query.charCodeAt(end);
      if (c === 0x26 || c === 0x3b) break;
      if (c === 0x3d && eq < 0) eq = end;
    }
    if (end > start) pairs.push(eq < 0 ? [decodeSafely(query.slice(start, end)), ''] : [decodeSafely(query.slice(start, eq)), query.slice(eq + 1, end)]);
    start = end + 1;
  }
  return pairs;
}
