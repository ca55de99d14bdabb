import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openStore } from '../store/index.js';
import type { MessageIndexer, Store, StoredMessage } from '../store/types.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../test-support/postgres.js';
import { storedLabelledSet } from '../test-support/campaign-corpus.js';
import { trendsIndexer } from '../trends/rollup.js';
import { campaignsIndexer } from './store-index.js';

/**
 * Several writers on one PostgreSQL (ingest processes, queue workers on other machines): each is a Store
 * with its own connection pool, as a separate process would have. SQLite has a single writer by design.
 */
let db: TestDatabase | { unavailable: string } | undefined;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  if (db && !('unavailable' in db)) await db.drop();
});

function messages(seed: number, templates: number, perTemplate: number, singletons: number): { list: StoredMessage[]; label: Map<string, string | null> } {
  const { messages: list, labels: label } = storedLabelledSet({ templates, perTemplate, singletons, seed });
  return { list, label };
}

/** The campaigns as sets of member hashes (ids depend on which member came first). */
async function partition(store: Store): Promise<string[]> {
  const rows = await store.all<{ hash: string; campaign_id: string }>('SELECT hash, campaign_id FROM campaign_members ORDER BY hash');
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.campaign_id, [...(groups.get(r.campaign_id) ?? []), r.hash]);
  return [...groups.values()].map((g) => g.join(',')).sort();
}

describe('campaigns with concurrent writers on PostgreSQL', () => {
  it('a second writer waits for the first to commit, then joins its campaign instead of opening another', async (t) => {
    if (!requirePostgres(t, db)) return;
    const url = await db.freshSchema();
    const [first, second] = [await openStore(url), await openStore(url)];
    const watcher = new pg.Client({ connectionString: db.url });
    await watcher.connect();
    let release = (): void => undefined;
    let pending: Promise<unknown> = Promise.resolve();
    try {
      await first.messages.ensureSchema();
      const { list } = messages(3, 1, 10, 0);
      // The first writer clusters its half, then holds its transaction open (nothing committed yet).
      let atGate!: () => void;
      const reached = new Promise<void>((r) => (atGate = r));
      const released = new Promise<void>((r) => (release = r));
      const gate: MessageIndexer = { name: 'gate', onStored: async () => (atGate(), released) };
      const one = first.messages.insertBatch({ messages: list.slice(0, 5) }, { indexers: [campaignsIndexer(), gate] });
      pending = one.catch(() => undefined);
      await reached;
      let secondDone = false;
      const two = second.messages.insertBatch({ messages: list.slice(5) }, { indexers: [campaignsIndexer()] }).finally(() => (secondDone = true));
      // Until the second writer is seen waiting for a lock — or has finished without waiting (the bug).
      let waiting = false;
      for (let polls = 0; polls < 1500 && !secondDone && !waiting; polls++) {
        const row = await watcher.query(`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        waiting = row.rows[0].n > 0;
        if (!waiting) await sleep(10);
      }
      assert.ok(waiting && !secondDone, 'the second writer clustered while the first had not committed');
      release();
      await Promise.all([one, two]);
      const groups = await partition(first);
      assert.equal(groups.length, 1, 'one campaign for the ten near-duplicates');
      const [row] = await first.all<{ size: number; ips: number }>('SELECT size, ips FROM campaigns');
      assert.deepEqual([Number(row!.size), Number(row!.ips)], [10, 10]);
    } finally {
      // Whatever failed, the first writer's transaction ends before its pool closes.
      release();
      await pending;
      await watcher.end();
      await first.close();
      await second.close();
    }
  });

  it('two writers ingesting at once give the same campaigns and trend counts as one writer', async (t) => {
    if (!requirePostgres(t, db)) return;
    const { list, label } = messages(8, 8, 12, 30);
    const indexers = (): MessageIndexer[] => [trendsIndexer(), campaignsIndexer()];
    const alone = await openStore(await db.freshSchema());
    const url = await db.freshSchema();
    const writers = [await openStore(url), await openStore(url)];
    try {
      await alone.messages.ensureSchema();
      for (let i = 0; i < list.length; i += 10) await alone.messages.insertBatch({ messages: list.slice(i, i + 10) }, { indexers: indexers() });
      await writers[0]!.messages.ensureSchema();
      // Alternate messages between the writers, ten per batch, both writing at the same time.
      await Promise.all(writers.map(async (w, k) => {
        const mine = list.filter((_, i) => i % 2 === k);
        for (let i = 0; i < mine.length; i += 10) await w.messages.insertBatch({ messages: mine.slice(i, i + 10) }, { indexers: indexers() });
      }));
      const expected = await partition(alone);
      assert.deepEqual(await partition(writers[0]!), expected);
      // And those are the templates: each template one campaign, each one-off alone.
      const byLabel = new Map<string, string[]>();
      for (const m of [...list].sort((a, b) => (a.hash < b.hash ? -1 : 1))) {
        const key = label.get(m.hash) ?? m.hash;
        byLabel.set(key, [...(byLabel.get(key) ?? []), m.hash]);
      }
      assert.deepEqual(expected, [...byLabel.values()].map((g) => g.join(',')).sort());
      const counts = (s: Store) => s.all('SELECT period_kind, dimension, period, value, verdict, count FROM trend_counts ORDER BY period_kind, dimension, period, value, verdict');
      assert.deepEqual(await counts(writers[0]!), await counts(alone));
      const rows = (s: Store) => s.all<{ size: number; ips: number; senders: number }>('SELECT size, ips, senders FROM campaigns ORDER BY size, ips, senders');
      assert.deepEqual(await rows(writers[0]!), await rows(alone));
    } finally {
      await alone.close();
      for (const w of writers) await w.close();
    }
  });
});
