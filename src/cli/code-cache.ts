/**
 * Runs a CommonJS file (a code-cached CLI of the bundle, dist/bundle/cli-NAME.cjs) with a V8 code cache kept
 * beside it, the way v8-compile-cache does. Why: a mail filter invoked per message pays start-up on every
 * message, and parsing and compiling the bundle (2.4 MB for the scan CLI) — the top level and then every
 * function a scan calls — was the largest part of it. Node 20 has no compile cache for modules (`module.enableCompileCache` is Node 22), but
 * `vm.Script` takes V8's cached data: compiled code for every function that had run when the cache was made.
 *
 * The cache is written by `npm run build` after a representative scan (scripts/bundle.mjs), and again after
 * any run that found it missing or unusable (another Node version, other V8 flags), if the folder is
 * writable. It is a header line — format version, the source file's identity (size, modification time,
 * inode) and a checksum of the data — and V8's bytes (src/runtime/sealed-file.ts). A cache for another source file (stale: the bundle was
 * rebuilt or edited) or whose bytes do not match their hash (corrupt, cut short) is never given to V8, whose
 * own check covers only the source's length and its version and flags; then the file is compiled from
 * source as without a cache, with the same results. (The source is identified by its file's metadata, not
 * hashed: hashing the 3 MB bundle cost 6–15 ms of every start.)
 */
import { type BigIntStats, closeSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { offerScratch } from '../runtime/scratch.js';
import { openSealedFile, sealFile } from '../runtime/sealed-file.js';

const FORMAT = 'spamlab-code-cache 2';
/**
 * V8's data starts at a multiple of this in the file (format 2): V8 copies cached data that is not aligned to a pointer
 * (AlignedCachedData) — 3 MB copied into fresh memory at every start, ~750 page faults, each costly on the VMs measured. The
 * header line's length is known, so the zero bytes before the data (0–7) are not written down: a reader skips as many.
 */
const ALIGN = 8;
const fillerAfter = (headerLength: number): number => (ALIGN - (headerLength % ALIGN)) % ALIGN;

/** What became of the cache on this run. */
export type CodeCacheState = 'used' | 'missing' | 'stale' | 'corrupt' | 'rejected';

export interface CodeCacheRun {
  /** What became of the cache. */
  state: CodeCacheState;
  /** The module's `module.exports`. */
  exports: unknown;
  /**
   * Writes a new cache of the code compiled so far (call it late — bin/spamlab.js does at exit — so it holds
   * every function the run compiled, not only the top level). Never throws: a folder that cannot be written
   * (an installation owned by root) just means no cache.
   */
  writeCache(): void;
}

/** The V8 data in `cache` if it was made for the source file `sourceId` names and is intact, else why not. */
export function readCodeCache(cache: Buffer | undefined, sourceId: string): { data: Buffer } | { state: 'missing' | 'stale' | 'corrupt' } {
  if (cache === undefined) return { state: 'missing' };
  const opened = openSealedFile(cache, FORMAT, sourceId);
  if (!('payload' in opened)) return opened;
  const filler = fillerAfter(opened.payload.byteOffset - cache.byteOffset);
  return opened.payload.length < filler ? { state: 'corrupt' } : { data: opened.payload.subarray(filler) };
}

const identity = (stat: BigIntStats): string => `${stat.size}:${stat.mtimeNs}:${stat.ino}`;

/** How a cache names the source file it was made for (exported for tests). */
export const sourceIdOf = (file: string): string => identity(statSync(file, { bigint: true }));

/** The cache file's bytes for V8's `data` made from the source file `sourceId` names. */
export function encodeCodeCache(data: Buffer, sourceId: string): Buffer {
  const header = sealFile(FORMAT, sourceId, new Uint8Array(0)).length; // the checksum's text has one length
  return sealFile(FORMAT, sourceId, Buffer.concat([Buffer.alloc(fillerAfter(header)), data]));
}

/**
 * Runs `file` as a CommonJS module (its own `require`, `module`, `__filename`, `__dirname`), compiled with
 * the cache `${file}.cache` when it is usable. The file must not use `import()`: V8 does not keep a script's
 * dynamic-import callback in cached code (Node 20: "A dynamic import callback was not specified"), so the
 * bundle turns its dynamic imports into `require` calls.
 */
export function runWithCodeCache(file: string, cacheFile = `${file}.cache`): CodeCacheRun {
  const fd = openSync(file, 'r');
  let source: string;
  let sourceId: string;
  let cache: Buffer | undefined;
  let bytes: Buffer | undefined;
  try {
    // Size, modification time and inode of the very file read (fstat of the open file, not a second lookup).
    const stat = fstatSync(fd, { bigint: true });
    sourceId = identity(stat);
    let cacheFd: number | undefined;
    try {
      cacheFd = openSync(cacheFile, 'r');
    } catch {
      cacheFd = undefined;
    }
    try {
      // One buffer for both files, the cache read into it once the source is decoded (start-up, session 39): the second
      // file lands in memory already touched — ~3 MB of fresh pages, ~750 page faults fewer.
      const sourceSize = Number(stat.size);
      const cacheSize = cacheFd === undefined ? 0 : fstatSync(cacheFd).size;
      bytes = Buffer.allocUnsafeSlow(Math.max(WRAPPED + sourceSize, cacheSize));
      source = wrappedSource(fd, sourceSize, bytes);
      if (cacheFd !== undefined) cache = bytes.subarray(0, readAll(cacheFd, bytes, 0, cacheSize));
    } finally {
      if (cacheFd !== undefined) closeSync(cacheFd);
    }
  } finally {
    closeSync(fd);
  }
  const found = readCodeCache(cache, sourceId);
  const script = new vm.Script(source, {
    filename: file,
    ...('data' in found ? { cachedData: found.data } : {}),
  });
  // V8 has read the cache (and the source is a string of its own): the buffer is free for the start-up files read next.
  if (bytes !== undefined) offerScratch(bytes);
  const state: CodeCacheState = 'data' in found ? (script.cachedDataRejected ? 'rejected' : 'used') : found.state;
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file));
  return { state, exports: module.exports, writeCache: () => saveCodeCache(cacheFile, () => encodeCodeCache(script.createCachedData(), sourceId)) };
}

