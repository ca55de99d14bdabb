/**
 * `npm run bench:scale`: scale-out figures of issue 16 — the queue (BullMQ on Redis), `spamlab worker`
 * processes and the PostgreSQL store, on the peers' SpamAssassin test split (1,779 messages).
 *
 *   node --import tsx bench/scale.ts [--all] [--no-kill]
 *
 * 1. Throughput: the corpus is enqueued first (in this process), then 1 worker with 1 scan thread, 2 workers
 *    with 1 thread each, and 1 worker with 2 threads drain it into a fresh PostgreSQL schema. msg/s is taken
 *    from the first stored message to the last (worker start-up — loading the model — is reported apart).
 * 2. CPU per message, from each process's own counters (load-independent): the workers (process.cpuUsage
 *    of every thread, logged when they stop), the bench's private redis-server (INFO cpu) and the PostgreSQL
 *    backends serving the workers (/proc/PID/stat); plus scan-only CPU in this process for comparison. The
 *    largest share names the bottleneck; each share's ceiling gives the expected scaling to N machines.
 * 3. Done-when: the same corpus through the embedded default (in-process ingest into SQLite) and through the
 *    queue + 2 workers + PostgreSQL gives the same counts, verdicts (per hash) and campaigns (member sets);
 *    then again with one of the two workers SIGKILLed midway: messages in = messages stored, exactly.
 * A private redis-server on a free loopback port (nothing on disk) is started and stopped by the bench;
 * PostgreSQL: 127.0.0.1:5432 (SPAMLAB_TEST_POSTGRES), a database of its own, dropped at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { defaultConfig } from '../src/config/load.js';
import { openSources } from '../src/mail/sources/index.js';
import { enqueueSources, parseQueueUrl, ScanQueue } from '../src/queue/index.js';
import { createScanPool } from '../src/runtime/index.js';
import { scanAll } from '../src/scan/pool.js';
import { openStore } from '../src/store/index.js';
import { runCli } from '../src/test-support/capture.js';
import { createTestDatabase, type TestDatabase } from '../src/test-support/postgres.js';
import { storeResults, type StoreResults } from '../src/queue/test-support/compare.js';
import { freePort } from '../src/queue/test-support/redis.js';
import { ensureCorpus, REPO, selectMessages } from './lib/corpus.js';

const argv = process.argv.slice(2);
const log = (s: string) => process.stderr.write(`${s}\n`);
const out: string[] = [];
const say = (s: string) => {
  out.push(s);
  log(s);
};
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const cpuMsOf = (u = process.cpuUsage()) => (u.user + u.system) / 1000;
const RUN_CLI = path.join(REPO, 'src/test-support/run-cli.ts');
const TICK_MS = 1000 / 100; // USER_HZ: /proc/PID/stat counts CPU time in 1/100 s
/** CPU ms of a worker's start-up (+ one message + stop), by scan threads: subtracted from each run. */
const startup = new Map<number, number>();

ensureCorpus(log);
const { files, label } = selectMessages(argv.includes('--all'));
const config = defaultConfig();
const tmp = mkdtempSync(path.join(tmpdir(), 'spamlab-bench-scale-'));
const configFile = path.join(tmp, 'spamlab.yaml');
// Dead workers' jobs come back after 5 s (the kill run), not 30.
writeFileSync(configFile, 'queue:\n  lockMs: 5000\n  stalledCheckMs: 1000\n  maxStalled: 20\n');

