/**
 * Outbound abuse detection figures (issue 14), reported honestly:
 *  1. detection of the injected incidents in a simulated fortnight (300 users): messages and minutes before
 *     detection, exact match with the ground truth, newsletter/invoices never flagged;
 *  2. false alarms over a simulated month of 1,000 users without incidents;
 *  3. log replay speed (lines/s): parser alone, and parser + detector, reading a plain file;
 *  4. policy server decisions/s and latency with persistent connections on loopback (Postfix-style: one
 *     request in flight per connection, several connections);
 *  5. the same with the shared state in Redis (scale-out issue): one listener, then two listeners over one
 *     Redis splitting the connections; Redis round trips and CPU per decision.
 *   npm run bench:outbound [-- --users 1000 --days 30 --connections 8 --requests 60000 --sections 1,2,3,4,5 --redis redis://127.0.0.1:6379]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OutboundDetector } from '../src/outbound/behaviour/detector.js';
import { summarise } from '../src/outbound/behaviour/explain.js';
import { PostfixLogParser } from '../src/outbound/logs/postfix.js';
import { readLogFile } from '../src/outbound/logs/read.js';
import { OutboundMonitor } from '../src/outbound/monitor.js';
import { ordinaryHistory } from '../src/outbound/simulate/history.js';
import { simulatePostfixLog, type GroundTruth } from '../src/outbound/simulate/index.js';
import { MemoryOutboundState } from '../src/outbound/state/memory.js';
import { RedisOutboundState } from '../src/outbound/state/redis.js';
import type { OutboundState } from '../src/outbound/state/types.js';
import { startPolicyServer } from '../src/mta/policy/server.js';
import { PolicyClient, rcptRequest } from '../src/mta/policy/test-client.js';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '1000' }, days: { type: 'string', default: '30' },
    connections: { type: 'string', default: '8' }, requests: { type: 'string', default: '60000' },
    seed: { type: 'string', default: '11' },
    sections: { type: 'string', default: '1,2,3,4,5' }, redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
  },
});
const sections = new Set(values.sections!.split(',').map((x) => x.trim()));
const out = (s: string) => process.stdout.write(s + '\n');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

if (sections.has('1') || sections.has('2') || sections.has('3')) {
// 1. Detection in a simulated fortnight.
out('## 1. injected incidents, simulated fortnight (300 users, seeds 1–3)');
for (const seed of [1, 2, 3]) {
  const truth: GroundTruth[] = [];
  const detector = new OutboundDetector();
  const parser = new PostfixLogParser((e) => detector.observe(e), { year: 2026 });
  for (const batch of simulatePostfixLog({ seed, users: 300, days: 14 }, truth)) for (const l of batch) parser.line(l);
  parser.end();
  const incidents = detector.allIncidents();
  const expected = new Set(truth.map((t) => `${t.subject.kind}:${t.subject.id}`));
  const found = new Set(incidents.map((i) => `${i.subject.kind}:${i.subject.id}`));
  const extra = [...found].filter((k) => !expected.has(k));
  const missed = [...expected].filter((k) => !found.has(k));
  out(`seed ${seed}: ${incidents.length} incidents, ${truth.length} injected; missed ${missed.length ? missed.join(', ') : 'none'}; extra ${extra.length ? extra.join(', ') : 'none'}`);
  for (const t of truth) {
    const inc = incidents.find((i) => i.subject.id === t.subject.id);
    if (!inc) continue;
    const before = t.messageTimes.filter((x) => x <= inc.detectedAt).length;
    const minutes = (inc.detectedAt - t.start) / 60_000;
    const ok = before <= 50 || minutes <= 10;
    out(`  ${t.kind.padEnd(16)} ${`${t.subject.kind}:${t.subject.id}`.padEnd(20)} detected after ${before} of ${t.messageTimes.length} messages, ${minutes.toFixed(1)} min (${ok ? 'within' : 'NOT within'} 50 messages / 10 min)`);
    if (seed === 1) out(`    ${summarise(inc)}`);
  }
}

// 2 + 3. A month of 1,000 users without incidents: false alarms, and replay speed from a file.
const users = Number(values.users);
const days = Number(values.days);
out(`\n## 2. false alarms: ${fmt(users)} users, ${days} days, no injected incident (seed ${values.seed})`);
const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-bench-outbound-'));
try {
  const file = path.join(dir, 'month.log');
  let lines = 0;
  const chunks: string[] = [];
  const t0 = performance.now();
  for (const batch of simulatePostfixLog({ seed: Number(values.seed), users, days, incidents: [] })) {
    lines += batch.length;
    if (batch.length) chunks.push(batch.join('\n') + '\n');
  }
  writeFileSync(file, chunks.join(''));
  chunks.length = 0;
  out(`simulated ${fmt(lines)} log lines in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const detector = new OutboundDetector();
  let events = 0;
  const parser = new PostfixLogParser((e) => { events++; detector.observe(e); }, { year: 2026 });
  const t1 = performance.now();
  await readLogFile(file, (l) => parser.line(l));
  parser.end();
  const fullSeconds = (performance.now() - t1) / 1000;
  const incidents = detector.allIncidents();
  const subjects = detector.subjectCount();
  out(`incidents: ${incidents.length} over ${fmt(subjects)} subjects and ${fmt(events)} messages (false-alarm rate ${(100 * incidents.length / subjects).toFixed(2)} % of subjects, ${(incidents.length / (users * days)).toFixed(5)} per user-day)`);
  for (const i of incidents.slice(0, 5)) out(`  ${summarise(i)}`);

  out('\n## 3. log replay speed (plain file on disk, one thread)');
  const parseOnly = new PostfixLogParser(() => undefined, { year: 2026 });
  const t2 = performance.now();
  await readLogFile(file, (l) => parseOnly.line(l));
  parseOnly.end();
  const parseSeconds = (performance.now() - t2) / 1000;
  out(`parser alone:        ${fmt(lines / parseSeconds)} lines/s (${fmt(lines)} lines in ${parseSeconds.toFixed(2)} s)`);
  out(`parser + detector:   ${fmt(lines / fullSeconds)} lines/s (${fmt(events)} events, ${fmt(events / fullSeconds)} events/s)  target ≥ 100,000 lines/s`);
  // Only what the detector keeps (the parsers' garbage collected first, when --expose-gc allows).
  (globalThis as { gc?: () => void }).gc?.();
  out(`heap used after the month, detector alive${(globalThis as { gc?: unknown }).gc ? ' (after GC)' : ' (incl. garbage: run with --expose-gc)'}: ${fmt(process.memoryUsage().heapUsed / 1e6)} MB for ${fmt(detector.subjectCount())} subjects`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

}

// 4. Policy server; 5. the same over the shared Redis state.
const connections = Number(values.connections);
const requests = Number(values.requests);
const NOW = Date.UTC(2026, 5, 1, 10);

/** A monitor that knows 200 accounts' fortnight (learned locally: what the decisions are judged against). */
function warmMonitor(state: OutboundState): OutboundMonitor {
  const monitor = new OutboundMonitor({ state });
  for (let u = 0; u < 200; u++) {
    for (const e of ordinaryHistory({ account: `user${u}`, sender: `user${u}@corp.test`, clientIp: `10.1.${u % 8}.${10 + (u % 200)}`, end: NOW - 3600_000, seed: u + 1, days: 14 })) monitor.observe(e);
  }
  return monitor;
}