const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';
/** Bytes the wrapper adds to the file's. */
const WRAPPED = Buffer.byteLength(WRAPPER_START) + Buffer.byteLength(WRAPPER_END);

/** Reads up to `size` bytes of `fd` from its start into `bytes` from `at`; how many were read. */
function readAll(fd: number, bytes: Buffer, at: number, size: number): number {
  let read = 0;
  for (let n: number; read < size && (n = readSync(fd, bytes, at + read, size - read, null)) > 0; ) read += n;
  return read;
}

/**
 * The file's text inside the CommonJS module wrapper, read straight into `bytes` between the wrapper's two ends and
 * decoded once. Why: the wrapper added by concatenation made a rope V8 copies into one flat string to compile it: a second
 * 3.7 MB string in its heap, ~900 freshly touched pages of every one-message scan (each page fault is expensive on the VMs
 * measured here). Decoding as Latin-1 when the bytes are ASCII (Node then makes a string outside V8's heap) was tried: V8
 * counts such a string as external memory, which started an incremental marking near the end of every scan; the UTF-8
 * decode of ASCII text costs about the same copy. The string is a copy: `bytes` may be used again once this returns.
 */
function wrappedSource(fd: number, size: number, bytes: Buffer): string {
  const start = Buffer.byteLength(WRAPPER_START);
  bytes.write(WRAPPER_START, 0, 'latin1');
  const end = start + readAll(fd, bytes, start, size);
  bytes.write(WRAPPER_END, end, 'latin1');
  return bytes.toString('utf8', 0, end + WRAPPER_END.length);
}

/**
 * Writes the cache through a temporary file and a rename, so another process never reads half of one. The
 * file is opened before the cache is made: where it cannot be written (a read-only installation run by
 * another Node version, whose cache V8 rejects every time) no run pays for making one.
 */
function saveCodeCache(cacheFile: string, bytes: () => Buffer): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(temporary, 'w');
  } catch {
    return;
  }
  try {
    try {
      writeFileSync(fd, bytes()); // with an fd, writes it all
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}
