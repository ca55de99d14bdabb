/**
 * The two kinds of scan worker a pool (./pool.ts) can run, behind one interface: a worker thread
 * (./pool-worker.ts) or a child process (./pool-process.ts). The pool's scheduling, batching, crash
 * attribution and time-outs are the same for both; only how a batch reaches the worker, how the worker says
 * which task it is on, and how it is ended differ.
 *
 * Why two: threads cost less memory (one Node runtime) and take message bytes by transfer; a process also
 * survives what ends a whole process (a fault in native code) and shares no V8 helper threads (concurrent
 * GC, compile jobs) with the others. Session 7 suspected those shared threads of holding two workers to
 * ~1.5× one on two cores; measured in session 8, two processes scaled no better (NOTES.md, "Session 8 (the
 * lead)"), so threads stay the default and processes are there to be asked for.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ScanConfig } from './config.js';
import type { OutputChannel } from './pool-output.js';
import type { BatchMessage } from './tasks.js';

export type WorkerKind = 'thread' | 'process';

/** What builds the scanner in a worker: plain data, since it crosses to another thread or process. */
export interface WorkerSetup {
  config: ScanConfig;
  /** URL of the ScannerModule the worker imports. */
  scannerModule: string;
  scannerOptions: { fingerprint?: boolean };
  /** URL of the RenderModule that turns each report into what the pool returns, and its options (createScanPool's `render`). */
  render?: { module: string; options: unknown };
  /**
   * Threads only: the worker writes each outcome's line (the render's `line` bytes, or an error outcome's
   * record) to this descriptor itself, in its turn, and hands back the outcome without it (./pool-output.ts).
   */
  output?: OutputChannel;
}

/** Messages from the pool to a worker. A process is sent its setup first (a thread gets it as workerData). */
export type ToWorker = { type: 'setup'; setup: WorkerSetup } | ({ type: 'batch' } & BatchMessage);
/**
 * Messages from a worker: ready to scan, a batch's outcomes (one array per task: ScanOutcomes, or with a
 * render, error outcomes and what it made of each report), or the error it is dying of.
 */
export type FromWorker = { type: 'ready' } | { type: 'done'; id: number; outcomes: unknown[][] } | { type: 'fatal'; error: string };

/** The task a worker is on: the batch, the task's index in it and when it started (ms since the pool's epoch). */
export interface CurrentTask {
  batch: number;
  index: number;
  startedAt: number;
}

export interface WorkerEvents {
  message(message: FromWorker): void;
  /** The worker's own account of why it is ending (an uncaught error, out of memory); arrives before `exit`. */
  failure(text: string): void;
  /** It has ended: `how` is 'exit code N' or 'signal NAME'. */
  exit(how: string): void;
}

export interface ScanWorker {
  readonly kind: WorkerKind;
  /** The OS process scanning: this process for a thread. */
  readonly pid: number;
  /**
   * The task it is on, when the worker publishes it as it goes (threads, in shared memory: a per-message time
   * limit), or undefined (processes: publishing would be one IPC message per message; the pool times out the
   * batch and re-runs it one message at a time instead).
   */
  current(): CurrentTask | undefined;
  /**
   * Before the pool ends it for overrunning the time limit: false when the worker is not scanning but writing
   * its output or waiting for its turn to (a slow reader, a batch before it still being scanned), which no time
   * limit covers; then it is not ended. Once this returned true the worker writes nothing more.
   */
  condemn(): boolean;
  /** Posts a batch; `transfer` (threads only) hands over message bytes without copying them. */
  post(message: ToWorker, transfer: ArrayBuffer[]): void;
  /** Ends it now (time-out, close): resolves when it has exited. */
  terminate(): Promise<void>;
  /** Whether it keeps the event loop (the process) alive: only while it has work. */
  ref(): void;
  unref(): void;
}

export interface SpawnOptions {
  setup: WorkerSetup;
  /** Old-space limit in MB: past it the worker dies (and the pool reports the message), not the process. */
  heapMb: number;
  /** Young-generation limit in MB (see ScanPoolOptions.workerYoungGenerationMb). */
  youngGenerationMb: number;
  /** The pool's clock origin: a thread reports task start times relative to it. */
  epoch: number;
  /** V8 flags a worker process is started with (threads share this process's, see applyPoolV8Flags). */
  v8Flags: readonly string[];
}

