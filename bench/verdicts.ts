/**
 * The detection guard rail: a verdict snapshot of four corpora through the CLI as a user runs it, and the
 * comparison of two snapshots. A rule, term or scoring change is reviewed by what it moves, not by the
 * case it was written for:
 *
 *   npm run bench:verdicts -- run NAME [--corpora sa-test,sa-ham,pot,nazario] [--repo DIR] [-j N] [--no-build]
 *   npm run bench:verdicts -- compare OLD NEW [--list] [--json]
 *
 * Corpora: `sa-test` (the peers' SpamAssassin test split, 1,779), `sa-ham` (every SpamAssassin ham, 4,150 —
 * the false-positive rail), `pot` (phishing-pot-dev, 3,077; unpacked once where the other pot benches read it), `nazario`
 * (phishing0 + phishing1 mboxes, 870). `--repo` scans with another checkout's built CLI (a worktree, or a
 * base commit checked out elsewhere) so two builds are compared on the same files. `run` builds the checkout it scans first
 * (`npm run build` there), since the CLI runs dist/: a snapshot of a stale build compared the last build, not the code
 * (session 34's first snapshots were of npm ci's build); `--no-build` scans the build as it is. Snapshots are kept in
 * .bench/verdicts/NAME/CORPUS.jsonl: source relative to its corpus, verdict, score, finding ids. The model
 * path that the classifier's finding carries is not kept, so two checkouts compare equal when they agree.
 *
 * `compare` prints, per corpus, each verdict transition with its count, then how many files changed score or
 * findings only; ham files (SpamAssassin ham folders) going from clean to flagged are called out, since that
 * is the change a detection improvement must not buy. `--list` names the files of each transition.
 * Held-out files of bench/phishing-labels.tsv are scanned like the rest (the counts are a regression check,
 * not a measurement); `compare` counts them in each transition without naming them (`--list`, `--json`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BENCH_DIR, REPO, SHARED_DATA, ensureCorpus, readSplit } from './lib/corpus.js';
import { potDir } from './lib/phishing-pot.js';
import { isHeldOutPotFile } from '../src/test-support/shared-data.js';

export interface VerdictRecord {
  source: string;
  verdict: string;
  score: number;
  ids: string[];
}

const CORPORA = ['sa-test', 'sa-ham', 'pot', 'nazario'] as const;
type CorpusName = (typeof CORPORA)[number];

interface CorpusFiles {
  /** Paths handed to `spamlab scan`. */
  paths: string[];
  /** Prefix stripped from each record's source, so snapshots from two checkouts line up. */
  root: string;
}

function corpusFiles(name: CorpusName): CorpusFiles {
  switch (name) {
    case 'sa-test': {
      const data = ensureCorpus();
      const rels = [...readSplit('test-ham'), ...readSplit('test-spam')];
      return { paths: rels.map((r) => path.join(data, r)), root: data };
    }
    case 'sa-ham': {
      const data = ensureCorpus();
      const paths: string[] = [];
      for (const folder of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1']) {
        for (const f of readdirSync(path.join(data, folder)).sort()) if (f.endsWith('.txt')) paths.push(path.join(data, folder, f));
      }
      return { paths, root: data };
    }
    case 'pot': {
      const dir = potDir();
      const paths = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(dir, f));
      return { paths, root: dir };
    }
    case 'nazario': {
      const dir = path.join(SHARED_DATA, 'phishing');
      return { paths: ['phishing0.mbox', 'phishing1.mbox'].map((f) => path.join(dir, f)), root: dir };
    }
  }
}

/** One record of `spamlab scan --json`, reduced to what a comparison reads. */
export function reduceRecord(line: string, root: string): VerdictRecord | undefined {
  if (!line.startsWith('{')) return undefined;
  const r = JSON.parse(line) as { source?: string; verdict?: string; score?: number; error?: string; findings?: { id: string }[] };
  if (typeof r.source !== 'string') return undefined;
  const source = path.relative(root, r.source);
  if (r.error !== undefined) return { source, verdict: 'error', score: 0, ids: [] };
  return {
    source,
    verdict: r.verdict ?? 'error',
    score: Math.round((r.score ?? 0) * 100) / 100,
    ids: [...new Set((r.findings ?? []).map((f) => f.id))].sort(),
  };
}

