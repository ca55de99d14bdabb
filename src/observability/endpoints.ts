/**
 * The three operations endpoints as plain request → answer functions, served by `spamlab serve`'s HTTP app
 * (src/server) and by the small listener of processes without one (./listener.ts, `spamlab worker --metrics`).
 */
import { checkReadiness, type DependencyCheck } from './health.js';
import { METRICS_CONTENT_TYPE, type SpamlabMetrics } from './metrics.js';

export interface OpsEndpoints {
  metrics?: SpamlabMetrics;
  /** The dependencies /readyz asks; none: ready whenever alive. */
  readiness?: readonly DependencyCheck[];
  /** Time of start (epoch ms), for uptime. */
  startedAt?: number;
}

export interface OpsAnswer {
  status: number;
  contentType: string;
  body: string;
}

export const OPS_PATHS = ['/healthz', '/readyz', '/metrics'] as const;

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The answer to GET `path`, or undefined when the path is not an operations endpoint (or /metrics has no
 * registry here).
 * @example const answer = await opsAnswer('/readyz', { readiness: [storeCheck] }); // { status: 503, … } when the store is down
 */
export async function opsAnswer(path: string, ops: OpsEndpoints): Promise<OpsAnswer | undefined> {
  const started = ops.startedAt ?? Date.now();
  switch (path) {
    case '/healthz':
      return { status: 200, contentType: JSON_TYPE, body: JSON.stringify({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) }) };
    case '/readyz': {
      const r = await checkReadiness(ops.readiness ?? []);
      return { status: r.ready ? 200 : 503, contentType: JSON_TYPE, body: JSON.stringify({ status: r.ready ? 'ready' : 'not ready', dependencies: r.dependencies }) };
    }
    case '/metrics':
      if (!ops.metrics) return undefined;
      return { status: 200, contentType: METRICS_CONTENT_TYPE, body: await ops.metrics.registry.metrics() };
    default:
      return undefined;
  }
}
