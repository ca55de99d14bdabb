/**
 * Phishing-class bench (issue 17): does spamlab *name* the class of unwanted mail right, on real honeypot
 * mail of 2022–2026 read and labelled by hand?
 *
 *   npm run bench:phishing-classes                   # both parts of the labelled sample
 *   npm run bench:phishing-classes -- --misses design  # also list the misses of one part (design | heldout | all)
 *
 * Labels: ./phishing-labels.tsv — one row per message of ../shared/data/phishing/phishing-pot-dev.tar.gz that a
 * person read (SHA-256 of the file, its name, the label, the part). The mail itself is never copied here.
 *   cred    credential or payment phishing (account, bank, card, tax, parcel fee, wallet seed/drainer)
 *   malware attachment or download lure
 *   prize   brand prize / survey scam ("you won a … from <brand>")
 *   scam    other scam (419, lottery, sextortion, crypto giveaways, romance, job, BEC)
 *   spam    marketing / adult / casino / health spam
 *   ham     ham-like (a genuine notification or newsletter that reached the honeypot)
 * The sample is the first 360 messages in SHA-256 order of their bytes (a fixed, content-defined draw).
 * Parts: `design` (the first 220) was read with spamlab's findings beside it to design rules, terms and
 * brand data; `heldout` (the other 140) was labelled from the message alone and is only measured.
 *
 * Per label and part: flagged (verdict ≠ clean) and called phishing-or-malware; for malware lures, called
 * malware. Targets: cred ≥ 97 % flagged and ≥ 90 % called phishing; malware called malware; every kind of
 * unwanted mail ≥ 97 % flagged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { createScanner } from '../src/runtime/index.js';
import type { Verdict } from '../src/score/types.js';
import { POT_TARBALL, potDir, readLabels, type LabelRow } from './lib/phishing-pot.js';

const args = process.argv.slice(2);
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;

const dir = potDir();
const rows: LabelRow[] = readLabels();

const scanner = await createScanner({ config: defaultConfig() });
const LABELS = ['cred', 'malware', 'prize', 'scam', 'spam', 'ham'];
interface Tally {
  n: number;
  flagged: number;
  phishOrMalware: number;
  malware: number;
}
const tallies = new Map<string, Tally>();
const tally = (key: string) => {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { n: 0, flagged: 0, phishOrMalware: 0, malware: 0 }));
  return t;
};
const misses: string[] = [];
let mismatched = 0;
for (const row of rows) {
  const raw = readFileSync(path.join(dir, row.file));
  if (createHash('sha256').update(raw).digest('hex') !== row.sha256) {
    mismatched++;
    continue;
  }
  const report = await scanner.scan({ raw, source: row.file });
  const v: Verdict = report.verdict;
  for (const key of [`${row.part}\0${row.label}`, `all\0${row.label}`]) {
    const t = tally(key);
    t.n++;
    if (v !== 'clean') t.flagged++;
    if (v === 'phishing' || v === 'malware') t.phishOrMalware++;
    if (v === 'malware') t.malware++;
  }
  const wanted = row.label === 'cred' ? v === 'phishing' : row.label === 'malware' ? v === 'malware' : row.label === 'ham' ? true : v !== 'clean';
  if (!wanted && missesOf && (missesOf === 'all' || missesOf === row.part)) {
    const ids = report.findings.filter((f) => f.score !== 0).map((f) => `${f.id}(${f.score})`).join(' ');
    misses.push(`${row.label.padEnd(7)} ${v.padEnd(8)} ${report.score.toFixed(1).padStart(6)} ph=${report.findings.filter((f) => f.class === 'phishing' && !f.replacedBy).reduce((a, f) => a + f.score, 0).toFixed(1)} ${row.file} ${ids}`);
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
console.log(`# phishing-class bench (${new Date().toISOString()}), ${rows.length} hand-labelled messages of ${path.basename(POT_TARBALL)}${mismatched ? `, ${mismatched} not matching their hash (skipped)` : ''}`);
console.log('');
console.log('model: the shipped one (models/default.model.gz); default configuration, offline.');
console.log('');
console.log('| part | hand label | n | flagged | called phishing or malware | called malware |');
console.log('|---|---|---:|---:|---:|---:|');
for (const part of ['design', 'heldout', 'all']) {
  for (const label of LABELS) {
    const t = tallies.get(`${part}\0${label}`);
    if (!t) continue;
    console.log(`| ${part} | ${label} | ${t.n} | ${pct(t.flagged, t.n)} | ${pct(t.phishOrMalware, t.n)} | ${pct(t.malware, t.n)} |`);
  }
}
console.log('');
console.log('Targets: cred ≥ 97 % flagged, ≥ 90 % called phishing; malware called malware; every unwanted kind ≥ 97 % flagged.');
if (misses.length) {
  console.log('');
  console.log(`## Misses (${missesOf}): label verdict score phishing-points file findings`);
  for (const m of misses) console.log(m);
}
