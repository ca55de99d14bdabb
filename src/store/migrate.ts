import type { Dialect, ModuleMigrations } from './types.js';

/** What the migration runner needs: a transaction's statements plus multi-statement DDL. */
export interface MigrationTx {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }>;
  /** Runs several statements (DDL) without parameters. */
  exec(sql: string): Promise<void>;
}

/** The bookkeeping table: one row per applied (module, version). Same DDL on both dialects. */
export const SCHEMA_MIGRATIONS_DDL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  module     TEXT    NOT NULL,
  version    INTEGER NOT NULL,
  name       TEXT    NOT NULL,
  applied_at TEXT    NOT NULL,
  PRIMARY KEY (module, version)
)`;

/**
 * Applies the module's migrations that are not recorded yet, in version order, inside the caller's
 * transaction, which already holds the migration lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory
 * lock), so two processes starting at once apply each migration exactly once.
 */
export async function applyMigrations(tx: MigrationTx, dialect: Dialect, module: ModuleMigrations): Promise<number> {
  const versions = module.migrations.map((m) => m.version);
  if (new Set(versions).size !== versions.length || versions.some((v) => !Number.isInteger(v) || v < 1)) {
    throw new Error(`migrations of module ${module.module}: versions must be distinct positive integers`);
  }
  const rows = await tx.all<{ version: number }>('SELECT version FROM schema_migrations WHERE module = ?', [module.module]);
  const applied = new Set(rows.map((r) => Number(r.version)));
  let count = 0;
  for (const m of [...module.migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    await tx.exec(dialect === 'sqlite' ? m.sqlite : m.postgres);
    await tx.run('INSERT INTO schema_migrations (module, version, name, applied_at) VALUES (?, ?, ?, ?)', [
      module.module,
      m.version,
      m.name,
      new Date().toISOString(),
    ]);
    count++;
  }
  return count;
}

/** Modules whose migrations are known to be applied in this connection (skips the lock on repeat calls). */
export class MigratedModules {
  private readonly done = new Map<string, number>();
  has(module: ModuleMigrations): boolean {
    return this.done.get(module.module) === Math.max(0, ...module.migrations.map((m) => m.version));
  }
  add(module: ModuleMigrations): void {
    this.done.set(module.module, Math.max(0, ...module.migrations.map((m) => m.version)));
  }
}