async function scanCorpus(repo: string, files: CorpusFiles, threads: number): Promise<VerdictRecord[]> {
  const bin = path.join(repo, 'bin', 'spamlab.js');
  if (!existsSync(bin)) throw new Error(`${bin} not found: build that checkout first (npm run build)`);
  const child = spawn(process.execPath, [bin, 'scan', '--json', '--no-summary', '-j', String(threads), '--', ...files.paths], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const out: VerdictRecord[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    const rec = reduceRecord(line, files.root);
    if (rec) out.push(rec);
    if (process.stderr.isTTY && out.length % 500 === 0) process.stderr.write(`\r  ${out.length} scanned`);
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  // Exit 1 is --fail-on's, 3 means some messages were unscannable (kept as 'error' records); anything else is a crash.
  if (code !== 0 && code !== 1 && code !== 3) throw new Error(`spamlab scan exited with ${code}`);
  return out.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

function snapshotDir(name: string): string {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`snapshot name ${JSON.stringify(name)}: letters, digits, . _ - only`);
  return path.join(BENCH_DIR, 'verdicts', name);
}

function readSnapshot(name: string, corpus: CorpusName): VerdictRecord[] | undefined {
  const file = path.join(snapshotDir(name), `${corpus}.jsonl`);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as VerdictRecord);
}

export interface CorpusComparison {
  corpus: string;
  files: number;
  /** "old → new" verdict transitions with the files that made them. */
  transitions: Record<string, string[]>;
  scoreOnly: number;
  findingsOnly: number;
  /** Ham (a SpamAssassin ham folder) that was clean and is flagged now. */
  hamNewlyFlagged: string[];
  missing: string[];
  /** Per transition, the held-out pot files in it: counted, not named (withHeldOutUnnamed). */
  heldOut?: Record<string, number>;
}

/** Files that made a transition, named or held out. */
const transitionCount = (r: CorpusComparison, t: string): number => (r.transitions[t]?.length ?? 0) + (r.heldOut?.[t] ?? 0);

const isHam = (source: string) => /(^|\/)(easy|hard)-ham-\d\//.test(source);

export function compareRecords(corpus: string, before: VerdictRecord[], after: VerdictRecord[]): CorpusComparison {
  const old = new Map(before.map((r) => [r.source, r]));
  const result: CorpusComparison = { corpus, files: after.length, transitions: {}, scoreOnly: 0, findingsOnly: 0, hamNewlyFlagged: [], missing: [] };
  const seen = new Set<string>();
  for (const r of after) {
    const o = old.get(r.source);
    seen.add(r.source);
    if (!o) {
      result.missing.push(`+${r.source}`);
      continue;
    }
    if (o.verdict !== r.verdict) {
      (result.transitions[`${o.verdict} → ${r.verdict}`] ??= []).push(r.source);
      if (isHam(r.source) && o.verdict === 'clean') result.hamNewlyFlagged.push(r.source);
    } else if (o.score !== r.score) result.scoreOnly++;
    else if (o.ids.join() !== r.ids.join()) result.findingsOnly++;
  }
  for (const s of old.keys()) if (!seen.has(s)) result.missing.push(`-${s}`);
  return result;
}

/**
 * The pot's held-out files (bench/phishing-labels.tsv, 4th column `heldout`) are counted in a transition but not named:
 * `--list` is read by whoever is writing rules, and a held-out file's name leads to its text (issue 17's held-out
 * discipline). `transitions` keeps the named files and `heldOut` the count of the others.
 */
function withHeldOutUnnamed(result: CorpusComparison): CorpusComparison {
  if (result.corpus !== 'pot') return result;
  const transitions: Record<string, string[]> = {};
  const heldOut: Record<string, number> = {};
  for (const [t, files] of Object.entries(result.transitions)) {
    transitions[t] = files.filter((f) => !isHeldOutPotFile(f));
    if (transitions[t].length < files.length) heldOut[t] = files.length - transitions[t].length;
  }
  return { ...result, transitions, heldOut };
}

function parseArgs(argv: string[]): { pos: string[]; opts: Map<string, string | true> } {
  const pos: string[] = [];
  const opts = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--list' || a === '--json' || a === '--no-build') opts.set(a.slice(2), true);
    else if (a.startsWith('--') || a === '-j') opts.set(a.replace(/^-+/, ''), argv[++i] ?? '');
    else pos.push(a);
  }
  return { pos, opts };
}

