import { detectorFor } from '../../brands/detector.js';
import type { BrandRegistry } from '../../brands/registry.js';
import type { LookalikeDetector } from '../../lookalike/detector.js';
import type { DomainList } from '../../links/lists/index.js';
import type { CheckSetup } from '../types.js';
import type { SenderConfig } from './config.js';

/** What the sender checks share, built once per process: the brands, the detector, the free-mail list. */
export interface SenderContext {
  config: SenderConfig;
  registry: BrandRegistry;
  detector: LookalikeDetector;
  freemail: ReadonlySet<string>;
  /** Hosts where anyone gets a subdomain or a mailbox (app, site and file hosts, cloud tenants). */
  tenantHosts: DomainList;
}

export function buildSenderContext({ config, services }: CheckSetup): SenderContext {
  const registry = services.brands;
  const detector = detectorFor(registry, config.sender.lookalike);
  return { config: config.sender, registry, detector, freemail: services.freemail, tenantHosts: services.linkLists.tenantHosts };
}
