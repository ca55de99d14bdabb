/**
 * `npm run bench:store`: the store's figures of issue 11, on SQLite and PostgreSQL in the same run.
 *
 *   node --import tsx bench/store.ts [--threads N] [--rows N] [--no-kill] [--no-postgres]
 *
 * 1. Throughput on the peers' SpamAssassin test split (1,779 messages): scan only (pool, no store), then
 *    ingest into a fresh SQLite file and a fresh PostgreSQL database (same pool), then the same ingest
 *    again (idempotent: nothing new). Storage share = 1 − scan-only time ÷ ingest time.
 * 2. Exactly once after kill -9: the real CLI (`src/test-support/run-cli.ts ingest`, batches of 50) is
 *    killed with SIGKILL once at least one batch was committed (polled on the store, no timer), then run
 *    again to the end: the store must hold 1,779 messages, on both stores.
 * 3. Bytes per message: the SQLite file (after a WAL checkpoint) and the PostgreSQL message tables with
 *    their indexes, divided by the messages stored.
 * 4. A verdict × month count over `--rows` (1,000,000) generated messages, written with one bulk INSERT …
 *    SELECT per store (not by scanning): median of 5 runs after a warm-up, target < 1 s on both.
 * PostgreSQL: 127.0.0.1:5432 (SPAMLAB_TEST_POSTGRES); the bench creates its own databases and drops them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { openSources } from '../src/mail/sources/index.js';
import { createScanPool, loadContentModel } from '../src/runtime/index.js';
import { scanAll } from '../src/scan/pool.js';
import { configVersion, openStore, type Store } from '../src/store/index.js';
import { ingest } from '../src/store/ingest.js';
import { createTestDatabase, type TestDatabase } from '../src/test-support/postgres.js';
import { ensureCorpus, REPO, selectMessages } from './lib/corpus.js';
import { median } from './lib/measure.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const threads = option('--threads', availableParallelism());
const rows = option('--rows', 1_000_000);
const log = (s: string) => process.stderr.write(`${s}\n`);
const out: string[] = [];
const say = (s: string) => {
  out.push(s);
  log(s);
};

ensureCorpus(log);
const { files, label } = selectMessages(false);
const config = defaultConfig();
const modelVersion = (await loadContentModel(config.content.classifier)).source;
const tmp = mkdtempSync(path.join(tmpdir(), 'spamlab-bench-store-'));
const databases: TestDatabase[] = [];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function scanOnly(): Promise<number> {
  const pool = createScanPool({ config, threads });
  const started = performance.now();
  let n = 0;
  try {
    for await (const outcome of scanAll(pool, openSources(files, { maxMessageBytes: config.limits.maxMessageBytes }))) if (!('error' in outcome)) n++;
  } finally {
    await pool.close();
  }
  if (n !== files.length) throw new Error(`scan-only: ${n} of ${files.length} scanned`);
  return (performance.now() - started) / 1000;
}

async function ingestOnce(store: Store): Promise<{ seconds: number; stored: number; duplicates: number; cpu: number }> {
  const pool = createScanPool({ config, threads });
  const started = performance.now();
  const cpu0 = cpuMs();
  try {
    const counts = await ingest({
      store,
      pool,
      items: openSources(files, { maxMessageBytes: config.limits.maxMessageBytes }),
      configVersion: configVersion(config),
      modelVersion,
    });
    return { seconds: (performance.now() - started) / 1000, stored: counts.stored, duplicates: counts.duplicates, cpu: cpuMs() - cpu0 };
  } finally {
    await pool.close();
  }
}

async function count(location: string): Promise<number> {
  const store = await openStore(location);
  try {
    return (await store.messages.stats()).messages;
  } finally {
    await store.close();
  }
}

/** The real CLI, killed with SIGKILL after a committed batch, then run again to the end. */
async function killAndRerun(location: string): Promise<{ atKill: number; final: number }> {
  const args = ['--import', 'tsx', path.join(REPO, 'src/test-support/run-cli.ts'), 'ingest', ...files, '--store', location, '--batch-size', '50', '-q'];
  const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  let exited = false;
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  void done.then(() => (exited = true));
  for (;;) {
    const n = await count(location).catch(() => 0);
    if (n >= 50) break;
    if (exited) throw new Error('the ingest ended before a batch was committed');
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  await done;
  const atKill = await count(location);
  const rerun = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((resolve) => rerun.on('exit', (c) => resolve(c)));
  if (code !== 0) throw new Error(`the rerun exited with ${code}`);
  return { atKill, final: await count(location) };
}

async function bytesPerMessage(store: Store, location: string): Promise<number> {
  const n = (await store.messages.stats()).messages;
  if (store.dialect === 'sqlite') {
    await store.get('PRAGMA wal_checkpoint(TRUNCATE)');
    return statSync(location).size / n;
  }
  const row = await store.get<{ bytes: number }>(
    `SELECT SUM(pg_total_relation_size(c.oid)) AS bytes FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE c.relkind = 'r' AND s.nspname = current_schema() AND c.relname LIKE 'message%'`,
  );
  return Number(row!.bytes) / n;
}

/** Verdict mix and spread of the generated rows: two years, verdicts 60/25/10/5 %. */
const GENERATE_SQLITE = (n: number) => `
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n}),
rows AS (SELECT i, 1672531200000 + (i * 63113) % 63072000000 AS at FROM seq)
INSERT INTO messages (hash, at, month, day, sent_at, received_at, ingested_at, scanned_at, source, message_id, from_addr, from_name,
  from_domain, mail_from, subject, size, verdict, score, sending_ip, config_version, model_version, report)
SELECT printf('%064x', i), at,
  CAST(strftime('%Y%m', at / 1000, 'unixepoch') AS INTEGER), CAST(strftime('%Y%m%d', at / 1000, 'unixepoch') AS INTEGER),
  at, at, at, at, 'generated#' || i, '<' || i || '@gen.example>', 'sender' || (i % 5000) || '@d' || (i % 700) || '.example', '',
  'd' || (i % 700) || '.example', NULL, 'generated ' || i, 3000 + i % 7000,
  CASE WHEN i % 20 < 12 THEN 'clean' WHEN i % 20 < 17 THEN 'spam' WHEN i % 20 < 19 THEN 'phishing' ELSE 'malware' END,
  (i % 300) / 10.0, NULL, 'gen', NULL, '{}'
FROM rows`;

const GENERATE_POSTGRES = (n: number) => `
INSERT INTO messages (hash, at, month, day, sent_at, received_at, ingested_at, scanned_at, source, message_id, from_addr, from_name,
  from_domain, mail_from, subject, size, verdict, score, sending_ip, config_version, model_version, report)
SELECT lpad(to_hex(i), 64, '0'), at,
  to_char(to_timestamp(at / 1000.0) AT TIME ZONE 'UTC', 'YYYYMM')::int, to_char(to_timestamp(at / 1000.0) AT TIME ZONE 'UTC', 'YYYYMMDD')::int,
  at, at, at, at, 'generated#' || i, '<' || i || '@gen.example>', 'sender' || (i % 5000) || '@d' || (i % 700) || '.example', '',
  'd' || (i % 700) || '.example', NULL, 'generated ' || i, 3000 + i % 7000,
  CASE WHEN i % 20 < 12 THEN 'clean' WHEN i % 20 < 17 THEN 'spam' WHEN i % 20 < 19 THEN 'phishing' ELSE 'malware' END,
  (i % 300) / 10.0, NULL, 'gen', NULL, '{}'
FROM (SELECT i, 1672531200000 + (i::bigint * 63113) % 63072000000 AS at FROM generate_series(1, ${n}) AS i) AS g`;

const VERDICT_BY_MONTH = 'SELECT month, verdict, COUNT(*) AS n FROM messages GROUP BY month, verdict ORDER BY month, verdict';

async function queryOverGenerated(store: Store): Promise<{ generateSeconds: number; medianMs: number; groups: number; total: number }> {
  await store.messages.ensureSchema();
  const started = performance.now();
  await store.transaction(async (tx) => {
    await tx.run(store.dialect === 'sqlite' ? GENERATE_SQLITE(rows) : GENERATE_POSTGRES(rows));
  });
  if (store.dialect === 'postgres') await store.run('ANALYZE messages');
  else await store.run('ANALYZE');
  const generateSeconds = (performance.now() - started) / 1000;
  let result: { month: number; verdict: string; n: number }[] = [];
  await store.all(VERDICT_BY_MONTH);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    result = await store.all(VERDICT_BY_MONTH);
    times.push(performance.now() - t0);
  }
  return { generateSeconds, medianMs: median(times), groups: result.length, total: result.reduce((a, r) => a + Number(r.n), 0) };
}

