/**
 * Intel benchmark (issue 13):
 * 1. Parse rate over every saved response in ../shared/data/whois: share parsed without error, share of
 *    each field matching the weppos `.expected` truth files, files/s and MB/s.
 * 2. Import rate: generated ICANN/JPRS/RDAP responses through importResponses into a fresh SQLite store.
 * 3. Pivot over a generated graph of 1,000,000 records (SQLite; `--pg URL` adds PostgreSQL): actors of
 *    2–6 domains sharing phones/e-mails, proxy phones shared by thousands, hosting name servers shared by
 *    tens of thousands, registrars; a planted actor of 4 domains. Time of `pivot` from the planted domain
 *    (cold and warm) and from random domains.
 * Run: npm run bench:intel [-- --records 1000000] [--import 20000] [--pg postgres://postgres@127.0.0.1/test]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pivot } from '../src/intel/graph/pivot.js';
import { importResponses, type ResponseInput } from '../src/intel/history/import.js';
import { INTEL_MIGRATIONS } from '../src/intel/history/schema.js';
import { scoreCorpus } from '../src/intel/whois/corpus.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { SHARED_DATA } from '../src/test-support/shared-data.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const RECORDS = Number(opt('records', '1000000'));
const IMPORTS = Number(opt('import', '20000'));
const PG = opt('pg', '');

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same graph. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------- 1. parse
function benchParse() {
  const dir = path.join(SHARED_DATA, 'whois');
  const t0 = performance.now();
  const s = scoreCorpus(dir);
  const wall = (performance.now() - t0) / 1000;
  console.log(`\n## Parse: ${dir}`);
  console.log(`files ${s.files}; parsed without error ${s.parsed} (${((100 * s.parsed) / s.files).toFixed(1)} %); crashed ${s.crashed.length}; RDAP non-domain objects refused with a reason ${s.rejected.length}`);
  console.log(`parse time ${s.ms.toFixed(0)} ms for ${(s.bytes / 1e6).toFixed(1)} MB: ${((1000 * s.files) / s.ms).toFixed(0)} files/s, ${(s.bytes / 1e3 / s.ms).toFixed(1)} MB/s (wall incl. reading ${wall.toFixed(1)} s)`);
  let ok = 0;
  let n = 0;
  console.log('| field | matched | checked | share |\n|---|---:|---:|---:|');
  for (const [field, [a, b]] of Object.entries(s.fields).sort()) {
    ok += a;
    n += b;
    console.log(`| ${field} | ${a} | ${b} | ${((100 * a) / b).toFixed(1)} % |`);
  }
  console.log(`| **all compared fields** | ${ok} | ${n} | ${((100 * ok) / n).toFixed(1)} % |`);
  const txt = s.files - 19 - 1; // text responses (the RDAP folders hold 20 JSON files)
  void txt;
}

// --------------------------------------------------------------------------------------------- 2. import
function generatedResponse(i: number, r: () => number): ResponseInput {
  const actor = Math.floor(i / 3);
  const year = 2010 + (i % 12);
  const phone = `+81.3${String(10000000 + ((actor * 7919) % 90000000)).slice(0, 8)}`;
  const kind = i % 3;
  if (kind === 0) {
    return {
      source: `gen/${i}.txt`,
      content: [
        `Domain Name: GEN-${i}.COM`,
        `Updated Date: ${year}-0${1 + (i % 9)}-01T00:00:00Z`,
        `Creation Date: ${year - 1}-05-05T00:00:00Z`,
        'Registrar: Example Registrar, LLC',
        `Registrant Name: Person ${actor}`,
        `Registrant Street: ${i % 100}-1 Street`,
        'Registrant City: Tokyo',
        'Registrant Country: JP',
        `Registrant Phone: ${phone}`,
        `Registrant Email: person${actor}@mail.test`,
        `Name Server: ns${i % 50}.hosting.test`,
      ].join('\n'),
    };
  }
  if (kind === 1) {
    return {
      source: `gen/${i}.jp.txt`,
      content: [
        'Domain Information: [ドメイン情報]',
        `[Domain Name]                   GEN-${i}.JP`,
        `[登録者名]                      山田 ${actor}`,
        `[Name Server]                   ns${i % 50}.hosting.test`,
        `[登録年月日]                    ${year - 1}/04/01`,
        `[最終更新]                      ${year}/04/01 01:00:00 (JST)`,
        'Contact Information: [公開連絡窓口]',
        `[名前]                          山田 ${actor}`,
        `[Email]                         yamada${actor}@mail.test`,
        `[電話番号]                      03-${String(1000 + (actor % 9000))}-${String(1000 + Math.floor(r() * 9000))}`,
      ].join('\n'),
    };
  }
  return {
    source: `gen/${i}.json`,
    content: JSON.stringify({
      objectClassName: 'domain',
      ldhName: `gen-${i}.net`,
      events: [
        { eventAction: 'registration', eventDate: `${year - 1}-02-02T00:00:00Z` },
        { eventAction: 'last changed', eventDate: `${year}-02-02T00:00:00Z` },
      ],
      nameservers: [{ objectClassName: 'nameserver', ldhName: `ns${i % 50}.hosting.test` }],
      entities: [
        {
          objectClassName: 'entity',
          roles: ['registrant'],
          vcardArray: ['vcard', [['version', {}, 'text', '4.0'], ['fn', {}, 'text', `Person ${actor}`], ['tel', {}, 'uri', `tel:${phone}`], ['email', {}, 'text', `person${actor}@mail.test`]]],
        },
      ],
    }),
  };
}

async function benchImport(store: Store) {
  const r = rng(7);
  const inputs = Array.from({ length: IMPORTS }, (_, i) => generatedResponse(i, r));
  const t0 = performance.now();
  let stored = 0;
  for (let i = 0; i < inputs.length; i += 500) {
    stored += (await importResponses(store, inputs.slice(i, i + 500))).filter((o) => o.status === 'stored').length;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`\n## Import (${store.dialect}): ${stored} generated responses (ICANN text, JPRS bilingual, RDAP in turn) in ${s.toFixed(1)} s: ${(stored / s).toFixed(0)} records/s (parse + normalise + store, batches of 500)`);
}

// ---------------------------------------------------------------------------------------------- 3. pivot
/**
 * Writes `records` snapshots straight into the intel tables (the import path is measured above; at its
 * rate a million parses would take minutes). Edges per record: registrant phone, e-mail, name, name
 * server, registrar — like an imported ICANN record.
 */
