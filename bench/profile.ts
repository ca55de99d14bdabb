/**
 * `npm run bench:profile`: a fixed amount of scanning in this thread, for profilers. It loads the peers'
 * test split (1779 messages) into memory and scans it `--passes N` times (default 5) with the full scanner,
 * then prints CPU ms per message (process.cpuUsage) for the last pass. Stage timings are read from the
 * profile, not measured here, so the profiler sees exactly the product's code path.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts          # V8 sampling profile
 *   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out node --perf-basic-prof \
 *     --import tsx bench/profile.ts --passes 2                                       # instruction counts
 *   node --import tsx bench/profile.ts --parse-only                                  # the parsing floor
 *   ... --limit N                                     # the first N messages only; --limit 0 = start-up alone
 *   node --import tsx bench/profile.ts --pool 2 [--isolated] [--parse-only]          # through the scan pool
 *   ... --pool 1 --threads --young 16   # CPU per thread (V8's helper threads too); a worker's young generation in MB
 *   ... --pool 2 --heap 2048            # a worker's old-generation limit in MB (V8 sizes its heap growth by it)
 *   node --import tsx bench/profile.ts --alloc       # then one pass counting what a scan allocates (KB/msg, by function)
 *   node --import tsx bench/profile.ts --checks      # wall µs per message of parsing, of each check (alone over every
 *                                                    # message, then inside scans' order) and of the whole scan
 *   valgrind --tool=callgrind … bench/profile.ts --dist --limit 400 --passes 3 [--batched | --interleaved | --parse-only]
 *                                                    # the checks check by check or message by message, no scoring;
 *                                                    # minus the same with --passes 0 (start-up alone): instructions per message
 *   ... --interleaved --only content.classifier,links.analysis   # parse and those checks only (one area's cost)
 *   node --import tsx bench/profile.ts --dist --passes 7 --warm-profile 3 /tmp/warm.cpuprofile
 *                                                    # V8's sampling profile of the passes after the first 3 only (the
 *                                                    # warmed scan the bench times, no start-up or first compiles), written
 *                                                    # there; `node --import tsx bench/cpuprofile-summary.ts FILE` reads it
 *   PASS_MARK=1 node --trace-opt --trace-deopt-verbose --import tsx bench/profile.ts [--pool 2] --dist
 *                                                    # `PASS n` between passes: what V8 still compiles or deoptimises late
 *                                                    # (--dist: tsc's build, so positions are readable lines)
 * With --pool N the files go through openSources (references) + scanAll + createScanPool({threads: N}),
 * as `spamlab scan` does; under valgrind the instruction counts of all threads compare the pool's costs
 * (hand-offs, structured clone, per-worker GC) with in-process scanning, independent of the machine's load.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ensureCorpus, selectMessages } from './lib/corpus.js';

const argv = process.argv.slice(2);
// --dist: the same code from tsc's dist/ (`npm run build` first). V8's --trace-deopt-verbose and --trace-opt then
// name lines of readable JavaScript (under tsx a module is one transformed line), and the pool's workers run it too.
const from = argv.includes('--dist') ? '../dist/' : '../src/';
const { defaultConfig } = (await import(`${from}config/load.js`)) as typeof import('../src/config/load.js');
const { parseMessage } = (await import(`${from}mail/parse/index.js`)) as typeof import('../src/mail/parse/index.js');
const { openSources } = (await import(`${from}mail/sources/index.js`)) as typeof import('../src/mail/sources/index.js');
const { createScanner, createScanPool } = (await import(`${from}runtime/index.js`)) as typeof import('../src/runtime/index.js');
const { scanAll } = (await import(`${from}scan/pool.js`)) as typeof import('../src/scan/pool.js');
// --passes 0: start-up and loading alone, to subtract from a callgrind total of the same loop.
const passesArg = argv.includes('--passes') ? Number(argv[argv.indexOf('--passes') + 1]) : NaN;
const passes = Number.isInteger(passesArg) && passesArg >= 0 ? passesArg : 5;
const parseOnly = argv.includes('--parse-only');
// --limit N: only the first N messages (--limit 0: start-up only, to subtract from a callgrind total).
const limitAt = argv.indexOf('--limit');
const limit = limitAt >= 0 ? Math.max(0, Number(argv[limitAt + 1]) || 0) : Infinity;
const config = defaultConfig();
// Pass after pass over one corpus: a picture remembered from the warm-up would not be decoded in the timed passes,
// a saving new mail does not give. The picture memory's own gain is measured apart (bench/qr-memory.ts).
config.links.qr.rememberPictures = 0;
ensureCorpus();

/** CPU ticks of every thread of this process (Linux /proc), by thread id: who spends the pool's CPU. */
function threadCpu(): Map<string, { name: string; ticks: number }> {
  const out = new Map<string, { name: string; ticks: number }>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, { name, ticks: Number(fields[11]) + Number(fields[12]) }); // utime + stime
    }
  } catch {
    // not Linux: no per-thread figures
  }
  return out;
}

