/**
 * CPU time by thread of this process, for the scan bench's scaling figures (bench/scan.ts): which part of a pool's
 * CPU per message its worker threads spend, which the main thread, and which V8's and libuv's helper threads —
 * counted, not timed, so a loaded machine moves it far less than msg/s.
 */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU nanoseconds each thread of this process (or of process `pid`: a pool's worker process) has run so far, by thread id
 * (Linux: /proc/PID/task/TID/schedstat; an empty map elsewhere). A thread that ended between two readings is simply absent
 * from the later one.
 */
export function threadCpuNs(pid: number | 'self' = 'self'): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      out.set(Number(tid), Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'latin1').split(' ')[0]));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

/**
 * Where a pool's CPU went during a pass, in ns: its worker threads (the `workers` busiest threads besides the main
 * one: a scanning worker runs far more than any V8 or libuv helper), the main thread (walking the input, hand-offs,
 * ordering, receiving results; in-process: the scans too) and every other thread (V8's platform threads: TurboFan's
 * concurrent compiles and the collectors' parallel and concurrent work; libuv's).
 */
export interface ThreadSplit {
  workers: number;
  main: number;
  others: number;
}

export function splitThreads(before: Map<number, number>, after: Map<number, number>, workers: number, mainThread: number = process.pid): ThreadSplit {
  const deltas: number[] = [];
  let main = 0;
  for (const [tid, ns] of after) {
    const used = ns - (before.get(tid) ?? 0);
    if (tid === mainThread) main = used;
    else deltas.push(used);
  }
  deltas.sort((a, b) => b - a);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  return { workers: sum(deltas.slice(0, workers)), main, others: sum(deltas.slice(workers)) };
}
