/**
 * Mutation sweep (issue 17 item 8 and the hostile-input standard: bad input never crashes, hangs or hides). Real messages —
 * SpamAssassin ham and spam, the Nazario mboxes and the phishing pot's **design** rows (never a held-out one) — each get every
 * structured mutation of bench/lib/mutations.ts (truncation, boundaries, nesting, huge and colon-less headers, line endings,
 * control bytes, charsets, base64 and quoted-printable damage, broken RFC 2047 words and encoded-word bombs, hostile HTML,
 * malformed zip/gzip/PDF/OOXML attachments) and are scanned in-process by the real scanner (all families, shipped model,
 * default limits). Per scan it records: a throw (crash), CHECK_ERROR / CHECK_TIMEOUT findings (a check that failed or ran out
 * of time), the scan's CPU ms (process.cpuUsage, not wall time), the heap after it; per mutation that leaves the lure in place
 * (`keeps`), a phishing or malware original whose verdict went down. A sample is also scanned through the CLI
 * (`spamlab scan --json -j 1`), which must give every file a verdict and the in-process verdict.
 *
 * The scans run in a child process watched by this one: a scan that runs past --hang-seconds (wall) is a hang, a child that
 * dies (heap exhausted, a fatal error) is a crash; both are recorded against the message and mutation that was running, and
 * the sweep goes on with the next. Deterministic: the messages are every N-th of sorted lists, and each mutation's chance
 * comes from a generator seeded by (--seed, source, mutation).
 *
 * Run: npm run bench:mutations [-- options]
 *   --sa-step N        every N-th SpamAssassin message of the five folders (default 60)
 *   --nazario-step N   every N-th Nazario message (default 10)
 *   --pot-step N       every N-th design row of the pot (default 25)
 *   --only NAMES       these mutations (comma-separated)
 *   --cli-step N       every N-th mutated message is also scanned through the CLI (default 20; 0: none)
 *   --hang-seconds N   wall seconds after which a scan counts as hung (default 120)
 *   --seed N           (default 61)
 *   --json FILE        write every result (one JSON object a line) to FILE
 *   --list             print each crash, check error, hang and lowered verdict
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { allCorpusFiles, ensureCorpus } from './lib/corpus.js';
import { MUTATIONS, hashSeed, iso2022Letters, rngFrom } from './lib/mutations.js';
import { potDir, readLabels } from './lib/phishing-pot.js';
import { nazarioMessages } from '../src/test-support/evasions.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const optText = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SA_STEP = opt('--sa-step', 60);
const NAZARIO_STEP = opt('--nazario-step', 10);
const POT_STEP = opt('--pot-step', 25);
const CLI_STEP = opt('--cli-step', 20);
const HANG_SECONDS = opt('--hang-seconds', 120);
const SEED = opt('--seed', 61);
const ONLY = optText('--only')?.split(',');
const LIST = args.includes('--list');
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Message {
  corpus: string;
  source: string;
  load: () => Buffer;
}

function every<T>(items: readonly T[], step: number): T[] {
  return items.filter((_, i) => i % step === 0);
}

function messages(): Message[] {
  const out: Message[] = [];
  const sa = ensureCorpus();
  for (const { rel, isSpam } of every(allCorpusFiles(), SA_STEP)) out.push({ corpus: isSpam ? 'sa-spam' : 'sa-ham', source: rel, load: () => readFileSync(path.join(sa, rel)) });
  // The Nazario mboxes, split by the project's mbox reader.
  const nazario = [...nazarioMessages('phishing0.mbox'), ...nazarioMessages('phishing1.mbox')].map((m) => ({ corpus: 'nazario', source: m.source, load: () => m.raw }));
  out.push(...every(nazario, NAZARIO_STEP));
  // The pot: design rows only (issue 17's held-out discipline), sorted by name.
  const design = readLabels().filter((r) => r.part === 'design').map((r) => ({ file: r.file, label: r.label })).sort((a, b) => a.file.localeCompare(b.file));
  const dir = potDir();
  for (const r of every(design, POT_STEP)) out.push({ corpus: `pot-${r.label}`, source: r.file, load: () => readFileSync(path.join(dir, r.file)) });
  // Hand-written ISO-2022-JP letters (no corpus holds one), last so the other messages keep their job numbers.
  for (const l of iso2022Letters()) out.push({ corpus: l.lure ? 'jis-lure' : 'jis-ham', source: l.source, load: () => l.raw });
  return out;
}

interface Result {
  k: number;
  corpus: string;
  source: string;
  mutation: string;
  keeps: boolean;
  bytes: number;
  originalVerdict?: string;
  verdict?: string;
  cpuMs?: number;
  heapMiB?: number;
  /** The child's peak resident set so far. */
  rssMiB?: number;
  error?: string;
  checkErrors?: string[];
  hang?: boolean;
  crash?: string;
  skipped?: boolean;
  cliFile?: string;
}

