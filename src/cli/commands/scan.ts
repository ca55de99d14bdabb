import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Option, type Command } from 'commander';
import { openSources } from '../../mail/sources/index.js';
import type { Verdict } from '../../core/finding.js';
import { createScanPool } from '../../runtime/pool.js';
import { scanAll, type ScanPool } from '../../scan/pool.js';
import { OrderedOutput } from '../../scan/pool-output.js';
import { isScanError, type ScanError } from '../../scan/report.js';
import { actionPolicyFrom, FAIL_THRESHOLDS, reachesThreshold, type FailThreshold } from '../../rules/actions.js';
import { EXIT } from '../exit-codes.js';
import { configForRun } from '../config.js';
import { writeWithBackpressure, type CliIo } from '../streams.js';
import { formatHumanError, joinHuman } from '../output/human.js';
import { humanLines, type HumanLine } from '../output/human-lines.js';
import { jsonLines, type JsonLine } from '../output/json-lines.js';
import { ProgressLine, scanProgressText } from '../output/progress.js';
import { BatchSummary } from '../output/summary.js';

interface ScanOptions {
  json?: boolean;
  lang?: 'en' | 'ja';
  config?: string;
  failOn?: FailThreshold;
  verbose?: boolean;
  color?: boolean;
  quiet?: boolean;
  summary?: boolean;
  threads?: string;
}

export function registerScanCommand(program: Command, io: CliIo): void {
  program
    .command('scan')
    .description('scan messages: .eml and Outlook .msg files, directories (recursive), mbox files, Maildirs, or - for stdin')
    .argument('<paths...>', 'files, directories, mbox files, Maildirs; - reads one message or an mbox from stdin')
    .option('--json', 'print NDJSON: one object per message ({source, verdict, score, findings, …}) or {source, error}')
    .addOption(new Option('--lang <lang>', 'language of explanations').choices(['en', 'ja']))
    .option('-c, --config <file>', 'YAML configuration file (see config/spamlab.sample.yaml)')
    .addOption(
      new Option('--fail-on <verdict|action>', 'exit with code 1 when any message is at least this bad (a verdict) or its action at least this severe (see actions: in the configuration)').choices(FAIL_THRESHOLDS),
    )
    .option('-v, --verbose', 'also list findings that add no points, and describe each finding id in full')
    .option('--no-color', 'plain text even on a terminal')
    .option('-q, --quiet', 'print only the summary (and errors)')
    .option('--no-summary', 'do not print the summary line at the end')
    .option('-j, --threads <n>', 'worker threads (default: cores - 1, at least one worker, so that no message can end the batch; a single file or stdin is scanned in this thread; -j 1 scans in this thread)')
    .action(async (paths: string[], options: ScanOptions) => {
      io.setExitCode(await runScan(paths, options, io));
    });
}

/** How much (in %) a heap may grow past what survived a full collection, in a batch scanned by workers. */
const HEAP_GROWING_PERCENT = 25;
/**
 * V8 flags of a batch scanned by workers (the process's: set before the workers start, they hold for their heaps and this
 * thread's; V8 reads both at every full collection). A compiler or collector flag cannot change what a scan finds.
 * - --heap-growing-percent: old generations grow by a quarter after each full collection, not by V8's own factor (which
 *   its 1 GiB worker limit lets reach ~1.6×): a 1 GiB mbox peaked at 192–200 MiB without this and at 184–188 MiB with it,
 *   at the same wall time (NOTES.md, "Final runs (session 17)").
 * (--compact-on-every-full-gc was tried, NOTES.md session 60, mem60: the old space stays smaller between collections,
 * but moving everything alive at once is a peak of its own, 191–196 MiB over a 250 MB mbox against ~174.
 * --no-concurrent-recompilation was tried, NOTES.md session 61, mem62: TurboFan then compiles on the worker's thread, whose
 * glibc arena is already at ~11 MB, instead of on V8's four platform threads, each of which kept a 2–3 MB arena; over a
 * 250 MB mbox the platform threads' arenas still reach 1.1–1.6 MB each (the collector's helpers) and the worker's grows
 * 10.8 → 12–13 MB: ~1–2 MB net, peak 165–166.5 MiB either way. The process's CPU a message is the same, but the compiles
 * move from the idle core onto the worker, which sets the pace: its CPU +12 % over the first ~130 MB, +7 % by ~230 MB.)
 */
