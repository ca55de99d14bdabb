/**
 * How old a domain is: a hook the link checks call for each registrable domain, filled by whatever
 * knows (WHOIS/RDAP registration dates from the intel store; spamlab's own first sighting). Newly
 * registered domains carry most phishing and address-harvesting spam: they are used before any block
 * list knows them.
 */
export interface DomainAge {
  /** Registration (creation) date from WHOIS/RDAP. */
  registered?: Date;
  /** When spamlab first saw the domain in mail. */
  firstSeen?: Date;
  /** Since when the first-seen memory has been recording (a young memory makes every domain "new"). */
  historySince?: Date;
}

/** The domain-age service checks receive (see src/core/services.ts). */
export type DomainAgeLookup = (domain: string) => Promise<DomainAge | undefined>;

/**
 * An in-memory "first seen by spamlab" lookup: remembers when each domain was first asked about, for
 * the life of the process, at most `maxDomains` (the oldest forgotten first). It reports `historySince`
 * so a check does not call every domain new while the memory is young.
 * @example const age = firstSeenDomainAge({ now: () => new Date() }); await age('example.com') // { firstSeen, historySince }
 */
export function firstSeenDomainAge(options: { now: () => Date; maxDomains?: number }): DomainAgeLookup {
  const maxDomains = options.maxDomains ?? 100_000;
  const seen = new Map<string, Date>();
  const historySince = options.now();
  return async (domain) => {
    const key = domain.toLowerCase();
    let first = seen.get(key);
    if (!first) {
      first = options.now();
      seen.set(key, first);
      if (seen.size > maxDomains) seen.delete(seen.keys().next().value!);
    }
    return { firstSeen: first, historySince };
  };
}
