/**
 * The composition root: configuration in, every service and the scanner out. The only place that turns
 * settings into things that read files, open sockets or ask a database (src/runtime/services.ts), so the
 * layers inside it (checks, score, scan) stay pure and testable with fakes. Adapters (CLI, HTTP server,
 * milter, spamd, policy server, queue workers) start here.
 *
 * @example
 * const runtime = await createRuntime(loadConfigFile('spamlab.yaml'));
 * const report = await runtime.scan(rawBytes, 'upload.eml');
 * const { action } = runtime.decide(report); // 'quarantine'
 * await runtime.close();
 */
import type { SpamlabConfig } from '../config/schema.js';
import type { Services } from '../core/services.js';
import { actionPolicyFrom, decideAction, type ActionDecision, type ActionPolicy } from '../rules/actions.js';
import { Scanner } from '../scan/engine.js';
import type { ScanPool, ScanPoolOptions } from '../scan/pool.js';
import { createScanPool } from './pool.js';
import type { Envelope } from '../mail/types.js';
import type { ScanReport } from '../scan/report.js';
import { buildServices } from './services.js';

export { createScanner, type CreateScannerOptions } from './scanner.js';

export { buildServices, createDnsResolver, linkListsFromDir, loadKnownBadHashes } from './services.js';
export { loadContentModel, shippedModelPath, SHIPPED_MODEL_RELATIVE } from './model.js';
export { storeIndexers } from './indexers.js';
export { createScanPool, SCANNER_MODULE } from './pool.js';

/** Everything one process needs to scan and act: services, the scanner, the action policy. */
export interface Runtime {
  readonly config: SpamlabConfig;
  readonly services: Services;
  readonly scanner: Scanner;
  readonly actions: ActionPolicy;
  /** Scans one raw message (bytes as received: RFC 5322, any charset). Never throws for content. */
  scan(raw: Uint8Array, source?: string, envelope?: Envelope): Promise<ScanReport>;
  /** What the action policy says to do with a scanned message. */
  decide(report: Pick<ScanReport, 'verdict' | 'score'>): ActionDecision;
  /** A pool of worker threads that build the same scanner (for batches). */
  pool(options: { threads: number } & Partial<Omit<ScanPoolOptions, 'config' | 'threads'>>): ScanPool;
  /** Releases what the services hold (connections, handles). */
  close(): Promise<void>;
}

/**
 * The runtime for a configuration: every service built once, the scanner over them, the action policy.
 * @example const runtime = await createRuntime(defaultConfig()); (await runtime.scan(bytes)).verdict
 */
export async function createRuntime(config: SpamlabConfig, injected: Partial<Services> = {}): Promise<Runtime> {
  const services = await buildServices(config, injected);
  const scanner = new Scanner({ config, services });
  const actions = actionPolicyFrom(config.actions);
  return {
    config,
    services,
    scanner,
    actions,
    scan: (raw, source = 'input', envelope) => scanner.scan({ raw, source, ...(envelope ? { envelope } : {}) }),
    decide: (report) => decideAction(actions, report),
    pool: (options) => createScanPool({ ...options, config }),
    close: async () => {},
  };
}
export { openOutboundState, isRedisLocation, type OpenedOutboundState } from './outbound-state.js';