const BATCH_V8_FLAGS = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`];
/**
 * The young generation of a batch's workers, in MB (the pool's default is 8). V8 makes each semi-space a power of two:
 * 8 MB gives 4 MB semi-spaces (8.4 MB committed, of which a sample finds 0.4–4 MB used), 6 gives 2 MB; V8 also counts the
 * new space in each old generation's limit. Over a 250 MB mbox (NOTES.md, session 60, mem60; each pair started together on
 * a loaded machine, output identical) the peak went 177.3 → 168.8 MiB and 174.4 → 167.6, the process's CPU a message +1.0 %
 * and +3.9 % (more scavenges, and more promoted); +5–6 % in partial readings.
 */
const BATCH_WORKER_YOUNG_GENERATION_MB = 6;

async function runScan(paths: string[], options: ScanOptions, io: CliIo): Promise<number> {
  const config = await configForRun(options, io);
  if (!config) return EXIT.usage;
  const lang = config.lang;
  const threads = options.threads === undefined ? defaultThreads(paths) : Number(options.threads);
  // A batch by default runs in worker threads even on two cores (one worker): a message that exhausts a
  // worker's heap or crashes it costs that message only, never the rest of the mbox.
  const isolated = options.threads === undefined && !singleInput(paths);
  if (!Number.isInteger(threads) || threads < 1) {
    io.stderr.write(`spamlab: --threads must be a positive integer, not ${options.threads}\n`);
    return EXIT.usage;
  }
  // The memory of a batch's heaps (BATCH_V8_FLAGS says why each).
  if (isolated || threads > 1) setFlagsFromString(BATCH_V8_FLAGS.join(' '));
  const summary = new BatchSummary();
  const stdoutTty = (io.stdout as NodeJS.WriteStream).isTTY === true;
  const color = options.color !== false && stdoutTty && !options.json;
  const progressShown = (io.stderr as NodeJS.WriteStream).isTTY === true && !options.quiet;
  const progress = new ProgressLine(io.stderr as NodeJS.WriteStream, progressShown);
  const policy = actionPolicyFrom(config.actions);
  let failed = false;
  // Each finding id is explained once per run, where it first appears (human output).
  const described = new Set<string>();

  // --json on this process's own stdout: the workers write the lines to it themselves, in input order, and
  // this thread receives verdicts and scores only (src/scan/pool-output.ts says why). Not when the progress
  // line shares the terminal (lines written under it would break it), nor with output of this thread's still
  // waiting to be written; CliIo streams of tests are not the descriptor.
  const ownOutput = options.json && io.stdout === process.stdout && process.stdout.writableLength === 0 && !(stdoutTty && progressShown) ? new OrderedOutput(1) : undefined;
  const writeJson = async (outcome: JsonLine | ScanError) => {
    // The line was rendered by the worker that scanned the message (src/cli/output/json-lines.ts says why).
    if (isScanError(outcome)) await writeWithBackpressure(io.stdout, `${JSON.stringify(outcome)}\n`);
    else if (outcome.line) await writeWithBackpressure(io.stdout, outcome.line);
  };
  const verbose = options.verbose === true;
  const writeHuman = async (outcome: HumanLine | ScanError) => {
    if (isScanError(outcome)) {
      await writeWithBackpressure(io.stderr, `${formatHumanError(outcome, { color, lang })}\n`);
    } else if (outcome.layout) {
      // Laid out by the worker that scanned the message; described here, where the run's order is known.
      await writeWithBackpressure(io.stdout, `${joinHuman(outcome.layout, { color, lang, verbose, described })}\n\n`);
    }
  };

  const outputEnded = (pool: ScanPool<unknown>): boolean => io.outputClosed?.() === true || pool.output?.failed !== undefined;
  const scanWith = async <R extends { verdict: Verdict; score: number }>(pool: ScanPool<R>, write: (outcome: R | ScanError) => Promise<void>) => {
    try {
      // References: the workers read the files and mbox ranges themselves; this thread only walks and prints.
      // Standard input only when `-` asks for it: reading io.stdin builds process.stdin's stream (fs streams and the
      // modules they load, ~3 ms of a one-message scan's start-up).
      const stdin = paths.includes('-') ? io.stdin : undefined;
      const items = openSources(paths, { maxMessageBytes: config.limits.maxMessageBytes, stdin, references: true });
      for await (const outcome of scanAll(pool, items, { ordered: true })) {
        summary.add(outcome);
        progress.clear();
        // Written already when the pool's workers write the output.
        if (!pool.output) await write(outcome);
        if (!isScanError(outcome) && options.failOn && reachesThreshold(policy, options.failOn, outcome)) failed = true;
        progress.update(() => scanProgressText(summary));
        // The reader went away (`| head`): scanning on would only produce output nobody reads.
        if (outputEnded(pool)) break;
      }
    } finally {
      await pool.close();
      // What this thread writes in its turn (error records) is written before the summary, or dropped if the output failed.
      await pool.output?.settled();
    }
  };
  const poolOptions = { config, threads, isolated, workerYoungGenerationMb: BATCH_WORKER_YOUNG_GENERATION_MB, ...(ownOutput ? { output: ownOutput } : {}) };
  if (options.json) await scanWith(createScanPool(poolOptions, jsonLines({ lang, actions: config.actions })), writeJson);
  else await scanWith(createScanPool(poolOptions, humanLines({ color, lang, verbose, quiet: options.quiet === true })), writeHuman);
  if (io.outputClosed?.() || ownOutput?.closed) return EXIT.outputClosed;
  // Any other failed write (a full disk) ends as an internal error, as a failed write of process.stdout does.
  if (ownOutput?.failed) throw new Error(`cannot write the output: ${ownOutput.failed}`);
  progress.clear();
  if (options.summary !== false) {
    if (options.json) io.stderr.write(`${JSON.stringify(summary.toJSON())}\n`);
    else io.stdout.write(`${summary.format(lang)}\n`);
  }
  if (summary.scanned === 0) {
    // A zero summary alone does not say why: an empty directory, or nothing readable.
    io.stderr.write(
      summary.errors === 0
        ? `spamlab: no input found: ${paths.join(', ')} holds no messages (no files, or an empty mbox)\n`
        : `spamlab: nothing could be scanned: ${summary.errors === 1 ? 'the only item was' : `all ${summary.errors} items were`} unreadable (see above)\n`,
    );
    return EXIT.nothingScanned;
  }
  return failed ? EXIT.verdictReached : EXIT.ok;
}

/**
 * The main thread walks the input and writes the output, so it keeps one core: cores - 1 workers (one on
 * two cores, which measured as fast as two there, in less memory: one scanning isolate instead of two). A
 * single file or stdin is scanned in this thread: no worker start-up for a mail filter run per message.
 */
function defaultThreads(paths: string[]): number {
  return singleInput(paths) ? 1 : Math.max(1, availableParallelism() - 1);
}

function singleInput(paths: string[]): boolean {
  return paths.length === 1 && (paths[0] === '-' || /\.(eml|msg|txt)$/i.test(paths[0]!));
}