async function buildGraph(store: Store, records: number) {
  await store.migrate(INTEL_MIGRATIONS);
  const r = rng(42);
  const t0 = performance.now();
  const domains = Math.floor(records / 2.5); // ~2.5 snapshots per domain
  const proxyPhones = Array.from({ length: 20 }, (_, i) => `+1480624${String(2500 + i).padStart(4, '0')}`);
  let recordRows: unknown[] = [];
  let edgeRows: unknown[] = [];
  let nRecords = 0;
  let nEdges = 0;
  const flush = async (tx: { run: Store['run'] }) => {
    if (recordRows.length) {
      const n = recordRows.length / 15;
      await tx.run(
        `INSERT INTO intel_records (id, domain, observed_at, date_source, created_at, updated_at, expires_at, registrar, protocol, format, status, source, parsed, raw, imported_at) VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
        recordRows,
      );
    }
    if (edgeRows.length) {
      const n = edgeRows.length / 8;
      await tx.run(
        `INSERT INTO intel_edges (record_id, domain, kind, value_key, display, role, shield, observed_at) VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
        edgeRows,
      );
    }
    recordRows = [];
    edgeRows = [];
  };
  const edge = (id: string, domain: string, kind: string, key: string, shield: string | null, at: number) => {
    edgeRows.push(id, domain, kind, key, key, kind === 'nameserver' || kind === 'registrar' ? 'domain' : 'registrant', shield, at);
    nEdges++;
  };
  const BATCH = 250;
  let tx: { run: Store['run'] } = store;
  const writeRecord = (id: string, domain: string, at: number, created: number) => {
    recordRows.push(id, domain, at, 'record', created, at, null, 'registrar', 'whois', 'icann', 'registered', 'bench', '{}', '', at);
    nRecords++;
  };
  // The planted actor (4 domains through one phone and one e-mail) and a proxy neighbour.
  const planted: [string, string, string][] = [
    ['planted-a.com', '+81368901234', 'actor@mail.test'],
    ['planted-b.com', '+81368901234', 'other1@mail.test'],
    ['planted-c.jp', '+81368901234', 'other2@mail.test'],
    ['planted-d.info', '+81399990000', 'actor@mail.test'],
  ];
  await store.transaction(async (t) => {
    tx = t;
    for (const [d, phone, email] of planted) {
      for (let y = 0; y < 3; y++) {
        const id = `planted-${d}-${y}`;
        const at = Date.UTC(2013 + y, 0, 5);
        writeRecord(id, d, at, Date.UTC(2013, 0, 5));
        edge(id, d, 'phone', phone, null, at);
        edge(id, d, 'email', email, null, at);
        edge(id, d, 'nameserver', 'ns1.hosting-0.test', null, at);
        edge(id, d, 'registrar', 'registrar 0', null, at);
      }
    }
    await flush(t);
  });
  let written = nRecords;
  while (written < records) {
    await store.transaction(async (t) => {
      tx = t;
      for (let k = 0; k < 20_000 && written < records; k++, written++) {
        const d = Math.floor(r() * domains);
        const domain = `d${d}.example`;
        const actor = Math.floor(d / (2 + (d % 5))); // actors of 2–6 domains
        const at = Date.UTC(2008 + Math.floor(r() * 16), Math.floor(r() * 12), 1);
        const id = `r${written}`;
        writeRecord(id, domain, at, at - 86_400_000 * 365);
        const proxied = r() < 0.25;
        if (proxied) {
          const p = proxyPhones[Math.floor(r() * proxyPhones.length)]!;
          edge(id, domain, 'phone', p, 'proxy', at);
          edge(id, domain, 'email', `${domain}@proxy.test`, 'proxy', at);
        } else {
          edge(id, domain, 'phone', `+8190${String(10_000_000 + actor).slice(-8)}`, null, at);
          edge(id, domain, 'email', `actor${actor}@mail.test`, null, at);
          edge(id, domain, 'name', `name ${actor}`, null, at);
        }
        edge(id, domain, 'nameserver', `ns1.hosting-${Math.floor(r() * 20)}.test`, null, at);
        edge(id, domain, 'registrar', `registrar ${Math.floor(r() * 50)}`, null, at);
        if (recordRows.length >= BATCH * 15) await flush(t);
      }
      await flush(t);
    });
    if (written % 200_000 < 20_000) process.stderr.write(`  generated ${written} records, ${nEdges} edges\n`);
  }
  void tx;
  console.log(`\n## Pivot (${store.dialect}): generated ${nRecords} records, ${nEdges} edges over ~${domains} domains in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

async function benchPivot(store: Store) {
  const timings: number[] = [];
  let t = performance.now();
  const first = await pivot(store, 'planted-a.com');
  const cold = performance.now() - t;
  const members = first.domains.map((d) => d.domain).sort();
  console.log(`pivot planted-a.com (first call): ${cold.toFixed(1)} ms → ${members.join(', ')}; ignored ${first.ignored.length}; weak neighbours ${first.weakNeighbours.length}`);
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await pivot(store, 'planted-a.com');
    timings.push(performance.now() - t);
  }
  timings.sort((a, b) => a - b);
  console.log(`pivot planted-a.com warm: median ${timings[10]!.toFixed(1)} ms, max ${timings[19]!.toFixed(1)} ms`);
  const r = rng(99);
  const random: number[] = [];
  let sizes = 0;
  for (let i = 0; i < 50; i++) {
    const d = `d${Math.floor(r() * (RECORDS / 2.5))}.example`;
    t = performance.now();
    const res = await pivot(store, d, { depth: 3 });
    random.push(performance.now() - t);
    sizes += res.domains.length;
  }
  random.sort((a, b) => a - b);
  console.log(`pivot from 50 random domains, depth 3: median ${random[25]!.toFixed(1)} ms, p90 ${random[45]!.toFixed(1)} ms, max ${random[49]!.toFixed(1)} ms (mean cluster ${(sizes / 50).toFixed(1)} domains)`);
  t = performance.now();
  const hub = await pivot(store, '+14806242500');
  console.log(`pivot from a proxy phone held by thousands: ${(performance.now() - t).toFixed(1)} ms → ${hub.domains.length} domains, ignored: ${hub.ignored.map((i) => i.reason).join(', ')}`);
  const ok = members.join() === 'planted-a.com,planted-b.com,planted-c.jp,planted-d.info' && cold < 1000 && random[49]! < 1000;
  console.log(`target < 1 s per pivot over ${RECORDS} records: ${ok ? 'met' : 'NOT met'}`);
}

benchParse();
const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-bench-intel-'));
try {
  const imp = await openStore(path.join(dir, 'import.db'));
  try {
    await benchImport(imp);
  } finally {
    await imp.close();
  }
  const big = await openStore(path.join(dir, 'graph.db'));
  try {
    await buildGraph(big, RECORDS);
    await benchPivot(big);
  } finally {
    await big.close();
  }
  if (PG) {
    const pg = await openStore(PG);
    try {
      await pg.run('DROP TABLE IF EXISTS intel_edges');
      await pg.run('DROP TABLE IF EXISTS intel_records');
      await pg.run("DELETE FROM schema_migrations WHERE module = 'intel'");
      await benchImport(pg);
      await pg.run('DELETE FROM intel_edges');
      await pg.run('DELETE FROM intel_records');
      await buildGraph(pg, RECORDS);
      await benchPivot(pg);
    } finally {
      await pg.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
