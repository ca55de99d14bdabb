/**
 * One scan worker of ./pool.ts: builds its own scanner from the configuration it was started with, then
 * scans the messages the pool posts, one at a time, and posts each outcome back. A scan that throws is an
 * error outcome; a crash (uncaught error, out of memory, terminated on timeout) is handled by the pool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ScanConfig } from './config.js';
import { errorText, loadScanner, type FromWorker, type ScannerLike, type ScannerModuleOptions, type ToWorker } from './pool.js';

const port = parentPort;
if (!port) throw new Error('pool-worker runs only as a worker thread of the scan pool');
const { config, scannerModule, scannerOptions } = workerData as { config: ScanConfig; scannerModule: string; scannerOptions: ScannerModuleOptions };
const post = (message: FromWorker): void => port.postMessage(message);

// A scanner that cannot be built is an uncaught error: the pool sees it as a worker that failed to start.
const scanner: ScannerLike = await loadScanner(config, scannerModule, scannerOptions);

port.on('message', async (task: ToWorker) => {
  const input = { source: task.source, raw: task.raw, ...(task.envelope ? { envelope: task.envelope } : {}) };
  try {
    post({ type: 'done', id: task.id, outcome: await scanner.scan(input) });
  } catch (err) {
    post({ type: 'done', id: task.id, outcome: { source: task.source, error: `scan failed: ${errorText(err)}` } });
  }
});
post({ type: 'ready' });