/**
 * V8 flags of a process that runs scan workers (ScanPoolOptions.v8Flags' default): none today. A batch worker scans
 * thousands of messages, and much of a warmed scan's instructions were TurboFan compiling functions that only got hot
 * after thousands of messages (NOTES.md, session 41, hot41), so a smaller inlining budget was tried here. Swept on
 * session 42's code (`npm run bench:instructions -- --only pool --no-product-flags --v8 '--max-inlined-bytecode-size-
 * cumulative=N'`, 300 messages, 4 warm passes, 2 counted): N = 230 / 460 / 690 / 920 (V8's default) gave 9.87 / 9.97 /
 * 9.97 / 10.11 M instructions a message — within the run-to-run spread of the compile and GC shares — while the scanning
 * code itself, the part that stays once compiling settles, grew 6.47 → 6.56 → 6.80 / 6.74 M with less inlining. A long
 * batch or a service would pay that for good, so no flag is set (NOTES.md, session 42, the lead). The place stays: a
 * flag added here reaches every worker thread's compiles (V8's flags are the process's) and worker processes' command
 * lines. A compiler flag cannot change what a scan finds.
 * Nor is a flag set for pattern code (session 66, regex68): V8 (Node 20) does not flush a held pattern's compiled code —
 * ten collections leave it, as --flush-bytecode / --bytecode-old-age change nothing for it — and what a long scan compiles
 * again is a pattern made anew per use (matchAll's species copy, a literal in a rarely run function, `new RegExp` in a
 * function), found only through the regexp compilation cache, which V8 empties after two collections without a look-up
 * and no flag governs. The cure is in the code (src/mail/all-matches.ts, patterns held by their module: under --gc-global,
 * where every collection ages that cache, the SA window's passes 1–3 compiled 97 / 69 / 65 pattern objects again before it,
 * 33 / 16 / 10 after, bench:regexp-code --v8 '--gc-global' --passes 4). With
 * --no-regexp-tier-up no pattern code is made after the first pass, but every pattern is compiled on its first use
 * instead of interpreted once: 12.5 MB of pattern code against 12.3, the 16 MB line crossed at message 256 instead of 267.
 */
export const POOL_V8_FLAGS: readonly string[] = [];

let appliedV8Flags = '';

/**
 * Sets `flags` for this process before its first worker thread starts. V8's flags are the process's, read by
 * the compiler at each compile: a flag set here holds for every worker thread's compiles, as if it had been on
 * the command line (checked with --trace-turbo-inlining and by callgrind, NOTES.md session 42, inl42). Once per
 * set of flags; the one-message CLI never gets here (it scans in its own thread with its own flags).
 */
export function applyPoolV8Flags(flags: readonly string[]): void {
  const joined = flags.join(' ');
  if (joined === '' || joined === appliedV8Flags) return;
  setFlagsFromString(joined);
  appliedV8Flags = joined;
}

const underTsx = import.meta.url.endsWith('.ts');

/** The progress word of a thread's phase, and its values (see ThreadWorkerData.progress). */
export const PHASE = 3;
export const SCANNING = 0;
export const WRITING = 1;
export const CONDEMNED = 2;

export function spawnWorker(kind: WorkerKind, options: SpawnOptions, events: WorkerEvents): ScanWorker {
  return kind === 'thread' ? new ThreadWorker(options, events) : new ProcessWorker(options, events);
}

/** What a worker thread is started with (workerData): the setup and the shared progress words. */
export interface ThreadWorkerData {
  setup: WorkerSetup;
  /**
   * Int32 words [batch id, index of the task in progress, its start in ms since `epoch`], written by the
   * worker, and its phase (PHASE: SCANNING, WRITING, CONDEMNED), which the worker and the pool change by
   * compare-and-exchange so that a worker is never ended while it writes.
   */
  progress: SharedArrayBuffer;
  epoch: number;
}

class ThreadWorker implements ScanWorker {
  readonly kind = 'thread';
  readonly pid = process.pid;
  private readonly worker: Worker;
  private readonly progress: Int32Array;
  /** Whether the worker holds the event loop (a new Worker does). */
  private refed = true;

