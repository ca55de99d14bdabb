import { registryFor, type BrandRegistry } from '../../brands/registry.js';
import type { Brand } from '../../brands/types.js';
import type { BrandLookup } from '../../links/brands.js';
import { firstSeenDomainAge } from '../../links/domain-age.js';
import { createRedirectFollower, type AddressResolver } from '../../links/redirects.js';
import type { DnsResolver, Services } from '../../scan/services.js';
import type { Check, CheckFamily } from '../types.js';
import { linkAnalysisCheck } from './analysis.js';
import type { LinksConfig } from './config.js';
import { linkDomainAgeCheck } from './domain-age.js';
import { linkFactsSource } from './facts.js';
import { linkRedirectCheck } from './redirects.js';
import { LINK_SCORES } from './scores.js';

export { DECEPTIVE_LINK_IDS, LINK_SCORES } from './scores.js';

/**
 * The links family: link deception, lists and recipient tracking (always), plus redirect following and
 * domain age when those services exist. A redirect follower is built from `links.followRedirects` when
 * it is enabled and none was injected; the first-seen memory likewise from `links.domainAge`.
 */
export const linksFamily: CheckFamily = {
  name: 'links',
  scores: LINK_SCORES,
  create({ config, services }) {
    const links = config.links;
    const source = linkFactsSource(links, services.linkBrands ?? brandLookup(registryFor(config.sender.brands as Brand[], config.sender.defaultBrands)));
    const follower = services.redirects ?? (links.followRedirects.enabled ? followerFromConfig(links, services) : undefined);
    const domainAge = services.domainAge ?? (links.domainAge.rememberFirstSeen ? firstSeenDomainAge({ now: services.now }) : undefined);
    const checks: Check[] = [linkAnalysisCheck(source, links), linkRedirectCheck(source, follower, links), linkDomainAgeCheck(source, domainAge, links)];
    return checks;
  },
};

function followerFromConfig(links: LinksConfig, services: Services) {
  const { enabled: _enabled, maxUrlsPerMessage: _max, ...options } = links.followRedirects;
  return createRedirectFollower(options, { ...(services.dns ? { resolve: addressResolver(services.dns) } : {}), now: () => services.now().getTime() });
}

/** Adapts the injected DNS service (A and AAAA records) to the follower's resolver. */
function addressResolver(dns: DnsResolver): AddressResolver {
  return async (host) => {
    const answers = await Promise.all((['A', 'AAAA'] as const).map((type) => dns(host, type).catch(() => [] as unknown[])));
    return answers.flat().filter((a): a is string => typeof a === 'string');
  };
}

/** Link text is checked against the same brands as the sender (the operator's first, then the defaults). */
function brandLookup(registry: BrandRegistry): BrandLookup {
  return (text) =>
    registry.mentionsInText(text, 512).map(({ brand }) => ({
      name: brand.name,
      domains: [...brand.domains, ...(brand.sendingDomains ?? []), ...(brand.infrastructureDomains ?? [])],
    }));
}
