/**
 * The scan pool as the composition root builds it, in a module of its own: a process that only hands work to
 * worker threads (`spamlab scan` with workers, ingest) does not load the engine, its checks and their tables
 * (~40 MB of code and heap) into its main thread; the workers (or, in-process, the first scan) load them.
 */
import type { SpamlabConfig } from '../config/schema.js';
import { createScanPool as createPool, type RenderSpec, type ScanPool, type ScanPoolOptions } from '../scan/pool.js';

/** The module each scan worker thread loads to build its own scanner (the same one `createScanner` builds). */
export const SCANNER_MODULE = new URL(import.meta.url.endsWith('.ts') ? './scanner-module.ts' : './scanner-module.js', import.meta.url);

type RuntimePoolOptions = Omit<ScanPoolOptions, 'scannerModule'> & { scannerModule?: string | URL; config: SpamlabConfig; fingerprint?: boolean };

/**
 * A pool of scanners (worker threads, or this thread when `threads` ≤ 1), each built by this composition
 * root from the configuration. Same options as src/scan/pool.ts, with the scanner module filled in;
 * `fingerprint: true` when the results are stored (campaigns cluster by `ScanReport.fingerprint`); `render`
 * as src/scan/pool.ts' (what the pool returns for each report instead of the report).
 * @example const pool = createScanPool({ config, threads: 2, fingerprint: true }); // ingest
 */
export function createScanPool<R>(options: RuntimePoolOptions, render: RenderSpec<R>): ScanPool<R>;
export function createScanPool(options: RuntimePoolOptions): ScanPool;
export function createScanPool(options: RuntimePoolOptions, render?: RenderSpec<unknown>): ScanPool<unknown> {
  const { fingerprint, ...rest } = options;
  const poolOptions: ScanPoolOptions = {
    ...rest,
    scannerModule: options.scannerModule ?? SCANNER_MODULE,
    ...(options.scannerModule === undefined ? { loadInProcess: () => import('./scanner-module.js') } : {}),
    ...(fingerprint ? { scannerOptions: { ...options.scannerOptions, fingerprint: true } } : {}),
  };
  return render ? createPool(poolOptions, render) : createPool(poolOptions);
}

