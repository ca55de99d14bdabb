import { ownsWholeBuffer } from '../mail/sources/message-builder.js';
import { isSourceRef, type SourceRef } from '../mail/sources/references.js';
import type { SourceItem } from '../mail/sources/types.js';
import type { Envelope } from '../mail/types.js';
import type { ScanConfig } from './config.js';
import type { ScanInput } from './engine.js';
import type { ScanError, ScanReport } from './report.js';
import { errorLine, lineOf, type OrderedOutput } from './pool-output.js';
import { applyPoolV8Flags, POOL_V8_FLAGS, spawnWorker, type FromWorker, type ScanWorker, type WorkerKind, type WorkerSetup } from './pool-workers.js';
import { errorText, runTask, type Render, type Task } from './tasks.js';

export { errorText } from './tasks.js';

/** One message to scan. `fullSize` (from openSources) is the real size of a message that was cut. */
export interface ScanItem {
  source: string;
  raw: Uint8Array;
  envelope?: Envelope;
  fullSize?: number;
}

/** What a pool runs on each message: the engine's Scanner, or a stand-in (tests, the parse-only benchmark). */
export interface ScannerLike {
  scan(input: ScanInput): Promise<ScanReport> | ScanReport;
}

/**
 * A module that builds the scanner in each worker: it exports `createScanner(config)`. The config crosses
 * the thread boundary by structured clone, so it must be plain data (the configuration is); services (DNS,
 * clamd, …) are built inside the worker from the config, never passed in. The composition root's
 * (src/runtime/scanner-module.ts) builds the full scanner; `createScanPool` of src/runtime passes it.
 */
export interface ScannerModule {
  createScanner(config: ScanConfig, options?: ScannerModuleOptions): ScannerLike | Promise<ScannerLike>;
}

/** Per-pool choices a ScannerModule passes on to the scanner it builds (plain data: they cross to workers). */
export interface ScannerModuleOptions {
  /** Compute `ScanReport.fingerprint` (see ScannerOptions.fingerprint): paths that store results ask for it. */
  fingerprint?: boolean;
}

/**
 * A module that turns each report into what the pool's user keeps, in the worker that scanned it: it exports
 * `createRender(options)`. Why: a report is an object graph that crosses back to this thread by structured
 * clone and lives here until it is used; a user that only writes a line per message and counts verdicts
 * (`spamlab scan --json`) can have the line written where the scan ran and receive the line and a few facts.
 * The options cross to workers by structured clone: plain data, like the config.
 */
export interface RenderModule<R, O = unknown> {
  createRender(options: O): Render<R>;
}

/** What createScanPool's `render` names: the module, its options, and the same module for this thread. */
export interface RenderSpec<R, O = unknown> {
  /** URL or path of a RenderModule: each worker imports it. */
  module: string | URL;
  options: O;
  /** The same module by a literal import (the in-process pool uses it when given; see `loadInProcess`). */
  loadInProcess?: () => Promise<RenderModule<R, O>>;
}

