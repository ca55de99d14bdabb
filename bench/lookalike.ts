/**
 * Lookalike benchmark (issue 4 targets):
 *  1. `lookalike --check` throughput on one core: target ≥ 100,000 domains/s;
 *  2. recall per dnstwist fuzzer: every permutation dnstwist (Debian package, run offline through its
 *     Python module: permutations only, no DNS) generates for each protected domain should be flagged;
 *     plus transliteration cases dnstwist never generates;
 *  3. false positives on the Tranco top 10k, brands' own domains excluded: target ≤ 0.1 %.
 * Run: npm run bench:lookalike  (needs ../shared/data and `apt-get install dnstwist`; says what it skips).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrandRegistry } from '../src/brands/registry.js';
import { defaultBrands } from '../src/brands/defaults.js';
import { detectorFor } from '../src/brands/detector.js';
import { checkDomainsStream } from '../src/cli/commands/lookalike.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.SPAMLAB_SHARED_DATA ?? path.resolve(ROOT, '../shared/data');
const TRANCO = path.join(SHARED, 'lists/tranco_top_10k.csv');
const registry = new BrandRegistry(defaultBrands());
const detector = detectorFor(registry);
const tranco: string[] = existsSync(TRANCO) ? readFileSync(TRANCO, 'utf8').trim().split('\n').map((l) => l.slice(l.indexOf(',') + 1).trim()) : [];
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)} %`);

// ── 1. --check throughput (first, in a fresh process, as the CLI runs it) ──────────────────────────────────────────────────────────────────────
{
  // A feed-like mix: Tranco names plus random-looking new registrations and some lookalikes.
  const base = tranco.length ? tranco : ['example.com', 'torendmicro.com'];
  const feed: string[] = [];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const tlds = ['com', 'net', 'xyz', 'shop', 'jp', 'co.jp', 'top', 'online'];
  for (let i = 0; i < 500_000; i++) {
    if (i % 2 === 0) feed.push(base[i % base.length]!);
    else {
      let l = '';
      const n = 5 + Math.floor(rnd() * 12);
      for (let j = 0; j < n; j++) l += letters[Math.floor(rnd() * 26)];
      feed.push(`${l}.${tlds[Math.floor(rnd() * tlds.length)]}`);
    }
  }
  const text = `${feed.join('\n')}\n`;
  let bytes = 0;
  await checkDomainsStream(Readable.from([text.slice(0, 2_000_000)]), detector, true, () => {}); // warm-up (JIT)
  const started = performance.now();
  const { checked, found } = await checkDomainsStream(Readable.from([text]), detector, true, (s) => void (bytes += s.length));
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n--check throughput (one core, NDJSON, from a stream): ${checked} domains in ${seconds.toFixed(2)} s = ${Math.round(checked / seconds).toLocaleString('en')} domains/s (target ≥ 100,000); ${found} flagged`);
  const rawStart = performance.now();
  for (const d of feed) detector.detect(d);
  const rawSeconds = (performance.now() - rawStart) / 1000;
  console.log(`detector alone: ${Math.round(feed.length / rawSeconds).toLocaleString('en')} domains/s`);
}

// ── 2. Recall against dnstwist ─────────────────────────────────────────────────────────────────
const PY = `
import sys, json, dnstwist
def words(p):
    return [l.strip() for l in open(p) if l.strip() and not l.startswith('//')]
d = '/usr/share/dnstwist/dictionaries/'
dic, tlds = words(d + 'english.dict'), words(d + 'common_tlds.dict')
for dom in sys.stdin.read().split():
    f = dnstwist.Fuzzer(dom, dictionary=dic, tld_dictionary=tlds)
    f.generate()
    for x in f.domains:
        if x['fuzzer'] != '*original':
            print(dom, x['fuzzer'], x['domain'])
`;
const protectedList = detector.protectedDomains();
if (existsSync('/usr/bin/dnstwist')) {
  const started = performance.now();
  const out = execFileSync('/usr/bin/python3', ['-c', PY], {
    input: protectedList.map((p) => p.domain).join('\n'),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const genericSet = new Set(protectedList.filter((p) => p.generic).map((p) => p.domain));
  type Row = { total: number; hit: number; misses: string[] };
  const strict = new Map<string, Row>();
  const generic = new Map<string, Row>();
  const shortLabel = new Map<string, Row>();
  let own = 0;
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [source, fuzzer, domain] = line.split(' ') as [string, string, string];
    if (registry.ownersOf(domain).length > 0) {
      own++;
      continue; // a brand's own domain is not a lookalike (e.g. trendmicro.co.jp as a TLD swap of trendmicro.com)
    }
    const label = source.split('.')[0]!;
    const table = genericSet.has(source) ? generic : label.length < 5 ? shortLabel : strict;
    const row = table.get(fuzzer) ?? { total: 0, hit: 0, misses: [] };
    row.total++;
    if (detector.detect(domain)) row.hit++;
    else if (row.misses.length < 6) row.misses.push(domain);
    table.set(fuzzer, row);
  }
  const print = (title: string, table: Map<string, Row>) => {
    console.log(`\n${title}`);
    let t = 0;
    let h = 0;
    for (const [fuzzer, row] of [...table].sort()) {
      t += row.total;
      h += row.hit;
      console.log(`  ${fuzzer.padEnd(14)} ${String(row.hit).padStart(7)} / ${String(row.total).padEnd(7)} ${pct(row.hit, row.total).padStart(9)}   ${row.misses.slice(0, 4).join(' ')}`);
    }
    console.log(`  ${'all'.padEnd(14)} ${String(h).padStart(7)} / ${String(t).padEnd(7)} ${pct(h, t).padStart(9)}`);
  };
  const counts = { strict: 0, short: 0, generic: 0 };
  for (const p of protectedList) {
    if (p.generic) counts.generic++;
    else if (p.domain.split('.')[0]!.length < 5) counts.short++;
    else counts.strict++;
  }
  console.log(`dnstwist ${protectedList.length} protected domains, ${((performance.now() - started) / 1000).toFixed(1)} s; ${own} permutations are brands' own domains (skipped)`);
  print(`Recall, protected labels of ≥ 5 letters (${counts.strict} domains) — target 100 %`, strict);
  print(`Recall, short labels < 5 letters (${counts.short} domains: only homoglyph, TLD swap, hyphen combos, subdomain by design)`, shortLabel);
  print(`Recall, generic-word labels (${counts.generic} domains: homographs and embedding only, by design)`, generic);
} else {
  console.log('dnstwist: skipped (apt-get install -y dnstwist)');
}

// Transliteration variants (katakana readings) dnstwist never generates.
const TRANSLITERATIONS = [
  'torendmicro.com', 'torendomaikuro.com', 'torendomicro.jp', 'trendomaikuro.net', 'maikurosofuto.com', 'maikurosoft.com',
  'nettofurikkusu.com', 'netofurikusu.com', 'makafii.com', 'kasuperusukii.com', 'doroppubokkusu.com', 'dorropbox.com',
  'amazonu.co.jp', 'mastaakaado.com', 'masutaakaado.com', 'rakutenn.co.jp', 'merukari.com', 'merukari.jp', 'paipal.com',
  'peipal.com', 'peiparu.com', 'guuguru.com', 'googuru.com', 'appuru.com', 'kuronekoyamato.jp', 'sagawaa-exp.com',
  'sagawa-ekusu.com', 'dokomo.ne.jp', 'sofutobanku.jp', 'nooton.com', 'norton-sekyuriti.com', 'ariekusupuresu.com',
  'masutaakaado-jp.com', 'kurejittokaado-mastercard.com',
];
console.log('\nTransliteration cases dnstwist never generates:');
let tHit = 0;
for (const d of TRANSLITERATIONS) {
  const m = detector.detect(d);
  if (m) tHit++;
  console.log(`  ${d.padEnd(26)} ${m ? `${m.brandName} (${m.technique}${m.via ? `/${m.via}` : ''})` : 'MISSED'}`);
}
console.log(`  found ${tHit} / ${TRANSLITERATIONS.length}`);

// ── 3. False positives on Tranco top 10k ───────────────────────────────────────────────────────
if (tranco.length) {
  const own = tranco.filter((d) => registry.ownersOf(d).length > 0);
  const hits = tranco.filter((d) => registry.ownersOf(d).length === 0).map((d) => [d, detector.detect(d)] as const).filter(([, m]) => m);
  const considered = tranco.length - own.length;
  console.log(`\nFalse positives on Tranco top 10k (${own.length} brands' own domains excluded): ${hits.length} / ${considered} = ${pct(hits.length, considered)} (target ≤ 0.1 %)`);
  for (const [d, m] of hits) console.log(`  ${d.padEnd(28)} ${m!.brandName} ${m!.technique}${m!.via ? `/${m!.via}` : ''} (${m!.protectedDomain})`);
} else {
  console.log(`\nTranco: skipped (${TRANCO} absent)`);
}

