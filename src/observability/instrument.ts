import type { ScanItem } from '../scan/pool.js';
import type { ScanOutcome } from '../scan/report.js';
import type { ScanVia, SpamlabMetrics } from './metrics.js';

/**
 * The scan service with every scan counted and timed under `via`. Rejections (a Scanner may throw; a pool
 * never does) count as scan errors and are re-thrown.
 * @example const apiScanner = instrumentScanner(pool, metrics, 'api');
 */
export function instrumentScanner(service: { scan(item: ScanItem): Promise<ScanOutcome> | ScanOutcome }, metrics: SpamlabMetrics, via: ScanVia): { scan(item: ScanItem): Promise<ScanOutcome> } {
  return {
    async scan(item) {
      const started = performance.now();
      try {
        const outcome = await service.scan(item);
        metrics.observeScan(outcome, (performance.now() - started) / 1000, via);
        return outcome;
      } catch (err) {
        metrics.observeScan({ source: item.source, error: String(err) }, (performance.now() - started) / 1000, via);
        throw err;
      }
    },
  };
}
