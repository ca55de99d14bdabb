import type { SourceItem } from '../mail/sources/types.js';
import type { Store, StoredError } from '../store/types.js';
import { sha256Hex, type ScanJobData, type ScanQueue } from './jobs.js';
import { isTransientStoreError } from './store-retry.js';

export interface EnqueueOptions {
  queue: ScanQueue;
  /** Opens the input (again, for a re-drive): openSources(paths, …). */
  open(): AsyncIterable<SourceItem>;
  /**
   * Send a path instead of the bytes for messages that are a whole file (workers must see the same
   * files at the same paths); messages of an mbox or stdin are always sent as bytes.
   */
  byReference?: boolean;
  /** The store the workers write to: messages already there are not enqueued, and `wait` reconciles against it. */
  store?: Store;
  /** Wait until every enqueued message is stored or dead-lettered, re-driving what Redis lost (needs `store`). */
  wait?: boolean;
  /** Jobs added per round trip (default 100). */
  chunk?: number;
  /** How often to look at the queue while it is full, and at the store while waiting (default 250 ms, growing to 2 s while waiting). */
  pollMs?: number;
  /**
   * When nothing reached the store for this long while jobs should be in Redis, look at each job (a
   * Redis that lost keys without restarting). Default 15 s.
   */
  stuckMs?: number;
  onProgress?(counts: EnqueueCounts): void;
  /** Aborted: stop reading, return what was done (jobs already added stay queued). */
  signal?: AbortSignal;
}

export interface EnqueueCounts {
  /** Messages read from the input. */
  read: number;
  /** Jobs added (a message added again by a re-drive counts again). */
  enqueued: number;
  /** Of those, sent as a path (--by-reference). */
  byReference: number;
  /** Messages the store already held: not enqueued. */
  alreadyStored: number;
  /** The same content twice in the input: enqueued once. */
  repeated: number;
  /** Items that could not be read (kept as error rows in the store when there is one). */
  readErrors: number;
  /** Highest number of jobs seen waiting in Redis (the back-pressure bound holds it at about maxWaiting). */
  peakWaiting: number;
  /** Enqueued messages found in the store (while waiting). */
  stored: number;
  /** Enqueued messages in the dead-letter list at the end. */
  deadLettered: number;
  /** Times a Redis restart (or lost keys) was noticed, and messages enqueued again because of it. */
  redisRestarts: number;
  redriven: number;
  /**
   * Lost and not re-drivable: read from stdin, vanished from the input since, or re-driven three times and
   * acknowledged each time without reaching the store (the workers write to another store than this one).
   */
  lost: number;
  /** True when every enqueued message is accounted for (stored or dead-lettered). */
  settled: boolean;
}

const delay = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/**
 * Enqueues every message of the input for the workers, with back-pressure: while `queue.maxWaiting`
 * jobs wait in Redis the producer waits too, so Redis holds a bounded number of messages whatever the
 * input size. With `wait` it then watches the store until every message it enqueued is stored or
 * dead-lettered.
 *
 * Redis here keeps nothing on disk: a restart loses every queued job. The producer remembers the hash of
 * each message it enqueued, notices a restart (Redis's run id changes) or a job missing from Redis that
 * never reached the store, and enqueues those messages again from the input (counted in `redriven`).
 * Acknowledged work is never lost: a job leaves Redis only after its worker's store transaction
 * committed, and the store, not Redis, is what the producer reconciles against.
 * @example await enqueueSources({ queue, open: () => openSources(paths, { maxMessageBytes }), store, wait: true });
 */
