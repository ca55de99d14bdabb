import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createMetrics, instrumentScanner, type DependencyCheck } from '../../observability/index.js';
import { createScanPool } from '../../runtime/index.js';
import { createApp } from '../app.js';
import { TEST_TOKEN, auth, testDeps } from '../test-support/deps.js';

const torendmicro = readFileSync(new URL('../../../examples/torendmicro.eml', import.meta.url));
const business = readFileSync(new URL('../../../examples/business-ja.eml', import.meta.url));
const signedIn = { Cookie: `spamlab_token=${TEST_TOKEN}` };

test('the status page shows readiness, listeners, scans since start by way in and verdict, and queue depth, in both languages', async (t) => {
  const metrics = createMetrics({ processMetrics: false });
  const pool = createScanPool({ config: defaultConfig(), threads: 1 });
  t.after(() => pool.close());
  let storeUp = true;
  const readiness: DependencyCheck[] = [
    { name: 'store', check: async () => (storeUp ? { detail: 'sqlite' } : Promise.reject(new Error('database is locked'))) },
    { name: 'model', check: async () => ({ detail: 'loaded' }) },
  ];
  metrics.registerQueueDepth('scan', () => ({ waiting: 7, active: 2, failed: 1 }));
  const deps = testDeps({ scanner: instrumentScanner(pool, metrics, 'api') });
  const { app } = createApp({
    ...deps,
    ops: { metrics, readiness, startedAt: Date.parse('2026-01-15T08:30:00Z') },
    listeners: () => [{ name: 'milter', address: '127.0.0.1:8891' }],
  });

  // A page like every other: it needs the token.
  assert.equal((await app.request('/status')).status, 303);
  for (const body of [torendmicro, torendmicro, business]) assert.equal((await app.request('/api/scan?store=0', { method: 'POST', body, headers: auth })).status, 200);

  let page = await (await app.request('/status', { headers: signedIn })).text();
  assert.match(page, /id="readiness" class="verdict verdict-clean" data-ready="true"/);
  assert.match(page, /<span id="uptime">1h 30m<\/span>/);
  assert.match(page, /<tr data-dependency="store" data-status="up"><td class="mono">store<\/td><td>up<\/td>/);
  assert.match(page, /<td class="mono">milter<\/td><td class="mono">127\.0\.0\.1:8891<\/td>/);
  assert.match(page, /<tr data-via="api">.*<td class="num" data-verdict="clean">1<\/td><td class="num" data-verdict="spam">0<\/td><td class="num" data-verdict="phishing">2<\/td>/s);
  assert.match(page, /<td class="mono">scan<\/td><td>waiting<\/td><td class="num">7<\/td>/);
  assert.match(page, /<a href="\/status" class="active">Status<\/a>/);

  storeUp = false;
  page = await (await app.request('/status', { headers: { Cookie: `${signedIn.Cookie}; spamlab_lang=ja` } })).text();
  assert.match(page, /data-ready="false">準備未完了/);
  assert.match(page, /<tr data-dependency="store" data-status="down"><td class="mono">store<\/td><td>停止<\/td><td class="num">[\d.]+<\/td><td>database is locked<\/td>/);
  assert.match(page, /<th class="num">フィッシング<\/th>/);
});

test('without metrics the status page says so instead of showing zeros', async (t) => {
  const deps = testDeps();
  t.after(() => (deps.scanner as unknown as { close(): Promise<void> }).close());
  const { app } = createApp(deps);
  const page = await (await app.request('/status', { headers: signedIn })).text();
  assert.match(page, /This server keeps no metrics\./);
  assert.match(page, /data-ready="true"/);
  assert.doesNotMatch(page, /id="queue"/);
});