  constructor(options: SpawnOptions, events: WorkerEvents) {
    const shared = new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT);
    this.progress = new Int32Array(shared);
    const workerData: ThreadWorkerData = { setup: options.setup, progress: shared, epoch: options.epoch };
    const resourceLimits = { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: options.youngGenerationMb };
    if (underTsx) {
      // On Node 20 `execArgv: ['--import', 'tsx']` does not reach a worker's entry module, so the worker
      // starts from a tiny script that imports pool-worker.ts through tsx's own API.
      const tsxApi = import.meta.resolve('tsx/esm/api');
      const entry = new URL('./pool-worker.ts', import.meta.url).href;
      const script = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
      this.worker = new Worker(script, { eval: true, execArgv: [], workerData, resourceLimits, stdout: false, stderr: false });
    } else {
      this.worker = new Worker(new URL('./pool-worker.js', import.meta.url), { execArgv: [], workerData, resourceLimits, stdout: false, stderr: false });
    }
    this.worker.on('message', (message: FromWorker) => events.message(message));
    this.worker.on('error', (err) => events.failure(err instanceof Error ? err.message : String(err)));
    this.worker.on('exit', (code) => events.exit(`exit code ${code}`));
  }

  current(): CurrentTask | undefined {
    // The worker writes the start time before the index and the batch id last, and they are read here in the
    // other order: an index is never paired with the start of the task before it.
    const batch = Atomics.load(this.progress, 0);
    const index = Atomics.load(this.progress, 1);
    const startedAt = Atomics.load(this.progress, 2);
    return batch === 0 ? undefined : { batch, index, startedAt };
  }

  condemn(): boolean {
    return Atomics.compareExchange(this.progress, PHASE, SCANNING, CONDEMNED) !== WRITING;
  }

  post(message: ToWorker, transfer: ArrayBuffer[]): void {
    // The progress words are left as they are: the pool may post a batch while the worker is on the one before
    // it (ScanPoolOptions.prefetch), and reads them only for the batch whose id they carry.
    this.worker.postMessage(message, transfer);
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }

  // The pool asks at every hand-off (per message submitted, per batch answered): only a change reaches the worker's
  // handle and port (two native calls each).
  ref(): void {
    if (this.refed) return;
    this.refed = true;
    this.worker.ref();
  }

  unref(): void {
    if (!this.refed) return;
    this.refed = false;
    this.worker.unref();
  }
}

/** How much of a process's dying words (stderr) is kept to explain its end: V8's out-of-memory report fits. */
const STDERR_TAIL_BYTES = 4096;

class ProcessWorker implements ScanWorker {
  readonly kind = 'process';
  private readonly child: ChildProcess;
  private stderrTail = '';
  private exited: Promise<void>;
  private refed = true;

  constructor(options: SpawnOptions, events: WorkerEvents) {
    const entry = new URL(underTsx ? './pool-process.ts' : './pool-process.js', import.meta.url);
    // Only what the worker needs: none of this process's own flags (a profiler's, an inspector's port) are inherited.
    const execArgv = [...options.v8Flags, `--max-old-space-size=${options.heapMb}`, `--max-semi-space-size=${semiSpaceMb(options.youngGenerationMb)}`];
    if (underTsx) execArgv.unshift('--import', import.meta.resolve('tsx'));
    this.child = fork(entry, [], {
      execArgv,
      // Structured clone over the channel: message bytes (Uint8Array) and outcomes cross as they are.
      serialization: 'advanced',
      // Its stdout is this process's stderr (NDJSON on our stdout must stay clean); its stderr is read here,
      // passed on, and its tail kept to explain a death (V8 prints why it ran out of memory there).
      stdio: ['ignore', 2, 'pipe', 'ipc'],
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
    });
    this.child.on('message', (message: FromWorker) => {
      if (message.type === 'fatal') events.failure(message.error);
      else events.message(message);
    });
    this.child.on('error', (err) => events.failure(err.message));
    this.exited = new Promise((resolve) => {
      // 'close', not 'exit': it comes after the child's stderr and IPC channel are drained, so its last words
      // (a fatal message, V8's out-of-memory report) are in before the pool hears it has ended.
      this.child.on('close', (code, signal) => {
        if (/heap out of memory|Reached heap limit/i.test(this.stderrTail)) events.failure('JavaScript heap out of memory');
        events.exit(signal ? `signal ${signal}` : `exit code ${code}`);
        resolve();
      });
    });
    this.child.send({ type: 'setup', setup: options.setup } satisfies ToWorker);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  current(): undefined {
    return undefined;
  }

  condemn(): boolean {
    return true;
  }

  post(message: ToWorker): void {
    // A channel that is already closed throws: the pool turns that into the batch's error outcomes.
    if (!this.child.connected) throw new Error('scan process is gone');
    this.child.send(message);
  }

  async terminate(): Promise<void> {
    // Held while it ends: an unref'd child's exit would not keep the event loop alive until it is heard.
    this.ref();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  ref(): void {
    if (this.refed) return;
    this.refed = true;
    this.child.ref();
    this.child.channel?.ref();
    (this.child.stderr as { ref?: () => void } | null)?.ref?.();
  }

  unref(): void {
    if (!this.refed) return;
    this.refed = false;
    // A child process, its IPC channel and its stderr pipe each hold the event loop.
    this.child.unref();
    this.child.channel?.unref();
    (this.child.stderr as { unref?: () => void } | null)?.unref?.();
  }
}

/**
 * V8's young generation is three semi-spaces (two for the scavenger, one for new large objects): the flag a
 * process takes is the semi-space, what a thread's resourceLimits take is the whole generation.
 */
function semiSpaceMb(youngGenerationMb: number): number {
  return Math.max(1, Math.round(youngGenerationMb / 3));
}
