import { Worker } from 'node:worker_threads';
import { ownsWholeBuffer } from '../mail/sources/message-builder.js';
import type { SourceItem } from '../mail/sources/types.js';
import type { Envelope } from '../mail/types.js';
import type { ScanConfig } from './config.js';
import type { ScanInput } from './engine.js';
import type { ScanOutcome, ScanReport } from './report.js';

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

export interface ScanPoolOptions {
  config: ScanConfig;
  /** Worker threads. 0 or 1: scan in this thread, no workers. */
  threads: number;
  /**
   * Scans that `scanAll` keeps handed out and not yet yielded (default 4 per thread, at least 2). This is
   * the back-pressure bound: raw messages held = maxInFlight, whatever the input size.
   */
  maxInFlight?: number;
  /** URL or path of a ScannerModule (src/runtime's `createScanPool` passes the full scanner's). */
  scannerModule: string | URL;
  /** Handed to the module's `createScanner` in every worker (or in this thread). */
  scannerOptions?: ScannerModuleOptions;
  /**
   * Wall-clock limit for one message in a worker (default 3 × limits.maxScanMs). Past it the worker is
   * terminated and replaced, and the message is reported as an error: a check stuck in a synchronous loop
   * (which the engine's own budget cannot interrupt) cannot hang the batch. Not enforced in-process.
   */
  taskTimeoutMs?: number;
  /** V8 old-space limit per worker in MB (default 1024): a message that exhausts it costs that worker only. */
  workerHeapMb?: number;
  /**
   * V8 young-generation limit per worker in MB (default 8). Scanning makes short-lived garbage fast and V8
   * otherwise lets each isolate's young generation grow to 32 MB or more. Measured on a 2-thread scan of a
   * 1 GiB mbox (`npm run bench -- --mbox-gb 1`, peak RSS of the process): unlimited ≈ 235 MB, 16 → 207 MB
   * at 2065 msg/s, 8 → 188 MB at 2036 msg/s. Raise it when memory is plentiful.
   */
  workerYoungGenerationMb?: number;
}

export interface ScanPool {
  readonly threads: number;
  readonly maxInFlight: number;
  /**
   * Scans one message; never rejects: a failure is a `{source, error}` outcome. With workers, the bytes of
   * `item.raw` are transferred (zero copy), so `item.raw` is empty afterwards; a view on a shared buffer
   * (a slice of a larger Buffer) is copied first. Outcomes of concurrent calls settle in any order; use
   * `scanAll(pool, items, { ordered: true })` for input order.
   */
  scan(item: ScanItem): Promise<ScanOutcome>;
  /** Waits for scans already handed in, then stops the workers. Later `scan` calls return an error outcome. */
  close(): Promise<void>;
}

/**
 * A pool of worker threads, each with its own Scanner built from `config`, so messages are scanned on
 * every core. A worker that crashes, runs out of memory or overruns `taskTimeoutMs` is replaced, and the
 * message it held comes back as `{source, error}`: never lost, never hanging. Idle workers are unref'd, so
 * a forgotten `close()` does not keep the process alive.
 *
 * Runs from the TypeScript sources under tsx (the worker loads `pool-worker.ts` through tsx) and from the
 * compiled `dist/` (`pool-worker.js`): chosen by this module's own extension at run time.
 *
 * @example
 * const pool = createScanPool({ config, threads: 2 });
 * for await (const outcome of scanAll(pool, openSources(paths, { maxMessageBytes }), { ordered: true })) print(outcome);
 * await pool.close();
 */
export function createScanPool(options: ScanPoolOptions): ScanPool {
  const threads = Math.max(0, Math.floor(options.threads));
  const maxInFlight = Math.max(2, options.maxInFlight ?? Math.max(threads, 1) * 4);
  return threads <= 1 ? new InProcessPool(options, maxInFlight) : new WorkerPool(options, threads, maxInFlight);
}

/** Builds the scanner a pool runs (in a worker, or in this thread). */
export async function loadScanner(config: ScanConfig, scannerModule: string | URL, options: ScannerModuleOptions = {}): Promise<ScannerLike> {
  const mod = (await import(String(scannerModule instanceof URL ? scannerModule.href : toImportable(scannerModule)))) as ScannerModule;
  return mod.createScanner(config, options);
}