// ------------------------------------------------------------------------------------ private Redis
const redisPort = await freePort();
const redisServer = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], { stdio: 'ignore' });
/** Every child this bench started (the private redis-server, worker processes): stopped if the bench is interrupted. */
const children = new Set<ChildProcess>([redisServer]);
/** Drops the bench's PostgreSQL database once it exists. */
let dropDatabase: (() => Promise<void>) | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    log(`bench:scale: ${signal}, stopping the redis-server and workers it started and dropping its database`);
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
    void Promise.race([(dropDatabase?.() ?? Promise.resolve()).catch(() => undefined), timeout]).finally(() => process.exit(130));
  });
}
const redis = new Redis({ port: redisPort, host: '127.0.0.1', maxRetriesPerRequest: null });
redis.on('error', () => undefined);
for (let i = 0; ; i++) {
  try {
    await redis.ping();
    break;
  } catch (err) {
    if (i > 200) throw err;
    await new Promise((r) => setTimeout(r, 25));
  }
}
const redisCpuMs = async () => {
  const info = await redis.info('cpu');
  const num = (k: string) => Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return (num('used_cpu_sys') + num('used_cpu_user')) * 1000;
};

const made = await createTestDatabase();
if ('unavailable' in made) throw new Error(made.unavailable);
const db: TestDatabase = made;
dropDatabase = async () => {
  try {
    // Its own connection first: a database with a client cannot be dropped (and `admin` may not exist yet).
    await admin.end();
  } catch {
    // not connected
  }
  await db.drop();
};
const admin = new pg.Client({ connectionString: db.url });
await admin.connect();

/** CPU (ms) of the PostgreSQL backends with this application name, read from /proc while they live. */
async function backendCpuMs(app: string): Promise<number> {
  const rows = (await admin.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [app])).rows as { pid: number }[];
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // The backend ended in between.
    }
  }
  return ticks * TICK_MS;
}

const storedCount = async (url: string) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query('SELECT COUNT(*) AS n FROM messages')).rows[0].n);
  } catch {
    return 0;
  } finally {
    await c.end();
  }
};

interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<number | string | null>;
  output: () => string;
}
function startWorker(queueUrl: string, storeUrl: string, threads: number, extra: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN_CLI, 'worker', '--queue', queueUrl, '--store', storeUrl, '-c', configFile, '-j', String(threads), '--log-level', 'warn', ...extra], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return { child, exited, output: () => text };
}
function finalCounts(w: WorkerProcess): { scanned: number; stored: number; duplicates: number; cpuMs: number; batches: number } | undefined {
  const line = w.output().split('\n').find((l) => l.includes('"worker stopped"'));
  return line ? (JSON.parse(line) as { scanned: number; stored: number; duplicates: number; cpuMs: number; batches: number }) : undefined;
}

async function enqueueAll(queueUrl: string, storeUrl: string): Promise<number> {
  const queue = new ScanQueue(parseQueueUrl(queueUrl), { ...config.queue, maxWaiting: files.length + 10 });
  const store = await openStore(storeUrl);
  try {
    const counts = await enqueueSources({ queue, open: () => openSources(files, { maxMessageBytes: config.limits.maxMessageBytes }), store });
    if (counts.enqueued + counts.repeated !== files.length) log(`enqueued ${counts.enqueued} (+${counts.repeated} repeated) of ${files.length}`);
    return counts.enqueued;
  } finally {
    await store.close();
    await queue.close();
  }
}

/**
 * CPU of a worker that starts (tsx compiling the sources, the model loaded by each scan thread), scans one
 * message and stops: subtracted from each run's workers so the per-message figure is the steady cost.
 */
async function startupCpuMs(threads: number): Promise<number> {
  const schema = await db.freshSchema();
  const prefix = `baseline${threads}`;
  const queue = new ScanQueue(parseQueueUrl(`redis://127.0.0.1:${redisPort}/0?prefix=${prefix}`), config.queue);
  const store = await openStore(schema);
  try {
    await enqueueSources({ queue, open: () => openSources(files.slice(0, 1), { maxMessageBytes: config.limits.maxMessageBytes }), store });
  } finally {
    await store.close();
    await queue.close();
  }
  const w = startWorker(`redis://127.0.0.1:${redisPort}/0?prefix=${prefix}`, schema, threads, ['--exit-when-drained']);
  await w.exited;
  return finalCounts(w)?.cpuMs ?? 0;
}

