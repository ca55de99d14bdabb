import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../../test-support/postgres.js';
import { openStore, StoreError } from '../index.js';
import { toPostgresPlaceholders } from '../sql.js';
import { storeSuite } from '../store.suite.js';

let db: TestDatabase | { unavailable: string } | undefined;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  if (db && !('unavailable' in db)) await db.drop();
});

storeSuite('postgres', async (t) => (requirePostgres(t, db) ? db.freshSchema() : undefined));

test("'?' becomes $n outside quotes, comments and dollar-quoted strings", () => {
  assert.equal(toPostgresPlaceholders("SELECT ?, '?', \"a?\" FROM t WHERE x = ? -- ?\n AND y = ?"), "SELECT $1, '?', \"a?\" FROM t WHERE x = $2 -- ?\n AND y = $3");
  assert.equal(toPostgresPlaceholders("SELECT 'it''s ?', ? /* ? */, $$ ? $$, $tag$ ? $tag$, ?"), "SELECT 'it''s ?', $1 /* ? */, $$ ? $$, $tag$ ? $tag$, $2");
});

test('postgres: the dialect and location (never the password) are reported', async (t) => {
  if (!requirePostgres(t, db)) return;
  const url = new URL(db.url);
  url.password = 'secret';
  const store = await openStore(url.toString());
  try {
    assert.equal(store.dialect, 'postgres');
    assert.ok(!store.location.includes('secret'));
  } finally {
    await store.close();
  }
});

test('postgres: a dropped connection is a StoreError of kind connection', async (t) => {
  if (!requirePostgres(t, db)) return;
  const store = await openStore(await db.freshSchema(), { maxConnections: 1 });
  try {
    const killer = await openStore(db.url);
    const failure = await store
      .transaction(async (tx) => {
        const pid = (await tx.get<{ pid: number }>('SELECT pg_backend_pid() AS pid'))!.pid;
        await killer.get('SELECT pg_terminate_backend(?)', [pid]);
        await tx.get('SELECT 1');
      })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    await killer.close();
    assert.ok(failure instanceof StoreError, String(failure));
    assert.equal(failure.kind, 'connection');
    // The pool replaces the broken connection: the store works again afterwards.
    assert.equal(Number((await store.get<{ n: number }>('SELECT 1 AS n'))!.n), 1);
  } finally {
    await store.close();
  }
});

test('postgres: an unreachable server is a clear StoreError', async () => {
  await assert.rejects(openStore('postgres://postgres@127.0.0.1:1/none', { connectTimeoutMs: 2000 }), (err: unknown) => err instanceof StoreError && err.kind === 'connection');
});
