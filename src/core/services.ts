import type { BrandRegistry } from '../brands/registry.js';
import type { TextModel } from '../classifier/model.js';
import type { ClamdService } from '../files/clamd/index.js';
import type { BrandLookup } from '../links/brands.js';
import type { DomainAgeLookup } from '../links/domain-age.js';
import type { LinkLists } from '../links/lists/index.js';
import type { RedirectFollower } from '../links/redirects.js';
import type { IpInfoLookup } from '../ipinfo/index.js';
import type { LookalikeDetector } from '../lookalike/detector.js';

/**
 * The ports a check may use beyond the message. Everything that reads a file, opens a socket or asks a
 * database is built once per process by the composition root (src/runtime) from the configuration and
 * handed in here, so checks import no `node:fs`, `node:dns`, `node:net`, no store and no `fetch`; tests
 * pass declarative fakes, and the CLI runs fully offline unless the operator configures a resolver,
 * redirect following or clamd. Optional ports: a check whose port is absent does not do that part.
 */

/** DNS lookup in the shape mailauth expects (`resolver(name, rrtype)`), records as node:dns returns them. */
export type DnsResolver = (name: string, rrtype: 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS') => Promise<unknown[]>;

/** A content-classifier model and where it came from (shown in findings, so a verdict traces to a model). */
export interface LoadedModel {
  model: TextModel;
  source: string;
}

export interface Services {
  /** Wall clock. */
  now(): Date;
  /** The brands to protect: the operator's (configuration) first, then the shipped data. */
  brands: BrandRegistry;
  /** Free-mail provider domains (shipped list, configured extras, the operator's list file). */
  freemail: ReadonlySet<string>;
  /**
   * The sender family's lookalike detector over `brands` and `freemail`, when the composition root has it
   * ready (precomputed for the built-in sender configuration); absent = the sender family builds it.
   */
  senderDetector?: LookalikeDetector;
  /**
   * The content family's term index (categories and themes) as the build precomputed it: typed arrays read by the
   * composition root (src/runtime/term-index.ts), checked by the family against its tables; absent = the family builds it.
   */
  contentTermIndex?: readonly (Int32Array | Uint8Array)[];
  /** Host lists link analysis consults (shipped, plus the operator's list files). */
  linkLists: LinkLists;
  /** Known-bad attachment hashes, lower-case hex (configured inline and from a file). */
  knownBadHashes: ReadonlySet<string>;
  /**
   * The content classifier's model, loaded once per process (the store's newest, else the model file);
   * `{ error }` says why there is none, and the classifier reports it on every message.
   */
  classifierModel?: LoadedModel | { error: string };
  /** DNS for SPF/DKIM/DMARC and redirect-target checks; absent = offline. */
  dns?: DnsResolver;
  /** Follows link redirects (built from `links.followRedirects` when enabled); absent = links are not opened. */
  redirects?: RedirectFollower;
  /** Registration / first-seen dates of link domains; absent = no domain-age findings. */
  domainAge?: DomainAgeLookup;
  /** Brands named in link text and their real domains; absent = derived from `brands`. */
  linkBrands?: BrandLookup;
  /** The sending IP's network (AS, holder, country) from the operator's table (`ipInfo.file`); absent = unknown. */
  ipInfo?: IpInfoLookup;
  /** ClamAV daemon (INSTREAM) for the attachments family; absent = no ClamAV. See src/files/clamd. */
  clamd?: ClamdService;
}
