/**
 * `npm run bench`: spamlab's scan speed, latency and memory on the SpamAssassin public corpus, next to
 * rspamd and SpamAssassin on the same messages in the same run (when installed), with the targets of
 * issue 3 printed beside the figures.
 *
 *   node --import tsx bench/scan.ts [--all] [--runs N] [--warmup N] [--threads N] [--peer-runs N]
 *                                   [--no-peers] [--no-spamassassin] [--rspamd-untrained] [--no-scaling] [--out FILE] [--compare OLD.json]
 *                                   [--no-startup] [--startup-runs N] [--no-mbox] [--mbox-gb N] [--mbox-threads default,2]
 *                                   [--keep-mbox] [--no-build] [--only corpus|startup|mbox] [--help]
 *
 * Default: the peers' test split (1779 messages). --all: all 6046 messages. Figures:
 * - parse only, 1 thread: parseMessage in this thread over messages already in memory;
 * - parse only and full scan through the pool (`--threads`, default 2): openSources (references: the workers
 *   read the files) then scanAll, exactly what `spamlab scan` does (its human output: each worker lays out the
 *   text of what it scanned, this thread joins it; whole reports crossed until session 53); the parse-only pool runs
 *   bench/parse-only-scanner.ts; then the scaling figures: a pool of `--threads` threads, one worker thread,
 *   in-process and a pool of as many worker processes, alive at once and run round by round in turn (a pool of N
 *   workers runs N passes a round: every worker scans one pass's worth a round, as in the warm-up), each ratio the
 *   median of the same round's ratios (a VM's speed drifts by ±15 % between one pool's passes and the next's;
 *   --no-scaling skips them);
 * - latency: the full scan of each message ≤ 100 KB, one at a time in this thread (p50/p99/max);
 * - peak RSS: VmHWM of this process and of each worker process during the full-scan pool runs (reset before
 *   them when Linux allows), summed; worker threads share the process, so their memory is included.
 * - rspamd (peers/rspamd-up.sh, or the one already running): its Bayes is trained on the train split first
 *   when it is empty (peers/train.sh; --rspamd-untrained leaves it empty, which makes rspamd faster); the
 *   note says which.
 * - paired rounds: a parse-only pool, the full-scan pool and rspamd (when it runs), pass by pass in turn for
 *   `--runs` rounds after the warm-up (the full-scan pool's: warm-up + runs passes per worker, a long-running
 *   filter's steady state; see pairedRounds); the targets' ratios (full ÷ parse-only, spamlab ÷ rspamd, rspamd CPU ÷
 *   spamlab CPU) are the medians of each round's ratio, since phases a minute apart see a VM whose speed drifts
 *   by tens of percent; the phase-after-phase ratios are printed for reference and kept as `*Sequential`.
 * Each throughput is the median of `--runs` (5) timed passes after `--warmup` (3) untimed ones **per worker**: V8
 * needs a few thousand messages per thread before its optimised code settles, and a long batch runs on that code;
 * each of N workers sees 1/N of a pass, so a pool of N is warmed by N × `--warmup` passes (with 3 for every pool, two
 * workers were still compiling in the timed passes: 1.31 → 1.03 → 0.89 CPU ms/msg over passes 4–6, steady at ~0.85
 * from pass 10, while one worker was steady from pass 4 — session 13).
 * Every worker pool sets the product's V8 flags for this process when it starts (POOL_V8_FLAGS, src/scan/pool-workers.ts,
 * as `spamlab scan` of a batch does; worker processes get them on their command line; none since session 42's sweep), so
 * the pools are measured as users run them; the in-process figures taken after the first pool (latency, the scaling's
 * in-process row) run under them too, the first parse-only figure does not.
 * CPU ms per message (process.cpuUsage: every thread of this process; plus the pool's worker processes from
 * /proc) is printed too, since msg/s on a shared machine moves with whatever else runs; the peers' daemon CPU
 * is read from /proc the same way.
 * The result is also written as JSON (`--out`, default .bench/scan-result.json); `--compare OLD.json` prints
 * the same-run ratios of both runs side by side and flags any that got worse by more than 15 % (exit code 1):
 * the regression guard for review, noise-tolerant because it never compares raw msg/s across runs.
 * Besides, from the same command, on the built product (`npm run build` first unless --no-build; what the
 * `spamlab` bin runs, plain node, no tsx):
 * - start-up: `spamlab --help` and a one-message `spamlab scan FILE`, wall and CPU (user + system, from
 *   /usr/bin/time) of `--startup-runs` (10) runs after 2 warm-ups, medians, beside `node -e 0` in the same
 *   run (targets ≤ 100 ms and ≤ 200 ms wall); --no-startup skips it;
 * - memory: an N GiB mbox (`--mbox-gb`, default 1; corpus messages repeated, written under the temp dir and
 *   removed after unless --keep-mbox) scanned by `spamlab scan --json FILE` with the default thread count
 *   and with `-j 2` (`--mbox-threads default,2`), peak RSS of the CLI and its worker processes (each one's
 *   VmHWM, summed; target ≤ 200 MB at 1 GiB); then a batch of three 30 MB messages (attachment, text, HTML)
 *   and 50 corpus messages, default threads (target ≤ 200 MB);
 *   --no-mbox skips it (it takes minutes).
 * `--only corpus|startup|mbox` runs one part. The JSON result holds all of it; --compare also compares the
 * start-up CPU ÷ `node -e 0` CPU and the mbox peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { parseMessage } from '../src/mail/parse/index.js';
import { openSources } from '../src/mail/sources/index.js';
import { createScanner } from '../src/runtime/index.js';
import { createScanPool as createRuntimePool } from '../src/runtime/index.js';
import { joinHuman } from '../src/cli/output/human.js';
import { humanLines } from '../src/cli/output/human-lines.js';
import { DEFAULT_WORKER_KIND, scanAll } from '../src/scan/pool.js';
import { BENCH_DIR as CACHE_DIR, ensureCorpus, REPO as REPO_ROOT, selectMessages } from './lib/corpus.js';
import { splitThreads, threadCpuNs, type ThreadSplit } from './lib/thread-cpu.js';
import { mb, median, peakRss, percentile, processesCpuMs, resetPeakRss, runWithTreeMemory } from './lib/measure.js';
import { writeBigMessages } from './lib/big-messages.js';
import { writeMbox } from './lib/mbox.js';
import { benchRspamd, benchSpamAssassin, openRspamd, type PeerResult, type RspamdSession } from './lib/peers.js';

interface Args {
  all: boolean;
  runs: number;
  threads: number;
  warmup: number;
  peerRuns: number;
  peers: boolean;
  spamassassin: boolean;
  /** Train rspamd's Bayes on the train split when it is empty (the issue compares with a trained rspamd). */
  trainRspamd: boolean;
  mboxGb?: number;
  keepMbox: boolean;
  /** Where the machine-readable result goes (JSON). */
  out: string;
  /** A previous result to compare with (noise-tolerant ratios, see compareResults). */
  compare?: string;
  /** Also measure one worker and one in-process thread (the 2-vs-1 scaling figures); default on. */
  scaling: boolean;
  startup: boolean;
  startupRuns: number;
  mbox: boolean;
  /** Thread settings of the mbox scans: 'default' (no -j) or a number. */
  mboxThreads: string[];
  build: boolean;
  corpus: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    all: false,
    runs: 5,
    warmup: 3,
    threads: 2,
    peerRuns: 3,
    peers: true,
    spamassassin: true,
    trainRspamd: true,
    keepMbox: false,
    out: path.join(CACHE_DIR, 'scan-result.json'),
    scaling: true,
    startup: true,
    startupRuns: 10,
    mbox: true,
    mboxGb: 1,
    mboxThreads: ['default', '2'],
    build: true,
    corpus: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`);
      return n;
    };
    if (flag === '--help' || flag === '-h') {
      // The usage is this file's opening comment: print it rather than keep a second copy that could drift from it.
      const own = readFileSync(new URL(import.meta.url), 'utf8');
      console.log(own.slice(own.indexOf('/**') + 3, own.indexOf('*/')).split('\n').map((l) => l.replace(/^ \* ?/, '')).join('\n').trim());
      process.exit(0);
    }
    if (flag === '--all') args.all = true;
    else if (flag === '--runs') args.runs = Math.round(value());
    else if (flag === '--threads') args.threads = Math.round(value());
    else if (flag === '--warmup') args.warmup = Math.round(value());
    else if (flag === '--peer-runs') args.peerRuns = Math.round(value());
    else if (flag === '--no-peers') args.peers = false;
    else if (flag === '--rspamd-untrained') args.trainRspamd = false;
    else if (flag === '--no-spamassassin') args.spamassassin = false;
    else if (flag === '--mbox-gb') args.mboxGb = value();
    else if (flag === '--keep-mbox') args.keepMbox = true;
    else if (flag === '--out') args.out = argv[++i] ?? args.out;
    else if (flag === '--compare') args.compare = argv[++i];
    else if (flag === '--no-scaling') args.scaling = false;
    else if (flag === '--no-startup') args.startup = false;
    else if (flag === '--startup-runs') args.startupRuns = Math.round(value());
    else if (flag === '--no-mbox') args.mbox = false;
    else if (flag === '--mbox-threads') args.mboxThreads = (argv[++i] ?? '').split(',').filter((t) => t === 'default' || Number(t) >= 1);
    else if (flag === '--no-build') args.build = false;
    else if (flag === '--only') {
      const part = argv[++i];
      if (part !== 'corpus' && part !== 'startup' && part !== 'mbox') throw new Error('--only takes corpus, startup or mbox');
      args.corpus = part === 'corpus';
      args.startup = part === 'startup';
      args.mbox = part === 'mbox';
    }
    else throw new Error(`unknown argument ${flag} (npm run bench -- --help lists them)`);
  }
  return args;
}

const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);
const config = defaultConfig();
// Pass after pass over one corpus: a picture remembered from the warm-up would not be decoded in the timed passes,
// a saving new mail does not give. The picture memory's own gain is measured apart (bench/qr-memory.ts).
config.links.qr.rememberPictures = 0;
const { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes } = config.limits;
const PARSE_ONLY = new URL('./parse-only-scanner.ts', import.meta.url);

/** Raw bytes of the selected messages as openSources yields them (the From line of each file removed). */
async function loadMessages(files: string[]): Promise<{ raws: Uint8Array[]; unreadable: string[] }> {
  const raws: Uint8Array[] = [];
  const unreadable: string[] = [];
  for await (const item of openSources(files, { maxMessageBytes })) {
    if ('error' in item) unreadable.push(`${item.source}: ${item.error}`);
    else raws.push(item.raw);
  }
  return { raws, unreadable };
}

interface Throughput {
  msgPerSec: number;
  /** CPU milliseconds per message of this whole process (all threads) over the timed passes. */
  cpuMsPerMessage: number;
  runs: number[];
  errors: number;
  firstError?: string;
  /**
   * The scaling figures only (Linux): CPU ms per message of this process's threads by kind (see splitThreads); a
   * worker process's threads are not in it.
   */
  threadCpuMsPerMessage?: { workers: number; main: number; others: number };
}

type PoolOptions = Parameters<typeof createRuntimePool>[0];
type BenchPool = ReturnType<typeof createScanPool>;

/**
 * A pool as `spamlab scan` (human output, the default) makes one: each worker lays out the text of the messages it
 * scanned and hands back that and the verdict (src/cli/output/human-lines.ts); poolPass joins each as the CLI's
 * printing thread does. Until session 53 the bench's pools handed back whole reports (what the CLI did then).
 */
function createScanPool(options: PoolOptions) {
  return createRuntimePool(options, humanLines({ color: false, lang: 'en', verbose: false, quiet: false }));
}

/** CPU ms used so far by a pool: this process (all its threads: worker threads included) and its worker processes. */
function poolCpuMs(pool: BenchPool): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000 + processesCpuMs(pool.workerProcesses());
}

/** One pass of openSources + scanAll through `pool`: messages, wall seconds, CPU ms of the pool (see poolCpuMs), errors. */
async function poolPass(pool: BenchPool, files: string[]): Promise<{ count: number; seconds: number; cpuMs: number; errors: number; firstError?: string }> {
  let count = 0;
  let errors = 0;
  let firstError: string | undefined;
  // The printing thread's part of the human output (each id described once a pass, as once a run), written nowhere.
  const described = new Set<string>();
  let printed = 0;
  const cpu = poolCpuMs(pool);
  const started = performance.now();
  for await (const outcome of scanAll(pool, openSources(files, { maxMessageBytes, references: true }))) {
    count++;
    if ('error' in outcome) {
      errors++;
      firstError ??= `${outcome.source}: ${outcome.error}`;
    } else if (outcome.layout) {
      printed += joinHuman(outcome.layout, { color: false, lang: 'en', verbose: false, described }).length;
    }
  }
  if (count > errors && printed === 0) throw new Error('the pool handed back no human output');
  return { count, seconds: (performance.now() - started) / 1000, cpuMs: poolCpuMs(pool) - cpu, errors, ...(firstError ? { firstError } : {}) };
}

/** `warmup` untimed passes, then `runs` timed passes of openSources + scanAll through one pool. */
async function poolThroughput(
  files: string[],
  warmup: number,
  runs: number,
  options: PoolOptions,
  hooks: { onMeasuredStart?(workers: number[]): void; onMeasuredEnd?(workers: number[]): void } = {},
): Promise<Throughput> {
  const pool = createScanPool(options);
  warmup = warmupPasses(warmup, options);
  const rates: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let cpuStart = 0;
  let cpuEnd = 0;
  let measured = 0;
  try {
    for (let run = 0; run < warmup + runs; run++) {
      if (run === warmup) {
        hooks.onMeasuredStart?.(pool.workerProcesses());
        cpuStart = poolCpuMs(pool);
      }
      const pass = await poolPass(pool, files);
      errors = pass.errors;
      firstError ??= pass.firstError;
      if (run >= warmup) {
        rates.push(pass.count / pass.seconds);
        measured += pass.count;
      }
    }
    // Read before close(): worker processes' CPU and memory are theirs only while they live.
    cpuEnd = poolCpuMs(pool);
    hooks.onMeasuredEnd?.(pool.workerProcesses());
  } finally {
    await pool.close();
  }
  const cpuMsPerMessage = (cpuEnd - cpuStart) / measured;
  return { msgPerSec: median(rates), cpuMsPerMessage, runs: rates, errors, ...(firstError ? { firstError } : {}) };
}

/** Warm-up passes of a pool: `warmup` per worker (see the header), so every worker has seen as many messages before timing. */
function warmupPasses(warmup: number, options: PoolOptions): number {
  return warmup * passesPerRound(options);
}

/** Passes of the corpus that give each of a pool's workers one pass's worth of messages (in-process: one). */
function passesPerRound(options: PoolOptions): number {
  return Math.max(1, options.threads ?? 1);
}

/**
 * The scaling figures: several pools alive at once, run in turn round by round (pool A, B, C, then A again …), so
 * that each round's passes see the same machine; a VM's speed drifts by ±15 % over the minute one pool's passes
 * take, which swamped a ratio of figures taken one after the other. In each round a pool of N workers runs N passes
 * (passesPerRound), so that every worker of every pool scans one pass's worth of messages a round — the warm-up's
 * rule (warmupPasses) carried through the timed rounds. With one pass a round each, a ×2 pool's workers saw half a
 * pass a round and were timed over their own passes 3–5.5 while the one worker was timed over its passes 3–8: the ×2
 * pool was measured earlier in V8's tier-up than the pool it is divided by (session 60, pool60; session 54's cpu54
 * read 1.86–1.93 with the windows matched by a longer warm-up). Returns each pool's throughput (median of its rounds'
 * rates, CPU ms per message over its own timed passes: the other pools are idle meanwhile) and, per later pool, the
 * median over rounds of its rate ÷ the first pool's rate in the same round.
 */
/** Idle time before each interleaved pass (see interleavedThroughput). */
const SETTLE_MS = 300;

async function interleavedThroughput(files: string[], warmup: number, runs: number, options: PoolOptions[]): Promise<{ throughput: Throughput[]; pairedRatios: number[] }> {
  const pools = options.map((o) => createScanPool(o));
  const rates: number[][] = options.map(() => []);
  const cpuMs = options.map(() => 0);
  const split: ThreadSplit[] = options.map(() => ({ workers: 0, main: 0, others: 0 }));
  const counts = options.map(() => 0);
  const errors = options.map(() => 0);
  const firstErrors: (string | undefined)[] = options.map(() => undefined);
  try {
    // Warm-up rounds run N passes a pool too, so each pool is warmed by warmupPasses(warmup) passes (warm-up per worker).
    for (let run = 0; run < warmup + runs; run++) {
      for (const [i, pool] of pools.entries()) {
        // What the previous pool left to its collectors' background threads (sweeping, concurrent marking) must
        // not run during this pool's passes: a pass on two busy cores would pay for another pool's garbage.
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const threadsBefore = threadCpuNs();
        let roundCount = 0;
        let roundSeconds = 0;
        let roundCpuMs = 0;
        for (let pass = 0; pass < passesPerRound(options[i]!); pass++) {
          const done = await poolPass(pool, files);
          errors[i] = done.errors;
          firstErrors[i] ??= done.firstError;
          roundCount += done.count;
          roundSeconds += done.seconds;
          roundCpuMs += done.cpuMs;
        }
        const roundSplit = splitThreads(threadsBefore, threadCpuNs(), pool.workerKind === 'thread' ? pool.threads : 0);
        if (run < warmup) continue;
        rates[i]!.push(roundCount / roundSeconds);
        cpuMs[i]! += roundCpuMs;
        counts[i]! += roundCount;
        split[i]!.workers += roundSplit.workers;
        split[i]!.main += roundSplit.main;
        split[i]!.others += roundSplit.others;
      }
    }
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
  const perMessage = (ns: number, i: number) => ns / 1e6 / counts[i]!;
  const throughput = options.map((_, i) => ({
    msgPerSec: median(rates[i]!),
    cpuMsPerMessage: cpuMs[i]! / counts[i]!,
    runs: rates[i]!,
    errors: errors[i]!,
    ...(firstErrors[i] ? { firstError: firstErrors[i] } : {}),
    ...(split[i]!.main > 0 ? { threadCpuMsPerMessage: { workers: perMessage(split[i]!.workers, i), main: perMessage(split[i]!.main, i), others: perMessage(split[i]!.others, i) } } : {}),
  }));
  const pairedRatios = options.slice(1).map((_, j) => median(rates[0]!.map((r, round) => r / rates[j + 1]![round]!)));
  return { throughput, pairedRatios };
}

/** Same-round ratios of the paired phase (see pairedRounds); each the median over rounds. */
interface PairedRatios {
  rounds: number;
  fullOverParseOnly: number;
  cpuFullOverParseOnly: number;
  spamlabOverRspamd?: number;
  rspamdCpuOverSpamlabCpu?: number;
}

/**
 * The targets' ratios taken pass by pass in turn — a parse-only pool, the full-scan pool, then rspamd (when it
 * runs) — each round's ratio from passes a few seconds apart, the median over rounds. Figures measured one
 * phase after another (parse-only, then the full scan, rspamd a minute later) divide two states of a VM whose
 * speed drifts by tens of percent over minutes: session 30's three runs put rspamd CPU ÷ spamlab at 3.26, 2.78
 * and 3.04 with parse-only itself moving 9,225 → 5,380 msg/s between runs. CPU is each side's own: the pool's
 * process and threads, rspamd's processes and its Redis.
 */
async function pairedRounds(files: string[], warmup: number, runs: number, threads: number, rspamd?: RspamdSession): Promise<PairedRatios> {
  const parse = createScanPool({ config, threads, scannerModule: PARSE_ONLY });
  const full = createScanPool({ config, threads });
  const byRound: { fullOverParse: number; cpuFullOverParse: number; overRspamd?: number; rspamdCpuOver?: number }[] = [];
  try {
    // The full-scan pool is warmed for as long as the full-scan phase's pool had run when its timing ended
    // (warm-up + timed passes, per worker): with the shorter warm-up its workers were still tiering up the big
    // checks' functions over the timed rounds, and each round's rspamd CPU ÷ spamlab rose (2.61 → 3.24 in one run
    // of session 37). That is the state of a long-running filter (serve, queue), whose pool lives for hours;
    // a batch of a few thousand messages pays the tier-up itself (the full-scan phase's figures). The parse-only
    // pool settles sooner (one small module).
    const parseWarmup = warmupPasses(warmup, { config, threads });
    const fullWarmup = warmupPasses(warmup + runs, { config, threads });
    for (let run = 0; run < fullWarmup; run++) {
      if (run < parseWarmup) await poolPass(parse, files);
      await poolPass(full, files);
    }
    for (let run = 0; run < runs; run++) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const p = await poolPass(parse, files);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const f = await poolPass(full, files);
      const fullRate = f.count / f.seconds;
      const fullCpu = f.cpuMs / f.count;
      const round: (typeof byRound)[number] = { fullOverParse: fullRate / (p.count / p.seconds), cpuFullOverParse: fullCpu / (p.cpuMs / p.count) };
      if (rspamd) {
        const r = rspamd.pass();
        round.overRspamd = fullRate / (files.length / r.seconds);
        round.rspamdCpuOver = r.cpuMs / files.length / fullCpu;
      }
      byRound.push(round);
      log(`paired round ${run + 1}: full ÷ parse-only ${round.fullOverParse.toFixed(2)} (CPU a message ${round.cpuFullOverParse.toFixed(2)}×)${rspamd ? `, ÷ rspamd ${round.overRspamd!.toFixed(2)}×, rspamd CPU ÷ spamlab ${round.rspamdCpuOver!.toFixed(2)}` : ''}`);
    }
  } finally {
    await Promise.all([parse.close(), full.close()]);
  }
  const med = (pick: (r: (typeof byRound)[number]) => number | undefined) => {
    const values = byRound.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));
    return values.length ? median(values) : undefined;
  };
  return {
    rounds: byRound.length,
    fullOverParseOnly: med((r) => r.fullOverParse)!,
    cpuFullOverParseOnly: med((r) => r.cpuFullOverParse)!,
    ...(rspamd ? { spamlabOverRspamd: med((r) => r.overRspamd)!, rspamdCpuOverSpamlabCpu: med((r) => r.rspamdCpuOver)! } : {}),
  };
}

function parseOnlyInProcess(raws: Uint8Array[], warmup: number, runs: number): Throughput {
  const rates: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let cpuStart = process.cpuUsage();
  for (let run = 0; run < warmup + runs; run++) {
    if (run === warmup) cpuStart = process.cpuUsage();
    errors = 0;
    const started = performance.now();
    for (const raw of raws) {
      try {
        parseMessage(raw, { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes });
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message;
      }
    }
    if (run >= warmup) rates.push(raws.length / ((performance.now() - started) / 1000));
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMsPerMessage = (cpu.user + cpu.system) / 1000 / (raws.length * runs);
  return { msgPerSec: median(rates), cpuMsPerMessage, runs: rates, errors, ...(firstError ? { firstError } : {}) };
}

interface Latency {
  count: number;
  p50: number;
  p99: number;
  max: number;
  msgPerSec: number;
  errors: number;
  firstError?: string;
}

/** Full scan, one message at a time in this thread, messages ≤ 100 KB; the last of warmup + 1 passes is timed. */
async function latency(raws: Uint8Array[], warmup: number): Promise<Latency> {
  const scanner = await createScanner({ config });
  const small = raws.filter((r) => r.byteLength <= 100 * 1024);
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  for (let pass = 0; pass <= warmup; pass++) {
    times.length = 0;
    errors = 0;
    for (const [i, raw] of small.entries()) {
      const started = performance.now();
      try {
        await scanner.scan({ source: `m${i}`, raw });
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message;
      }
      times.push(performance.now() - started);
    }
  }
  const total = times.reduce((a, b) => a + b, 0);
  times.sort((a, b) => a - b);
  return {
    count: small.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
    msgPerSec: small.length / (total / 1000),
    errors,
    ...(firstError ? { firstError } : {}),
  };
}

const fmtRate = (t: { msgPerSec: number; errors: number; cpuMsPerMessage?: number }, n: number): string =>
  `${t.msgPerSec.toFixed(0)} msg/s${t.cpuMsPerMessage === undefined ? '' : `, ${t.cpuMsPerMessage.toFixed(2)} CPU ms/msg`}${t.errors ? `  (${t.errors}/${n} failed)` : ''}`;

function row(label: string, figure: string, target = ''): string {
  return `  ${label.padEnd(56)} ${figure.padEnd(34)} ${target}`;
}

async function mainCorpus(args: Args): Promise<Part> {
  const dataDir = ensureCorpus(log);
  const selection = selectMessages(args.all);
  log(`corpus: ${selection.label} from ${path.relative(REPO_ROOT, dataDir)}`);
  const { raws, unreadable } = await loadMessages(selection.files);
  const totalBytes = raws.reduce((a, r) => a + r.byteLength, 0);
  const n = selection.files.length;

  log('parse only, 1 thread');
  const parse1 = parseOnlyInProcess(raws, args.warmup, args.runs);
  log(`parse only, pool of ${args.threads} threads`);
  const parsePool = await poolThroughput(selection.files, args.warmup, args.runs, { config, threads: args.threads, scannerModule: PARSE_ONLY });
  log(`full scan, pool of ${args.threads} threads`);
  let peakReset = false;
  let fullPeak = 0;
  const fullPool = await poolThroughput(
    selection.files,
    args.warmup,
    args.runs,
    { config, threads: args.threads },
    {
      onMeasuredStart: (workers) => {
        peakReset = resetPeakRss(workers);
      },
      onMeasuredEnd: (workers) => {
        fullPeak = peakRss(workers);
      },
    },
  );
  // The pool's own kind of worker (threads) for ×N ÷ 1, and a pool of as many worker processes beside it.
  const poolKind = DEFAULT_WORKER_KIND;
  const otherKind = poolKind === 'thread' ? 'process' : 'thread';
  let scaling:
    | { pool: Throughput; oneWorker: Throughput; inProcess: Throughput; otherPool: Throughput; poolOverOneWorker: number; poolOverInProcess: number; otherPoolOverOneWorker: number }
    | undefined;
  if (args.scaling) {
    log(`scaling: full scan through a pool of ${args.threads} worker ${poolKind}s, one worker ${poolKind}, in-process and a pool of ${args.threads} worker ${otherKind}es, round by round in turn (each worker one pass's worth a round)`);
    const { throughput, pairedRatios } = await interleavedThroughput(selection.files, args.warmup, args.runs, [
      { config, threads: args.threads, workers: poolKind },
      { config, threads: 1, isolated: true, workers: poolKind },
      { config, threads: 1 },
      { config, threads: args.threads, workers: otherKind },
    ]);
    const [pool, oneWorker, inProcess, otherPool] = throughput as [Throughput, Throughput, Throughput, Throughput];
    scaling = {
      pool,
      oneWorker,
      inProcess,
      otherPool,
      poolOverOneWorker: pairedRatios[0]!,
      poolOverInProcess: pairedRatios[1]!,
      otherPoolOverOneWorker: median(otherPool.runs.map((rate, round) => rate / oneWorker.runs[round]!)),
    };
  }
  log('latency, full scan, 1 thread');
  const lat = await latency(raws, args.warmup);

  const peers: PeerResult[] = [];
  let paired: PairedRatios;
  const rspamdSession = args.peers ? openRspamd(selection.files, log, args.trainRspamd) : undefined;
  try {
    if (rspamdSession) peers.push(benchRspamd(rspamdSession, selection.files, args.peerRuns, log));
    log(`paired rounds: parse-only pool, full-scan pool${rspamdSession && !('skipped' in rspamdSession) ? ', rspamd' : ''}, pass by pass in turn`);
    paired = await pairedRounds(selection.files, args.warmup, args.runs, args.threads, rspamdSession && !('skipped' in rspamdSession) ? rspamdSession : undefined);
  } finally {
    if (rspamdSession && !('skipped' in rspamdSession)) rspamdSession.close();
  }
  if (args.peers && args.spamassassin) peers.push(await benchSpamAssassin(selection.files, log));

  const failed = [parse1, parsePool, fullPool, lat, ...(scaling ? [scaling.pool, scaling.oneWorker, scaling.inProcess, scaling.otherPool] : [])].find((t) => t.errors > 0);
  /** A verdict on a target, unless failed scans make the figure meaningless. */
  const verdict = (ok: boolean): string => (failed ? 'n/a (scans failed)' : ok ? 'met' : 'NOT met');
  const out: string[] = [];
  out.push('');
  out.push(`spamlab scan benchmark: ${selection.label}, ${(totalBytes / 1048576).toFixed(1)} MB; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}); Node ${process.version}`);
  out.push(
    `throughput = median of ${args.runs} timed passes after ${args.warmup} warm-up passes per worker; pool = ${args.threads} worker ${poolKind}s reading their own input; CPU = this process and its worker processes, if any`,
  );
  if (unreadable.length) out.push(`unreadable files: ${unreadable.length} (first: ${unreadable[0]})`);
  out.push('');
  out.push(row('figure', 'measured', 'target'));
  out.push(row('parse only, 1 thread (in memory)', fmtRate(parse1, raws.length)));
  out.push(row(`parse only, pool ×${args.threads} (files → openSources → pool)`, fmtRate(parsePool, n)));
  const rspamd = peers.find((p) => p.name === 'rspamd' && p.msgPerSec);
  out.push(
    row(
      `full scan, pool ×${args.threads}`,
      fmtRate(fullPool, n),
      rspamd?.msgPerSec ? `≥ 3× rspamd = ${(3 * rspamd.msgPerSec).toFixed(0)} msg/s` : '≥ 3× rspamd (rspamd not measured)',
    ),
  );
  if (scaling) {
    out.push(`  scaling (pools run round by round in turn, each worker one pass's worth a round; each ratio the median of same-round ratios):`);
    out.push(row(`  full scan, pool ×${args.threads} (${poolKind}s)`, fmtRate(scaling.pool, n)));
    out.push(row(`  full scan, 1 worker ${poolKind}`, fmtRate(scaling.oneWorker, n)));
    out.push(row('  full scan, in-process (no workers)', fmtRate(scaling.inProcess, n)));
    out.push(row(`  full scan, pool ×${args.threads} (${otherKind}es)`, fmtRate(scaling.otherPool, n)));
    const split = (t: Throughput) =>
      t.threadCpuMsPerMessage ? `workers ${t.threadCpuMsPerMessage.workers.toFixed(3)}, main ${t.threadCpuMsPerMessage.main.toFixed(3)}, others ${t.threadCpuMsPerMessage.others.toFixed(3)}` : 'not measured';
    out.push(`    CPU ms/msg by thread (workers: the pool's worker threads; others: V8's compile and GC threads, libuv's):`);
    out.push(row(`      pool ×${args.threads} (${poolKind}s)`, split(scaling.pool)));
    out.push(row(`      1 worker ${poolKind}`, split(scaling.oneWorker)));
    out.push(row('      in-process (the scans are the main thread)', split(scaling.inProcess)));
    out.push(row(`  full scan: pool ×${args.threads} / 1 worker ${poolKind}`, `${scaling.poolOverOneWorker.toFixed(2)}×`, `≥ 1.7×: ${verdict(scaling.poolOverOneWorker >= 1.7)}`));
    out.push(row(`  full scan: pool ×${args.threads} / in-process`, `${scaling.poolOverInProcess.toFixed(2)}×`, '> 1 (both cores for real)'));
    out.push(row(`  full scan: pool ×${args.threads} ${otherKind}es / 1 worker ${poolKind}`, `${scaling.otherPoolOverOneWorker.toFixed(2)}×`, '(for reference)'));
  }
  out.push(row('full scan, 1 thread (messages ≤ 100 KB)', fmtRate(lat, lat.count)));
  const ratioPool = fullPool.msgPerSec / parsePool.msgPerSec;
  out.push(row(`full scan / parse only, pool ×${args.threads} (phases in sequence)`, ratioPool.toFixed(2), '(for reference)'));
  out.push(row(`full scan / parse only, pool ×${args.threads}, paired (${paired.rounds} rounds)`, paired.fullOverParseOnly.toFixed(2), `≥ 0.5: ${verdict(paired.fullOverParseOnly >= 0.5)}`));
  out.push(row('full scan / parse only, 1 thread', (lat.msgPerSec / parse1.msgPerSec).toFixed(2), '(for reference)'));
  out.push(
    row(
      `latency p50 / p99 / max (1 thread, ${lat.count} msgs ≤ 100 KB)`,
      `${lat.p50.toFixed(2)} / ${lat.p99.toFixed(2)} / ${lat.max.toFixed(1)} ms`,
      `p99 ≤ 20 ms: ${verdict(lat.p99 <= 20)}`,
    ),
  );
  out.push(row(`peak RSS, full-scan pool (VmHWM${peakReset ? ', reset before' : ', whole run'})`, mb(fullPeak), '(≤ 200 MB is the 1 GB mbox target: --mbox-gb 1)'));
  for (const peer of peers) {
    if (peer.msgPerSec) {
      const ratio = fullPool.msgPerSec / peer.msgPerSec;
      const target = peer.name === 'rspamd' ? `spamlab/rspamd ${ratio.toFixed(2)}× in sequence (for reference)` : `spamlab/${peer.name} ${failed ? 'n/a (scans failed)' : `${ratio.toFixed(1)}×`}`;
      const cpu = peer.cpuMsPerMessage === undefined ? '' : `, ${peer.cpuMsPerMessage.toFixed(2)} CPU ms/msg`;
      out.push(row(`${peer.name} (${peer.runs.length} run${peer.runs.length > 1 ? 's' : ''}, ${peer.answered}/${n} answered)`, `${peer.msgPerSec.toFixed(0)} msg/s${cpu}`, target));
      if (peer.cpuMsPerMessage !== undefined && !failed) {
        out.push(`      CPU per message, ${peer.name} daemon ÷ spamlab (all threads), in sequence: ${(peer.cpuMsPerMessage / fullPool.cpuMsPerMessage).toFixed(2)}× (for reference)`);
      }
      if (peer.name === 'rspamd' && paired.spamlabOverRspamd !== undefined) {
        out.push(row(`  spamlab ÷ rspamd, paired (${paired.rounds} rounds)`, `${paired.spamlabOverRspamd.toFixed(2)}×`, `≥ 3×: ${verdict(paired.spamlabOverRspamd >= 3)}`));
        out.push(row(`  rspamd CPU ÷ spamlab CPU per message, paired`, `${paired.rspamdCpuOverSpamlabCpu!.toFixed(2)}×`, `≥ 3×: ${verdict(paired.rspamdCpuOverSpamlabCpu! >= 3)}`));
      }
      out.push(`      ${peer.note}`);
    } else out.push(row(peer.name, '-', peer.note));
  }
  if (!args.peers) out.push(row('rspamd, SpamAssassin', '-', 'skipped (--no-peers)'));
  if (failed) out.push('', `NOTE: some scans failed (first: ${failed.firstError}); throughput counts them as messages.`);
  const rspamdCpu = peers.find((p) => p.name === 'rspamd')?.cpuMsPerMessage;
  return {
    lines: out,
    corpus: { label: selection.label, messages: n, megabytes: Math.round((totalBytes / 1048576) * 10) / 10 },
    figures: {
      parseOnlyInMemory: brief(parse1),
      parseOnlyPool: brief(parsePool),
      fullScanPool: brief(fullPool),
      poolWorkers: poolKind,
      ...(scaling
        ? { fullScanPoolInterleaved: brief(scaling.pool), fullScanOneWorker: brief(scaling.oneWorker), fullScanInProcess: brief(scaling.inProcess), [`fullScanPoolOf${otherKind}es`]: brief(scaling.otherPool) }
        : {}),
      latency: { p50: lat.p50, p99: lat.p99, max: lat.max },
      peakRssMb: Math.round(fullPeak / 1048576),
      ...(rspamd?.msgPerSec ? { rspamd: { msgPerSec: rspamd.msgPerSec, cpuMsPerMessage: rspamdCpu ?? null } } : {}),
    },
    // The targets' ratios are the paired ones (pairedRounds); the phase-after-phase ones are kept as *Sequential.
    ratios: {
      fullOverParseOnly: paired.fullOverParseOnly,
      cpuFullOverParseOnly: paired.cpuFullOverParseOnly,
      fullOverParseOnlySequential: ratioPool,
      cpuFullOverParseOnlyInMemory: fullPool.cpuMsPerMessage / parse1.cpuMsPerMessage,
      ...(scaling ? { poolOverOneWorker: scaling.poolOverOneWorker, poolOverInProcess: scaling.poolOverInProcess, otherPoolOverOneWorker: scaling.otherPoolOverOneWorker } : {}),
      ...(paired.spamlabOverRspamd !== undefined ? { spamlabOverRspamd: paired.spamlabOverRspamd, rspamdCpuOverSpamlabCpu: paired.rspamdCpuOverSpamlabCpu! } : {}),
      ...(rspamd?.msgPerSec ? { spamlabOverRspamdSequential: fullPool.msgPerSec / rspamd.msgPerSec } : {}),
      ...(rspamdCpu ? { rspamdCpuOverSpamlabCpuSequential: rspamdCpu / fullPool.cpuMsPerMessage } : {}),
    },
    failed: Boolean(failed),
  };
}

