/**
 * Scale-out end to end, with real processes: `spamlab ingest --queue` and `spamlab worker` processes on
 * the real Redis and PostgreSQL. Each test has its own key prefix (or its own redis-server) and its own
 * schema, and cleans up. Tests wait on counts in the store and the queue, never on a sleep.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { Queue } from 'bullmq';
import { runCli } from '../test-support/capture.js';
import { createTestDatabase, requirePostgres } from '../test-support/postgres.js';
import { storeResults } from './test-support/compare.js';
import { writeCorpus } from './test-support/corpus.js';
import { spawnCli, waitUntil, type CliProcess } from './test-support/processes.js';
import { requireRedis, startPrivateRedis, testQueueUrl, uniquePrefix } from './test-support/redis.js';
import { scratch, storedCount, tally } from './test-support/setup.js';
import { QUEUE_NAME } from './address.js';
import { shuffled } from '../test-support/campaign-corpus.js';

const db = await createTestDatabase();
after(() => ('drop' in db! ? db.drop() : undefined));


function worker(queueUrl: string, storeUrl: string, config: string, extra: string[] = []): CliProcess {
  return spawnCli(['worker', '--queue', queueUrl, '--store', storeUrl, '-c', config, '-j', '1', '--log-level', 'warn', ...extra]);
}

async function stop(p: CliProcess): Promise<number | string> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  return p.exited;
}

function summaryOf(p: CliProcess): Record<string, number | boolean | string> {
  const line = p.output().split('\n').find((l) => l.startsWith('{"summary"'));
  assert.ok(line, `no summary in:\n${p.output()}`);
  return (JSON.parse(line) as { summary: Record<string, number | boolean | string> }).summary;
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function storedHashes(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return new Set((await client.query<{ hash: string }>('SELECT hash FROM messages')).rows.map((r) => r.hash));
  } finally {
    await client.end();
  }
}

function bullQueue(url: string, prefix: string): Queue {
  const u = new URL(url);
  const queue = new Queue(QUEUE_NAME, { connection: { host: u.hostname, port: Number(u.port), maxRetriesPerRequest: null }, prefix });
  queue.on('error', () => undefined);
  return queue;
}

test('ingest --queue with two worker processes stores every message exactly once, with the verdicts and campaigns of the embedded ingest', async (t) => {
  if (!requirePostgres(t, db)) return;
  const redis = await requireRedis(t);
  if (!redis) return;
  const prefix = uniquePrefix('two');
  t.after(() => redis.cleanup(prefix));
  const { dir, config } = scratch(t);
  const corpus = path.join(dir, 'mail');
  const files = writeCorpus(corpus, 90);
  const storeUrl = await db.freshSchema();
  const queueUrl = testQueueUrl(prefix);

  const workers = [worker(queueUrl, storeUrl, config), worker(queueUrl, storeUrl, config)];
  const producer = spawnCli(['ingest', '--queue', queueUrl, '--store', storeUrl, '-c', config, '--json', corpus]);
  assert.equal(await producer.exited, 0, producer.output());
  const summary = summaryOf(producer);
  assert.equal(summary.read, files.length);
  assert.equal(summary.enqueued, files.length);
  assert.equal(summary.stored, files.length);
  assert.equal(summary.settled, true);
  for (const w of workers) assert.equal(await stop(w), 0, w.output());

  const counts = await tally(storeUrl);
  assert.deepEqual(counts, { messages: 90, distinct: 90, trendTotal: 90, campaignMembers: 90, errors: 0 });

  // The same corpus through the embedded default (in-process ingest into SQLite) gives the same results,
  // although it reads the files in another order (a seeded shuffle) and commits them 7 at a time.
  const sqlite = path.join(dir, 'embedded.db');
  const embeddedRun = await runCli(['ingest', ...shuffled(files, 3), '--store', sqlite, '-c', config, '--batch-size', '7', '--json']);
  assert.equal(embeddedRun.code, 0, embeddedRun.stderr);
  const embedded = await storeResults(sqlite);
  const queued = await storeResults(storeUrl);
  assert.deepEqual(queued.verdicts, embedded.verdicts);
  assert.ok(embedded.campaigns.length >= 3, `the corpus forms campaigns (${embedded.campaigns.length})`);
  assert.deepEqual(queued.campaigns, embedded.campaigns);
  // Same ids, first/last seen, sizes, subjects and distinct IP and sender counts.
  assert.deepEqual(queued.campaignRows, embedded.campaignRows);

  // Ingesting again enqueues nothing: everything is already stored.
  const again = spawnCli(['ingest', '--queue', queueUrl, '--store', storeUrl, '-c', config, '--json', corpus]);
  assert.equal(await again.exited, 0, again.output());
  assert.equal(summaryOf(again).alreadyStored, 90);
  assert.equal(summaryOf(again).enqueued, 0);
});

test('a worker killed with SIGKILL mid-batch loses nothing and duplicates nothing', async (t) => {
  if (!requirePostgres(t, db)) return;
  const redis = await requireRedis(t);
  if (!redis) return;
  const prefix = uniquePrefix('kill');
  t.after(() => redis.cleanup(prefix));
  const { dir, config } = scratch(t);
  const corpus = path.join(dir, 'mail');
  writeCorpus(corpus, 150, 11);
  const storeUrl = await db.freshSchema();
  const queueUrl = testQueueUrl(prefix);
  const queue = bullQueue('redis://127.0.0.1:6379', prefix);
  t.after(() => queue.close());

  const producer = spawnCli(['ingest', '--queue', queueUrl, '--store', storeUrl, '-c', config, '--json', corpus]);
  const first = worker(queueUrl, storeUrl, config, ['--batch-size', '10']);
  await waitUntil(async () => (await storedCount(storeUrl)) >= 10, 'the first worker to commit a batch');
  first.child.kill('SIGKILL');
  assert.equal(await first.exited, 'SIGKILL');
  const atKill = await storedCount(storeUrl);
  assert.ok(atKill < 150, `killed midway (${atKill} of 150 stored)`);
  // Jobs it held are still marked active: only the dead worker could hold them.
  assert.ok(((await queue.getJobCounts('active')).active ?? 0) > 0, 'the killed worker held jobs');

  const second = worker(queueUrl, storeUrl, config);
  const third = worker(queueUrl, storeUrl, config);
  assert.equal(await producer.exited, 0, producer.output());
  assert.equal(summaryOf(producer).stored, 150);
  for (const w of [second, third]) assert.equal(await stop(w), 0, w.output());
  assert.deepEqual(await tally(storeUrl), { messages: 150, distinct: 150, trendTotal: 150, campaignMembers: 150, errors: 0 });
  assert.deepEqual(await queue.getJobCounts('wait', 'active', 'delayed', 'failed'), { wait: 0, active: 0, delayed: 0, failed: 0 });
});

test('SIGTERM: the worker commits the jobs it holds and exits 0; another worker finishes the rest', async (t) => {
  if (!requirePostgres(t, db)) return;
  const redis = await requireRedis(t);
  if (!redis) return;
  const prefix = uniquePrefix('term');
  t.after(() => redis.cleanup(prefix));
  const { dir, config } = scratch(t);
  const corpus = path.join(dir, 'mail');
  const files = writeCorpus(corpus, 80, 13);
  const storeUrl = await db.freshSchema();
  const queueUrl = testQueueUrl(prefix);
  const queue = bullQueue('redis://127.0.0.1:6379', prefix);
  t.after(() => queue.close());

  const producer = spawnCli(['ingest', '--queue', queueUrl, '--store', storeUrl, '-c', config, '--no-wait', '--json', corpus]);
  assert.equal(await producer.exited, 0, producer.output());
  // Few jobs held and small batches, so the signal lands with most of the queue still waiting.
  const first = worker(queueUrl, storeUrl, config, ['--concurrency', '2', '--batch-size', '5']);
  await waitUntil(async () => (await storedCount(storeUrl)) >= 5, 'the worker to commit a batch');
  assert.equal(await stop(first), 0, first.output());
  // Nothing is left held by the stopped worker: what it had taken is committed and acknowledged.
  assert.equal((await queue.getJobCounts('active')).active, 0);
  // Nothing is lost: every message is stored or still waiting. Both at once is allowed — on a loaded machine a
  // lock renewal can come late, the job goes back to wait while its scan commits, and the redelivery is
  // idempotent (the tally below counts distinct messages) — so the check is a union of hashes, not a sum.
  const stored = await storedHashes(storeUrl);
  const waiting = (await queue.getJobs(['wait', 'delayed'])).map((job) => (job.data as { hash: string }).hash);
  const missing = files.filter((file) => { const h = sha256Hex(readFileSync(file)); return !stored.has(h) && !waiting.includes(h); });
  assert.deepEqual(missing, [], `stored ${stored.size}, waiting ${waiting.length}`);

  const second = worker(queueUrl, storeUrl, config, ['--exit-when-drained']);
  assert.equal(await second.exited, 0, second.output());
  assert.deepEqual(await tally(storeUrl), { messages: 80, distinct: 80, trendTotal: 80, campaignMembers: 80, errors: 0 });
});

test('a Redis restart (nothing on disk) loses the queued jobs: the producer notices and re-drives them from its input', async (t) => {
  if (!requirePostgres(t, db)) return;
  const redis = await startPrivateRedis(t);
  if (!redis) return;
  const { dir, config } = scratch(t);
  const corpus = path.join(dir, 'mail');
  writeCorpus(corpus, 40, 17);
  const storeUrl = await db.freshSchema();
  const queueUrl = `${redis.url}?prefix=restart`;

  const producer = spawnCli(['ingest', '--queue', queueUrl, '--store', storeUrl, '-c', config, '--json', corpus]);
  const queue = bullQueue(redis.url, 'restart');
  await waitUntil(async () => (await queue.getJobCounts('wait')).wait === 40, 'all 40 jobs waiting in Redis');
  await queue.close();
  await redis.kill();
  await redis.start();
  const w = worker(queueUrl, storeUrl, config);
  assert.equal(await producer.exited, 0, producer.output());
  const summary = summaryOf(producer);
  assert.ok(Number(summary.redisRestarts) >= 1, producer.output());
  assert.equal(summary.redriven, 40);
  assert.equal(summary.stored, 40);
  assert.equal(await stop(w), 0, w.output());
  assert.deepEqual(await tally(storeUrl), { messages: 40, distinct: 40, trendTotal: 40, campaignMembers: 40, errors: 0 });
});

test('PostgreSQL connections of a worker terminated again and again: the worker recovers, nothing is lost or doubled', async (t) => {
  if (!requirePostgres(t, db)) return;
  const redis = await requireRedis(t);
  if (!redis) return;
  const prefix = uniquePrefix('pgdrop');
  t.after(() => redis.cleanup(prefix));
  const { dir, config } = scratch(t);
  const corpus = path.join(dir, 'mail');
  writeCorpus(corpus, 100, 19);
  const plainUrl = await db.freshSchema();
  const base = new URL(plainUrl);
  const app = `spamlab-queue-test-${process.pid}-${Date.now()}`;
  base.searchParams.set('application_name', app);
  const storeUrl = base.toString();
  const queueUrl = testQueueUrl(prefix);

  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  t.after(() => admin.end());
  const w = worker(queueUrl, storeUrl, config, ['--batch-size', '10']);
  // The producer reads the same store under another application name: only the worker's connections are cut.
  const producer = spawnCli(['ingest', '--queue', queueUrl, '--store', plainUrl, '-c', config, '--json', corpus]);
  // Five times, each after the worker made progress (so never while it starts): cut every connection of the
  // worker while one of them is inside a transaction (the worker only writes in insertBatch transactions).
  let terminated = 0;
  let storedAtCut = 0;
  await waitUntil(async () => {
    if (terminated < 5) {
      const now = await storedCount(plainUrl);
      const busy = await admin.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND state IN ('active', 'idle in transaction')", [app]);
      if (now > storedAtCut && (busy.rowCount ?? 0) > 0) {
        const r = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [app]);
        if ((r.rowCount ?? 0) > 0) {
          terminated++;
          storedAtCut = now;
        }
      }
    }
    return producer.child.exitCode !== null;
  }, 'the producer to see every message stored', 180_000, 10).catch((err: Error) => {
    throw new Error(`${err.message} (${terminated} cuts)\nworker:\n${w.output().slice(-3000)}\nproducer:\n${producer.output().slice(-1000)}`);
  });
  assert.equal(await producer.exited, 0, producer.output());
  assert.ok(terminated > 0, 'connections were terminated');
  assert.match(w.output(), /store write failed; retrying/, 'a write was cut mid-transaction and retried');
  assert.equal(w.child.exitCode, null, `the worker is still running:\n${w.output()}`);
  assert.equal(summaryOf(producer).stored, 100);
  assert.equal(await stop(w), 0, w.output());
  assert.deepEqual(await tally(storeUrl), { messages: 100, distinct: 100, trendTotal: 100, campaignMembers: 100, errors: 0 });
});
