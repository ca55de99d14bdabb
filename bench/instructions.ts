/**
 * `npm run bench:instructions`: where a warmed scan's instructions go, by kind — TurboFan compiling, garbage
 * collection, the scanning itself — counted by callgrind, so the figure does not move with the machine's load
 * (NOTES.md, session 41, hot41, and session 42, inl42). Needs valgrind; builds dist/ first unless --no-build.
 *
 *   npm run bench:instructions                        # in-process and through createScanPool with one worker
 *   npm run bench:instructions -- --only pool         # or --only in-process
 *   ... --messages 300 --warm 4 --passes 2            # the window (default: the bench's, see below)
 *   ... --v8 '--max-inlined-bytecode-size-cumulative=460'   # V8 flags on the scanning process's command line
 *   ... --set-flags '--max-inlined-bytecode-size-cumulative=460'  # the same set at run time (v8.setFlagsFromString)
 *                                                     # in the main thread before the scanner or pool is made
 *   ... --no-product-flags                            # the pool without the flags the product gives its process
 *   ... --src                                         # src/ through tsx instead of tsc's dist/
 *   ... --keep DIR                                    # keep callgrind's output files there
 *   ... --list FILE                                   # the messages of FILE (one path a line) instead of the test split
 *   ... --list pot-design                             # the pot's design rows of bench/phishing-labels.tsv (never held-out)
 *   ... --functions 30                                # also the top 30 functions by self instructions (see below)
 *   node --import tsx bench/instructions.ts --from DIR --functions 30        # that table again from a --keep DIR
 *   node --import tsx bench/instructions.ts --compare BEFORE AFTER --functions 30   # per-function Δ of two --keep DIRs
 *   ... --all-kinds                                   # the table with TurboFan's and the collector's rows too
 *   ... --callers 'REGEX'                             # with --functions or --from: who calls the rows REGEX names
 *
 * Each measurement is a child `valgrind --tool=callgrind --instr-atstart=no node --single-threaded … --child`:
 * the child loads the scanner (tsc's dist/: no transpiler in the worker), scans `--messages` messages of the peers'
 * test split (every k-th, so ham and spam; `all` = the 1,779) `--warm` times uncounted, then switches callgrind's
 * instrumentation on from inside (`callgrind_control -i on PID`) for `--passes` passes and off again. Start-up,
 * loading and the warm-up are not counted; `--single-threaded` puts V8's compiles and collections on the thread
 * that asks for them, so every instruction they cost is counted whatever else the machine runs. Through the pool
 * (`--only pool`) all of the process's threads are counted: the main thread's reading and hand-off, the worker's
 * scans and compiles. One worker = createScanPool({ threads: 1, isolated: true }) as bench/scan.ts's scaling
 * figure, opened with openSources(references) + scanAll as `spamlab scan` does, with its human output's render
 * (laid out in the worker, joined in the main thread; whole reports crossed until session 53).
 *
 * The pool sets its own V8 flags (POOL_V8_FLAGS, src/scan/pool-workers.ts) as in `spamlab scan` of a batch or a
 * service; --no-product-flags, --v8 or --set-flags: without them (the flags under test only). The in-process
 * scanner gets none (a library's caller, or the one-message CLI with its own).
 *
 * Default window: the bench's own for one worker (bench/scan.ts: 3 warm passes of the 1,779, then timed
 * passes; 2 of its 5 are counted here: a pass under callgrind takes minutes).
 * Functions are sorted by callgrind_annotate's names: TurboFan (`compiler::`, zones, the optimising job), GC
 * (scavenger, marking, sweeping, the heap's spaces), and the scanning code: JIT code (unsymbolised), builtins
 * (`Builtins_…`), V8's other C++ (runtime, inline caches, regular-expression compiles, the interpreter's and
 * baseline compiler's C++) and libc. Printed in millions of instructions a message.
 *
 * Per function (`--functions N`, session 61, cpu62): the child runs with `--perf-basic-prof` (added if not given; it
 * costs the window a little: each new code object writes a map line), its /tmp/perf-PID.map is kept beside
 * callgrind's output (`perf.MODE.map`, with `counted.MODE`, the window's message count; `--keep DIR` keeps all three),
 * and bench/lib/callgrind-functions.ts names callgrind's `0x…` JIT blocks by it: JS functions (their tiers summed,
 * the split shown), each compiled regular expression (`RegExp:source`, irregexp's code — a sampled profile charges it
 * to the calling line), builtins and bytecode handlers; V8's C++ and libc keep callgrind's names. Printed: the top N by
 * self instructions, in K a message, with the inclusive count (self + calls into other rows; an upper bound for
 * recursive code). Only the counted window is in the file (--instr-atstart=no), so start-up and warm-up are not in
 * it. `--compare BEFORE AFTER` lists the rows that moved most between two kept runs (same list and window, each
 * its own build). node under valgrind with --perf-basic-prof leaves isolate-*-PID-v8.log in the repository: removed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { POOL_V8_FLAGS } from '../src/scan/pool-workers.js';
import { formatCallers, formatCompare, formatRows, readRows } from './lib/callgrind-functions.js';
import { ensureCorpus, selectMessages } from './lib/corpus.js';
import { potDir, readLabels } from './lib/phishing-pot.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  mode: 'in-process' | 'pool';
  messages: number | 'all';
  warm: number;
  passes: number;
  v8: string[];
  setFlags: string;
  /** The pool's own V8 flags (ScanPoolOptions.v8Flags): the product's unless told otherwise. */
  productFlags: boolean;
  src: boolean;
  /** A file of message paths, one a line, read instead of the peers' test split (`--messages` picks every k-th of them too). */
  list?: string;
}

