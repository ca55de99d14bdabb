import type { TextModel } from '../classifier/model.js';
import type { ClamdService } from '../files/clamd/index.js';
import type { BrandLookup } from '../links/brands.js';
import type { DomainAgeLookup } from '../links/domain-age.js';
import type { RedirectFollower } from '../links/redirects.js';

/**
 * Everything a check may use beyond the message: all I/O is injected here, so checks import no
 * `node:dns`, no `fetch` and no clock, tests pass declarative fakes, and the CLI runs fully offline
 * unless the operator configures a resolver, redirect following or clamd. Every field but `now` is
 * optional: a check whose service is absent simply does not do that part of its work.
 */

/** DNS lookup in the shape mailauth expects (`resolver(name, rrtype)`), records as node:dns returns them. */
export type DnsResolver = (name: string, rrtype: 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS') => Promise<unknown[]>;

export interface Services {
  /** Wall clock. */
  now(): Date;
  /** DNS for SPF/DKIM/DMARC and redirect-target checks; absent = offline. */
  dns?: DnsResolver;
  /** Follows link redirects (built from `links.followRedirects` when enabled); absent = links are not opened. */
  redirects?: RedirectFollower;
  /** Registration / first-seen dates of link domains; absent = no domain-age findings. */
  domainAge?: DomainAgeLookup;
  /** Brands named in link text and their real domains (src/brands); absent = no brand-text link check. */
  linkBrands?: BrandLookup;
  /** ClamAV daemon (INSTREAM) for the attachments family; absent = no ClamAV. See src/files/clamd. */
  clamd?: ClamdService;
  /**
   * The content classifier's model, loaded once per process; absent = the content family loads it itself
   * from `content.classifier` (the store, else the shipped model). Tests and the benchmark inject one.
   */
  classifierModel?: { model: TextModel; source: string };
}
