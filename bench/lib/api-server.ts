/**
 * The API benchmark's server process: `createApp` over a fresh SQLite store in a temp directory and the
 * runtime's scan pool (default threads), on an ephemeral loopback port, so the load generator in the
 * parent does not share its event loop. Prints one JSON line {url, token}; answers "cpu" on stdin with
 * its CPU seconds; exits when stdin closes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { campaignsIndexer } from '../../src/campaigns/index.js';
import { defaultConfig } from '../../src/config/load.js';
import { createApp } from '../../src/server/app.js';
import { startHttpServer } from '../../src/server/http.js';
import { ReloadableScanner } from '../../src/server/scanning.js';
import { storeMessagesData } from '../../src/server/store-data.js';
import { openStore } from '../../src/store/index.js';
import { trendsIndexer } from '../../src/trends/index.js';

const config = defaultConfig();
const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-bench-api-'));
const store = await openStore(path.join(dir, 'spamlab.db'));
// Scan threads: `serve`'s default (cores − 1), or the parent's `--threads N` (passed as SPAMLAB_BENCH_THREADS).
const threads = Number(process.env.SPAMLAB_BENCH_THREADS) || Math.max(1, os.availableParallelism() - 1);
const scanner = new ReloadableScanner({ config, threads });
const token = 'bench-token-0123456789';
const logger = pino({ level: 'warn' });
const { app } = createApp({
  scanner,
  data: { messages: storeMessagesData(store, { config, maxRawBytes: 4 * 1024 * 1024, indexers: [trendsIndexer(), campaignsIndexer()] }) },
  access: { token, publicRead: false },
  logger,
  lang: 'en',
  limits: { maxBodyBytes: config.limits.maxMessageBytes, handlerTimeoutMs: 60_000 },
  version: 'bench',
});
const server = await startHttpServer(app.fetch, { host: '127.0.0.1', port: 0, logger, timeouts: { keepAliveMs: 30_000 } });
process.stdout.write(`${JSON.stringify({ url: server.url, token, threads })}\n`);
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpu: (user + system) / 1e6 })}\n`);
  }
});
lines.on('close', async () => {
  await server.close();
  await scanner.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
