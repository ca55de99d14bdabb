/**
 * One scan worker thread of ./pool.ts: builds its own scanner from the setup it was started with, then runs
 * the batches the pool posts (tasks.ts's batchRunner), publishing which task it is on in shared memory (so
 * the pool can time out one message, not the batch) and posting the outcomes of a whole batch back in one
 * message (what the pool's render made of each report, when it has one). A scan that throws is an error
 * outcome; a crash (uncaught error, out of memory, terminated on time-out) is handled by the pool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRender, loadScanner } from './pool.js';
import type { FromWorker, ThreadWorkerData, ToWorker } from './pool-workers.js';
import { batchRunner } from './tasks.js';

const port = parentPort;
if (!port) throw new Error('pool-worker runs only as a worker thread of the scan pool');
const { setup, progress: progressBuffer, epoch } = workerData as ThreadWorkerData;
const progress = new Int32Array(progressBuffer);
const post = (message: FromWorker): void => port.postMessage(message);

// A scanner that cannot be built is an uncaught error: the pool sees it as a worker that failed to start.
const scanner = await loadScanner(setup.config, setup.scannerModule, setup.scannerOptions);
const render = setup.render && (await loadRender(setup.render.module, setup.render.options));

const run = batchRunner(
  scanner,
  render,
  (batch, index) => {
    Atomics.store(progress, 2, Date.now() - epoch);
    Atomics.store(progress, 1, index);
    Atomics.store(progress, 0, batch);
  },
  (id, outcomes) => post({ type: 'done', id, outcomes }),
);
port.on('message', (message: ToWorker) => {
  if (message.type === 'batch') run(message);
});
post({ type: 'ready' });
