/**
 * Scale-out: scan jobs on a Redis-backed queue (BullMQ) consumed by any number of workers on any number
 * of machines, writing to one shared store (PostgreSQL). At-least-once delivery, idempotent writes keyed
 * by content hash, back-pressure, retries with a dead-letter list, reconcile after a Redis restart.
 *
 * - ./address.ts: the queue URL (`redis://host:port/db?prefix=name`);
 * - ./jobs.ts: what a job carries, and the queue as producers and the server see it;
 * - ./producer.ts: `spamlab ingest --queue` (back-pressure, reconcile against the store);
 * - ./worker.ts: `spamlab worker` (scan pool, batched store writes, acknowledgement after commit);
 * - ./dead-letters.ts: `spamlab queue dead-letter list|show|requeue|purge`.
 */
export { parseQueueUrl, queueUrlFrom, QueueAddressError, DEFAULT_PREFIX, QUEUE_NAME, type QueueAddress } from './address.js';
export { ScanQueue, sha256Hex, type ScanJobData, type QueueCounts } from './jobs.js';
export { enqueueSources, type EnqueueCounts, type EnqueueOptions } from './producer.js';
export { isTransientStoreError } from './store-retry.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions, type WorkerCounts, type WorkerLog } from './worker.js';
export { DeadLetters, type DeadLetter, type DeadLetterDetail } from './dead-letters.js';
export { queueHandOff, QueueFullError, type QueueHandOff, type HandOffState } from './hand-off.js';
export { observeQueue } from './ops.js';
