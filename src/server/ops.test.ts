import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createMetrics, instrumentScanner, modelReadiness, storeReadiness } from '../observability/index.js';
import { parseExposition } from '../observability/test-support/exposition.js';
import { defaultConfig } from '../config/load.js';
import { createScanPool } from '../runtime/index.js';
import { openStore } from '../store/index.js';
import { createTestDatabase } from '../test-support/postgres.js';
import { startTcpRelay } from '../test-support/tcp-relay.js';
import { createApp } from './app.js';
import { auth, testDeps } from './test-support/deps.js';

const torendmicro = readFileSync(new URL('../../examples/torendmicro.eml', import.meta.url));
const business = readFileSync(new URL('../../examples/business-ja.eml', import.meta.url));

test('GET /metrics after real scans through the API: verdict counts and latencies moved; no token needed', async (t) => {
  const metrics = createMetrics();
  const pool = createScanPool({ config: defaultConfig(), threads: 1 });
  t.after(() => pool.close());
  const deps = testDeps({ scanner: pool });
  const { app } = createApp({ ...deps, scanner: instrumentScanner(pool, metrics, 'api'), ops: { metrics, readiness: [modelReadiness(pool, true)] } });
  const before = parseExposition(await (await app.request('/metrics')).text());
  assert.equal(before.value('spamlab_messages_scanned_total', { verdict: 'phishing', via: 'api' }), undefined);
  for (const body of [torendmicro, business, torendmicro]) assert.equal((await app.request('/api/scan?store=0', { method: 'POST', body, headers: auth })).status, 200);
  assert.equal((await app.request('/api/scan?store=0', { method: 'POST', body: '\u0000', headers: auth })).status, 422);
  const res = await app.request('/metrics');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  const e = parseExposition(await res.text());
  assert.equal(e.value('spamlab_messages_scanned_total', { verdict: 'phishing', via: 'api' }), 2);
  assert.equal(e.value('spamlab_messages_scanned_total', { verdict: 'clean', via: 'api' }), 1);
  assert.equal(e.value('spamlab_scan_errors_total', { via: 'api' }), 1);
  assert.equal(e.value('spamlab_scan_duration_seconds_count', { via: 'api' }), 4);
  assert.ok(e.value('spamlab_scan_duration_seconds_sum', { via: 'api' })! > 0);
  const ready = await app.request('/readyz');
  assert.equal(ready.status, 200);
  assert.deepEqual(((await ready.json()) as { dependencies: { name: string; status: string; detail: string }[] }).dependencies.map((d) => [d.name, d.status, d.detail]), [['model', 'up', 'loaded']]);
  // The readiness probe is not a scan anyone asked for: it is not counted.
  assert.equal(parseExposition(await (await app.request('/metrics')).text()).value('spamlab_scan_duration_seconds_count', { via: 'api' }), 4);
  assert.equal((await app.request('/healthz')).status, 200);
  assert.equal((await app.request('/api/health')).status, 200, 'the existing health route stays');
});

test('/readyz: a PostgreSQL store whose connection drops turns not ready, and the answer shows no URL, user or password', async (t) => {
  const pg = await createTestDatabase();
  if (!('url' in pg)) return t.skip(pg.unavailable);
  t.after(() => pg.drop());
  // A loopback relay in front of PostgreSQL: cutting it is a real connection loss, not a closed store.
  const target = new URL(pg.url);
  const relay = await startTcpRelay(Number(target.port || 5432), target.hostname);
  t.after(() => relay.close());
  const port = relay.port;
  const url = `postgres://postgres:hunter2secret@127.0.0.1:${port}${target.pathname}`;
  const store = await openStore(url);
  t.after(() => store.close());
  const scanner = { scan: async () => ({ source: 'x', error: 'not used' }) };
  const deps = testDeps({ scanner });
  const { app } = createApp({ ...deps, ops: { readiness: [storeReadiness(store)] } });
  let res = await app.request('/readyz');
  assert.equal(res.status, 200, await res.clone().text());
  await relay.cut();
  res = await app.request('/readyz');
  const text = await res.text();
  assert.equal(res.status, 503, text);
  const body = JSON.parse(text) as { status: string; dependencies: { name: string; status: string; detail: string }[] };
  assert.equal(body.status, 'not ready');
  assert.equal(body.dependencies[0]!.name, 'store');
  assert.equal(body.dependencies[0]!.status, 'down');
  for (const secret of ['hunter2secret', `:${port}`, '//postgres', target.pathname.slice(1)]) assert.ok(!text.includes(secret), `${secret} in ${text}`);
  assert.ok(deps.logLines.every((l) => !l.includes('hunter2secret')));
});
