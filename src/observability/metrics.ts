/**
 * spamlab's Prometheus metrics (prom-client), one registry per process component so that tests and several
 * servers in one process never collide on prom-client's global registry.
 *
 * Label values are bounded sets only (verdicts, actions, the way a message came in, a component name):
 * never a sender, an address, a host or a path, which would grow the series without bound.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ScanOutcome } from '../scan/report.js';

/** How a message reached the scanner: the `via` label of the scan metrics. */
export type ScanVia = 'api' | 'milter' | 'spamd' | 'worker' | 'ingest';

/** Job counts per queue state, as the queue reports them (waiting, active, delayed, failed, dead, …). */
export type QueueDepthSource = () => Promise<Record<string, number>> | Record<string, number>;

export interface SpamlabMetrics {
  readonly registry: Registry;
  readonly messagesScanned: Counter<'verdict' | 'via'>;
  readonly scanDuration: Histogram<'via'>;
  readonly scanErrors: Counter<'via'>;
  /** Errors of any component that did not fail a scan (a store write, a policy decision, a queue job). */
  readonly errors: Counter<'component'>;
  readonly storeWriteDuration: Histogram<'store'>;
  readonly queueJobs: Gauge<'queue' | 'state'>;
  readonly policyDecisions: Counter<'action'>;
  readonly policyDecisionDuration: Histogram;
  readonly policyFailures: Counter<'answered'>;
  /** Records one scan outcome (a report or a `{source, error}`) and how long it took. */
  observeScan(outcome: ScanOutcome, seconds: number, via: ScanVia): void;
  /** Runs one store write, timing it and counting its failure (the error is re-thrown). */
  timeStoreWrite<T>(store: 'sqlite' | 'postgres', write: () => Promise<T>): Promise<T>;
  /**
   * Makes `spamlab_queue_jobs{queue,state}` report this queue's counts at every scrape (the queue engineer's
   * worker and producer register theirs). A failing source is counted as a `queue` error, not a failed scrape.
   */
  registerQueueDepth(queue: string, source: QueueDepthSource): void;
  /** Records one policy-server answer: its first word is the action (DUNNO, DEFER, HOLD, REJECT, …). */
  observePolicyDecision(answer: string, seconds: number, failed: boolean): void;
}

export interface MetricsOptions {
  /** Also export Node's process metrics (CPU, memory, event-loop lag, GC) with the `spamlab_` prefix. Default true. */
  processMetrics?: boolean;
}

const SCAN_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];
/** The policy server's target is a p99 under 5 ms: buckets fine around it. */
const POLICY_BUCKETS = [0.00025, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.1, 1];
const POLICY_ACTIONS = new Set(['DUNNO', 'DEFER', 'DEFER_IF_PERMIT', 'HOLD', 'REJECT', 'OK', 'PREPEND', 'WARN', 'DISCARD']);

/**
 * A fresh registry with every spamlab metric defined.
 * @example const metrics = createMetrics(); metrics.observeScan(report, 0.012, 'api'); await metrics.registry.metrics();
 */
export function createMetrics(options: MetricsOptions = {}): SpamlabMetrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'spamlab_' });
  const registers = [registry];
  const messagesScanned = new Counter({ name: 'spamlab_messages_scanned_total', help: 'Messages scanned, by verdict and by how they came in', labelNames: ['verdict', 'via'] as const, registers });
  const scanDuration = new Histogram({ name: 'spamlab_scan_duration_seconds', help: 'Time from handing a message to the scanner to its report (queueing in the scan pool included)', labelNames: ['via'] as const, buckets: SCAN_BUCKETS, registers });
  const scanErrors = new Counter({ name: 'spamlab_scan_errors_total', help: 'Messages that could not be scanned (unreadable, time-out, worker failure)', labelNames: ['via'] as const, registers });
  const queueSources = new Map<string, QueueDepthSource>();
  // Every metric of a scrape is collected at once: the error counter waits for the same queue read as the
  // gauge, so a failed read shows in the scrape it happened in.
  let reading: Promise<[string, Record<string, number>][]> | undefined;
  const readQueues = (): Promise<[string, Record<string, number>][]> =>
    (reading ??= (async () => {
      const out: [string, Record<string, number>][] = [];
      for (const [queue, source] of queueSources) {
        try {
          out.push([queue, await source()]);
        } catch {
          errors.inc({ component: 'queue' });
        }
      }
      return out;
    })().finally(() => (reading = undefined)));
  const errors: Counter<'component'> = new Counter({
    name: 'spamlab_errors_total', help: 'Errors outside the scan itself, by component', labelNames: ['component'] as const, registers,
    async collect() {
      if (queueSources.size) await readQueues();
    },
  });
  const storeWriteDuration = new Histogram({ name: 'spamlab_store_write_duration_seconds', help: 'Time of one store write (a message or a batch, indexers included)', labelNames: ['store'] as const, buckets: STORE_BUCKETS, registers });
  const queueJobs = new Gauge({
    name: 'spamlab_queue_jobs',
    help: 'Jobs in the scan queue, by queue and state (read from the queue at every scrape)',
    labelNames: ['queue', 'state'] as const,
    registers,
    async collect() {
      const read = await readQueues();
      this.reset();
      for (const [queue, counts] of read) for (const [state, n] of Object.entries(counts)) this.set({ queue, state }, n);
    },
  });
  const policyDecisions = new Counter({ name: 'spamlab_outbound_policy_decisions_total', help: 'Answers of the Postfix policy server, by action', labelNames: ['action'] as const, registers });
  const policyDecisionDuration = new Histogram({ name: 'spamlab_outbound_policy_decision_seconds', help: 'Time to answer one policy request', buckets: POLICY_BUCKETS, registers });
  const policyFailures = new Counter({ name: 'spamlab_outbound_policy_failures_total', help: 'Policy decisions that failed or timed out, by the configured fail answer given instead', labelNames: ['answered'] as const, registers });

  return {
    registry, messagesScanned, scanDuration, scanErrors, errors, storeWriteDuration, queueJobs, policyDecisions, policyDecisionDuration, policyFailures,
    observeScan(outcome, seconds, via) {
      scanDuration.observe({ via }, seconds);
      if ('error' in outcome) scanErrors.inc({ via });
      else messagesScanned.inc({ verdict: outcome.verdict, via });
    },
    async timeStoreWrite(store, write) {
      const end = storeWriteDuration.startTimer({ store });
      try {
        return await write();
      } catch (err) {
        errors.inc({ component: 'store' });
        throw err;
      } finally {
        end();
      }
    },
    registerQueueDepth(queue, source) {
      queueSources.set(queue, source);
    },
    observePolicyDecision(answer, seconds, failed) {
      const word = answer.split(' ', 1)[0]!.toUpperCase();
      const action = POLICY_ACTIONS.has(word) ? word : 'other';
      policyDecisions.inc({ action });
      policyDecisionDuration.observe(seconds);
      if (failed) policyFailures.inc({ answered: action });
    },
  };
}

/** The content type of the text exposition format the registry writes. */
export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;
