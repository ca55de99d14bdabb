import type { LinkFacts } from '../../links/analyse.js';
import { describeEncoding } from '../../links/tracking.js';
import { AMP_PATH_PARAM } from '../../links/extract.js';
import type { Check, Iocs } from '../types.js';
import type { LinksConfig } from './config.js';
import { CappedFindings, shortUrl, type LinkFactsSource } from './facts.js';

const where = (source: string) => (source === 'text' ? 'in the text' : source === 'attachment' ? 'in an attachment' : source === 'qr' ? 'in a QR code' : source === 'redirect-param' ? 'inside another link' : `in <${source}>`);

/**
 * Deceptive links, list membership and per-recipient tracking, from one pass over the message's URLs
 * (src/links/analyse.ts). Also reports every URL, host and IP as IOCs.
 */
export function linkAnalysisCheck(source: LinkFactsSource, config: LinksConfig): Check {
  return {
    name: 'links.analysis',
    description: 'Deceptive links, shorteners/redirectors/free hosts/suspicious TLDs, recipient tracking and web bugs',
    emits: [
      'URL_TEXT_DOMAIN_MISMATCH', 'URL_TEXT_BRAND_MISMATCH', 'URL_HTTPS_TEXT_HTTP_HREF', 'URL_IP_HOST', 'URL_IP_OBFUSCATED',
      'URL_HOST_OBFUSCATED', 'URL_USERINFO', 'URL_IDN_HOST', 'URL_IDN_MIXED_SCRIPT', 'URL_OPEN_REDIRECT', 'URL_DATA_URI',
      'URL_JAVASCRIPT_URI', 'URL_FORM_EXTERNAL', 'URL_FORM_PASSWORD', 'URL_META_REFRESH', 'URL_SHORTENER', 'URL_FREE_FILE_HOST',
      'URL_SUSPICIOUS_TLD', 'URL_RECIPIENT_ADDRESS', 'URL_RECIPIENT_ENCODED', 'URL_EMAIL_IN_URL', 'URL_UNIQUE_TOKEN', 'URL_WEB_BUG', 'URL_LIMIT_REACHED',
    ],
    // The findings are made step by step by the functions below, not in one long `run`: V8 tiers a function up only
    // after some hundred calls without a change to its inline caches, and each rare kind of link a message brought
    // changed those of a body of ~7 KB of bytecode, so it was first optimised only after ~4,500 messages a worker,
    // one of the largest compile jobs of the pool's late passes (NOTES, issue 18, session 24). Same steps, same order.
    run(msg) {
      const facts = source.factsOf(msg);
      const capped = new CappedFindings();
      shownMismatches(capped, facts);
      hostDisguises(capped, facts);
      schemesAndForms(capped, facts);
      listedHosts(capped, facts);
      addressesInUrls(capped, facts);
      tracking(capped, facts);
      // Past maxLinks the HTML links were chosen host by host (links/extract.ts htmlLinksFirst): said, so a reader knows which.
      const flood = msg.htmlFacts.links.length > config.maxLinks ? `; ${msg.htmlFacts.links.length} HTML links, the first to each host (and each text it shows) analysed first` : '';
      if (facts.extraction.limited) capped.emit('URL_LIMIT_REACHED', `more than the analysis limits (${config.maxLinks} links, ${config.maxTextChars} text characters, ${config.maxAttachments} attachments of ${config.maxAttachmentBytes} bytes)${flood}`);

      return { findings: capped.findings, iocs: linkIocs(source, msg, config.maxIocUrls) };
    },
  };
}

/** Link text that shows another domain, names another brand, or shows https for an http link. */
function shownMismatches(capped: CappedFindings, facts: LinkFacts): void {
  for (const f of facts.textMismatch) {
    capped.emit('URL_TEXT_DOMAIN_MISMATCH', `text "${f.shown}" (${f.shownDomain}) links to ${f.hrefDomain}${f.via ? ` via ${f.via}` : ''}: ${shortUrl(f.href)}`, {
      shown: f.shown, shownDomain: f.shownDomain, hrefDomain: f.hrefDomain, href: f.href, ...(f.via ? { via: f.via } : {}),
    });
  }
  for (const f of facts.brandMismatch) capped.emit('URL_TEXT_BRAND_MISMATCH', `text "${f.text}" names ${f.brand}, links to ${f.hrefDomain}: ${shortUrl(f.href)}`, { brand: f.brand, hrefDomain: f.hrefDomain, href: f.href });
  for (const f of facts.httpsShownHttpLinked) capped.emit('URL_HTTPS_TEXT_HTTP_HREF', `text shows ${shortUrl(f.shown, 80)}, links to ${shortUrl(f.href)}`, { shown: f.shown, href: f.href });
}

