/**
 * `npm run bench:trends`: the figures of issue 12 (trends, campaigns, reports).
 *
 *   node --import tsx bench/trends.ts [--corpus] [--scale] [--cluster] [--ingest] [--quality [--drift-only]] [--surges] [--rows N] [--no-postgres]
 *
 * With no section named, every section runs.
 * - corpus: scans the SpamAssassin public corpus (all five folders) plus the phishing corpora of
 *   ../shared/data/phishing (phishing-pot .eml files, two mboxes) in this thread, stores every result with
 *   the trend and campaign indexers (SQLite in a temp dir), and checks that the monthly rollups equal the
 *   monthly counts computed here, independently, from the scan results; then prints the campaigns found.
 * - scale: fills the rollups from --rows (1,000,000) synthetic messages through the real indexer, and the
 *   campaign tables with as many members, on SQLite and PostgreSQL; times each trend and campaign query.
 * - cluster: clustering cost per message as messages arrive (in memory, and in the store's transaction on
 *   SQLite and PostgreSQL), and ingest with and without the indexers.
 * - ingest: `ingest` (scan pool of 2 threads, batches of 200) of --ingest-messages (3,000) corpus messages
 *   into SQLite and PostgreSQL, without and with the trend + campaign indexers, alternating: throughput.
 * - quality: pairwise precision and recall of campaigns on a labelled set (templates with per-recipient
 *   variants, every message from another sender and IP, plus unrelated one-offs).
 * - surges: precision and recall of surge detection on synthetic series with planted change points.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { defaultConfig } from '../src/config/load.js';
import { openSources } from '../src/mail/sources/index.js';
import { createScanner, createScanPool, storeIndexers } from '../src/runtime/index.js';
import { ingest } from '../src/store/ingest.js';
import { openStore } from '../src/store/index.js';
import { toStoredMessage } from '../src/store/messages/record.js';
import type { Store, StoredMessage } from '../src/store/types.js';
import { trendsIndexer } from '../src/trends/rollup.js';
import { findEventBursts, findSurges, trendSeries, trendTotals } from '../src/trends/query.js';
import { detectSurges } from '../src/trends/surges.js';
import { campaignsIndexer, CAMPAIGNS_MIGRATIONS } from '../src/campaigns/store-index.js';
import { campaignSizeHistogram, getCampaign, listCampaigns } from '../src/campaigns/query.js';
import { Clusterer } from '../src/campaigns/cluster.js';
import { MemoryCampaignIndex } from '../src/campaigns/memory-index.js';
import { pairwiseQuality } from '../src/campaigns/quality.js';
import { buildReport } from '../src/report/data.js';
import { driftingCampaignSet, labelledCampaignSet, type LabelledMessage, prng, storedLabelled } from '../src/test-support/campaign-corpus.js';
import { rollUp, scoreDetections, syntheticDaily } from '../src/test-support/synthetic-series.js';
import { TEST_POSTGRES } from '../src/test-support/postgres.js';
import { textFingerprint } from '../src/neardup/fingerprint.js';
import { BENCH_DIR, ensureCorpus, allCorpusFiles, CORPUS_DATA, SHARED_DATA } from './lib/corpus.js';
import { median } from './lib/measure.js';

const argv = process.argv.slice(2);
const named = ['--corpus', '--scale', '--cluster', '--quality', '--surges', '--ingest'].filter((s) => argv.includes(s));
const run = (section: string): boolean => named.length === 0 || named.includes(section);
const rowsArg = argv.indexOf('--rows');
const ROWS = rowsArg >= 0 ? Number(argv[rowsArg + 1]) : 1_000_000;
const usePostgres = !argv.includes('--no-postgres');
/** --campaigns-only: skip the rollups and trend queries of the scale section (re-measuring campaign queries). */
const campaignsOnly = argv.includes('--campaigns-only');
const log = (s: string): void => void process.stdout.write(`${s}\n`);
const fmt = (n: number, d = 1): string => n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const DAY = 86_400_000;
/** Messages per insertBatch in the cluster section: ingest's default batch (store.batchSize). */
const CLUSTER_BATCH = 200;

const work = mkdtempSync(path.join(tmpdir(), 'spamlab-bench-trends-'));
const databases: string[] = [];

