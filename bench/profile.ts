/**
 * `npm run bench:profile`: a fixed amount of scanning in this thread, for profilers. It loads the peers'
 * test split (1779 messages) into memory and scans it `--passes N` times (default 5) with the full scanner,
 * then prints CPU ms per message (process.cpuUsage) for the last pass. Stage timings are read from the
 * profile, not measured here, so the profiler sees exactly the product's code path.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts          # V8 sampling profile
 *   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out node --perf-basic-prof \
 *     --import tsx bench/profile.ts --passes 2                                       # instruction counts
 *   node --import tsx bench/profile.ts --parse-only                                  # the parsing floor
 *   ... --limit N                                     # the first N messages only; --limit 0 = start-up alone
 *   node --import tsx bench/profile.ts --pool 2 [--isolated] [--parse-only]          # through the scan pool
 * With --pool N the files go through openSources (references) + scanAll + createScanPool({threads: N}),
 * as `spamlab scan` does; under valgrind the instruction counts of all threads compare the pool's costs
 * (hand-offs, structured clone, per-worker GC) with in-process scanning, independent of the machine's load.
 */
import { defaultConfig } from '../src/config/load.js';
import { parseMessage } from '../src/mail/parse/index.js';
import { openSources } from '../src/mail/sources/index.js';
import { createScanner, createScanPool } from '../src/runtime/index.js';
import { scanAll } from '../src/scan/pool.js';
import { ensureCorpus, selectMessages } from './lib/corpus.js';

const argv = process.argv.slice(2);
const passes = Number(argv[argv.indexOf('--passes') + 1] || 0) || 5;
const parseOnly = argv.includes('--parse-only');
// --limit N: only the first N messages (--limit 0: start-up only, to subtract from a callgrind total).
const limitAt = argv.indexOf('--limit');
const limit = limitAt >= 0 ? Math.max(0, Number(argv[limitAt + 1]) || 0) : Infinity;
const config = defaultConfig();
ensureCorpus();
const poolAt = argv.indexOf('--pool');
if (poolAt >= 0) {
  const files = selectMessages(argv.includes('--all')).files.slice(0, limit);
  // --parse-only through the pool: the stand-in scanner of bench/scan.ts, so the profile shows the pool's own
  // per-message costs (reading, hand-off, promises) under the parsing floor.
  const pool = createScanPool({ config, threads: Number(argv[poolAt + 1]), isolated: argv.includes('--isolated'), ...(parseOnly ? { scannerModule: new URL('./parse-only-scanner.ts', import.meta.url) } : {}) });
  let cpu = process.cpuUsage();
  let count = 0;
  for (let pass = 0; pass < passes; pass++) {
    cpu = process.cpuUsage();
    count = 0;
    for await (const _ of scanAll(pool, openSources(files, { maxMessageBytes: config.limits.maxMessageBytes, references: true }))) count++;
    cpu = process.cpuUsage(cpu);
  }
  await pool.close();
  process.stdout.write(`pool ${argv[poolAt + 1]}${argv.includes('--isolated') ? ' isolated' : ''}${parseOnly ? ' parse only' : ''}: ${count} messages × ${passes} passes; last pass ${((cpu.user + cpu.system) / 1000 / Math.max(count, 1)).toFixed(3)} CPU ms/msg\n`);
  process.exit(0);
}
const raws: Uint8Array[] = [];
for await (const item of openSources(selectMessages(argv.includes('--all')).files.slice(0, limit), { maxMessageBytes: config.limits.maxMessageBytes })) {
  if (!('error' in item)) raws.push(item.raw);
}
const scanner = await createScanner({ config });
const { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes } = config.limits;
let last = process.cpuUsage();
for (let pass = 0; pass < passes; pass++) {
  last = process.cpuUsage();
  for (const [i, raw] of raws.entries()) {
    if (parseOnly) parseMessage(raw, { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes });
    else await scanner.scan({ source: `m${i}`, raw });
  }
}
const cpu = process.cpuUsage(last);
process.stdout.write(`${parseOnly ? 'parse only' : 'full scan'}: ${raws.length} messages × ${passes} passes; last pass ${((cpu.user + cpu.system) / 1000 / Math.max(raws.length, 1)).toFixed(3)} CPU ms/msg\n`);
