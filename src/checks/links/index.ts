import type { BrandRegistry } from '../../brands/registry.js';
import type { BrandLookup } from '../../links/brands.js';
import type { Check, CheckFamily } from '../types.js';
import { linkAnalysisCheck } from './analysis.js';
import { linkDomainAgeCheck } from './domain-age.js';
import { linkFactsSource } from './facts.js';
import { linkRedirectCheck } from './redirects.js';

/**
 * The links family: link deception, lists and recipient tracking (always), plus redirect following and
 * domain age when those services exist (the composition root builds them from `links.followRedirects`
 * and `links.domainAge`).
 */
export const linksFamily: CheckFamily = {
  name: 'links',
  create({ config, services }) {
    const links = config.links;
    const source = linkFactsSource(links, services.linkLists, services.linkBrands ?? brandLookup(services.brands));
    const checks: Check[] = [
      linkAnalysisCheck(source, links),
      linkRedirectCheck(source, services.redirects, links),
      linkDomainAgeCheck(source, services.domainAge, links),
    ];
    return checks;
  },
};

/** Link text is checked against the same brands as the sender (the operator's first, then the defaults). */
function brandLookup(registry: BrandRegistry): BrandLookup {
  return (text) =>
    registry.mentionsInText(text, 512).map(({ brand }) => ({
      name: brand.name,
      domains: [...brand.domains, ...(brand.sendingDomains ?? []), ...(brand.infrastructureDomains ?? [])],
    }));
}
