import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { ScanReport } from '../scan/report.js';
import { openStore } from './index.js';
import { toStoredMessage } from './messages/record.js';
import type { MessageIndexer, ModuleMigrations, Store, StoredMessage } from './types.js';

/**
 * The behaviour every Store implementation must have. Each dialect's test file calls this with a
 * function that returns the location of a fresh, empty store (a new SQLite file; a new PostgreSQL
 * schema), or undefined when the test must skip (the reason already given to `t.skip`).
 */
export function storeSuite(name: string, freshLocation: (t: import('node:test').TestContext) => Promise<string | undefined>): void {
  const withStore = (title: string, fn: (store: Store, location: string) => Promise<void>) =>
    test(`${name}: ${title}`, async (t) => {
      const location = await freshLocation(t);
      if (!location) return;
      const store = await openStore(location, { now: () => new Date('2026-02-14T00:00:00Z') });
      try {
        await fn(store, location);
      } finally {
        await store.close();
      }
    });

  withStore('models are versioned per name, newest first', async (store) => {
    assert.equal(await store.models.latest('default'), undefined);
    const v1 = await store.models.save({ name: 'default', kind: 'logistic', meta: { spam: 1 }, data: new Uint8Array([1, 2, 3]) }, 5);
    const v2 = await store.models.save({ name: 'default', kind: 'logistic', meta: { spam: 2 }, data: new Uint8Array([4, 5]) }, 5);
    await store.models.save({ name: 'other', kind: 'bayes', meta: {}, data: new Uint8Array([9]) }, 5);
    assert.deepEqual([v1, v2], [1, 2]);
    const latest = await store.models.latest('default');
    assert.equal(latest?.version, 2);
    assert.deepEqual([...latest!.data], [4, 5]);
    assert.deepEqual(latest!.meta, { spam: 2 });
    assert.equal(latest!.createdAt, '2026-02-14T00:00:00.000Z');
    assert.deepEqual([...(await store.models.get('default', 1))!.data], [1, 2, 3]);
    assert.deepEqual((await store.models.list('default')).map((m) => [m.version, m.bytes]), [[2, 2], [1, 3]]);
    assert.equal((await store.models.latest('other'))?.kind, 'bayes');
  });

  withStore('only the newest N model versions are kept', async (store) => {
    for (let i = 0; i < 6; i++) await store.models.save({ name: 'default', kind: 'logistic', meta: { i }, data: new Uint8Array([i]) }, 3);
    assert.deepEqual((await store.models.list('default')).map((m) => m.version), [6, 5, 4]);
    assert.equal(await store.models.get('default', 3), undefined);
  });

  withStore("'?' placeholders on both dialects, never inside quotes", async (store) => {
    await store.migrate(SCRATCH);
    assert.equal((await store.run("INSERT INTO scratch (k, v, note) VALUES (?, ?, 'what?')", ['a', 1])).changes, 1);
    await store.run('INSERT INTO scratch (k, v, note) VALUES (?, ?, ?)', ['b', 2, "it's ? here"]);
    const rows = await store.all<{ k: string; v: number; note: string }>("SELECT k, v, note FROM scratch WHERE v >= ? AND note <> '??' ORDER BY k", [1]);
    assert.deepEqual(rows, [
      { k: 'a', v: 1, note: 'what?' },
      { k: 'b', v: 2, note: "it's ? here" },
    ]);
    assert.equal(await store.get('SELECT k FROM scratch WHERE k = ?', ['zz']), undefined);
    assert.equal(typeof (await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM scratch'))!.n, 'number', 'counts come back as numbers');
    assert.equal((await store.run('UPDATE scratch SET v = v + 1')).changes, 2);
  });

  withStore('a transaction commits together or rolls back together', async (store) => {
    await store.migrate(SCRATCH);
    await store.transaction(async (tx) => {
      await tx.run('INSERT INTO scratch (k, v) VALUES (?, ?)', ['a', 1]);
      await tx.run('INSERT INTO scratch (k, v) VALUES (?, ?)', ['b', 2]);
    });
    await assert.rejects(
      store.transaction(async (tx) => {
        await tx.run('INSERT INTO scratch (k, v) VALUES (?, ?)', ['c', 3]);
        throw new Error('boom');
      }),
      /boom/,
    );
    await assert.rejects(store.transaction((tx) => tx.run('INSERT INTO scratch (k, v) VALUES (?, ?)', ['a', 9])), 'a duplicate key fails the transaction');
    assert.deepEqual((await store.all<{ k: string }>('SELECT k FROM scratch ORDER BY k')).map((r) => r.k), ['a', 'b']);
  });

  withStore('concurrent transactions do not interleave (read-modify-write stays consistent)', async (store) => {
    await store.migrate(SCRATCH);
    await store.run('INSERT INTO scratch (k, v) VALUES (?, ?)', ['counter', 0]);
    // Each transaction reads, yields to the event loop, then writes: without serialisation (SQLite) or
    // row locks (PostgreSQL: SELECT … FOR UPDATE is dialect-only, so the suite uses an atomic UPDATE) increments would be lost.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.transaction(async (tx) => {
          await tx.run('UPDATE scratch SET v = v + 1 WHERE k = ?', ['counter']);
          const row = await tx.get<{ v: number }>('SELECT v FROM scratch WHERE k = ?', ['counter']);
          await new Promise((resolve) => setImmediate(resolve));
          await tx.run('INSERT INTO scratch (k, v) VALUES (?, ?)', [`seen-${row!.v}`, row!.v]);
        }),
      ),
    );
    const seen = await store.all<{ v: number }>("SELECT v FROM scratch WHERE k <> 'counter' ORDER BY v");
    assert.deepEqual(
      seen.map((r) => Number(r.v)),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  withStore('migrations apply once per module, also from two connections at once', async (store, location) => {
    const other = await openStore(location);
    try {
      const before = await store.schemaVersion();
      await Promise.all([store.migrate(SCRATCH), other.migrate(SCRATCH), store.migrate(SCRATCH_V2), other.migrate(SCRATCH_V2)]);
      await store.migrate(SCRATCH_V2);
      assert.equal(await store.schemaVersion(), before + 2);
      assert.equal((await store.moduleVersions()).scratch, 2);
      const applied = await store.all<{ version: number }>('SELECT version FROM schema_migrations WHERE module = ? ORDER BY version', ['scratch']);
      assert.deepEqual(applied.map((r) => Number(r.version)), [1, 2]);
      await store.run('INSERT INTO scratch (k, v, extra) VALUES (?, ?, ?)', ['x', 1, 'v2 column']);
    } finally {
      await other.close();
    }
  });

  withStore('messages: stored once by content hash; indexers see only new ones, in the transaction', async (store) => {
    const seen: string[] = [];
    const indexer: MessageIndexer = {
      name: 'counter',
      migrations: {
        module: 'suite_counter',
        migrations: [{ version: 1, name: 'counts', sqlite: 'CREATE TABLE suite_counts (verdict TEXT PRIMARY KEY, n INTEGER NOT NULL)', postgres: 'CREATE TABLE suite_counts (verdict TEXT PRIMARY KEY, n INTEGER NOT NULL)' }],
      },
      async onStored(tx, stored) {
        for (const m of stored) {
          seen.push(m.hash);
          await tx.run('INSERT INTO suite_counts (verdict, n) VALUES (?, 1) ON CONFLICT (verdict) DO UPDATE SET n = suite_counts.n + 1', [m.verdict]);
        }
      },
    };
    const batch = [message(1, { verdict: 'spam' }), message(2, { verdict: 'phishing' }), message(1, { verdict: 'spam' })];
    const first = await store.messages.insertBatch({ messages: batch }, { indexers: [indexer] });
    assert.equal(first.inserted.length, 2);
    assert.equal(first.duplicates, 1);
    const again = await store.messages.insertBatch({ messages: [message(1), message(2), message(3)] }, { indexers: [indexer] });
    assert.deepEqual(again.inserted.map((m) => m.hash), [message(3).hash]);
    assert.equal(again.duplicates, 2);
    assert.deepEqual(seen, [message(1).hash, message(2).hash, message(3).hash]);
    const counts = await store.all<{ verdict: string; n: number }>('SELECT verdict, n FROM suite_counts ORDER BY verdict');
    assert.deepEqual(counts.map((r) => [r.verdict, Number(r.n)]), [['phishing', 1], ['spam', 2]]);
    assert.equal((await store.messages.stats()).messages, 3);

    // An indexer that fails rolls the whole batch back: nothing half-stored.
    const failing: MessageIndexer = { name: 'failing', onStored: async () => Promise.reject(new Error('indexer broke')) };
    await assert.rejects(store.messages.insertBatch({ messages: [message(4)] }, { indexers: [failing] }), /indexer broke/);
    assert.equal(await store.messages.get(message(4).hash), undefined);
  });

  withStore('messages: every field survives the round trip', async (store) => {
    const m = message(7, { verdict: 'phishing' });
    await store.messages.insertBatch({ messages: [m] });
    const back = (await store.messages.get(m.hash))!;
    assert.equal(back.hash, m.hash);
    assert.equal(back.source, 'mbox#7');
    assert.equal(back.messageId, '<7@example.com>');
    assert.equal(back.sentAt, Date.parse('2025-12-20T09:00:00Z'));
    assert.equal(back.receivedAt, Date.parse('2025-12-20T09:00:07Z'));
    assert.equal(back.at, back.receivedAt);
    assert.equal(back.fromDomain, 'torendmicro.example');
    assert.equal(back.mailFrom, 'bounce@bulk.example');
    assert.equal(back.sendingIp, '203.0.113.7');
    assert.deepEqual(back.brands, ['Trend Micro']);
    assert.deepEqual(back.categories, ['malware-lure']);
    assert.deepEqual(back.themes, ['christmas']);
    assert.deepEqual(back.attachmentTypes, ['.zip']);
    assert.deepEqual(
      back.findings.map((f) => [f.id, f.score]),
      [['FROM_BRAND_DISPLAY_NAME', 4.5], ['URL_RECIPIENT_ENCODED', 2.5], ['HDR_ZERO', 0]],
    );
    assert.deepEqual(back.findings[0]!.data, [{ brand: 'Trend Micro', alias: 'ウイルスバスター' }]);
    assert.deepEqual(
      back.addresses.map((a) => `${a.role}:${a.domain}`).sort(),
      ['cc:cc.example', 'from:torendmicro.example', 'mail-from:bulk.example', 'rcpt-to:example.jp', 'reply-to:free.example', 'to:example.jp'],
    );
    assert.deepEqual(
      back.iocs.map((i) => `${i.kind}:${i.value}`).sort(),
      [
        'attachment:invoice.zip', 'brand:Trend Micro', 'domain:scan.example', 'md5:m7', 'sending-ip:203.0.113.7', 'sha1:s7', 'sha256:h7',
        'url:http://scan.example/?uid=7',
      ],
    );
    assert.equal(back.report.subject, '【警告】 7');
    assert.equal(back.configVersion, 'cfg1');
    assert.equal(back.modelVersion, 'file model v1');
  });

  withStore('messages: queries by verdict, category, time, domain, finding id and IOC use the child tables', async (store) => {
    const messages = Array.from({ length: 12 }, (_, i) =>
      message(i, {
        verdict: i % 3 === 0 ? 'spam' : i % 3 === 1 ? 'phishing' : 'clean',
        categories: i % 2 === 0 ? ['health'] : ['finance'],
        receivedAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-15T00:00:00Z`,
      }),
    );
    await store.messages.insertBatch({ messages });
    const hashes = async (q: Parameters<Store['messages']['query']>[0]) => (await store.messages.query(q)).map((r) => r.hash).sort();
    const expect = (pred: (i: number) => boolean) => messages.filter((_, i) => pred(i)).map((m) => m.hash).sort();
    assert.deepEqual(await hashes({ verdict: 'spam' }), expect((i) => i % 3 === 0));
    assert.deepEqual(await hashes({ category: 'health' }), expect((i) => i % 2 === 0));
    assert.deepEqual(await hashes({ verdict: 'phishing', category: 'finance' }), expect((i) => i % 3 === 1 && i % 2 === 1));
    assert.deepEqual(await hashes({ from: Date.parse('2025-03-01T00:00:00Z'), to: Date.parse('2025-06-01T00:00:00Z') }), expect((i) => i >= 2 && i <= 4));
    assert.deepEqual(await hashes({ domain: 'CC.example' }), expect(() => true));
    assert.deepEqual(await hashes({ domain: 'nowhere.example' }), []);
    assert.deepEqual(await hashes({ findingId: 'URL_RECIPIENT_ENCODED' }), expect(() => true));
    assert.deepEqual(await hashes({ ioc: { value: 'h5' } }), expect((i) => i === 5));
    assert.deepEqual(await hashes({ ioc: { kind: 'sending-ip', value: '203.0.113.3' } }), expect((i) => i === 3));
    const newest = await store.messages.query({ limit: 2 });
    assert.deepEqual(newest.map((r) => r.hash), [messages[11]!.hash, messages[10]!.hash], 'newest first');
    assert.deepEqual(await store.messages.resolvePrefix(messages[4]!.hash.slice(0, 12), 5), [messages[4]!.hash]);
    assert.deepEqual(await store.messages.resolvePrefix('not-hex', 5), []);
  });

  withStore('messages: errors kept by source, raw kept when asked, rescans replace and are recorded', async (store) => {
    const raw = new TextEncoder().encode('Subject: x\r\n\r\nbody');
    const m = message(1);
    const result = await store.messages.insertBatch({
      messages: [m],
      errors: [{ source: 'broken.eml', error: 'not a mail message', at: 1 }, { source: 'broken.eml', error: 'still not mail', at: 2 }],
      raw: new Map([[m.hash, raw]]),
    });
    assert.equal(result.errors, 2);
    assert.deepEqual([...(await store.messages.raw(m.hash))!], [...raw]);
    assert.deepEqual(await store.messages.rawHashes('', 10), [m.hash]);
    const errors = await store.all<{ source: string; error: string }>('SELECT source, error FROM message_errors');
    assert.deepEqual(errors, [{ source: 'broken.eml', error: 'still not mail' }]);

    const seen: string[] = [];
    const indexer: MessageIndexer = {
      name: 'watch',
      onStored: async () => undefined,
      onReplaced: async (_tx, replaced) => void seen.push(...replaced.map((r) => `${r.previous.verdict}->${r.current.verdict}`)),
    };
    const rescanned = message(1, { verdict: 'malware', configVersion: 'cfg2', ingestedAt: '2026-03-01T00:00:00Z' });
    const r = await store.messages.insertBatch({ messages: [rescanned] }, { rescan: true, indexers: [indexer] });
    assert.equal(r.rescanned, 1);
    assert.deepEqual(seen, ['spam->malware']);
    const back = (await store.messages.get(m.hash))!;
    assert.equal(back.verdict, 'malware');
    assert.equal(back.configVersion, 'cfg2');
    assert.equal(back.findings.length, 3);
    const scans = await store.all<{ n: number }>('SELECT COUNT(*) AS n FROM message_scans WHERE hash = ?', [m.hash]);
    assert.equal(Number(scans[0]!.n), 2);
    const row = await store.get<{ scans: number }>('SELECT scans FROM messages WHERE hash = ?', [m.hash]);
    assert.equal(Number(row!.scans), 2);
  });

  withStore('messages: stats and retention by age and by count', async (store) => {
    const messages = Array.from({ length: 10 }, (_, i) => message(i, { receivedAt: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z` }));
    await store.messages.insertBatch({ messages, errors: [{ source: 'old.eml', error: 'unreadable', at: Date.parse('2024-12-01T00:00:00Z') }] });
    const stats = await store.messages.stats();
    assert.equal(stats.messages, 10);
    assert.equal(stats.errors, 1);
    assert.equal(stats.oldest, '2025-01-01T00:00:00.000Z');
    assert.equal(stats.newest, '2025-01-10T00:00:00.000Z');
    assert.ok(stats.bytes > 0);
    assert.ok(stats.schemaVersion >= 1);
    assert.deepEqual(await store.messages.prune({ olderThan: Date.parse('2025-01-04T00:00:00Z') }), { messages: 3, errors: 1 });
    assert.deepEqual(await store.messages.prune({ keep: 5 }), { messages: 2, errors: 0 });
    const left = await store.messages.query({});
    assert.deepEqual(left.map((r) => new Date(r.at).getUTCDate()), [10, 9, 8, 7, 6]);
    const children = await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM message_findings');
    assert.equal(Number(children!.n), 5 * 3, 'child rows go with their message');
  });
}

const SCRATCH: ModuleMigrations = {
  module: 'scratch',
  migrations: [
    {
      version: 1,
      name: 'scratch table',
      sqlite: "CREATE TABLE scratch (k TEXT PRIMARY KEY, v INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '')",
      postgres: "CREATE TABLE scratch (k TEXT PRIMARY KEY, v BIGINT NOT NULL, note TEXT NOT NULL DEFAULT '')",
    },
  ],
};

const SCRATCH_V2: ModuleMigrations = {
  module: 'scratch',
  migrations: [...SCRATCH.migrations, { version: 2, name: 'extra column', sqlite: 'ALTER TABLE scratch ADD COLUMN extra TEXT', postgres: 'ALTER TABLE scratch ADD COLUMN extra TEXT' }],
};

interface MessageOptions {
  verdict?: ScanReport['verdict'];
  categories?: string[];
  receivedAt?: string;
  configVersion?: string;
  ingestedAt?: string;
}

/** A stored message built from a literal scan report (deterministic: its hash derives from `i`). */
export function message(i: number, o: MessageOptions = {}): StoredMessage {
  const report: ScanReport = {
    source: `mbox#${i}`,
    messageId: `<${i}@example.com>`,
    date: '2025-12-20T09:00:00.000Z',
    from: `torendmicro.com@Torendmicro.example`,
    fromName: 'ウイルスバスター',
    to: ['victim@example.jp'],
    subject: `【警告】 ${i}`,
    verdict: o.verdict ?? 'spam',
    score: 12.5,
    findings: [
      { id: 'FROM_BRAND_DISPLAY_NAME', score: 4.5, group: 'sender', class: 'phishing', description: 'names a brand', evidence: 'ウイルスバスター', data: [{ brand: 'Trend Micro', alias: 'ウイルスバスター' }] },
      { id: 'URL_RECIPIENT_ENCODED', score: 2.5, group: 'links', description: 'carries your address', evidence: 'uid=…' },
      { id: 'HDR_ZERO', score: 0, group: 'headers', description: 'informational', evidence: 'zero' },
    ],
    categories: (o.categories ?? ['malware-lure']).map((name) => ({ name, evidence: ['x'] })),
    themes: [{ name: 'christmas', evidence: ['クリスマス'] }],
    iocs: { urls: [`http://scan.example/?uid=${i}`], domains: ['scan.example'], ips: [], hashes: [{ name: 'invoice.zip', md5: `m${i}`, sha1: `s${i}`, sha256: `h${i}`, size: 10 }] },
    size: 1000 + i,
    sha256: createHash('sha256').update(`message ${i}`).digest('hex'),
    elapsedMs: 1,
    delivery: {
      mailFrom: 'bounce@bulk.example',
      rcptTo: ['victim@example.jp'],
      cc: ['someone@cc.example'],
      replyTo: ['reply@free.example'],
      receivedAt: o.receivedAt ?? '2025-12-20T09:00:07.000Z',
      sendingIp: `203.0.113.${i}`,
    },
  };
  return toStoredMessage(report, { ingestedAt: Date.parse(o.ingestedAt ?? '2026-02-14T00:00:00Z'), configVersion: o.configVersion ?? 'cfg1', modelVersion: 'file model v1' });
}
