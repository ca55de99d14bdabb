/**
 * POST /api/scan throughput and latency at concurrency 1, 8 and 64 on loopback, next to rspamd's HTTP
 * /checkv2 on the same messages in the same run (when rspamd is installed: started with
 * ../shared/peers/rspamd-up.sh, network modules off, and stopped after).
 *
 *   npm run bench:api                       # 400 messages of the SpamAssassin test split per level
 *   npm run bench:api -- --messages 200 --no-peers
 *   npm run bench:api -- --threads 2          # scan threads in the server (default: serve's, cores − 1)
 *
 * spamlab runs `?store=0` (scan only, as rspamd does) at each level, plus one pass at concurrency 8 that
 * stores every result (SQLite with the trend and campaign indexers), on fresh messages.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CORPUS_DATA, PEERS_DIR, REPO, ensureCorpus, readSplit } from './lib/corpus.js';
import { percentile } from './lib/measure.js';
import { defaultConfig } from '../src/config/load.js';
import { createScanner } from '../src/runtime/index.js';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--messages') + 1] ?? 0) || 400;
const peers = !args.includes('--no-peers');
const threadsArg = args.includes('--threads') ? Number(args[args.indexOf('--threads') + 1]) : undefined;
const LEVELS = [1, 8, 64];
const RSPAMD = process.env.RSPAMD_NORMAL ?? '127.0.0.1:11633';

ensureCorpus((s) => console.error(s));
const names = [...readSplit('test-ham'), ...readSplit('test-spam')].sort();
const messages = names.slice(0, count).map((rel) => readFileSync(path.join(CORPUS_DATA, rel)));
const fresh = names.slice(count, count * 2).map((rel) => readFileSync(path.join(CORPUS_DATA, rel)));

interface Row {
  target: string;
  concurrency: number;
  msgPerSec: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Sends every message once, `concurrency` requests at a time; latency per request in ms. */
async function drive(send: (raw: Uint8Array) => Promise<boolean>, list: Uint8Array[], concurrency: number): Promise<Omit<Row, 'target' | 'concurrency'>> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < list.length) {
        const raw = list[next++]!;
        const t0 = performance.now();
        if (!(await send(raw))) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { msgPerSec: list.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

async function startServer(): Promise<{ url: string; token: string; threads: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/lib/api-server.ts')], {
    stdio: ['pipe', 'pipe', 'inherit'],
    cwd: REPO,
    env: { ...process.env, ...(threadsArg ? { SPAMLAB_BENCH_THREADS: String(threadsArg) } : {}) },
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve) => lines.once('line', resolve));
  const info = JSON.parse(first) as { url: string; token: string; threads: number };
  return {
    ...info,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

const rows: Row[] = [];
// The engine alone in this process, same messages, same moment: what HTTP, JSON and the pool add on top.
{
  const scanner = await createScanner({ config: defaultConfig() });
  for (const raw of messages.slice(0, 50)) await scanner.scan({ source: 'warm-up', raw });
  rows.push({ target: 'engine alone, in-process (no HTTP)', concurrency: 1, ...(await drive(async (raw) => Boolean(await scanner.scan({ source: 'bench', raw })), messages, 1)) });
}
const server = await startServer();
const spamlab = (store: boolean) => async (raw: Uint8Array) => {
  const res = await fetch(`${server.url}/api/scan?store=${store ? 1 : 0}`, { method: 'POST', body: raw, headers: { Authorization: `Bearer ${server.token}` } });
  await res.arrayBuffer();
  return res.ok;
};
await drive(spamlab(false), messages.slice(0, 50), 4); // warm-up
for (const c of LEVELS) rows.push({ target: 'spamlab POST /api/scan?store=0', concurrency: c, ...(await drive(spamlab(false), messages, c)) });
rows.push({ target: 'spamlab POST /api/scan (stored, SQLite)', concurrency: 8, ...(await drive(spamlab(true), fresh, 8)) });
await server.stop();

let peerNote = 'rspamd: skipped (--no-peers)';
if (peers) {
  const up = path.join(PEERS_DIR, 'rspamd-up.sh');
  const installed = existsSync('/usr/bin/rspamd') && existsSync(up);
  if (!installed) peerNote = 'rspamd: not installed here';
  else {
    let started = false;
    try {
      const alreadyUp = await fetch(`http://${RSPAMD}/ping`).then((r) => r.ok, () => false);
      if (!alreadyUp) {
        console.error('starting rspamd (peers/rspamd-up.sh)');
        execFileSync('bash', [up], { stdio: ['ignore', 'ignore', 'inherit'] });
        started = true;
      }
      const rspamd = async (raw: Uint8Array) => {
        const res = await fetch(`http://${RSPAMD}/checkv2`, { method: 'POST', body: raw });
        await res.arrayBuffer();
        return res.ok;
      };
      await drive(rspamd, messages.slice(0, 50), 4);
      for (const c of LEVELS) rows.push({ target: 'rspamd 3.4 POST /checkv2', concurrency: c, ...(await drive(rspamd, messages, c)) });
      peerNote = `rspamd: ${started ? 'started for this run' : 'already running'} at ${RSPAMD} (2 normal workers, network modules off)`;
    } catch (err) {
      peerNote = `rspamd: failed (${(err as Error).message})`;
    } finally {
      if (started) execFileSync('bash', [path.join(PEERS_DIR, 'rspamd-down.sh')], { stdio: 'ignore' });
    }
  }
}

console.log(`POST /api/scan on loopback, ${messages.length} messages of the SpamAssassin test split per level; spamlab scan threads: ${server.threads}; ${peerNote}`);
console.log('| target | concurrency | msg/s | p50 ms | p99 ms | errors |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.target} | ${r.concurrency} | ${r.msgPerSec.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} |`);