const argv = process.argv.slice(2);
const value = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const count = (flag: string, fallback: number): number => {
  const v = value(flag);
  return v === undefined ? fallback : Math.max(0, Math.floor(Number(v)));
};

const MODES: Options['mode'][] = ['in-process', 'pool'];

/** The kept files of one mode's run in DIR: callgrind's output, the perf map, the counted message count. */
const kept = (dir: string, mode: Options['mode']) => ({
  out: path.join(dir, `callgrind.${mode}.out`),
  map: path.join(dir, `perf.${mode}.map`),
  counted: path.join(dir, `counted.${mode}`),
});

/** The per-function table of a kept run (see the header), or undefined when DIR holds no run of that mode. */
function keptRows(dir: string, mode: Options['mode']) {
  const k = kept(dir, mode);
  if (!existsSync(k.out) || !existsSync(k.counted)) return undefined;
  const rows = readRows(k.out, existsSync(k.map) ? k.map : undefined, REPO_ROOT, kindOf);
  return { rows, perMessage: Number(readFileSync(k.counted, 'utf8').trim()) };
}

/** `--list pot-design`: the pot's design rows (bench/phishing-labels.tsv), written to a file in DIR; never a held-out row. */
function potDesignList(dir: string): string {
  const pot = potDir();
  const files = readLabels()
    .filter((r) => r.part === 'design')
    .map((r) => path.join(pot, r.file))
    .sort();
  const file = path.join(dir, 'pot-design.list');
  writeFileSync(file, `${files.join('\n')}\n`);
  return file;
}

/** `--callers REGEX`: the matching rows' callers. */
function callers(r: NonNullable<ReturnType<typeof keptRows>>): string {
  const pattern = value('--callers');
  return pattern ? `\ncallers of /${pattern}/:\n${formatCallers(r.rows, r.perMessage, new RegExp(pattern), 10)}` : '';
}

