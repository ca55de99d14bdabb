import type { Job } from 'bullmq';
import type { ScanJobData, ScanQueue } from './jobs.js';

/** One message that ran out of attempts, as listed (without its bytes). */
export interface DeadLetter {
  /** The job id: the message's SHA-256. */
  id: string;
  source: string;
  /** Sent as a path (by reference) instead of bytes. */
  path?: string;
  /** Bytes of the message carried in the job (0 when by reference). */
  bytes: number;
  /** The last failure. */
  error: string;
  attempts: number;
  /** ISO times the job was first added and last failed. */
  addedAt: string;
  failedAt: string | null;
}

/** A dead letter with everything kept: each attempt's stack trace and the message's first bytes. */
export interface DeadLetterDetail extends DeadLetter {
  stacktrace: string[];
  /** The first 2,000 characters of the message, as text (UTF-8, invalid bytes replaced). */
  preview: string;
}

function summary(job: Job<ScanJobData>): DeadLetter {
  const bytes = job.data.raw ? Math.floor((job.data.raw.length * 3) / 4) : 0;
  return {
    id: String(job.id),
    source: job.data.source,
    ...(job.data.path ? { path: job.data.path } : {}),
    bytes,
    error: job.failedReason ?? '',
    attempts: job.attemptsMade,
    addedAt: new Date(job.timestamp).toISOString(),
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

/**
 * The dead-letter list: BullMQ's failed set of the scan queue (a job there is out of attempts; a job
 * with attempts left waits in the delayed set instead). Read, re-queued and purged from the CLI.
 */
export class DeadLetters {
  constructor(private readonly scanQueue: ScanQueue) {}

  /** Newest failures first. */
  async list(limit = 100, offset = 0): Promise<{ total: number; items: DeadLetter[] }> {
    const total = await this.scanQueue.queue.getFailedCount();
    const jobs = limit > 0 ? await this.scanQueue.queue.getFailed(offset, offset + limit - 1) : [];
    return { total, items: jobs.filter(Boolean).map(summary) };
  }

  /** Full ids of dead letters whose id starts with `prefix` (a hash prefix, as `spamlab message` accepts). */
  async resolve(prefix: string): Promise<string[]> {
    const clean = prefix.toLowerCase();
    const exact = await this.scanQueue.queue.getJob(clean);
    if (exact && (await exact.isFailed())) return [clean];
    const out: string[] = [];
    for (let start = 0; ; start += 1000) {
      const jobs = await this.scanQueue.queue.getFailed(start, start + 999);
      for (const job of jobs) if (job && String(job.id).startsWith(clean)) out.push(String(job.id));
      if (jobs.length < 1000) return out;
    }
  }

  async show(id: string): Promise<DeadLetterDetail | undefined> {
    const job = await this.scanQueue.queue.getJob(id);
    if (!job || !(await job.isFailed())) return undefined;
    const preview = job.data.raw ? Buffer.from(job.data.raw, 'base64').subarray(0, 8_000).toString('utf8').slice(0, 2_000) : '';
    return { ...summary(job), stacktrace: job.stacktrace ?? [], preview };
  }

  /** Puts dead letters back in the queue with their attempts reset; returns the ids re-queued. */
  async requeue(ids: readonly string[]): Promise<string[]> {
    const done: string[] = [];
    for (const id of ids) {
      const job = await this.scanQueue.queue.getJob(id);
      if (!job || !(await job.isFailed())) continue;
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      done.push(id);
    }
    return done;
  }

  /** Deletes dead letters for good; returns the ids removed. */
  async purge(ids: readonly string[]): Promise<string[]> {
    const done: string[] = [];
    for (const id of ids) {
      const job = await this.scanQueue.queue.getJob(id);
      if (!job || !(await job.isFailed())) continue;
      await job.remove();
      done.push(id);
    }
    return done;
  }

  /** Every dead letter's id (for --all). */
  async allIds(): Promise<string[]> {
    const out: string[] = [];
    for (let start = 0; ; start += 1000) {
      const jobs = await this.scanQueue.queue.getFailed(start, start + 999);
      out.push(...jobs.filter(Boolean).map((j) => String(j.id)));
      if (jobs.length < 1000) return out;
    }
  }
}
