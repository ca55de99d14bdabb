import { buildBrandRegistry } from '../brands/registry.js';
import type { Brand } from '../brands/types.js';
import type { ChecksConfig } from '../checks/config.js';
import { freemailDomains } from '../checks/sender/freemail.js';
import type { Services } from '../core/services.js';
import { buildLinkLists } from '../links/lists/index.js';

/**
 * Services for tests that create checks or families directly: the brands and free-mail extras of
 * `config` (else the shipped data only), the shipped link lists, no known-bad hashes, no network, a fixed
 * clock unless given; anything passed replaces the default. Synchronous and file-free: a test of what the
 * runtime reads from files uses src/runtime's buildServices instead.
 * @example const checks = linksFamily.create({ config, services: testServices({ dns }) });
 */
export function testServices(overrides: Partial<Services> = {}, config?: ChecksConfig): Services {
  return {
    now: () => new Date('2026-01-01T00:00:00Z'),
    brands: buildBrandRegistry((config?.sender.brands ?? []) as Brand[], config?.sender.defaultBrands ?? true),
    freemail: freemailDomains(config?.sender.freemailDomains ?? []),
    linkLists: buildLinkLists(),
    knownBadHashes: new Set(config?.attachments.knownBadHashes.map((h) => h.toLowerCase()) ?? []),
    ...(Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<Services>),
  };
}
