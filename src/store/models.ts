import type { ModelRepository, ModelVersionInfo, ModuleMigrations, SqlExecutor, StoredModel } from './types.js';

/** The classifier models' table (module `models`; version 1 is the table of the first SQLite store). */
export const MODEL_MIGRATIONS: ModuleMigrations = {
  module: 'models',
  migrations: [
    {
      version: 1,
      name: 'classifier models',
      sqlite: `CREATE TABLE IF NOT EXISTS classifier_models (
        name TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}', data BLOB NOT NULL, PRIMARY KEY (name, version)) WITHOUT ROWID`,
      postgres: `CREATE TABLE IF NOT EXISTS classifier_models (
        name TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}', data BYTEA NOT NULL, PRIMARY KEY (name, version))`,
    },
  ],
};

interface ModelRow {
  name: string;
  version: number;
  kind: string;
  created_at: string;
  meta: string;
  data?: Uint8Array;
  bytes?: number;
}

interface ModelStoreCore extends SqlExecutor {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  migrate(module: ModuleMigrations): Promise<void>;
}

/**
 * Versioned classifier models over either dialect. The table is created on first use, so opening a store
 * for reading messages does not need it.
 */
export function modelRepository(core: ModelStoreCore, now: () => Date): ModelRepository {
  let ready: Promise<void> | undefined;
  const ensure = () => (ready ??= core.migrate(MODEL_MIGRATIONS).catch((err: unknown) => {
    ready = undefined;
    throw err;
  }));
  return {
    async save(model, keep) {
      await ensure();
      return core.transaction(async (tx) => {
        const row = await tx.get<{ v: number | null }>('SELECT MAX(version) AS v FROM classifier_models WHERE name = ?', [model.name]);
        const version = Number(row?.v ?? 0) + 1;
        await tx.run('INSERT INTO classifier_models (name, version, kind, created_at, meta, data) VALUES (?, ?, ?, ?, ?, ?)', [
          model.name,
          version,
          model.kind,
          now().toISOString(),
          JSON.stringify(model.meta),
          Buffer.from(model.data.buffer, model.data.byteOffset, model.data.byteLength),
        ]);
        await tx.run('DELETE FROM classifier_models WHERE name = ? AND version <= ?', [model.name, version - Math.max(1, Math.floor(keep))]);
        return version;
      });
    },
    async latest(name) {
      await ensure();
      return toModel(await core.get<ModelRow>('SELECT * FROM classifier_models WHERE name = ? ORDER BY version DESC LIMIT 1', [name]));
    },
    async get(name, version) {
      await ensure();
      return toModel(await core.get<ModelRow>('SELECT * FROM classifier_models WHERE name = ? AND version = ?', [name, version]));
    },
    async list(name) {
      await ensure();
      const rows = await core.all<ModelRow>(
        'SELECT name, version, kind, created_at, meta, length(data) AS bytes FROM classifier_models WHERE name = ? ORDER BY version DESC',
        [name],
      );
      return rows.map((row): ModelVersionInfo => ({ ...toInfo(row), bytes: Number(row.bytes ?? 0) }));
    },
  };
}

function toInfo(row: ModelRow): Omit<StoredModel, 'data'> {
  let meta: Record<string, unknown> = {};
  try {
    meta = JSON.parse(row.meta) as Record<string, unknown>;
  } catch {
    // A hand-edited row must not make the store unreadable; its facts are just lost.
  }
  return { name: row.name, version: Number(row.version), kind: row.kind, createdAt: row.created_at, meta };
}

function toModel(row: ModelRow | undefined): StoredModel | undefined {
  if (!row || !row.data) return undefined;
  return { ...toInfo(row), data: new Uint8Array(row.data) };
}