/** Hosts written as IP addresses, obfuscated, behind userinfo, or in other scripts. */
function hostDisguises(capped: CappedFindings, facts: LinkFacts): void {
  for (const f of facts.ipHost) {
    if (f.obfuscation) capped.emit('URL_IP_OBFUSCATED', `${shortUrl(f.href)} is ${f.ip} written as ${f.obfuscation.replace('ip-', '')}`, { href: f.href, ip: f.ip, technique: f.obfuscation });
    else if (f.namedHost) capped.emit('URL_IP_HOST', `${shortUrl(f.href)} ${where(f.source)}: ${f.namedHost} is a provider's name for ${f.ip}`, { href: f.href, ip: f.ip, host: f.namedHost });
    else capped.emit('URL_IP_HOST', `${shortUrl(f.href)} ${where(f.source)}`, { href: f.href, ip: f.ip });
  }
  for (const f of facts.hostObfuscation) capped.emit('URL_HOST_OBFUSCATED', `${shortUrl(f.href)} (${f.techniques.join(', ')})`, { href: f.href, techniques: f.techniques });
  for (const f of facts.userinfo) capped.emit('URL_USERINFO', `shows "${f.userinfo.slice(0, 80)}", goes to ${f.host}: ${shortUrl(f.href)}`, { href: f.href, userinfo: f.userinfo, host: f.host });
  for (const f of facts.idn) {
    if (f.mixedScript) capped.emit('URL_IDN_MIXED_SCRIPT', `${f.unicodeHost} (${new URL(f.href).hostname})`, { href: f.href, unicodeHost: f.unicodeHost });
    else capped.emit('URL_IDN_HOST', `${f.unicodeHost} (${new URL(f.href).hostname})`, { href: f.href, unicodeHost: f.unicodeHost });
  }
  // A link's text that shows a host spelt with lookalike letters: the same disguise as a link's own mixed-script host, shown
  // to the reader instead of visited (the href may be ASCII: URL_TEXT_DOMAIN_MISMATCH compares the host the reader sees).
  for (const f of facts.shownMixedScript) capped.emit('URL_IDN_MIXED_SCRIPT', `text "${f.shown}" shows ${f.host} (read as ${f.readAs}), links to ${shortUrl(f.href)}`, { href: f.href, unicodeHost: f.host, shown: f.shown });
}

