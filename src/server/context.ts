import type { Logger } from 'pino';
import type { Envelope } from '../mail/types.js';
import type { OpsEndpoints } from '../observability/index.js';
import type { ScanItem } from '../scan/pool.js';
import type { ScanOutcome } from '../scan/report.js';
import type { AccessPolicy, Credential } from './auth.js';
import type { ServerData } from './data.js';
import type { Explain } from './explain.js';

/** Scans one message and never rejects (a failure is a `{source, error}` outcome): the scan pool's contract. */
export interface ScanService {
  scan(item: ScanItem): Promise<ScanOutcome>;
}

/** Teaches the content classifier one message of a known class; answers which model version it saved. */
export type LearnService = (raw: Uint8Array, isSpam: boolean) => Promise<{ model: string; version: number; base: string }>;

/**
 * Hands messages to the scan queue for `spamlab worker` processes (`serve --queue`). Its shape is the
 * queue's (src/queue/hand-off.ts): the server names it here and never imports the queue's driver.
 */
export interface QueueHandOffService {
  enqueue(item: { raw: Uint8Array; source: string; envelope?: Envelope }): Promise<{ id: string; state: 'queued' | 'already-queued' | 'stored' }>;
  status(id: string): Promise<{ id: string; state: 'waiting' | 'active' | 'retrying' | 'dead-letter' | 'stored' | 'unknown'; error?: string }>;
  /** Tells a full queue (503, try later) from other failures. */
  isFull(err: unknown): boolean;
}

/** Everything the HTTP app needs, built by the composition root (`spamlab serve`) or by a test. */
export interface AppDeps {
  scanner: ScanService;
  data: ServerData;
  learn?: LearnService;
  /** `serve --queue`: POST /api/queue hands messages to the workers (absent: 503). */
  queue?: QueueHandOffService;
  /** Explains finding ids when a stored result is shown (stored results carry no rendered text). */
  explain?: Explain;
  access: AccessPolicy;
  logger: Logger;
  /** Default language of the dashboard and of errors rendered for people. */
  lang: 'en' | 'ja';
  limits: {
    /** Largest request body (a message to scan) in bytes: past it, 413. */
    maxBodyBytes: number;
    /** A request handler still running after this many milliseconds answers 503. */
    handlerTimeoutMs: number;
  };
  version: string;
  /** /healthz, /readyz and /metrics (no token: they reveal no secrets); absent: /healthz only. */
  ops?: OpsEndpoints;
  /** Listeners of this process (MTA adapters), for /api/health. */
  listeners?: () => { name: string; address: string }[];
  /** Clock (tests fix it). */
  now?: () => Date;
}

/** Hono's per-request variables of this app. */
export interface AppEnv {
  Variables: {
    credential: Credential;
    requestId: string;
    /** The request's child logger (carries its id). */
    logger: Logger;
  };
}