export interface ScanPoolOptions {
  config: ScanConfig;
  /** Workers (threads or processes, see `workers`). 0 or 1: scan in this thread, no workers (unless `isolated`). */
  threads: number;
  /**
   * What each worker is: a worker thread (default) or a child process. Both isolate a message that crashes
   * or exhausts the worker's heap; a process also survives what takes a whole process down (a fault in native
   * code) and shares no V8 helper threads with the others. Measured on two cores (NOTES.md, "Session 8 (the
   * lead)"): two processes scanned no faster than two threads (1,149–1,213 against 1,174–1,223 msg/s, same
   * rounds) and held more memory (a Node runtime each), so threads are the default.
   */
  workers?: WorkerKind;
  /**
   * Scan in a worker even for `threads` ≤ 1 (then one worker): the memory-bounded mode, where a message that exhausts `workerHeapMb` costs that message only, never the
   * batch or the process.
   */
  isolated?: boolean;
  /**
   * V8 flags for the workers (default POOL_V8_FLAGS, pool-workers.ts): set for this whole process when the pool
   * starts worker threads (V8's flags are the process's), given on the command line of worker processes. Not
   * set by an in-process pool. `[]`: none (a benchmark's A/B).
   */
  v8Flags?: readonly string[];
  /**
   * Messages (or references) that `scanAll` keeps handed out and not yet yielded (default: 2 + `prefetch`
   * batches per worker, so a full batch waits in the queue while every worker holds its own; 4 in-process).
   * This is the back-pressure bound, with `maxBytesInFlight` for message bytes.
   */
  maxInFlight?: number;
  /**
   * Bytes of messages handed to the pool as bytes (not references) that `scanAll` keeps out at once (default
   * 64 MiB; always at least one message): raw messages held stay bounded whatever their sizes.
   */
  maxBytesInFlight?: number;
  /**
   * Messages a worker is given at once (default 16; fewer when the queue is short, so every worker gets a
   * share). Results come back once per batch: one hand-off per batch instead of two per message.
   */
  batchSize?: number;
  /**
   * Batches a worker is given beyond the one it is on (default 1): the next batch is already in the worker's
   * queue when it posts the results of one, so it never waits for this thread to receive them and answer.
   * That round trip left a worker idle between batches — longer with two workers, whose results this thread
   * receives one after the other while both cores are busy (NOTES.md, "session 14, engineer pool16"). A
   * batch ahead is handed out only while a full batch for every worker is still queued, so the end of a run
   * is shared out as before. 0: a worker gets its next batch when it has answered the last.
   */
  prefetch?: number;
  /** URL or path of a ScannerModule (src/runtime's `createScanPool` passes the full scanner's). */
  scannerModule: string | URL;
  /**
   * Loads the same module in this thread by a literal import, which a bundler can see (the in-process pool
   * uses it when given; workers always load `scannerModule` by its URL). Why: the bundled CLI
   * (scripts/bundle.mjs) then carries the scanner in its own code-cached file instead of importing a second
   * copy of it by URL.
   */
  loadInProcess?: () => Promise<ScannerModule>;
  /** Handed to the module's `createScanner` in every worker (or in this thread). */
  scannerOptions?: ScannerModuleOptions;
  /**
   * Wall-clock limit for one message in a worker (default 3 × limits.maxScanMs). Past it the worker is
   * terminated and replaced, and the message is reported as an error: a check stuck in a synchronous loop
   * (which the engine's own budget cannot interrupt) cannot hang the batch. Not enforced in-process.
   */
  taskTimeoutMs?: number;
  /**
   * V8 old-space limit per worker in MB (default 1024): a message that exhausts it costs that message only
   * (the worker is replaced), so the process's memory stays bounded whatever one message holds. Not lower by
   * default: V8 collects more often near its limit, and at 256 MB a worker spent ~15 % more CPU per message
   * than the same scan in-process (`bench/profile.ts --pool 1 --isolated`; at 1024 MB they are equal).
   */
  workerHeapMb?: number;
  /**
   * V8 young-generation limit per worker in MB (default 8). Scanning makes short-lived garbage fast and V8
   * otherwise lets each isolate's young generation grow to 32 MB or more. Measured on a 2-thread scan of a
   * 1 GiB mbox (`npm run bench -- --mbox-gb 1`, peak RSS of the process): unlimited ≈ 235 MB, 16 → 207 MB
   * at 2065 msg/s, 8 → 188 MB at 2036 msg/s. Raise it when memory is plentiful.
   */
  workerYoungGenerationMb?: number;
  /**
   * Output the workers write themselves, in input order (./pool-output.ts): with a render whose outcomes
   * carry their NDJSON record as `line` bytes (src/cli/output/json-lines.ts), each worker thread writes the
   * lines of a batch it scanned, in their turn, and the pool hands back the outcomes without `line`; what
   * no worker answered (a crash, a time-out) is written by this thread in its turn. `scanAll` (ordered) gives
   * each item its turn and writes the source errors. Taken only by worker threads with a render (see
   * `ScanPool.output`); otherwise the outcomes carry their lines as before.
   */
  output?: OrderedOutput;
  /**
   * Called on this thread as batches go out to workers and come back (worker pools only; a tool's hook, not for output):
   * `worker` numbers the pool's slots in the order they were first given a batch, `held` is the batches that worker holds
   * after the event, `queued` the tasks waiting. From it a tool reads how long each worker held nothing while there was input
   * (between passes, the end of a pass, a hand-off's round trip): bench/pool-idle.ts (session 60, pool60).
   */
  trace?: (event: PoolTraceEvent) => void;
}

