/**
 * `npm run bench:mta`: throughput and latency of spamlab's MTA listeners on loopback, at concurrency 1, 8
 * and 64, on the same messages, next to rspamd's HTTP /checkv2 in the same run (when it can be started).
 *
 *   node --import tsx bench/mta.ts [--messages N] [--levels 1,8,64] [--threads N] [--no-rspamd] [--no-spamc]
 *
 * - Messages: N (default 300) of the peers' test split, half ham half spam, every k-th file (fixed).
 * - spamlab runs in a child process (bench/lib/mta-server.ts: milter + spamd, one in-process Scanner, or a
 *   pool of --threads N workers as `serve -j N`), so the load generator here does not share its event loop.
 * - milter: our own protocol-v6 client (src/test-support/milter-client.ts), one connection per concurrent
 *   client, CONNECT … EOM per message as Postfix sends it (NR_ flags negotiated as Postfix offers them).
 * - spamd: our own SPAMC/1.5 client (CHECK, one connection per message, as spamc does), and the real
 *   `spamc -c` processes (process start included: what a procmail/maildrop setup pays per message).
 * - rspamd: POST /checkv2 to its normal worker (peers/rspamd-up.sh: 2 workers, network modules off).
 * Each row: one untimed warm-up pass, then one timed pass over the N messages; msg/s, p50/p99 latency per
 * message as the client sees it, and server CPU ms per message (spamlab: the child's process.cpuUsage).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { MilterClient } from '../src/test-support/milter-client.js';
import { CORPUS_DATA, ensureCorpus, PEERS_DIR, readSplit, REPO } from './lib/corpus.js';
import { percentile } from './lib/measure.js';

interface Row {
  target: string;
  concurrency: number;
  messages: number;
  msgPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  serverCpuMsPerMsg?: number;
  note?: string;
}

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const COUNT = Number(opt('--messages', '300'));
const LEVELS = opt('--levels', '1,8,64').split(',').map(Number);
const log = (line: string) => process.stderr.write(`${line}\n`);

function pickMessages(): Buffer[] {
  ensureCorpus(log);
  const ham = readSplit('test-ham');
  const spam = readSplit('test-spam');
  const every = (list: string[], n: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
  return [...every(ham, COUNT / 2), ...every(spam, COUNT / 2)].map((rel) => readFileSync(path.join(CORPUS_DATA, rel)));
}

/** Runs `work(i)` for every message index with `concurrency` workers; returns per-message latencies (ms). */
async function drive(count: number, concurrency: number, work: (worker: number, index: number) => Promise<boolean>): Promise<{ seconds: number; latencies: number[]; errors: number }> {
  let next = 0;
  let errors = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = next++; i < count; i = next++) {
        const t0 = performance.now();
        const ok = await work(worker, i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), errors };
}

function row(target: string, concurrency: number, run: { seconds: number; latencies: number[]; errors: number }, cpuSeconds?: number, note?: string): Row {
  const n = run.latencies.length;
  const r: Row = {
    target,
    concurrency,
    messages: n,
    msgPerSec: n / run.seconds,
    p50: percentile(run.latencies, 50),
    p99: percentile(run.latencies, 99),
    errors: run.errors,
  };
  if (cpuSeconds !== undefined) r.serverCpuMsPerMsg = (cpuSeconds * 1000) / n;
  if (note) r.note = note;
  log(`${target} c=${concurrency}: ${r.msgPerSec.toFixed(0)} msg/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}`);
  return r;
}

// ---------------------------------------------------------------- spamlab server (child process)
interface SpamlabServer {
  milter: string;
  spamdPort: number;
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

async function startSpamlab(): Promise<SpamlabServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/lib/mta-server.ts')], {
    cwd: REPO,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, THREADS: opt('--threads', '1') },
  });
  const lines = createInterface({ input: child.stdout! });
  const pending: ((line: string) => void)[] = [];
  lines.on('line', (line) => pending.shift()?.(line));
  const nextLine = () => new Promise<string>((resolve) => pending.push(resolve));
  const ready = JSON.parse(await nextLine()) as { milter: string; spamdPort: number };
  return {
    ...ready,
    async cpu() {
      const answer = nextLine();
      child.stdin!.write('cpu\n');
      return (JSON.parse(await answer) as { cpu: number }).cpu;
    },
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

// ---------------------------------------------------------------- clients
function spamdCheck(port: number, raw: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(/^SPAMD\/1\.1 0 EX_OK\r\nSpam: (True|False) ; /.test(text)));
    socket.end(Buffer.concat([Buffer.from(`CHECK SPAMC/1.5\r\nContent-length: ${raw.length}\r\n\r\n`), raw]));
  });
}

function spamcProcess(port: number, file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const fd = openSync(file, 'r');
    const child = spawn('spamc', ['-x', '-d', '127.0.0.1', '-p', String(port), '-c'], { stdio: [fd, 'pipe', 'ignore'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      closeSync(fd);
      resolve((code === 0 || code === 1) && /^-?[\d.]+\/[\d.]+/.test(out));
    });
  });
}

function checkv2(hostPort: string, raw: Buffer): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const req = request({ host, port: Number(port), method: 'POST', path: '/checkv2', headers: { 'content-length': raw.length }, agent: keepAlive }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve(res.statusCode === 200 && body.includes('"action"')));
    });
    req.on('error', () => resolve(false));
    req.end(raw);
  });
}
const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

// ---------------------------------------------------------------- rspamd (peers' scripts)
const RSPAMD_NORMAL = process.env.RSPAMD_NORMAL ?? '127.0.0.1:11633';
const RSPAMD_PID = '/tmp/peers/rspamd/rspamd.mainpid';

