/**
 * Everything a check may use beyond the message: all I/O is injected here, so checks import no
 * `node:dns`, no `fetch` and no clock, tests pass declarative fakes, and the CLI runs fully offline
 * unless the operator configures a resolver, redirect following or clamd. Every field but `now` is
 * optional: a check whose service is absent simply does not do that part of its work.
 */

import type { ClamdService } from '../files/clamd/index.js';

/** DNS lookup in the shape mailauth expects (`resolver(name, rrtype)`), records as node:dns returns them. */
export type DnsResolver = (name: string, rrtype: 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS') => Promise<unknown[]>;

export interface Services {
  /** Wall clock. */
  now(): Date;
  /** DNS for SPF/DKIM/DMARC and redirect-target checks; absent = offline. */
  dns?: DnsResolver;
  /** ClamAV daemon (INSTREAM) for the attachments family; absent = no ClamAV. See src/files/clamd. */
  clamd?: ClamdService;
  // Families add their own optional services below (HTTP for redirects, clamd, domain age, classifier
  // model), one named field each, typed in the family's own folder.
}
