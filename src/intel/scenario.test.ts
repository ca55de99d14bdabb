/**
 * The done-when scenario of issue 13, on SQLite and PostgreSQL, from the fixture files in
 * ./fixtures/scenario (written for this test):
 * - virus-alert-desk.info: three yearly snapshots (2013 ICANN text, 2014 RDAP, 2015 JPRS bilingual)
 *   whose registrant name and address change while the phone stays (+81.368901234, tel:+81-3-6890-1234,
 *   03-6890-1234);
 * - dating-match-jp.com shares the 2013 snapshot's e-mail (written K.Sato.Mailbox+dating@FreeMail-JP.test);
 * - prize-mail-center.com (2014) and torendmicro-support.jp (JPRS, 2016) share the phone;
 * - privacy-proxy neighbours (Domains By Proxy ×2, WhoisGuard RDAP with redactions, a JPRS 公開代行)
 *   share a proxy phone and the actor's hosting name server;
 * - 30 parked domains share a registrar's desk phone that the 2014 snapshot's admin contact also has.
 * The pivot must give exactly the actor's four domains, each link explained, and none of the others.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../test-support/postgres.js';
import { explainIgnored, explainLink, explainWeak } from './graph/explain.js';
import { pivot } from './graph/pivot.js';
import { importResponses, type ResponseInput } from './history/import.js';
import { whoisHistory } from './history/history.js';
import { actorForDomains, intelDomainAge } from './join/mail.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'scenario');
const ACTOR = ['dating-match-jp.com', 'prize-mail-center.com', 'torendmicro-support.jp', 'virus-alert-desk.info'];
const NOW = () => new Date('2020-01-01T00:00:00Z');

function scenarioInputs(): ResponseInput[] {
  const files = readdirSync(DIR).sort();
  const inputs: ResponseInput[] = files.map((f) => ({ content: readFileSync(path.join(DIR, f)), source: `fixtures/scenario/${f}` }));
  // Parked domains of one registrar, all with its desk phone as admin contact (not on any proxy list).
  for (let i = 0; i < 30; i++) {
    inputs.push({
      source: `generated/parked-${i}.com`,
      content: [
        `Domain Name: PARKED-${i}.COM`,
        `Updated Date: 2014-0${1 + (i % 9)}-10T00:00:00Z`,
        `Creation Date: 2012-01-${String(10 + (i % 18)).padStart(2, '0')}T00:00:00Z`,
        `Registrant Name: Owner ${i}`,
        `Registrant Phone: +81.90${String(10000000 + i * 7919).slice(0, 8)}`,
        `Registrant Email: owner${i}@parked-mail.test`,
        'Admin Name: Registration Desk',
        'Admin Phone: +81.355550199',
        'Admin Email: desk@example-registrar.test',
        `Name Server: ns${i}.parking.test`,
      ].join('\n'),
    });
  }
  return inputs;
}

async function runScenario(store: Store) {
  const outcomes = await importResponses(store, scenarioInputs(), { now: NOW });
  assert.deepEqual(outcomes.filter((o) => o.status === 'rejected'), []);
  assert.equal(outcomes.filter((o) => o.status === 'stored').length, 40);
  // Importing the same responses again writes nothing.
  const again = await importResponses(store, scenarioInputs().slice(0, 3), { now: NOW });
  assert.deepEqual(again.map((o) => o.status), ['duplicate', 'duplicate', 'duplicate']);

  // History: three snapshots, three formats, the phone the same E.164 in each, names and addresses not.
  const history = await whoisHistory(store, 'virus-alert-desk.info');
  assert.deepEqual(history.map((s) => [new Date(s.observedAt).getUTCFullYear(), s.format, s.dateSource]), [
    [2013, 'icann', 'record'],
    [2014, 'rdap', 'record'],
    [2015, 'jprs-ja', 'record'],
  ]);
  const phonesOf = (s: (typeof history)[number]) => s.values.filter((v) => v.kind === 'phone' && v.role === 'registrant' || v.kind === 'phone' && v.role === 'public').map((v) => v.key);
  for (const s of history) assert.ok(phonesOf(s).includes('+81368901234'), `snapshot ${s.observedAt}`);
  const names = history.map((s) => s.values.find((v) => v.kind === 'name' && v.role === 'registrant')?.key);
  assert.equal(new Set(names).size, 3, `names change: ${names.join(', ')}`);

  // The pivot from the landing domain.
  const r = await pivot(store, 'virus-alert-desk.info');
  assert.deepEqual(r.domains.map((d) => d.domain).sort(), ACTOR);
  const strong = r.links.filter((l) => l.strength === 'strong');
  assert.deepEqual(strong.map((l) => `${l.kind}:${l.key}`).sort(), ['email:k.sato.mailbox@freemail-jp.test', 'phone:+81368901234']);
  const phone = strong.find((l) => l.kind === 'phone')!;
  assert.equal(
    explainLink(phone),
    "phone +81368901234 is in prize-mail-center.com's 2014 record, in torendmicro-support.jp's 2016 record and in virus-alert-desk.info's 2013, 2014 and 2015 records",
  );
  assert.equal(
    explainLink(strong.find((l) => l.kind === 'email')!),
    "e-mail k.sato.mailbox@freemail-jp.test is in dating-match-jp.com's 2013 record and in virus-alert-desk.info's 2013 record",
  );
  assert.match(explainLink(phone, 'ja'), /^電話番号 \+81368901234 は prize-mail-center\.com の 2014年のレコード/);
  // Every member says how it joined.
  for (const m of r.domains) if (m.domain !== 'virus-alert-desk.info') assert.ok(m.via && m.depth === 1, m.domain);
  assert.equal(r.domains.find((d) => d.domain === 'virus-alert-desk.info')?.registered, Date.parse('2013-01-05T00:00:00Z')); // the JPRS snapshot's date-only 登録年月日 is the earliest

  // The registrar's desk phone reached through the 2014 admin contact: shared by 31 domains, ignored.
  const desk = r.ignored.find((i) => i.key === '+81355550199');
  assert.equal(desk?.reason, 'shared');
  assert.match(explainIgnored(desk!), /not used as a pivot: shared by more than 25 domains/);
  // Proxy and hosting neighbours share only the hosting name server: listed as weak, never members.
  const weak = r.weakNeighbours.map((n) => n.domain).sort();
  assert.deepEqual(weak, ['cheap-watches-outlet.com', 'free-prize-winner.net', 'kaitori-center.jp', 'secure-login-check.com']);
  assert.match(explainWeak(r.weakNeighbours[0]!), /shares only name server ns1\.hostingco\.test/);
  for (const n of r.weakNeighbours) assert.ok(n.shared.every((s) => s.kind === 'nameserver'), n.domain);
  const ns = r.links.find((l) => l.kind === 'nameserver' && l.key === 'ns1.hostingco.test');
  assert.equal(ns?.strength, 'weak');

  // From the phone as JPRS writes it, and from the e-mail with case and a plus-tag: the same actor.
  assert.deepEqual((await pivot(store, '03-6890-1234')).domains.map((d) => d.domain).sort(), ACTOR);
  assert.deepEqual((await pivot(store, 'K.Sato.Mailbox+x@freemail-jp.test')).domains.map((d) => d.domain).sort(), ACTOR);
  // From the proxy phone: the proxy's customers are not one actor.
  const proxy = await pivot(store, '+1.480.624.2599');
  assert.ok(proxy.domains.length === 2 && proxy.domains.every((d) => d.depth === 1));
  const proxyCluster = await pivot(store, 'cheap-watches-outlet.com');
  assert.deepEqual(proxyCluster.domains.map((d) => d.domain), ['cheap-watches-outlet.com']);
  assert.ok(proxyCluster.ignored.some((i) => i.key === '+14806242599' && i.reason === 'proxy'));
  assert.ok(proxyCluster.ignored.some((i) => i.kind === 'email' && i.reason === 'proxy'));
  const redacted = await pivot(store, 'secure-login-check.com');
  assert.deepEqual(redacted.domains.map((d) => d.domain), ['secure-login-check.com']);
  const jprsProxy = await pivot(store, 'kaitori-center.jp');
  assert.deepEqual(jprsProxy.domains.map((d) => d.domain), ['kaitori-center.jp']);
  assert.ok(jprsProxy.ignored.some((i) => i.key === '+81355550101' && i.reason === 'proxy'));

  // Joined to mail: a campaign's landing domains and their actor; domain age from the records.
  const actors = await actorForDomains(store, ['prize-mail-center.com', 'torendmicro-support.jp', 'cheap-watches-outlet.com', 'unknown.test']);
  assert.equal(actors.length, 1);
  assert.deepEqual(actors[0]!.domains.sort(), ACTOR);
  assert.deepEqual(actors[0]!.seeds.sort(), ['prize-mail-center.com', 'torendmicro-support.jp']);
  const age = intelDomainAge(store);
  assert.deepEqual(await age('virus-alert-desk.info'), { registered: new Date('2013-01-05T00:00:00Z') });
  assert.equal(await age('never-seen.test'), undefined);
}

describe('scenario: the torendmicro investigation', () => {
  test('SQLite', async () => {
    const store = await openStore(':memory:');
    try {
      await runScenario(store);
    } finally {
      await store.close();
    }
  });

  let pgdb: TestDatabase | { unavailable: string } | undefined;
  after(async () => {
    if (pgdb && !('unavailable' in pgdb)) await pgdb.drop();
  });
  test('PostgreSQL', async (t) => {
    pgdb = await createTestDatabase();
    if (!requirePostgres(t, pgdb)) return;
    const store = await openStore(await pgdb.freshSchema());
    try {
      await runScenario(store);
    } finally {
      await store.close();
    }
  });
});

test('pivot graph elements for the dashboard: members, values, neighbours, explained', async () => {
  const { pivotGraph } = await import('./graph/cytoscape.js');
  const store = await openStore(':memory:');
  try {
    await importResponses(store, scenarioInputs(), { now: NOW });
    const g = pivotGraph(await pivot(store, 'virus-alert-desk.info'));
    const ids = new Set(g.nodes.map((n) => n.data.id));
    for (const d of ACTOR) assert.ok(ids.has(`domain:${d}`), d);
    assert.ok(g.nodes.some((n) => n.data.id === 'domain:cheap-watches-outlet.com' && n.data.member === false));
    for (const e of g.edges) assert.ok(ids.has(e.data.source) && ids.has(e.data.target), e.data.id);
    assert.ok(g.edges.some((e) => e.data.id === 'phone:+81368901234|domain:virus-alert-desk.info'.replace('|domain:', '|') && e.data.label === '2013, 2014, 2015'));
    assert.equal(g.explanations.length, 2);
  } finally {
    await store.close();
  }
});
