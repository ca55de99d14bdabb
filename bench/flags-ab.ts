/**
 * pool56's paired A/B of V8 flags for the scan pool (issue 18), for a shared machine whose load swings by a factor
 * of two within minutes: V8's flags are a process's, so two thread pools in one process cannot differ by them, but
 * worker *processes* take theirs on their command line (ScanPoolOptions.v8Flags). Four process pools are alive at
 * once — ×2 and ×1 (isolated) for flags A and for flags B — and run pass by pass in turn over the SA training split
 * (every 3rd: 1,423 messages a pass, as bench/o2-probe.ts), the order rotated each round, so both variants see the
 * same minutes of load. ×2 is warmed for 2 × `--warm` passes and ×1 for `--warm` (the same messages per worker, as
 * bench/scan.ts), also pass by pass in turn. Per pass, CPU a message from /proc/PID/task/TID/schedstat of each worker
 * process: W (its busiest thread, the scanning one), O (its other threads: TurboFan's concurrent compiles, the
 * collectors' helper jobs, libuv) and M (this process's main thread, the hand-offs). A process pool is not the product's default (threads
 * share one platform), but a flag's effect on a worker's own compile and GC work is the same in both.
 *   node --import tsx bench/flags-ab.ts [--dist] [--warm 3] [--runs 4] [--every 3] --a 'F …' --b 'F …'
 * Prints per pass `@@PASS` lines and at the end `@@RESULT` lines: per pool W / M / O / total, and per variant
 * 2 W1 ÷ total2 (the two-worker pool's throughput over one worker's on two otherwise idle cores, by CPU).
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { poolProbe, type ProbePool } from './lib/pool-probe.js';
import { threadCpuNs } from './lib/thread-cpu.js';

const argv = process.argv.slice(2);
const opt = (name: string, d: number) => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : d; };
const str = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1]!.split(' ').filter(Boolean) : []; };
const warm = opt('--warm', 3), runs = opt('--runs', 4), every = opt('--every', 3);
const variants: [string, string[]][] = [['A', str('--a')], ['B', str('--b')]];
const probe = await poolProbe(argv.includes('--dist'), every);
const mk = (threads: number, v8Flags: string[]) => probe.pool({ threads, ...(threads === 1 ? { isolated: true } : {}), v8Flags, workers: 'process' });
type Pool = ProbePool;
const pass = (pool: Pool) => probe.pass(pool);

/** This process's children now (worker processes of the pools). */
function children(): Set<number> {
  const out = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid) out.add(Number(entry));
    } catch { /* gone */ }
  }
  return out;
}

const mainNs = () => threadCpuNs().get(process.pid) ?? 0;

interface Entry { label: string; pool: Pool; workers: number; pids: number[]; n: number; w: number; m: number; o: number }
const entries: Entry[] = [];
for (const [v, flags] of variants) {
  for (const threads of [2, 1]) {
    const before = children();
    const pool = mk(threads, flags);
    // The first warm-up pass starts the pool's processes (they are told apart by being new children).
    await pass(pool);
    const pids = [...children()].filter((p) => !before.has(p));
    if (pids.length !== threads) throw new Error(`expected ${threads} worker processes, found ${pids.length}`);
    entries.push({ label: `${v}x${threads}`, pool, workers: threads, pids, n: 0, w: 0, m: 0, o: 0 });
    writeSync(1, `@@WARM ${v}x${threads} [${flags.join(' ')}] pids ${pids.join(',')}\n`);
  }
}
// The rest of the warm-up pass by pass in turn too: a pool warmed first and then left idle while the others warm
// paid more in its first timed pass (run ab1/ab2: the B pools, warmed last, were cheaper whatever their flags).
// ×2 gets twice ×1's passes (the same messages per worker), ×1's in the last rounds: a ×1 pool that finished its warm-up
// early and waited while ×2 warmed still paid for it in its first timed pass (run ab4: O 1.12 and 0.40 against 0.38 and
// 0.25 in the next).
for (let round = 1; round < 2 * warm; round++) {
  for (const e of entries) if (round >= 2 * warm - (warm * e.workers - 1)) await pass(e.pool);
}
for (let run = 0; run < runs; run++) {
  for (let k = 0; k < entries.length; k++) {
    const e = entries[(k + run) % entries.length]!;
    await new Promise((r) => setTimeout(r, 200));
    const before = e.pids.map((p) => threadCpuNs(p));
    const m0 = mainNs();
    const n = await pass(e.pool);
    const m1 = mainNs();
    let w = 0, o = 0;
    e.pids.forEach((p, i) => {
      const deltas = [...threadCpuNs(p)].map(([tid, ns]) => ns - (before[i]!.get(tid) ?? 0)).sort((a, b) => b - a);
      w += deltas[0] ?? 0;
      o += deltas.slice(1).reduce((a, b) => a + b, 0);
    });
    e.n += n; e.w += w; e.o += o; e.m += m1 - m0;
    writeSync(1, `@@PASS ${run} ${e.label} W=${(w / 1e6 / n).toFixed(4)} M=${((m1 - m0) / 1e6 / n).toFixed(4)} O=${(o / 1e6 / n).toFixed(4)} load=${(await import('node:os')).loadavg()[0]!.toFixed(1)}\n`);
  }
}
await Promise.all(entries.map((e) => e.pool.close()));
const ms = (ns: number, n: number) => ns / 1e6 / n;
for (const e of entries) writeSync(1, `@@RESULT ${e.label} msgs=${e.n} W=${ms(e.w, e.n).toFixed(4)} M=${ms(e.m, e.n).toFixed(4)} O=${ms(e.o, e.n).toFixed(4)} total=${ms(e.w + e.m + e.o, e.n).toFixed(4)}\n`);
for (const [v, flags] of variants) {
  const x2 = entries.find((e) => e.label === `${v}x2`)!, x1 = entries.find((e) => e.label === `${v}x1`)!;
  writeSync(1, `@@RESULT ${v} [${flags.join(' ')}] 2W1/total2=${((2 * ms(x1.w, x1.n)) / ms(x2.w + x2.m + x2.o, x2.n)).toFixed(3)}\n`);
}
