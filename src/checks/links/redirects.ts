import { sameOrganisation, shownUrls } from '../../links/analyse.js';
import type { ExtractedUrl } from '../../links/extract.js';
import type { RedirectFollower, RedirectResult } from '../../links/redirects.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { LinksConfig } from './config.js';
import { shortUrl, type LinkFactsSource } from './facts.js';

const CLICKED = new Set(['a', 'area', 'form', 'iframe', 'meta-refresh', 'other', 'text', 'attachment', 'qr']);

/**
 * Opens the message's links through the injected redirect follower (only when one is configured) and
 * reports where they really lead: the landing domain, chains into private networks, over-long chains,
 * and landing sites that are on the lists or contradict the link text.
 */
export function linkRedirectCheck(source: LinkFactsSource, follower: RedirectFollower | undefined, config: LinksConfig): Check {
  const { lists } = source;
  return {
    name: 'links.redirects',
    description: 'Follows links (opt-in) and reports the redirect chain and landing site',
    emits: ['URL_REDIRECT_CROSS_DOMAIN', 'URL_REDIRECT_TO_PRIVATE', 'URL_REDIRECT_HOP_LIMIT', 'URL_SUSPICIOUS_TLD', 'URL_FREE_FILE_HOST', 'URL_TEXT_DOMAIN_MISMATCH'],
    run(msg, ctx) {
      // Without a follower (the default) no link is opened.
      return follower ? follow(follower, msg, ctx.signal) : { findings: [] };
    },
  };

  async function follow(follower: RedirectFollower, msg: ParsedMessage, signal: AbortSignal): Promise<CheckOutput> {
    const facts = source.factsOf(msg);
    const chosen = pickUrls(facts.extraction.urls, source, config.followRedirects.maxUrlsPerMessage);
    const results = await Promise.all(chosen.map((u) => follower.follow(u.url.href, signal).then((r) => ({ u, r }))));
    const findings: Finding[] = [];
    const urls: string[] = [];
    const domains: string[] = [];
    for (const { u, r } of results) {
      const chain = describeChain(r);
      if (r.refused) findings.push({ id: 'URL_REDIRECT_TO_PRIVATE', evidence: `${chain} ✗ ${r.refused.reason}`, data: { chain: r.chain, refused: r.refused } });
      if (r.hopLimit) findings.push({ id: 'URL_REDIRECT_HOP_LIMIT', evidence: `more than ${config.followRedirects.maxHops} redirects: ${chain}`, data: { chain: r.chain } });
      if (!r.landing || !r.landingDomain) continue;
      const landing = new URL(r.landing);
      urls.push(r.landing);
      domains.push(landing.hostname);
      const data = { start: r.start, landing: r.landing, landingDomain: r.landingDomain, chain: r.chain.map((h) => ({ url: h.url, via: h.via, status: h.status })) };
      if (r.landingDomain !== u.url.domain) findings.push({ id: 'URL_REDIRECT_CROSS_DOMAIN', evidence: chain, data });
      const tld = lists.suspiciousTlds.match(landing.hostname);
      if (tld && r.landingDomain !== u.url.domain) findings.push({ id: 'URL_SUSPICIOUS_TLD', evidence: `.${tld}: landing of ${chain}`, data });
      const host = lists.fileHosts.match(landing.hostname, landing.pathname);
      if (host && r.landingDomain !== u.url.domain) findings.push({ id: 'URL_FREE_FILE_HOST', evidence: `${host}: landing of ${chain}`, data });
      // Link text the analysis could not judge because the href was a tracker: judge it by the landing.
      const behindTracker = lists.espTrackers.match(u.url.host) || lists.wrappers.match(u.url.host);
      for (const o of behindTracker ? u.occurrences : []) {
        if (o.source !== 'a' && o.source !== 'area') continue;
        const shown = shownUrls(o.text.slice(0, 512).normalize('NFKC').trim())[0];
        if (shown && !sameOrganisation(shown.domain, r.landingDomain, lists)) {
          findings.push({ id: 'URL_TEXT_DOMAIN_MISMATCH', evidence: `text "${o.text.slice(0, 100)}" (${shown.domain}) lands on ${r.landingDomain}: ${chain}`, data: { ...data, shownDomain: shown.domain } });
          break;
        }
      }
    }
    return { findings, iocs: { urls, domains } };
  }
}

/** Links worth opening: clicked ones, shorteners, redirectors and trackers first, one per host. */
function pickUrls(urls: readonly ExtractedUrl[], source: LinkFactsSource, max: number): ExtractedUrl[] {
  const { lists } = source;
  const candidates = urls.filter((u) => (u.url.scheme === 'http' || u.url.scheme === 'https') && u.occurrences.some((o) => CLICKED.has(o.source)));
  const rank = (u: ExtractedUrl) =>
    lists.shorteners.match(u.url.host, u.url.path) || lists.openRedirectors.match(u.url.host, u.url.path) ? 0 : lists.espTrackers.match(u.url.host) ? 1 : 2;
  const ordered = candidates.map((u, i) => ({ u, i, r: rank(u) })).sort((a, b) => a.r - b.r || a.i - b.i);
  const hosts = new Set<string>();
  const out: ExtractedUrl[] = [];
  for (const { u } of ordered) {
    if (out.length >= max) break;
    if (hosts.has(u.url.host)) continue;
    hosts.add(u.url.host);
    out.push(u);
  }
  return out;
}

function describeChain(r: RedirectResult): string {
  const steps = r.chain.map((h) => shortUrl(h.url, 80) + (h.via === 'meta-refresh' || h.via === 'script' ? ` (${h.via})` : ''));
  if (r.refused && r.refused.url !== r.chain[r.chain.length - 1]?.url) steps.push(shortUrl(r.refused.url, 80));
  return steps.join(' → ');
}
