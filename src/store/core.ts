import { messageRepository } from './messages/repository.js';
import { modelRepository } from './models.js';
import type { Dialect, ModuleMigrations, SqlExecutor, Store } from './types.js';

/** What a dialect implements; the repositories are built on it once, for both dialects. */
export interface StoreCore extends SqlExecutor {
  readonly dialect: Dialect;
  readonly location: string;
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  migrate(module: ModuleMigrations): Promise<void>;
  schemaVersion(): Promise<number>;
  moduleVersions(): Promise<Record<string, number>>;
  sizeBytes(): Promise<number>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Injected clock for model `createdAt` and message `ingestedAt` (tests fix it). */
  now?: () => Date;
}

/** The Store a dialect's core becomes: the core's methods plus the repositories. */
export function assembleStore(core: StoreCore, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const models = modelRepository(core, now);
  return {
    dialect: core.dialect,
    location: core.location,
    models,
    messages: messageRepository(core),
    all: (sql, params) => core.all(sql, params),
    get: (sql, params) => core.get(sql, params),
    run: (sql, params) => core.run(sql, params),
    transaction: (fn) => core.transaction(fn),
    migrate: (module) => core.migrate(module),
    schemaVersion: () => core.schemaVersion(),
    moduleVersions: () => core.moduleVersions(),
    sizeBytes: () => core.sizeBytes(),
    close: () => core.close(),
  };
}

/** Sum and per-module maximum of the applied versions, from schema_migrations. */
export async function readModuleVersions(exec: SqlExecutor): Promise<Record<string, number>> {
  const rows = await exec.all<{ module: string; v: number }>('SELECT module, MAX(version) AS v FROM schema_migrations GROUP BY module ORDER BY module');
  return Object.fromEntries(rows.map((r) => [r.module, Number(r.v)]));
}

export async function countMigrations(exec: SqlExecutor): Promise<number> {
  const row = await exec.get<{ n: number }>('SELECT COUNT(*) AS n FROM schema_migrations');
  return Number(row?.n ?? 0);
}
