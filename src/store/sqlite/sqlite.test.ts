import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { defaultStorePath, openExistingStore, openStore } from '../index.js';
import { storeSuite } from '../store.suite.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeSuite('sqlite', async () => path.join(dir, `suite-${++n}.db`));

test('sqlite file: WAL mode, created with its directory, data survives reopening', async () => {
  const file = path.join(dir, 'nested', 'spamlab.db');
  assert.equal(await openExistingStore(file), undefined, 'a scanner never creates the file');
  assert.equal(existsSync(file), false);
  const first = await openStore(file, { now: () => new Date('2026-02-14T00:00:00Z') });
  await first.models.save({ name: 'default', kind: 'bayes', meta: {}, data: new Uint8Array([7]) }, 2);
  assert.equal(await first.schemaVersion(), 1);
  await first.close();
  const raw = new Database(file, { readonly: true });
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  raw.close();
  const second = (await openExistingStore(file))!;
  assert.equal(second.dialect, 'sqlite');
  assert.equal((await second.models.latest('default'))?.createdAt, '2026-02-14T00:00:00.000Z');
  await second.close();
});

test('a store written before per-module migrations keeps its models', async () => {
  const file = path.join(dir, 'legacy.db');
  const db = new Database(file);
  db.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
    INSERT INTO schema_migrations VALUES (1, 'classifier models', '2026-01-01T00:00:00Z');
    CREATE TABLE classifier_models (name TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL,
      meta TEXT NOT NULL DEFAULT '{}', data BLOB NOT NULL, PRIMARY KEY (name, version)) WITHOUT ROWID;
    INSERT INTO classifier_models VALUES ('default', 3, 'logistic', '2026-01-02T00:00:00Z', '{}', x'0102');`);
  db.close();
  const store = await openStore(file);
  try {
    assert.equal((await store.models.latest('default'))?.version, 3);
    assert.deepEqual(await store.moduleVersions(), { models: 1 });
    await store.messages.ensureSchema();
    assert.deepEqual(await store.moduleVersions(), { messages: 1, models: 1 });
  } finally {
    await store.close();
  }
});

test('using the store instead of tx inside its own transaction is an error, not a deadlock', async () => {
  const store = await openStore(':memory:');
  try {
    await assert.rejects(store.transaction(() => store.all('SELECT 1')), /use the `tx`/);
  } finally {
    await store.close();
  }
});

test('the default location follows SPAMLAB_STORE, then XDG_DATA_HOME, then HOME', () => {
  assert.equal(defaultStorePath({ SPAMLAB_STORE: '/srv/s.db' }), '/srv/s.db');
  assert.equal(defaultStorePath({ SPAMLAB_STORE: 'postgres://db/spamlab' }), 'postgres://db/spamlab');
  assert.equal(defaultStorePath({ XDG_DATA_HOME: '/x' }), '/x/spamlab/spamlab.db');
  assert.equal(defaultStorePath({ HOME: '/home/ann' }), '/home/ann/.local/share/spamlab/spamlab.db');
});

test('a full disk is a StoreError of kind full, and the batch is rolled back whole', async () => {
  const { message } = await import('../store.suite.js');
  const store = await openStore(path.join(dir, 'full.db'));
  try {
    await store.messages.insertBatch({ messages: [message(1)] });
    const pages = (await store.get<{ n: number }>('SELECT page_count AS n FROM pragma_page_count'))!.n;
    // SQLite's own cap on the file size answers exactly as a full disk does (SQLITE_FULL).
    await store.get(`PRAGMA max_page_count = ${pages + 2}`);
    const batch = Array.from({ length: 300 }, (_, i) => message(i + 2));
    const failure = await store.messages.insertBatch({ messages: batch }).then(
      () => undefined,
      (err: unknown) => err,
    );
    assert.ok(failure instanceof Error && failure.name === 'StoreError', String(failure));
    assert.equal((failure as { kind?: string }).kind, 'full');
    assert.match(failure.message, /disk is full/);
    assert.equal((await store.messages.stats()).messages, 1, 'nothing of the failed batch is stored');
  } finally {
    await store.close();
  }
});