/** What one part of the run adds to the printed report and to the JSON result. */
interface Part {
  lines: string[];
  corpus?: BenchResult['corpus'];
  figures: Record<string, unknown>;
  ratios: Record<string, number>;
  failed: boolean;
}

const brief = (t: Throughput) => ({
  msgPerSec: Math.round(t.msgPerSec),
  cpuMsPerMessage: Math.round(t.cpuMsPerMessage * 1000) / 1000,
  errors: t.errors,
  ...(t.threadCpuMsPerMessage ? { threadCpuMsPerMessage: Object.fromEntries(Object.entries(t.threadCpuMsPerMessage).map(([k, v]) => [k, Math.round(v * 1000) / 1000])) } : {}),
});

/** The machine-readable result of one corpus run (`--out`, default .bench/scan-result.json). */
interface BenchResult {
  kind: 'spamlab-scan-bench';
  version: 1;
  at: string;
  commit: string;
  node: string;
  cpus: number;
  loadAverage: { start: number[]; end: number[] };
  corpus?: { label: string; messages: number; megabytes: number };
  settings: { runs: number; warmup: number; threads: number; startupRuns?: number; mboxGb?: number };
  figures: Record<string, unknown>;
  /** Same-run ratios: what --compare compares, since the machine's load moves msg/s but much less these. */
  ratios: Record<string, number>;
  failed: boolean;
}

