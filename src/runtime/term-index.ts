/**
 * The content family's term index (the category and theme tables' word trie, phrase trie and Japanese automaton:
 * src/checks/content/match.ts) precomputed by `npm run build` (dist/bundle/term-index.bin, written by
 * scripts/bundle.mjs with `termIndexFileBytes`). Why: building it from the ~10,000 rows was the largest piece of
 * scanner creation (~50 ms, ~150 M instructions of a one-message scan); read back, its typed arrays are views of the
 * file's bytes — nothing is built, copied or collected.
 *
 * The file is a sealed file (./sealed-file.ts) named by categoryAndThemeIndexKey — the index's layout, the byte order
 * and a hash of every row of both tables —, so a file written for other rows (stale: the tables were edited, the
 * bundle rebuilt without it) or damaged is ignored, and the family builds the index from the rows as without a file
 * (under tsx and in tsc's dist/ there is none). The payload: a byte P (1–4) and P − 1 zero bytes, so that what follows
 * starts at a multiple of 4 bytes in the file; then a count, each array's kind and length (32 bits each, little-endian),
 * then the arrays, each at a multiple of 4 bytes from there — so that they can be views of the bytes as read.
 */
import { categoryAndThemeIndexArrays, categoryAndThemeIndexKey } from '../checks/content/match.js';
import { openSealedFile, sealFile } from './sealed-file.js';
import { readStartupFile } from './scratch.js';

const FORMAT = 'spamlab-term-index 1';

/** The file the build writes beside the bundled code (absent under tsx and in tsc's dist/). */
export const TERM_INDEX_FILE = new URL('./term-index.bin', import.meta.url);

type IndexArray = Int32Array | Uint8Array;
const KIND_INT32 = 1;
const KIND_UINT8 = 2;

const padded = (n: number): number => (n + 3) & ~3;

/** `arrays` as one payload (see the file's comment) that will stand at byte `offset` of its file. */
export function packArrays(arrays: readonly IndexArray[], offset = 0): Buffer {
  const lead = 4 - (offset % 4);
  const head = 4 + 8 * arrays.length;
  let size = head;
  for (const a of arrays) size += padded(a.byteLength);
  const payload = Buffer.alloc(lead + size);
  payload[0] = lead;
  const bytes = payload.subarray(lead);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint32(0, arrays.length, true);
  let at = head;
  arrays.forEach((a, i) => {
    view.setUint32(4 + 8 * i, a instanceof Int32Array ? KIND_INT32 : KIND_UINT8, true);
    view.setUint32(8 + 8 * i, a.length, true);
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += padded(a.byteLength);
  });
  return payload;
}

/**
 * The arrays of a payload `packArrays` wrote, as views of its bytes (copied once first if they do not start at a
 * multiple of 4 in their buffer: read from a file, they do), or undefined when the payload does not hold what its head says.
 */
export function unpackArrays(bytes: Uint8Array): IndexArray[] | undefined {
  const lead = bytes[0] ?? 0;
  if (lead < 1 || lead > 4) return undefined;
  let payload = bytes.subarray(lead);
  if (payload.byteOffset % 4 !== 0) payload = new Uint8Array(payload);
  if (payload.byteLength < 4) return undefined;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const count = view.getUint32(0, true);
  const head = 4 + 8 * count;
  if (head > payload.byteLength) return undefined;
  const arrays: IndexArray[] = [];
  let at = head;
  for (let i = 0; i < count; i++) {
    const kind = view.getUint32(4 + 8 * i, true);
    const length = view.getUint32(8 + 8 * i, true);
    const byteLength = kind === KIND_INT32 ? length * 4 : kind === KIND_UINT8 ? length : -1;
    if (byteLength < 0 || at + byteLength > payload.byteLength) return undefined;
    const offset = payload.byteOffset + at;
    arrays.push(kind === KIND_INT32 ? new Int32Array(payload.buffer, offset, length) : new Uint8Array(payload.buffer, offset, length));
    at += padded(byteLength);
  }
  return at === payload.byteLength ? arrays : undefined;
}

/** The file's bytes for the category and theme tables' index, freshly built (the build writes them). */
export function termIndexFileBytes(): Buffer {
  const key = categoryAndThemeIndexKey();
  // The header line's length does not depend on the payload (its checksum is of a fixed length).
  const offset = sealFile(FORMAT, key, new Uint8Array(0)).length;
  return sealFile(FORMAT, key, packArrays(categoryAndThemeIndexArrays(), offset));
}

/**
 * The precomputed index's arrays, when the build wrote them for these tables and they are intact; else undefined (the
 * family builds the index). What the arrays hold is checked again when the index is made of them (TermIndex.fromArrays).
 */
export function precomputedTermIndex(file: URL | string = TERM_INDEX_FILE): IndexArray[] | undefined {
  let bytes: Buffer;
  try {
    bytes = readStartupFile(file);
  } catch {
    return undefined;
  }
  const opened = openSealedFile(bytes, FORMAT, categoryAndThemeIndexKey());
  return 'payload' in opened ? unpackArrays(opened.payload) : undefined;
}
