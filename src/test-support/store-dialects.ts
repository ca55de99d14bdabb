import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, type TestContext } from 'node:test';
import { createTestDatabase, requirePostgres, type TestDatabase } from './postgres.js';

export interface StoreDialect {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty store location (a new SQLite file, a new PostgreSQL schema); undefined when skipped. */
  location(t: TestContext): Promise<string | undefined>;
}

/**
 * Both stores for a test file that runs its cases on each: registers the file's `before`/`after` hooks
 * (its own PostgreSQL database and temp directory, both removed afterwards). PostgreSQL cases skip with
 * the reason when the server is unreachable (not under CI).
 * @example for (const dialect of storeDialects('trends')) describe(`… on ${dialect.name}`, () => { … });
 */
export function storeDialects(prefix: string): StoreDialect[] {
  let db: TestDatabase | { unavailable: string } | undefined;
  const dir = mkdtempSync(path.join(tmpdir(), `spamlab-${prefix}-`));
  let files = 0;
  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    if (db && !('unavailable' in db)) await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  return [
    { name: 'sqlite', location: async () => path.join(dir, `${files++}.db`) },
    { name: 'postgres', location: async (t) => (requirePostgres(t, db) ? db.freshSchema() : undefined) },
  ];
}
