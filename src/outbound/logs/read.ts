/**
 * Reading log files: plain or gzip (detected by magic bytes, not the name, so `mail.log.1` that logrotate
 * compressed later still reads), and following a growing file across rotation.
 */
import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

/** Calls onLine for every line of a plain or gzip file, in order. */
export async function readLogFile(path: string, onLine: (line: string) => void): Promise<void> {
  const head = Buffer.alloc(2);
  const fh = await open(path, 'r');
  try {
    await fh.read(head, 0, 2, 0);
  } finally {
    await fh.close();
  }
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const input = head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  if (input !== raw) raw.on('error', (err) => input.destroy(err));
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) onLine(line);
}

export interface FollowOptions {
  /** Start at the end of the current file (like `tail -F`) instead of its beginning. */
  fromEnd?: boolean;
  /** Longest partial line held while waiting for its newline; beyond it the part is passed on as a line. */
  maxLineBytes?: number;
}

/**
 * Follows a file that grows and gets rotated (renamed and recreated: the inode changes) or truncated
 * (copytruncate: the size drops below what was read). Each `poll()` reads what is new; the caller decides
 * when to poll (a timer in the CLI, explicit calls in tests, so tests need no sleeps).
 */
export class LogFollower {
  private fh: FileHandle | undefined;
  private ino = -1;
  private position = 0;
  private partial = '';
  private decoder = new StringDecoder('utf8');
  private readonly buf = Buffer.alloc(1 << 16);
  private readonly maxLine: number;
  rotations = 0;
  truncations = 0;

  constructor(
    readonly path: string,
    private readonly onLine: (line: string) => void,
    private readonly opts: FollowOptions = {},
  ) {
    this.maxLine = opts.maxLineBytes ?? 65_536;
  }

  /** Reads everything new since the last poll; returns how many lines were passed on. */
  async poll(): Promise<number> {
    let lines = 0;
    if (!this.fh) {
      const st = await stat(this.path).catch(() => undefined);
      if (!st) return 0;
      this.fh = await open(this.path, 'r');
      this.ino = st.ino;
      this.position = this.opts.fromEnd && this.rotations === 0 && this.truncations === 0 ? st.size : 0;
    }
    const st = await stat(this.path).catch(() => undefined);
    if (st && st.ino !== this.ino) {
      // Rotated: finish the old file (a writer may have appended before the rename), then start the new one.
      lines += await this.drain();
      this.flushPartial();
      await this.fh.close();
      this.fh = await open(this.path, 'r');
      this.ino = st.ino;
      this.position = 0;
      this.decoder = new StringDecoder('utf8');
      this.head = undefined;
      this.rotations++;
    } else if (st && (st.size < this.position || (await this.headChanged()))) {
      // Truncated (copytruncate); when the writer refilled it past our position before this poll, the
      // changed first bytes still tell.
      this.truncations++;
      this.partial = '';
      this.decoder = new StringDecoder('utf8');
      this.head = undefined;
      this.position = 0;
    }
    lines += await this.drain();
    return lines;
  }

  /** The first bytes of the file as last read, to notice a truncation the size alone hides. */
  private head: Buffer | undefined;

  private async headChanged(): Promise<boolean> {
    if (!this.fh || !this.head || this.head.length === 0) return false;
    const now = Buffer.alloc(this.head.length);
    const { bytesRead } = await this.fh.read(now, 0, now.length, 0);
    return bytesRead < now.length || !now.equals(this.head);
  }

  async close(): Promise<void> {
    this.flushPartial();
    await this.fh?.close();
    this.fh = undefined;
  }

  private async drain(): Promise<number> {
    if (!this.fh) return 0;
    let count = 0;
    for (;;) {
      const { bytesRead } = await this.fh.read(this.buf, 0, this.buf.length, this.position);
      if (bytesRead === 0) return count;
      if (!this.head || (this.head.length < 64 && this.position < 64)) {
        const headBuf = Buffer.alloc(Math.min(64, this.position + bytesRead));
        const got = await this.fh.read(headBuf, 0, headBuf.length, 0);
        this.head = headBuf.subarray(0, got.bytesRead);
      }
      this.position += bytesRead;
      const text = this.partial + this.decoder.write(this.buf.subarray(0, bytesRead));
      let start = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break;
        let line = text.slice(start, nl);
        if (line.endsWith('\r')) line = line.slice(0, -1);
        this.onLine(line);
        count++;
        start = nl + 1;
      }
      this.partial = text.slice(start);
      if (this.partial.length > this.maxLine) {
        this.onLine(this.partial);
        this.partial = '';
        count++;
      }
    }
  }

  private flushPartial(): void {
    if (this.partial) this.onLine(this.partial);
    this.partial = '';
  }
}

/** Guesses the log format from its first lines: `postfix` when a postfix daemon appears, else `exim`. */
export function guessFormat(lines: readonly string[]): 'postfix' | 'exim' | undefined {
  for (const l of lines) {
    if (/ postfix[^\s[]*\[\d+\]: /.test(l)) return 'postfix';
    if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.test(l)) return 'exim';
  }
  return undefined;
}
