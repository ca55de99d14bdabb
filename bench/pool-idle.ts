/**
 * Session 60 (helper pool60, issue 18, ×2 ÷ 1): where a pool's workers wait. Runs one pool (`--threads`, default 2; 1 = the
 * isolated single worker of bench/scan.ts's scaling pair) pass after pass over the peers' **test** split (the 1,779 messages
 * bench/scan.ts times), as `spamlab scan` does (openSources with references, scanAll, the human output laid out in the workers
 * and joined here), and prints per pass, from the pool's trace (ScanPoolOptions.trace: each batch sent and answered, on this
 * thread):
 * - idle: per worker, the time it held no batch while the pass ran (before its first batch, between batches, after its last),
 *   and its share of the workers' time; `tail`: from the first worker's last answer to the last one's (the end of the pass,
 *   where one worker has nothing left to take), in ms and in messages answered meanwhile (the latter does not move with load);
 * - the batches' count and the last few sizes;
 * - CPU ms a message by thread (bench/lib/thread-cpu.ts): W the workers (the N busiest threads), M this thread (reading,
 *   hand-off, joining the output), O the rest (V8's compile and GC threads, libuv).
 * Times are wall-clock on this thread: on a loaded machine idle is inflated by waits for a core too; the CPU columns are not.
 *
 *   node --import tsx bench/pool-idle.ts [--threads 2] [--passes 8] [--batch 16] [--prefetch 1]
 */
import path from 'node:path';
import { threadCpuNs } from './lib/thread-cpu.js';
import { CORPUS_DATA, ensureCorpus, readSplit } from './lib/corpus.js';
import { defaultConfig } from '../src/config/load.js';
import { openSources } from '../src/mail/sources/index.js';
import { createScanPool } from '../src/runtime/index.js';
import { humanLines } from '../src/cli/output/human-lines.js';
import { joinHuman } from '../src/cli/output/human.js';
import { scanAll, type PoolTraceEvent } from '../src/scan/pool.js';

const argv = process.argv.slice(2);
const opt = (name: string, d: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : d;
};
const passes = opt('--passes', 8);
const threads = opt('--threads', 2);
const config = defaultConfig();
// As bench/scan.ts: a picture remembered from an earlier pass would not be decoded again.
config.links.qr.rememberPictures = 0;
ensureCorpus();
const files = [...readSplit('test-ham'), ...readSplit('test-spam')].map((n) => path.join(CORPUS_DATA, n));
const events: PoolTraceEvent[] = [];
const pool = createScanPool(
  { config, threads, isolated: true, workers: 'thread', batchSize: opt('--batch', 16), prefetch: opt('--prefetch', 1), trace: (e) => events.push(e) },
  humanLines({ color: false, lang: 'en', verbose: false, quiet: false }),
);
const ms = (ns: number, n: number) => (ns / 1e6 / n).toFixed(3);
for (let p = 0; p < passes; p++) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  events.length = 0;
  const before = threadCpuNs();
  const t0 = performance.now();
  let n = 0;
  const described = new Set<string>();
  for await (const outcome of scanAll(pool, openSources(files, { maxMessageBytes: config.limits.maxMessageBytes, references: true }))) {
    n++;
    if ('layout' in outcome && outcome.layout) joinHuman(outcome.layout, { color: false, lang: 'en', verbose: false, described });
  }
  const t1 = performance.now();
  const after = threadCpuNs();
  const idle = Array.from({ length: threads }, () => 0);
  const idleSince = new Map<number, number>(idle.map((_, w) => [w, t0]));
  const lastDone = new Map<number, number>();
  for (const e of events) {
    if (e.kind === 'send' && e.held === 1 && idleSince.has(e.worker)) {
      idle[e.worker]! += e.at - idleSince.get(e.worker)!;
      idleSince.delete(e.worker);
    } else if (e.kind === 'done') {
      lastDone.set(e.worker, e.at);
      if (e.held === 0) idleSince.set(e.worker, e.at);
    }
  }
  for (const [w, since] of idleSince) idle[w]! += t1 - since;
  const ends = [...lastDone.values()].sort((a, b) => a - b);
  // The tail in messages (load-independent): those answered after the first worker to finish had answered its last.
  const tailMessages = ends.length > 1 ? events.filter((e) => e.kind === 'done' && e.at > ends[0]!).reduce((a, e) => a + e.size, 0) : 0;
  let main = 0;
  const others: number[] = [];
  for (const [tid, ns] of after) {
    const used = ns - (before.get(tid) ?? 0);
    if (tid === process.pid) main = used;
    else others.push(used);
  }
  others.sort((a, b) => b - a);
  const workers = others.slice(0, threads).reduce((a, b) => a + b, 0);
  const rest = others.slice(threads).reduce((a, b) => a + b, 0);
  const wall = t1 - t0;
  const sizes = events.filter((e) => e.kind === 'send').map((e) => e.size);
  console.log(
    `pass ${p} n=${n} wall=${wall.toFixed(0)} ms idle=[${idle.map((v) => v.toFixed(0)).join(',')}] ms (${((100 * idle.reduce((a, b) => a + b, 0)) / (threads * wall)).toFixed(1)} % of workers' time)` +
      ` tail=${ends.length > 1 ? (ends.at(-1)! - ends[0]!).toFixed(0) : '-'} ms (${tailMessages} msgs) batches=${sizes.length} last=${sizes.slice(-6).join(',')}` +
      ` CPU ms/msg W=${ms(workers, n)} M=${ms(main, n)} O=${ms(rest, n)}`,
  );
}
await pool.close();
