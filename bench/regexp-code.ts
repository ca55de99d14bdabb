/**
 * `npm run bench:regexp-code`: how much machine code the scan's regular expressions hold, and how much of it V8 compiled
 * without irregexp's optimisations (issue 18; session 64's cpu65 found the limit, session 65's regex66 measured it with
 * the probe this script keeps).
 *
 * V8 compiles a pattern without its optimisations (no quick checks, no Boyer-Moore skip: up to 7× the instructions) once
 * the isolate has generated more than 1 MB of pattern code and holds more than 16 MB of executable memory (regexp.cc,
 * TooMuchRegExpCode). A scan passes both during its first pass over the SpamAssassin window: which patterns land past the
 * line depends on their order, and the way out is less pattern code (or fewer patterns compiled twice, Latin-1 and UC16).
 *
 *   npm run bench:regexp-code                       # the bench:instructions window: 300 of the peers' test split, 2 passes
 *   ... --list pot-design --messages 100            # the pot's design rows (never a held-out row)
 *   ... --passes 3 --top 30 --json FILE             # more passes; the 30 largest pattern code objects; the figures as JSON
 *   ... --no-build                                  # dist/ as it is (else `npm run build` first)
 *   ... --v8 '--no-regexp-tier-up'                  # V8 flags on the scanning child's command line
 *
 * Method: a child `node --single-threaded --perf-basic-prof` loads the scanner from tsc's dist/ (as bench:instructions; the
 * product's bundle rewrites some case-insensitive patterns, so its code may differ a little), scans the window `--passes`
 * times in process and, after every message, records the executable memory (code space + code large-object space, what
 * CommittedMemoryExecutable sums) and the size of its /tmp/perf-PID.map. Each `RegExp:` line of that map is one compiled
 * pattern (a source, Latin-1 or UC16), placed at the message after which the map had grown past it; one compiled while the
 * executable memory after the previous message was over 16 MB and more than 1 MB of pattern code had been made before it
 * is counted "past the limit" (pattern bytecode is not in the map, so the 1 MB is approximate).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { ensureCorpus, selectMessages } from './lib/corpus.js';
import { potDir, readLabels } from './lib/phishing-pot.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const value = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const count = (name: string, fallback: number): number => {
  const v = value(name);
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} wants a positive whole number, not ${v}`);
  return n;
};

const LIMIT_EXECUTABLE = 16 * 1024 * 1024;
const LIMIT_PATTERN_CODE = 1024 * 1024;
const MB = (n: number): string => (n / 1048576).toFixed(1);

interface Mark {
  pass: number;
  message: number;
  executable: number;
  map: number;
}

/** The child: scans the window and writes its marks (JSON) to the file named after --child. */
async function child(out: string): Promise<void> {
  const list = value('--list');
  const messages = count('--messages', list ? 100 : 300);
  const passes = count('--passes', 2);
  const all =
    list === 'pot-design'
      ? readLabels()
          .filter((r) => r.part === 'design')
          .map((r) => path.join(potDir(), r.file))
          .sort()
      : list
        ? readFileSync(list, 'utf8').split('\n').filter(Boolean)
        : selectMessages(false).files;
  const step = Math.max(1, Math.floor(all.length / messages));
  const files = all.filter((_, i) => i % step === 0).slice(0, messages);
  const dist = path.join(REPO_ROOT, 'dist');
  const { defaultConfig } = (await import(path.join(dist, 'config/load.js'))) as typeof import('../src/config/load.js');
  const { createScanner } = (await import(path.join(dist, 'runtime/index.js'))) as typeof import('../src/runtime/index.js');
  const config = defaultConfig();
  // As bench/scan.ts: pass after pass over one corpus, a remembered picture would not be decoded again.
  config.links.qr.rememberPictures = 0;
  const raws = files.map((f) => new Uint8Array(readFileSync(f)));
  const scanner = await createScanner({ config });
  const mapFile = `/tmp/perf-${process.pid}.map`;
  const mapSize = (): number => {
    try {
      return statSync(mapFile).size;
    } catch {
      return 0;
    }
  };
  const executable = (): number =>
    v8
      .getHeapSpaceStatistics()
      .filter((s) => s.space_name === 'code_space' || s.space_name === 'code_large_object_space')
      .reduce((sum, s) => sum + s.space_size, 0);
  const marks: Mark[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const [message, raw] of raws.entries()) {
      await scanner.scan({ source: `m${message}`, raw });
      marks.push({ pass, message, executable: executable(), map: mapSize() });
    }
  }
  writeFileSync(out, JSON.stringify({ pid: process.pid, messages: files.length, marks }));
}

interface PatternCode {
  pass: number;
  message: number;
  bytes: number;
  pastLimit: boolean;
  name: string;
}