interface RunResult {
  name: string;
  workers: number;
  threads: number;
  expected: number;
  msgPerSec: number;
  startupSeconds: number;
  workerCpuMsPerMsg: number;
  redisCpuMsPerMsg: number;
  pgCpuMsPerMsg: number;
  duplicates: number;
  /** Messages per store transaction, averaged over the workers that stopped normally. */
  batchSize: number;
  storeUrl: string;
  load: string;
}

/** Enqueues the corpus, then lets `workers` drain it; optionally SIGKILLs the first worker midway. */
async function run(name: string, workers: number, threads: number, kill = false): Promise<RunResult> {
  const schema = new URL(await db.freshSchema());
  const app = `spamlab-bench-${name}`;
  const plainUrl = schema.toString();
  schema.searchParams.set('application_name', app);
  const storeUrl = schema.toString();
  const queueUrl = `redis://127.0.0.1:${redisPort}/0?prefix=${name}`;
  const expected = await enqueueAll(queueUrl, plainUrl);
  const loadAtStart = load();
  const redisBefore = await redisCpuMs();
  const started = performance.now();
  const procs = Array.from({ length: workers }, () => startWorker(queueUrl, storeUrl, threads));
  let firstAt = 0;
  let killedAt = -1;
  let pgCpu = 0;
  for (;;) {
    const n = await storedCount(plainUrl);
    if (n > 0 && !firstAt) firstAt = performance.now();
    if (kill && killedAt < 0 && n >= expected / 3) {
      procs[0]!.child.kill('SIGKILL');
      killedAt = n;
      log(`  SIGKILLed worker 1 at ${n} stored`);
    }
    pgCpu = Math.max(pgCpu, await backendCpuMs(app));
    if (n >= expected) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - firstAt) / 1000;
  const redisCpu = (await redisCpuMs()) - redisBefore;
  pgCpu = Math.max(pgCpu, await backendCpuMs(app));
  for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => p.exited));
  const finals = procs.map(finalCounts).filter((c): c is NonNullable<typeof c> => c !== undefined);
  const workerCpu = finals.reduce((a, c) => a + c.cpuMs - (startup.get(threads) ?? 0), 0);
  const scanned = finals.reduce((a, c) => a + c.scanned, 0);
  const result: RunResult = {
    name,
    workers,
    threads,
    expected,
    msgPerSec: (expected - 1) / seconds,
    startupSeconds: (firstAt - started) / 1000,
    // Start-up subtracted. The killed worker's CPU is unknown (it logged nothing): per message over the survivors' own scans.
    workerCpuMsPerMsg: workerCpu / Math.max(scanned, 1),
    redisCpuMsPerMsg: redisCpu / expected,
    pgCpuMsPerMsg: pgCpu / expected,
    duplicates: finals.reduce((a, c) => a + c.duplicates, 0),
    batchSize: scanned / Math.max(1, finals.reduce((a, c) => a + c.batches, 0)),
    storeUrl: plainUrl,
    load: `${loadAtStart} → ${load()}`,
  };
  log(`  ${name}: ${result.msgPerSec.toFixed(1)} msg/s, worker CPU ${result.workerCpuMsPerMsg.toFixed(2)} ms/msg, Redis ${result.redisCpuMsPerMsg.toFixed(3)}, PostgreSQL ${result.pgCpuMsPerMsg.toFixed(2)} (load ${result.load})`);
  return result;
}

function compare(a: StoreResults, b: StoreResults): string {
  let verdictDiffs = 0;
  for (const [hash, v] of a.verdicts) if (b.verdicts.get(hash) !== v) verdictDiffs++;
  const onlyA = a.campaigns.filter((c) => !new Set(b.campaigns).has(c));
  const onlyB = b.campaigns.filter((c) => !new Set(a.campaigns).has(c));
  const rowDiffs = a.campaignRows.filter((r) => !new Set(b.campaignRows).has(r)).length + b.campaignRows.filter((r) => !new Set(a.campaignRows).has(r)).length;
  const sizes = (list: string[]) => list.slice(0, 4).map((c) => c.split(',').length).join('/');
  return `messages ${a.count} vs ${b.count}; trend total ${a.trendTotal} vs ${b.trendTotal}; verdict/score differences ${verdictDiffs}; campaigns (≥ 2 members) ${a.campaigns.length} vs ${b.campaigns.length}, member sets differing ${onlyA.length + onlyB.length}` +
    `${onlyA.length + onlyB.length ? ` (sizes ${sizes(onlyA)} vs ${sizes(onlyB)})` : ''}; campaign rows (id, first/last seen, size, subject, distinct IPs/senders) differing ${rowDiffs}`;
}

