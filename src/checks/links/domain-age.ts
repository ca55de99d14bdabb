import type { DomainAgeLookup } from '../../links/domain-age.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { LinksConfig } from './config.js';
import type { LinkFactsSource } from './facts.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Asks the injected domain-age service (WHOIS/RDAP registration date, or spamlab's first sighting)
 * about the registrable domains the message links to, and reports fresh ones (a no-op without one).
 */
export function linkDomainAgeCheck(source: LinkFactsSource, lookup: DomainAgeLookup | undefined, config: LinksConfig): Check {
  const { newlyRegisteredDays, newlySeenDays, maxDomainsPerMessage } = config.domainAge;
  return {
    name: 'links.domain-age',
    description: 'Newly registered or never-before-seen link domains',
    emits: ['URL_DOMAIN_NEWLY_REGISTERED', 'URL_DOMAIN_NEWLY_SEEN'],
    run(msg, ctx) {
      // Without a domain-age service (the default) nothing is looked up.
      return lookup ? check(lookup, msg, ctx.now) : { findings: [] };
    },
  };

  async function check(lookup: DomainAgeLookup, msg: ParsedMessage, scanTime: Date): Promise<CheckOutput> {
    const domains: string[] = [];
    for (const { url } of source.factsOf(msg).extraction.urls) {
      if ((url.scheme !== 'http' && url.scheme !== 'https') || url.ip || !url.domain || domains.includes(url.domain)) continue;
      if (domains.length >= maxDomainsPerMessage) break;
      domains.push(url.domain);
    }
    const ages = await Promise.all(domains.map((d) => lookup(d).catch(() => undefined)));
    const now = scanTime.getTime();
    const findings: Finding[] = [];
    ages.forEach((age, i) => {
      const domain = domains[i]!;
      if (!age) return;
      if (age.registered && now - age.registered.getTime() < newlyRegisteredDays * DAY_MS) {
        const days = Math.max(0, Math.floor((now - age.registered.getTime()) / DAY_MS));
        findings.push({ id: 'URL_DOMAIN_NEWLY_REGISTERED', evidence: `${domain} registered ${age.registered.toISOString().slice(0, 10)} (${days} days before this scan)`, data: { domain, registered: age.registered.toISOString(), days } });
        return;
      }
      const historyOldEnough = age.historySince ? now - age.historySince.getTime() >= newlySeenDays * DAY_MS : true;
      if (!age.registered && age.firstSeen && historyOldEnough && now - age.firstSeen.getTime() < newlySeenDays * DAY_MS) {
        findings.push({ id: 'URL_DOMAIN_NEWLY_SEEN', evidence: `${domain} first seen ${age.firstSeen.toISOString().slice(0, 10)}`, data: { domain, firstSeen: age.firstSeen.toISOString() } });
      }
    });
    return { findings };
  }
}
