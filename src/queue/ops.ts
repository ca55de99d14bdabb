import type { DependencyCheck, SpamlabMetrics } from '../observability/index.js';
import type { ScanQueue } from './jobs.js';

/**
 * The queue in /readyz (Redis answers) and in `spamlab_queue_jobs{queue="scan",state}` at every scrape
 * (waiting, active, delayed = due for retry, failed = dead letters), for `spamlab worker` and `serve --queue`.
 * @example const readiness = [storeReadiness(store), observeQueue(queue, metrics)];
 */
export function observeQueue(queue: ScanQueue, metrics?: SpamlabMetrics): DependencyCheck {
  metrics?.registerQueueDepth('scan', async () => ({ ...(await queue.counts()) }));
  return { name: 'queue', check: () => queue.alive() };
}
