import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openSources } from '../../mail/sources/index.js';
import { openStore } from '../../store/index.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../../test-support/postgres.js';
import { REPO_ROOT, sharedData } from '../../test-support/shared-data.js';
import { runCliInProcess } from '../../test-support/cli-in-process.js';

/**
 * `spamlab ingest` end to end on both stores, with real mail (Nazario's phishing mbox, 414 messages):
 * twice → each message once; kill -9 of the real process after some batches were committed, then the
 * same command again → each message exactly once; browsing; a store that fails mid-ingest → exit 74.
 * The full SpamAssassin test split (1,779) is ingested by `npm run bench:store` (figures in NOTES.md).
 */
const MBOX = 'phishing/phishing0.mbox';
const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-ingest-'));
let db: TestDatabase | { unavailable: string } | undefined;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (db && !('unavailable' in db)) await db.drop();
});

const run = runCliInProcess;

/** Distinct messages of an input, by content hash: what the store must hold after any number of runs. */
async function distinctMessages(file: string): Promise<number> {
  const hashes = new Set<string>();
  for await (const item of openSources([file], { maxMessageBytes: 32 * 1024 * 1024 })) {
    if (!('error' in item)) hashes.add(createHash('sha256').update(item.raw).digest('hex'));
  }
  return hashes.size;
}

async function count(location: string): Promise<number> {
  const store = await openStore(location);
  try {
    return (await store.messages.stats()).messages;
  } finally {
    await store.close();
  }
}

/** The real CLI in its own process (so that it can be killed). */
function spawnIngest(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/test-support/run-cli.ts'), 'ingest', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, err })),
  );
  return { child, exited };
}

