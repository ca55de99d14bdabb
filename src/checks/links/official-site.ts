import { ownedBy } from '../../links/analyse.js';
import type { BrandLookup, LinkBrand } from '../../links/brands.js';
import { registrableWithPrivate } from '../../links/registrable.js';
import { escapeRegExp } from '../../mail/term-alternation.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { LinkFactsSource } from './facts.js';
import type { OwnDomain } from './lures.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * A link whose text claims to open an official website, as data: the words for it in the languages of the honeypot (en, de,
 * pt, es, fr, nl, it, ja). "Open the official website", "Acesse o site oficial", "Zur offiziellen Webseite", "公式サイトへ".
 * Counted on the parsed anchors: 2 of the 2,737 dev-pot messages outside the held-out part (a Binance "cybersecurity" lure,
 * a French Bitcoin advert behind a tracker), none of the 6,046 SpamAssassin messages or the modern-ham probe.
 */
export const OFFICIAL_SITE_PHRASES: readonly string[] = [
  'official site', 'official website', 'official web site', 'official webpage', 'official page', 'official portal', 'official homepage',
  'offizielle seite', 'offiziellen seite', 'offizielle webseite', 'offiziellen webseite', 'offizielle website', 'offiziellen website', 'offizielle homepage', 'offiziellen homepage',
  'site oficial', 'página oficial', 'pagina oficial', 'portal oficial', 'sitio oficial', 'sitio web oficial', 'web oficial',
  'site officiel', 'site web officiel', 'page officielle', 'portail officiel',
  'officiële site', 'officiële website', 'officiële webpagina', 'officiële pagina', 'officiele website', 'officiele site',
  'sito ufficiale', 'sito web ufficiale', 'pagina ufficiale', 'portale ufficiale',
  '公式サイト', '公式ウェブサイト', '公式ホームページ', '公式ページ',
];

const LATIN = OFFICIAL_SITE_PHRASES.filter((p) => /^[\p{Script=Latin}\s]+$/u.test(p));
const OTHER = OFFICIAL_SITE_PHRASES.filter((p) => !LATIN.includes(p));
/** The phrases, white space between words any run of it; Latin ones as whole words (Japanese writes no spaces between words). */
const CLAIM = lazyRegExp(() => new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LATIN.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])|${OTHER.map(escapeRegExp).join('|')}`,
  'iu',
));
/** The claim is a button's or a link's words, not a paragraph that happens to be one link. */
const MAX_CLAIM_TEXT = 120;

/**
 * Letters every phrase has (`fic` of official/oficial/ufficiale/officiel, `fiz` of offizielle, 公式), in the forms NFKC folds to
 * them (full-width letters, the fi and ffi ligatures): most link texts ("Click here", "Unsubscribe") are turned away by this
 * before they are normalised and matched.
 */
const GATE = /(?:[fｆＦ][iｉＩ]|[\ufb01\ufb03])[cｃＣzｚＺ]|公式/i;

/** Whether a link text claims an official website. */
export function claimsOfficialSite(text: string): boolean {
  return text.length <= MAX_CLAIM_TEXT && GATE.test(text) && CLAIM().test(text.normalize('NFKC'));
}

/** Whether a registrable domain is one of a brand's (its domains' organisations, or under a public suffix the brand is). */
function brandOwns(brand: LinkBrand, domain: string, source: LinkFactsSource): boolean {
  return domain !== '' && ownedBy(brand.domains, domain, source.lists, brand.ownsSuffixes);
}

/**
 * URL_OFFICIAL_SITE_ELSEWHERE (issue 17, session 41): a link whose text says it opens an official website, in a message whose
 * subject or sender name names a brand, leading to a host that is neither that brand's domain nor the sender's (nor any
 * registered brand's). "Binance Cybersecurity" from a Spanish bookshop's mailbox, "Open the official website" → axobox.com.
 * A brand's own mail links its official site on its own domain; a sender at the brand's domain is left to the sender checks
 * (spoofing is theirs to say). Behind a click tracker with no destination in it the link's host says nothing and is skipped,
 * as the link-text checks do.
 */
export function officialSiteCheck(source: LinkFactsSource, brands: BrandLookup, isOwn: OwnDomain): Check {
  return {
    name: 'links.official-site',
    description: 'A link presented as the official website of the brand the message names, on another host',
    emits: ['URL_OFFICIAL_SITE_ELSEWHERE'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      // Only anchors (their text is what the reader is told); most messages have no claim at all and stop here.
      let claimed = false;
      for (const link of msg.htmlFacts.links) {
        if (link.kind === 'a' && link.text && claimsOfficialSite(link.text)) {
          claimed = true;
          break;
        }
      }
      if (!claimed) return { findings };
      const from = msg.from[0];
      const named = [...brands(msg.subject.slice(0, 512)), ...(from?.name ? brands(from.name.slice(0, 512)) : [])];
      if (named.length === 0) return { findings };
      const senderHost = (from?.asciiDomain || from?.domain || '').toLowerCase();
      const senderDomain = senderHost ? (registrableWithPrivate(senderHost) ?? senderHost) : '';
      // The brand speaking of its own site, whatever carries the link: not this check's to judge.
      if (senderDomain && named.some((b) => brandOwns(b, senderDomain, source))) return { findings };
      const facts = source.factsOf(msg);
      for (const { url, occurrences, embedded } of facts.extraction.urls) {
        if (url.scheme !== 'http' && url.scheme !== 'https') continue;
        const occurrence = occurrences.find((o) => o.source === 'a' && o.text && claimsOfficialSite(o.text));
        if (!occurrence) continue;
        let destination = url;
        if (source.lists.espTrackers.match(url.host) || source.lists.wrappers.match(url.host) || source.lists.openRedirectors.match(url.host, url.path)) {
          if (!embedded) continue;
          destination = embedded.url;
        }
        const domain = destination.domain || destination.host;
        if (destination.ip === undefined && isOwn(domain, senderHost)) continue;
        if (named.some((b) => brandOwns(b, domain, source))) continue;
        const brand = named[0]!.name;
        findings.push({
          id: 'URL_OFFICIAL_SITE_ELSEWHERE',
          evidence: `"${occurrence.text.trim().slice(0, 80)}" for ${brand} links to ${destination.host || destination.href.slice(0, 80)}`,
          data: { brand, host: destination.host, href: destination.href.slice(0, 200) },
        });
        break;
      }
      return { findings };
    },
  };
}
