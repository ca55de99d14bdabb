/**
 * Operations: Prometheus metrics, health and readiness, secret-free logs. Adapters (serve, worker, the MTA
 * listeners) record into one SpamlabMetrics per process and expose it at /metrics.
 */
export { createMetrics, METRICS_CONTENT_TYPE, type MetricsOptions, type QueueDepthSource, type ScanVia, type SpamlabMetrics } from './metrics.js';
export { checkReadiness, upOnceReached, DEFAULT_CHECK_TIMEOUT_MS, type DependencyCheck, type DependencyState, type Readiness } from './health.js';
export { opsAnswer, OPS_PATHS, type OpsAnswer, type OpsEndpoints } from './endpoints.js';
export { startOpsListener, type OpsListener, type OpsListenerOptions } from './listener.js';
export { redactSecrets, secretSafeLogging, withoutUrls } from './redact.js';
export { instrumentScanner } from './instrument.js';
export { modelReadiness, storeReadiness } from './probes.js';