/** `--threads`: CPU ms per message of each thread since `before` (clock ticks of 10 ms: a rough split). */
function threadCpuSince(before: Map<string, { name: string; ticks: number }>, messages: number): string {
  const lines: string[] = [];
  for (const [tid, now] of threadCpu()) {
    const ticks = now.ticks - (before.get(tid)?.ticks ?? 0);
    if (ticks > 0) lines.push(`  thread ${tid} ${now.name}: ${((ticks * 10) / Math.max(messages, 1)).toFixed(3)} CPU ms/msg`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
const poolAt = argv.indexOf('--pool');
if (poolAt >= 0) {
  const files = selectMessages(argv.includes('--all')).files.slice(0, limit);
  // --parse-only through the pool: the stand-in scanner of bench/scan.ts, so the profile shows the pool's own
  // per-message costs (reading, hand-off, promises) under the parsing floor.
  const pool = createScanPool({ config, threads: Number(argv[poolAt + 1]), isolated: argv.includes('--isolated'), ...(argv.includes('--young') ? { workerYoungGenerationMb: Number(argv[argv.indexOf('--young') + 1]) } : {}), ...(argv.includes('--heap') ? { workerHeapMb: Number(argv[argv.indexOf('--heap') + 1]) } : {}), ...(parseOnly ? { scannerModule: new URL('./parse-only-scanner.ts', import.meta.url) } : {}) });
  let cpu = process.cpuUsage();
  let count = 0;
  let tasks = threadCpu();
  for (let pass = 0; pass < passes; pass++) {
    if (process.env.PASS_MARK) process.stdout.write(`PASS ${pass}\n`);
    tasks = threadCpu();
    cpu = process.cpuUsage();
    count = 0;
    for await (const _ of scanAll(pool, openSources(files, { maxMessageBytes: config.limits.maxMessageBytes, references: true }))) count++;
    cpu = process.cpuUsage(cpu);
  }
  const perThread = threadCpuSince(tasks, count);
  await pool.close();
  if (argv.includes('--threads')) process.stdout.write(perThread);
  process.stdout.write(`pool ${argv[poolAt + 1]}${argv.includes('--isolated') ? ' isolated' : ''}${parseOnly ? ' parse only' : ''}: ${count} messages × ${passes} passes; last pass ${((cpu.user + cpu.system) / 1000 / Math.max(count, 1)).toFixed(3)} CPU ms/msg\n`);
  process.exit(0);
}
const raws: Uint8Array[] = [];
for await (const item of openSources(selectMessages(argv.includes('--all')).files.slice(0, limit), { maxMessageBytes: config.limits.maxMessageBytes })) {
  if (!('error' in item)) raws.push(item.raw);
}
const scanner = await createScanner({ config });
const { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes } = config.limits;
if (argv.includes('--checks')) {
  checkCosts(scanner, raws);
  interleavedCosts(scanner, raws);
  await wholeScanCost(scanner, raws);
  process.exit(0);
}
// --batched / --interleaved (in-process): the checks without scoring, check by check or message by message, so that
// instruction counts (callgrind) of the two orders and of whole scans can be set side by side.
const loop = argv.includes('--batched') ? 'batched' : argv.includes('--interleaved') ? 'interleaved' : 'scan';
// --only a,b (with --interleaved or --batched): those checks alone (by name) after parsing — one area's instructions
// per message are this loop minus --parse-only under callgrind. Facts a check shares with others (link facts) are
// charged to it, as in a scan where it runs first.
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1]!.split(',')) : undefined;
const loopChecks = only ? scanner.checks.filter((c) => only.has(c.name)) : scanner.checks;
if (only && loopChecks.length !== only.size) throw new Error(`--only: no check named ${[...only].filter((n) => !scanner.checks.some((c) => c.name === n)).join(', ')}`);
const loopCtx = { now: new Date(), signal: new AbortController().signal };
let last = process.cpuUsage();
let inProcessTasks = threadCpu();
// --warm-profile N FILE: the inspector's CPU profiler started after N passes, its profile written to FILE at the end.
const warmProfileAt = argv.indexOf('--warm-profile');
const profiler = warmProfileAt >= 0 ? new Session() : undefined;
for (let pass = 0; pass < passes; pass++) {
  if (process.env.PASS_MARK) process.stdout.write(`PASS ${pass}\n`);
  if (profiler && pass === Number(argv[warmProfileAt + 1])) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.post('Profiler.start');
  }
  last = process.cpuUsage();
  inProcessTasks = threadCpu();
  if (loop === 'batched') {
    // --batched: every message parsed, then each check over all of them (what `--checks` times), no scoring.
    const parsed = raws.map((raw, i) => scanner.parse({ source: `m${i}`, raw }));
    for (const check of loopChecks) for (const msg of parsed) void check.run(msg, loopCtx);
    continue;
  }
  for (const [i, raw] of raws.entries()) {
    if (parseOnly) parseMessage(raw, { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes });
    else if (loop === 'interleaved') {
      // --interleaved: parse and every check per message, in a scan's order, without scoring or the report.
      const msg = scanner.parse({ source: `m${i}`, raw });
      for (const check of loopChecks) void check.run(msg, loopCtx);
    } else await scanner.scan({ source: `m${i}`, raw });
  }
}
const cpu = process.cpuUsage(last);
if (profiler && passes > Number(argv[warmProfileAt + 1])) {
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(argv[warmProfileAt + 2]!, JSON.stringify(profile));
  profiler.disconnect();
}
if (argv.includes('--threads')) process.stdout.write(threadCpuSince(inProcessTasks, raws.length));
process.stdout.write(`${parseOnly ? 'parse only' : loop === 'scan' ? 'full scan' : loop}: ${raws.length} messages × ${passes} passes; last pass ${((cpu.user + cpu.system) / 1000 / Math.max(raws.length, 1)).toFixed(3)} CPU ms/msg\n`);
if (argv.includes('--alloc')) await allocationPass();

