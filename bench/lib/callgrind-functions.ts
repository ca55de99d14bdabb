/**
 * Per-function instruction counts from a callgrind output file, with V8's JIT code named through its perf map
 * (`node --perf-basic-prof` writes /tmp/perf-PID.map: `start size name` a line, hex). Used by bench/instructions.ts's
 * `--functions N` (which runs the child with --perf-basic-prof, keeps the map beside callgrind's output and prints
 * the table) and by its `--from DIR` / `--compare DIR DIR` (the same table from kept runs, or a per-function diff).
 *
 * What a row is:
 * - callgrind names code it has no symbol for `0x…` (the address of a basic block it entered); those addresses are
 *   looked up in the perf map and summed under the JS function (`JS:*name file:line:col` — `*` TurboFan, `+` Maglev,
 *   `^` Sparkplug, `~` the interpreter's per-function trampoline), the compiled regular expression (`RegExp:source`:
 *   irregexp's native code, which a sampled profile charges to the caller's line), or the builtin / bytecode handler.
 *   Where one address was used by more than one code object in the run (code freed and its space reused), the
 *   entry written last wins: the counted window is the run's last part. A row's tiers are summed; the `tiers`
 *   column says how the self count split between them.
 * - everything callgrind names (V8's C++, embedded builtins `Builtins_…`, libc) keeps callgrind's name.
 * - `self`: instructions executed in the row's own code. `incl.`: self plus the cost callgrind recorded for calls
 *   from the row into other rows (a call between two blocks of one JS function is not a call here). Recursion and
 *   mutual recursion count a callee's cost once per level (callgrind's cycle detection is off), and a frame entered
 *   before the window opened has no call cost for the calls it made before then: read `incl.` as an upper bound for
 *   recursive readers and as the figure for the rest. Builtins that call back into JS (Call_…, the prologues) and
 *   JIT code that jumps rather than returns make callgrind's call costs nest without bound: a row whose inclusive
 *   count is beyond the whole window's shows `—`.
 *
 * Library only: the command line is bench/instructions.ts's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface FunctionRow {
  name: string;
  kind: string;
  self: number;
  inclusive: number;
  /** Self count by tier mark (`*`, `+`, `^`, `~`, or '' for named code). */
  tiers: Map<string, number>;
  /** Call cost into this row by calling row (calls between blocks of one row left out). */
  callers: Map<FunctionRow, number>;
  /** Calls into this row from other rows (callgrind's `calls=` counts). */
  calls: number;
}

interface MapEntry {
  start: number;
  end: number;
  name: string;
  order: number;
}

/** A perf map's entries sorted by start, for lookups of an address (the last-written covering entry wins). */
export class PerfMap {
  private readonly entries: MapEntry[];
  private readonly starts: Float64Array;
  /** The largest size of any entry: how far back a covering entry can start. */
  private readonly widest: number;

  constructor(text: string) {
    const entries: MapEntry[] = [];
    let order = 0;
    for (const line of text.split('\n')) {
      const first = line.indexOf(' ');
      const second = line.indexOf(' ', first + 1);
      if (first <= 0 || second <= 0) continue;
      const start = parseInt(line.slice(0, first), 16);
      const size = parseInt(line.slice(first + 1, second), 16);
      if (!Number.isFinite(start) || !Number.isFinite(size)) continue;
      entries.push({ start, end: start + size, name: line.slice(second + 1), order: order++ });
    }
    entries.sort((a, b) => a.start - b.start || a.order - b.order);
    this.entries = entries;
    this.starts = Float64Array.from(entries, (e) => e.start);
    this.widest = entries.reduce((w, e) => Math.max(w, e.end - e.start), 0);
  }

  lookup(address: number): string | undefined {
    // The last entry starting at or before the address, then back while an entry could still cover it.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= address) lo = mid + 1;
      else hi = mid;
    }
    let best: MapEntry | undefined;
    for (let i = lo - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (address - e.start >= this.widest) break;
      if (address < e.end && (!best || e.order > best.order)) best = e;
    }
    return best?.name;
  }
}

