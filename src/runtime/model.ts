import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentConfig } from '../checks/content/config.js';
import { LogisticModel, loadModel } from '../classifier/index.js';
import { packModel, unpackModel } from '../classifier/serialize.js';
import type { LoadedModel } from '../core/services.js';
import { defaultStorePath, isPostgresLocation } from '../store/location.js';
import { openSealedFile, sealFile } from './sealed-file.js';
import { readStartupFile } from './scratch.js';

export type { LoadedModel } from '../core/services.js';

/** Where the shipped model sits relative to the repository / package root. */
export const SHIPPED_MODEL_RELATIVE = 'models/default.model.gz';

/**
 * The model file shipped with spamlab, found by walking up from this module (it runs from src/ under tsx
 * and from dist/ when built), or undefined when the package has none.
 */
export function shippedModelPath(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, SHIPPED_MODEL_RELATIVE);
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/**
 * The newest version of `modelName` in the store, when `useStore` and the store has one (asked through
 * the Store interface, so SQLite and PostgreSQL alike).
 * @example const stored = await loadStoredContentModel(config.content.classifier);
 */
export async function loadStoredContentModel(config: ContentConfig['classifier'], env: NodeJS.ProcessEnv = process.env): Promise<LoadedModel | undefined> {
  if (!config.useStore) return undefined;
  const location = config.store || defaultStorePath(env);
  // The drivers (pg, better-sqlite3: ~50 ms of start-up) are loaded only when there is a store to ask.
  if (!isPostgresLocation(location) && location !== ':memory:' && !existsSync(location)) return undefined;
  const { openExistingStore } = await import('../store/index.js');
  const store = await openExistingStore(location);
  if (!store) return undefined;
  try {
    const stored = await store.models.latest(config.modelName);
    if (stored) return { model: loadModel(stored.data), source: `store ${store.location} ${stored.name} v${stored.version}` };
    return undefined;
  } finally {
    await store.close();
  }
}

/**
 * The shipped model's container already gunzipped (and its weights as the compact view's arrays:
 * unzippedModelContainer), which the build writes beside the bundled code (absent under tsx and in tsc's dist/):
 * gunzip was ~3 ms of a one-message scan's start-up, building the compact view ~10 ms. A sealed file (./sealed-file.ts) made from
 * the model file it was unpacked from, named by device, inode, size and modification time: any other file, or the
 * same path rewritten (a retrained model), does not match it and is read and gunzipped as always.
 */
export const UNZIPPED_MODEL_FILE = new URL('./default-model.bin', import.meta.url);
export const UNZIPPED_MODEL_FORMAT = 'spamlab-model-unzipped 3';

/**
 * What the build's copy of a model file holds: the container unzipped, and a logistic model's weights as its compact
 * view's own arrays (LogisticModel.compactContainer: loading it fills no table). Any other model: the container unzipped.
 */
export function unzippedModelContainer(bytes: Uint8Array): Uint8Array {
  const model = loadModel(bytes);
  const compact = model instanceof LogisticModel ? model.compactContainer() : undefined;
  if (compact) return compact;
  const { header, arrays } = unpackModel(bytes);
  return packModel(header, arrays, { gzip: false });
}

/**
 * The unzipped copy's bytes for `container` (unzippedModelContainer) made from the model file `madeFrom` names: a sealed
 * file whose payload is a byte P (1–4) and P − 1 zero bytes, then the container, P chosen so that the container starts
 * at a multiple of 4 bytes in the file — so that its arrays can be views of the bytes as read (unpackModel): copying
 * them into fresh memory was most of the model's load at start-up.
 */
export function unzippedModelFile(container: Uint8Array, madeFrom: string): Buffer {
  // The header line's length does not depend on the payload (its checksum is written at a fixed length).
  const lead = 4 - (sealFile(UNZIPPED_MODEL_FORMAT, madeFrom, new Uint8Array(0)).length % 4);
  const payload = Buffer.alloc(lead + container.length);
  payload[0] = lead;
  payload.set(container, lead);
  return sealFile(UNZIPPED_MODEL_FORMAT, madeFrom, payload);
}

/** How the unzipped copy names the model file it was made from. */
export function modelFileId(file: string): string {
  const stat = statSync(file, { bigint: true });
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}

/** The bytes of a model file: its unzipped copy when `unzipped` holds one made from this very file, else the file. */
export function readModelBytes(file: string, unzipped: URL | string = UNZIPPED_MODEL_FILE): Uint8Array {
  let copy: Buffer | undefined;
  try {
    copy = readStartupFile(unzipped);
  } catch {
    copy = undefined;
  }
  if (copy) {
    const opened = openSealedFile(copy, UNZIPPED_MODEL_FORMAT, modelFileId(file));
    const lead = 'payload' in opened ? (opened.payload[0] ?? 0) : 0;
    if ('payload' in opened && lead >= 1 && lead <= 4 && opened.payload.length > lead) return opened.payload.subarray(lead);
  }
  return readFileSync(file);
}

/** The model file: `modelFile`, else the shipped default. */
export async function loadModelFile(config: ContentConfig['classifier']): Promise<LoadedModel> {
  const file = config.modelFile || shippedModelPath();
  if (!file) throw new Error(`no model in the store and no shipped model (${SHIPPED_MODEL_RELATIVE}) found`);
  // Read synchronously: the file is needed before anything else can run, and node:fs/promises (with the readline
  // and file-handle modules it loads) was ~2 ms of a one-message scan's start-up that nothing else there uses.
  return { model: loadModel(readModelBytes(file)), source: `file ${file}` };
}

/**
 * The model the scanner uses: the store's newest version of `modelName` when there is one (and
 * `useStore`), else `modelFile`, else the shipped default. Loaded once per process by the composition
 * root (src/runtime/services.ts) and handed to the content family as `services.classifierModel`.
 * @example const { model, source } = await loadContentModel(config.content.classifier);
 */
export async function loadContentModel(config: ContentConfig['classifier'], env: NodeJS.ProcessEnv = process.env): Promise<LoadedModel> {
  return (await loadStoredContentModel(config, env)) ?? (await loadModelFile(config));
}
