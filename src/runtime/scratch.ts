import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * Memory already touched, offered for the start-up files read after it (start-up, issue 18, session 39). The code-cached CLI
 * reads its 3.9 MB source and its code cache into one buffer (src/cli/code-cache.ts); once V8 has compiled the script that
 * buffer is free, and the sender tables, the term index and the unzipped model (~2.5 MB) are read into it instead of fresh
 * memory: each first touch of a page is a page fault, ~10–25 µs apiece on the VMs measured here (~600 of them).
 *
 * Only the code-cached CLI offers memory; everywhere else `readStartupFile` is readFileSync. The offer is kept on a
 * process-wide symbol because the loader and the CLI are separate bundles (each has its own copy of this module). Parts handed
 * out start at a multiple of 8 bytes (the model's and the term index's arrays are views at multiples of 4 of their file) and
 * are never handed out twice; nothing writes into them after the read.
 */
const OFFER = Symbol.for('spamlab.startupScratch');
interface Offer {
  bytes: Buffer;
  used: number;
}
const offer = (): Offer | undefined => (globalThis as { [OFFER]?: Offer })[OFFER];

/** Offers `bytes` (no longer used by the caller) for the start-up files read after this. */
export function offerScratch(bytes: Buffer): void {
  (globalThis as { [OFFER]?: Offer })[OFFER] = { bytes, used: 0 };
}

/** The bytes of `file`, read into offered memory when a part of it is free, else as readFileSync reads them. */
export function readStartupFile(file: URL | string): Buffer {
  const scratch = offer();
  if (scratch === undefined) return readFileSync(file);
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const start = (scratch.used + 7) & ~7;
    if (start + size > scratch.bytes.length) return readFileSync(fd);
    let read = 0;
    for (let n: number; read < size && (n = readSync(fd, scratch.bytes, start + read, size - read, null)) > 0; ) read += n;
    scratch.used = start + read;
    return scratch.bytes.subarray(start, start + read);
  } finally {
    closeSync(fd);
  }
}