/**
 * `--alloc`: one more pass under V8's sampling heap profiler, counting objects the collectors freed too, so
 * it reports what a scan allocates (garbage included), not what stays alive: KB per message and the
 * functions that allocate most (a builtin such as `replace` is named with its JavaScript caller). Bytes
 * allocated, unlike CPU time, do not move with the machine's load: a change that allocates more shows here.
 */
async function allocationPass(): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  // The two include… parameters are V8's (Chrome DevTools protocol); Node's typings do not list them yet.
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as { samplingInterval: number });
  for (const [i, raw] of raws.entries()) {
    if (parseOnly) parseMessage(raw, { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes });
    else await scanner.scan({ source: `m${i}`, raw });
  }
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  const bySite = new Map<string, number>();
  let total = 0;
  const visit = (node: typeof profile.head, caller: string): void => {
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(src|node_modules)\//, '')}`;
    const site = frame.url ? name : `${frame.functionName} <- ${caller}`;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) visit(child, frame.url ? name : caller);
  };
  visit(profile.head, '(root)');
  const kb = (bytes: number) => (bytes / 1024 / Math.max(raws.length, 1)).toFixed(1);
  process.stdout.write(`allocated: ${kb(total)} KB/msg (sampled every 4 KiB); most by:\n`);
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 20)) process.stdout.write(`  ${kb(bytes).padStart(6)} KB  ${site}\n`);
}

/**
 * `--checks`: what each check costs, wall µs per message, over the last half of `passes` (at least 4) passes. Every
 * pass parses the messages afresh, then runs one check over all of them before the next check: facts the checks share
 * per message (link facts, the content matcher's prepared text) are charged to the first check that asks for them,
 * as in a scan. Running check by check is kinder to the caches than a scan, which interleaves them: the whole scan is
 * timed after (`wholeScanCost`), and the difference is that, plus scoring and the report. Wall time: run it on a quiet machine.
 */