function pidAlive(file: string): boolean {
  try {
    process.kill(Number(readFileSync(file, 'utf8').trim()), 0);
    return true;
  } catch {
    return false;
  }
}

function rspamdCpuSeconds(): number {
  let root: string;
  try {
    root = readFileSync(RSPAMD_PID, 'utf8').trim();
  } catch {
    return NaN;
  }
  const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  let ticks = 0;
  for (const line of spawnSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/);
    if (pid !== root && ppid !== root) continue;
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks / ticksPerSecond;
}

function startRspamd(): { started: boolean; note: string } | null {
  if (args.includes('--no-rspamd')) return null;
  if (spawnSync('sh', ['-c', 'command -v rspamd'], { stdio: 'ignore' }).status !== 0) return { started: false, note: 'rspamd not installed: skipped' };
  if (pidAlive(RSPAMD_PID)) return { started: false, note: 'used the rspamd already running (peers)' };
  if (process.getuid?.() !== 0 || !existsSync(path.join(PEERS_DIR, 'rspamd-up.sh'))) return { started: false, note: 'cannot start rspamd (needs root and peers/rspamd-up.sh): skipped' };
  log('starting rspamd (peers/rspamd-up.sh; ~30 s)');
  const logFile = path.join(tmpdir(), 'spamlab-bench-mta-peers.log');
  const fd = openSync(logFile, 'a');
  const up = spawnSync(path.join(PEERS_DIR, 'rspamd-up.sh'), [], { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  if (up.status !== 0) return { started: false, note: `rspamd-up.sh failed (see ${logFile}): skipped` };
  return { started: true, note: 'started for this run by peers/rspamd-up.sh' };
}

// ---------------------------------------------------------------- main
const messages = pickMessages();
// spamc reads a file per process: the same messages written once to a temp dir.
const messageDir = mkdtempSync(path.join(tmpdir(), 'spamlab-bench-mta-'));
const files = messages.map((raw, i) => {
  const file = path.join(messageDir, `${i}.eml`);
  writeFileSync(file, raw);
  return file;
});
process.on('exit', () => rmSync(messageDir, { recursive: true, force: true }));
log(`spamlab scan threads: ${opt('--threads', '1')}; ${messages.length} messages (${(messages.reduce((s, m) => s + m.length, 0) / 1024 / 1024).toFixed(1)} MB), levels ${LEVELS.join(', ')}; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}`);

const rows: Row[] = [];
const spamlab = await startSpamlab();
try {
  for (const c of LEVELS) {
    const clients = await Promise.all(Array.from({ length: c }, () => MilterClient.connect(spamlab.milter)));
    const once = () => drive(messages.length, c, async (w, i) => (await clients[w]!.check({ raw: messages[i]! })).final !== 'tempfail');
    await once();
    const cpu0 = await spamlab.cpu();
    const run = await once();
    rows.push(row('spamlab milter', c, run, (await spamlab.cpu()) - cpu0));
    await Promise.all(clients.map((client) => client.quit()));
  }
  for (const c of LEVELS) {
    const once = () => drive(messages.length, c, (_w, i) => spamdCheck(spamlab.spamdPort, messages[i]!));
    await once();
    const cpu0 = await spamlab.cpu();
    const run = await once();
    rows.push(row('spamlab spamd (own client, CHECK)', c, run, (await spamlab.cpu()) - cpu0));
  }
  if (!args.includes('--no-spamc')) {
    for (const c of LEVELS) {
      const cpu0 = await spamlab.cpu();
      const run = await drive(files.length, c, (_w, i) => spamcProcess(spamlab.spamdPort, files[i]!));
      rows.push(row('spamlab spamd (real spamc -c processes)', c, run, (await spamlab.cpu()) - cpu0, 'includes spamc process start'));
    }
  }
} finally {
  await spamlab.stop();
}

const rspamd = startRspamd();
let rspamdNote = rspamd?.note ?? 'skipped (--no-rspamd)';
if (rspamd && (rspamd.started || pidAlive(RSPAMD_PID))) {
  try {
    for (const c of LEVELS) {
      const once = () => drive(messages.length, c, (_w, i) => checkv2(RSPAMD_NORMAL, messages[i]!));
      await once();
      const cpu0 = rspamdCpuSeconds();
      const run = await once();
      rows.push(row('rspamd /checkv2', c, run, rspamdCpuSeconds() - cpu0));
    }
    const version = spawnSync('rspamd', ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0] ?? '';
    rspamdNote = `${version}; ${rspamdNote}; 2 normal workers, network modules off, Bayes as the peers left it`;
  } finally {
    keepAlive.destroy();
    if (rspamd.started) {
      const fd = openSync(path.join(tmpdir(), 'spamlab-bench-mta-peers.log'), 'a');
      spawnSync(path.join(PEERS_DIR, 'rspamd-down.sh'), [], { stdio: ['ignore', fd, fd] });
      closeSync(fd);
    }
  }
}

const table = [
  '| target | concurrency | msg/s | p50 ms | p99 ms | server CPU ms/msg | errors |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.target} | ${r.concurrency} | ${r.msgPerSec.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.serverCpuMsPerMsg === undefined || !Number.isFinite(r.serverCpuMsPerMsg) ? '—' : r.serverCpuMsPerMsg.toFixed(2)} | ${r.errors} |`),
];
process.stdout.write(`${table.join('\n')}\n\nrspamd: ${rspamdNote}\n`);
if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ rows, rspamd: rspamdNote })}\n`);
