import { closeSync, createReadStream, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isFromLine, MAX_FROM_LINE_BYTES, type MboxFormat } from './mbox.js';
import { readMessages } from './read-messages.js';
import type { SourceItem } from './types.js';
import { describeError } from './errors.js';
import { mboxReferences, readMboxRange, type RefReadOptions, type SourceRef } from './references.js';

export { isSourceError, type SourceItem } from './types.js';
export { isFromLine, MboxSplitter, type MboxFormat, type MboxMessage } from './mbox.js';
export { describeError } from './errors.js';
export { isSourceRef, type SourceRef } from './references.js';

export interface OpenSourcesOptions {
  /** Messages above this size are cut (see SourceItem); the configured `limits.maxMessageBytes`. */
  maxMessageBytes: number;
  /** Read for the path `-`; defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** How `>From ` lines are un-escaped in mbox files (see MboxFormat); default `mboxrd`. */
  mboxFormat?: MboxFormat;
  /** Bytes per read from large files and mboxes; default 64 KiB. Bounds read-ahead (and the garbage of reading). */
  chunkBytes?: number;
  /**
   * Yield a SourceRef (where to read) for each regular file, and for each message of a large mbox, instead
   * of the bytes: the scanner's worker threads read them (`readReference`), this thread only walks.
   * Standard input and FIFOs are still read here.
   */
  references?: boolean;
}

/**
 * Files up to this size are read whole, synchronously. File system calls here are synchronous on purpose:
 * each asynchronous one is a round trip through libuv's thread pool (50–100 µs, five per file), which made
 * reading a small message cost as much CPU as parsing it, while a read from the page cache blocks for
 * microseconds. The scan itself runs in worker threads and is not held up by this thread blocking.
 */
const WHOLE_FILE_BYTES = 1 << 20;

interface WalkContext {
  options: Required<Omit<OpenSourcesOptions, 'stdin'>> & { stdin?: NodeJS.ReadableStream };
  /** `dev:ino` of every directory entered: a symlink loop (or a directory linked twice) is walked once. */
  visited: Set<string>;
}

/**
 * Reads every message under the given paths, one at a time, in a deterministic order; never throws for a
 * bad input (an unreadable, missing, vanished or empty item is a `{source, error}` item and the rest goes
 * on). Nothing is read ahead beyond one chunk: the consumer's `for await` paces the reading.
 *
 * - `-`: standard input, one message or an mbox (by content, as for files).
 * - A file: an mbox when its first line is a `From ` line with a date (whatever its extension), else one
 *   message (`.eml` or anything else). Mboxes are streamed in chunks (constant memory for any size).
 * - A Maildir (a directory with `cur/`, `new/` and `tmp/`): the files of `cur/` then `new/` (`tmp/` holds
 *   deliveries in progress), then its Maildir++ sub-folders (`.Name/`).
 * - Any other directory: its entries sorted by name (code-unit order), recursively; symbolic links are
 *   followed; directories whose name starts with `.` (`.git`, `.svn`, …) are skipped, dot-files are not.
 *
 * @example
 * for await (const item of openSources(['inbox.mbox', 'Maildir', '-'], { maxMessageBytes: 32 << 20 })) {
 *   if ('error' in item) console.error(item.source, item.error);
 *   else await scan(item);
 * }
 */
export function openSources(paths: string[], options: OpenSourcesOptions & { references: true }): AsyncGenerator<SourceItem | SourceRef>;
export function openSources(paths: string[], options: OpenSourcesOptions): AsyncGenerator<SourceItem>;
export async function* openSources(paths: string[], options: OpenSourcesOptions): AsyncGenerator<SourceItem | SourceRef> {
  const ctx: WalkContext = {
    options: { mboxFormat: 'mboxrd', chunkBytes: 64 * 1024, references: false, ...options },
    visited: new Set(),
  };
  for (const p of paths) {
    if (p === '-') {
      const stdin = ctx.options.stdin ?? process.stdin;
      yield* guarded('stdin', readMessages(stdin as AsyncIterable<Uint8Array>, 'stdin', { ...readOptions(ctx), emptyError: 'empty input' }));
      continue;
    }
    yield* openPath(p, ctx, true);
  }
}

function readOptions(ctx: WalkContext) {
  return { maxMessageBytes: ctx.options.maxMessageBytes, mboxFormat: ctx.options.mboxFormat };
}