/** The map's `RegExp:` lines, each placed at the message after which the map held it. */
function patternCode(mapFile: string, marks: readonly Mark[]): PatternCode[] {
  const text = readFileSync(mapFile);
  const rows: PatternCode[] = [];
  let offset = 0;
  let made = 0;
  let k = 0;
  for (const line of text.toString('utf8').split('\n')) {
    const start = offset;
    offset += Buffer.byteLength(line) + 1;
    const [, size, ...rest] = line.split(' ');
    const name = rest.join(' ');
    if (!name.startsWith('RegExp:') || size === undefined) continue;
    while (k < marks.length - 1 && marks[k]!.map <= start) k++;
    const previous = k > 0 ? marks[k - 1]!.executable : 0;
    const bytes = parseInt(size, 16);
    rows.push({ pass: marks[k]!.pass, message: marks[k]!.message, bytes, pastLimit: made > LIMIT_PATTERN_CODE && previous > LIMIT_EXECUTABLE, name });
    made += bytes;
  }
  return rows;
}

function main(): void {
  if (!argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  if (value('--list') === undefined) ensureCorpus((s) => process.stderr.write(`${s}\n`));
  const out = path.join(REPO_ROOT, '.bench', `regexp-code-${process.pid}.json`);
  const v8Flags = (value('--v8') ?? '').split(/\s+/).filter(Boolean);
  const args = ['--single-threaded', '--perf-basic-prof', ...v8Flags, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', out, ...argv];
  const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`the scanning child failed (exit ${run.status})`);
  const { pid, messages, marks } = JSON.parse(readFileSync(out, 'utf8')) as { pid: number; messages: number; marks: Mark[] };
  const mapFile = `/tmp/perf-${pid}.map`;
  const rows = patternCode(mapFile, marks);
  rmSync(out, { force: true });
  rmSync(mapFile, { force: true });
  // node with --perf-basic-prof leaves isolate-*-PID-v8.log in its working directory (as bench:instructions removes).
  for (const f of readdirSync(REPO_ROOT)) if (f.startsWith('isolate-') && f.endsWith(`-${pid}-v8.log`)) rmSync(path.join(REPO_ROOT, f), { force: true });
  const passes = [...new Set(marks.map((m) => m.pass))];
  const byPass = passes.map((pass) => {
    const mine = rows.filter((r) => r.pass === pass);
    const past = mine.filter((r) => r.pastLimit);
    // A source that already had code in an earlier pass: compiled again (its code or its JSRegExp was dropped) or its
    // other copy (Latin-1 / UC16) made now; with --v8 --no-regexp-tier-up the first compile is not put off to a later
    // execution, so on the same messages these are compiled again.
    const earlier = new Set(rows.filter((r) => r.pass < pass).map((r) => r.name));
    const again = mine.filter((r) => earlier.has(r.name));
    return {
      pass,
      executableAtEnd: marks.filter((m) => m.pass === pass).at(-1)!.executable,
      patternCodeObjects: mine.length,
      patternCodeBytes: mine.reduce((s, r) => s + r.bytes, 0),
      pastLimitObjects: past.length,
      pastLimitBytes: past.reduce((s, r) => s + r.bytes, 0),
      earlierSourceObjects: again.length,
      earlierSourceBytes: again.reduce((s, r) => s + r.bytes, 0),
    };
  });
  const crossed = marks.find((m) => m.executable > LIMIT_EXECUTABLE);
  const top = count('--top', 15);
  const largest = [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, top);
  const result = {
    messages,
    window: value('--list') ?? "peers' test split",
    crossed16MB: crossed ? { pass: crossed.pass, message: crossed.message } : null,
    patternCodeBytes: rows.reduce((s, r) => s + r.bytes, 0),
    byPass,
    largest: largest.map((r) => ({ bytes: r.bytes, pass: r.pass, message: r.message, pastLimit: r.pastLimit, pattern: r.name.slice('RegExp:'.length, 200) })),
  };
  const json = value('--json');
  if (json) writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  const lines = [
    `${messages} messages (${result.window}), ${passes.length} passes; pattern code ${MB(result.patternCodeBytes)} MB in ${rows.length} objects`,
    `executable memory over 16 MB first after ${crossed ? `pass ${crossed.pass}, message ${crossed.message}` : 'no message (never)'}`,
    '',
    '| pass | executable at its end | pattern code objects (MB) | of them compiled past the limit (MB) | of them for a source with code from an earlier pass (MB) |',
    '|---|---|---|---|---|',
    ...byPass.map(
      (p) =>
        `| ${p.pass} | ${MB(p.executableAtEnd)} MB | ${p.patternCodeObjects} (${MB(p.patternCodeBytes)}) | ${p.pastLimitObjects} (${MB(p.pastLimitBytes)}) | ${p.earlierSourceObjects} (${MB(p.earlierSourceBytes)}) |`,
    ),
    '',
    `largest pattern code objects (KB, where made, past the limit?):`,
    ...largest.map((r) => `${(r.bytes / 1024).toFixed(0).padStart(6)}  pass ${r.pass} msg ${String(r.message).padStart(3)} ${r.pastLimit ? 'past ' : '     '} ${r.name.slice('RegExp:'.length, 120)}`),
  ];
  console.log(lines.join('\n'));
}

if (argv.includes('--child')) await child(value('--child')!);
else main();
