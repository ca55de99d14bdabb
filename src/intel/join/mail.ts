/**
 * Intel joined to mail: the registration date for the links family's newly-registered-domain check,
 * and the actor behind a set of domains (a campaign's landing domains).
 */
import type { DomainAge, DomainAgeLookup } from '../../links/domain-age.js';
import type { IntelDb } from '../history/db.js';
import { registrationDate } from '../history/history.js';
import { pivot, type PivotLink, type PivotOptions } from '../graph/pivot.js';

/**
 * A DomainAgeLookup answering from stored WHOIS/RDAP snapshots (`registered`), cached per domain for
 * the process (a registration date does not change). Domains without a snapshot answer undefined.
 * Registrable domains only: `www.example.jp` is looked up as asked; callers pass what they check.
 * @example services.domainAge = intelDomainAge(store)
 */
export function intelDomainAge(db: IntelDb, options: { maxCached?: number } = {}): DomainAgeLookup {
  const cache = new Map<string, DomainAge | undefined>();
  const maxCached = options.maxCached ?? 50_000;
  return async (domain) => {
    const key = domain.toLowerCase();
    if (cache.has(key)) return cache.get(key);
    const registered = await registrationDate(db, key);
    const age: DomainAge | undefined = registered !== undefined ? { registered: new Date(registered) } : undefined;
    cache.set(key, age);
    if (cache.size > maxCached) cache.delete(cache.keys().next().value!);
    return age;
  };
}

export interface Actor {
  /** Every domain of the actor (the pivot cluster). */
  domains: string[];
  /** Which of the given domains belong to it. */
  seeds: string[];
  /** The strong links holding it together, explained by ./graph/explain.ts. */
  links: PivotLink[];
}

/**
 * Groups domains (a campaign's senders and landing pages) by actor: each actor is a pivot cluster
 * through strong shared registrant values. Domains with no stored record, or with no strong link to
 * any other domain, form no actor.
 * @example const actors = await actorForDomains(store, ['virus-alert-desk.info']); actors[0].domains.length // 4
 */
export async function actorForDomains(db: IntelDb, domains: readonly string[], options: PivotOptions = {}): Promise<Actor[]> {
  const actors: Actor[] = [];
  const placed = new Set<string>();
  for (const raw of domains) {
    const domain = raw.trim().toLowerCase().replace(/\.$/, '');
    if (!domain || placed.has(domain)) continue;
    const result = await pivot(db, domain, options);
    const members = result.domains.map((d) => d.domain);
    if (members.length < 2) continue;
    for (const m of members) placed.add(m);
    const strong = result.links.filter((l) => l.strength === 'strong');
    actors.push({ domains: members, seeds: [], links: strong });
  }
  const wanted = new Set(domains.map((d) => d.trim().toLowerCase().replace(/\.$/, '')));
  for (const a of actors) a.seeds = a.domains.filter((d) => wanted.has(d));
  return actors;
}
