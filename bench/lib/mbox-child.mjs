// Child process of `bench/scan.ts --mbox-gb N`: scans one mbox through openSources + the scan pool of the
// compiled product (dist/, as the `spamlab` bin runs it), in a fresh plain-node process so that its peak RSS
// (VmHWM; worker threads included, they share the process) belongs to this scan alone. Prints one JSON line.
// Usage: node bench/lib/mbox-child.mjs DIST_DIR FILE THREADS
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, file, threadsArg] = process.argv.slice(2);
const load = (p) => import(pathToFileURL(path.join(dist, p)).href);
const { defaultConfig } = await load('config/load.js');
const { openSources } = await load('mail/sources/index.js');
const { scanAll } = await load('scan/pool.js');
const { createScanPool } = await load('runtime/pool.js');

const config = defaultConfig();
const young = {
  ...(process.env.SPAMLAB_BENCH_YOUNG_MB ? { workerYoungGenerationMb: Number(process.env.SPAMLAB_BENCH_YOUNG_MB) } : {}),
  ...(process.env.SPAMLAB_BENCH_HEAP_MB ? { workerHeapMb: Number(process.env.SPAMLAB_BENCH_HEAP_MB) } : {}),
};
const pool = createScanPool({ config, threads: Number(threadsArg ?? 2), ...young });
const started = performance.now();
let messages = 0;
let errors = 0;
let firstError = '';
for await (const outcome of scanAll(pool, openSources([file], { maxMessageBytes: config.limits.maxMessageBytes, references: true }))) {
  messages++;
  if ('error' in outcome) {
    errors++;
    firstError ||= `${outcome.source}: ${outcome.error}`;
  }
}
await pool.close();
const seconds = (performance.now() - started) / 1000;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
const peakRss = hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
const cpu = process.cpuUsage();
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(`${JSON.stringify({ messages, errors, firstError, seconds, cpuSeconds, peakRss })}\n`);
