import { LookalikeDetector, type DetectorOptions } from '../lookalike/detector.js';
import type { BrandRegistry } from './registry.js';

/**
 * A lookalike detector protecting every official domain of the registry's brands (the lookalike engine
 * knows domains, not brands; this joins the two, so the dependency points one way: brands → lookalike).
 * @example detectorFor(buildBrandRegistry([], true)).detect('trendmicro-support.com')?.technique // 'combosquatting'
 */
export function detectorFor(registry: BrandRegistry, options: Partial<DetectorOptions> = {}): LookalikeDetector {
  return new LookalikeDetector(registry.protectedDomains(), options, registry.ownDomains());
}
