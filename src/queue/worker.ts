import { Worker, type Job } from 'bullmq';
import type { SpamlabConfig } from '../config/schema.js';
import { openSources } from '../mail/sources/index.js';
import type { ScanPool } from '../scan/pool.js';
import { isScanError } from '../scan/report.js';
import type { Verdict } from '../score/types.js';
import { toStoredMessage, type MessageIndexer, type Store, type StoredError, type StoredMessage } from '../store/index.js';
import type { SpamlabMetrics } from '../observability/index.js';
import { QUEUE_NAME, type QueueAddress } from './address.js';
import { sha256Hex, type ScanJobData } from './jobs.js';
import { isTransientStoreError } from './store-retry.js';

export interface QueueWorkerOptions {
  address: QueueAddress;
  settings: SpamlabConfig['queue'];
  store: Store;
  /** The scan pool (src/runtime createScanPool): the worker uses this machine's cores through it. */
  pool: ScanPool;
  /** storeIndexers() of src/runtime: trend rollups and campaigns in the insert transaction, as ingest does. */
  indexers: readonly MessageIndexer[];
  configVersion: string;
  modelVersion: string | null;
  maxMessageBytes: number;
  /** Messages per store transaction (default 200). */
  batchSize?: number;
  /** Jobs held at once (default: 8 per scan thread, at least 16): enough to keep the pool busy while a batch commits. */
  concurrency?: number;
  /**
   * A batch is written after waiting this long for more scans (default 200 ms), unless every held job is
   * already waiting for it. PostgreSQL's cost is mostly per transaction (the campaign indexer's reads): with
   * 50 ms a one-thread worker committed 1.6 messages per transaction and PostgreSQL spent 2.5 CPU ms per
   * message, against 1.0 ms at 15 messages per transaction (bench:scale).
   */
  lingerMs?: number;
  /** Keep raw messages up to this many bytes each (undefined: not kept). */
  keepRawBytes?: number;
  log?: WorkerLog;
  /** Prometheus metrics of this process (src/observability): scans, store writes, failed jobs. */
  metrics?: SpamlabMetrics;
  /** Called after each committed batch and each failed attempt (progress, metrics). */
  onChange?(counts: WorkerCounts): void;
  now?: () => number;
}

export type WorkerLog = (level: 'info' | 'warn' | 'error', fields: Record<string, unknown>, message: string) => void;

export interface WorkerCounts {
  /** Jobs taken from the queue (a redelivered job counts again). */
  received: number;
  scanned: number;
  /** Messages newly stored by this worker. */
  stored: number;
  /** Messages the store already held (a redelivered job whose first write committed, or the same content twice). */
  duplicates: number;
  verdicts: Record<Verdict, number>;
  /** Failed attempts (retried later), and jobs that ran out of attempts (dead-lettered). */
  failedAttempts: number;
  deadLettered: number;
  batches: number;
  /** Store writes tried again after a lost connection or a deadlock. */
  storeRetries: number;
}

export interface QueueWorker {
  readonly counts: WorkerCounts;
  /**
   * Graceful: takes no new job, finishes the jobs it holds (scans them, commits them, acknowledges them),
   * then returns. `force`: stops at once; the jobs it held go back to the queue when their lock expires.
   */
  close(force?: boolean): Promise<void>;
  /** True while no job is held and no batch is being written. */
  idle(): boolean;
}

