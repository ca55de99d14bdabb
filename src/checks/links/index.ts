import type { BrandRegistry } from '../../brands/registry.js';
import type { BrandLookup } from '../../links/brands.js';
import { BoundedMemo } from '../../mail/memo.js';
import { readingInput } from '../input.js';
import type { Check, CheckFamily } from '../types.js';
import { linkAnalysisCheck } from './analysis.js';
import { linkDomainAgeCheck } from './domain-age.js';
import { linkFactsSource } from './facts.js';
import { linkLureCheck, type OwnDomain } from './lures.js';
import { linkQrCheck } from './qr.js';
import { officialSiteCheck } from './official-site.js';
import { linkRedirectCheck } from './redirects.js';
import { shortenedLinksOnlyCheck } from './shortened-only.js';
import { decoySubdomainsCheck } from './decoy-subdomains.js';

/**
 * The links family: link deception, lists and recipient tracking (always), where a link leads (sign-in
 * pages, documents, uploads and downloads elsewhere than the sender; always), plus redirect following and
 * domain age when those services exist (the composition root builds them from `links.followRedirects`
 * and `links.domainAge`).
 */
export const linksFamily: CheckFamily = {
  name: 'links',
  create({ config, services }) {
    const links = config.links;
    const brands = services.linkBrands ?? brandLookup(services.brands);
    const source = linkFactsSource(links, services.linkLists, brands);
    const isOwn = ownDomainTest(services.brands);
    const checks: Check[] = [
      linkAnalysisCheck(source, links),
      linkRedirectCheck(source, services.redirects, links),
      linkDomainAgeCheck(source, services.domainAge, links),
      linkLureCheck(source, isOwn),
      linkQrCheck(source, isOwn),
      shortenedLinksOnlyCheck(source),
      officialSiteCheck(source, brands, isOwn),
      decoySubdomainsCheck(services.brands),
    ];
    // The subject as bounded for every family (../input.ts).
    return checks.map(readingInput);
  },
};

/** Most answers each memory below keeps (all forgotten at once when full): a mailbox's links repeat their domains and texts. */
const MAX_REMEMBERED = 4096;
/** Link texts are up to 512 characters: fewer of them (≤ 1 MB). */
const MAX_REMEMBERED_TEXTS = 1024;

/**
 * A link to the sender's own registrable domain, or to a registered brand's, leads where the sender is (or
 * to a brand's genuine site): not "elsewhere" for the lure rules. Whether a brand owns a domain is remembered per
 * domain (the registry does not change after it is built; tldts parsed every unique URL's domain of every message).
 */
function ownDomainTest(registry: BrandRegistry): OwnDomain {
  const branded = new BoundedMemo<string, boolean>(MAX_REMEMBERED);
  return (urlDomain, senderDomain) => {
    if (!urlDomain) return false;
    if (senderDomain && (senderDomain === urlDomain || senderDomain.endsWith(`.${urlDomain}`))) return true;
    return branded.get(urlDomain) ?? branded.set(urlDomain, registry.ownersOf(urlDomain).length > 0);
  };
}

/**
 * Link text is checked against the same brands as the sender (the operator's first, then the defaults). The answer for
 * a text is remembered (link texts repeat: "Click here", "Unsubscribe", a brand's own buttons, message after message);
 * callers only read it.
 */
function brandLookup(registry: BrandRegistry): BrandLookup {
  const known = new BoundedMemo<string, ReturnType<BrandLookup>>(MAX_REMEMBERED_TEXTS);
  return (text) => {
    return (
      known.get(text) ??
      known.set(
        text,
        registry.mentionsInText(text, 512).map(({ brand }) => ({
          name: brand.name,
          domains: [...brand.domains, ...(brand.sendingDomains ?? []), ...(brand.infrastructureDomains ?? [])],
          ...(brand.ownsSuffixes ? { ownsSuffixes: brand.ownsSuffixes } : {}),
        })),
      )
    );
  };
}
