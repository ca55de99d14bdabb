import type { BrandRegistry } from '../../brands/registry.js';
import type { BrandLookup } from '../../links/brands.js';
import type { Check, CheckFamily } from '../types.js';
import { linkAnalysisCheck } from './analysis.js';
import { linkDomainAgeCheck } from './domain-age.js';
import { linkFactsSource } from './facts.js';
import { linkLureCheck } from './lures.js';
import { linkQrCheck } from './qr.js';
import { linkRedirectCheck } from './redirects.js';

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
    const source = linkFactsSource(links, services.linkLists, services.linkBrands ?? brandLookup(services.brands));
    const isOwn = (urlDomain: string, senderDomain: string) => ownDomain(services.brands, urlDomain, senderDomain);
    const checks: Check[] = [
      linkAnalysisCheck(source, links),
      linkRedirectCheck(source, services.redirects, links),
      linkDomainAgeCheck(source, services.domainAge, links),
      linkLureCheck(source, isOwn),
      linkQrCheck(source, isOwn),
    ];
    return checks;
  },
};

/**
 * A link to the sender's own registrable domain, or to a registered brand's, leads where the sender is (or
 * to a brand's genuine site): not "elsewhere" for the lure rules.
 */
function ownDomain(registry: BrandRegistry, urlDomain: string, senderDomain: string): boolean {
  if (!urlDomain) return false;
  if (senderDomain && (senderDomain === urlDomain || senderDomain.endsWith(`.${urlDomain}`))) return true;
  return registry.ownersOf(urlDomain).length > 0;
}

/** Link text is checked against the same brands as the sender (the operator's first, then the defaults). */
function brandLookup(registry: BrandRegistry): BrandLookup {
  return (text) =>
    registry.mentionsInText(text, 512).map(({ brand }) => ({
      name: brand.name,
      domains: [...brand.domains, ...(brand.sendingDomains ?? []), ...(brand.infrastructureDomains ?? [])],
    }));
}
