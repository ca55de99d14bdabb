import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { splitThreads, threadCpuNs } from '../../bench/lib/thread-cpu.js';

// The bench's scaling figures split a pool's CPU by thread (bench/lib/thread-cpu.ts): the pool's worker threads
// are the busiest threads besides the main one, everything else is V8's and libuv's helpers.

test('splitThreads: the main thread by id, the N busiest others as workers, the rest as others; a thread born during the pass counts whole', () => {
  const before = new Map([
    [100, 5_000],
    [101, 1_000],
    [102, 2_000],
    [103, 3_000],
    [104, 0],
  ]);
  const after = new Map([
    [100, 7_000], // main: +2,000
    [101, 91_000], // +90,000
    [102, 9_000], // +7,000
    [103, 4_000], // +1,000
    [104, 500], // +500
    [105, 80_000], // new: +80,000
  ]);
  assert.deepEqual(splitThreads(before, after, 2, 100), { workers: 170_000, main: 2_000, others: 8_500 });
  assert.deepEqual(splitThreads(before, after, 1, 100), { workers: 90_000, main: 2_000, others: 88_500 });
  // In-process (no worker threads): everything but the main thread is others.
  assert.deepEqual(splitThreads(before, after, 0, 100), { workers: 0, main: 2_000, others: 178_500 });
});

test('threadCpuNs (Linux): a busy worker thread is the busiest thread besides the main one', { skip: !existsSync('/proc/self/task') && 'no /proc' }, async () => {
  const before = threadCpuNs();
  assert.ok(before.has(process.pid), 'the main thread is listed under the process id');
  // A fixed amount of work (~0.2–0.5 CPU-s), not a fixed time: on a loaded machine it takes longer, not less CPU.
  // The worker then stays alive (a message listener) until the parent terminates it: a thread that has ended is no
  // longer listed, and a worker whose script simply ran out raced the parent's reading of /proc (CI once read 9 ms).
  const worker = new Worker(
    'const { parentPort } = require("node:worker_threads"); let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i) | 0; parentPort.on("message", () => {}); parentPort.postMessage(x);',
    { eval: true },
  );
  const busy = await new Promise<Map<number, number>>((resolve) => worker.once('message', () => resolve(threadCpuNs())));
  await worker.terminate();
  const split = splitThreads(before, busy, 1);
  assert.ok(split.workers > 50e6, `worker thread ran ${split.workers / 1e6} ms`);
  assert.ok(split.workers > split.others, `worker ${split.workers / 1e6} ms, others ${split.others / 1e6} ms`);
});
