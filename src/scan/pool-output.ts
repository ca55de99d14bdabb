/**
 * Output that worker threads write themselves, in input order: `spamlab scan --json` on the process's own
 * stdout. Each item of the input has a turn (0, 1, 2, … in input order); whoever holds an item's outcome
 * writes its lines to the file descriptor when every earlier turn is written, then passes the turn on. A
 * worker holds the outcomes of the batch it scanned; this thread holds what never reached a worker (an
 * unreadable source) or what a worker could not answer (a crash, a time-out). The turn is a word of shared
 * memory: a worker waits for it with Atomics.wait, this thread with Atomics.waitAsync.
 *
 * Why: with the lines crossing to this thread, ~50 MB of a 1 GiB mbox's peak RSS was this thread holding
 * dead lines (its young generation grown, promoted ArrayBuffers waiting for a full collection; NOTES.md,
 * "The 1 GiB mbox's peak", session 16). Now this thread receives each message's verdict and score only.
 *
 * The descriptor may be a pipe (which Node has made non-blocking: a full pipe answers EAGAIN, and the writer
 * waits and tries again, sleeping, never spinning; a slow reader so holds the writer back), a file or a
 * terminal. A reader that went away (EPIPE) ends the output for every writer; nothing is written after.
 */
import { writeSync } from 'node:fs';
import { constants } from 'node:os';
import type { ScanError } from './report.js';

/** Word 0: the turn to be written next. Word 1: 0 while the output is open, else the errno of the write that failed. */
const TURN = 0;
const STATE = 1;

/** Atomics.waitAsync (Node 16+; not in the TypeScript library this project targets). */
interface AtomicsWaitAsync {
  waitAsync(array: Int32Array, index: number, value: number): { async: false; value: string } | { async: true; value: Promise<string> };
}

/** What a worker thread is given (it crosses in workerData: the buffer is shared, not copied). */
export interface OutputChannel {
  fd: number;
  words: SharedArrayBuffer;
}

/** The NDJSON record of an error outcome, as this thread has always written it. */
export function errorLine(outcome: ScanError): Uint8Array {
  return Buffer.from(`${JSON.stringify(outcome)}\n`);
}

/** An outcome's NDJSON record: an error outcome's (errorLine), or the render's `line` bytes (none: empty). */
export function lineOf(outcome: unknown): Uint8Array {
  const o = outcome as ScanError | { line?: Uint8Array };
  return 'error' in o ? errorLine(o) : (o.line ?? new Uint8Array(0));
}

/** Longest sleep between tries at a full pipe, in ms: a reader that drains it is served within this. */
const MAX_PAUSE_MS = 50;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `bytes` to `fd`, waiting at a full non-blocking pipe (EAGAIN) by sleeping 1, 2, 4 … up to 50 ms
 * between tries. Returns the error code of a write that failed (EPIPE: the reader went away), or undefined.
 * `wait`: how to sleep (a worker blocks; this thread must not, and passes none: then EAGAIN is returned).
 */
