/**
 * The scanner as the composition root builds it, in a module of its own: what a scan worker thread (and an
 * in-process scan) loads through ./scanner-module.ts. It imports only the services the scan uses, not the
 * outbound state, stores or queues that ./index.ts also offers (ioredis, pg, better-sqlite3: ~50–100 ms
 * of start-up a one-message `spamlab scan` would pay for nothing).
 */
import type { SpamlabConfig } from '../config/schema.js';
import type { Services } from '../core/services.js';
import type { ScoreEntry } from '../core/finding.js';
import type { CheckFamily } from '../checks/types.js';
import { Scanner } from '../scan/engine.js';
import { buildServices } from './services.js';

export interface CreateScannerOptions {
  config: SpamlabConfig;
  /** Services to use instead of building them (tests inject fakes, a fixed clock, a model). */
  services?: Partial<Services>;
  /** Defaults to every shipped family; tests pass a subset. */
  families?: readonly CheckFamily[];
  /** Score-table rows; defaults to the finding catalogue (src/rules). */
  catalogue?: readonly ScoreEntry[];
  /** Compute `ScanReport.fingerprint` (campaign clustering of stored results); off for plain scans. */
  fingerprint?: boolean;
}

/**
 * A scanner with every service its configuration asks for.
 * @example const scanner = await createScanner({ config: defaultConfig() }); await scanner.scan({ raw, source: 'x.eml' });
 */
export async function createScanner(options: CreateScannerOptions): Promise<Scanner> {
  const services = await buildServices(options.config, options.services);
  return new Scanner({
    config: options.config,
    services,
    ...(options.families ? { families: options.families } : {}),
    ...(options.catalogue ? { catalogue: options.catalogue } : {}),
    ...(options.fingerprint ? { fingerprint: true } : {}),
  });
}