/** `JS:*readWords /repo/dist/x.js:1:2` → tier `*`, name `readWords dist/x.js:1:2` (paths relative to the repository). */
function jsName(entry: string, root: string): { name: string; tier: string; kind: string } {
  const colon = entry.indexOf(':');
  const type = colon > 0 ? entry.slice(0, colon) : entry;
  let rest = colon > 0 ? entry.slice(colon + 1) : '';
  let tier = '';
  if (type === 'JS' || type === 'Eval' || type === 'Script' || type === 'Function' || type === 'LazyCompile') {
    if (/^[*+^~]/.test(rest)) {
      tier = rest[0]!;
      rest = rest.slice(1);
    }
    rest = rest.split(`${root}${path.sep}`).join('').replace(/file:\/\//g, '');
    return { name: `${type === 'JS' ? '' : `${type}:`}${rest || '(anonymous)'}`, tier, kind: 'JS' };
  }
  if (type === 'RegExp') return { name: `RegExp:${rest}`, tier, kind: 'regexp' };
  return { name: entry, tier, kind: type === 'Builtin' ? 'builtin' : type === 'BytecodeHandler' ? 'bytecode' : type };
}

export interface Classifier {
  (name: string, object: string): string;
}

/**
 * Reads a callgrind output file (one part, `positions: line`, the event Ir first) and sums self and inclusive
 * counts by row. `classify` names a kind for code callgrind named itself (TurboFan, GC, builtins, V8 C++, libc).
 */
export function functionRows(outText: string, map: PerfMap | undefined, root: string, classify: Classifier): FunctionRow[] {
  const obNames = new Map<string, string>();
  const fnNames = new Map<string, string>();
  const rows = new Map<string, FunctionRow>();
  const rowOf = new Map<string, FunctionRow>(); // key `object\0function` → row
  const tierOf = new Map<string, string>();
  const resolve = (table: Map<string, string>, spec: string): string => {
    const m = /^\((\d+)\)(?:\s(.*))?$/.exec(spec);
    if (!m) return spec;
    if (m[2] !== undefined) table.set(m[1]!, m[2]);
    return table.get(m[1]!) ?? spec;
  };
  const row = (object: string, fn: string): FunctionRow => {
    const key = `${object}\0${fn}`;
    let r = rowOf.get(key);
    if (r) return r;
    // callgrind marks a recursion level with `'N` (--separate-recs): one row for all levels.
    let name = fn.replace(/'\d+$/, '');
    let kind: string;
    let tier = '';
    const address = /^0x([0-9a-f]+)$/i.exec(name);
    if (address) {
      const entry = map?.lookup(parseInt(address[1]!, 16));
      if (entry) {
        const j = jsName(entry, root);
        name = j.name;
        tier = j.tier;
        kind = j.kind;
      } else {
        name = '(unnamed JIT code)';
        kind = 'JIT?';
      }
    } else {
      kind = classify(name, object);
    }
    const rowKey = `${kind}\0${name}`;
    r = rows.get(rowKey);
    if (!r) {
      r = { name, kind, self: 0, inclusive: 0, tiers: new Map(), callers: new Map(), calls: 0 };
      rows.set(rowKey, r);
    }
    rowOf.set(key, r);
    tierOf.set(key, tier);
    return r;
  };

  let ob = '';
  let fn = '';
  let cob = '';
  let cfn = '';
  let current: FunctionRow | undefined;
  let currentTier = '';
  let pendingCall = false;
  let pendingCount = 0;
  for (const line of outText.split('\n')) {
    const c = line.charCodeAt(0);
    // Cost lines start with a digit, '+', '-' or '*' (compressed positions).
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 42) {
      const space = line.indexOf(' ');
      if (space < 0 || !current) continue;
      const end = line.indexOf(' ', space + 1);
      const n = Number(line.slice(space + 1, end < 0 ? undefined : end));
      if (!Number.isFinite(n)) continue;
      if (pendingCall) {
        pendingCall = false;
        const callee = row(cob || ob, cfn);
        if (callee !== current) {
          callee.calls += pendingCount;
          current.inclusive += n;
          callee.callers.set(current, (callee.callers.get(current) ?? 0) + n);
        }
        cob = '';
        continue;
      }
      current.self += n;
      current.inclusive += n;
      current.tiers.set(currentTier, (current.tiers.get(currentTier) ?? 0) + n);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq);
    const spec = line.slice(eq + 1);
    switch (key) {
      case 'ob':
        ob = resolve(obNames, spec);
        break;
      case 'cob':
        cob = resolve(obNames, spec);
        break;
      case 'fn':
        fn = resolve(fnNames, spec);
        current = row(ob, fn);
        currentTier = tierOf.get(`${ob}\0${fn}`) ?? '';
        cob = '';
        break;
      case 'cfn':
        cfn = resolve(fnNames, spec);
        break;
      case 'calls':
        pendingCall = true;
        pendingCount = Number(spec.slice(0, spec.indexOf(' ') >>> 0)) || 0;
        break;
      default:
        break;
    }
  }
  return [...rows.values()];
}

/** Kinds of code that are not the scanning itself (bench/instructions.ts's TurboFan and GC columns). */
const NOT_SCANNING = new Set(['turbofan', 'gc']);

/**
 * The table, in K instructions a message: the scanning code's rows (TurboFan's and the collector's left out and
 * summed in the footer, unless `allKinds`).
 */
export function formatRows(all: FunctionRow[], perMessage: number, top: number, allKinds = false): string {
  const rows = allKinds ? all : all.filter((r) => !NOT_SCANNING.has(r.kind));
  const total = rows.reduce((s, r) => s + r.self, 0);
  const k = (n: number) => (n / perMessage / 1e3).toFixed(1);
  const sorted = [...rows].sort((a, b) => b.self - a.self).slice(0, top);
  // An inclusive count beyond everything the window ran is callgrind's recursion (or JIT code's jumps read as calls
  // that never return) compounding: shown as —.
  const window = all.reduce((s, r) => s + r.self, 0);
  const incl = (r: FunctionRow) => (r.inclusive > window ? '—' : k(r.inclusive));
  const out = [`| # | self K | % | incl. K | kind | tiers | function |`, `|---|---|---|---|---|---|---|`];
  sorted.forEach((r, i) => {
    const tiers = [...r.tiers.entries()]
      .filter(([t, n]) => t !== '' && n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t}${Math.round((100 * n) / r.self)}`)
      .join(' ');
    out.push(`| ${i + 1} | ${k(r.self)} | ${((100 * r.self) / total).toFixed(2)} | ${incl(r)} | ${r.kind} | ${tiers} | ${r.name.replace(/\|/g, '\\|').slice(0, 160)} |`);
  });
  const left = all.filter((r) => !rows.includes(r));
  const byKind = [...NOT_SCANNING].map((kind) => `${kind} ${k(left.filter((r) => r.kind === kind).reduce((s, r) => s + r.self, 0))}`).join(', ');
  return `${out.join('\n')}\n(${allKinds ? 'all code' : 'scanning code'}: ${k(total)} K a message over ${rows.length} rows${allKinds ? '' : `; not listed: ${byKind}`})\n`;
}

/**
 * The rows whose name matches `pattern`, each with its direct callers by call cost (K a message), largest first. A call made
 * through a generic builtin (`Builtins_CallFunction_…`, the baseline tier's `…Baseline` stubs) names that builtin: callgrind
 * keeps one level of context, and sharing its cost out among the builtin's own callers in proportion was tried and gave the
 * megamorphic caller of everything (runChecks' `check.run`) most of every builtin's cost — not done.
 */
export function formatCallers(rows: FunctionRow[], perMessage: number, pattern: RegExp, top: number): string {
  const k = (n: number) => (n / perMessage / 1e3).toFixed(1);
  const out: string[] = [];
  for (const r of rows.filter((x) => pattern.test(x.name)).sort((a, b) => b.self - a.self).slice(0, top)) {
    out.push(`${r.name.slice(0, 160)} (${r.kind}): self ${k(r.self)} K, incl. ${k(r.inclusive)} K, ${(r.calls / perMessage).toFixed(1)} calls a message; called from:`);
    for (const [caller, n] of [...r.callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) out.push(`    ${k(n).padStart(8)} K  ${caller.name.slice(0, 150)} (${caller.kind})`);
  }
  return `${out.join('\n')}\n`;
}

/** Per-row differences between two runs (K a message, each run by its own message count), largest first. */
export function formatCompare(a: FunctionRow[], aPer: number, b: FunctionRow[], bPer: number, top: number): string {
  // A function is matched by its name and file, not its line: an edit above it in the same file moves its line.
  const key = (r: FunctionRow) => `${r.kind}\0${r.name.replace(/:\d+:\d+$/, '')}`;
  const byKey = new Map<string, { name: string; kind: string; a: number; b: number }>();
  a = a.filter((r) => !NOT_SCANNING.has(r.kind));
  b = b.filter((r) => !NOT_SCANNING.has(r.kind));
  for (const r of a) {
    const e = byKey.get(key(r));
    if (e) e.a += r.self / aPer;
    else byKey.set(key(r), { name: r.name, kind: r.kind, a: r.self / aPer, b: 0 });
  }
  for (const r of b) {
    const e = byKey.get(key(r));
    if (e) e.b += r.self / bPer;
    else byKey.set(key(r), { name: r.name, kind: r.kind, a: 0, b: r.self / bPer });
  }
  const ta = a.reduce((s, r) => s + r.self, 0) / aPer;
  const tb = b.reduce((s, r) => s + r.self, 0) / bPer;
  const k = (n: number) => (n / 1e3).toFixed(1);
  const sorted = [...byKey.values()].sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a)).slice(0, top);
  const out = [`| self K before | after | Δ | kind | function |`, `|---|---|---|---|---|`];
  for (const r of sorted) out.push(`| ${k(r.a)} | ${k(r.b)} | ${r.b >= r.a ? '+' : ''}${k(r.b - r.a)} | ${r.kind} | ${r.name.replace(/\|/g, '\\|').slice(0, 160)} |`);
  return `${out.join('\n')}\n(scanning code ${k(ta)} → ${k(tb)} K a message, ${tb >= ta ? '+' : ''}${k(tb - ta)}; TurboFan and GC rows left out)\n`;
}

export function readRows(outFile: string, mapFile: string | undefined, root: string, classify: Classifier): FunctionRow[] {
  const map = mapFile ? new PerfMap(readFileSync(mapFile, 'utf8')) : undefined;
  return functionRows(readFileSync(outFile, 'utf8'), map, root, classify);
}
