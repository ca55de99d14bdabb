/** The CLI's streams: what a command writes to, and how output errors (a closed pipe) are watched. Kept apart from ./io.ts so that starting the CLI does not load the configuration schema. */
/** Where a command reads and writes; `main` passes the process streams, tests pass buffers. */
export interface CliIo {
  stdout: NodeJS.WriteStream | NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  setExitCode(code: number): void;
  /**
   * True once the reader of stdout or stderr went away (`spamlab scan … | head`): stop writing, end early.
   * `main` provides it; an io built elsewhere may leave it out (never closed).
   */
  outputClosed?(): boolean;
}

/**
 * Writes and, when the stream's buffer is full, waits until it drains (or fails): a slow reader (`| less`)
 * then holds the scan back instead of the output piling up in memory, and a reader that went away is
 * noticed at the next write.
 */
export async function writeWithBackpressure(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.removeListener('drain', done);
      stream.removeListener('error', done);
      stream.removeListener('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
    stream.once('close', done);
  });
}

function isClosedPipe(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/**
 * Notices when the reader of our output goes away. A closed pipe (EPIPE) is a normal way to stop reading,
 * not an error: without a listener Node would crash on the stream's 'error' event with a stack trace.
 * Any other write error is kept and rethrown by `main`, so it still ends as an internal error.
 */
export class OutputWatch {
  private closedBy: NodeJS.WritableStream | undefined;
  private failure: Error | undefined;
  private readonly detach: (() => void)[] = [];

  constructor(private readonly streams: readonly NodeJS.WritableStream[]) {
    for (const stream of streams) {
      const onError = (err: NodeJS.ErrnoException) => {
        if (isClosedPipe(err)) this.closedBy ??= stream;
        else this.failure ??= err;
      };
      stream.on('error', onError);
      this.detach.push(() => stream.removeListener('error', onError));
    }
  }

  get closed(): boolean {
    // A failed synchronous write (a pipe, on Linux) marks the stream errored at once but emits 'error' only
    // on a later tick, which a scan resolving promise after promise may not reach for a long time.
    if (!this.closedBy) this.closedBy = this.streams.find((s) => isClosedPipe((s as { writableErrored?: unknown }).writableErrored));
    return this.closedBy !== undefined;
  }

  /** A write error other than a closed pipe (a full disk), if one happened. */
  get error(): Error | undefined {
    return this.failure;
  }

  /** Stops listening (for streams that outlive one command, as tests pass), unless a stream already failed. */
  stop(): void {
    if (this.closedBy || this.failure) return;
    for (const detach of this.detach) detach();
  }
}

