import { detectorFor } from '../../brands/detector.js';
import type { BrandRegistry } from '../../brands/registry.js';
import type { LookalikeDetector } from '../../lookalike/detector.js';
import type { QrLimits } from '../../files/qr/read.js';
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
  /** Top-level domains where registrations are cheap and abuse is common (links' list, with the operator's additions). */
  suspiciousTlds: DomainList;
  /** The links family's QR limits (links.qr): link hosts include the hosts of URLs in QR codes, read once per message. */
  qrLimits: QrLimits;
}

export function buildSenderContext({ config, services }: CheckSetup): SenderContext {
  const registry = services.brands;
  const detector = services.senderDetector ?? senderLookalikeDetector(registry, config.sender, services.freemail);
  return { config: config.sender, registry, detector, freemail: services.freemail, tenantHosts: services.linkLists.tenantHosts, suspiciousTlds: services.linkLists.suspiciousTlds, qrLimits: config.links.qr };
}

/**
 * The lookalike detector of the sender checks (and of `spamlab lookalike`): the registry's brands protected,
 * free-mail providers never reported. A provider's country domains share the brand's label (`yahoo.co.uk`,
 * `yahoo.fr` beside the protected `yahoo.co.jp`) and millions of people write from them; calling them a
 * TLD swap of the brand made ordinary personal mail phishing. Who really writes from such a domain is the
 * authentication checks' question, as for any free-mail address.
 */
export function senderLookalikeDetector(registry: BrandRegistry, sender: SenderConfig, freemail: Iterable<string>): LookalikeDetector {
  return detectorFor(registry, { ...sender.lookalike, ignore: [...sender.lookalike.ignore, ...freemail] });
}