/** `connections` persistent clients spread over the servers' ports, one request in flight each. */
async function drive(ports: number[]): Promise<{ perSecond: number; p50: number; p99: number; max: number; cpuMsPerDecision: number }> {
  const clients = await Promise.all(Array.from({ length: connections }, (_, i) => PolicyClient.open(ports[i % ports.length]!)));
  const latencies: number[] = [];
  let next = 0;
  for (const c of clients) await c.ask(rcptRequest({ sasl: 'user1', sender: 'user1@corp.test', recipient: 'partner1@client1.example', client: '10.1.1.11', instance: 'w' }));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(clients.map(async (c, ci) => {
    for (;;) {
      const i = next++;
      if (i >= requests) return;
      const u = i % 200;
      const req = rcptRequest({ sasl: `user${u}`, sender: `user${u}@corp.test`, recipient: `partner${i % 12}@client${i % 4}.example`, client: `10.1.${u % 8}.${10 + u}`, instance: `c${ci}-${Math.floor(i / 3)}` });
      const s = performance.now();
      await c.ask(req);
      latencies.push(performance.now() - s);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  for (const c of clients) c.close();
  latencies.sort((a, b) => a - b);
  const q = (f: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * f))]!;
  // Client and servers share this process: the CPU figure is both sides' (the client's part is small).
  return { perSecond: requests / seconds, p50: q(0.5), p99: q(0.99), max: q(1), cpuMsPerDecision: (cpu.user + cpu.system) / 1000 / requests };
}

const line = (r: Awaited<ReturnType<typeof drive>>) =>
  `${fmt(r.perSecond)} decisions/s; latency p50 ${r.p50.toFixed(3)} ms, p99 ${r.p99.toFixed(3)} ms, max ${r.max.toFixed(2)} ms; CPU ${r.cpuMsPerDecision.toFixed(3)} ms/decision (this process)  (target ≥ 5,000/s, p99 < 5 ms)`;

if (sections.has('4')) {
  out(`\n## 4. policy server: ${connections} persistent connections, ${fmt(requests)} RCPT requests, one in flight per connection`);
  let clock = NOW;
  const srv = await startPolicyServer({ monitor: warmMonitor(new MemoryOutboundState()), now: () => (clock += 5) });
  out(line(await drive([srv.port])));
  await srv.close();
}

if (sections.has('5')) {
  const prefix = `spamlab-bench:${process.pid}:`;
  out(`\n## 5. policy server over the shared Redis state (${values.redis!.replace(/:[^:@/]*@/, ':***@')}, prefix ${prefix}): ${connections} connections, ${fmt(requests)} requests`);
  const states: RedisOutboundState[] = [];
  try {
    for (const listeners of [1, 2]) {
      let clock = NOW;
      const servers = [];
      for (let k = 0; k < listeners; k++) {
        const state = await RedisOutboundState.open({ url: values.redis!, keyPrefix: `${prefix}${listeners}:` });
        states.push(state);
        servers.push(await startPolicyServer({ monitor: warmMonitor(state), sharedLog: state, now: () => (clock += 5), alerts: [] }));
      }
      const before = states.slice(-listeners).map((st) => ({ ...st.stats }));
      const redis0 = await redisCpuAndCommands(values.redis!);
      const trips0 = servers.map((srv) => srv.shared!.stats.roundTrips);
      const r = await drive(servers.map((srv) => srv.port));
      const trips = servers.reduce((a, srv, k) => a + srv.shared!.stats.roundTrips - trips0[k]!, 0);
      const fed = servers.reduce((a, srv) => a + srv.shared!.stats.fed, 0);
      const redis1 = await redisCpuAndCommands(values.redis!);
      out(`${listeners} listener${listeners > 1 ? 's' : ''}: ${line(r)}`);
      out(`   Redis server: CPU ${((1000 * (redis1.cpu - redis0.cpu)) / requests).toFixed(3)} ms/decision, ${((redis1.commands - redis0.commands) / requests).toFixed(2)} commands/decision (its INFO counters: other clients of this Redis count too)`);
      out(`   Redis round trips per decision ${(trips / requests).toFixed(2)} (appends batch the requests that arrive during one); events fed to detectors ${fmt(fed)} (${listeners} × each event); log full ${states.slice(-listeners).reduce((a, st, k) => a + st.stats.logFull - before[k]!.logFull, 0)}`);
      for (const srv of servers) await srv.close();
    }
  } finally {
    for (const st of states) await st.close();
    const cleaner = await RedisOutboundState.open({ url: values.redis!, keyPrefix: prefix });
    await cleaner.dropAll();
    await cleaner.close();
  }
}

/** Redis' own CPU seconds (user + sys) and commands processed, from INFO. */
async function redisCpuAndCommands(url: string): Promise<{ cpu: number; commands: number }> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true });
  await client.connect();
  try {
    const info = await client.info();
    const field = (name: string) => Number(new RegExp(`^${name}:([0-9.]+)`, 'm').exec(info)?.[1] ?? 0);
    return { cpu: field('used_cpu_user') + field('used_cpu_sys'), commands: field('total_commands_processed') };
  } finally {
    client.disconnect();
  }
}