const SEVERITY = ['clean', 'spam', 'phishing', 'malware'];
const severity = (v: string | undefined): number => (v === undefined ? -1 : SEVERITY.indexOf(v));

const mutations = MUTATIONS.filter((m) => !ONLY || ONLY.includes(m.name));

// ---------------------------------------------------------------------------------------------------------------
// The child: scans jobs from --from on, one line per job start (S k) and result (R json).
if (args.includes('--child')) {
  const from = opt('--from', 0);
  const cliDir = optText('--cli-dir');
  const { resolveConfig } = await import('../src/config/load.js');
  const { createScanner } = await import('../src/runtime/index.js');
  const scanner = await createScanner({ config: resolveConfig({}) });
  const list = messages();
  const cache = new Map<string, { verdict: string }>();
  const scan = async (raw: Buffer, source: string): Promise<{ verdict?: string; error?: string; checkErrors: string[]; cpuMs: number }> => {
    const before = process.cpuUsage();
    try {
      const report = await scanner.scan({ raw, source });
      const cpu = process.cpuUsage(before);
      const checkErrors = report.findings.filter((f) => f.id === 'CHECK_ERROR' || f.id === 'CHECK_TIMEOUT').map((f) => `${f.id} ${String(f.evidence ?? '').slice(0, 200)}`);
      return { verdict: report.verdict, checkErrors, cpuMs: (cpu.user + cpu.system) / 1000 };
    } catch (err) {
      const cpu = process.cpuUsage(before);
      return { error: `${(err as Error).name}: ${String((err as Error).message).split('\n')[0]!.slice(0, 200)}`, checkErrors: [], cpuMs: (cpu.user + cpu.system) / 1000 };
    }
  };
  const total = list.length * mutations.length;
  for (let k = from; k < total; k++) {
    const msg = list[Math.floor(k / mutations.length)]!;
    const mutation = mutations[k % mutations.length]!;
    process.stdout.write(`S ${k}\n`);
    const raw = msg.load();
    const base: Result = { k, corpus: msg.corpus, source: msg.source, mutation: mutation.name, keeps: mutation.keeps, bytes: 0 };
    const mutated = mutation.mutate(raw, rngFrom(hashSeed(SEED, msg.source, mutation.name)));
    if (mutated === null) {
      process.stdout.write(`R ${JSON.stringify({ ...base, skipped: true })}\n`);
      continue;
    }
    let original: string | undefined;
    if (mutation.original) original = (await scan(mutation.original(raw), msg.source)).verdict;
    else {
      const known = cache.get(msg.source) ?? { verdict: (await scan(raw, msg.source)).verdict ?? 'error' };
      cache.set(msg.source, known);
      original = known.verdict;
    }
    const result = await scan(mutated, `${msg.source} (${mutation.name})`);
    let cliFile: string | undefined;
    if (cliDir && CLI_STEP > 0 && k % CLI_STEP === 0) {
      cliFile = `m${String(k).padStart(6, '0')}.eml`;
      writeFileSync(path.join(cliDir, cliFile), mutated);
    }
    const out: Result = { ...base, bytes: mutated.length, originalVerdict: original, verdict: result.verdict, error: result.error, checkErrors: result.checkErrors.length ? result.checkErrors : undefined, cpuMs: Math.round(result.cpuMs * 10) / 10, heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20), rssMiB: Math.round(process.resourceUsage().maxRSS / 1024), cliFile };
    process.stdout.write(`R ${JSON.stringify(out)}\n`);
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------------
// The parent: runs children until every job has a result, then the CLI sample, then the summary.
const list = messages();
const total = list.length * mutations.length;
const results = new Map<number, Result>();
const cliDir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-mutations-'));
const started = Date.now();
console.log(`${list.length} messages (${[...new Set(list.map((m) => m.corpus))].map((c) => `${c} ${list.filter((m) => m.corpus === c).length}`).join(', ')}) × ${mutations.length} mutations = ${total} jobs, seed ${SEED}`);

async function runChild(from: number): Promise<number> {
  const child = spawn(process.execPath, ['--max-old-space-size=2048', '--import', 'tsx', fileURLToPath(import.meta.url), ...args, '--child', '--from', String(from), '--cli-dir', cliDir], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  let running = -1;
  let since = Date.now();
  let hung = false;
  const timer = setInterval(() => {
    if (running >= 0 && Date.now() - since > HANG_SECONDS * 1000) {
      hung = true;
      child.kill('SIGKILL');
    }
  }, 1000);
  const rl = createInterface({ input: child.stdout });
  rl.on('line', (line) => {
    if (line.startsWith('S ')) {
      running = Number(line.slice(2));
      since = Date.now();
    } else if (line.startsWith('R ')) {
      const r = JSON.parse(line.slice(2)) as Result;
      results.set(r.k, r);
      running = -1;
      if (results.size % 500 === 0) process.stderr.write(`  ${results.size} / ${total} (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
  });
  const code: number | null = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
  clearInterval(timer);
  if (running >= 0) {
    const msg = list[Math.floor(running / mutations.length)]!;
    const mutation = mutations[running % mutations.length]!;
    results.set(running, { k: running, corpus: msg.corpus, source: msg.source, mutation: mutation.name, keeps: mutation.keeps, bytes: 0, hang: hung || undefined, crash: hung ? undefined : `child exited with ${code}` });
    return running + 1;
  }
  return total;
}

for (let from = 0; from < total; ) from = await runChild(from);

// The CLI sample: every file must get a verdict, the in-process one.
const cliFiles = readdirSync(cliDir).filter((f) => f.endsWith('.eml')).sort();
let cliMissing = 0;
let cliDiffer = 0;
let cliErrors = 0;
let cliExit: number | null = null;
if (cliFiles.length) {
  const run = spawnSync(process.execPath, [path.join(REPO, 'bin/spamlab.js'), 'scan', '--json', '-j', '1', '--no-summary', cliDir], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 3600_000 });
  cliExit = run.status;
  const byFile = new Map<string, { verdict?: string; error?: string }>();
  for (const line of run.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const o = JSON.parse(line) as { source: string; verdict?: string; error?: string };
    byFile.set(path.basename(o.source), o);
  }
  const byCli = new Map([...results.values()].filter((r) => r.cliFile).map((r) => [r.cliFile!, r]));
  for (const f of cliFiles) {
    const o = byFile.get(f);
    const r = byCli.get(f);
    if (!o) cliMissing++;
    else if (o.error) {
      cliErrors++;
      if (LIST) console.log(`  CLI error ${f} (${r?.source} ${r?.mutation}): ${o.error}`);
    } else if (r && o.verdict !== r.verdict) {
      cliDiffer++;
      if (LIST) console.log(`  CLI verdict ${f} (${r.source} ${r.mutation}): ${o.verdict} vs in-process ${r.verdict}`);
    }
  }
}
rmSync(cliDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------------------
const all = [...results.values()].sort((a, b) => a.k - b.k);
const jsonFile = optText('--json');
if (jsonFile) {
  mkdirSync(path.dirname(path.resolve(jsonFile)), { recursive: true });
  writeFileSync(jsonFile, all.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
const lowered = (r: Result): boolean => r.verdict !== undefined && r.originalVerdict !== undefined && severity(r.verdict) < severity(r.originalVerdict);
const threat = (r: Result): boolean => r.originalVerdict === 'phishing' || r.originalVerdict === 'malware';
// NotMailError is the scanner's own per-item answer for input that is no message at all (empty, binary, no header field at
// the start: random damage to the first line can make it so): a clear error, reported as such, not a crash.
const refusal = (r: Result): boolean => r.error?.startsWith('NotMailError') === true;
console.log('mutation                  tried  crash  refused  hang  chk-err  worst-cpu-ms  threat  lowered(held)  →clean  raised  lowered(info)');
let worst: Result | undefined;
const totals = { tried: 0, crash: 0, refused: 0, hang: 0, checkErr: 0, held: 0, heldClean: 0 };
for (const m of mutations) {
  const rows = all.filter((r) => r.mutation === m.name && !r.skipped);
  const crash = rows.filter((r) => (r.error && !refusal(r)) || r.crash).length;
  const refused = rows.filter(refusal).length;
  const hang = rows.filter((r) => r.hang).length;
  const checkErr = rows.filter((r) => r.checkErrors).length;
  const cpu = rows.reduce((w, r) => ((r.cpuMs ?? 0) > (w?.cpuMs ?? -1) ? r : w), undefined as Result | undefined);
  if (cpu && (cpu.cpuMs ?? 0) > (worst?.cpuMs ?? -1)) worst = cpu;
  const threats = rows.filter(threat);
  const low = threats.filter(lowered);
  const toClean = low.filter((r) => r.verdict === 'clean').length;
  const raised = rows.filter((r) => r.verdict !== undefined && severity(r.verdict) > severity(r.originalVerdict)).length;
  const info = rows.filter(lowered).length;
  totals.tried += rows.length;
  totals.crash += crash;
  totals.refused += refused;
  totals.hang += hang;
  totals.checkErr += checkErr;
  if (m.keeps) {
    totals.held += low.length;
    totals.heldClean += toClean;
  }
  console.log(
    `${m.name.padEnd(25)} ${String(rows.length).padStart(5)} ${String(crash).padStart(6)} ${String(refused).padStart(8)} ${String(hang).padStart(5)} ${String(checkErr).padStart(8)} ${String(cpu?.cpuMs ?? 0).padStart(13)} ${String(threats.length).padStart(7)} ${(m.keeps ? String(low.length) : '-').padStart(14)} ${(m.keeps ? String(toClean) : '-').padStart(7)} ${String(raised).padStart(7)} ${String(info).padStart(14)}`,
  );
  if (LIST) {
    for (const r of rows) {
      if (r.error || r.crash || r.hang) console.log(`    ${r.hang ? 'HANG' : refusal(r) ? 'REFUSED' : 'CRASH'} ${r.source}: ${r.error ?? r.crash ?? ''}`);
      if (r.checkErrors) console.log(`    CHECK ${r.source}: ${r.checkErrors.join(' | ')}`);
      if (m.keeps && threat(r) && lowered(r)) console.log(`    LOWERED ${r.corpus} ${r.source}: ${r.originalVerdict} → ${r.verdict}`);
    }
  }
}
const heapPeak = Math.max(0, ...all.map((r) => r.heapMiB ?? 0));
console.log(`total: ${totals.tried} mutated scans; crashes ${totals.crash}, refused as not mail ${totals.refused}, hangs ${totals.hang}, check errors/timeouts ${totals.checkErr}; lure-keeping mutations lowered ${totals.held} phishing/malware verdicts (${totals.heldClean} to clean)`);
console.log(`worst CPU ${worst?.cpuMs ?? 0} ms (${worst?.mutation} on ${worst?.corpus} ${worst?.source}, ${worst?.bytes} bytes); heap after a scan at most ${heapPeak} MiB; peak child RSS ${Math.max(0, ...all.map((r) => r.rssMiB ?? 0))} MiB`);
console.log(`CLI sample: ${cliFiles.length} files, exit ${cliExit}, no output ${cliMissing}, errors ${cliErrors}, verdict differs from in-process ${cliDiffer}`);
console.log(`wall ${Math.round((Date.now() - started) / 1000)} s`);