/** One event of ScanPoolOptions.trace: a batch sent to a worker or answered by it. */
export interface PoolTraceEvent {
  kind: 'send' | 'done';
  /** performance.now() on this thread. */
  at: number;
  worker: number;
  /** Tasks in the batch. */
  size: number;
  held: number;
  queued: number;
}

/**
 * A pool's interface; `R` is what it returns for each scanned message: the ScanReport, or what its render
 * (createScanPool's `render`) made of it. Failures are `{source, error}` (ScanError) either way.
 */
export interface ScanPool<R = ScanReport> {
  /** Workers (0: scanning in this thread). */
  readonly threads: number;
  /** What the workers are. */
  readonly workerKind: WorkerKind | 'in-process';
  readonly maxInFlight: number;
  readonly maxBytesInFlight: number;
  /** The output its workers write (ScanPoolOptions.output), when it took it: then the outcomes are written already. */
  readonly output?: OrderedOutput;
  /**
   * Scans one message; never rejects: a failure is a `{source, error}` outcome. With worker threads, the bytes
   * of `item.raw` are transferred (zero copy), so `item.raw` is empty afterwards; a view on a shared buffer
   * (a slice of a larger Buffer) is copied first. A worker process gets a copy. Outcomes of concurrent calls
   * settle in any order; use `scanAll(pool, items, { ordered: true })` for input order.
   */
  scan(item: ScanItem, turn?: number): Promise<R | ScanError>;
  /**
   * Reads and scans what a reference (openSources with `references: true`) points at, in the worker: a file
   * may hold several messages, so one outcome per message, in file order. Never rejects.
   * `turn` (both): the item's turn in the pool's `output` (taken from it when not given).
   */
  scanReference(ref: SourceRef, turn?: number): Promise<(R | ScanError)[]>;
  /** Process ids of the worker processes (none for threads or in-process): what the pool costs beyond this process's own CPU and memory. */
  workerProcesses(): number[];
  /** Waits for scans already handed in, then stops the workers. Later `scan` calls return an error outcome. */
  close(): Promise<void>;
}

/**
 * A pool of workers (child processes or worker threads, see `workers`), each with its own Scanner built
 * from `config`, so messages are scanned on every core. Workers read their own input when given references
 * (file paths, mbox byte ranges), take messages in batches and send the results of a batch back in one
 * message. A worker that crashes, runs out of memory or overruns `taskTimeoutMs` is replaced: a message
 * that overran is reported as timed out; after a crash the rest of its batch is re-run one message at a
 * time, so the crash is attributed to the message that causes it and the others still get their results.
 * Idle workers are unref'd, so a forgotten `close()` does not keep the process alive.
 *
 * Runs from the TypeScript sources under tsx (workers load `pool-worker.ts` / `pool-process.ts` through
 * tsx) and from the compiled `dist/` (`.js`): chosen by pool-workers.ts's own extension at run time.
 *
 * @example
 * const pool = createScanPool({ config, threads: 2 });
 * for await (const outcome of scanAll(pool, openSources(paths, { maxMessageBytes, references: true }), { ordered: true })) print(outcome);
 * await pool.close();
 */
// `render` (see RenderModule): what the pool hands back for each report instead of the report. The overload
// without it comes last, so that `ReturnType<typeof createScanPool>` is the plain pool.
export function createScanPool<R>(options: ScanPoolOptions, render: RenderSpec<R>): ScanPool<R>;
export function createScanPool(options: ScanPoolOptions): ScanPool;
export function createScanPool(options: ScanPoolOptions, render?: RenderSpec<unknown>): ScanPool<unknown> {
  const requested = Math.max(0, Math.floor(options.threads));
  const threads = requested <= 1 ? (options.isolated ? 1 : 0) : requested;
  const batchSize = Math.max(1, options.batchSize ?? 16);
  const prefetch = Math.max(0, Math.floor(options.prefetch ?? 1));
  const maxInFlight = Math.max(2, options.maxInFlight ?? (threads === 0 ? 4 : threads * batchSize * (2 + prefetch)));
  const maxBytes = Math.max(1, options.maxBytesInFlight ?? 64 * 1024 * 1024);
  if (threads === 0) return new InProcessPool(options, render, maxInFlight, maxBytes);
  const workerKind = options.workers ?? DEFAULT_WORKER_KIND;
  if (workerKind === 'thread') applyPoolV8Flags(options.v8Flags ?? POOL_V8_FLAGS);
  return new WorkerPool(options, render, threads, workerKind, maxInFlight, maxBytes, batchSize, prefetch);
}

