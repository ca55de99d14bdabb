/**
 * The benchmark's server process: spamlab's milter and spamd listeners on ephemeral loopback ports, one
 * in-process Scanner (or a pool of THREADS worker threads), so the load
 * generator in the parent process does not share its event loop. Prints one JSON line with the addresses,
 * then answers "cpu" on stdin with its CPU seconds so far; exits when stdin closes.
 */
import { createInterface } from 'node:readline';
import { defaultConfig } from '../../src/config/load.js';
import { startMilterServer } from '../../src/mta/milter/server.js';
import { startSpamdServer } from '../../src/mta/spamd/server.js';
import { createScanner, createScanPool } from '../../src/runtime/index.js';

const config = defaultConfig();
// THREADS=N (N ≥ 2): a pool of N scan worker threads, as `spamlab serve -j N`; default one in-process scanner.
const threads = Number(process.env.THREADS ?? '1');
const scanner = threads >= 2 ? createScanPool({ config, threads }) : await createScanner({ config });
const milter = await startMilterServer({ scanner, threshold: config.thresholds.spam, maxMessageBytes: config.limits.maxMessageBytes });
const spamd = await startSpamdServer({ scanner, threshold: config.thresholds.spam, maxMessageBytes: config.limits.maxMessageBytes });
process.stdout.write(`${JSON.stringify({ milter: milter.address, spamd: spamd.address, spamdPort: spamd.port })}\n`);
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === 'cpu') process.stdout.write(`${JSON.stringify({ cpu: cpuSeconds() })}\n`);
});
lines.on('close', async () => {
  await Promise.all([milter.close(), spamd.close()]);
  process.exit(0);
});