function writeResult(file: string, result: BenchResult): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}

function gitCommit(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

/**
 * The noise-tolerant comparison of two runs: only same-run ratios are compared (full scan ÷ parse-only in
 * throughput and in CPU per message, spamlab ÷ rspamd, pool ÷ one worker), never raw msg/s, which moves
 * ±50 % with the machine's load. A ratio that got worse by more than TOLERANCE is flagged as a regression:
 * measured run-to-run spread of these ratios on this machine is ~10 %, so a 20 % cost shows.
 */
const TOLERANCE = 0.15;
const HIGHER_IS_BETTER: Record<string, boolean> = {
  fullOverParseOnly: true,
  cpuFullOverParseOnly: false,
  fullOverParseOnlySequential: true,
  cpuFullOverParseOnlyInMemory: false,
  spamlabOverRspamdSequential: true,
  rspamdCpuOverSpamlabCpuSequential: true,
  poolOverOneWorker: true,
  otherPoolOverOneWorker: true,
  poolOverInProcess: true,
  spamlabOverRspamd: true,
  rspamdCpuOverSpamlabCpu: true,
  startupHelpCpuOverNode: false,
  startupScanCpuOverNode: false,
  mboxPeakRss_default_over200Mb: false,
  mboxPeakRss_threads2_over200Mb: false,
  bigBatchPeakRss_over200Mb: false,
};

export function compareResults(before: BenchResult, after: BenchResult): string[] {
  const lines = [`compared with ${before.commit} (${before.at}; load ${before.loadAverage.start.join('/')}) → ${after.commit} (load ${after.loadAverage.start.join('/')}); tolerance ${TOLERANCE * 100} %:`];
  let regressions = 0;
  for (const [key, higherBetter] of Object.entries(HIGHER_IS_BETTER)) {
    const a = before.ratios[key];
    const b = after.ratios[key];
    if (a === undefined || b === undefined) continue;
    const change = higherBetter ? b / a - 1 : a / b - 1;
    const flag = change < -TOLERANCE ? 'REGRESSION' : change > TOLERANCE ? 'better' : 'same within noise';
    if (flag === 'REGRESSION') regressions++;
    lines.push(`  ${key.padEnd(26)} ${a.toFixed(3).padStart(8)} → ${b.toFixed(3).padStart(8)}  (${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} % ${higherBetter ? 'higher is better' : 'lower is better'})  ${flag}`);
  }
  lines.push(regressions ? `  ${regressions} regression(s) beyond the tolerance` : '  no regression beyond the tolerance');
  if (regressions) process.exitCode = 1;
  return lines;
}

const BIN = path.join(REPO_ROOT, 'bin/spamlab.js');

/** `npm run build`: the start-up and mbox figures are of the built product, as the `spamlab` bin runs it. */
function buildProduct(): void {
  log('building the product (npm run build)');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
}

interface Timed {
  wallMs: number;
  /** User + system CPU of the process (all its threads), from /usr/bin/time; NaN without it. */
  cpuMs: number;
  /** Peak RSS (max resident set) from /usr/bin/time; NaN without it. */
  peakRssBytes: number;
  status: number | null;
  stderr: string;
}

const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

/** Runs one command (stdout discarded), timed: wall here, CPU and peak RSS by GNU time when installed. */
function timed(argv: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const report = timeReport();
  const started = performance.now();
  const r = spawnSync(report.command[0]!, [...report.command.slice(1), ...argv], { cwd: REPO_ROOT, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  return { wallMs: performance.now() - started, ...report.read(), status: r.status, stderr: r.stderr };
}

/**
 * GNU time's wrapper (when installed) and its reading: CPU of the command and every process it waited for
 * (worker processes included); peak RSS of the largest of them (what getrusage gives: not their sum).
 */
function timeReport(): { command: string[]; read(): { cpuMs: number; peakRssBytes: number } } {
  const file = path.join(tmpdir(), `spamlab-bench-time-${process.pid}.txt`);
  return {
    command: haveTime ? [TIME, '-f', '%U %S %M', '-o', file] : [],
    read() {
      if (!haveTime) return { cpuMs: NaN, peakRssBytes: NaN };
      const [user, system, maxKb] = readFileSync(file, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      rmSync(file, { force: true });
      return { cpuMs: (user! + system!) * 1000, peakRssBytes: maxKb! * 1024 };
    },
  };
}

interface StartupFigure {
  wallMs: number;
  cpuMs: number;
  runs: number;
}

/** Medians of `runs` timed runs after 2 untimed ones (page cache, CPU frequency). */
function startupOf(argv: string[], runs: number, env?: NodeJS.ProcessEnv): StartupFigure {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const t = timed(argv, env);
    if (t.status !== 0) throw new Error(`${argv.join(' ')} exited with ${t.status}: ${t.stderr.slice(0, 500)}`);
    if (i < 2) continue;
    walls.push(t.wallMs);
    cpus.push(t.cpuMs);
  }
  return { wallMs: Math.round(median(walls) * 10) / 10, cpuMs: Math.round(median(cpus) * 10) / 10, runs };
}

/** Start-up of the built CLI: --help and a one-message scan, beside `node -e 0`, all in this run. */
function startupPart(args: Args): Part {
  ensureCorpus(log);
  const message = selectMessages(false).files.find((f) => f.includes('/spam')) ?? selectMessages(false).files[0]!;
  log(`start-up: node -e 0, spamlab --help, spamlab scan ONE (${args.startupRuns} runs each after 2 warm-ups)`);
  const node = startupOf([process.execPath, '-e', '0'], args.startupRuns);
  const help = startupOf([process.execPath, BIN, '--help'], args.startupRuns);
  const scan = startupOf([process.execPath, BIN, 'scan', message], args.startupRuns);
  const fmt = (f: StartupFigure) => `${f.wallMs.toFixed(0)} ms wall, ${Number.isNaN(f.cpuMs) ? '? (no /usr/bin/time)' : f.cpuMs.toFixed(0)} ms CPU`;
  const lines = [
    '',
    `start-up of the built CLI (node bin/spamlab.js), median of ${args.startupRuns} runs after 2 warm-ups; wall moves with the machine's load, CPU ÷ node -e 0 much less`,
    row('node -e 0 (Node itself, same run)', fmt(node)),
    row('spamlab --help', fmt(help), `≤ 100 ms wall: ${help.wallMs <= 100 ? 'met' : 'NOT met'}`),
    row(`spamlab scan ONE (a ${(statSync(message).size / 1024).toFixed(1)} KB spam message)`, fmt(scan), `≤ 200 ms wall: ${scan.wallMs <= 200 ? 'met' : 'NOT met'}`),
    row('  CPU ÷ node -e 0: --help / scan ONE', `${(help.cpuMs / node.cpuMs).toFixed(2)}× / ${(scan.cpuMs / node.cpuMs).toFixed(2)}×`),
  ];
  // NODE_EXTRA_CA_CERTS makes Node 20 parse its own root certificates and the file's at every start, before any
  // JavaScript runs (~45 ms CPU on the machines of session 8, for a scan that opens no TLS connection): a
  // property of the environment, shown beside the figures, which stay those of the environment as given.
  let withoutExtraCa: { nodeItself: StartupFigure; help: StartupFigure; scanOne: StartupFigure } | undefined;
  if (process.env['NODE_EXTRA_CA_CERTS']) {
    const env = { ...process.env };
    delete env['NODE_EXTRA_CA_CERTS'];
    log('start-up again without NODE_EXTRA_CA_CERTS (set in this environment)');
    withoutExtraCa = { nodeItself: startupOf([process.execPath, '-e', '0'], args.startupRuns, env), help: startupOf([process.execPath, BIN, '--help'], args.startupRuns, env), scanOne: startupOf([process.execPath, BIN, 'scan', message], args.startupRuns, env) };
    lines.push(
      row('  this environment sets NODE_EXTRA_CA_CERTS; without it:', ''),
      row('    node -e 0 / --help / scan ONE', `${fmt(withoutExtraCa.nodeItself)} / ${withoutExtraCa.help.wallMs.toFixed(0)} ms wall / ${withoutExtraCa.scanOne.wallMs.toFixed(0)} ms wall`, '(Node loads the extra CA file at every start)'),
    );
  }
  return {
    lines,
    figures: { startup: { nodeItself: node, help, scanOne: scan, ...(withoutExtraCa ? { withoutExtraCaCerts: withoutExtraCa } : {}) } },
    ratios: Number.isNaN(node.cpuMs) ? {} : { startupHelpCpuOverNode: help.cpuMs / node.cpuMs, startupScanCpuOverNode: scan.cpuMs / node.cpuMs },
    failed: false,
  };
}

/** Peak RSS of `spamlab scan --json` over a generated N GiB mbox, with each thread setting asked for. */
async function mboxPart(args: Args): Promise<Part> {
  const gb = args.mboxGb!;
  ensureCorpus(log);
  const { raws } = await loadMessages(selectMessages(true).files);
  const file = path.join(tmpdir(), `spamlab-bench-${gb}g-${process.pid}.mbox`);
  log(`writing a ${gb} GiB mbox to ${file}`);
  const written = await writeMbox(file, raws, gb * 1024 ** 3);
  raws.length = 0;
  const bytes = statSync(file).size;
  const lines = [
    '',
    `memory: ${(bytes / 1024 ** 3).toFixed(2)} GiB mbox, ${written} messages (corpus repeated), scanned by \`spamlab scan --json FILE\` (output discarded); peak RSS = the sum of each process's peak (VmHWM, read every 100 ms: the CLI and its worker processes, if any)`,
  ];
  const figures: Record<string, unknown> = {};
  const ratios: Record<string, number> = {};
  let failed = false;
  try {
    for (const threads of args.mboxThreads) {
      const label = threads === 'default' ? `default threads (${availableParallelism() - 1 || 1} on ${availableParallelism()} cores)` : `-j ${threads}`;
      log(`scanning it: spamlab scan --json ${threads === 'default' ? '' : `-j ${threads} `}FILE`);
      const report = timeReport();
      const run = await runWithTreeMemory([...report.command, process.execPath, BIN, 'scan', '--json', ...(threads === 'default' ? [] : ['-j', threads]), file], REPO_ROOT, { countRoot: !haveTime });
      const t = { ...run, ...report.read(), peakRssBytes: run.treePeakRssBytes };
      const summary = /\{"summary":.*\}/.exec(t.stderr);
      const counts = summary ? (JSON.parse(summary[0]) as { summary: { scanned: number; errors: number } }).summary : undefined;
      if (t.status !== 0 || !counts) {
        failed = true;
        lines.push(row(label, `failed (exit ${t.status})`, t.stderr.slice(-300)));
        continue;
      }
      const target = gb <= 1 ? `≤ 200 MB at 1 GiB: ${t.peakRssBytes <= 200 * 1048576 ? 'met' : 'NOT met'}` : '(≤ 200 MB at 1 GiB)';
      const rate = `${(counts.scanned / (t.wallMs / 1000)).toFixed(0)} msg/s`;
      const complete = counts.scanned + counts.errors === written ? '' : `, ${counts.scanned + counts.errors} of ${written} messages!`;
      const tree = t.processes > 1 ? `, ${t.processes} processes` : '';
      lines.push(row(`peak RSS, ${label}`, `${mb(t.peakRssBytes)} (${rate}${tree}${counts.errors ? `, ${counts.errors} failed` : ''}${complete})`, target));
      const key = threads === 'default' ? 'default' : `threads${threads}`;
      figures[key] = { peakRssMb: Math.round(t.peakRssBytes / 1048576), processes: t.processes, messages: counts.scanned, errors: counts.errors, seconds: Math.round(t.wallMs / 100) / 10, cpuSeconds: Math.round(t.cpuMs / 100) / 10 };
      if (!Number.isNaN(t.peakRssBytes)) ratios[`mboxPeakRss_${key}_over200Mb`] = t.peakRssBytes / (200 * 1048576);
      if (counts.scanned + counts.errors !== written) failed = true;
    }
  } finally {
    if (!args.keepMbox) rmSync(file, { force: true });
  }
  const big = await bigMessagesBatch();
  lines.push(...big.lines);
  if (big.ratio !== undefined) ratios['bigBatchPeakRss_over200Mb'] = big.ratio;
  return { lines, figures: { mbox: { gib: gb, bytes, messages: written, ...figures }, bigMessages: big.figures }, ratios, failed: failed || big.failed };
}

/**
 * Peak RSS of `spamlab scan --json DIR` (default threads) over a batch holding three 30 MB messages (an
 * attachment, a text body, an HTML body: bench/lib/big-messages.ts) and 50 corpus messages: the issue's
 * "a batch holding a few 30 MB messages within 200 MB".
 */
async function bigMessagesBatch(): Promise<{ lines: string[]; figures: Record<string, unknown>; ratio?: number; failed: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-bench-big-'));
  try {
    writeBigMessages(dir, 30);
    for (const [i, source] of selectMessages(true).files.slice(0, 50).entries()) copyFileSync(source, path.join(dir, `corpus-${i}.eml`));
    log('scanning a batch of three 30 MB messages and 50 corpus messages: spamlab scan --json DIR');
    const run = await runWithTreeMemory([process.execPath, BIN, 'scan', '--json', dir], REPO_ROOT);
    const summary = /\{"summary":.*\}/.exec(run.stderr);
    const counts = summary ? (JSON.parse(summary[0]) as { summary: { scanned: number; errors: number } }).summary : undefined;
    const label = 'peak RSS, 3 × 30 MB messages + 50, default threads';
    if (run.status !== 0 || !counts || counts.scanned !== 53) {
      return { lines: [row(label, `failed (exit ${run.status}, ${counts?.scanned ?? 0} of 53 scanned)`, run.stderr.slice(-300))], figures: {}, failed: true };
    }
    const ok = run.treePeakRssBytes <= 200 * 1048576;
    return {
      lines: [row(label, `${mb(run.treePeakRssBytes)} (${(run.wallMs / 1000).toFixed(1)} s)`, `≤ 200 MB: ${ok ? 'met' : 'NOT met'}`)],
      figures: { peakRssMb: Math.round(run.treePeakRssBytes / 1048576), messages: counts.scanned, seconds: Math.round(run.wallMs / 100) / 10 },
      ratio: run.treePeakRssBytes / (200 * 1048576),
      failed: false,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(args: Args): Promise<void> {
  log(`cache: ${CACHE_DIR}`);
  const loadStart = loadavg().map((l) => Math.round(l * 100) / 100);
  if ((args.startup || args.mbox) && args.build) buildProduct();
  const parts: Part[] = [];
  if (args.startup) parts.push(startupPart(args));
  if (args.corpus) parts.push(await mainCorpus(args));
  if (args.mbox) parts.push(await mboxPart(args));
  const loadEnd = loadavg().map((l) => Math.round(l * 100) / 100);
  const corpus = parts.find((p) => p.corpus)?.corpus;
  const result: BenchResult = {
    kind: 'spamlab-scan-bench',
    version: 1,
    at: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: { start: loadStart, end: loadEnd },
    ...(corpus ? { corpus } : {}),
    settings: { runs: args.runs, warmup: args.warmup, threads: args.threads, ...(args.startup ? { startupRuns: args.startupRuns } : {}), ...(args.mbox ? { mboxGb: args.mboxGb! } : {}) },
    figures: Object.assign({}, ...parts.map((p) => p.figures)) as Record<string, unknown>,
    ratios: Object.assign({}, ...parts.map((p) => p.ratios)) as Record<string, number>,
    failed: parts.some((p) => p.failed),
  };
  writeResult(args.out, result);
  const out = [
    '',
    `load average at start ${loadStart.join(' / ')}, at end ${loadEnd.join(' / ')} (${cpus().length} CPUs): msg/s and wall times move with it, CPU ms/msg and same-run ratios much less`,
    ...parts.flatMap((p) => p.lines),
    '',
    `result: ${args.out}`,
  ];
  if (args.compare) out.push('', ...compareResults(JSON.parse(readFileSync(args.compare, 'utf8')) as BenchResult, result));
  out.push('');
  process.stdout.write(out.join('\n'));
}

await main(parseArgs(process.argv.slice(2)));
