import type { ScanItem } from '../scan/pool.js';
import type { ScanOutcome } from '../scan/report.js';

/**
 * What an MTA adapter scans with: the engine's Scanner, a ScanPool (worker threads) or the runtime's
 * scanner. A ScanPool never rejects (an error is a `{source, error}` outcome); a Scanner may throw. Both
 * are handled as spamlab's own error, answered by the adapter's fail mode.
 */
export interface MessageScanner {
  scan(item: ScanItem): Promise<ScanOutcome> | ScanOutcome;
}

/** The part of a pino logger the adapters use (structured object first, then a message). */
export interface MtaLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const SILENT_LOGGER: MtaLogger = { info() {}, warn() {}, error() {} };

/** What an adapter does when spamlab itself fails (scan error or time-out): let mail through, or ask to retry. */
export type FailMode = 'open' | 'closed';

/** Resolves with the promise's value, or with 'timeout' after `ms` (the work itself goes on, ignored). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
