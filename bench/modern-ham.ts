/**
 * Modern-ham probe (issue 17: ham false-positive rate ≤ 0.4 % on real modern mail). Scans the hand-written, synthetic
 * legitimate messages of ./modern-ham/ (2024–2026 personal, work, transactional, newsletter and professional mail; see
 * its README — never for training) with the shipped default scanner (default configuration, shipped model and lists,
 * offline) and prints, per message, the verdict, the score and the findings that carry it; then the flagged count and
 * rate, the finding ids carrying the false positives (by points), the classifier probability histogram, and
 * counterfactuals: what would stay flagged if the classifier's spam band (CONTENT_CLASSIFIER_SPAM, p ≥ 0.7) were worth
 * 4.5 or 3 points instead of its table points (score − its points + the alternative; computed from the report, no code
 * changed). The flagged verdict keeps the scorer's rule: malware on its own threshold, else flagged at score ≥ the spam
 * threshold.
 *
 * With `--dev PREFIX` the same counterfactuals are applied to already-scanned dev corpora: PREFIX.{sa,pot,naz,ham}.ndjson
 * (NDJSON rows {key, r: report}); sa is split into ham and spam by ../shared/peers/split/test-{ham,spam}.txt
 * (`<folder>/<file>` tails of r.source), pot and naz are all unwanted mail, ham (if present) all ham.
 *
 * This is a measurement, not a test: many of these messages are not clean today.
 * Run: npm run bench:modern-ham [-- --json] [--dev /tmp/exp/out/lead1]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../src/config/load.js';
import { createScanner } from '../src/runtime/index.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const devPrefix = args.includes('--dev') ? args[args.indexOf('--dev') + 1] : undefined;

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'modern-ham');
const CLASSIFIER_SPAM = 'CONTENT_CLASSIFIER_SPAM';
const ALTERNATIVES = [4.5, 3];

interface Found {
  id: string;
  score: number;
  replacedBy?: string;
  data?: { probability?: number }[];
}
interface Report {
  verdict: string;
  score: number;
  findings: Found[];
}

const config = defaultConfig();
const spamLine = config.thresholds.spam;

/** Flagged as the scorer decides it: malware stands alone; otherwise the total must reach the spam threshold. */
const flagged = (verdict: string, score: number): boolean => verdict === 'malware' || score >= spamLine;

/** The report's score with CONTENT_CLASSIFIER_SPAM worth `points` (unchanged when absent or replaced by a composite). */
function counterfactualScore(r: Report, points: number): number {
  const f = r.findings.find((x) => x.id === CLASSIFIER_SPAM && !x.replacedBy);
  return f ? r.score - f.score + points : r.score;
}