async function* openPath(p: string, ctx: WalkContext, explicit: boolean): AsyncGenerator<SourceItem | SourceRef> {
  let st: Stats;
  try {
    st = statSync(p);
  } catch (err) {
    yield { source: p, error: describeError(err) };
    return;
  }
  if (st.isDirectory()) yield* openDirectory(p, st, ctx);
  else if (st.isFile()) yield* openFile(p, ctx, st.size);
  else if (explicit && (st.isFIFO() || st.isCharacterDevice())) {
    // Named explicitly (`<(zcat box.gz)`, /dev/stdin): a stream like stdin. Inside a directory walk a FIFO
    // would block forever, so there it is an error item.
    const stream = createReadStream(p, { highWaterMark: ctx.options.chunkBytes });
    yield* guarded(p, readMessages(stream, p, { ...readOptions(ctx), emptyError: 'empty input' }));
  } else yield { source: p, error: `not a regular file (${fileKind(st)})` };
}

/** `size`: the file's size from the caller's stat, when it has one (see fileReferences). */
async function* openFile(file: string, ctx: WalkContext, size?: number): AsyncGenerator<SourceItem | SourceRef> {
  if (ctx.options.references) {
    yield* fileReferences(file, ctx, size);
    return;
  }
  yield* readFileItems(file, ctx);
}

/**
 * A reference to the whole file, or one per message when it is an mbox too large to read in one piece. A file the
 * caller's stat already put at or under WHOLE_FILE_BYTES (`statSize`) is referred to without opening it here: the
 * worker opens it anyway, and one that cannot be opened is a `{source, error}` item from readReference. The open,
 * fstat and close this saves were ~5.7 of the ~10.4 µs CPU a file that listing cost the pool's main thread (the SA
 * training split, base and this interleaved; session 65, pool66; pool60 found listing about half of that thread's
 * part of a message).
 */