function main(): void {
  const top = count('--functions', 0);
  if (argv.includes('--from') || argv.includes('--compare')) {
    const n = top || 30;
    if (argv.includes('--compare')) {
      const [before, after] = [argv[argv.indexOf('--compare') + 1]!, argv[argv.indexOf('--compare') + 2]!];
      for (const mode of MODES) {
        const a = keptRows(before, mode);
        const b = keptRows(after, mode);
        if (a && b) process.stdout.write(`\n${mode}: ${before} → ${after} (self K instructions a message)\n${formatCompare(a.rows, a.perMessage, b.rows, b.perMessage, n)}`);
      }
      return;
    }
    const dir = value('--from')!;
    for (const mode of MODES) {
      const r = keptRows(dir, mode);
      if (r) process.stdout.write(`\n${mode}: ${dir}, ${r.perMessage} messages counted\n${formatRows(r.rows, r.perMessage, n, argv.includes('--all-kinds'))}${callers(r)}`);
    }
    return;
  }
  const only = value('--only');
  const modes: Options['mode'][] = only === 'pool' ? ['pool'] : only === 'in-process' ? ['in-process'] : ['in-process', 'pool'];
  const messagesArg = value('--messages') ?? 'all';
  const keep = value('--keep');
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'spamlab-instructions-'));
  mkdirSync(dir, { recursive: true });
  const listArg = value('--list');
  const base = {
    messages: messagesArg === 'all' ? ('all' as const) : Math.max(1, Number(messagesArg)),
    warm: count('--warm', 3),
    passes: Math.max(1, count('--passes', 2)),
    setFlags: value('--set-flags') ?? '',
    src: argv.includes('--src'),
    ...(listArg !== undefined && { list: listArg === 'pot-design' ? potDesignList(dir) : path.resolve(listArg) }),
  };
  const extra = (value('--v8') ?? '').split(/\s+/).filter(Boolean);
  if (top > 0 && !extra.includes('--perf-basic-prof')) extra.push('--perf-basic-prof');
  if (!base.src && !argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  ensureCorpus();
  const rows: string[] = [];
  const tables: string[] = [];
  for (const mode of modes) {
    // Flags under test replace the pool's own (which it would set at run time over the command line's).
    const productFlags = mode === 'pool' && !argv.includes('--no-product-flags') && extra.length === 0 && !base.setFlags;
    const options: Options = { ...base, mode, v8: extra, productFlags };
    const files = kept(dir, mode);
    const split = measure(options, files.out);
    writeFileSync(files.counted, `${split.perMessage}\n`);
    // The perf map of the child (valgrind runs it as the same process: its pid is the map's), kept beside the output.
    const map = `/tmp/perf-${split.pid}.map`;
    if (existsSync(map)) {
      copyFileSync(map, files.map);
      rmSync(map, { force: true });
    }
    for (const f of readdirSync(REPO_ROOT)) if (f.startsWith('isolate-') && f.endsWith(`-${split.pid}-v8.log`)) rmSync(path.join(REPO_ROOT, f), { force: true });
    if (top > 0) {
      const r = keptRows(dir, mode)!;
      tables.push(`\n${mode}: top ${top} by self instructions (K a message; ${r.perMessage} messages counted)\n${formatRows(r.rows, r.perMessage, top, argv.includes('--all-kinds'))}${callers(r)}`);
    }
    const label = `${mode === 'pool' ? `pool of one worker${productFlags && POOL_V8_FLAGS.length > 0 ? ` (its own flags: ${POOL_V8_FLAGS.join(' ')})` : ''}` : 'in-process'}${options.v8.length ? ` [${options.v8.join(' ')}]` : ''}${options.setFlags ? ` set at run time [${options.setFlags}]` : ''}`;
    rows.push(row(label, split));
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
  const window = `${base.messages === 'all' ? (base.list ? 'all' : 'the 1,779') : base.messages} messages of ${base.list ? path.basename(base.list) : "the peers' test split"}, ${base.warm} warm passes, ${base.passes} counted`;
  process.stdout.write(`\ninstructions a message by kind (M; callgrind, ${window}; ${base.src ? 'src/ through tsx' : "tsc's dist/"}; Node ${process.version})\n`);
  process.stdout.write(`| run | TurboFan | GC | scanning code | of which JIT / builtins / V8 C++ / libc | total |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`);
  process.stdout.write(tables.join(''));
}

interface Split {
  pid: number;
  perMessage: number;
  kinds: Record<Kind, number>;
  total: number;
}

type Kind = 'turbofan' | 'gc' | 'jit' | 'builtins' | 'cpp' | 'libc';

function row(label: string, s: Split): string {
  const m = (n: number) => (n / s.perMessage / 1e6).toFixed(2);
  const scanning = s.kinds.jit + s.kinds.builtins + s.kinds.cpp + s.kinds.libc;
  return `| ${label} | ${m(s.kinds.turbofan)} | ${m(s.kinds.gc)} | ${m(scanning)} | ${m(s.kinds.jit)} / ${m(s.kinds.builtins)} / ${m(s.kinds.cpp)} / ${m(s.kinds.libc)} | ${m(s.total)} |`;
}

/** One child under callgrind; its counted window split by kind. */
function measure(options: Options, out: string): Split {
  const script = fileURLToPath(import.meta.url);
  const nodeArgs = ['--single-threaded', ...options.v8, '--import', 'tsx', script, '--child', JSON.stringify(options)];
  process.stderr.write(`callgrind: node ${nodeArgs.slice(0, -1).join(' ')} ${options.mode}…\n`);
  const run = spawnSync('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${out}`, process.execPath, ...nodeArgs], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const done = /^COUNTED (\d+)$/m.exec(run.stdout ?? '');
  if (run.status !== 0 || !done) throw new Error(`callgrind run failed (exit ${run.status}):\n${(run.stderr ?? '').slice(-3000)}\n${run.stdout}`);
  const perMessage = Number(done[1]);
  const annotate = spawnSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', out], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (annotate.status !== 0) throw new Error(`callgrind_annotate failed: ${annotate.stderr}`);
  return { pid: run.pid, perMessage, ...classify(annotate.stdout) };
}

const TURBOFAN = /v8::internal::compiler::|v8::internal::(Zone|ZoneList|AccountingAllocator|OptimizedCompilationInfo|OptimizedCompilationJob|TurbofanCompilationJob|OptimizingCompileDispatcher)\b|v8::internal::Pipeline/;
// The roots' visits of a collection (the startup object cache, `(anonymous namespace)::IterateObjectCache`, and the
// scavenger's `RootScavengeVisitor`) are GC too: counted as V8 C++ until session 54, they moved that column by ±0.04 M a
// message with the number of scavenges in a run (cpu53). `Heap::OnMoveEvent` is matched by `Heap`.
const GC = /v8::internal::(Heap|Scavenger|ScavengerCollector|MarkCompactCollector|MinorMarkCompactCollector|MarkingVisitorBase|MainMarkingVisitor|ConcurrentMarking|IncrementalMarking|MarkingWorklists|MarkingBarrier|Sweeper|Evacuator|PagedSpace|NewSpace|SemiSpaceNewSpace|SemiSpace|LargeObjectSpace|MemoryAllocator|MemoryChunk|BasicMemoryChunk|Page|GCTracer|LocalHeap|RememberedSet|SlotSet|TypedSlotSet|StoreBuffer|ScavengeVisitor|IterateAndScavengePromotedObjectsVisitor|RecordMigratedSlotVisitor|EvacuateVisitorBase|EphemeronHashTable|WeakObjects|LiveObjectRange|MarkingState|ArrayBufferSweeper|HeapObject::SizeFromMap|FreeList|FreeListCategory|Space|CodeRange|PretenuringHandler|AllocationObserver)\b|v8::internal::heap::|\bScavenge|\bEvacuat|cppgc::|\bIterateObjectCache\b|\bRootScavengeVisitor::/;

/** The kind of one function callgrind named (the JIT's `0x…` blocks are `jit`). */
function kindOf(name: string, object: string): Kind {
  if (TURBOFAN.test(name)) return 'turbofan';
  if (GC.test(name)) return 'gc';
  if (/Builtins_/.test(name)) return 'builtins';
  if (/^(libc|libm|ld-linux|libstdc\+\+|libgcc_s|libpthread)[.-]/.test(path.basename(object))) return 'libc';
  if (/^0x|^\?\?\?/.test(name) && !/node/.test(object)) return 'jit';
  return 'cpp';
}

/** Sorts callgrind_annotate's per-function self counts into the kinds. */
function classify(text: string): { kinds: Record<Kind, number>; total: number } {
  const kinds: Record<Kind, number> = { turbofan: 0, gc: 0, jit: 0, builtins: 0, cpp: 0, libc: 0 };
  let total = 0;
  let inTable = false;
  for (const line of text.split('\n')) {
    if (!inTable) {
      if (/^-+$/.test(line.trim()) || !/file:function/.test(line)) continue;
      inTable = true;
      continue;
    }
    const m = /^\s*([\d,]+)\s+(?:\([\s\d.]+%\)\s+)?(\S.*)$/.exec(line);
    if (!m) continue;
    const n = Number(m[1]!.replace(/,/g, ''));
    const name = m[2]!;
    total += n;
    const obj = /\[([^\]]*)\]\s*$/.exec(name)?.[1] ?? '';
    if (TURBOFAN.test(name)) kinds.turbofan += n;
    else if (GC.test(name)) kinds.gc += n;
    else if (/Builtins_/.test(name)) kinds.builtins += n;
    else if (/^(libc|libm|ld-linux|libstdc\+\+|libgcc_s|libpthread)[.-]/.test(path.basename(obj))) kinds.libc += n;
    else if (/^\?\?\?:0x|^\?\?\?:\?\?\?/.test(name) && !/node/.test(obj)) kinds.jit += n;
    else kinds.cpp += n;
  }
  return { kinds, total };
}

async function child(): Promise<void> {
  const options = JSON.parse(argv[argv.indexOf('--child') + 1]!) as Options;
  if (options.setFlags) setFlagsFromString(options.setFlags);
  const from = options.src ? '../src/' : '../dist/';
  const { defaultConfig } = (await import(`${from}config/load.js`)) as typeof import('../src/config/load.js');
  const { openSources } = (await import(`${from}mail/sources/index.js`)) as typeof import('../src/mail/sources/index.js');
  const { createScanner, createScanPool } = (await import(`${from}runtime/index.js`)) as typeof import('../src/runtime/index.js');
  const { scanAll } = (await import(`${from}scan/pool.js`)) as typeof import('../src/scan/pool.js');
  const { humanLines } = (await import(`${from}cli/output/human-lines.js`)) as typeof import('../src/cli/output/human-lines.js');
  const { joinHuman } = (await import(`${from}cli/output/human.js`)) as typeof import('../src/cli/output/human.js');
  const config = defaultConfig();
  // As bench/scan.ts: pass after pass over one corpus, a remembered picture would not be decoded again.
  config.links.qr.rememberPictures = 0;
  const all = options.list ? readFileSync(options.list, 'utf8').split('\n').filter(Boolean) : selectMessages(false).files;
  const step = options.messages === 'all' ? 1 : Math.max(1, Math.floor(all.length / options.messages));
  const files = all.filter((_, i) => i % step === 0).slice(0, options.messages === 'all' ? undefined : options.messages);
  const instrument = (on: boolean): void => {
    const r = spawnSync('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`callgrind_control: ${r.stderr || r.stdout}`);
  };
  let scanned = 0;
  let pass: () => Promise<void>;
  let close = async (): Promise<void> => {};
  if (options.mode === 'pool') {
    // The human output's render, as `spamlab scan` and bench/scan.ts's pools (laid out in the worker, joined here).
    const human = { color: false, lang: 'en', verbose: false } as const;
    const pool = createScanPool({ config, threads: 1, isolated: true, ...(options.productFlags ? {} : { v8Flags: [] }) }, humanLines({ ...human, quiet: false }));
    pass = async () => {
      const described = new Set<string>();
      for await (const outcome of scanAll(pool, openSources(files, { maxMessageBytes: config.limits.maxMessageBytes, references: true }))) {
        scanned++;
        if ('layout' in outcome && outcome.layout) joinHuman(outcome.layout, { ...human, described });
      }
    };
    close = () => pool.close();
  } else {
    const raws = files.map((f) => new Uint8Array(readFileSync(f)));
    const scanner = await createScanner({ config });
    pass = async () => {
      for (const [i, raw] of raws.entries()) {
        await scanner.scan({ source: `m${i}`, raw });
        scanned++;
      }
    };
  }
  for (let i = 0; i < options.warm; i++) await pass();
  scanned = 0;
  instrument(true);
  for (let i = 0; i < options.passes; i++) await pass();
  instrument(false);
  await close();
  process.stdout.write(`COUNTED ${scanned}\n`);
  process.exit(0);
}

if (argv.includes('--child')) await child();
else main();