/** The classifier's probability as its graded finding reports it (undefined in the undecided middle band). */
function probability(r: Report): number | undefined {
  for (const f of r.findings) {
    if (!f.id.startsWith('CONTENT_CLASSIFIER_')) continue;
    const p = f.data?.[0]?.probability;
    if (typeof p === 'number') return p;
  }
  return undefined;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
const scanner = await createScanner({ config });
const rows: { file: string; verdict: string; score: number; probability?: number; unavailable: boolean; carrying: { id: string; score: number }[]; counterfactual: Record<string, boolean> }[] = [];
for (const file of files) {
  const report = (await scanner.scan({ raw: readFileSync(path.join(dir, file)), source: file })) as unknown as Report;
  const carrying = report.findings.filter((f) => f.score !== 0).map((f) => ({ id: f.id, score: f.score }));
  const counterfactual: Record<string, boolean> = { actual: flagged(report.verdict, report.score) };
  for (const alt of ALTERNATIVES) counterfactual[`classifierSpam=${alt}`] = flagged(report.verdict, counterfactualScore(report, alt));
  rows.push({ file, verdict: report.verdict, score: report.score, probability: probability(report), unavailable: report.findings.some((f) => f.id === 'CONTENT_CLASSIFIER_UNAVAILABLE'), carrying, counterfactual });
}

const flaggedRows = rows.filter((r) => r.counterfactual.actual);
/** Points each id contributes across the flagged messages (positive points only: what carries them over the line). */
const carriers = new Map<string, { messages: number; points: number }>();
for (const r of flaggedRows) {
  for (const f of r.carrying) {
    if (f.score <= 0) continue;
    const c = carriers.get(f.id) ?? { messages: 0, points: 0 };
    c.messages++;
    c.points += f.score;
    carriers.set(f.id, c);
  }
}
const carrierList = [...carriers].map(([id, c]) => ({ id, ...c })).sort((a, b) => b.points - a.points || a.id.localeCompare(b.id));

const BINS = [0, 0.01, 0.1, 0.5, 0.7, 0.99, 1.0000001];
const histogram = BINS.slice(0, -1).map((lo, i) => ({ range: `[${lo}, ${Math.min(BINS[i + 1]!, 1)}${i === BINS.length - 2 ? ']' : ')'}`, all: 0, flagged: 0 }));
let noProbability = 0;
for (const r of rows) {
  // No graded classifier finding: the undecided middle band (ham < p < spamLow), unless the classifier did not vote.
  if (r.probability === undefined && r.unavailable) {
    noProbability++;
    continue;
  }
  const p = r.probability ?? (config.content.classifier.ham + config.content.classifier.spamLow) / 2;
  const i = BINS.findIndex((lo, k) => k < BINS.length - 1 && p >= lo && p < BINS[k + 1]!);
  histogram[i]!.all++;
  if (r.counterfactual.actual) histogram[i]!.flagged++;
}

const keys = ['actual', ...ALTERNATIVES.map((a) => `classifierSpam=${a}`)];
const probeCounterfactuals = Object.fromEntries(keys.map((k) => [k, rows.filter((r) => r.counterfactual[k]).length]));

// ---- dev corpora: recall (and ham false positives) of the same counterfactuals ----
interface DevTally {
  corpus: string;
  kind: 'ham' | 'spam';
  n: number;
  flagged: Record<string, number>;
}
const dev: DevTally[] = [];
if (devPrefix) {
  const splitDir = path.join(here, '..', '..', 'shared', 'peers', 'split');
  const tails = (name: string) => new Set(readFileSync(path.join(splitDir, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  const testHam = tails('test-ham.txt');
  const testSpam = tails('test-spam.txt');
  const tallyOf = (corpus: string, kind: 'ham' | 'spam'): DevTally => {
    let t = dev.find((d) => d.corpus === corpus && d.kind === kind);
    if (!t) dev.push((t = { corpus, kind, n: 0, flagged: Object.fromEntries(keys.map((k) => [k, 0])) }));
    return t;
  };
  for (const corpus of ['sa', 'pot', 'naz', 'ham']) {
    const file = `${devPrefix}.${corpus}.ndjson`;
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { r } = JSON.parse(line) as { r: Report & { source: string } };
      let kind: 'ham' | 'spam' = corpus === 'ham' ? 'ham' : 'spam';
      let name = corpus === 'sa' ? 'sa-test' : corpus;
      if (corpus === 'sa') {
        const m = /data\/([^/]+\/[^/]+)$/.exec(r.source);
        const tail = m?.[1] ?? '';
        if (testHam.has(tail)) kind = 'ham';
        else if (testSpam.has(tail)) kind = 'spam';
        else name = 'sa-unsplit';
      }
      const t = tallyOf(name, kind);
      t.n++;
      t.flagged.actual! += flagged(r.verdict, r.score) ? 1 : 0;
      for (const alt of ALTERNATIVES) t.flagged[`classifierSpam=${alt}`]! += flagged(r.verdict, counterfactualScore(r, alt)) ? 1 : 0;
    }
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
if (asJson) {
  console.log(JSON.stringify({ messages: rows.length, flagged: flaggedRows.length, spamThreshold: spamLine, carriers: carrierList, histogram, noProbability, counterfactuals: probeCounterfactuals, dev, rows }, null, 2));
} else {
  console.log(`# modern-ham probe (${new Date().toISOString()}): ${rows.length} synthetic modern legitimate messages, shipped default scanner, spam threshold ${spamLine}`);
  console.log('');
  for (const r of rows) {
    const p = r.probability === undefined ? 'undec.' : r.probability.toFixed(4);
    console.log(`${r.verdict.padEnd(8)} ${r.score.toFixed(1).padStart(6)} p=${p} ${r.file.padEnd(42)} ${r.carrying.map((f) => `${f.id}(${f.score})`).join(' ')}`);
  }
  console.log('');
  console.log(`Flagged: ${flaggedRows.length} / ${rows.length} (${pct(flaggedRows.length, rows.length)}); target ham false positives ≤ 0.4 %.`);
  console.log('');
  console.log('Findings carrying the false positives (positive points summed over the flagged messages):');
  for (const c of carrierList) console.log(`  ${c.id.padEnd(36)} ${String(c.messages).padStart(3)} msgs ${c.points.toFixed(1).padStart(7)} pts`);
  console.log('');
  console.log(`Classifier probability histogram (flagged / all; no graded finding counts in the undecided band [0.1, 0.5); ${noProbability} unavailable):`);
  for (const h of histogram) console.log(`  ${h.range.padEnd(16)} ${String(h.flagged).padStart(3)} / ${String(h.all).padStart(3)}`);
  console.log('');
  console.log(`Counterfactual: ${CLASSIFIER_SPAM} worth fewer points (score − its points + alternative):`);
  console.log('| set | kind | n | ' + keys.join(' | ') + ' |');
  console.log('|---|---|---:|' + keys.map(() => '---:').join('|') + '|');
  console.log(`| modern-ham | ham | ${rows.length} | ${keys.map((k) => `${probeCounterfactuals[k]} (${pct(probeCounterfactuals[k]!, rows.length)})`).join(' | ')} |`);
  for (const d of dev) console.log(`| ${d.corpus} | ${d.kind} | ${d.n} | ${keys.map((k) => `${d.flagged[k]} (${pct(d.flagged[k]!, d.n)})`).join(' | ')} |`);
}