/** What a pool runs its workers as unless told (see ScanPoolOptions.workers). */
export const DEFAULT_WORKER_KIND: WorkerKind = 'thread';

/** Builds the scanner a pool runs (in a worker, or in this thread). */
export async function loadScanner(config: ScanConfig, scannerModule: string | URL, options: ScannerModuleOptions = {}): Promise<ScannerLike> {
  const mod = (await import(importable(scannerModule))) as ScannerModule;
  return mod.createScanner(config, options);
}

/** Builds the render a pool applies to each report (in a worker, or in this thread). */
export async function loadRender(module: string | URL, options: unknown): Promise<Render<unknown>> {
  const mod = (await import(importable(module))) as RenderModule<unknown>;
  return mod.createRender(options);
}

function toImportable(specifier: string): string {
  return /^[a-z]+:/i.test(specifier) ? specifier : new URL(specifier, `file://${process.cwd()}/`).href;
}

const importable = (module: string | URL): string => (module instanceof URL ? module.href : toImportable(module));

const bytesTask = (item: ScanItem): Task => ({ kind: 'bytes', source: item.source, raw: item.raw, ...(item.envelope ? { envelope: item.envelope } : {}), ...(item.fullSize !== undefined ? { fullSize: item.fullSize } : {}) });

/** What a pool hands back for one task: error outcomes, and reports or what the render made of them. */
type Outcome = unknown;

class InProcessPool implements ScanPool<Outcome> {
  readonly threads = 0;
  readonly workerKind = 'in-process';
  private scanner: Promise<ScannerLike> | undefined;
  private render: Promise<Render<unknown> | undefined> | undefined;
  private closed = false;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly options: ScanPoolOptions,
    private readonly renderSpec: RenderSpec<unknown> | undefined,
    readonly maxInFlight: number,
    readonly maxBytesInFlight: number,
  ) {}

  async scan(item: ScanItem): Promise<Outcome> {
    return (await this.run(bytesTask(item), item.source))[0]!;
  }

  scanReference(ref: SourceRef): Promise<Outcome[]> {
    return this.run({ kind: 'ref', ref }, ref.source);
  }

  workerProcesses(): number[] {
    return [];
  }

  private run(task: Task, source: string): Promise<Outcome[]> {
    if (this.closed) return Promise.resolve([{ source, error: 'scan pool is closed' }]);
    const promise = (async () => {
      try {
        this.scanner ??= this.options.loadInProcess
          ? this.options.loadInProcess().then((mod) => mod.createScanner(this.options.config, this.options.scannerOptions ?? {}))
          : loadScanner(this.options.config, this.options.scannerModule, this.options.scannerOptions);
        const render = this.renderSpec;
        this.render ??= !render ? Promise.resolve(undefined) : render.loadInProcess ? render.loadInProcess().then((mod) => mod.createRender(render.options)) : loadRender(render.module, render.options);
        const [scanner, renderReport] = await Promise.all([this.scanner, this.render]);
        return await runTask(scanner, task, renderReport);
      } catch (err) {
        return [{ source, error: `scan failed: ${errorText(err)}` }];
      }
    })();
    this.pending.add(promise);
    void promise.then(() => this.pending.delete(promise));
    return promise;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.pending);
  }
}

/** One task waiting for, or held by, a worker. */
interface Job {
  task: Task;
  source: string;
  /** In the order submitted: a worker is never given a batch ahead that holds earlier tasks than those it has. */
  order: number;
  /** Its turn in the pool's output, when the workers write it. */
  turn?: number;
  resolve(outcomes: Outcome[]): void;
  /** Re-run alone after a crash of the batch it was in: a crash now is this task's own. */
  isolated: boolean;
}

