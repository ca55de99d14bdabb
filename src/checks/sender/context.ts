import { registryFor, type BrandRegistry } from '../../brands/registry.js';
import type { Brand } from '../../brands/types.js';
import { detectorFor } from '../../lookalike/default.js';
import type { LookalikeDetector } from '../../lookalike/detector.js';
import type { CheckSetup } from '../types.js';
import type { SenderConfig } from './config.js';
import { loadFreemailDomains } from './freemail.js';

/** What the sender checks share, built once per process: the brands, the detector, the free-mail list. */
export interface SenderContext {
  config: SenderConfig;
  registry: BrandRegistry;
  detector: LookalikeDetector;
  freemail: ReadonlySet<string>;
}

export function buildSenderContext(setup: CheckSetup): SenderContext {
  const config = setup.config.sender;
  const registry = registryFor(config.brands as Brand[], config.defaultBrands);
  const detector = detectorFor(registry, config.lookalike);
  const freemail = loadFreemailDomains(config.listsDir, config.freemailDomains);
  return { config, registry, detector, freemail };
}