function writeAll(fd: number, bytes: Uint8Array, from: { offset: number }, wait: ((ms: number) => void) | undefined): string | undefined {
  let pause = 1;
  while (from.offset < bytes.byteLength) {
    try {
      from.offset += writeSync(fd, bytes, from.offset);
      pause = 1;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
      if (code !== 'EAGAIN' || !wait) return code;
      wait(pause);
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }
  return undefined;
}

function fail(words: Int32Array, code: string): void {
  Atomics.compareExchange(words, STATE, 0, (constants.errno as Record<string, number>)[code] ?? constants.errno.EIO);
  Atomics.notify(words, TURN);
}

/**
 * A worker's side: writes each task's lines in its turn (`turns[i]` is task i's turn, `lines[i]` its lines),
 * blocking until the turn comes. Tasks with consecutive turns are written in one piece. A turn already past
 * (a task re-run after its worker died while writing) is not written again. Returns once everything is
 * written, or at once when the output has failed (nothing more is written, by anyone).
 */
export function writeInTurn(channel: OutputChannel, turns: readonly number[], lines: readonly Uint8Array[][]): void {
  const words = new Int32Array(channel.words);
  for (let i = 0; i < turns.length; ) {
    let end = i + 1;
    while (end < turns.length && turns[end] === turns[end - 1]! + 1) end++;
    const first = turns[i]!;
    const last = turns[end - 1]!;
    const now = waitForTurn(words, first);
    if (now === undefined) return;
    if (now <= last) {
      const code = writeAll(channel.fd, Buffer.concat(lines.slice(i + (now - first), end).flat()), { offset: 0 }, (ms) => Atomics.wait(sleeper, 0, 0, ms));
      if (code) return fail(words, code);
      Atomics.store(words, TURN, last + 1);
      Atomics.notify(words, TURN);
    }
    i = end;
  }
}

/** The turn once it is `turn` or later, or undefined when the output has failed. Wakes at each change (and each second). */
function waitForTurn(words: Int32Array, turn: number): number | undefined {
  for (;;) {
    if (Atomics.load(words, STATE) !== 0) return undefined;
    const now = Atomics.load(words, TURN);
    if (now >= turn) return now;
    Atomics.wait(words, TURN, now, 1000);
  }
}

/**
 * This thread's side: hands out the turns (one per item, in input order), writes the outcomes it holds when
 * their turn comes, without blocking (a full pipe is tried again on a timer), and says whether the output
 * has failed. Give `channel` to the workers.
 */
export class OrderedOutput {
  readonly channel: OutputChannel;
  private readonly words: Int32Array;
  private taken = 0;
  /** Bytes this thread writes, by turn; `offset`: how much of the current turn's are written (a full pipe). */
  private readonly pending = new Map<number, Uint8Array>();
  private readonly progress = { offset: 0 };
  private pause = 1;
  private retry: NodeJS.Timeout | undefined;
  /** While this thread holds bytes: keeps the process alive (Atomics.waitAsync does not) and looks again each second. */
  private keepAlive: NodeJS.Timeout | undefined;
  private watching = false;
  private readonly whenSettled: (() => void)[] = [];

  constructor(readonly fd: number) {
    this.channel = { fd, words: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT) };
    this.words = new Int32Array(this.channel.words);
  }

  /** The next item's turn. */
  take(): number {
    return this.taken++;
  }

  /** Whether `turn`'s output is written (by a worker or by this thread). */
  written(turn: number): boolean {
    return Atomics.load(this.words, TURN) > turn;
  }

  /** Writes `bytes` as `turn`'s output once every earlier turn is written, then passes the turn on. Dropped when the output has failed. */
  write(turn: number, bytes: Uint8Array): void {
    if (this.failed || this.written(turn)) return;
    this.pending.set(turn, bytes);
    this.pump();
  }

  /** The reader went away (EPIPE): nothing more is written. */
  get closed(): boolean {
    return this.failed === 'EPIPE';
  }

  /** The error code of the write that failed, if one did (EPIPE: the reader went away). */
  get failed(): string | undefined {
    const errno = Atomics.load(this.words, STATE);
    if (errno === 0) return undefined;
    return Object.entries(constants.errno).find(([, n]) => n === errno)?.[0] ?? `errno ${errno}`;
  }

  /** Resolves when this thread holds nothing more to write (all written, or the output failed). */
  settled(): Promise<void> {
    return this.pending.size === 0 ? Promise.resolve() : new Promise((resolve) => this.whenSettled.push(resolve));
  }

  private pump(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = undefined;
    for (;;) {
      if (this.failed) {
        this.pending.clear();
        break;
      }
      const turn = Atomics.load(this.words, TURN);
      const bytes = this.pending.get(turn);
      if (!bytes) break;
      const code = writeAll(this.fd, bytes, this.progress, undefined);
      if (code === 'EAGAIN') {
        this.retry = setTimeout(() => this.pump(), this.pause);
        this.pause = Math.min(this.pause * 2, MAX_PAUSE_MS);
        break;
      }
      if (code) {
        fail(this.words, code);
        continue;
      }
      this.pause = 1;
      this.progress.offset = 0;
      this.pending.delete(turn);
      Atomics.store(this.words, TURN, turn + 1);
      Atomics.notify(this.words, TURN);
    }
    if (this.pending.size === 0) {
      if (this.keepAlive) clearInterval(this.keepAlive);
      this.keepAlive = undefined;
      for (const resolve of this.whenSettled.splice(0)) resolve();
      return;
    }
    this.keepAlive ??= setInterval(() => this.pump(), 1000);
    if (!this.retry) this.watch();
  }

  /** Looks again when a writer passes the turn on. */
  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    const wait = (Atomics as unknown as AtomicsWaitAsync).waitAsync(this.words, TURN, Atomics.load(this.words, TURN));
    const wake = () => {
      this.watching = false;
      this.pump();
    };
    if (wait.async) void wait.value.then(wake);
    else queueMicrotask(wake);
  }
}
