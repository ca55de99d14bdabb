import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Option, type Command } from 'commander';
import pino, { type Logger } from 'pino';
import { startMilterServer } from '../../mta/milter/server.js';
import { startSpamdServer } from '../../mta/spamd/server.js';
import { startPolicyServer } from '../../mta/policy/server.js';
import { isRedisLocation, openOutboundState, type OpenedOutboundState } from '../../runtime/index.js';
import { storeAnalysesData } from '../../server/analyses-data.js';
import { outboundData } from '../../server/outbound-data.js';
import type { FailMode } from '../../mta/types.js';
import { actionPolicyFrom } from '../../rules/actions.js';
import type { ScanReport } from '../../scan/report.js';
import { createApp } from '../../server/app.js';
import type { ServerData } from '../../server/data.js';
import { parseListenAddress, startHttpServer } from '../../server/http.js';
import { createLearnService, ReloadableScanner } from '../../server/scanning.js';
import { defaultStorePath, isPostgresLocation, openStore, type Store } from '../../store/index.js';
import { storeMessagesData } from '../../server/store-data.js';
import { storeIndexers } from '../../runtime/indexers.js';
import { explainerFor } from '../../server/explain.js';
import { observeQueue, queueHandOff, QueueFullError, ScanQueue } from '../../queue/index.js';
import { createMetrics, instrumentScanner, modelReadiness, secretSafeLogging, storeReadiness, type DependencyCheck } from '../../observability/index.js';
import { EXIT } from '../exit-codes.js';
import { untilStopped } from '../signals.js';
import { connectQueueOrReport, queueAddressOrReport } from './queue-options.js';
import { configOrReport, type CliIo } from '../io.js';
import { packageVersion } from '../version.js';

/** The dashboard and API listen here unless --http says otherwise (loopback only: nothing is exposed by default). */
export const DEFAULT_HTTP = '127.0.0.1:8788';

/** Raw messages scanned through the API are kept up to this size (the dashboard shows their bodies). */
const MAX_RAW_BYTES = 4 * 1024 * 1024;

interface ServeOptions {
  http: string;
  milter?: string;
  spamd?: string;
  policy?: string;
  outboundState?: string;
  store?: string;
  config?: string;
  lang?: 'en' | 'ja';
  tokenFile?: string;
  publicRead?: boolean;
  threads?: string;
  maxBody?: string;
  logLevel: string;
  keepRaw?: boolean;
  mtaFail: FailMode;
  spamdAllowTell?: boolean;
  queue?: string;
}

/** Something `serve` started that must be closed on shutdown, in reverse order of starting. */
interface Running {
  name: string;
  address: string;
  close(): Promise<void>;
}

export function registerServeCommand(program: Command, io: CliIo, signals: NodeJS.EventEmitter = process): void {
  program
    .command('serve')
    .description('run the HTTP API and dashboard (and, when asked, the milter, spamd and policy listeners) on the embedded store')
    .option('--http <host:port>', 'API and dashboard address', DEFAULT_HTTP)
    .option('--milter <host:port>', 'also run the milter listener (Postfix smtpd_milters)')
    .option('--spamd <host:port>', 'also run the spamd-protocol listener (spamc)')
    .option('--policy <host:port>', 'also run the Postfix policy-delegation listener (outbound abuse)')
    .option('--outbound-state <url>', 'keep outbound windows, baselines and incidents in Redis (redis://[:password@]host:port[/db]), shared with the policy listeners of other MTAs (default: outbound.state.url, else the store)')
    .addOption(new Option('--mta-fail <mode>', 'when spamlab itself errs or times out, the milter, spamd and policy listeners let mail through (open) or answer "try again later" (closed)').choices(['open', 'closed']).default('open'))
    .option('--spamd-allow-tell', 'let spamc -L spam|ham teach the classifier through the spamd listener (spamd has no authentication: only on a trusted network)')
    .option('--queue <url>', 'also accept messages for the scan queue (POST /api/queue) for spamlab worker processes: redis://host:port[/db][?prefix=name]; POST /api/scan still scans here')
    .option('--store <path|url>', `the store: a SQLite file or postgres://… (default: $SPAMLAB_STORE, else ${defaultStorePath()})`)
    .option('-c, --config <file>', 'YAML configuration file (see config/spamlab.sample.yaml)')
    .addOption(new Option('--lang <lang>', 'default language of the dashboard and explanations').choices(['en', 'ja']))
    .option('--token-file <file>', 'file holding the API token (default: $SPAMLAB_API_TOKEN, else api-token beside the store, created on first start)')
    .option('--public-read', 'let clients without the token read (messages, trends, campaigns, dashboard pages); writes still need it')
    .option('-j, --threads <n>', 'scan worker threads (default: cores - 1; 1 scans in the server thread)')
    .option('--no-keep-raw', `do not keep raw messages scanned through the API (kept by default up to ${MAX_RAW_BYTES / 1024 / 1024} MiB each, for the dashboard's body view and learn)`)
    .option('--max-body <bytes>', 'largest message accepted by POST /api/scan (default: limits.maxMessageBytes)')
    .addOption(new Option('--log-level <level>', 'log level').choices(['fatal', 'error', 'warn', 'info', 'debug']).default('info'))
    .action(async (options: ServeOptions) => {
      io.setExitCode(await runServe(options, io, signals));
    });
}

