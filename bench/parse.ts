/**
 * Parser benchmark: parses every message under the given directories (default: the shared fixtures) several
 * times and prints messages/second, p50/p99 latency and MB/s. Parsing is the floor every scan stage adds to.
 * Run: npm run bench:parse [-- DIR…]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { NotMailError, parseMessage } from '../src/mail/parse/index.js';
import { SHARED_DATA } from '../src/test-support/shared-data.js';

const OPTIONS = { maxMessageBytes: 32 << 20, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 256 << 10 };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  for (const rel of ['fixtures/rspamd/messages', 'fixtures/spamassassin/data', 'fixtures/eml_analyzer/fixtures']) dirs.push(path.join(SHARED_DATA, rel));
}
const messages: Buffer[] = [];
for (const dir of dirs) {
  for (const file of walk(dir)) {
    const raw = readFileSync(file);
    try {
      parseMessage(raw, OPTIONS);
      messages.push(raw);
    } catch (error) {
      if (!(error instanceof NotMailError)) throw error;
    }
  }
}
const totalBytes = messages.reduce((n, m) => n + m.length, 0);
const rounds = Math.max(3, Math.ceil(20_000 / Math.max(1, messages.length)));
// Warm up the JIT before measuring.
for (const m of messages) parseMessage(m, OPTIONS);
const latencies: number[] = [];
const small: number[] = [];
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (const m of messages) {
    const t = performance.now();
    parseMessage(m, OPTIONS);
    const dt = performance.now() - t;
    latencies.push(dt);
    if (m.length >= 2048 && m.length <= 8192) small.push(dt);
  }
}
const elapsed = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const pct = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};
const parsed = messages.length * rounds;
console.log(`parse bench: ${messages.length} messages (${(totalBytes / 1024).toFixed(0)} KB) × ${rounds} rounds, one core`);
console.log(`  throughput   ${(parsed / elapsed).toFixed(0)} messages/s, ${((totalBytes * rounds) / elapsed / 1048576).toFixed(1)} MB/s`);
console.log(`  CPU          ${((cpu.user + cpu.system) / 1000 / (messages.length * rounds)).toFixed(4)} ms per message (includes timing overhead; steadier than wall time under load)`);
console.log(`  latency      p50 ${pct(latencies, 50).toFixed(3)} ms, p99 ${pct(latencies, 99).toFixed(3)} ms, max ${pct(latencies, 100).toFixed(3)} ms`);
console.log(`  2-8 KB msgs  p50 ${pct(small, 50).toFixed(3)} ms (target: well under 1 ms for a typical 5 KB message), n=${small.length}`);
console.log(`  peak RSS     ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
