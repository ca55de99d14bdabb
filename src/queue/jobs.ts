import { createHash } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { SpamlabConfig } from '../config/schema.js';
import type { Envelope } from '../mail/types.js';
import { QUEUE_NAME, type QueueAddress } from './address.js';

/**
 * One message to scan, as it waits in Redis. The job id is the content hash (`hash`): adding a message
 * already waiting is a no-op, and the store keys the result by the same hash, so a job done twice (a
 * worker killed after its write, before its acknowledgement) stores nothing twice.
 */
export interface ScanJobData {
  /** Where the message came from (a path, `mbox#N`, `http`): stored as the message's source. */
  source: string;
  /** SHA-256 (hex) of the raw bytes: checked by the worker before scanning. */
  hash: string;
  /** The raw message, base64 (absent when sent by reference). */
  raw?: string;
  /** A file every worker can read, holding exactly this one message (`ingest --by-reference`). */
  path?: string;
  /** Real size of a message cut at limits.maxMessageBytes (the queue carries the cut bytes, as ingest scans them). */
  fullSize?: number;
  envelope?: Envelope;
}

export const sha256Hex = (raw: Uint8Array): string => createHash('sha256').update(raw).digest('hex');

/**
 * Retries with exponential backoff; a finished job leaves Redis at once (its result is in the store); a
 * job out of attempts stays in BullMQ's failed set, which is spamlab's dead-letter list.
 */
export function jobOptions(settings: SpamlabConfig['queue'], hash: string): JobsOptions {
  return {
    jobId: hash,
    attempts: settings.attempts,
    backoff: { type: 'exponential', delay: settings.backoffMs },
    removeOnComplete: true,
    removeOnFail: false,
  };
}

/** The job counts that matter to an operator. */
export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  /** Jobs out of attempts: the dead-letter list. */
  failed: number;
}

/**
 * The scan queue as the producer, the server and the dead-letter commands see it (workers use BullMQ's
 * Worker on the same address). Holds one BullMQ Queue and one plain Redis connection for server facts.
 */
export class ScanQueue {
  readonly queue: Queue<ScanJobData>;
  private readonly redis: Redis;

  constructor(
    readonly address: QueueAddress,
    readonly settings: SpamlabConfig['queue'],
  ) {
    // Commands wait for a reconnect instead of failing: a Redis restart pauses the producer, and the
    // reconcile step (./producer.ts) re-drives what the restart lost.
    const connection = { ...address.redis, maxRetriesPerRequest: null, lazyConnect: false };
    this.queue = new Queue<ScanJobData>(QUEUE_NAME, { connection, prefix: address.prefix });
    this.queue.on('error', () => undefined);
    this.redis = new Redis({ ...address.redis, maxRetriesPerRequest: null });
    this.redis.on('error', () => undefined);
  }

  /** Fails fast with a clear reason when Redis cannot be reached (one try with a time-out). */
  async ping(timeoutMs = 5_000): Promise<void> {
    const probe = new Redis({ ...this.address.redis, maxRetriesPerRequest: 1, connectTimeout: timeoutMs, retryStrategy: () => null, lazyConnect: true });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
    } catch (err) {
      throw new Error(`cannot reach the queue at ${this.address.display}: ${(err as Error).message}`);
    } finally {
      probe.disconnect();
    }
  }

  /** Answers once Redis answers a PING on the open connection (waits through a reconnect). */
  async alive(): Promise<void> {
    await this.redis.ping();
  }

  async add(jobs: readonly ScanJobData[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue.addBulk(jobs.map((data) => ({ name: 'scan', data, opts: jobOptions(this.settings, data.hash) })));
  }

  async counts(): Promise<QueueCounts> {
    const c = await this.queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'failed');
    return { waiting: (c.wait ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
  }

  /**
   * Redis's run id: it changes when the server restarts, and a restart of a Redis that keeps nothing on
   * disk loses every job (the producer then reconciles against the store).
   */
  async serverRunId(): Promise<string> {
    const info = await this.redis.info('server');
    return /run_id:(\w+)/.exec(info)?.[1] ?? '';
  }

  /** The state of each job id: BullMQ's state names, or 'unknown' when Redis holds no such job. */
  async states(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      const states = await Promise.all(chunk.map((id) => this.queue.getJobState(id)));
      chunk.forEach((id, j) => out.set(id, states[j]!));
    }
    return out;
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.redis.disconnect();
  }
}
