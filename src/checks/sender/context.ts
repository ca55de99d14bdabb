import { detectorFor } from '../../brands/detector.js';
import type { BrandRegistry } from '../../brands/registry.js';
import type { LookalikeDetector } from '../../lookalike/detector.js';
import type { CheckSetup } from '../types.js';
import type { SenderConfig } from './config.js';

/** What the sender checks share, built once per process: the brands, the detector, the free-mail list. */
export interface SenderContext {
  config: SenderConfig;
  registry: BrandRegistry;
  detector: LookalikeDetector;
  freemail: ReadonlySet<string>;
}

export function buildSenderContext({ config, services }: CheckSetup): SenderContext {
  const registry = services.brands;
  const detector = detectorFor(registry, config.sender.lookalike);
  return { config: config.sender, registry, detector, freemail: services.freemail };
}
