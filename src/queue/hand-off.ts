import type { Envelope } from '../mail/types.js';
import type { Store } from '../store/types.js';
import { sha256Hex, type ScanQueue } from './jobs.js';

/** Where a handed-off message is: in the queue, being scanned, waiting for a retry, dead-lettered, stored. */
export type HandOffState = 'waiting' | 'active' | 'retrying' | 'dead-letter' | 'stored' | 'unknown';

/** The queue is at `queue.maxWaiting`: the caller should try again later (HTTP 503 with Retry-After). */
export class QueueFullError extends Error {
  override name = 'QueueFullError';
}

export interface QueueHandOff {
  /** Enqueues one raw message (the job id is its SHA-256); a message already stored or queued is not added again. */
  enqueue(item: { raw: Uint8Array; source: string; envelope?: Envelope }): Promise<{ id: string; state: 'queued' | 'already-queued' | 'stored' }>;
  status(id: string): Promise<{ id: string; state: HandOffState; error?: string }>;
}

const STATE: Record<string, HandOffState> = { waiting: 'waiting', prioritized: 'waiting', 'waiting-children': 'waiting', active: 'active', delayed: 'retrying', failed: 'dead-letter' };

/**
 * `spamlab serve --queue`: the server hands messages to the workers instead of scanning them itself, with
 * the producer's back-pressure (a full queue is refused, never grown) and a status by job id.
 * @example const handOff = queueHandOff(new ScanQueue(address, config.queue), store);
 */
export function queueHandOff(queue: ScanQueue, store?: Store): QueueHandOff {
  const stored = async (id: string) => (store ? (await store.messages.existing([id])).has(id) : false);
  return {
    async enqueue({ raw, source, envelope }) {
      const id = sha256Hex(raw);
      if (await stored(id)) return { id, state: 'stored' };
      const state = await queue.queue.getJobState(id);
      if (state !== 'unknown' && state !== 'completed') return { id, state: 'already-queued' };
      const c = await queue.counts();
      if (c.waiting + c.delayed >= queue.settings.maxWaiting) throw new QueueFullError(`the scan queue holds ${c.waiting + c.delayed} messages (queue.maxWaiting ${queue.settings.maxWaiting}): try again later`);
      await queue.add([{ source, hash: id, raw: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64'), ...(envelope ? { envelope } : {}) }]);
      return { id, state: 'queued' };
    },
    async status(id) {
      if (await stored(id)) return { id, state: 'stored' };
      const job = await queue.queue.getJob(id);
      if (!job) return { id, state: 'unknown' };
      const state = STATE[await job.getState()] ?? 'unknown';
      return { id, state, ...(state === 'dead-letter' || state === 'retrying' ? { error: job.failedReason ?? '' } : {}) };
    },
  };
}