interface Entry {
  message?: StoredMessage;
  raw?: Uint8Array;
  error?: StoredError;
  resolve(result: 'stored' | 'duplicate'): void;
  reject(err: unknown): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A queue worker: takes scan jobs from Redis, scans them on the pool, and writes the results through the
 * store in batches (one transaction each, with the indexers). A job is acknowledged only after the
 * transaction holding its message committed, so:
 * - killed at any point (SIGKILL), its jobs' locks expire and another worker redoes them; what was
 *   committed before the kill is found already stored (content hash), so nothing is stored twice;
 * - a lost store connection is retried with backoff while the jobs stay held (locks renewed), never
 *   failed: a store outage does not burn attempts or fill the dead-letter list;
 * - a scan that throws, crashes its thread or times out fails only its own job (retried with backoff;
 *   after `attempts` it is dead-lettered and kept as an error row by source); the rest of the batch goes on.
 * @example const worker = startQueueWorker({ address, settings: config.queue, store, pool, indexers: storeIndexers(), … });
 */
export function startQueueWorker(options: QueueWorkerOptions): QueueWorker {
  const now = options.now ?? Date.now;
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const concurrency = Math.max(1, options.concurrency ?? Math.max(16, options.pool.maxInFlight * 2));
  const lingerMs = options.lingerMs ?? 200;
  const log: WorkerLog = options.log ?? (() => undefined);
  const counts: WorkerCounts = {
    received: 0, scanned: 0, stored: 0, duplicates: 0, verdicts: { clean: 0, spam: 0, phishing: 0, malware: 0 },
    failedAttempts: 0, deadLettered: 0, batches: 0, storeRetries: 0,
  };
  let held = 0;
  let forced = false;

  // ------------------------------------------------------------------------------------ batching
  let buffer: Entry[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let writes = 0;
  /** Entries of batches handed to the store and not yet settled. */
  let inWrite = 0;

  const enqueueWrite = (entry: Omit<Entry, 'resolve' | 'reject'>): Promise<'stored' | 'duplicate'> =>
    new Promise((resolve, reject) => {
      buffer.push({ ...entry, resolve, reject });
      // Every held job is waiting for a commit: nothing more will come before one, write now.
      if (buffer.length >= batchSize || buffer.length + inWrite >= held) flush();
      else timer ??= setTimeout(flush, lingerMs);
    });

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (buffer.length === 0) return;
    const batch = buffer.splice(0, batchSize);
    if (buffer.length) timer = setTimeout(flush, 0);
    writes++;
    inWrite += batch.length;
    // One transaction at a time per worker: results arriving meanwhile make the next batch larger.
    writing = writing
      .then(() => write(batch))
      .finally(() => {
        writes--;
        inWrite -= batch.length;
      });
  }

  async function write(batch: Entry[]): Promise<void> {
    try {
      const inserted = await insertWithRetry(batch);
      for (const e of batch) e.resolve(e.message && inserted.has(e.message.hash) ? 'stored' : 'duplicate');
    } catch (err) {
      if (batch.length === 1 || isTransientStoreError(err)) {
        for (const e of batch) e.reject(err);
        return;
      }
      // One message the store refuses must not fail the others: write them one by one.
      log('warn', { err: (err as Error).message, size: batch.length }, 'batch refused by the store: writing its messages one by one');
      for (const e of batch) await write([e]);
    }
  }

  async function insertWithRetry(batch: Entry[]): Promise<Set<string>> {
    const messages = batch.flatMap((e) => (e.message ? [e.message] : []));
    // Rows locked in hash order in every worker: two workers' batches cannot deadlock on the messages table.
    messages.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    const errors = batch.flatMap((e) => (e.error ? [e.error] : []));
    const raw = new Map(batch.flatMap((e) => (e.message && e.raw ? [[e.message.hash, e.raw] as const] : [])));
    for (let attempt = 0; ; attempt++) {
      try {
        const insert = () => options.store.messages.insertBatch({ messages, errors, ...(raw.size ? { raw } : {}) }, { indexers: options.indexers });
        const result = options.metrics ? await options.metrics.timeStoreWrite(options.store.dialect, insert) : await insert();
        counts.batches++;
        counts.stored += result.inserted.length;
        counts.duplicates += messages.length - result.inserted.length;
        options.onChange?.(counts);
        return new Set(result.inserted.map((m) => m.hash));
      } catch (err) {
        if (!isTransientStoreError(err) || forced) throw err;
        counts.storeRetries++;
        const wait = Math.min(100 * 2 ** attempt, 5_000);
        log('warn', { err: (err as Error).message, attempt: attempt + 1, retryInMs: wait, messages: messages.length }, 'store write failed; retrying (jobs stay held)');
        await sleep(wait);
      }
    }
  }

  // ---------------------------------------------------------------------------------- processing
  async function readMessage(data: ScanJobData): Promise<Uint8Array> {
    if (data.raw !== undefined) return new Uint8Array(Buffer.from(data.raw, 'base64'));
    if (!data.path) throw new Error('the job carries neither a message nor a path');
    for await (const item of openSources([data.path], { maxMessageBytes: options.maxMessageBytes })) {
      if ('error' in item) throw new Error(`cannot read ${data.path}: ${item.error}`);
      return item.raw;
    }
    throw new Error(`cannot read ${data.path}: no message in it`);
  }

  async function process(job: Job<ScanJobData>): Promise<string> {
    counts.received++;
    held++;
    const data = job.data;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const raw = await readMessage(data);
      const hash = sha256Hex(raw);
      if (hash !== data.hash) throw new Error(`${data.path ? `${data.path} changed since it was enqueued` : 'the message was damaged in the queue'} (sha256 ${hash.slice(0, 12)}…, expected ${data.hash.slice(0, 12)}…)`);
      // The pool transfers the bytes to its thread: a copy to keep is taken first.
      const kept = options.keepRawBytes !== undefined ? raw.slice(0, options.keepRawBytes) : undefined;
      const scanStarted = performance.now();
      const outcome = await options.pool.scan({ source: data.source, raw, ...(data.fullSize !== undefined ? { fullSize: data.fullSize } : {}), ...(data.envelope ? { envelope: data.envelope } : {}) });
      options.metrics?.observeScan(outcome, (performance.now() - scanStarted) / 1000, 'worker');
      if (isScanError(outcome)) throw new Error(outcome.error);
      counts.scanned++;
      counts.verdicts[outcome.verdict]++;
      const message = toStoredMessage(outcome, { ingestedAt: now(), configVersion: options.configVersion, modelVersion: options.modelVersion });
      return await enqueueWrite({ message, ...(kept ? { raw: kept } : {}) });
    } catch (err) {
      if (isTransientStoreError(err) || forced) throw err;
      if (lastAttempt) {
        // Out of attempts: the job goes to the dead-letter list, and the store keeps an error row for its
        // source, as ingest does for an unreadable message (a later success clears it).
        const error: StoredError = { source: data.source, error: `${(err as Error).message} (dead-lettered after ${job.attemptsMade + 1} attempts; spamlab queue dead-letter show ${data.hash.slice(0, 12)})`, at: now() };
        await enqueueWrite({ error }).catch(() => undefined);
      }
      throw err;
    } finally {
      held--;
    }
  }

  const worker = new Worker<ScanJobData>(QUEUE_NAME, process, {
    connection: { ...options.address.redis, maxRetriesPerRequest: null },
    prefix: options.address.prefix,
    concurrency,
    lockDuration: options.settings.lockMs,
    stalledInterval: options.settings.stalledCheckMs,
    maxStalledCount: options.settings.maxStalled,
  });
  worker.on('error', (err) => log('warn', { err: err.message }, 'queue connection error (reconnecting)'));
  worker.on('failed', (job, err) => {
    counts.failedAttempts++;
    options.metrics?.errors.inc({ component: 'queue' });
    const dead = job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1);
    if (dead) counts.deadLettered++;
    log(dead ? 'error' : 'warn', { job: job?.id, source: job?.data.source, attempts: job?.attemptsMade, err: err.message }, dead ? 'message dead-lettered' : 'scan failed; will retry');
    options.onChange?.(counts);
  });

  return {
    counts,
    idle: () => held === 0 && writes === 0 && buffer.length === 0,
    async close(force = false) {
      forced = force;
      await worker.close(force);
      flush();
      await writing;
    },
  };
}
