/**
 * Readiness probes every process shape shares (serve, worker): the scanner answers and its classifier model
 * is loaded. A store's probe is one query (`SELECT 1`), written where the store is at hand.
 */
import type { ScanItem } from '../scan/pool.js';
import type { ScanOutcome } from '../scan/report.js';
import { upOnceReached, type DependencyCheck } from './health.js';

/** A tiny message the scanner judges without any network (no links, no attachments, an .invalid domain). */
const PROBE = new TextEncoder().encode('From: probe@readiness.invalid\r\nTo: probe@readiness.invalid\r\nSubject: readiness probe\r\nMessage-ID: <probe@readiness.invalid>\r\n\r\nreadiness probe\r\n');

/**
 * `model`: up once one probe message was scanned with the classifier model loaded (the scan workers load it
 * when they start; a missing or corrupt model shows as CONTENT_CLASSIFIER_UNAVAILABLE on every scan).
 * With the classifier switched off, the probe only checks that the scanner answers.
 * @example readiness.push(modelReadiness(scanner, config.content.classifier.enabled));
 */
export function modelReadiness(scanner: { scan(item: ScanItem): Promise<ScanOutcome> | ScanOutcome }, classifierEnabled: boolean): DependencyCheck {
  return upOnceReached({
    name: 'model',
    async check() {
      const outcome = await scanner.scan({ source: 'readiness-probe', raw: PROBE });
      if ('error' in outcome) throw new Error(`the scanner failed: ${outcome.error}`);
      if (!classifierEnabled) return { detail: 'classifier disabled' };
      const unavailable = outcome.findings.find((f) => f.id === 'CONTENT_CLASSIFIER_UNAVAILABLE');
      if (unavailable) throw new Error(`no classifier model: ${unavailable.evidence ?? ''}`);
      return { detail: 'loaded' };
    },
  });
}

/** `store`: one trivial query. */
export function storeReadiness(store: { get(sql: string): Promise<unknown> }): DependencyCheck {
  return { name: 'store', check: async () => void (await store.get('SELECT 1')) };
}
