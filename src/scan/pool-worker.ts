/**
 * One scan worker of ./pool.ts: builds its own scanner from the configuration it was started with, then
 * runs the batches the pool posts, one task at a time, publishing which task it is on (so the pool can
 * time out one message, not the batch) and posting the outcomes of a whole batch back in one message. A
 * scan that throws is an error outcome; a crash (uncaught error, out of memory, terminated on timeout) is
 * handled by the pool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadScanner, type FromWorker, type ScannerLike, type ToWorker, type WorkerSetup } from './pool.js';
import { runTask } from './tasks.js';

const port = parentPort;
if (!port) throw new Error('pool-worker runs only as a worker thread of the scan pool');
const { config, scannerModule, scannerOptions, progress: progressBuffer, epoch } = workerData as WorkerSetup;
const progress = new Int32Array(progressBuffer);
const post = (message: FromWorker): void => port.postMessage(message);

// A scanner that cannot be built is an uncaught error: the pool sees it as a worker that failed to start.
const scanner: ScannerLike = await loadScanner(config, scannerModule, scannerOptions);

// Batches are run one after another, even if the pool posted the next one early.
let queue = Promise.resolve();
port.on('message', (batch: ToWorker) => {
  queue = queue.then(async () => {
    const outcomes = [];
    for (const [i, task] of batch.tasks.entries()) {
      Atomics.store(progress, 2, Date.now() - epoch);
      Atomics.store(progress, 1, i);
      Atomics.store(progress, 0, batch.id);
      outcomes.push(await runTask(scanner, task));
    }
    post({ type: 'done', id: batch.id, outcomes });
  });
});
post({ type: 'ready' });