export async function enqueueSources(options: EnqueueOptions): Promise<EnqueueCounts> {
  const { queue, store } = options;
  const maxWaiting = queue.settings.maxWaiting;
  const chunkSize = Math.max(1, Math.min(options.chunk ?? 100, maxWaiting));
  const pollMs = options.pollMs ?? 250;
  const counts: EnqueueCounts = {
    read: 0, enqueued: 0, byReference: 0, alreadyStored: 0, repeated: 0, readErrors: 0, peakWaiting: 0,
    stored: 0, deadLettered: 0, redisRestarts: 0, redriven: 0, lost: 0, settled: false,
  };
  const progress = () => options.onProgress?.(counts);
  if (store) await store.messages.ensureSchema();
  // The store may drop a connection while the producer waits (a restart, a fail-over): asked again, not fatal.
  const existing = async (hashes: string[]): Promise<Set<string>> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return store ? await store.messages.existing(hashes) : new Set();
      } catch (err) {
        if (!isTransientStoreError(err) || attempt >= 20) throw err;
        await delay(Math.min(100 * 2 ** attempt, 5_000));
      }
    }
  };
  let runId = await queue.serverRunId();
  /**
   * Hashes of the messages enqueued and not yet seen stored. Hashes only: a re-drive reads the input again
   * and finds the messages by hash, so keeping each one's source as well (a Map of paths) nearly tripled the
   * producer's memory per message (≈ 310 → 115 bytes with Maildir paths, measured at 300,000).
   */
  const outstanding = new Set<string>();
  const seen = new Set<string>();

  const job = (item: { source: string; raw: Uint8Array; fullSize?: number }, hash: string): ScanJobData => {
    const data: ScanJobData = { source: item.source, hash };
    if (item.fullSize !== undefined) data.fullSize = item.fullSize;
    // A whole file (its source is its path, not `path#N`) can be read by the worker itself.
    if (options.byReference && item.fullSize === undefined && item.source !== 'stdin' && !/#\d+$/.test(item.source)) data.path = item.source;
    else data.raw = Buffer.from(item.raw.buffer, item.raw.byteOffset, item.raw.byteLength).toString('base64');
    return data;
  };

  /** Waits until Redis has room for `n` more jobs; returns how many may be added now (≥ 1). */
  const room = async (n: number): Promise<number> => {
    for (;;) {
      const c = await queue.counts();
      const waiting = c.waiting + c.delayed;
      counts.peakWaiting = Math.max(counts.peakWaiting, waiting);
      if (waiting < maxWaiting) return Math.min(n, maxWaiting - waiting);
      progress();
      if (options.signal?.aborted) return 0;
      await delay(pollMs, options.signal);
    }
  };

  const addAll = async (jobs: ScanJobData[]) => {
    let i = 0;
    while (i < jobs.length) {
      const n = await room(jobs.length - i);
      if (n === 0) return;
      const part = jobs.slice(i, i + n);
      await queue.add(part);
      for (const j of part) {
        outstanding.add(j.hash);
        counts.enqueued++;
        if (j.path) counts.byReference++;
      }
      i += n;
      progress();
    }
  };

  let pending: { source: string; raw: Uint8Array; fullSize?: number; hash: string }[] = [];
  let errors: StoredError[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    const known = await existing(batch.map((b) => b.hash));
    counts.alreadyStored += batch.filter((b) => known.has(b.hash)).length;
    await addAll(batch.filter((b) => !known.has(b.hash)).map((b) => job(b, b.hash)));
    if (store && errors.length) await store.messages.insertBatch({ messages: [], errors });
    errors = [];
  };

  for await (const item of options.open()) {
    if (options.signal?.aborted) break;
    if ('error' in item) {
      counts.readErrors++;
      errors.push({ source: item.source, error: item.error, at: Date.now() });
      continue;
    }
    counts.read++;
    const hash = sha256Hex(item.raw);
    if (seen.has(hash)) {
      counts.repeated++;
      continue;
    }
    seen.add(hash);
    pending.push({ ...item, hash });
    if (pending.length >= chunkSize) await flush();
  }
  await flush();
  progress();
  if (!options.wait || !store || options.signal?.aborted) return counts;

  // Reconcile: wait for the store, re-drive what Redis lost.
  const dead = new Set<string>();
  const redrives = new Map<string, number>();
  let lastProgress = Date.now();
  let interval = pollMs;
  const stuckMs = options.stuckMs ?? 15_000;
  for (;;) {
    const hashes = [...outstanding].filter((h) => !dead.has(h));
    const stored = await existing(hashes);
    for (const h of stored) outstanding.delete(h);
    counts.stored += stored.size;
    if (stored.size) {
      lastProgress = Date.now();
      interval = pollMs;
    }
    const left = [...outstanding];
    const c = await queue.counts();
    const currentRunId = await queue.serverRunId();
    const restarted = currentRunId !== runId;
    if (restarted) {
      counts.redisRestarts++;
      runId = currentRunId;
    }
    const idle = c.waiting + c.active + c.delayed === 0;
    if (left.length && (restarted || idle || Date.now() - lastProgress > stuckMs)) {
      const states = await queue.states(left);
      dead.clear();
      const missing: string[] = [];
      for (const [h, state] of states) {
        if (state === 'failed') dead.add(h);
        else if (state === 'unknown' || state === 'completed') missing.push(h);
      }
      // A job leaves Redis after its write committed: look at the store again before calling it lost.
      const storedSince = await existing(missing);
      for (const h of storedSince) outstanding.delete(h);
      counts.stored += storedSince.size;
      const lost = new Set(missing.filter((h) => !storedSince.has(h)));
      if (lost.size) {
        if (!restarted) counts.redisRestarts++;
        await redrive(lost);
        lastProgress = Date.now();
      }
    }
    counts.deadLettered = [...outstanding].filter((h) => dead.has(h)).length;
    progress();
    if (outstanding.size === counts.deadLettered) break;
    if (options.signal?.aborted) return counts;
    await delay(interval, options.signal);
    interval = Math.min(interval * 2, 2_000);
  }
  counts.settled = true;
  return counts;

  async function redrive(lost: Set<string>): Promise<void> {
    for (const h of lost) {
      const n = (redrives.get(h) ?? 0) + 1;
      redrives.set(h, n);
      if (n > 3) {
        lost.delete(h);
        outstanding.delete(h);
        counts.lost++;
      }
    }
    const jobs: ScanJobData[] = [];
    const found = new Set<string>();
    for await (const item of options.open()) {
      if ('error' in item) continue;
      const hash = sha256Hex(item.raw);
      if (!lost.has(hash) || found.has(hash)) continue;
      found.add(hash);
      jobs.push(job(item, hash));
      if (jobs.length >= chunkSize) await addAll(jobs.splice(0));
    }
    await addAll(jobs);
    counts.redriven += found.size;
    for (const h of lost) {
      if (found.has(h)) continue;
      // Read from stdin, or gone from the input: nothing to send again. Counted, never silently dropped.
      outstanding.delete(h);
      counts.lost++;
    }
  }
}