/** Waits until `predicate` holds on the committed count (polled; no fixed sleeps decide the outcome). */
async function waitForCount(location: string, predicate: (n: number) => boolean, exited: Promise<unknown>): Promise<number> {
  let done = false;
  void exited.then(() => (done = true));
  for (;;) {
    const n = await count(location).catch(() => 0);
    if (predicate(n)) return n;
    if (done) throw new Error(`the ingest ended before the count reached the condition (at ${n})`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function ingestTwiceAndAfterKill(t: TestContext, location: string) {
  const mbox = sharedData(t, MBOX);
  if (!mbox) return;
  const expected = await distinctMessages(mbox);
  assert.ok(expected > 400, `${expected} messages in ${MBOX}`);

  // 1. kill -9 after at least one batch was committed, well before the end.
  const killed = spawnIngest([mbox, '--store', location, '--batch-size', '20', '-j', '1', '-q']);
  const committed = await waitForCount(location, (n) => n >= 20, killed.exited);
  killed.child.kill('SIGKILL');
  const k = await killed.exited;
  assert.equal(k.signal, 'SIGKILL', `the ingest was still running when killed: ${k.err}`);
  const afterKill = await count(location);
  assert.ok(afterKill >= committed && afterKill < expected, `${afterKill} of ${expected} stored when killed`);
  assert.equal(afterKill % 20, 0, 'only whole batches were committed');

  // 2. The same command again: the rest is stored, nothing twice.
  const rerun = await run(['ingest', mbox, '--store', location, '--json', '-j', '1']);
  assert.equal(rerun.code, 0, rerun.err);
  const summary = JSON.parse(rerun.out).summary;
  assert.equal(summary.stored, expected - afterKill);
  assert.equal(await count(location), expected);

  // 3. Once more: nothing new.
  const again = await run(['ingest', mbox, '--store', location, '--json', '-j', '1']);
  assert.equal(again.code, 0, again.err);
  assert.equal(JSON.parse(again.out).summary.stored, 0);
  assert.equal(JSON.parse(again.out).summary.duplicates, expected);
  const stats = await run(['store', 'stats', '--store', location, '--json']);
  const s = JSON.parse(stats.out);
  assert.deepEqual(Object.keys(s).sort(), ['bytes', 'errors', 'messages', 'newest', 'oldest', 'schemaVersion']);
  assert.equal(s.messages, expected);
  assert.ok(s.bytes > 0 && s.schemaVersion >= 1);
  // The analyses were fed in the same transactions: each message counted once in the rollups, and placed in a campaign.
  const store = await openStore(location);
  try {
    const members = await store.get<{ n: number }>('SELECT COUNT(DISTINCT hash) AS n FROM campaign_members');
    assert.equal(Number(members!.n), expected);
    const rolled = await store.get<{ n: number }>("SELECT SUM(count) AS n FROM trend_counts WHERE dimension = 'all' AND period_kind = 'month'");
    assert.equal(Number(rolled!.n), expected);
  } finally {
    await store.close();
  }

  // Browsing what was stored.
  const phishing = await run(['messages', '--store', location, '--verdict', 'phishing', '--limit', '5', '--json']);
  assert.equal(phishing.code, 0, phishing.err);
  const rows = phishing.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(rows.length > 0 && rows.every((r: { verdict: string }) => r.verdict === 'phishing'));
  const shown = await run(['message', rows[0].hash.slice(0, 10), '--store', location, '--lang', 'ja']);
  assert.equal(shown.code, 0, shown.err);
  assert.match(shown.out, /判定: フィッシング/);
  assert.match(shown.out, new RegExp(rows[0].hash));
  const json = JSON.parse((await run(['message', rows[0].hash, '--store', location, '--json'])).out);
  assert.equal(json.hash, rows[0].hash);
  assert.ok(json.report.findings.every((f: { description: string }) => f.description.length > 0), 'explanations rendered again from the ids');
  const finding = json.findings.find((f: { score: number }) => f.score > 0).id as string;
  const byFinding = await run(['messages', '--store', location, '--finding', finding, '--limit', '100000', '--json']);
  assert.ok(byFinding.out.includes(rows[0].hash));
  const inRange = await run(['messages', '--store', location, '--from', '2005-01-01', '--to', '2007-12-31', '--limit', '100000', '--json']);
  assert.ok(inRange.out.trim().split('\n').length > 100);
}

test('ingest into SQLite: kill -9 mid-ingest, rerun, rerun again: every message exactly once', async (t) => {
  await ingestTwiceAndAfterKill(t, path.join(dir, 'spamlab.db'));
});

test('ingest into PostgreSQL: kill -9 mid-ingest, rerun, rerun again: every message exactly once', async (t) => {
  if (!requirePostgres(t, db)) return;
  await ingestTwiceAndAfterKill(t, await db.freshSchema());
});

test('an unreadable item is kept as an error row with its source; usage errors', async () => {
  const location = path.join(dir, 'errors.db');
  const good = path.join(dir, 'good.eml');
  writeFileSync(good, 'From: a@example.com\r\nTo: b@example.org\r\nSubject: hello\r\nMessage-ID: <1@example.com>\r\n\r\nHi.\r\n');
  const r = await run(['ingest', good, path.join(dir, 'missing.eml'), '--store', location, '--json']);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).summary.errors, 1);
  const store = await openStore(location);
  try {
    const errors = await store.all<{ source: string }>('SELECT source FROM message_errors');
    assert.deepEqual(errors.map((e) => e.source), [path.join(dir, 'missing.eml')]);
    assert.equal((await store.messages.stats()).errors, 1);
  } finally {
    await store.close();
  }
  // Rescans: from the paths again, and from the raw messages kept in the store; each one recorded.
  const keep = await run(['ingest', good, '--store', location, '--keep-raw', '--rescan', '--json']);
  assert.equal(keep.code, 0, keep.err);
  assert.equal(JSON.parse(keep.out).summary.rescanned, 1);
  const fromStore = await run(['ingest', '--rescan', '--store', location, '--json']);
  assert.equal(fromStore.code, 0, fromStore.err);
  assert.equal(JSON.parse(fromStore.out).summary.rescanned, 1, 'the raw message kept by the rescan above');
  const check = await openStore(location);
  try {
    const scans = await check.all<{ n: number }>('SELECT COUNT(*) AS n FROM message_scans');
    assert.equal(Number(scans[0]!.n), 3, 'its first scan and two rescans');
  } finally {
    await check.close();
  }
  assert.equal((await run(['ingest', '--store', location])).code, 2);
  assert.equal((await run(['messages', '--store', location, '--from', 'yesterday'])).code, 2);
  assert.equal((await run(['message', 'zz', '--store', location])).code, 2);
  assert.equal((await run(['message', 'abcdef', '--store', location])).code, 3);
  assert.equal((await run(['store', 'stats', '--store', path.join(dir, 'absent.db')])).code, 74);
  // No Date and no Received header: the message is dated by its ingest (now), so a 1-day retention keeps it.
  const prune = await run(['store', 'prune', '--store', location, '--max-age-days', '1', '--json']);
  assert.equal(prune.code, 0, prune.err);
  assert.deepEqual(JSON.parse(prune.out).pruned, { messages: 0, errors: 0 });
  assert.equal((await run(['store', 'prune', '--store', location])).code, 2, 'no retention given or configured');
});

test('PostgreSQL gone mid-ingest: a clear error and exit 74, committed batches kept', async (t) => {
  if (!requirePostgres(t, db)) return;
  const mbox = sharedData(t, MBOX);
  if (!mbox) return;
  // A role of its own, so the test can refuse it new connections and end its current ones.
  const role = `spamlab_ingest_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  const schema = `gone_${Math.floor(Math.random() * 1e6)}`;
  try {
    await admin.query(`CREATE ROLE ${role} LOGIN`);
    await admin.query(`CREATE SCHEMA ${schema} AUTHORIZATION ${role}`);
    const url = new URL(db.url);
    url.username = role;
    url.searchParams.set('options', `-c search_path=${schema}`);
    const location = url.toString();
    const ingest = spawnIngest([mbox, '--store', location, '--batch-size', '20', '-j', '1', '-q']);
    await waitForCount(location, (n) => n >= 20, ingest.exited);
    await admin.query(`ALTER ROLE ${role} NOLOGIN`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [role]);
    const result = await ingest.exited;
    assert.equal(result.code, 74, result.err);
    assert.match(result.err, /spamlab: (lost the connection to|cannot open) the store postgres:\/\//);
    const kept = Number((await admin.query(`SELECT COUNT(*) AS n FROM ${schema}.messages`)).rows[0].n);
    assert.ok(kept >= 20 && kept % 20 === 0, `${kept} kept`);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  }
});