try {
  say(`# bench:scale — ${label}, ${new Date().toISOString()}`);
  say(`load average at start: ${load()} (a shared 2-core machine: other engineers' runs compete for the CPU; CPU ms per message is the load-independent figure)`);

  // Scan-only CPU per message in this process (one thread, in-process pool): the scan's share of a worker's CPU.
  const pool = createScanPool({ config, threads: 0, fingerprint: true });
  const cpu0 = cpuMsOf();
  let scannedOnly = 0;
  for await (const o of scanAll(pool, openSources(files, { maxMessageBytes: config.limits.maxMessageBytes }))) if (!('error' in o)) scannedOnly++;
  const scanCpuPerMsg = (cpuMsOf() - cpu0) / scannedOnly;
  await pool.close();
  say(`scan only (this process, 1 thread): ${scanCpuPerMsg.toFixed(2)} CPU ms per message (${scannedOnly} messages)`);

  // The embedded default: in-process ingest into SQLite (2 threads), the reference for the done-when check.
  const sqlite = path.join(tmp, 'embedded.db');
  const t0 = performance.now();
  const ingestCpu0 = cpuMsOf();
  const embeddedRun = await runCli(['ingest', ...files, '--store', sqlite, '-c', configFile, '--json', '-q']);
  if (embeddedRun.code !== 0) throw new Error(embeddedRun.stderr);
  const embeddedSeconds = (performance.now() - t0) / 1000;
  // This process's CPU, scan threads included: scan + store writes + indexers (trends, campaigns), no queue.
  const ingestCpuPerMsg = (cpuMsOf() - ingestCpu0) / files.length;
  const embedded = await storeResults(sqlite);
  say(`embedded default (ingest, SQLite, 2 threads): ${(embedded.count / embeddedSeconds).toFixed(1)} msg/s incl. start-up, ${ingestCpuPerMsg.toFixed(2)} CPU ms per message (load ${load()})`);

  // The same corpus through the embedded default again: campaign clustering depends on the order messages
  // arrive in (the pool yields them as they finish), so two embedded runs are the control for the comparison.
  const sqlite2 = path.join(tmp, 'embedded-2.db');
  const again = await runCli(['ingest', ...files, '--store', sqlite2, '-c', configFile, '--json', '-q']);
  if (again.code !== 0) throw new Error(again.stderr);
  say(`control, embedded default run twice: ${compare(embedded, await storeResults(sqlite2))}`);

  for (const threads of [1, 2]) startup.set(threads, await startupCpuMs(threads));
  say(`worker start-up + 1 message + stop: ${startup.get(1)} CPU ms with 1 thread, ${startup.get(2)} with 2 (subtracted below)`);

  const runs: RunResult[] = [];
  runs.push(await run('w1t1', 1, 1));
  runs.push(await run('w2t1', 2, 1));
  runs.push(await run('w1t2', 1, 2));
  say('');
  say('| run | workers × threads | msg/s (first → last stored) | ratio to 1 × 1 | worker start-up s | worker CPU ms/msg after start-up | Redis CPU ms/msg | PostgreSQL CPU ms/msg | messages per transaction | redelivered (duplicates) | load average (start → end) |');
  say('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of runs) {
    say(`| ${r.name} | ${r.workers} × ${r.threads} | ${r.msgPerSec.toFixed(1)} | ${(r.msgPerSec / runs[0]!.msgPerSec).toFixed(2)} | ${r.startupSeconds.toFixed(1)} | ${r.workerCpuMsPerMsg.toFixed(2)} | ${r.redisCpuMsPerMsg.toFixed(3)} | ${r.pgCpuMsPerMsg.toFixed(2)} | ${r.batchSize.toFixed(1)} | ${r.duplicates} | ${r.load} |`);
  }
  const two = runs[1]!;
  const worker = two.workerCpuMsPerMsg;
  // Where a worker's CPU goes: the scan (scan-only run), the store path (embedded ingest − scan: record
  // building, insert statements, the trend and campaign indexers, SQLite itself), the rest is the queue's
  // (BullMQ job handling, base64, batching). Redis and PostgreSQL are their own processes.
  const storePath = Math.max(0, ingestCpuPerMsg - scanCpuPerMsg);
  const queueClient = Math.max(0, worker - ingestCpuPerMsg);
  const shares = { scan: scanCpuPerMsg, 'store (client side: records, indexers)': storePath, 'queue (worker client + Redis)': queueClient + two.redisCpuMsPerMsg, 'store (PostgreSQL backends)': two.pgCpuMsPerMsg };
  const bottleneck = Object.entries(shares).sort((a, b) => b[1] - a[1])[0]!;
  say('');
  say(
    `CPU per message (2 × 1 run): worker ${worker.toFixed(2)} ms = scan ≈ ${scanCpuPerMsg.toFixed(2)} + store path ≈ ${storePath.toFixed(2)} (embedded ingest ${ingestCpuPerMsg.toFixed(2)} − scan) + queue client ≈ ${queueClient.toFixed(2)}; ` +
      `Redis ${two.redisCpuMsPerMsg.toFixed(3)} ms, PostgreSQL ${two.pgCpuMsPerMsg.toFixed(2)} ms`,
  );
  say(`bottleneck: ${bottleneck[0]} (${bottleneck[1].toFixed(2)} CPU ms per message); shares: ${Object.entries(shares).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
  const perCore = 1000 / worker;
  const redisCeiling = 1000 / Math.max(two.redisCpuMsPerMsg, 1e-3);
  const pgCeilingPerCore = 1000 / Math.max(two.pgCpuMsPerMsg, 1e-3);
  say(
    `expected scaling: each worker core adds ≈ ${perCore.toFixed(0)} msg/s (1000 / worker CPU ms per message) until a shared part saturates: ` +
      `Redis (one thread) at ≈ ${redisCeiling.toFixed(0)} msg/s, PostgreSQL at ≈ ${pgCeilingPerCore.toFixed(0)} msg/s per database core — ` +
      `so ≈ ${Math.floor(Math.min(redisCeiling, pgCeilingPerCore * 8) / perCore)} worker cores (e.g. ${Math.floor(Math.min(redisCeiling, pgCeilingPerCore * 8) / perCore / 8)} machines of 8 cores) before an 8-core PostgreSQL or Redis limits, CPU only (network and disk not measured here)`,
  );

  say('');
  for (const r of runs) say(`embedded default vs ${r.workers} × ${r.threads} worker(s) + PostgreSQL: ${compare(embedded, await storeResults(r.storeUrl))}`);
  say(`done-when, embedded default vs queue + 2 workers + PostgreSQL: ${compare(embedded, await storeResults(two.storeUrl))}`);
  if (!argv.includes('--no-kill')) {
    const killed = await run('kill', 2, 1, true);
    const k = await storeResults(killed.storeUrl);
    say(`done-when, one of two workers SIGKILLed midway: messages in ${killed.expected}, stored ${k.count} (distinct hashes, trend total ${k.trendTotal}); ${compare(embedded, k)}`);
  }
  say(`load average at end: ${load()}`);
  writeFileSync(path.join(REPO, '.bench', 'scale-last.md'), `${out.join('\n')}\n`);
} finally {
  await admin.end();
  await db.drop();
  redis.disconnect();
  redisServer.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
}
