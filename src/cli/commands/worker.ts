import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import pino from 'pino';
import { createMetrics, startOpsListener, storeReadiness, type OpsListener } from '../../observability/index.js';
import { isTransientStoreError, observeQueue, startQueueWorker } from '../../queue/index.js';
import { parseListenAddress } from '../../server/http.js';
import { createScanPool, storeIndexers } from '../../runtime/index.js';
import { configVersion, isPostgresLocation, openStore, type Store } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';
import { untilStopped } from '../signals.js';
import { configOrReport, type CliIo } from '../io.js';
import { modelVersion } from './ingest.js';
import { connectQueueOrReport, QUEUE_OPTION_HELP, queueAddressOrReport } from './queue-options.js';
import { STORE_OPTION_HELP, storeLocation } from './store.js';

interface WorkerOptions {
  queue?: string;
  store?: string;
  config?: string;
  threads?: string;
  batchSize?: string;
  concurrency?: string;
  keepRaw?: boolean;
  exitWhenDrained?: boolean;
  metrics?: string;
  logLevel: string;
}

/**
 * `spamlab worker --queue redis://… --store postgres://…`: takes scan jobs from the queue on any machine,
 * scans them on every core and writes them through the store (idempotent by content hash). SIGTERM or
 * SIGINT: finishes and commits the jobs it holds, then exits; a second signal stops at once (the jobs it
 * held go back to the queue when their lock expires).
 * @example registerWorkerCommand(program, io); // spamlab worker --queue redis://10.0.0.5:6379 --store postgres://db/spamlab
 */
export function registerWorkerCommand(program: Command, io: CliIo, signals: NodeJS.EventEmitter = process): void {
  program
    .command('worker')
    .description('scan messages from the queue (spamlab ingest --queue, serve --queue) and keep the results in the shared store')
    .option('--queue <url>', QUEUE_OPTION_HELP)
    .option('--store <location>', STORE_OPTION_HELP)
    .option('-c, --config <file>', 'YAML configuration file (the same on every worker: verdicts depend on it)')
    .option('-j, --threads <n>', 'scan threads (default: one per core)')
    .option('--batch-size <n>', 'messages per store transaction (default: store.batchSize, 200)')
    .option('--concurrency <n>', 'jobs held at once (default: 8 per thread, at least 16)')
    .option('--keep-raw', 'also keep the raw messages (up to store.maxRawBytes each)')
    .option('--metrics <host:port>', 'serve /metrics (Prometheus), /healthz and /readyz (store and queue reachable) on this address')
    .option('--exit-when-drained', 'exit once the queue has nothing waiting, running or due for retry (batch runs, benchmarks)')
    .addOption(new Option('--log-level <level>', 'log level').choices(['fatal', 'error', 'warn', 'info', 'debug']).default('info'))
    .action(async (options: WorkerOptions) => io.setExitCode(await runWorker(options, io, signals)));
}

