/**
 * cpu54's probe (issue 18): the ×2 worker-thread pool and one isolated worker, pass by pass in turn over the SA
 * *training* split (every 3rd), as bench/scan.ts's scaling pair; per pass, CPU a message by thread kind (bench/lib/thread-cpu.ts's
 * per-thread counts). Pass markers go to stdout (fd 1) so that --trace-gc / --trace-opt lines printed by the workers' isolates can
 * be counted per pass.
 * Threads are told apart by when they started: those alive when the probe starts (besides the main thread) are V8's platform
 * threads (TurboFan's concurrent jobs, the collectors' parallel and concurrent work) and tsx's loader; later ones are the
 * pools' workers (the busiest N) and libuv's threads. Thread names do not help: Node 20 names every thread "node".
 * Usage: node [V8 flags] --import tsx bench/o2-probe.ts [--dist] [--warm 3] [--runs 4] [--every 3] [--pool-flags 'F …'] [--young MB]
 *   --pool-flags: the pools' own V8 flags (ScanPoolOptions.v8Flags, set at run time as the product sets POOL_V8_FLAGS; default
 *   the product's); --young: the workers' young generation (ScanPoolOptions.workerYoungGenerationMb; default the product's 8).
 *   e.g. --no-concurrent-recompilation (TurboFan compiles on the worker itself), --single-threaded-gc (no GC helper jobs),
 *   --trace-opt --trace-deopt --trace-gc (count their lines between the @@PASS markers).
 */
import { writeSync } from 'node:fs';
import { poolProbe, type ProbePool } from './lib/pool-probe.js';
import { threadCpuNs } from './lib/thread-cpu.js';

const argv = process.argv.slice(2);
const opt = (name: string, d: number) => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : d; };
const warm = opt('--warm', 3), runs = opt('--runs', 4), every = opt('--every', 3);
const flagsAt = argv.indexOf('--pool-flags');
const poolFlags = flagsAt >= 0 ? { v8Flags: argv[flagsAt + 1]!.split(' ').filter(Boolean) } : {};
const young = argv.includes('--young') ? { workerYoungGenerationMb: opt('--young', 8) } : {};
// --dist: the product from dist/ (tsc's output: a deopt trace's positions are real lines), else src/ through tsx.
const probe = await poolProbe(argv.includes('--dist'), every);
// Threads alive before any pool starts (besides the main thread): V8's platform threads and tsx's loader.
const early = new Set(threadCpuNs().keys());

const mk = (o: { threads: number; isolated?: boolean }) => probe.pool({ threads: o.threads, ...(o.isolated ? { isolated: true } : {}), ...poolFlags, ...young, workers: 'thread' });
type Pool = ProbePool;
const pass = (pool: Pool) => probe.pass(pool);

const pools: [string, Pool, number][] = [['x2', mk({ threads: 2 }), 2], ['x1', mk({ threads: 1, isolated: true }), 1]];
const acc = new Map<string, { n: number; workers: number; main: number; others: number; byStart: Map<string, number> }>();
const mark = (s: string) => writeSync(1, `@@PASS ${s}\n`);
for (let extra = 0; extra < warm; extra++) { mark(`x2 warmextra ${extra}`); await pass(pools[0]![1]); }
for (let run = 0; run < warm + runs; run++) {
  for (const [label, pool, nw] of pools) {
    await new Promise((r) => setTimeout(r, 300));
    mark(`${label} ${run < warm ? 'warm' : 'timed'} ${run}`);
    const before = threadCpuNs();
    const n = await pass(pool);
    const after = threadCpuNs();
    mark(`${label} end ${run}`);
    if (run < warm) continue;
    const deltas: { ns: number; tid: number }[] = [];
    let main = 0;
    for (const [tid, ns] of after) {
      const used = ns - (before.get(tid) ?? 0);
      if (tid === process.pid) main = used; else deltas.push({ ns: used, tid });
    }
    deltas.sort((a, b) => b.ns - a.ns);
    const e = acc.get(label) ?? { n: 0, workers: 0, main: 0, others: 0, byStart: new Map() };
    e.n += n; e.main += main;
    let w = 0, o = 0;
    for (const [i, d] of deltas.entries()) {
      if (i < nw) { e.workers += d.ns; w += d.ns; }
      else { e.others += d.ns; o += d.ns; const k = early.has(d.tid) ? 'v8platform+loader' : 'late(libuv)'; e.byStart.set(k, (e.byStart.get(k) ?? 0) + d.ns); }
    }
    writeSync(1, `@@TIMED ${label} pass ${run} W=${(w / 1e6 / n).toFixed(4)} M=${(main / 1e6 / n).toFixed(4)} O=${(o / 1e6 / n).toFixed(4)}\n`);
    acc.set(label, e);
  }
}
await Promise.all(pools.map(([, p]) => p.close()));
const ms = (ns: number, n: number) => (ns / 1e6 / n).toFixed(4);
for (const [label, e] of acc) {
  const names = [...e.byStart].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${ms(v, e.n)}`).join(' ');
  writeSync(1, `@@RESULT ${label} msgs=${e.n} W=${ms(e.workers, e.n)} M=${ms(e.main, e.n)} O=${ms(e.others, e.n)} total=${ms(e.workers + e.main + e.others, e.n)} | ${names}\n`);
}
const x2 = acc.get('x2')!, x1 = acc.get('x1')!;
writeSync(1, `@@RESULT flags=[${(poolFlags.v8Flags ?? []).join(' ')}] young=${young.workerYoungGenerationMb ?? 'default'} 2W1/total2=${((2 * x1.workers / x1.n) / ((x2.workers + x2.main + x2.others) / x2.n)).toFixed(3)} load=${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