/** A fresh PostgreSQL database for this run, or undefined (said why) when the server cannot be reached. */
async function postgresDatabase(): Promise<string | undefined> {
  if (!usePostgres) return undefined;
  const name = `spamlab_bench_trends_${process.pid}_${databases.length}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (err) {
    log(`  (PostgreSQL skipped: ${err instanceof Error ? err.message : String(err)})`);
    return undefined;
  } finally {
    await admin.end().catch(() => {});
  }
  databases.push(name);
  const url = new URL(TEST_POSTGRES);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabases(): Promise<void> {
  if (databases.length === 0) return;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES });
  await admin.connect();
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

async function timed<T>(fn: () => Promise<T>, runs = 3): Promise<{ ms: number; first: number; value: T }> {
  let value!: T;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), first: times[0]!, value };
}

// ------------------------------------------------------------------------------------------- corpus
async function corpusSection(): Promise<void> {
  log('\n## Corpus: SpamAssassin public corpus + phishing corpora → rollups and campaigns (SQLite)');
  ensureCorpus(log);
  const phishDir = path.join(BENCH_DIR, 'phishing-pot');
  const tarball = path.join(SHARED_DATA, 'phishing', 'phishing-pot-dev.tar.gz');
  if (!existsSync(phishDir) && existsSync(tarball)) {
    mkdirSync(BENCH_DIR, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '-C', BENCH_DIR]);
  }
  const inputs = [
    ...allCorpusFiles().map((f) => path.join(CORPUS_DATA, f.rel)),
    ...(existsSync(phishDir) ? [phishDir] : []),
    ...['phishing0.mbox', 'phishing1.mbox'].map((f) => path.join(SHARED_DATA, 'phishing', f)).filter(existsSync),
  ];
  const config = defaultConfig();
  const scanner = await createScanner({ config });
  const store = await openStore(path.join(work, 'corpus.db'));
  const indexers = [trendsIndexer(), campaignsIndexer()];
  const ingestedAt = Date.UTC(2026, 10, 29);
  await store.messages.ensureSchema();
  const expected = new Map<string, number>();
  const seen = new Set<string>();
  let items = 0;
  let unreadable = 0;
  let batch: StoredMessage[] = [];
  let indexMs = 0;
  let scanMs = 0;
  const flush = async (): Promise<void> => {
    const t0 = performance.now();
    await store.messages.insertBatch({ messages: batch }, { indexers });
    indexMs += performance.now() - t0;
    batch = [];
  };
  for await (const item of openSources(inputs, { maxMessageBytes: config.limits.maxMessageBytes })) {
    items++;
    if ('error' in item) {
      unreadable++;
      continue;
    }
    const t0 = performance.now();
    const report = await scanner.scan({ source: item.source, raw: item.raw });
    scanMs += performance.now() - t0;
    const stored = toStoredMessage(report, { ingestedAt, configVersion: 'bench' });
    if (!seen.has(stored.hash)) {
      seen.add(stored.hash);
      // The month of each distinct message, computed here from the scan result (newest Received time, else
      // the Date header, else the ingest time; times after the ingest are not believed), not by the store.
      const parse = (s: string | null | undefined): number | null => {
        const t = s ? Date.parse(s) : NaN;
        return Number.isFinite(t) && t <= ingestedAt + DAY ? t : null;
      };
      const at = parse(report.delivery?.receivedAt) ?? parse(report.date) ?? ingestedAt;
      const month = new Date(at).toISOString().slice(0, 7);
      expected.set(month, (expected.get(month) ?? 0) + 1);
    }
    batch.push(stored);
    if (batch.length >= 500) await flush();
  }
  await flush();
  const months = await trendSeries(store, { period: 'month' });
  const got = new Map<string, number>();
  for (const r of months) got.set(r.period, (got.get(r.period) ?? 0) + r.count);
  const allMonths = [...new Set([...expected.keys(), ...got.keys()])].sort();
  const mismatches = allMonths.filter((m) => (expected.get(m) ?? 0) !== (got.get(m) ?? 0));
  const stored = Number((await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM messages'))!.n);
  log(`- ${items} items read (${unreadable} unreadable), ${seen.size} distinct messages, ${stored} stored; ${allMonths.length} months from ${allMonths[0]} to ${allMonths[allMonths.length - 1]}`);
  if (mismatches.length > 0) process.exitCode = 1;
  log(`- monthly counts, rollups vs computed from the input: ${mismatches.length === 0 ? 'ALL MATCH' : `${mismatches.length} MISMATCHES: ${mismatches.slice(0, 5).map((m) => `${m} ${got.get(m) ?? 0}≠${expected.get(m) ?? 0}`).join(', ')}`}`);
  log(`- scan ${fmt(scanMs / items, 2)} ms/msg; insert + trend and campaign indexers ${fmt(indexMs / seen.size, 2)} ms/msg`);
  const busiest = [...expected].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([m, n]) => `${m}: ${n}`).join(', ');
  log(`- busiest months: ${busiest}`);
  const histogram = await campaignSizeHistogram(store);
  const withClean = await campaignSizeHistogram(store, { includeClean: true });
  log(`- campaigns with at least one non-clean member, by size: ${histogram.map((h) => `${h.band}: ${h.campaigns} (${h.messages} msgs)`).join('; ') || 'none'}`);
  log(`- including all-clean groups (mailing lists): ${withClean.map((h) => `${h.band}: ${h.campaigns} (${h.messages} msgs)`).join('; ')}`);
  const top = await listCampaigns(store, { limit: 8 });
  for (const c of top) {
    const s = (await getCampaign(store, c.id))!;
    log(`  - ${c.id} ${c.size} msgs ${c.firstSeen.slice(0, 10)}..${c.lastSeen.slice(0, 10)} senders ${c.senders} IPs ${c.ips}${c.botnet ? ' BOTNET' : ''} verdicts ${JSON.stringify(s.verdicts)}`);
    log(`    subjects: ${s.subjects.slice(0, 3).map((x) => JSON.stringify(x.value.slice(0, 60))).join(', ')}`);
    log(`    joined by: ${s.joinedBy.map((j) => `${j.kind}×${j.count}`).join(', ')} — e.g. ${s.joinedBy[0]?.example ?? ''}`);
  }
  const report = await buildReport(store, {});
  log(`- report: ${report.totals.messages} messages, ${report.surges.length} surges (${report.surges.slice(0, 3).map((s) => s.description).join(' | ')})`);
  await store.close();
}

// -------------------------------------------------------------------------------------------- scale
const CATEGORIES = ['health', 'dating', 'finance', 'phishing', 'malware-lure', 'advance-fee', 'jobs', 'marketing'];
const THEMES = ['christmas', 'new-year', 'valentine', 'tax-season', 'black-friday'];
const VERDICTS = ['clean', 'spam', 'spam', 'spam', 'phishing', 'malware'] as const;
const EXTS = ['.zip', '.exe', '.doc', '.pdf', '.html', '.js', '.iso'];
const BRANDS = Array.from({ length: 40 }, (_, i) => `Brand${i}`);

async function fillRollups(store: Store, rows: number): Promise<number> {
  const rnd = prng(5);
  const start = Date.UTC(2011, 0, 1);
  const indexer = trendsIndexer();
  await store.migrate(indexer.migrations!);
  const t0 = performance.now();
  for (let done = 0; done < rows; ) {
    const page: StoredMessage[] = [];
    for (let i = 0; i < 20_000 && done < rows; i++, done++) {
      const verdict = VERDICTS[Math.floor(rnd() * VERDICTS.length)]!;
      const m = {
        at: start + Math.floor(rnd() * 3 * 365 * DAY), verdict,
        categories: rnd() < 0.7 ? [CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!] : [],
        themes: rnd() < 0.1 ? [THEMES[Math.floor(rnd() * THEMES.length)]!] : [],
        attachmentTypes: rnd() < 0.15 ? [EXTS[Math.floor(rnd() * EXTS.length)]!] : [],
        brands: rnd() < 0.2 ? [BRANDS[Math.floor(rnd() * BRANDS.length)]!] : [],
      } as unknown as StoredMessage;
      page.push(m);
    }
    await store.transaction((tx) => indexer.onStored(tx, page));
  }
  return performance.now() - t0;
}

async function fillCampaigns(store: Store, rows: number): Promise<{ ms: number; campaigns: number }> {
  await store.migrate(CAMPAIGNS_MIGRATIONS);
  const rnd = prng(9);
  const start = Date.UTC(2011, 0, 1);
  // Sizes: one botnet campaign of 10 % of the rows, then a long tail (Zipf-like), then one-offs.
  const sizes: number[] = [Math.floor(rows * 0.1)];
  let left = rows - sizes[0]!;
  for (let k = 2; left > rows * 0.3; k++) {
    const s = Math.max(2, Math.floor((rows * 0.05) / k));
    sizes.push(Math.min(s, left));
    left -= Math.min(s, left);
  }
  while (left > 0) {
    sizes.push(1);
    left--;
  }
  const t0 = performance.now();
  const features = JSON.stringify({ signature: '', subjectTemplate: 'x', linkDomains: ['example.com'], trackingPatterns: [], attachmentHashes: [] });
  let serial = 0;
  let members: unknown[][] = [];
  const campaigns: unknown[][] = [];
  const flushMembers = async (): Promise<void> => {
    if (members.length === 0) return;
    const chunk = members;
    members = [];
    await store.transaction((tx) => tx.run(
      `INSERT INTO campaign_members (hash, campaign_id, at, subject, sender_ip, sender_domain, verdict, categories, themes, features, joined_with, reasons) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      chunk.flat(),
    ));
  };
  for (let c = 0; c < sizes.length; c++) {
    const id = `C${c.toString(16).padStart(12, '0')}`;
    const first = start + Math.floor(rnd() * 900 * DAY);
    let last = first;
    const ips = new Set<string>();
    for (let i = 0; i < sizes[c]!; i++) {
      const at = first + Math.floor(rnd() * 60 * DAY);
      last = Math.max(last, at);
      const ip = `10.${c % 250}.${i % 250}.${(i >> 8) % 250}`;
      ips.add(ip);
      members.push([`h${(serial++).toString(16).padStart(16, '0')}`, id, at, `subject ${c}`, ip, `s${i % 5000}.example`, 'spam', '["health"]', '[]', features, null, '[]']);
      if (members.length >= 1000) await flushMembers();
    }
    // The distinct counts the indexer keeps in the row as members arrive.
    campaigns.push([id, first, last, sizes[c]!, sizes[c]!, `subject ${c}`, ips.size, Math.min(sizes[c]!, 5000)]);
  }
  await flushMembers();
  for (let i = 0; i < campaigns.length; i += 1000) {
    const chunk = campaigns.slice(i, i + 1000);
    await store.transaction((tx) => tx.run(`INSERT INTO campaigns (id, first_seen, last_seen, size, non_clean, subject, ips, senders) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, chunk.flat()));
  }
  if (store.dialect === 'postgres') await store.run('ANALYZE');
  return { ms: performance.now() - t0, campaigns: sizes.length };
}

async function scaleSection(): Promise<void> {
  log(`\n## Scale: trend and campaign queries over ${ROWS.toLocaleString('en')} messages' rollups and ${ROWS.toLocaleString('en')} campaign members`);
  const targets: { name: string; location: string }[] = argv.includes('--postgres-only') ? [] : [{ name: 'SQLite', location: path.join(work, 'scale.db') }];
  const pgUrl = await postgresDatabase();
  if (pgUrl) targets.push({ name: 'PostgreSQL', location: pgUrl });
  for (const target of targets) {
    const store = await openStore(target.location);
    try {
      const rollupMs = campaignsOnly ? 0 : await fillRollups(store, ROWS);
      const rollupRows = campaignsOnly ? 0 : Number((await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM trend_counts'))!.n);
      const fill = await fillCampaigns(store, ROWS);
      log(`\n### ${target.name}`);
      if (!campaignsOnly) log(`- rollups from ${ROWS.toLocaleString('en')} messages through the indexer: ${fmt(rollupMs / 1000)} s (${fmt((rollupMs * 1000) / ROWS, 1)} µs/msg), ${rollupRows.toLocaleString('en')} rollup rows`);
      log(`- campaign tables: ${ROWS.toLocaleString('en')} members in ${fill.campaigns.toLocaleString('en')} campaigns, loaded in ${fmt(fill.ms / 1000)} s`);
      log('| query | median ms (first run) | < 1 s |');
      log('|---|---|---|');
      const show = async (name: string, fn: () => Promise<unknown>): Promise<void> => {
        const r = await timed(fn);
        log(`| ${name} | ${fmt(r.ms)} (${fmt(r.first)}) | ${r.ms < 1000 && r.first < 1000 ? 'yes' : 'NO'} |`);
      };
      if (!campaignsOnly) await show('trendSeries month × category (3 years)', () => trendSeries(store, { period: 'month', by: 'category' }));
      if (!campaignsOnly) await show('trendSeries week × verdict', () => trendSeries(store, { period: 'week' }));
      if (!campaignsOnly) await show('trendSeries day × attachment, one year', () => trendSeries(store, { period: 'day', by: 'attachment', from: Date.UTC(2012, 0, 1), to: Date.UTC(2012, 11, 31) }));
      if (!campaignsOnly) await show('trendTotals (3 years)', () => trendTotals(store));
      if (!campaignsOnly) await show('findSurges week, 5 dimensions', () => findSurges(store, { period: 'week' }));
      if (!campaignsOnly) await show('findSurges day, one quarter', () => findSurges(store, { period: 'day', from: Date.UTC(2013, 0, 1), to: Date.UTC(2013, 2, 31) }));
      if (!campaignsOnly) await show('findEventBursts week', () => findEventBursts(store, { period: 'week' }));
      await show('listCampaigns top 50 by size', () => listCampaigns(store, { limit: 50 }));
      await show('listCampaigns 50 most recent', () => listCampaigns(store, { limit: 50, order: 'recent' }));
      await show('campaignSizeHistogram', () => campaignSizeHistogram(store));
      await show(`getCampaign of the biggest (${Math.floor(ROWS * 0.1).toLocaleString('en')} members)`, () => getCampaign(store, 'C000000000000'));
      await show('getCampaign of a small one', () => getCampaign(store, 'C000000000064'));
      if (!campaignsOnly) await show('buildReport (whole span: all of the above)', () => buildReport(store, {}), );
    } finally {
      await store.close();
    }
  }
}

// ------------------------------------------------------------------------------------------ cluster
async function clusterSection(): Promise<void> {
  log('\n## Clustering cost per message as messages arrive');
  const set = labelledCampaignSet({ templates: 300, perTemplate: 30, singletons: 6000, seed: 21 });
  const n = set.length;
  const memory = new Clusterer(new MemoryCampaignIndex());
  let t0 = performance.now();
  for (const m of set) await memory.add(m);
  const memMs = performance.now() - t0;
  log(`- in memory (features + LSH lookup + comparisons): ${fmt((memMs * 1000) / n, 0)} µs/msg over ${n.toLocaleString('en')} messages (text → fingerprint included)`);
  // The stored path: the fingerprint was made at scan time; the indexer pays lookup, comparisons and writes.
  const stored = set.map((m) => storedLabelled(m));
  t0 = performance.now();
  for (const m of set.slice(0, 2000)) textFingerprint(m.text);
  log(`- the scanner's fingerprint (normalise, shingle, MinHash): ${fmt(((performance.now() - t0) * 1000) / 2000, 0)} µs/msg`);
  log(`- through the store (${n.toLocaleString('en')} messages in insertBatch calls of ${CLUSTER_BATCH}, ingest's default; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
  log('| store | indexers | wall µs/msg | this process CPU µs/msg | throughput vs none |');
  log('|---|---|---|---|---|');
  const variants = [['none', () => []], ['trends', () => [trendsIndexer()]], ['trends + campaigns', () => [trendsIndexer(), campaignsIndexer()]]] as const;
  for (const target of ['SQLite', 'PostgreSQL'] as const) {
    let none = 0;
    for (const [name, indexers] of variants) {
      const location = target === 'SQLite' ? path.join(work, `cluster-${name.replace(/\W+/g, '-')}.db`) : await postgresDatabase();
      if (!location) continue;
      const store = await openStore(location);
      try {
        const list = indexers();
        await store.messages.ensureSchema();
        for (const i of list) if (i.migrations) await store.migrate(i.migrations);
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        for (let i = 0; i < stored.length; i += CLUSTER_BATCH) await store.messages.insertBatch({ messages: stored.slice(i, i + CLUSTER_BATCH) }, { indexers: list });
        const cpu = process.cpuUsage(c0);
        const us = ((performance.now() - t0) * 1000) / n;
        if (name === 'none') none = us;
        log(`| ${target} | ${name} | ${fmt(us, 0)} | ${fmt((cpu.user + cpu.system) / n, 0)} | ${name === 'none' ? '1' : fmt(none / us, 2)} |`);
        if (name === 'trends + campaigns') {
          // The HTTP API stores one message per call: 500 more, one insertBatch each.
          const extra = labelledCampaignSet({ templates: 20, perTemplate: 10, singletons: 300, seed: 99 }).map((m) => storedLabelled(m, 'extra-'));
          const t1 = performance.now();
          for (const m of extra) await store.messages.insertBatch({ messages: [m] }, { indexers: list });
          log(`| ${target} | ${name}, one message per insertBatch (API), into ${n.toLocaleString('en')} | ${fmt(((performance.now() - t1) * 1000) / extra.length, 0)} | | |`);
        }
      } finally {
        await store.close();
      }
    }
  }
}

// ------------------------------------------------------------------------------------------- ingest
/** --ingest-messages N: how many corpus messages the ingest section scans and stores per run (default 3,000). */
const ingestArg = argv.indexOf('--ingest-messages');
const INGEST_MESSAGES = ingestArg >= 0 ? Number(argv[ingestArg + 1]) : 3_000;

async function ingestSection(): Promise<void> {
  log(`\n## Ingest throughput with and without the trend + campaign indexers (${INGEST_MESSAGES.toLocaleString('en')} SpamAssassin corpus messages, scan pool of 2 threads, batches of 200)`);
  ensureCorpus(log);
  const files = allCorpusFiles().map((f) => path.join(CORPUS_DATA, f.rel)).slice(0, INGEST_MESSAGES);
  const config = defaultConfig();
  log('| store | indexers | wall s | msgs/s | process CPU ms/msg (scan threads included) | throughput vs none | load average (1 min) |');
  log('|---|---|---|---|---|---|---|');
  for (const target of ['SQLite', 'PostgreSQL'] as const) {
    const rates: Record<string, number> = {};
    // none, with, none, with: alternating, so a change in the machine's load hits both.
    for (const [round, withIndexers] of [[1, false], [1, true], [2, false], [2, true]] as const) {
      const location = target === 'SQLite' ? path.join(work, `ingest-${round}-${withIndexers}.db`) : await postgresDatabase();
      if (!location) continue;
      const store = await openStore(location);
      const pool = createScanPool({ config, threads: 2 });
      try {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const counts = await ingest({
          store, pool, items: openSources(files, { maxMessageBytes: config.limits.maxMessageBytes }), configVersion: 'bench', modelVersion: null,
          batchSize: 200, indexers: withIndexers ? storeIndexers() : [],
        });
        const cpu = process.cpuUsage(c0);
        const seconds = (performance.now() - t0) / 1000;
        const name = withIndexers ? 'trends + campaigns' : 'none';
        const rate = counts.stored / seconds;
        rates[name] = (rates[name] ?? 0) + rate / 2;
        log(`| ${target} | ${name} (run ${round}) | ${fmt(seconds)} | ${fmt(rate, 0)} | ${fmt((cpu.user + cpu.system) / 1000 / counts.stored, 2)} | ${withIndexers && rates.none ? fmt(rate / (round === 1 ? rates.none * 2 : rates.none), 2) : ''} | ${loadavg()[0]!.toFixed(1)} |`);
      } finally {
        await pool.close();
        await store.close();
      }
    }
    if (rates.none && rates['trends + campaigns']) log(`| ${target} | mean of the runs | | none ${fmt(rates.none, 0)}, with ${fmt(rates['trends + campaigns'], 0)} | | **${fmt(rates['trends + campaigns'] / rates.none, 2)}** | |`);
  }
}

// ------------------------------------------------------------------------------------------ quality
async function qualitySection(): Promise<void> {
  log('\n## Campaign quality on a labelled set (pairwise)');
  log('plain: per-recipient variants (address, name, token link, order number, one spun sentence), new sender and IP each;');
  log('hard: also spintax (30 % of words have three alternatives), 5 % of words swapped, one 40-word footer shared by all messages;');
  log('hard, text only: as hard, without links or attachments and with a different subject each time (only the text can join).');
  log(`In memory (one by one, arrival order), and through the store's campaign indexer (SQLite, insertBatch of ${CLUSTER_BATCH}).`);
  log('| set | messages | templates × variants | one-offs | precision | recall | F1 | store: precision / recall |');
  log('|---|---|---|---|---|---|---|---|');
  for (const [templates, perTemplate, singletons, seed, hard] of argv.includes('--drift-only') ? [] : [[50, 20, 1000, 1, false], [300, 30, 6000, 2, false], [20, 200, 500, 3, false], [50, 20, 1000, 4, true], [300, 30, 6000, 5, true], [50, 20, 1000, 6, 'text'], [300, 30, 6000, 7, 'text']] as const) {
    const set = labelledCampaignSet({ templates, perTemplate, singletons, seed, hard: hard !== false, textOnly: hard === 'text' });
    const index = new MemoryCampaignIndex();
    const c = new Clusterer(index);
    for (const m of set) await c.add(m);
    const q = pairwiseQuality(set.map((m) => ({ label: m.label, cluster: index.members.get(m.hash)!.campaignId })));
    const s = await storeQuality(set, `quality-${seed}.db`);
    log(`| ${hard === 'text' ? 'hard, text only' : hard ? 'hard' : 'plain'} (seed ${seed}) | ${set.length} | ${templates} × ${perTemplate} | ${singletons} | ${fmt(q.precision, 4)} | ${fmt(q.recall, 4)} | ${fmt(q.f1, 4)} | ${fmt(s.precision, 4)} / ${fmt(s.recall, 4)} |`);
  }
  // Drifting templates: each message changes 15 % of the words of the one before (members a few steps apart
  // no longer join); the campaign holds together only through its chain, whatever the arrival order.
  log('');
  log('Drifting templates (each message changes 15 % of the words of the one before, one landing domain per template), in memory: time order, then three seeded shuffles; the store in a shuffled order.');
  log('| set | messages | templates × messages | one-offs | time order P / R | shuffled P / R (3 orders) | partitions equal to time order | store (shuffled): P / R |');
  log('|---|---|---|---|---|---|---|---|');
  for (const [chains, perChain, singletons, seed] of [[20, 40, 500, 11], [60, 30, 3000, 12]] as const) {
    const set = driftingCampaignSet({ chains, perChain, singletons, seed, drift: 0.15 });
    const cluster = async (order: typeof set): Promise<Map<string, string>> => {
      const index = new MemoryCampaignIndex();
      const c = new Clusterer(index);
      for (const m of order) await c.add(m);
      return new Map([...index.members].map(([h, m]) => [h, m.campaignId]));
    };
    const quality = (ids: Map<string, string>) => pairwiseQuality(set.map((m) => ({ label: m.label, cluster: ids.get(m.hash)! })));
    const partition = (ids: Map<string, string>) => {
      const groups = new Map<string, string[]>();
      for (const [h, id] of ids) groups.set(id, [...(groups.get(id) ?? []), h]);
      return [...groups.values()].map((g) => g.sort().join(',')).sort().join(' ');
    };
    const timeOrder = await cluster([...set].sort((a, b) => a.time - b.time || (a.hash < b.hash ? -1 : 1)));
    const reference = partition(timeOrder);
    const shuffles = [];
    for (const shuffleSeed of [1, 2, 3]) {
      const rnd = prng(shuffleSeed);
      const order = [...set];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      shuffles.push({ order, ids: await cluster(order) });
    }
    const t = quality(timeOrder);
    const qs = shuffles.map((x) => quality(x.ids));
    const s = await storeQuality(shuffles[0]!.order, `drift-${seed}.db`);
    log(`| drifting (seed ${seed}) | ${set.length} | ${chains} × ${perChain} | ${singletons} | ${fmt(t.precision, 4)} / ${fmt(t.recall, 4)} | ${qs.map((q) => `${fmt(q.precision, 4)} / ${fmt(q.recall, 4)}`).join(', ')} | ${shuffles.filter((x) => partition(x.ids) === reference).length} of 3 | ${fmt(s.precision, 4)} / ${fmt(s.recall, 4)} |`);
  }
}

/** The same set through the store's campaign indexer (SQLite, insertBatch of CLUSTER_BATCH in arrival order). */
async function storeQuality(set: readonly LabelledMessage[], file: string): Promise<ReturnType<typeof pairwiseQuality>> {
  const store = await openStore(path.join(work, file));
  try {
    await store.messages.ensureSchema();
    const stored = set.map((m) => storedLabelled(m));
    const indexers = [campaignsIndexer()];
    for (let i = 0; i < stored.length; i += CLUSTER_BATCH) await store.messages.insertBatch({ messages: stored.slice(i, i + CLUSTER_BATCH) }, { indexers });
    const label = new Map(stored.map((m, i) => [m.hash, set[i]!.label]));
    const rows = await store.all<{ hash: string; campaign_id: string }>('SELECT hash, campaign_id FROM campaign_members');
    return pairwiseQuality(rows.map((r) => ({ label: label.get(r.hash) ?? null, cluster: r.campaign_id })));
  } finally {
    await store.close();
  }
}

// ------------------------------------------------------------------------------------------- surges
async function surgesSection(): Promise<void> {
  log('\n## Surge detection on synthetic series (episode-level; per row 40 series × 2 years, 5 planted surges of 5–30 days and 6 one-day 3× spikes each)');
  log('| level (weekday msgs/day) | surge size | series | planted | detected (true / false) | spikes flagged | precision | recall |');
  log('|---|---|---|---|---|---|---|---|');
  for (const [level, minFactor, maxFactor] of [[80, 2, 4], [80, 1.5, 2], [80, 1.25, 1.5], [10, 2, 4], [10, 1.5, 2], [3, 2, 4]] as const) {
    const totals = { day: { tp: 0, fp: 0, missed: 0, n: 0, spikes: 0 }, week: { tp: 0, fp: 0, missed: 0, n: 0, spikes: 0 } };
    for (let seed = 1; seed <= 40; seed++) {
      const truth = syntheticDaily({ days: 730, level, surgeCount: 5, spikeCount: 6, seed: seed * 7 + level, minFactor, maxFactor });
      const d = scoreDetections(detectSurges(truth.points, 'day', 'all'), truth);
      totals.day.tp += d.tp; totals.day.fp += d.fp; totals.day.missed += d.missed; totals.day.n += truth.surges.length; totals.day.spikes += d.spikesFlagged;
      const toDay = (p: string, end: boolean): string => (end ? new Date(Date.parse(`${p}T00:00:00Z`) + 6 * DAY).toISOString().slice(0, 10) : p);
      const longTruth = { ...truth, surges: truth.surges.filter((s) => Date.parse(s.end) - Date.parse(s.start) >= 9 * DAY) };
      const weekly = detectSurges(rollUp(truth.points, 'week'), 'week', 'all');
      const w = scoreDetections(weekly, truth, toDay);
      totals.week.tp += w.tp; totals.week.fp += w.fp; totals.week.spikes += w.spikesFlagged;
      totals.week.missed += scoreDetections(weekly, longTruth, toDay).missed; totals.week.n += longTruth.surges.length;
    }
    for (const [name, t] of Object.entries(totals)) {
      const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
      log(`| ${level} | ${minFactor}–${maxFactor}× | ${name === 'day' ? 'daily, same weekday' : 'weekly (surges ≥ 10 days)'} | ${t.n} | ${t.tp} / ${t.fp} | ${t.spikes} | ${fmt(precision, 3)} | ${fmt(1 - t.missed / t.n, 3)} |`);
    }
  }
}

try {
  if (run('--surges')) await surgesSection();
  if (run('--quality')) await qualitySection();
  if (run('--cluster')) await clusterSection();
  if (run('--ingest')) await ingestSection();
  if (run('--corpus')) await corpusSection();
  if (run('--scale')) await scaleSection();
} finally {
  rmSync(work, { recursive: true, force: true });
  await dropDatabases();
}
