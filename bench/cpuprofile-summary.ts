/**
 * Shares of a V8 .cpuprofile (`node --cpu-prof`, or bench/profile.ts `--warm-profile N FILE`): self time by function,
 * inclusive time by function (a function counted once per sample however often it is on the stack), self time by file, and
 * time by check — the outermost `run` of a module under checks/<family>/ on the sample's stack — and by check family.
 *
 *   node --import tsx bench/cpuprofile-summary.ts FILE [TOP]       # TOP rows of each table (default 40)
 *   node --import tsx bench/cpuprofile-summary.ts FILE [TOP] --count   # each sample weighs one (see below)
 *
 * A sample's time is the wall-clock delta to the next sample. On a loaded machine a process that waits for a core takes no
 * samples meanwhile, and the whole wait lands on one sample: session 60 (pool60) read `folded` (paste-and-run) at 3.09 % self
 * by time in a profile taken at load ~30, from 19 samples of 22,615 (0.08 % by count; a micro-benchmark of the function agreed
 * with the count). `--count` weighs every sample alike (V8 samples at a fixed interval while the thread runs), which is the
 * CPU share; the header prints the largest single delta and the median, so a loaded profile shows itself.
 *
 * Read self times with care: TurboFan inlines small functions into their callers, and a sample in inlined code is charged
 * by source position, which sometimes names the wrong function (session 47, cpu47: `lowerName`, a Map look-up of ~24
 * header names, read 1.8 % self; timed apart it is ~0.05 %). Profiling with `node --no-turbo-inlining` gives each function
 * its own frames at the price of call overhead; instruction counts (bench/instructions.ts) are the measure of a change.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const byCount = args.includes('--count');
const [file, topArg] = args.filter((a) => a !== '--count');
if (!file) throw new Error('usage: bench/cpuprofile-summary.ts FILE [TOP]');
const top = Number(topArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// Each sample's time is the delta to the next sample (the last one takes its own).
const time = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]!;
  time.set(id, (time.get(id) ?? 0) + (byCount ? 1 : (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0)));
}
let total = 0;
for (const t of time.values()) total += t;

const short = (url: string): string => url.replace(/^.*\/(dist|src|node_modules)\//, '$1/').replace(/^file:\/\//, '');
const nameOf = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const CHECK_MODULE = /\/checks\/([^/]+)\/([^/]+)\.[jt]s$/;

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const byFile = new Map<string, number>();
const byCheck = new Map<string, number>();
const add = (map: Map<string, number>, key: string, t: number) => map.set(key, (map.get(key) ?? 0) + t);
for (const [id, t] of time) {
  const leaf = byId.get(id)!;
  add(self, nameOf(leaf), t);
  add(byFile, short(leaf.callFrame.url) || leaf.callFrame.functionName, t);
  const onStack = new Set<string>();
  let check = '(not in a check)';
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    const name = nameOf(n);
    if (!onStack.has(name)) {
      onStack.add(name);
      add(inclusive, name, t);
    }
    const m = CHECK_MODULE.exec(n.callFrame.url);
    if (m && n.callFrame.functionName === 'run') check = `${m[1]}/${m[2]}`;
  }
  add(byCheck, check, t);
}
const byFamily = new Map<string, number>();
for (const [check, t] of byCheck) add(byFamily, check.split('/')[0]!, t);

const show = (title: string, map: Map<string, number>, rows = top) => {
  process.stdout.write(`\n${title}\n`);
  for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) process.stdout.write(`${((100 * t) / total).toFixed(2).padStart(6)} %  ${key}\n`);
};
const deltas = [...profile.timeDeltas].sort((a, b) => a - b);
const wall = deltas.reduce((a, b) => a + b, 0);
process.stdout.write(
  `${profile.samples.length} samples, ${(wall / 1e6).toFixed(1)} s; deltas: median ${((deltas[deltas.length >> 1] ?? 0) / 1000).toFixed(2)} ms, largest ${((deltas.at(-1) ?? 0) / 1000).toFixed(1)} ms; weighed by ${byCount ? 'count' : 'time'}\n`,
);
show('self time by function', self);
show('inclusive time by function', inclusive);
show('self time by file', byFile);
show('by check (outermost checks/<family>/<module> run on the stack)', byCheck);
show('by check family', byFamily);