async function runWorker(options: WorkerOptions, io: CliIo, signals: NodeJS.EventEmitter): Promise<number> {
  const config = configOrReport(options, io);
  if (!config) return EXIT.usage;
  const address = queueAddressOrReport(options.queue, config.queue.url, io, 'worker');
  if (!address) return EXIT.usage;
  const threads = options.threads === undefined ? Math.max(1, availableParallelism()) : Number(options.threads);
  const batchSize = options.batchSize === undefined ? config.store.batchSize : Number(options.batchSize);
  const concurrency = options.concurrency === undefined ? undefined : Number(options.concurrency);
  if (![threads, batchSize, concurrency ?? 1].every((n) => Number.isInteger(n) && n >= 1)) {
    io.stderr.write('spamlab worker: --threads, --batch-size and --concurrency take a positive integer\n');
    return EXIT.usage;
  }
  let metricsAt: { host: string; port: number } | undefined;
  try {
    if (options.metrics !== undefined) metricsAt = parseListenAddress(options.metrics);
  } catch (err) {
    io.stderr.write(`spamlab worker: --metrics: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const logger = pino({ level: options.logLevel, base: { name: 'spamlab-worker' } }, io.stdout);
  const probe = await connectQueueOrReport(address, config.queue, io, 'worker');
  if (!probe) return EXIT.usage;
  const location = storeLocation(options, config);
  let store: Store;
  try {
    store = await openStoreRetrying(location, (err, wait) => logger.warn({ err: (err as Error).message, retryInMs: wait }, 'cannot open the store yet; retrying'));
  } catch (err) {
    io.stderr.write(`spamlab worker: cannot open the store ${isPostgresLocation(location) ? '(PostgreSQL)' : location}: ${(err as Error).message}\n`);
    await probe.close();
    return EXIT.store;
  }
  // Stored results carry the text fingerprint the campaign indexer clusters by (as ingest's do). Scans run in
  // worker threads even with -j 1 (`isolated`): scanning in this thread blocked the event loop, so BullMQ
  // held about one job at a time and the worker committed ~1.3 messages per transaction (PostgreSQL's cost
  // is per transaction), its job locks went unrenewed during long scans, and a message that exhausts the
  // heap or hangs a check would take the whole worker down with every job it holds.
  const pool = createScanPool({ config, threads, fingerprint: true, isolated: true });
  const metrics = createMetrics();
  const queueCheck = observeQueue(probe, metrics);
  let ops: OpsListener | undefined;
  if (metricsAt) {
    try {
      ops = await startOpsListener({ ...metricsAt, metrics, readiness: [storeReadiness(store), queueCheck], startedAt: Date.now() });
      logger.info({ url: ops.url }, 'metrics, health and readiness');
    } catch (err) {
      io.stderr.write(`spamlab worker: cannot listen on ${options.metrics}: ${(err as Error).message}\n`);
      await pool.close();
      await probe.close();
      await store.close();
      return EXIT.usage;
    }
  }
  const started = performance.now();
  const worker = startQueueWorker({
    address,
    settings: config.queue,
    store,
    pool,
    indexers: storeIndexers(),
    configVersion: configVersion(config),
    modelVersion: await modelVersion(config),
    maxMessageBytes: config.limits.maxMessageBytes,
    batchSize,
    ...(concurrency ? { concurrency } : {}),
    ...(options.keepRaw || config.store.keepRaw ? { keepRawBytes: config.store.maxRawBytes } : {}),
    log: (level, fields, message) => logger[level](fields, message),
    metrics,
  });
  logger.info({ queue: address.display, store: store.location, threads, batchSize, pid: process.pid }, 'worker started');
  const report = () => {
    const c = worker.counts;
    const seconds = (performance.now() - started) / 1000;
    // CPU of the whole process (every scan thread included), for capacity planning: ms per message.
    const cpu = process.cpuUsage();
    const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    logger.info({ ...c, seconds: Math.round(seconds), ratePerSecond: Math.round((c.scanned / Math.max(seconds, 1e-3)) * 10) / 10, cpuMs }, 'progress');
  };
  const ticker = setInterval(report, 10_000);
  ticker.unref();

  let stopped = false;
  // Drained: nothing waiting, running (here or elsewhere) or delayed for a retry.
  const drained = async (): Promise<string> => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (stopped) return new Promise<string>(() => undefined);
      try {
        const c = await probe.counts();
        if (c.waiting + c.active + c.delayed === 0 && worker.idle()) return 'drained';
      } catch {
        // Redis unreachable for a moment: look again.
      }
    }
  };
  const reason = await untilStopped(signals, options.exitWhenDrained ? drained() : undefined);
  stopped = true;
  logger.info({ reason }, 'stopping: no new jobs; finishing and committing the jobs held');
  const force = () => {
    logger.warn('second signal: stopping now; held jobs return to the queue when their lock expires');
    void worker.close(true);
  };
  signals.once('SIGTERM', force);
  signals.once('SIGINT', force);
  try {
    await worker.close();
  } finally {
    signals.off('SIGTERM', force);
    signals.off('SIGINT', force);
    clearInterval(ticker);
    await ops?.close();
    await pool.close();
    await probe.close();
    await store.close().catch(() => undefined);
  }
  // The last counts are logged at every level but silent, so a batch run (and the benchmark) always sees them.
  const final = { ...worker.counts, cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000) };
  logger.level = logger.level === 'silent' ? 'silent' : 'info';
  logger.info(final, 'worker stopped');
  return EXIT.ok;
}

/**
 * Opens the store and its message tables, trying again for about half a minute while the failure is one
 * that passes (the database restarting, a dropped connection): workers are started by supervisors, often
 * at the same moment as the database.
 */
async function openStoreRetrying(location: string, onRetry: (err: unknown, waitMs: number) => void): Promise<Store> {
  for (let attempt = 0; ; attempt++) {
    let store: Store | undefined;
    try {
      store = await openStore(location);
      await store.messages.ensureSchema();
      return store;
    } catch (err) {
      await store?.close().catch(() => undefined);
      if (!isTransientStoreError(err) || attempt >= 8) throw err;
      const wait = Math.min(250 * 2 ** attempt, 8_000);
      onRetry(err, wait);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