interface Batch {
  id: number;
  jobs: Job[];
  /** When the worker could start it (posted, or the batch before it answered), in ms since the pool's epoch. */
  sentAt: number;
}

interface Slot {
  worker: ScanWorker;
  ready: boolean;
  /** Batches posted and not answered, in the order the worker runs them: the first is the one it is on. */
  batches: Batch[];
  /** The time limit's timer, for the first batch. */
  timer?: NodeJS.Timeout;
  /** Why the pool ended this worker (time-out), or the error it died of. */
  failure?: string;
  /** The index in its batch of the task that overran the time limit. */
  timedOut?: number;
}

class WorkerPool implements ScanPool<Outcome> {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  private nextBatch = 1;
  private submitted = 0;
  private readonly trace: ((event: PoolTraceEvent) => void) | undefined;
  /** Slots numbered for `trace`, in the order they were first given a batch. */
  private readonly traceIds = new Map<Slot, number>();
  readonly output: OrderedOutput | undefined;
  private closed = false;
  /** Set when workers cannot start at all (bad scanner module, config the checks reject): every scan fails with it. */
  private broken: string | undefined;
  private readonly taskTimeoutMs: number;
  private readonly epoch = Date.now();

  constructor(
    private readonly options: ScanPoolOptions,
    private readonly render: RenderSpec<unknown> | undefined,
    readonly threads: number,
    readonly workerKind: WorkerKind,
    readonly maxInFlight: number,
    readonly maxBytesInFlight: number,
    private readonly batchSize: number,
    private readonly prefetch: number,
  ) {
    this.taskTimeoutMs = options.taskTimeoutMs ?? options.config.limits.maxScanMs * 3;
    this.trace = options.trace;
    // A process cannot share the turn's memory; without a render there are no lines to write.
    this.output = workerKind === 'thread' && render ? options.output : undefined;
    for (let i = 0; i < threads; i++) this.spawn();
  }

  async scan(item: ScanItem, turn?: number): Promise<Outcome> {
    // A thread takes the bytes by transfer (zero copy) when the view owns its ArrayBuffer; a slice of a shared
    // one is copied first, since transferring would detach the bytes around it (Node's Buffer pool, a file
    // read in one piece). A process gets a copy through its channel either way.
    const raw = this.workerKind === 'process' || ownsWholeBuffer(item.raw) ? item.raw : new Uint8Array(item.raw);
    return (await this.submit(bytesTask({ ...item, raw }), item.source, turn))[0]!;
  }

  scanReference(ref: SourceRef, turn?: number): Promise<Outcome[]> {
    return this.submit({ kind: 'ref', ref }, ref.source, turn);
  }

  workerProcesses(): number[] {
    return this.workerKind === 'process' ? [...this.slots].map((slot) => slot.worker.pid).filter((pid) => pid > 0) : [];
  }