/**
 * The API token: $SPAMLAB_API_TOKEN, else the token file (created with a random token, mode 0600, when it
 * does not exist yet). The token itself is never printed or logged, only where it is kept.
 */
export function resolveToken(options: { tokenFile?: string; storeLocation: string }, env: NodeJS.ProcessEnv = process.env): { token: string; where: string } {
  if (env.SPAMLAB_API_TOKEN) return { token: env.SPAMLAB_API_TOKEN.trim(), where: '$SPAMLAB_API_TOKEN' };
  const file =
    options.tokenFile ??
    path.join(/^postgres(ql)?:\/\//i.test(options.storeLocation) || options.storeLocation === ':memory:' ? path.dirname(defaultStorePath({ ...env, SPAMLAB_STORE: '' })) : path.dirname(options.storeLocation), 'api-token');
  if (!existsSync(file)) {
    if (options.tokenFile) throw new Error(`token file ${file} does not exist`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const token = readFileSync(file, 'utf8').trim();
  if (token.length < 16) throw new Error(`the token in ${file} is shorter than 16 characters`);
  return { token, where: file };
}

async function runServe(options: ServeOptions, io: CliIo, signals: NodeJS.EventEmitter): Promise<number> {
  const base = configOrReport(options, io);
  if (!base) return EXIT.usage;
  const storeLocation = options.store || process.env.SPAMLAB_STORE || base.content.classifier.store || defaultStorePath();
  // The scanner reads its classifier model from the same store the server learns into.
  const config = { ...base, content: { ...base.content, classifier: { ...base.content.classifier, store: storeLocation } } };
  let http: { host: string; port: number };
  let policyAt: { host: string; port: number } | undefined;
  try {
    http = parseListenAddress(options.http);
    for (const value of [options.milter, options.spamd]) if (value !== undefined) parseListenAddress(value);
    if (options.policy !== undefined) policyAt = parseListenAddress(options.policy);
  } catch (err) {
    io.stderr.write(`spamlab serve: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const threads = options.threads === undefined ? Math.max(1, availableParallelism() - 1) : Number(options.threads);
  if (!Number.isInteger(threads) || threads < 1) {
    io.stderr.write(`spamlab serve: --threads must be a positive integer, not ${options.threads}\n`);
    return EXIT.usage;
  }
  const maxBodyBytes = options.maxBody === undefined ? config.limits.maxMessageBytes : Number(options.maxBody);
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) {
    io.stderr.write(`spamlab serve: --max-body must be a positive number of bytes, not ${options.maxBody}\n`);
    return EXIT.usage;
  }
  let token: { token: string; where: string };
  try {
    token = resolveToken({ ...(options.tokenFile ? { tokenFile: options.tokenFile } : {}), storeLocation });
  } catch (err) {
    io.stderr.write(`spamlab serve: ${(err as Error).message}\n`);
    return EXIT.usage;
  }

  // Every field passes redactSecrets: a driver's error quoting postgres://user:password@… never reaches the log.
  const logger: Logger = pino({ level: options.logLevel, base: { name: 'spamlab' }, ...secretSafeLogging() }, io.stdout);
  const metrics = createMetrics();
  const running: Running[] = [];
  let store: Store;
  try {
    store = await openStore(storeLocation);
  } catch (err) {
    io.stderr.write(`spamlab serve: cannot open the store ${isPostgresLocation(storeLocation) ? '(PostgreSQL)' : storeLocation}: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  // Closed last: listeners and scans in flight still write to it while they finish.
  running.push({ name: 'store', address: store.location, close: () => store.close() });
  const scanner = new ReloadableScanner({ config, threads });
  running.push({ name: 'scanner', address: `${threads} thread(s)`, close: () => scanner.close() });
  let outbound: OpenedOutboundState;
  const outboundLocation = options.outboundState ?? config.outbound.state.url;
  if (outboundLocation && !isRedisLocation(outboundLocation)) {
    io.stderr.write(`spamlab serve: --outbound-state takes a redis:// or rediss:// URL\n`);
    await scanner.close();
    await store.close();
    return EXIT.usage;
  }
  try {
    // Redis down at start: the listeners start anyway and the policy answers its fail mode until it is back.
    outbound = await openOutboundState(outboundLocation, config.outbound.state, { store, waitForConnection: false, onError: redisErrorLog(logger) });
  } catch (err) {
    io.stderr.write(`spamlab serve: cannot prepare the outbound state: ${(err as Error).message}\n`);
    await scanner.close();
    await store.close();
    return EXIT.usage;
  }
  const outboundState = outbound.state;
  if (outbound.sharedLog) running.push({ name: 'outbound-state', address: 'redis', close: () => outboundState.close() });
  // Stored the way ingest stores: the trend rollups and campaigns see every message kept through the API
  // or the MTA listeners; the API's outbound incidents and releases are the policy server's (store or Redis).
  const messages = storeMessagesData(store, { config, maxRawBytes: options.keepRaw === false ? 0 : MAX_RAW_BYTES, indexers: storeIndexers() });
  const storeKind = isPostgresLocation(storeLocation) ? 'postgres' : 'sqlite';
  const data: ServerData = {
    messages: { ...messages, save: (report, raw, at) => metrics.timeStoreWrite(storeKind, () => messages.save(report, raw, at)) },
    ...storeAnalysesData(store, { lang: config.lang }),
    outbound: outboundData(outboundState, { lang: config.lang }),
  };
  let queue: ScanQueue | undefined;
  if (options.queue !== undefined) {
    const address = queueAddressOrReport(options.queue, config.queue.url, io, 'serve');
    if (!address) {
      await scanner.close();
      await store.close();
      return EXIT.usage;
    }
    queue = await connectQueueOrReport(address, config.queue, io, 'serve');
    if (!queue) {
      await scanner.close();
      await store.close();
      return EXIT.usage;
    }
    const q = queue;
    running.push({ name: 'queue', address: address.display, close: () => q.close() });
  }
  const handOff = queue ? queueHandOff(queue, store) : undefined;
  const readiness: DependencyCheck[] = [storeReadiness(store), modelReadiness(scanner, config.content.classifier.enabled)];
  if (queue) readiness.push(observeQueue(queue, metrics));
  if (outbound.ping) readiness.push({ name: 'outbound-state', check: outbound.ping });
  const listeners = () =>
    running.filter((r) => r.name !== 'scanner' && r.name !== 'store' && r.name !== 'queue' && r.name !== 'outbound-state').map(({ name, address }) => ({ name, address }));

  const shutdown = async (reason: string) => {
    logger.info({ reason }, 'shutting down: listeners close, scans in flight finish');
    for (const r of [...running].reverse()) {
      try {
        await r.close();
        logger.info({ component: r.name }, 'closed');
      } catch (err) {
        logger.error({ component: r.name, err: (err as Error).message }, 'close failed');
      }
    }
  };

  try {
    const learn = createLearnService({ config, store, scanner });
    const { app } = createApp({
      scanner: instrumentScanner(scanner, metrics, 'api'),
      data,
      learn,
      ...(handOff ? { queue: { ...handOff, isFull: (err: unknown) => err instanceof QueueFullError } } : {}),
      explain: explainerFor(config),
      access: { token: token.token, publicRead: options.publicRead === true },
      logger,
      lang: config.lang,
      limits: { maxBodyBytes, handlerTimeoutMs: Math.max(30_000, config.limits.maxScanMs * 3) },
      version: packageVersion(),
      listeners,
      ops: { metrics, readiness, startedAt: Date.now() },
    });
    if (policyAt) {
      // Outbound abuse: the Postfix policy listener judges with the behaviour kept in the store, or in Redis
      // shared with the listeners of other MTAs (every listener's events, one judgement).
      const policy = await startPolicyServer({
        host: policyAt.host, port: policyAt.port, state: outboundState, failMode: options.mtaFail === 'closed' ? 'closed' : 'open',
        ...(outbound.sharedLog ? { sharedLog: outbound.sharedLog, catchUpMs: config.outbound.state.catchUpMs } : {}),
        log: ({ level, msg, ...fields }) => logger[level]({ component: 'policy', ...fields }, msg),
        onDecision: (answer, seconds, failed) => metrics.observePolicyDecision(answer, seconds, failed),
      });
      running.push({ name: 'policy', address: policy.address, close: () => policy.close() });
      io.stderr.write(`spamlab: Postfix policy service at ${policy.address} (check_policy_service inet:${policy.address})\n`);
    }
    const server = await startHttpServer(app.fetch, { host: http.host, port: http.port, logger });
    running.push({ name: 'http', address: server.url, close: () => server.close() });
    logger.info({ url: server.url, store: store.location, outboundState: outbound.sharedLog ? outboundLocation : 'store', token: token.where, publicRead: options.publicRead === true, threads }, 'listening');
    io.stderr.write(`spamlab: dashboard and API at ${server.url}/  (API token in ${token.where})\n`);

    // MTA listeners: the same scanner, action policy and store as the API, so a message shows the same
    // verdict whichever way it came in.
    const mta = {
      threshold: config.thresholds.spam,
      policy: actionPolicyFrom(config.actions),
      failMode: options.mtaFail,
      maxMessageBytes: config.limits.maxMessageBytes,
      scanTimeoutMs: Math.max(20_000, config.limits.maxScanMs * 2),
    };
    const keep = async (report: ScanReport, raw: Uint8Array) => {
      await data.messages?.save(report, raw, new Date());
    };
    if (options.milter) {
      const { host, port } = parseListenAddress(options.milter);
      const milter = await startMilterServer({ ...mta, scanner: instrumentScanner(scanner, metrics, 'milter'), host, port, logger: logger.child({ component: 'milter' }), onReport: (report, { raw }) => keep(report, raw) });
      running.push({ name: 'milter', address: milter.address, close: () => milter.close() });
      io.stderr.write(`spamlab: milter at ${milter.address}  (Postfix: smtpd_milters = inet:${milter.address})\n`);
    }
    if (options.spamd) {
      const { host, port } = parseListenAddress(options.spamd);
      const spamd = await startSpamdServer({
        ...mta,
        scanner: instrumentScanner(scanner, metrics, 'spamd'),
        host,
        port,
        logger: logger.child({ component: 'spamd' }),
        onReport: (report, { raw }) => keep(report, raw),
        ...(options.spamdAllowTell
          ? {
              learn: async ({ raw, label, op }) => {
                if (op === 'forget' || !label) throw new Error('forgetting a message is not supported: learn it as the other class instead');
                await learn(raw, label === 'spam');
              },
            }
          : {}),
      });
      running.push({ name: 'spamd', address: spamd.address, close: () => spamd.close() });
      io.stderr.write(`spamlab: spamd protocol at ${spamd.address}  (spamc -d ${spamd.host} -p ${spamd.port})\n`);
    }
  } catch (err) {
    logger.error({ err: (err as Error).message }, 'start failed');
    io.stderr.write(`spamlab serve: ${(err as Error).message}\n`);
    await shutdown('start failed');
    return EXIT.usage;
  }

  const reason = await untilStopped(signals);
  await shutdown(reason);
  logger.info('stopped');
  return EXIT.ok;
}

/** Problems of the Redis outbound state (unreachable, a limit reached), at most one line per 10 s (a Redis that is down errs on every reconnect). */
function redisErrorLog(logger: Logger): (err: Error) => void {
  let last = 0;
  let suppressed = 0;
  return (err) => {
    const now = Date.now();
    if (now - last < 10_000) return void suppressed++;
    logger.warn({ component: 'outbound-state', err: err.message, ...(suppressed ? { suppressed } : {}) }, 'outbound state in Redis: while it is unreachable the policy listener answers its fail mode');
    last = now;
    suppressed = 0;
  };
}

