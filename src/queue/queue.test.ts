/**
 * The queue in-process on the real Redis and PostgreSQL: addresses, dead letters (re-queue, purge),
 * a scan that throws, back-pressure. Each test has its own key prefix and schema, and cleans up.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../config/load.js';
import { openSources } from '../mail/sources/index.js';
import { createScanPool, storeIndexers } from '../runtime/index.js';
import { openStore, type Store } from '../store/index.js';
import { runCli } from '../test-support/capture.js';
import { createTestDatabase, requirePostgres } from '../test-support/postgres.js';
import { parseQueueUrl, QueueAddressError } from './address.js';
import { ScanQueue } from './jobs.js';
import { enqueueSources } from './producer.js';
import { writeCorpus } from './test-support/corpus.js';
import { waitUntil } from './test-support/processes.js';
import { requireRedis, testQueueUrl, uniquePrefix } from './test-support/redis.js';
import { scratch } from './test-support/setup.js';
import { startQueueWorker } from './worker.js';
import type { SpamlabConfig } from '../config/schema.js';
import { createMetrics, type SpamlabMetrics } from '../observability/index.js';
import { parseExposition } from '../observability/test-support/exposition.js';
import { observeQueue } from './ops.js';

const db = await createTestDatabase();
after(() => ('drop' in db! ? db.drop() : undefined));

const config = defaultConfig();
const settings: SpamlabConfig['queue'] = { ...config.queue, attempts: 2, backoffMs: 10, lockMs: 5_000, stalledCheckMs: 1_000 };

test('queue URLs: host, port, database and prefix; a password is never shown; bad URLs are refused with the reason', () => {
  const a = parseQueueUrl('redis://:s3cret@10.0.0.5:6380/3?prefix=lab.1');
  assert.deepEqual(a.redis, { host: '10.0.0.5', port: 6380, db: 3, password: 's3cret' });
  assert.equal(a.prefix, 'lab.1');
  assert.doesNotMatch(a.display, /s3cret/);
  assert.equal(parseQueueUrl('redis://localhost').prefix, 'spamlab');
  assert.deepEqual(parseQueueUrl('rediss://cache.example').redis.tls, {});
  assert.throws(() => parseQueueUrl('postgres://db/x'), QueueAddressError);
  assert.throws(() => parseQueueUrl('redis://h/x'), /database/);
  assert.throws(() => parseQueueUrl('redis://h?prefix=a b'), /prefix/);
  assert.throws(() => parseQueueUrl('not a url'), /not a queue URL/);
});

interface Rig {
  queueUrl: string;
  queue: ScanQueue;
  store: Store;
  dir: string;
}

async function rig(t: import('node:test').TestContext, name: string, queueSettings = settings): Promise<Rig | undefined> {
  if (!requirePostgres(t, db)) return undefined;
  const redis = await requireRedis(t);
  if (!redis) return undefined;
  const prefix = uniquePrefix(name);
  const queueUrl = testQueueUrl(prefix);
  const queue = new ScanQueue(parseQueueUrl(queueUrl), queueSettings);
  const store = await openStore(await db.freshSchema());
  t.after(async () => {
    await queue.close();
    await store.close();
    await redis.cleanup(prefix);
  });
  return { queueUrl, queue, store, dir: scratch(t).dir };
}

function startWorker(r: Rig, pool = createScanPool({ config, threads: 0, fingerprint: true }), metrics?: SpamlabMetrics) {
  const worker = startQueueWorker({
    address: r.queue.address, settings: r.queue.settings, store: r.store, pool, indexers: storeIndexers(), configVersion: 'test', modelVersion: null,
    maxMessageBytes: config.limits.maxMessageBytes, batchSize: 20, ...(metrics ? { metrics } : {}),
  });
  return {
    worker,
    async stop() {
      await worker.close();
      await pool.close();
    },
  };
}

const stored = async (store: Store) => (await store.messages.stats()).messages;
const cli = async (...args: string[]) => {
  const run = await runCli(args);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as Record<string, unknown> & { total: number; items: { id: string; source: string; attempts: number; error: string; path?: string }[] };
};

test('a file the workers cannot read fails every attempt, lands in the dead-letter list and an error row, and is stored once re-queued', async (t) => {
  const r = await rig(t, 'dead');
  if (!r) return;
  const corpus = path.join(r.dir, 'mail');
  const files = writeCorpus(corpus, 10, 23);
  const missing = files[3]!;
  const bytes = readFileSync(missing);
  const counts = await enqueueSources({ queue: r.queue, open: () => openSources([corpus], { maxMessageBytes: 1 << 20 }), byReference: true, store: r.store });
  assert.equal(counts.byReference, 10);
  rmSync(missing);
  const w = startWorker(r);
  t.after(() => w.stop());
  await waitUntil(async () => (await stored(r.store)) === 9 && (await r.queue.counts()).failed === 1, '9 stored and 1 dead letter');
  assert.equal(w.worker.counts.deadLettered, 1);
  assert.equal(w.worker.counts.failedAttempts, 2);

  const list = await cli('queue', 'dead-letter', 'list', '--json', '--queue', r.queueUrl);
  assert.equal(list.total, 1);
  assert.equal(list.items[0]!.source, missing);
  assert.equal(list.items[0]!.attempts, 2);
  assert.match(list.items[0]!.error, /cannot read/);
  const shown = await cli('queue', 'dead-letter', 'show', list.items[0]!.id.slice(0, 10), '--json', '--queue', r.queueUrl);
  assert.equal(shown.path, missing);
  // The store keeps the failure by source, as ingest keeps an unreadable message.
  const errors = await r.store.all<{ source: string; error: string }>('SELECT source, error FROM message_errors');
  assert.deepEqual(errors.map((e) => e.source), [missing]);
  assert.match(errors[0]!.error, /dead-lettered after 2 attempts/);

  writeFileSync(missing, bytes);
  const requeued = await cli('queue', 'dead-letter', 'requeue', '--all', '--json', '--queue', r.queueUrl);
  assert.deepEqual(requeued.requeued, [list.items[0]!.id]);
  await waitUntil(async () => (await stored(r.store)) === 10, 'the re-queued message stored');
  assert.equal((await r.queue.counts()).failed, 0);
  assert.equal((await r.store.all('SELECT source FROM message_errors')).length, 0, 'the error row is cleared once the message is stored');
});

test('a scan that throws fails only its own job: the rest of the batch is stored; the dead letters can be purged', async (t) => {
  const r = await rig(t, 'throw');
  if (!r) return;
  const corpus = path.join(r.dir, 'mail');
  const files = writeCorpus(corpus, 12, 29);
  for (const f of [files[2]!, files[7]!]) writeFileSync(f, `X-Test-Crash: yes\r\n${readFileSync(f, 'utf8')}`);
  await enqueueSources({ queue: r.queue, open: () => openSources([corpus], { maxMessageBytes: 1 << 20 }), store: r.store });
  const pool = createScanPool({ config, threads: 0, fingerprint: true, scannerModule: new URL('./test-support/throwing-scanner.ts', import.meta.url) });
  const w = startWorker(r, pool);
  t.after(() => w.stop());
  await waitUntil(async () => (await stored(r.store)) === 10 && (await r.queue.counts()).failed === 2, '10 stored and 2 dead letters');
  const list = await cli('queue', 'dead-letter', 'list', '--json', '--queue', r.queueUrl);
  assert.deepEqual(list.items.map((i) => i.source).sort(), [files[2], files[7]]);
  for (const item of list.items) {
    assert.equal(item.attempts, 2);
    assert.match(item.error, /a check crashed on this message/);
  }
  const purged = await cli('queue', 'dead-letter', 'purge', '--all', '--json', '--queue', r.queueUrl);
  assert.equal((purged.purged as string[]).length, 2);
  assert.equal((await r.queue.counts()).failed, 0);
  // What could not be scanned is still recorded by source in the store.
  assert.equal((await r.store.all('SELECT source FROM message_errors')).length, 2);
});

test('back-pressure: the producer never lets more than queue.maxWaiting jobs wait in Redis; the worker reports to Prometheus metrics', async (t) => {
  const r = await rig(t, 'bp', { ...settings, maxWaiting: 8 });
  if (!r) return;
  const corpus = path.join(r.dir, 'mail');
  writeCorpus(corpus, 60, 31);
  const seen: number[] = [];
  const producing = enqueueSources({
    queue: r.queue,
    open: () => openSources([corpus], { maxMessageBytes: 1 << 20 }),
    store: r.store,
    wait: true,
    pollMs: 20,
    onProgress: () => void r.queue.counts().then((c) => seen.push(c.waiting + c.delayed)),
  });
  // No worker yet: the producer fills the queue to the bound and waits there.
  await waitUntil(async () => (await r.queue.counts()).waiting === 8, 'the queue to fill up to maxWaiting');
  const metrics = createMetrics({ processMetrics: false });
  const readiness = observeQueue(r.queue, metrics);
  const w = startWorker(r, undefined, metrics);
  t.after(() => w.stop());
  const counts = await producing;
  assert.equal(counts.enqueued, 60);
  const exposition = parseExposition(await metrics.registry.metrics());
  const scanned = exposition.samples.filter((s) => s.name === 'spamlab_messages_scanned_total' && s.labels.via === 'worker').reduce((a, s) => a + s.value, 0);
  assert.equal(scanned, 60);
  assert.ok((exposition.value('spamlab_store_write_duration_seconds_count', { store: 'postgres' }) ?? 0) >= 1);
  assert.equal(exposition.value('spamlab_queue_jobs', { queue: 'scan', state: 'waiting' }), 0);
  await readiness.check();
  assert.equal(counts.stored, 60);
  assert.ok(counts.peakWaiting <= 8, `peak ${counts.peakWaiting}`);
  assert.ok(Math.max(...seen) <= 8, `sampled ${Math.max(...seen)}`);
  assert.equal(await stored(r.store), 60);
});

test('commands without a queue, or with a bad one, say what to give', async () => {
  const none = await runCli(['worker', '--store', ':memory:'], '');
  assert.equal(none.code, 2);
  assert.match(none.stderr, /name the queue with --queue/);
  const bad = await runCli(['queue', 'stats', '--queue', 'http://x']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /redis:\/\//);
  const both = await runCli(['queue', 'dead-letter', 'purge', 'abc', '--all', '--queue', 'redis://127.0.0.1:6379?prefix=nothing-here']);
  assert.equal(both.code, 2);
});

test('serve --queue: POST /api/queue hands a message to the workers (202), its status follows it to the store; a full queue answers 503', async (t) => {
  const r = await rig(t, 'http', { ...settings, maxWaiting: 1 });
  if (!r) return;
  const { createApp } = await import('../server/app.js');
  const { testDeps, auth } = await import('../server/test-support/deps.js');
  const { queueHandOff, QueueFullError } = await import('./hand-off.js');
  const handOff = queueHandOff(r.queue, r.store);
  const deps = testDeps({ queue: { ...handOff, isFull: (err) => err instanceof QueueFullError } });
  t.after(() => (deps.scanner as unknown as { close(): Promise<void> }).close());
  const { app } = createApp(deps);
  const files = writeCorpus(path.join(r.dir, 'mail'), 2, 37);
  const post = (file: string) => app.request('/api/queue?source=upload', { method: 'POST', headers: { ...auth, Rcpt: 'user@example.net' }, body: readFileSync(file) });

  const first = await post(files[0]!);
  assert.equal(first.status, 202);
  const { id, state } = (await first.json()) as { id: string; state: string };
  assert.equal(state, 'queued');
  assert.equal(((await (await post(files[0]!)).json()) as { state: string }).state, 'already-queued');
  // maxWaiting 1 and no worker yet: a second message is refused, not queued.
  const full = await post(files[1]!);
  assert.equal(full.status, 503);
  assert.equal(full.headers.get('Retry-After'), '5');
  assert.equal(((await full.json()) as { error: { code: string } }).error.code, 'queue_full');
  const status = async () => ((await (await app.request(`/api/queue/${id}`, { headers: auth })).json()) as { state: string }).state;
  assert.equal(await status(), 'waiting');

  const w = startWorker(r);
  t.after(() => w.stop());
  await waitUntil(async () => (await status()) === 'stored', 'the handed-off message stored');
  const kept = await r.store.messages.get(id);
  assert.equal(kept?.source, 'upload');
  assert.deepEqual(kept?.report.delivery?.rcptTo, ['user@example.net']);
  assert.equal(((await (await post(files[0]!)).json()) as { state: string }).state, 'stored');

  const plainDeps = testDeps();
  t.after(() => (plainDeps.scanner as unknown as { close(): Promise<void> }).close());
  const { app: plain } = createApp(plainDeps);
  const none = await plain.request('/api/queue', { method: 'POST', headers: auth, body: readFileSync(files[1]!) });
  assert.equal(none.status, 503);
  assert.equal(((await none.json()) as { error: { code: string } }).error.code, 'no_queue');
});
