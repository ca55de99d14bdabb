/**
 * Liveness and readiness. Liveness (/healthz) says the process answers at all; readiness (/readyz) asks each
 * dependency this process was configured with (the store, Redis, the queue, the scanner's model) and is
 * ready only when all of them are. The answer names each dependency and its state, never a connection
 * string: the endpoints need no token, so what they show must be safe for anyone to read.
 */
import { withoutUrls } from './redact.js';

/** One dependency's probe: resolves when it is usable, rejects (with a reason) when it is not. */
export interface DependencyCheck {
  /** Stable, bounded name: `store`, `outbound-state`, `queue`, `model`. */
  name: string;
  check(): Promise<void | { detail?: string }>;
}

export interface DependencyState {
  name: string;
  status: 'up' | 'down';
  /** Why it is down (URLs removed), or what is up (a model's version). */
  detail?: string;
  ms: number;
}

export interface Readiness {
  ready: boolean;
  dependencies: DependencyState[];
}

/** A probe that does not answer within this is down (a hung database must not hang the probe). */
export const DEFAULT_CHECK_TIMEOUT_MS = 2_000;

/**
 * Runs every check at once, each bounded by `timeoutMs`.
 * @example const r = await checkReadiness([{ name: 'store', check: () => store.get('SELECT 1') }]); r.ready
 */
export async function checkReadiness(checks: readonly DependencyCheck[], timeoutMs = DEFAULT_CHECK_TIMEOUT_MS): Promise<Readiness> {
  const dependencies = await Promise.all(
    checks.map(async ({ name, check }): Promise<DependencyState> => {
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        const result = await Promise.race([
          check(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        const detail = result && typeof result === 'object' && result.detail ? withoutUrls(result.detail).slice(0, 200) : undefined;
        return { name, status: 'up', ...(detail ? { detail } : {}), ms: elapsed(started) };
      } catch (err) {
        return { name, status: 'down', detail: withoutUrls(err instanceof Error ? err.message : String(err)).slice(0, 200), ms: elapsed(started) };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ready: dependencies.every((d) => d.status === 'up'), dependencies };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

/**
 * A check whose success, once reached, stays (a model loaded is loaded): the probe is repeated only while
 * it fails, and concurrent probes share one run.
 */
export function upOnceReached(check: DependencyCheck): DependencyCheck {
  let reached: void | { detail?: string } | undefined;
  let ok = false;
  let running: Promise<void | { detail?: string }> | undefined;
  return {
    name: check.name,
    async check() {
      if (ok) return reached;
      running ??= check.check().finally(() => (running = undefined));
      reached = await running;
      ok = true;
      return reached;
    },
  };
}
