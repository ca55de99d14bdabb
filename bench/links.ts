/**
 * Links benchmark (issue 5). On the 3,077 phishing mails of ../shared/data/phishing/phishing-pot-dev.tar.gz:
 *   - the share with at least one deceptive-link finding (DECEPTIVE_LINK_IDS), per year of the Date header;
 *   - the share whose verdict is phishing or malware (all families), per year;
 *   - URL extraction speed in MB/s of HTML: link analysis alone (extraction, normalisation, deception,
 *     tracking) over the parsed messages' HTML, and the text-URL scanner over raw HTML.
 * Run: npm run bench:links  (unpacks the corpus once into $TMPDIR/spamlab-bench/).
 * Options: --lists (load ../shared/data/lists into links.listsDir), --limit N.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DECEPTIVE_LINK_IDS } from '../src/rules/composites.js';
import { resolveConfig } from '../src/config/load.js';
import { analyseLinks } from '../src/links/analyse.js';
import { findTextUrls } from '../src/links/text-urls.js';
import { createScanner, linkListsFromDir } from '../src/runtime/index.js';
import { SHARED_DATA } from '../src/test-support/shared-data.js';

const args = process.argv.slice(2);
const useLists = args.includes('--lists');
const limitArg = args.indexOf('--limit');
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;

const tarball = path.join(SHARED_DATA, 'phishing/phishing-pot-dev.tar.gz');
if (!existsSync(tarball)) {
  console.error(`needs ${tarball}`);
  process.exit(2);
}
const cache = path.join(os.tmpdir(), 'spamlab-bench');
const dir = path.join(cache, 'phishing-pot');
if (!existsSync(dir)) {
  mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', cache]);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().slice(0, limit);

const listsDir = path.join(SHARED_DATA, 'lists');
const config = resolveConfig(useLists ? { links: { listsDir } } : {});
const scanner = await createScanner({ config });
const lists = linkListsFromDir(useLists ? listsDir : undefined);
const deceptive = new Set<string>(DECEPTIVE_LINK_IDS);

interface YearRow {
  total: number;
  deceptive: number;
  phishingOrMalware: number;
  /** Any verdict but clean (context: the other families' share of the work). */
  notClean: number;
  withLinks: number;
}
const years = new Map<string, YearRow>();
const idCounts = new Map<string, number>();
let htmlBytes = 0;
let analyseMs = 0;
let scanRawHtmlMs = 0;
let failures = 0;
const started = performance.now();

for (const file of files) {
  const raw = readFileSync(path.join(dir, file));
  let report;
  let msg;
  try {
    msg = scanner.parse({ raw, source: file });
    report = await scanner.scan({ raw, source: file });
  } catch (err) {
    failures++;
    if (failures <= 3) console.error(`${file}: ${(err as Error).message}`);
    continue;
  }
  const year = msg.date && !Number.isNaN(msg.date.getTime()) ? String(msg.date.getUTCFullYear()) : 'no date';
  const row = years.get(year) ?? { total: 0, deceptive: 0, phishingOrMalware: 0, notClean: 0, withLinks: 0 };
  years.set(year, row);
  row.total++;
  const ids = new Set(report.findings.map((f) => f.id));
  for (const id of ids) if (id.startsWith('URL_')) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  if ([...ids].some((id) => deceptive.has(id))) row.deceptive++;
  if (report.verdict === 'phishing' || report.verdict === 'malware') row.phishingOrMalware++;
  if (report.verdict !== 'clean') row.notClean++;
  if (report.iocs.urls.length) row.withLinks++;

  if (msg.html) {
    htmlBytes += Buffer.byteLength(msg.html);
    let t = performance.now();
    analyseLinks(msg, { lists });
    analyseMs += performance.now() - t;
    t = performance.now();
    findTextUrls(msg.html);
    scanRawHtmlMs += performance.now() - t;
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const mbps = (bytes: number, ms: number) => (ms ? (bytes / 1e6 / (ms / 1000)).toFixed(1) : '—');
console.log(`links benchmark — ${files.length} mails from ${path.relative(process.cwd(), tarball)}${useLists ? ' (with ../shared/data/lists)' : ' (shipped lists only)'}`);
console.log(`parse/scan failures: ${failures}; wall time ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log('');
console.log('year      mails  with URLs  ≥1 deceptive-link finding  verdict phishing|malware  not clean');
const sorted = [...years.entries()].sort(([a], [b]) => a.localeCompare(b));
const total: YearRow = { total: 0, deceptive: 0, phishingOrMalware: 0, notClean: 0, withLinks: 0 };
for (const [year, r] of sorted) {
  total.total += r.total;
  total.deceptive += r.deceptive;
  total.phishingOrMalware += r.phishingOrMalware;
  total.withLinks += r.withLinks;
  total.notClean += r.notClean;
  console.log(`${year.padEnd(8)} ${String(r.total).padStart(6)}  ${pct(r.withLinks, r.total).padStart(9)}  ${`${r.deceptive} (${pct(r.deceptive, r.total)})`.padStart(25)}  ${`${r.phishingOrMalware} (${pct(r.phishingOrMalware, r.total)})`.padStart(24)}  ${pct(r.notClean, r.total).padStart(9)}`);
}
console.log(`${'all'.padEnd(8)} ${String(total.total).padStart(6)}  ${pct(total.withLinks, total.total).padStart(9)}  ${`${total.deceptive} (${pct(total.deceptive, total.total)})`.padStart(25)}  ${`${total.phishingOrMalware} (${pct(total.phishingOrMalware, total.total)})`.padStart(24)}  ${pct(total.notClean, total.total).padStart(9)}`);
console.log('');
console.log(`families on this branch: ${scanner.checks.map((c) => c.name.split('.')[0]).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`);
console.log('');
console.log(`URL extraction speed (target: report MB/s of HTML), ${(htmlBytes / 1e6).toFixed(1)} MB of HTML:`);
console.log(`  link analysis (extract + normalise + deception + tracking): ${mbps(htmlBytes, analyseMs)} MB/s`);
console.log(`  text-URL scanner over raw HTML:                               ${mbps(htmlBytes, scanRawHtmlMs)} MB/s`);
console.log('');
console.log('URL_* finding ids (messages):');
for (const [id, n] of [...idCounts.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(28)} ${String(n).padStart(5)}  ${pct(n, total.total)}`);
