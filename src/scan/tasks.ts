/**
 * What a scan pool hands to a scanner, and how one is run: the same code in a worker thread
 * (./pool-worker.ts), a worker process (./pool-process.ts) and in-process (./pool.ts), so all give the
 * same outcomes.
 */
import { readReference, type SourceRef } from '../mail/sources/index.js';
import type { Envelope } from '../mail/types.js';
import { fullCollection } from './collect.js';
import type { ScannerLike } from './pool.js';
import type { ScanError, ScanOutcome, ScanReport } from './report.js';

/** A message as bytes (transferred to the worker), or a reference the worker reads itself. */
export type Task =
  | { kind: 'bytes'; source: string; raw: Uint8Array; envelope?: Envelope; fullSize?: number }
  | { kind: 'ref'; ref: SourceRef };

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A batch as a worker is posted it: `turns` (each task's turn) when the worker writes the output itself (./pool-output.ts). */
export interface BatchMessage {
  id: number;
  tasks: Task[];
  turns?: number[];
}

/** What a pool makes of each report where it was scanned (createScanPool's `render`); none: the report itself. */
export type Render<R> = (report: ScanReport) => R;

/**
 * Scans what a task stands for: one outcome for bytes, one per message for a reference (a file may be a
 * small mbox), each report passed through `render` when given. Never throws: a scan or render that throws,
 * or an item that cannot be read, is an error outcome.
 */
export async function runTask(scanner: ScannerLike, task: Task): Promise<ScanOutcome[]>;
export async function runTask<R>(scanner: ScannerLike, task: Task, render: Render<R> | undefined): Promise<(R | ScanError)[]>;
export async function runTask(scanner: ScannerLike, task: Task, render?: Render<unknown>): Promise<unknown[]> {
  if (task.kind === 'bytes') return [await scanOne(scanner, task.source, task.raw, task.envelope, task.fullSize, render)];
  const outcomes: unknown[] = [];
  try {
    for await (const item of readReference(task.ref)) {
      outcomes.push('error' in item ? { source: item.source, error: item.error } : await scanOne(scanner, item.source, item.raw, undefined, item.fullSize, render));
    }
  } catch (err) {
    outcomes.push({ source: task.ref.source, error: `cannot read: ${errorText(err)}` });
  }
  return outcomes;
}

async function scanOne(
  scanner: ScannerLike,
  source: string,
  raw: Uint8Array,
  envelope: Envelope | undefined,
  fullSize: number | undefined,
  render: Render<unknown> | undefined,
): Promise<unknown> {
  try {
    const scanned = await scanner.scan({ source, raw, ...(envelope ? { envelope } : {}) });
    // Reports the real size of a message that the reader cut at the size limit.
    const report = fullSize === undefined ? scanned : { ...scanned, size: fullSize };
    return render ? render(report) : report;
  } catch (err) {
    return { source, error: `scan failed: ${errorText(err)}` } satisfies ScanError;
  }
}

/**
 * A worker's loop: runs the batches it is posted one after another (even when the pool posts the next one
 * early), one task at a time, telling `onTask` which task starts (a thread publishes it so the pool can time
 * out one message), and hands each batch (as posted) and its outcomes (rendered, when the pool renders) to `done` in one piece.
 */
export function batchRunner(
  scanner: ScannerLike,
  render: Render<unknown> | undefined,
  onTask: (batch: number, index: number) => void,
  done: (batch: BatchMessage, outcomes: unknown[][]) => void,
  afterLarge: () => void = fullCollection,
): (batch: BatchMessage) => void {
  let queue = Promise.resolve();
  // The largest message of the task being run, as the scanner is handed it.
  let largest = 0;
  const sizing: ScannerLike = {
    scan(input) {
      if (input.raw.byteLength > largest) largest = input.raw.byteLength;
      return scanner.scan(input);
    },
  };
  return (batch) => {
    queue = queue.then(async () => {
      const outcomes: unknown[][] = [];
      for (const [i, task] of batch.tasks.entries()) {
        onTask(batch.id, i);
        outcomes.push(await runTask(sizing, task, render));
        if (largest >= LARGE_MESSAGE_BYTES) afterLarge();
        largest = 0;
      }
      done(batch, outcomes);
    });
  };
}

/**
 * From this size on, a worker asks for a full collection once the message's task is done (batchRunner), before it reads the
 * next: what such a message leaves (its bytes read from the file, a decoded attachment, its texts) is tens of MB that lived
 * through the scan into V8's old generation and external memory, where only a full collection frees it, and V8 starts one
 * on its own only after 64 MB more external memory — the next large message's bytes were read while the last one's were
 * still held (the 30 MB batch of the memory benchmark: NOTES.md, session 53, mem53). A full collection of a worker's heap
 * (~20–40 MB) costs ~10–40 ms, against the seconds such a message's scan takes; a smaller message never asks.
 */
export const LARGE_MESSAGE_BYTES = 8 * 1024 * 1024;
