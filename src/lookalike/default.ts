import { registryFor, type BrandRegistry } from '../brands/registry.js';
import { LookalikeDetector, type DetectorOptions, type LookalikeMatch } from './detector.js';

let shared: LookalikeDetector | undefined;

/**
 * A detector over the shipped brand registry, built once on first use.
 * @example defaultDetector().detect('trendmicro-support.com')?.technique // 'combosquatting'
 */
export function defaultDetector(): LookalikeDetector {
  shared ??= detectorFor(registryFor([], true));
  return shared;
}

/** A detector protecting every official domain of the registry's brands. */
export function detectorFor(registry: BrandRegistry, options: Partial<DetectorOptions> = {}): LookalikeDetector {
  return new LookalikeDetector(registry.protectedDomains(), options, registry.ownDomains());
}

/**
 * Whether a domain (or host) imitates a shipped brand's domain; for other families (links) that want the
 * same answer without building their own registry.
 * @example detectLookalike('xn--pple-43d.com')?.technique // 'idn-homograph'
 */
export function detectLookalike(domain: string): LookalikeMatch | null {
  return defaultDetector().detect(domain);
}