function toImportable(specifier: string): string {
  return /^[a-z]+:/i.test(specifier) ? specifier : new URL(specifier, `file://${process.cwd()}/`).href;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Reports the real size of a message that openSources cut at the size limit. */
function withFullSize(outcome: ScanOutcome, fullSize: number | undefined): ScanOutcome {
  if (fullSize === undefined || 'error' in outcome) return outcome;
  return { ...outcome, size: fullSize };
}

class InProcessPool implements ScanPool {
  readonly threads = 0;
  private scanner: Promise<ScannerLike> | undefined;
  private closed = false;
  private readonly pending = new Set<Promise<ScanOutcome>>();

  constructor(
    private readonly options: ScanPoolOptions,
    readonly maxInFlight: number,
  ) {}

  scan(item: ScanItem): Promise<ScanOutcome> {
    if (this.closed) return Promise.resolve({ source: item.source, error: 'scan pool is closed' });
    const promise = this.run(item);
    this.pending.add(promise);
    void promise.then(() => this.pending.delete(promise));
    return promise;
  }

  private async run(item: ScanItem): Promise<ScanOutcome> {
    try {
      this.scanner ??= loadScanner(this.options.config, this.options.scannerModule, this.options.scannerOptions);
      const scanner = await this.scanner;
      const input: ScanInput = { source: item.source, raw: item.raw, ...(item.envelope ? { envelope: item.envelope } : {}) };
      return withFullSize(await scanner.scan(input), item.fullSize);
    } catch (err) {
      return { source: item.source, error: `scan failed: ${errorText(err)}` };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.pending);
  }
}

interface Task {
  id: number;
  item: ScanItem;
  resolve(outcome: ScanOutcome): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** Why the pool ended this worker (timeout), or the error it died of. */
  failure?: string;
}

/** Messages between the pool and pool-worker. */
export type ToWorker = { id: number; source: string; raw: Uint8Array; envelope?: Envelope };
export type FromWorker = { type: 'ready' } | { type: 'done'; id: number; outcome: ScanOutcome };

class WorkerPool implements ScanPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private readonly pending = new Set<Promise<ScanOutcome>>();
  private nextId = 1;
  private closed = false;
  /** Set when workers cannot start at all (bad scanner module, config the checks reject): every scan fails with it. */
  private broken: string | undefined;
  /** The worker's entry: a file (compiled JS) or a bootstrap evaluated as a script (TypeScript sources). */
  private readonly entry: { file: URL } | { script: string };
  private readonly taskTimeoutMs: number;

  constructor(
    private readonly options: ScanPoolOptions,
    readonly threads: number,
    readonly maxInFlight: number,
  ) {
    if (import.meta.url.endsWith('.ts')) {
      // Under tsx. On Node 20 `execArgv: ['--import', 'tsx']` does not reach a worker's entry module, so the
      // worker starts from a tiny script that imports pool-worker.ts through tsx's own API.
      const tsxApi = import.meta.resolve('tsx/esm/api');
      const worker = new URL('./pool-worker.ts', import.meta.url).href;
      this.entry = {
        script: `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(import.meta.url)}))`,
      };
    } else {
      this.entry = { file: new URL('./pool-worker.js', import.meta.url) };
    }
    this.taskTimeoutMs = options.taskTimeoutMs ?? options.config.limits.maxScanMs * 3;
    for (let i = 0; i < threads; i++) this.spawn();
  }

  scan(item: ScanItem): Promise<ScanOutcome> {
    if (this.closed) return Promise.resolve({ source: item.source, error: 'scan pool is closed' });
    if (this.broken) return Promise.resolve({ source: item.source, error: this.broken });
    const promise = new Promise<ScanOutcome>((resolve) => {
      this.queue.push({ id: this.nextId++, item, resolve: (o) => resolve(withFullSize(o, item.fullSize)) });
    });
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
    const entry = this.entry;
    const worker = new Worker('file' in entry ? entry.file : entry.script, {
      eval: !('file' in entry),
      execArgv: [],
      workerData: {
        config: this.options.config,
        scannerModule: String(this.options.scannerModule instanceof URL ? this.options.scannerModule.href : toImportable(this.options.scannerModule)),
        scannerOptions: this.options.scannerOptions ?? {},
      },
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.workerHeapMb ?? 1024,
        maxYoungGenerationSizeMb: this.options.workerYoungGenerationMb ?? 8,
      },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    if (this.queue.length === 0) worker.unref();
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    worker.on('error', (err) => {
      slot.failure ??= errorText(err);
    });
    worker.on('exit', (code) => this.onExit(slot, code));
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.dispatch();
    } else if (message.type === 'done') {
      const task = slot.task;
      if (!task || task.id !== message.id) return;
      this.release(slot);
      task.resolve(message.outcome);
      this.dispatch();
    }
  }

  private onExit(slot: Slot, code: number): void {
    const task = slot.task;
    this.release(slot);
    const known = this.slots.delete(slot);
    if (!known) return; // terminated by close()
    const why = slot.failure ?? `exit code ${code}`;
    if (!slot.ready) {
      // It died before it could scan anything: so will its replacements. Fail what waits, stop spawning.
      this.broken = `scan worker failed to start: ${why}`;
      for (const waiting of this.queue.splice(0)) waiting.resolve({ source: waiting.item.source, error: this.broken });
      if (task) task.resolve({ source: task.item.source, error: this.broken });
      return;
    }
    if (task) task.resolve({ source: task.item.source, error: why.startsWith('scan timed out') ? why : `scan worker crashed: ${why}` });
    if (!this.closed) this.spawn();
    this.dispatch();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.task = undefined;
  }

  /** A worker keeps the process alive only while there is work for it (its own task, or tasks waiting). */
  private updateRefs(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private dispatch(): void {
    this.assign();
    this.updateRefs();
  }

  private assign(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.task || slot.failure) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        slot.failure = `scan timed out after ${this.taskTimeoutMs} ms`;
        void slot.worker.terminate();
      }, this.taskTimeoutMs);
      slot.timer.unref();
      const { item } = task;
      // Transfer the bytes when the view owns its ArrayBuffer; a slice of a shared one is copied first, since
      // transferring would detach the bytes around it (Node's Buffer pool, a file read in one piece).
      const raw = ownsWholeBuffer(item.raw) ? item.raw : new Uint8Array(item.raw);
      const message: ToWorker = { id: task.id, source: item.source, raw, ...(item.envelope ? { envelope: item.envelope } : {}) };
      try {
        slot.worker.postMessage(message, [raw.buffer as ArrayBuffer]);
      } catch (err) {
        this.release(slot);
        task.resolve({ source: item.source, error: `scan failed: ${errorText(err)}` });
      }
    }
  }
}

