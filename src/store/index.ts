import { existsSync } from 'node:fs';
import { openPostgresStore, type PostgresStoreOptions } from './postgres/index.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.js';
import type { Store } from './types.js';
import { isPostgresLocation } from './location.js';

export type * from './types.js';
export { StoreError } from './sql.js';
export { defaultStorePath, isPostgresLocation } from './location.js';
export { openSqliteStore } from './sqlite/index.js';
export { openPostgresStore } from './postgres/index.js';
export { MESSAGE_MIGRATIONS } from './messages/schema.js';
export { messageFilter } from './messages/repository.js';
export { GroupWriter, type GroupWriterOptions } from './messages/group-writer.js';
export { toStoredMessage, configVersion, type ToStoredOptions } from './messages/record.js';

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
