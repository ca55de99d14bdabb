/**
 * rspamd and SpamAssassin on the same messages, in the same run, through the peers' own scripts
 * (../shared/peers: rspamd-up.sh / rspamd-down.sh, spamd-up.sh / spamd-down.sh; network modules off,
 * loopback only). Each is skipped with a note when it is not installed or cannot be started.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allPids, CLOCK_TICKS, median, procStat } from './measure.js';
import { CORPUS_DATA, PEERS_DIR, readSplit } from './corpus.js';

export interface PeerResult {
  name: string;
  /** Median messages per second over the measured runs; undefined when skipped. */
  msgPerSec?: number;
  runs: number[];
  /** Messages the peer answered for in the last run. */
  answered: number;
  /** CPU milliseconds per message of the daemon (rspamd: its processes plus its Redis), over the timed runs. */
  cpuMsPerMessage?: number;
  note: string;
}

const RSPAMD_NORMAL = process.env.RSPAMD_NORMAL ?? '127.0.0.1:11633';
/** The peers' Redis (rspamd's Bayes statistics), as ../shared/peers/env.sh sets it. */
const PEERS_REDIS_PORT = process.env.REDIS_PORT ?? '6390';
const SPAMD_PORT = process.env.SPAMD_PORT ?? '7830';

function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** CPU seconds used so far by a process and its direct children, reaped ones included (as peers/eval.sh). */
function treeCpuSeconds(pidFile: string): number {
  let root: string;
  try {
    root = readFileSync(pidFile, 'utf8').trim();
  } catch {
    return NaN;
  }
  let ticks = 0;
  for (const entry of allPids()) {
    const fields = procStat(entry);
    // utime, stime, cutime, cstime of the root and of each process whose parent (fields[1]) it is
    if (fields && (entry === root || fields[1] === root)) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / CLOCK_TICKS;
}

function pidAlive(pidFile: string): boolean {
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs one of the peers' scripts, its log appended to `logFile`; throws with the log's tail on failure. */
function runScript(script: string, logFile: string, args: string[] = []): void {
  const fd = openSync(logFile, 'a');
  try {
    const result = spawnSync(path.join(PEERS_DIR, script), args, { stdio: ['ignore', fd, fd] });
    if (result.status !== 0) {
      throw new Error(`${script} failed (exit ${result.status}); see ${logFile}:\n${readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n')}`);
    }
  } finally {
    closeSync(fd);
  }
}

function cannotRun(name: string, daemon: string, client: string): string | undefined {
  if (!installed(daemon) || !installed(client)) return `${name} not installed (${daemon}/${client} not found): skipped`;
  if (!existsSync(PEERS_DIR)) return `peers' scripts not found in ${PEERS_DIR}: skipped`;
  if (process.getuid?.() !== 0) return `${name}: the peers' scripts start the daemon as its own user and need root: skipped`;
  return undefined;
}

/** rspamd's Bayes learn counters (the `RS` hash in the peers' Redis), or undefined when it cannot be read. */
function rspamdBayes(): { spam: number; ham: number } | undefined {
  const r = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', PEERS_REDIS_PORT, 'HGETALL', 'RS'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const lines = r.stdout.split('\n').map((l) => l.trim());
  const field = (name: string) => Number(lines[lines.indexOf(name) + 1] ?? 0) || 0;
  return { spam: field('learns_spam'), ham: field('learns_ham') };
}

/**
 * Trains rspamd's Bayes on the peers' train split with their own script (peers/train.sh: `rspamc learn_*`
 * with Learn-Type bulk), as the comparison asks for a trained rspamd. train.sh reads
 * $CORPUS_DIR/train/{ham,spam}, which the peers' split.sh would fill by rewriting the shared split lists;
 * the same files are copied here from the lists instead.
 */
function trainRspamd(logFile: string, log: (line: string) => void): void {
  const corpusDir = process.env.CORPUS_DIR ?? '/tmp/corpus';
  for (const label of ['ham', 'spam'] as const) {
    const dir = path.join(corpusDir, 'train', label);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const rel of readSplit(`train-${label}`)) copyFileSync(path.join(CORPUS_DATA, rel), path.join(dir, rel.replaceAll('/', '__')));
  }
  log('training rspamd\'s Bayes on the train split (peers/train.sh --peer rspamd; a few minutes)');
  runScript('train.sh', logFile, ['--peer', 'rspamd']);
}

/** An rspamd daemon up and trained for a run: timed passes of `rspamc -n 2` over the files, each with its CPU. */
export interface RspamdSession {
  /** One pass over the files: wall seconds, messages answered, CPU ms of the daemon and its Redis meanwhile. */
  pass(): { seconds: number; answered: number; cpuMs: number };
  note: string;
  /** Stops rspamd if this session started it. */
  close(): void;
}

/**
 * Starts rspamd (unless running) and trains its Bayes on the train split when it is empty (`train: false`
 * leaves it as it is). Returns a reason instead when it cannot run here.
 */
export function openRspamd(files: string[], log: (line: string) => void, train = true): RspamdSession | { skipped: string } {
  const skip = cannotRun('rspamd', 'rspamd', 'rspamc');
  if (skip) return { skipped: skip };
  const logFile = path.join(tmpdir(), 'spamlab-bench-peers.log');
  const running = pidAlive('/tmp/peers/rspamd/rspamd.mainpid');
  const version = spawnSync('rspamd', ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0] ?? '';
  const close = () => {
    if (running) return;
    try {
      runScript('rspamd-down.sh', logFile);
    } catch (err) {
      log(`rspamd-down.sh: ${(err as Error).message}`);
    }
  };
  try {
    if (!running) {
      log('starting rspamd (peers/rspamd-up.sh; ~30 s for its regexp compilation)');
      runScript('rspamd-up.sh', logFile);
    }
    const before = rspamdBayes();
    if (train && before && before.spam + before.ham === 0) trainRspamd(logFile, log);
    const bayes = rspamdBayes();
    const bayesNote = !bayes ? 'Bayes state unknown (redis-cli)' : bayes.spam + bayes.ham > 0 ? `Bayes trained (${bayes.spam} spam, ${bayes.ham} ham learned)` : 'Bayes empty (untrained: faster than trained)';
    const out = path.join(tmpdir(), 'spamlab-bench-rspamc.jsonl');
    const daemonCpu = (): number => treeCpuSeconds('/tmp/peers/rspamd/rspamd.mainpid') + treeCpuSeconds('/tmp/peers/redis/redis.pid');
    const pass = () => {
      const fd = openSync(out, 'w');
      const cpuBefore = daemonCpu();
      const started = performance.now();
      spawnSync('rspamc', ['-h', RSPAMD_NORMAL, '-n', '2', '-t', '60', '--compact', 'symbols', ...files], { stdio: ['ignore', fd, 'ignore'] });
      const seconds = (performance.now() - started) / 1000;
      const cpuMs = (daemonCpu() - cpuBefore) * 1000;
      closeSync(fd);
      const answered = readFileSync(out, 'utf8').split('\n').filter((l) => l.includes('"action"')).length;
      return { seconds, answered, cpuMs };
    };
    return { pass, close, note: `${version}; 2 normal workers, rspamc -n 2; network modules off; ${bayesNote}${running ? '; used the rspamd already running' : ''}` };
  } catch (err) {
    close();
    return { skipped: `rspamd could not be measured: ${(err as Error).message}` };
  }
}

/**
 * rspamd on its own: one warm-up pass, then `runs` timed passes through an open session (the caller closes
 * it; it may go on to pair rspamd's passes with spamlab's, see bench/scan.ts).
 */
export function benchRspamd(session: RspamdSession | { skipped: string }, files: string[], runs: number, log: (line: string) => void): PeerResult {
  const name = 'rspamd';
  if ('skipped' in session) return { name, runs: [], answered: 0, note: session.skipped };
  log(`rspamd: warm-up pass over ${files.length} messages`);
  session.pass();
  const rates: number[] = [];
  let answered = 0;
  let cpuMs = 0;
  for (let i = 0; i < runs; i++) {
    const r = session.pass();
    answered = r.answered;
    cpuMs += r.cpuMs;
    rates.push(files.length / r.seconds);
    log(`rspamd run ${i + 1}: ${(files.length / r.seconds).toFixed(0)} msg/s (${r.answered} answered)`);
  }
  const cpuMsPerMessage = cpuMs / (runs * files.length);
  return { name, msgPerSec: median(rates), runs: rates, answered, ...(Number.isFinite(cpuMsPerMessage) ? { cpuMsPerMessage } : {}), note: session.note };
}

/** SpamAssassin: spamd with 2 children, `spamc -c` per file, 2 at a time; one timed pass (it is slow). */
export async function benchSpamAssassin(files: string[], log: (line: string) => void): Promise<PeerResult> {
  const name = 'SpamAssassin';
  const skip = cannotRun(name, 'spamd', 'spamc');
  if (skip) return { name, runs: [], answered: 0, note: skip };
  const logFile = path.join(tmpdir(), 'spamlab-bench-peers.log');
  const running = pidAlive('/tmp/peers/spamassassin/spamd.pid');
  const version = spawnSync('spamassassin', ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0] ?? '';
  try {
    if (!running) {
      log('starting spamd (peers/spamd-up.sh)');
      runScript('spamd-up.sh', logFile);
    }
    const checkOne = (file: string): Promise<boolean> =>
      new Promise((resolve) => {
        const fd = openSync(file, 'r');
        const child = spawn('spamc', ['-x', '-d', '127.0.0.1', '-p', SPAMD_PORT, '-t', '120', '-c'], { stdio: [fd, 'pipe', 'ignore'] });
        let output = '';
        child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
        child.on('close', () => {
          closeSync(fd);
          resolve(/^-?[\d.]+\/[\d.]+/.test(output.trim()));
        });
      });
    log(`SpamAssassin: one pass over ${files.length} messages, 2 at a time (about ${Math.round(files.length / 16)} s)`);
    let next = 0;
    let answered = 0;
    const cpuBefore = treeCpuSeconds('/tmp/peers/spamassassin/spamd.pid');
    const started = performance.now();
    await Promise.all(
      [0, 1].map(async () => {
        while (next < files.length) if (await checkOne(files[next++]!)) answered++;
      }),
    );
    const rate = files.length / ((performance.now() - started) / 1000);
    const cpuMsPerMessage = ((treeCpuSeconds('/tmp/peers/spamassassin/spamd.pid') - cpuBefore) * 1000) / files.length;
    return { name, msgPerSec: rate, runs: [rate], answered, ...(Number.isFinite(cpuMsPerMessage) ? { cpuMsPerMessage } : {}), note: `${version}; spamd -L, 2 children, spamc ×2; no warm-up pass` };
  } catch (err) {
    return { name, runs: [], answered: 0, note: `SpamAssassin could not be measured: ${(err as Error).message}` };
  } finally {
    if (!running) {
      try {
        runScript('spamd-down.sh', logFile);
      } catch (err) {
        log(`spamd-down.sh: ${(err as Error).message}`);
      }
    }
  }
}