function checkCosts(target: Awaited<ReturnType<typeof createScanner>>, messages: Uint8Array[]): void {
  const rounds = Math.max(passes, 4);
  const timed = Math.floor(rounds / 2);
  const ctx = { now: new Date(), signal: new AbortController().signal };
  const spent = new Map<string, number>();
  let parseMs = 0;
  const counted = (pass: number) => pass >= rounds - timed;
  for (let pass = 0; pass < rounds; pass++) {
    const started = performance.now();
    const parsed = messages.map((raw, i) => target.parse({ source: `m${i}`, raw }));
    if (counted(pass)) parseMs += performance.now() - started;
    for (const check of target.checks) {
      const t0 = performance.now();
      // Checks that need the network or a clock budget are async; offline they settle at once.
      for (const msg of parsed) void check.run(msg, ctx);
      if (counted(pass)) spent.set(check.name, (spent.get(check.name) ?? 0) + performance.now() - t0);
    }
  }
  const per = (ms: number) => ((ms * 1000) / (messages.length * timed)).toFixed(1).padStart(7);
  const checksMs = [...spent.values()].reduce((a, b) => a + b, 0);
  const lines = [`parse ${per(parseMs)} µs/msg; checks ${per(checksMs)} µs/msg (${messages.length} messages, last ${timed} of ${rounds} passes)`];
  for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) lines.push(`${per(ms)} µs  ${name}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * The same costs measured inside scans' order: per message, parse, then every check in turn (as `Scanner.runChecks`
 * does), each timed apart — so a check is charged what it costs among the others (caches shared with parsing and
 * the other checks, young objects of the same message), not in a run of its own over every message. Whole scan minus
 * this is scoring, the report and the SHA-256. performance.now() around each of ~30 checks adds ~2 µs per message.
 */
function interleavedCosts(target: Awaited<ReturnType<typeof createScanner>>, messages: Uint8Array[]): void {
  const rounds = Math.max(passes, 4);
  const timed = Math.floor(rounds / 2);
  const ctx = { now: new Date(), signal: new AbortController().signal };
  const checks = target.checks;
  const spent = new Float64Array(checks.length);
  let parseMs = 0;
  for (let pass = 0; pass < rounds; pass++) {
    const counted = pass >= rounds - timed;
    for (const [i, raw] of messages.entries()) {
      let t = performance.now();
      const msg = target.parse({ source: `m${i}`, raw });
      let now = performance.now();
      if (counted) parseMs += now - t;
      for (let c = 0; c < checks.length; c++) {
        t = now;
        void checks[c]!.run(msg, ctx);
        now = performance.now();
        if (counted) spent[c]! += now - t;
      }
    }
  }
  const per = (ms: number) => ((ms * 1000) / (messages.length * timed)).toFixed(1).padStart(7);
  const checksMs = spent.reduce((a, b) => a + b, 0);
  const lines = [`interleaved: parse ${per(parseMs)} µs/msg; checks ${per(checksMs)} µs/msg`];
  for (const c of [...spent.keys()].sort((a, b) => spent[b]! - spent[a]!).slice(0, 12)) lines.push(`${per(spent[c]!)} µs  ${checks[c]!.name}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Wall µs per message of whole scans (parse, checks interleaved, scoring, report) over the same passes as `checkCosts`. */
async function wholeScanCost(target: Awaited<ReturnType<typeof createScanner>>, messages: Uint8Array[]): Promise<void> {
  const rounds = Math.max(passes, 4);
  const timed = Math.floor(rounds / 2);
  let ms = 0;
  for (let pass = 0; pass < rounds; pass++) {
    const started = performance.now();
    for (const [i, raw] of messages.entries()) await target.scan({ source: `m${i}`, raw });
    if (pass >= rounds - timed) ms += performance.now() - started;
  }
  process.stdout.write(`whole scan ${((ms * 1000) / (messages.length * timed)).toFixed(1).padStart(7)} µs/msg (same passes)\n`);
}