try {
  say(`# bench:store — ${label}, ${threads} scan threads, ${new Date().toISOString()}`);
  say('');
  const loadavg = (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ');
  say(`load average at start: ${loadavg}`);
  const scanSeconds = await scanOnly();
  const scanRate = files.length / scanSeconds;
  say(`scan only: ${files.length} messages in ${scanSeconds.toFixed(1)} s = ${scanRate.toFixed(0)} msg/s`);

  const locations: { name: string; location: () => Promise<string> }[] = [{ name: 'SQLite', location: async () => path.join(tmp, `ingest-${Date.now()}.db`) }];
  if (!flag('--no-postgres')) {
    const db = await createTestDatabase();
    if ('unavailable' in db) say(`PostgreSQL: skipped (${db.unavailable})`);
    else {
      databases.push(db);
      locations.push({ name: 'PostgreSQL', location: () => db.freshSchema() });
    }
  }
  say('');
  say('| store | ingest msg/s | scan-only msg/s (same run) | storage share of ingest time | 2nd ingest: new / already stored | bytes per message | kill -9 then rerun: at kill → final | generate N rows | verdict × month over N rows (median) |');
  say('|---|---|---|---|---|---|---|---|---|');
  for (const { name, location } of locations) {
    const where = await location();
    const store = await openStore(where);
    let line = `| ${name} |`;
    try {
      const first = await ingestOnce(store);
      if (first.stored !== files.length) throw new Error(`${name}: stored ${first.stored} of ${files.length}`);
      const rate = files.length / first.seconds;
      const share = Math.max(0, 1 - scanSeconds / first.seconds);
      const second = await ingestOnce(store);
      const total = (await store.messages.stats()).messages;
      const bytes = await bytesPerMessage(store, where);
      line += ` ${rate.toFixed(0)} (${(first.cpu / files.length).toFixed(2)} CPU ms/msg, all threads) | ${scanRate.toFixed(0)} | ${(share * 100).toFixed(0)} % | ${second.stored} / ${second.duplicates} (store holds ${total}) | ${bytes.toFixed(0)} |`;
    } finally {
      await store.close();
    }
    if (!flag('--no-kill')) {
      const killWhere = await location();
      const k = await killAndRerun(killWhere);
      line += ` ${k.atKill} → **${k.final}** |`;
    } else line += ' – |';
    const genWhere = await location();
    const gen = await openStore(genWhere);
    try {
      const q = await queryOverGenerated(gen);
      line += ` ${q.generateSeconds.toFixed(1)} s | **${q.medianMs.toFixed(0)} ms** (${q.groups} groups, ${q.total} rows) |`;
    } finally {
      await gen.close();
    }
    say(line);
  }
} finally {
  for (const db of databases) await db.drop().catch((err: unknown) => log(`could not drop a bench database: ${String(err)}`));
  rmSync(tmp, { recursive: true, force: true });
}