function* fileReferences(file: string, ctx: WalkContext, statSize?: number): Generator<SourceItem | SourceRef> {
  const read: RefReadOptions = readOptions(ctx);
  if (statSize !== undefined && statSize <= WHOLE_FILE_BYTES) {
    yield { source: file, file, read };
    return;
  }
  const fd = openForReading(file);
  if (typeof fd !== 'number') {
    yield fd;
    return;
  }
  try {
    const size = fstatSync(fd).size;
    if (size <= WHOLE_FILE_BYTES) {
      yield { source: file, file, read };
      return;
    }
    if (!startsWithFromLine(fd, size)) {
      yield { source: file, file, read };
      return;
    }
    yield* mboxReferences(fd, size, file, read);
  } catch (err) {
    yield { source: file, error: describeError(err) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The items a SourceRef stands for: exactly what `openSources` without `references` yields for that file
 * or mbox message. Never throws for a bad input (a vanished file is a `{source, error}` item).
 * @example for await (const item of readReference(ref)) if (!('error' in item)) await scan(item);
 */
export async function* readReference(ref: SourceRef): AsyncGenerator<SourceItem> {
  if (ref.start !== undefined && ref.end !== undefined) {
    yield readMboxRange({ ...ref, start: ref.start, end: ref.end });
    return;
  }
  const ctx: WalkContext = { options: { ...ref.read, chunkBytes: 64 * 1024, references: false }, visited: new Set() };
  yield* readFileItems(ref.file, ctx);
}

/** A file descriptor for reading, or the error item saying why the file cannot be read. */
function openForReading(file: string): number | SourceItem {
  try {
    return openSync(file, 'r');
  } catch (err) {
    return { source: file, error: describeError(err) };
  }
}

async function* readFileItems(file: string, ctx: WalkContext): AsyncGenerator<SourceItem> {
  const fd = openForReading(file);
  if (typeof fd !== 'number') {
    yield fd;
    return;
  }
  let closeFd = true;
  try {
    const size = fstatSync(fd).size;
    if (size === 0) {
      yield { source: file, error: 'empty file' };
      return;
    }
    const options = { ...readOptions(ctx), emptyError: 'empty file', knownSize: size };
    // One message (not an mbox) that fits the size limit is read in one piece too: streamed, its chunks and
    // the message assembled from them were both alive at once (a 30 MB message held 60 MB).
    if (size <= WHOLE_FILE_BYTES || (size <= ctx.options.maxMessageBytes && !startsWithFromLine(fd, size))) {
      const bytes = readWhole(fd, size);
      closeSync(fd);
      closeFd = false;
      yield* readMessages(once(bytes), file, options);
    } else {
      closeFd = false; // the stream closes it
      const stream = createReadStream('', { fd, highWaterMark: ctx.options.chunkBytes, autoClose: true });
      try {
        yield* readMessages(stream, file, options);
      } finally {
        stream.destroy();
      }
    }
  } catch (err) {
    yield { source: file, error: describeError(err) };
  } finally {
    if (closeFd) closeSync(fd);
  }
}

/** As readMessages decides: an mbox when the first line (up to MAX_FROM_LINE_BYTES) is a `From ` line. */
function startsWithFromLine(fd: number, size: number): boolean {
  const head = Buffer.allocUnsafe(Math.min(size, MAX_FROM_LINE_BYTES + 2));
  const n = readSync(fd, head, 0, head.length, 0);
  const newline = head.subarray(0, n).indexOf(0x0a);
  return isFromLine(head.subarray(0, newline === -1 ? n : newline));
}

/** Reads up to `size` bytes (fewer if the file shrank) into a buffer of its own. */
function readWhole(fd: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, bytes, filled, size - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return filled === size ? bytes : bytes.slice(0, filled);
}

async function* openDirectory(dir: string, st: Stats, ctx: WalkContext): AsyncGenerator<SourceItem | SourceRef> {
  const key = `${st.dev}:${st.ino}`;
  if (ctx.visited.has(key)) return;
  ctx.visited.add(key);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    yield { source: dir, error: describeError(err) };
    return;
  }
  names.sort(byCodeUnits);
  if (isMaildir(dir, names)) {
    yield* openMaildir(dir, names, ctx);
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    let entry: Stats;
    try {
      entry = statSync(full);
    } catch (err) {
      yield { source: full, error: describeError(err) };
      continue;
    }
    if (entry.isDirectory()) {
      if (!name.startsWith('.')) yield* openDirectory(full, entry, ctx);
    } else if (entry.isFile()) yield* openFile(full, ctx, entry.size);
    else yield { source: full, error: `not a regular file (${fileKind(entry)})` };
  }
}

function isMaildir(dir: string, names: string[]): boolean {
  if (!(names.includes('cur') && names.includes('new') && names.includes('tmp'))) return false;
  return ['cur', 'new', 'tmp'].every((sub) => statOrUndefined(path.join(dir, sub))?.isDirectory());
}

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** Maildir: cur/ and new/ hold delivered messages (one per file); Maildir++ folders are `.Name/` maildirs. */
async function* openMaildir(dir: string, names: string[], ctx: WalkContext): AsyncGenerator<SourceItem | SourceRef> {
  for (const sub of ['cur', 'new']) {
    const folder = path.join(dir, sub);
    let files: string[];
    try {
      files = readdirSync(folder).sort(byCodeUnits);
    } catch (err) {
      yield { source: folder, error: describeError(err) };
      continue;
    }
    for (const name of files) {
      const full = path.join(folder, name);
      let entry: Stats;
      try {
        entry = statSync(full);
      } catch (err) {
        yield { source: full, error: describeError(err) };
        continue;
      }
      if (entry.isFile()) yield* openFile(full, ctx, entry.size);
      else if (!entry.isDirectory()) yield { source: full, error: `not a regular file (${fileKind(entry)})` };
    }
  }
  for (const name of names) {
    if (!name.startsWith('.') || name === '.' || name === '..') continue;
    const full = path.join(dir, name);
    const entry = statOrUndefined(full);
    if (!entry?.isDirectory()) continue;
    const key = `${entry.dev}:${entry.ino}`;
    if (ctx.visited.has(key)) continue;
    let subNames: string[];
    try {
      subNames = readdirSync(full);
    } catch {
      continue;
    }
    if (!isMaildir(full, subNames)) continue;
    ctx.visited.add(key);
    yield* openMaildir(full, subNames.sort(byCodeUnits), ctx);
  }
}

/** Runs a stream reader, turning a read failure part-way into an error item for that source. */
async function* guarded(source: string, items: AsyncGenerator<SourceItem>): AsyncGenerator<SourceItem> {
  try {
    yield* items;
  } catch (err) {
    yield { source, error: describeError(err) };
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fileKind(st: Stats): string {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'special file';
}
