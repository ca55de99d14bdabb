import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { defaultStorePath, openExistingStore, openStore } from './index.js';
import { openSqliteStore } from './sqlite.js';
import { storeSuite } from './store.suite.js';

storeSuite('sqlite (memory)', () => openSqliteStore(':memory:'));

test('sqlite file: WAL mode, migrations applied once, data survives reopening', (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'nested', 'spamlab.db');
  assert.equal(openExistingStore(file), undefined, 'a scanner never creates the file');
  const first = openStore(file, { now: () => new Date('2026-02-14T00:00:00Z') });
  first.models.save({ name: 'default', kind: 'bayes', meta: {}, data: new Uint8Array([7]) }, 2);
  assert.equal(first.schemaVersion(), 1);
  first.close();
  const raw = new Database(file, { readonly: true });
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  raw.close();
  const second = openExistingStore(file)!;
  assert.equal(second.schemaVersion(), 1);
  assert.equal(second.models.latest('default')?.createdAt, '2026-02-14T00:00:00.000Z');
  second.close();
});

test('the default location follows SPAMLAB_STORE, then XDG_DATA_HOME, then HOME', () => {
  assert.equal(defaultStorePath({ SPAMLAB_STORE: '/srv/s.db' }), '/srv/s.db');
  assert.equal(defaultStorePath({ XDG_DATA_HOME: '/x' }), '/x/spamlab/spamlab.db');
  assert.equal(defaultStorePath({ HOME: '/home/ann' }), '/home/ann/.local/share/spamlab/spamlab.db');
  assert.throws(() => openStore('postgres://db/spamlab'), /not available yet/);
});
