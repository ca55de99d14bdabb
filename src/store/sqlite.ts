import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS, type Migration } from './migrations.js';
import type { ModelRepository, ModelVersionInfo, Store, StoredModel } from './types.js';

export interface SqliteStoreOptions {
  /** Wait this long for a lock held by another process (a scanner reading while `learn` writes). */
  busyTimeoutMs?: number;
  /** Injected clock for `createdAt` (tests fix it). */
  now?: () => Date;
}

interface ModelRow {
  name: string;
  version: number;
  kind: string;
  created_at: string;
  meta: string;
  data?: Buffer;
  bytes?: number;
}

/**
 * The embedded default store: one SQLite file through better-sqlite3, in WAL mode so that scanners keep
 * reading while a writer saves (https://sqlite.org/wal.html). `:memory:` gives a private in-memory store.
 * @example const store = openSqliteStore('spamlab.db'); store.models.latest('default'); store.close();
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  db.pragma('foreign_keys = ON');
  migrate(db, SQLITE_MIGRATIONS);
  const now = options.now ?? (() => new Date());

  const insert = db.prepare('INSERT INTO classifier_models (name, version, kind, created_at, meta, data) VALUES (?, ?, ?, ?, ?, ?)');
  const maxVersion = db.prepare<[string], { v: number | null }>('SELECT MAX(version) AS v FROM classifier_models WHERE name = ?');
  const prune = db.prepare('DELETE FROM classifier_models WHERE name = ? AND version <= ?');
  const latest = db.prepare<[string], ModelRow>('SELECT * FROM classifier_models WHERE name = ? ORDER BY version DESC LIMIT 1');
  const one = db.prepare<[string, number], ModelRow>('SELECT * FROM classifier_models WHERE name = ? AND version = ?');
  const list = db.prepare<[string], ModelRow>(
    'SELECT name, version, kind, created_at, meta, length(data) AS bytes FROM classifier_models WHERE name = ? ORDER BY version DESC',
  );

  const save = db.transaction((model: Omit<StoredModel, 'version' | 'createdAt'>, keep: number): number => {
    const version = (maxVersion.get(model.name)?.v ?? 0) + 1;
    insert.run(model.name, version, model.kind, now().toISOString(), JSON.stringify(model.meta), Buffer.from(model.data));
    prune.run(model.name, version - Math.max(1, Math.floor(keep)));
    return version;
  });

  const models: ModelRepository = {
    save: (model, keep) => save(model, keep),
    latest: (name) => toModel(latest.get(name)),
    get: (name, version) => toModel(one.get(name, version)),
    list: (name) => list.all(name).map((row): ModelVersionInfo => ({ ...toInfo(row), bytes: row.bytes ?? 0 })),
  };
  return {
    models,
    schemaVersion: () => (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }).v,
    close: () => db.close(),
  };
}

function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version));
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
}

function toInfo(row: ModelRow): Omit<StoredModel, 'data'> {
  let meta: Record<string, unknown> = {};
  try {
    meta = JSON.parse(row.meta) as Record<string, unknown>;
  } catch {
    // A hand-edited row must not make the store unreadable; its facts are just lost.
  }
  return { name: row.name, version: row.version, kind: row.kind, createdAt: row.created_at, meta };
}

function toModel(row: ModelRow | undefined): StoredModel | undefined {
  if (!row || !row.data) return undefined;
  return { ...toInfo(row), data: new Uint8Array(row.data) };
}
