import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultConfig } from '../config/load.js';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
import { explainerFor } from './explain.js';
import { ReloadableScanner, createLearnService } from './scanning.js';
import { storeMessagesData } from './store-data.js';
import { storeAnalysesData } from './analyses-data.js';
import { trendsIndexer } from '../trends/index.js';
import { campaignsIndexer } from '../campaigns/index.js';
import { auth, testDeps } from './test-support/deps.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url));

test('scanned through the API, stored once, listed with filters and shown with explanations in either language', async (t) => {
  const config = defaultConfig();
  const store = await openStore(':memory:');
  t.after(() => store.close());
  let clock = Date.parse('2026-01-15T10:00:00Z');
  const { app } = createApp(
    testDeps({ data: { messages: storeMessagesData(store, { config, maxRawBytes: 1024 * 1024, indexers: [trendsIndexer(), campaignsIndexer()] }), ...storeAnalysesData(store) }, explain: explainerFor(config), now: () => new Date((clock += 60_000)) }),
  );
  const scan = async (name: string) => (await (await app.request('/api/scan', { method: 'POST', body: example(name), headers: auth })).json()) as { sha256: string; verdict: string; stored: string };
  const phish = await scan('torendmicro.eml');
  assert.equal(phish.stored, 'new');
  assert.equal((await scan('torendmicro.eml')).stored, 'duplicate');
  const fax = await scan('fax-lure.eml');
  const business = await scan('business-ja.eml');
  assert.deepEqual([phish.verdict, fax.verdict, business.verdict], ['phishing', 'malware', 'clean']);

  type List = { available: boolean; items: { sha256: string; verdict: string; categories: string[] }[]; total: number };
  const list = async (q: string) => (await (await app.request(`/api/messages${q}`, { headers: auth })).json()) as List;
  const all = await list('');
  assert.equal(all.available, true);
  assert.equal(all.total, 3);
  assert.equal(new Set(all.items.map((i) => i.sha256)).size, 3);
  assert.deepEqual((await list('?verdict=phishing')).items.map((i) => i.sha256), [phish.sha256]);
  assert.deepEqual((await list('?finding=LOOKALIKE_FROM_LOCAL_PART')).items.map((i) => i.sha256), [phish.sha256]);
  assert.deepEqual((await list('?sender=TORENDMICRO.COM@jsomething.r2something.net')).items.map((i) => i.sha256), [phish.sha256]);
  assert.deepEqual((await list('?domain=jsomething.r2something.net')).items.map((i) => i.sha256), [phish.sha256]);
  assert.deepEqual((await list('?category=malware-lure')).items.map((i) => i.sha256).includes(phish.sha256), true);
  assert.equal((await list('?from=2030-01-01')).total, 0);
  const paged = await list('?limit=1&offset=1');
  assert.equal(paged.items.length, 1);
  assert.equal(paged.total, 3);

  const en = (await (await app.request(`/api/messages/${phish.sha256}`, { headers: auth })).json()) as { report: { findings: { id: string; description: string }[] }; rawKept: boolean };
  assert.equal(en.rawKept, true);
  const ja = (await (await app.request(`/api/messages/${phish.sha256}?lang=ja`, { headers: auth })).json()) as typeof en;
  const enText = en.report.findings.find((f) => f.id === 'LOOKALIKE_FROM_LOCAL_PART')!.description;
  const jaText = ja.report.findings.find((f) => f.id === 'LOOKALIKE_FROM_LOCAL_PART')!.description;
  assert.match(enText, /local part/);
  assert.match(jaText, /[\u3040-\u30ff\u4e00-\u9fff]/);

  // The trend rollups saw every message stored through the API.
  const trends = (await (await app.request('/api/trends?granularity=month', { headers: auth })).json()) as { available: boolean; volume: { verdict: string; count: number }[] };
  assert.equal(trends.available, true);
  assert.equal(trends.volume.reduce((n, p) => n + p.count, 0), 3);
  assert.deepEqual(new Set(trends.volume.map((p) => p.verdict)), new Set(['phishing', 'malware', 'clean']));
  const campaigns = (await (await app.request('/api/campaigns', { headers: auth })).json()) as { available: boolean; items: unknown[] };
  assert.equal(campaigns.available, true);
  // The pivot reads intel's tables in the same store: nothing imported yet, so an empty graph; bad input is a 400.
  const graph = (await (await app.request('/api/pivot?q=virus-alert-desk.info', { headers: auth })).json()) as { available: boolean; nodes: unknown[] };
  assert.equal(graph.available, true);
  assert.deepEqual(graph.nodes, []);
  assert.equal((await app.request('/api/pivot?q=%20%21%21', { headers: auth })).status, 400);
});

test('learn as spam or ham saves a new model version (by stored hash or by body)', async (t) => {
  const config = { ...defaultConfig() };
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const scanner = new ReloadableScanner({ config, threads: 1 });
  t.after(() => scanner.close());
  const messages = storeMessagesData(store, { config, maxRawBytes: 1024 * 1024 });
  const { app } = createApp(testDeps({ scanner, data: { messages }, learn: createLearnService({ config, store, scanner }) }));
  const scanned = (await (await app.request('/api/scan', { method: 'POST', body: example('business-ja.eml'), headers: auth })).json()) as { sha256: string };
  const byHash = await app.request(`/api/learn?as=spam&hash=${scanned.sha256}`, { method: 'POST', headers: auth });
  assert.equal(byHash.status, 200);
  assert.deepEqual(await byHash.json(), { learned: 'spam', sha256: scanned.sha256, model: 'default', version: 1, base: (await byHashBase()) });
  const byBody = (await (await app.request('/api/learn?as=ham', { method: 'POST', body: example('business-ja.eml'), headers: auth })).json()) as { version: number; base: string };
  assert.equal(byBody.version, 2);
  assert.equal(byBody.base, 'default v1');
  assert.equal((await store.models.list('default')).length, 2);
  const unknown = await app.request(`/api/learn?as=spam&hash=${'0'.repeat(64)}`, { method: 'POST', headers: auth });
  assert.equal(unknown.status, 404);

  async function byHashBase(): Promise<string> {
    return (await (await import('../runtime/model.js')).loadContentModel({ ...config.content.classifier, useStore: false })).source;
  }
});