  private submit(task: Task, source: string, turn: number | undefined): Promise<Outcome[]> {
    const output = this.output;
    if (output) turn ??= output.take();
    // What no worker wrote (an error outcome of this pool's: closed, broken, a crash, a time-out) this thread writes in its turn.
    const settle = (outcomes: Outcome[]): Outcome[] => {
      if (output && !output.written(turn!)) output.write(turn!, Buffer.concat(outcomes.map(lineOf)));
      return outcomes;
    };
    if (this.closed) return Promise.resolve(settle([{ source, error: 'scan pool is closed' }]));
    if (this.broken) return Promise.resolve(settle([{ source, error: this.broken }]));
    const order = this.submitted++;
    const promise = new Promise<Outcome[]>((resolve) => this.queue.push({ task, source, order, turn, resolve: (outcomes) => resolve(settle(outcomes)), isolated: false }));
    this.pending.add(promise);
    void promise.then(() => this.pending.delete(promise));
    this.dispatch();
    return promise;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.pending);
    const exits = [...this.slots].map((slot) => slot.worker.terminate());
    this.slots.clear();
    await Promise.all(exits);
  }

  private spawn(): void {
    const setup: WorkerSetup = {
      config: this.options.config,
      scannerModule: importable(this.options.scannerModule),
      scannerOptions: this.options.scannerOptions ?? {},
      ...(this.render ? { render: { module: importable(this.render.module), options: this.render.options } } : {}),
      ...(this.output ? { output: this.output.channel } : {}),
    };
    // The slot exists before its worker: a worker that fails at once reports to a slot the pool knows.
    const slot = { ready: false, batches: [] as Batch[] } as Slot;
    slot.worker = spawnWorker(
      this.workerKind,
      { setup, heapMb: this.options.workerHeapMb ?? 1024, youngGenerationMb: this.options.workerYoungGenerationMb ?? 8, epoch: this.epoch, v8Flags: this.options.v8Flags ?? POOL_V8_FLAGS },
      {
        message: (message) => this.onMessage(slot, message),
        failure: (text) => {
          slot.failure ??= text;
        },
        exit: (how) => this.onExit(slot, how),
      },
    );
    this.slots.add(slot);
    if (this.queue.length === 0) slot.worker.unref();
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.dispatch();
    } else if (message.type === 'done') {
      const batch = slot.batches[0];
      if (!batch || batch.id !== message.id) return;
      this.release(slot);
      slot.batches.shift();
      if (this.trace) this.traced(slot, 'done', batch.jobs.length);
      const next = slot.batches[0];
      if (next) {
        // The worker goes straight on to the batch it already holds: its time limit starts now.
        next.sentAt = Date.now() - this.epoch;
        this.armTimer(slot, next, this.taskTimeoutMs);
      }
      batch.jobs.forEach((job, i) => job.resolve(message.outcomes[i] ?? [{ source: job.source, error: 'scan failed: no result from the worker' }]));
      this.dispatch();
    }
  }

  private onExit(slot: Slot, how: string): void {
    const [batch, ...ahead] = slot.batches;
    this.release(slot);
    slot.batches = [];
    const known = this.slots.delete(slot);
    if (!known) return; // terminated by close()
    const why = slot.failure ?? how;
    const jobs = batch?.jobs ?? [];
    // Batches it held beyond the one it was on never started (a worker runs its batches in order and answers
    // each before the next): they go back to the front of the queue as they were, blamed for nothing.
    const waiting = ahead.flatMap((b) => b.jobs);
    if (!slot.ready) {
      // It died before it could scan anything: so will its replacements. Fail what waits, stop spawning.
      this.broken = `scan worker failed to start: ${why}`;
      for (const job of [...jobs, ...waiting, ...this.queue.splice(0)]) job.resolve([{ source: job.source, error: this.broken }]);
      return;
    }
    this.queue.unshift(...waiting);
    if (slot.timedOut !== undefined) {
      // The task that overran is known: it is reported, the rest of the batch is handed out again.
      const late = jobs[slot.timedOut];
      late?.resolve([{ source: late.source, error: why }]);
      this.queue.unshift(...jobs.filter((job) => job !== late));
    } else if (jobs.length === 1) {
      const job = jobs[0]!;
      job.resolve([{ source: job.source, error: `scan worker crashed: ${why}` }]);
    } else if (jobs.length > 1) {
      // Which task crashed it (or, in a process, overran the time limit) is not certain — memory may have been
      // filled by the ones before —, so each is re-run alone: a crash or time-out then is that message's own.
      for (const job of jobs) job.isolated = true;
      this.queue.unshift(...jobs);
    }
    if (!this.closed || this.queue.length > 0) this.spawn();
    this.dispatch();
  }

  /** Stops the time limit of the batch the worker is on (it answered, or ended). */
  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
  }

  /** A worker keeps the process alive only while there is work for it (its own batch, or tasks waiting). */
  private updateRefs(): void {
    for (const slot of this.slots) {
      if (slot.batches.length > 0 || this.queue.length > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private dispatch(): void {
    this.assign();
    this.updateRefs();
  }

  private assign(): void {
    if (this.queue.length === 0) return;
    // Workers still starting count as free: the queue is shared out over every worker, not given to the first ready one.
    let free = 0;
    for (const slot of this.slots) if (slot.batches.length === 0 && !slot.failure) free++;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.batches.length > 0 || slot.failure || !slot.ready) continue;
      // Near the end of the input (fewer tasks queued than a full batch for every worker) a free worker takes half a fair
      // share of what is left, so the last tasks go out in shrinking batches to whichever worker frees up first, instead of
      // one worker ending on a last full batch while the others have nothing left (session 60, pool60: the end-of-pass tail
      // of bench/pool-idle.ts). One worker has no one to wait for: it takes the batch whole.
      const ending = this.slots.size > 1 && this.queue.length < this.batchSize * this.slots.size;
      this.send(slot, this.take(Math.ceil(this.queue.length / (ending ? 2 * this.slots.size : Math.max(free, 1)))));
      free--;
    }
    // Then a batch ahead for workers that are busy, full ones only, and only while every worker could still get
    // a full batch after it: near the end of the input the last messages go to whichever worker is free first.
    // Nor a batch of tasks earlier than those the worker holds (tasks handed out again after another worker's
    // time-out): a worker that writes its own output would wait for their turn before it could start them.
    for (let ahead = 1; ahead <= this.prefetch; ahead++) {
      for (const slot of this.slots) {
        if (this.queue.length < this.batchSize * this.slots.size || this.queue[0]!.isolated) return;
        if (slot.batches.length !== ahead || slot.failure || !slot.ready) continue;
        if (this.queue[0]!.order < slot.batches.at(-1)!.jobs.at(-1)!.order) continue;
        this.send(slot, this.take(this.batchSize));
      }
    }
  }

  /** The next batch from the queue: up to `wanted` tasks (at most batchSize), or one task re-run alone after a crash. */
  private take(wanted: number): Batch {
    const size = this.queue[0]!.isolated ? 1 : Math.min(this.batchSize, wanted);
    const jobs: Job[] = [];
    while (jobs.length < size && this.queue.length > 0 && !this.queue[0]!.isolated) jobs.push(this.queue.shift()!);
    if (jobs.length === 0) jobs.push(this.queue.shift()!);
    return { id: this.nextBatch++, jobs, sentAt: Date.now() - this.epoch };
  }

  private traced(slot: Slot, kind: PoolTraceEvent['kind'], size: number): void {
    let worker = this.traceIds.get(slot);
    if (worker === undefined) this.traceIds.set(slot, (worker = this.traceIds.size));
    this.trace!({ kind, at: performance.now(), worker, size, held: slot.batches.length, queued: this.queue.length });
  }

  private send(slot: Slot, batch: Batch): void {
    slot.batches.push(batch);
    if (this.trace) this.traced(slot, 'send', batch.jobs.length);
    if (slot.batches.length === 1) this.armTimer(slot, batch, this.taskTimeoutMs);
    // Bytes are transferred to a thread (zero copy) only when the batch is one task and the worker starts on it:
    // the tasks of a longer batch, or of a batch ahead, may have to be handed out again after a crash, so they
    // are copied and kept here until answered.
    const transfer: ArrayBuffer[] = [];
    if (slot.worker.kind === 'thread' && slot.batches.length === 1 && batch.jobs.length === 1 && batch.jobs[0]!.task.kind === 'bytes') transfer.push(batch.jobs[0]!.task.raw.buffer as ArrayBuffer);
    try {
      const turns = this.output ? { turns: batch.jobs.map((j) => j.turn!) } : {};
      slot.worker.post({ type: 'batch', id: batch.id, tasks: batch.jobs.map((j) => j.task), ...turns }, transfer);
    } catch (err) {
      if (slot.batches.length === 1) this.release(slot);
      slot.batches.splice(slot.batches.indexOf(batch), 1);
      for (const job of batch.jobs) job.resolve([{ source: job.source, error: `scan failed: ${errorText(err)}` }]);
    }
  }

  /**
   * Checks, when the current task could first have overrun, whether it has. A thread publishes the task it is
   * on and when it started, so the limit applies per message. A process does not: the limit then applies to
   * the batch from when it was sent, and a batch of several that overruns is re-run one message at a time (see
   * onExit), where the limit is the message's own again.
   */
  private armTimer(slot: Slot, batch: Batch, wait: number): void {
    slot.timer = setTimeout(() => {
      if (slot.batches[0] !== batch) return;
      const current = slot.worker.current();
      const onBatch = current !== undefined && current.batch === batch.id;
      const started = onBatch ? current.startedAt : batch.sentAt;
      const running = Date.now() - this.epoch - started;
      if (running < this.taskTimeoutMs) this.armTimer(slot, batch, this.taskTimeoutMs - running);
      // A worker writing its output, or waiting for its turn to, is not scanning: no time limit covers that.
      else if (!slot.worker.condemn()) this.armTimer(slot, batch, this.taskTimeoutMs);
      else {
        slot.failure = `scan timed out after ${this.taskTimeoutMs} ms`;
        if (onBatch) slot.timedOut = current.index;
        else if (batch.jobs.length === 1 || slot.worker.kind === 'thread') slot.timedOut = 0;
        void slot.worker.terminate();
      }
    }, Math.max(1, wait));
    slot.timer.unref();
  }
}