/**
 * Scans everything `items` yields through the pool with at most `pool.maxInFlight` messages handed out at
 * once: the source is pulled only when there is room, so memory stays bounded for any input size. Source
 * errors pass through as `{source, error}` outcomes. `ordered: true` yields outcomes in input order (a
 * slow message holds back those after it, still within the bound); otherwise in completion order.
 *
 * @example
 * for await (const outcome of scanAll(pool, openSources(['inbox.mbox'], { maxMessageBytes }), { ordered: true })) {}
 */
export async function* scanAll(
  pool: ScanPool,
  items: AsyncIterable<SourceItem | ScanItem> | Iterable<SourceItem | ScanItem>,
  options: { ordered?: boolean } = {},
): AsyncGenerator<ScanOutcome> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  const window = pool.maxInFlight;
  const start = (item: SourceItem | ScanItem): Promise<ScanOutcome> =>
    'error' in item ? Promise.resolve({ source: item.source, error: item.error }) : pool.scan(item);
  let exhausted = false;
  try {
    if (options.ordered) {
      const inOrder: Promise<ScanOutcome>[] = [];
      for (;;) {
        while (!exhausted && inOrder.length < window) {
          const next = await iterator.next();
          if (next.done) exhausted = true;
          else inOrder.push(start(next.value));
        }
        const head = inOrder.shift();
        if (!head) return;
        yield await head;
      }
    }
    const finished: ScanOutcome[] = [];
    let inFlight = 0;
    let wake: (() => void) | undefined;
    for (;;) {
      while (!exhausted && inFlight + finished.length < window) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          inFlight++;
          void start(next.value).then((outcome) => {
            inFlight--;
            finished.push(outcome);
            wake?.();
          });
        }
      }
      if (finished.length === 0) {
        if (inFlight === 0 && exhausted) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      while (finished.length > 0) yield finished.shift()!;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

async function* toAsync<T>(iterator: Iterator<T>): AsyncGenerator<T> {
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
}
