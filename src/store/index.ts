import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPostgresStore, type PostgresStoreOptions } from './postgres/index.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.js';
import type { Store } from './types.js';

export type * from './types.js';
export { StoreError } from './sql.js';
export { openSqliteStore } from './sqlite/index.js';
export { openPostgresStore } from './postgres/index.js';
export { MESSAGE_MIGRATIONS } from './messages/schema.js';
export { messageFilter } from './messages/repository.js';
export { GroupWriter, type GroupWriterOptions } from './messages/group-writer.js';
export { toStoredMessage, configVersion, type ToStoredOptions } from './messages/record.js';

/**
 * Where the store lives when nothing is configured: `$SPAMLAB_STORE`, else the XDG data directory
 * (`$XDG_DATA_HOME/spamlab/spamlab.db`, by default `~/.local/share/spamlab/spamlab.db`), so that every
 * command finds the same store from any working directory.
 * @example defaultStorePath({ HOME: '/home/ann' }) // '/home/ann/.local/share/spamlab/spamlab.db'
 */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPAMLAB_STORE) return env.SPAMLAB_STORE;
  const dataHome = env.XDG_DATA_HOME || path.join(env.HOME || os.homedir(), '.local', 'share');
  return path.join(dataHome, 'spamlab', 'spamlab.db');
}

export const isPostgresLocation = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

export type OpenStoreOptions = SqliteStoreOptions & PostgresStoreOptions;

/**
 * Opens the store at `location`: a `postgres://` / `postgresql://` URL opens PostgreSQL, anything else is
 * a SQLite file path (created with its directory when missing) or `:memory:`.
 * @example const store = await openStore(defaultStorePath()); try { … } finally { await store.close(); }
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresLocation(location)) return openPostgresStore(location, options);
  return openSqliteStore(location, options);
}

/**
 * Opens the store only when it already exists (a scanner must not create an empty database file).
 * A PostgreSQL URL always "exists": the server is asked.
 */
export async function openExistingStore(location: string, options: OpenStoreOptions = {}): Promise<Store | undefined> {
  if (!isPostgresLocation(location) && location !== ':memory:' && !existsSync(location)) return undefined;
  return openStore(location, options);
}
