/**
 * What each scan worker thread loads (src/scan/pool.ts `ScannerModule`): the full scanner, built by the
 * composition root inside the worker from the configuration it was started with.
 */
import type { SpamlabConfig } from '../config/schema.js';
import type { Scanner } from '../scan/engine.js';
import type { ScannerModuleOptions } from '../scan/pool.js';
import { createScanner as create } from './scanner.js';

export function createScanner(config: SpamlabConfig, options: ScannerModuleOptions = {}): Promise<Scanner> {
  return create({ config, ...(options.fingerprint ? { fingerprint: true } : {}) });
}