/**
 * Scans everything `items` yields through the pool with at most `pool.maxInFlight` items (and about
 * `pool.maxBytesInFlight` bytes of messages) handed out at once: the source is pulled only when there is
 * room, so memory stays bounded for any input size. References (openSources with `references: true`) are
 * read by the pool's workers, and may stand for several messages. Source errors pass through as
 * `{source, error}` outcomes. `ordered: true` yields outcomes in input order (a slow message holds back
 * those after it, still within the bound); otherwise in completion order. With a pool that writes its
 * outcomes itself (`pool.output`), ordered only: each item gets its turn there, and a source error is written
 * in its turn; what is yielded is then written already.
 *
 * @example
 * for await (const outcome of scanAll(pool, openSources(['inbox.mbox'], { maxMessageBytes, references: true }), { ordered: true })) {}
 */
export async function* scanAll<R = ScanReport>(
  pool: ScanPool<R>,
  items: AsyncIterable<SourceItem | SourceRef | ScanItem> | Iterable<SourceItem | SourceRef | ScanItem>,
  options: { ordered?: boolean } = {},
): AsyncGenerator<R | ScanError> {
  const output = pool.output;
  if (output && !options.ordered) throw new Error('scanAll: a pool whose workers write the output is read in input order (ordered: true)');
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  const window = pool.maxInFlight;
  let bytesOut = 0;
  const start = (item: SourceItem | SourceRef | ScanItem): Promise<(R | ScanError)[]> => {
    // Each item's turn in the pool's output, in input order; a source error is written here, in its turn.
    const turn = output?.take();
    if ('error' in item) {
      const outcome = { source: item.source, error: item.error };
      output?.write(turn!, errorLine(outcome));
      return Promise.resolve([outcome]);
    }
    if (isSourceRef(item)) return pool.scanReference(item, turn);
    const size = item.raw.byteLength;
    bytesOut += size;
    return pool.scan(item, turn).then((outcome) => {
      bytesOut -= size;
      return [outcome];
    });
  };
  const room = (held: number): boolean => held < window && (bytesOut < pool.maxBytesInFlight || held === 0);
  let exhausted = false;
  try {
    if (options.ordered) {
      const inOrder: Promise<(R | ScanError)[]>[] = [];
      for (;;) {
        while (!exhausted && room(inOrder.length)) {
          const next = await iterator.next();
          if (next.done) exhausted = true;
          else inOrder.push(start(next.value));
        }
        const head = inOrder.shift();
        if (!head) return;
        yield* await head;
      }
    }
    const finished: (R | ScanError)[][] = [];
    let inFlight = 0;
    let wake: (() => void) | undefined;
    for (;;) {
      while (!exhausted && room(inFlight + finished.length)) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          inFlight++;
          void start(next.value).then((outcomes) => {
            inFlight--;
            finished.push(outcomes);
            wake?.();
          });
        }
      }
      if (finished.length === 0) {
        if (inFlight === 0 && exhausted) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      while (finished.length > 0) yield* finished.shift()!;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

async function* toAsync<T>(iterator: Iterator<T>): AsyncGenerator<T> {
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
}
