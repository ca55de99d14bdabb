import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite.js';
import type { Store } from './types.js';

export type { ModelRepository, ModelVersionInfo, Store, StoredModel } from './types.js';
export { openSqliteStore } from './sqlite.js';

/**
 * Where the store lives when nothing is configured: `$SPAMLAB_STORE`, else the XDG data directory
 * (`$XDG_DATA_HOME/spamlab/spamlab.db`, by default `~/.local/share/spamlab/spamlab.db`), so that `spamlab
 * train` and `spamlab scan` find the same file from any working directory.
 * @example defaultStorePath({ HOME: '/home/ann' }) // '/home/ann/.local/share/spamlab/spamlab.db'
 */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPAMLAB_STORE) return env.SPAMLAB_STORE;
  const dataHome = env.XDG_DATA_HOME || path.join(env.HOME || os.homedir(), '.local', 'share');
  return path.join(dataHome, 'spamlab', 'spamlab.db');
}

/**
 * Opens the store at `location` (a file path or `:memory:`; `postgres://` is reserved for the
 * scale-out store of a later issue).
 * @example const store = openStore(defaultStorePath());
 */
export function openStore(location: string, options: SqliteStoreOptions = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new Error('the PostgreSQL store is not available yet; use a SQLite file path');
  return openSqliteStore(location, options);
}

/** Opens the store only when its file already exists (a scanner must not create an empty database). */
export function openExistingStore(location: string, options: SqliteStoreOptions = {}): Store | undefined {
  if (location !== ':memory:' && !existsSync(location)) return undefined;
  return openStore(location, options);
}
