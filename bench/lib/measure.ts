import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** VmHWM (peak RSS) of one process in bytes, or 0 when it is gone. */
function processPeak(pid: number | 'self'): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Peak resident set size in bytes of this process (VmHWM; its worker threads included) plus each of `pids`
 * (a scan pool's worker processes): a sum of peaks, so never less than the peak of the sum.
 */
export function peakRss(pids: number[] = []): number {
  const own = processPeak('self') || process.resourceUsage().maxRSS * 1024;
  return pids.reduce((sum, pid) => sum + processPeak(pid), own);
}

/** Resets VmHWM to the current RSS (Linux clear_refs 5) here and in `pids`, so a phase's peak is its own. False if refused. */
export function resetPeakRss(pids: number[] = []): boolean {
  try {
    for (const pid of ['self', ...pids]) writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Clock ticks per second: the unit of the CPU times in /proc/PID/stat. */
export const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * The fields of /proc/PID/stat after the command name, counted from the state as 0 (proc(5): [1] ppid, [11]
 * utime, [12] stime, [13] cutime, [14] cstime, in clock ticks), or undefined for a process that is gone.
 */
export function procStat(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Every process id in /proc. */
export function allPids(): string[] {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
}

/** User + system CPU ms used so far by processes (clock ticks: 10 ms steps), 0 for one that is gone. */
export function processesCpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const fields = procStat(pid);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/** Every descendant of `root` (children, their children …), read from /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of allPids()) {
    const fields = procStat(entry);
    if (!fields) continue; // exited meanwhile
    const ppid = Number(fields[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  for (let queue = [root]; queue.length > 0; ) {
    const next = children.get(queue.shift()!) ?? [];
    found.push(...next);
    queue.push(...next);
  }
  return found;
}

export interface TreeRun {
  status: number | null;
  stderr: string;
  wallMs: number;
  /** Sum over the command's processes of each one's peak RSS (VmHWM, read every `everyMs` while it runs). */
  treePeakRssBytes: number;
  /** How many processes were seen (the command and every descendant). */
  processes: number;
}

/**
 * Runs a command (stdout discarded) and follows the memory of its whole process tree: a scan with worker
 * processes is several processes, and GNU time's or getrusage's maximum is the largest one's, not their sum.
 */
export function runWithTreeMemory(argv: string[], cwd: string, options: { everyMs?: number; countRoot?: boolean } = {}): Promise<TreeRun> {
  const everyMs = options.everyMs ?? 100;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const peaks = new Map<number, number>();
    const sample = () => {
      if (!child.pid) return;
      // The root may be a wrapper (GNU time) whose own few MB are not the scan's.
      for (const pid of [...(options.countRoot === false ? [] : [child.pid]), ...descendants(child.pid)]) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, processPeak(pid)));
    };
    const timer = setInterval(sample, everyMs);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-1 << 20);
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
    });
    child.on('close', (status) => {
      const total = [...peaks.values()].reduce((a, b) => a + b, 0);
      resolve({ status, stderr, wallMs: performance.now() - started, treePeakRssBytes: total, processes: peaks.size });
    });
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;