/** Open redirects, data: and javascript: URIs, forms, meta refresh. */
function schemesAndForms(capped: CappedFindings, facts: LinkFacts): void {
  for (const f of facts.openRedirect) capped.emit('URL_OPEN_REDIRECT', `${f.entry} → ${shortUrl(f.target, 100)} (${f.param === AMP_PATH_PARAM ? 'in the path' : `parameter \`${f.param}\``})`, { href: f.href, redirector: f.entry, param: f.param, target: f.target });
  for (const f of facts.dataUri) capped.emit('URL_DATA_URI', `${f.mediaType} ${where(f.source)}: ${f.href}`, { mediaType: f.mediaType, source: f.source });
  for (const f of facts.javascriptUri) capped.emit('URL_JAVASCRIPT_URI', `${f.href} ${where(f.source)}`, { code: f.code, source: f.source });
  for (const f of facts.forms) {
    const target = f.actionDomain || 'no action (the mail client)';
    if (f.hasPassword) capped.emit('URL_FORM_PASSWORD', `password form posts to ${target}: ${shortUrl(f.href)}`, { action: f.href, method: f.method });
    if (f.external) capped.emit('URL_FORM_EXTERNAL', `form (${f.method.toUpperCase()}) posts to ${f.actionDomain}: ${shortUrl(f.href)}`, { action: f.href, method: f.method, hasPassword: f.hasPassword });
  }
  for (const f of facts.metaRefresh) capped.emit('URL_META_REFRESH', shortUrl(f.href), { href: f.href });
}

/** Hosts on the shortener, free file host and suspicious-TLD lists. */
function listedHosts(capped: CappedFindings, facts: LinkFacts): void {
  for (const f of facts.shortener) capped.emit('URL_SHORTENER', `${f.entry}: ${shortUrl(f.href)}`, { href: f.href, list: f.entry });
  for (const f of facts.fileHost) capped.emit('URL_FREE_FILE_HOST', `${f.entry}: ${shortUrl(f.href)}`, { href: f.href, list: f.entry });
  for (const f of facts.suspiciousTld) capped.emit('URL_SUSPICIOUS_TLD', `.${f.tld}: ${shortUrl(f.href)}`, { href: f.href, tld: f.tld });
}

/** The recipient's address, plain or encoded, and other addresses inside URLs. */
function addressesInUrls(capped: CappedFindings, facts: LinkFacts): void {
  for (const f of facts.recipient) {
    const { match } = f;
    const decoded = describeEncoding(match);
    const id = match.encoding === 'plain' ? 'URL_RECIPIENT_ADDRESS' : 'URL_RECIPIENT_ENCODED';
    const shownValue = match.value.length > 60 ? `${match.value.slice(0, 59)}…` : match.value;
    capped.emit(id, `${match.where} = ${match.encoding === 'plain' ? `"${shownValue}" contains ${decoded}` : `${decoded} ("${shownValue}")`} ${where(f.source)}: ${shortUrl(f.href)}`, {
      href: f.href,
      address: match.address,
      encoding: match.encoding,
      where: match.where,
      value: match.value,
      ...(match.alignment !== undefined ? { alignment: match.alignment } : {}),
      ...(match.hashedAs ? { hashedAs: match.hashedAs } : {}),
      risk: 'a click or image load confirms to the sender that this address is live',
    });
  }
  for (const f of facts.otherAddress) {
    const { match } = f;
    const shownValue = match.value.length > 60 ? `${match.value.slice(0, 59)}…` : match.value;
    capped.emit('URL_EMAIL_IN_URL', `${match.where} = ${match.encoding === 'plain' ? match.address : `base64 of ${match.address} ("${shownValue}")`} ${where(f.source)}: ${shortUrl(f.href)}`, {
      href: f.href,
      address: match.address,
      encoding: match.encoding,
      where: match.where,
      risk: 'a click or image load confirms to the sender that this address is live',
    });
  }
}

/** Tokens unique to a recipient and web bugs. */
function tracking(capped: CappedFindings, facts: LinkFacts): void {
  for (const f of facts.uniqueTokens) {
    const token = f.token.length > 24 ? `${f.token.slice(0, 23)}…` : f.token;
    capped.emit('URL_UNIQUE_TOKEN', `${f.where} = "${token}" (${f.token.length} chars, ${f.entropy} bits/char) ${where(f.source)}: ${shortUrl(f.href, 80)}`, { href: f.href, where: f.where, token: f.token, entropy: f.entropy });
  }
  for (const f of facts.webBugs) {
    const size = f.hidden ? 'hidden' : `${f.width ?? '?'}×${f.height ?? '?'}`;
    capped.emit('URL_WEB_BUG', `${size} image ${shortUrl(f.href)}`, { href: f.href, width: f.width, height: f.height, hidden: f.hidden });
  }
}

function linkIocs(source: LinkFactsSource, msg: Parameters<LinkFactsSource['factsOf']>[0], maxUrls: number): Iocs {
  const urls: string[] = [];
  const domains = new Set<string>();
  const ips = new Set<string>();
  for (const { url } of source.factsOf(msg).extraction.urls) {
    if (url.scheme !== 'http' && url.scheme !== 'https' && url.scheme !== 'ftp') continue;
    if (urls.length < maxUrls) urls.push(url.href);
    if (url.ip) ips.add(url.ip);
    else if (url.host) domains.add(url.host);
  }
  return { urls, domains: [...domains], ips: [...ips] };
}
