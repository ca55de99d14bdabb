/**
 * A scanner module for the scan pool that throws on messages carrying `X-Test-Crash: yes` and scans the
 * rest with the real scanner: a stand-in for a check that crashes on one hostile message.
 */
import type { SpamlabConfig } from '../../config/schema.js';
import { createScanner as createRealScanner } from '../../runtime/scanner-module.js';
import type { ScanInput } from '../../scan/engine.js';
import type { ScannerModuleOptions } from '../../scan/pool.js';

export async function createScanner(config: SpamlabConfig, options: ScannerModuleOptions = {}) {
  const real = await createRealScanner(config, options);
  return {
    scan(input: ScanInput) {
      if (Buffer.from(input.raw).includes('X-Test-Crash: yes')) throw new Error('a check crashed on this message (test)');
      return real.scan(input);
    },
  };
}