function selectedCorpora(value: string | true | undefined): CorpusName[] {
  if (typeof value !== 'string') return [...CORPORA];
  const names = value.split(',').map((s) => s.trim());
  for (const n of names) if (!(CORPORA as readonly string[]).includes(n)) throw new Error(`unknown corpus ${n} (${CORPORA.join(', ')})`);
  return names as CorpusName[];
}

async function main(): Promise<void> {
  const { pos, opts } = parseArgs(process.argv.slice(2));
  const [command, a, b] = pos;
  if (command === 'run' && a) {
    const repo = path.resolve(typeof opts.get('repo') === 'string' ? (opts.get('repo') as string) : REPO);
    const threads = Number(opts.get('j') ?? 2);
    if (!opts.has('no-build')) {
      console.error(`building ${repo} (npm run build; --no-build scans the build as it is)`);
      const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
      if (build.status !== 0) throw new Error(`npm run build failed in ${repo}`);
    }
    const dir = snapshotDir(a);
    mkdirSync(dir, { recursive: true });
    for (const corpus of selectedCorpora(opts.get('corpora'))) {
      const started = Date.now();
      const records = await scanCorpus(repo, corpusFiles(corpus), threads);
      writeFileSync(path.join(dir, `${corpus}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
      const counts: Record<string, number> = {};
      for (const r of records) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
      console.log(`${corpus}: ${records.length} messages in ${((Date.now() - started) / 1000).toFixed(0)} s — ${Object.entries(counts).map(([v, n]) => `${v} ${n}`).join(', ')}`);
    }
    console.log(`snapshot ${a} in ${dir}`);
    return;
  }
  if (command === 'compare' && a && b) {
    const results: CorpusComparison[] = [];
    for (const corpus of selectedCorpora(opts.get('corpora'))) {
      const before = readSnapshot(a, corpus);
      const after = readSnapshot(b, corpus);
      if (!before || !after) continue;
      results.push(withHeldOutUnnamed(compareRecords(corpus, before, after)));
    }
    if (results.length === 0) throw new Error(`no corpus is in both snapshots ${a} and ${b}`);
    if (opts.has('json')) {
      console.log(JSON.stringify(results, null, 2));
      return;
    }
    for (const r of results) {
      const moves = Object.entries(r.transitions).sort((x, y) => transitionCount(r, y[0]) - transitionCount(r, x[0]));
      const moved = moves.reduce((n, [t]) => n + transitionCount(r, t), 0);
      console.log(`${r.corpus} (${r.files}): ${moved === 0 ? 'no verdict changed' : `${moved} verdicts changed`}; score only ${r.scoreOnly}, findings only ${r.findingsOnly}${r.missing.length ? `; ${r.missing.length} files in one snapshot only` : ''}`);
      for (const [t, files] of moves) {
        console.log(`  ${t}: ${transitionCount(r, t)}`);
        if (opts.has('list')) for (const f of files) console.log(`    ${f}`);
        const held = r.heldOut?.[t] ?? 0;
        if (opts.has('list') && held > 0) console.log(`    (${held} held-out file${held === 1 ? '' : 's'}, not named)`);
      }
      if (r.hamNewlyFlagged.length) console.log(`  HAM newly flagged: ${r.hamNewlyFlagged.join(', ')}`);
    }
    return;
  }
  console.error('usage: bench/verdicts.ts run NAME [--corpora a,b] [--repo DIR] [-j N] [--no-build] | compare OLD NEW [--list] [--json]');
  process.exitCode = 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  });
}
