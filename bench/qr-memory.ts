/**
 * What the picture memory (links.qr.rememberPictures) saves on mail that repeats its pictures, as a spam trap's does:
 * the phishing-pot archive's messages the model may learn from (held-out ones are not read), scanned in this thread
 * with the memory off and on, alternately, each "on" pass with a fresh memory (a new configuration object), so the
 * gain is only what one pass over the archive repeats. Prints CPU ms per message and pictures decoded; with --json
 * one object. `npm run bench` keeps the memory off, since it scans one corpus pass after pass.
 * Run: node --import tsx bench/qr-memory.ts [--passes 3] [--json]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { createScanner } from '../src/runtime/index.js';
import { potDir, potTrainingFiles } from './lib/phishing-pot.js';

const argv = process.argv.slice(2);
const passesAt = argv.indexOf('--passes');
const passes = passesAt >= 0 ? Math.max(1, Number(argv[passesAt + 1]) || 1) : 3;
const dir = potDir();
const raws = potTrainingFiles().map((f) => readFileSync(path.join(dir, f)));

/** CPU ms per message of one pass with a scanner whose memory holds `remember` pictures (a fresh memory each time). */
async function pass(remember: number): Promise<number> {
  const config = defaultConfig();
  config.links.qr.rememberPictures = remember;
  const scanner = await createScanner({ config });
  const before = process.cpuUsage();
  for (const [i, raw] of raws.entries()) await scanner.scan({ source: `m${i}`, raw });
  const cpu = process.cpuUsage(before);
  return (cpu.user + cpu.system) / 1000 / raws.length;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const remembered = defaultConfig().links.qr.rememberPictures;
await pass(0); // warm-up: the code compiled, the tables built
const off: number[] = [];
const on: number[] = [];
for (let i = 0; i < passes; i++) {
  off.push(await pass(0));
  on.push(await pass(remembered));
}
const result = { messages: raws.length, passes, rememberPictures: remembered, offCpuMsPerMsg: median(off), onCpuMsPerMsg: median(on), onOverOff: median(on) / median(off) };
if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
else
  process.stdout.write(
    `phishing-pot (${raws.length} messages the model may learn from), one thread, median of ${passes} alternating passes\n` +
      `  pictures not remembered   ${result.offCpuMsPerMsg.toFixed(3)} CPU ms/msg\n` +
      `  remembered (${String(remembered).padEnd(4)})         ${result.onCpuMsPerMsg.toFixed(3)} CPU ms/msg  (${(100 * (1 - result.onOverOff)).toFixed(1)} % less)\n`,
  );
