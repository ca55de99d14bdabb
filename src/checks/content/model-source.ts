import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, type TextModel } from '../../classifier/index.js';
import { defaultStorePath, openExistingStore } from '../../store/index.js';
import type { ContentConfig } from './config.js';

/** A model and where it came from (shown in the finding's data, so a verdict can be traced to a model version). */
export interface LoadedModel {
  model: TextModel;
  source: string;
}

/** Where the shipped model sits relative to the repository / package root. */
export const SHIPPED_MODEL_RELATIVE = 'models/default.model.gz';

/**
 * The model file shipped with spamlab, found by walking up from this module (it runs from src/ under tsx
 * and from dist/src/ when built), or undefined when the package has none.
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

const fileCache = new Map<string, LoadedModel>();

/**
 * The newest version of `modelName` in the store, when `useStore` and the store has one. Asynchronous
 * (the store is); whoever builds the scanner awaits it and injects it as `services.classifierModel`.
 * @example const stored = await loadStoredContentModel(config.content.classifier);
 */
export async function loadStoredContentModel(config: ContentConfig['classifier'], env: NodeJS.ProcessEnv = process.env): Promise<LoadedModel | undefined> {
  if (!config.useStore) return undefined;
  const location = config.store || defaultStorePath(env);
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
 * The model file the scanner uses when no stored model was injected: `modelFile`, else the shipped
 * default. Files are read once per process.
 * @example const { model, source } = loadContentModel(config.content.classifier);
 */
export function loadContentModel(config: ContentConfig['classifier']): LoadedModel {
  const file = config.modelFile || shippedModelPath();
  if (!file) throw new Error(`no model in the store and no shipped model (${SHIPPED_MODEL_RELATIVE}) found`);
  const cached = fileCache.get(file);
  if (cached) return cached;
  const loaded = { model: loadModel(readFileSync(file)), source: `file ${file}` };
  fileCache.set(file, loaded);
  return loaded;
}
