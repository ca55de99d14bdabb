/**
 * One scan worker thread of ./pool.ts: builds its own scanner from the setup it was started with, then runs
 * the batches the pool posts (tasks.ts's batchRunner), publishing which task it is on in shared memory (so
 * the pool can time out one message, not the batch) and posting the outcomes of a whole batch back in one
 * message (what the pool's render made of each report, when it has one). A scan that throws is an error
 * outcome; a crash (uncaught error, out of memory, terminated on time-out) is handled by the pool.
 * With an output channel (WorkerSetup.output) it first writes the batch's lines itself, in their turn
 * (./pool-output.ts), and posts the outcomes without them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRender, loadScanner } from './pool.js';
import { lineOf, writeInTurn } from './pool-output.js';
import { PHASE, SCANNING, WRITING, type FromWorker, type ThreadWorkerData, type ToWorker } from './pool-workers.js';
import { batchRunner, type BatchMessage } from './tasks.js';

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
  (batch, outcomes) => {
    if (setup.output && batch.turns && !writeLines(batch, outcomes)) return;
    post({ type: 'done', id: batch.id, outcomes });
  },
);

/**
 * Writes the batch's lines in their turns and takes them out of the outcomes, unless the pool is ending this
 * worker for overrunning the time limit (then false: nothing is written or posted). The phase says the pool
 * that waiting for a turn or a slow reader is not scanning (pool-workers.ts, ScanWorker.condemn).
 */
function writeLines(batch: BatchMessage, outcomes: unknown[][]): boolean {
  if (Atomics.compareExchange(progress, PHASE, SCANNING, WRITING) !== SCANNING) return false;
  const lines = outcomes.map((list) =>
    list.map((outcome) => {
      const line = lineOf(outcome);
      delete (outcome as { line?: Uint8Array }).line;
      return line;
    }),
  );
  writeInTurn(setup.output!, batch.turns!, lines);
  Atomics.store(progress, PHASE, SCANNING);
  return true;
}
port.on('message', (message: ToWorker) => {
  if (message.type === 'batch') run(message);
});
post({ type: 'ready' });
