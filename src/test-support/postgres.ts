import { randomBytes } from 'node:crypto';
import type { TestContext } from 'node:test';
import pg from 'pg';

/** The PostgreSQL every machine here and CI runs (trust auth); SPAMLAB_TEST_POSTGRES overrides it. */
export const TEST_POSTGRES = process.env.SPAMLAB_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  /** URL of the run's own database. */
  url: string;
  /**
   * A URL of a fresh, empty schema in that database (its search_path set through the connection's
   * `options`), so each test starts empty without creating a database per test.
   */
  freshSchema(): Promise<string>;
  drop(): Promise<void>;
}

/**
 * Creates a uniquely named database for this test run on the test server and returns it; `drop()`
 * removes it (call it in `after`). Never touches other databases. Undefined when the server cannot be
 * reached (the caller skips, with the reason) — but under CI=true an unreachable server is an error.
 * @example const db = await createTestDatabase(); after(() => db?.drop());
 */
export async function createTestDatabase(): Promise<TestDatabase | { unavailable: string }> {
  const name = `spamlab_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    const reason = `PostgreSQL at ${TEST_POSTGRES} is not reachable (${err instanceof Error ? err.message : String(err)})`;
    if (process.env.CI === 'true') throw new Error(`${reason}; CI must run it`);
    return { unavailable: reason };
  }
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    // A test database needs no durability against the server crashing: a commit returns before its WAL is flushed to
    // disk (what each transaction sees, and what other connections see, is unchanged).
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES);
  url.pathname = `/${name}`;
  let schemas = 0;
  return {
    url: url.toString(),
    async freshSchema() {
      const schema = `s${++schemas}_${randomBytes(3).toString('hex')}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA ${schema}`);
      } finally {
        await client.end();
      }
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema}`);
      return u.toString();
    },
    async drop() {
      const client = new pg.Client({ connectionString: TEST_POSTGRES });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Skips the test with the reason when PostgreSQL is unavailable; returns the database otherwise. */
export function requirePostgres(t: TestContext, db: TestDatabase | { unavailable: string } | undefined): db is TestDatabase {
  if (!db) return false;
  if ('unavailable' in db) {
    t.skip(db.unavailable);
    return false;
  }
  return true;
}
