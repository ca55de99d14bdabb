import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import type { ScanReport } from '../scan/report.js';
import { checkReadiness, createMetrics, opsAnswer, redactSecrets, secretSafeLogging, startOpsListener, upOnceReached, withoutUrls } from './index.js';
import { parseExposition } from './test-support/exposition.js';

const report = (verdict: ScanReport['verdict']) => ({ verdict }) as ScanReport;

test('scans, store writes and policy answers move their metrics, in valid exposition format', async () => {
  const metrics = createMetrics();
  metrics.observeScan(report('spam'), 0.02, 'api');
  metrics.observeScan(report('spam'), 0.2, 'api');
  metrics.observeScan(report('clean'), 0.003, 'milter');
  metrics.observeScan({ source: 'x', error: 'unreadable' }, 0.001, 'api');
  assert.equal(await metrics.timeStoreWrite('sqlite', async () => 7), 7);
  await assert.rejects(metrics.timeStoreWrite('postgres', async () => { throw new Error('disk full'); }), /disk full/);
  metrics.observePolicyDecision('DUNNO', 0.0004, false);
  metrics.observePolicyDecision('DEFER 4.7.1 Sending paused (spamlab incident 3)', 0.002, false);
  metrics.observePolicyDecision('DEFER_IF_PERMIT 4.3.0 spamlab policy service unavailable', 1.0, true);
  metrics.observePolicyDecision('something odd', 0.001, false);

  const text = await metrics.registry.metrics();
  const e = parseExposition(text);
  assert.equal(e.types.get('spamlab_messages_scanned_total'), 'counter');
  assert.equal(e.types.get('spamlab_scan_duration_seconds'), 'histogram');
  assert.equal(e.value('spamlab_messages_scanned_total', { verdict: 'spam', via: 'api' }), 2);
  assert.equal(e.value('spamlab_messages_scanned_total', { verdict: 'clean', via: 'milter' }), 1);
  assert.equal(e.value('spamlab_scan_errors_total', { via: 'api' }), 1);
  assert.equal(e.value('spamlab_scan_duration_seconds_count', { via: 'api' }), 3);
  // Buckets are cumulative and end at +Inf with the count.
  const buckets = e.samples.filter((s) => s.name === 'spamlab_scan_duration_seconds_bucket' && s.labels.via === 'api');
  for (let i = 1; i < buckets.length; i++) assert.ok(buckets[i]!.value >= buckets[i - 1]!.value);
  assert.equal(buckets.at(-1)!.labels.le, '+Inf');
  assert.equal(buckets.at(-1)!.value, 3);
  assert.equal(e.value('spamlab_scan_duration_seconds_bucket', { via: 'api', le: '0.025' }), 2);
  assert.equal(e.value('spamlab_store_write_duration_seconds_count', { store: 'sqlite' }), 1);
  assert.equal(e.value('spamlab_store_write_duration_seconds_count', { store: 'postgres' }), 1);
  assert.equal(e.value('spamlab_errors_total', { component: 'store' }), 1);
  assert.equal(e.value('spamlab_outbound_policy_decisions_total', { action: 'DEFER' }), 1);
  assert.equal(e.value('spamlab_outbound_policy_decisions_total', { action: 'DEFER_IF_PERMIT' }), 1);
  assert.equal(e.value('spamlab_outbound_policy_decisions_total', { action: 'other' }), 1, 'free text never becomes a label value');
  assert.equal(e.value('spamlab_outbound_policy_failures_total', { answered: 'DEFER_IF_PERMIT' }), 1);
  assert.equal(e.value('spamlab_outbound_policy_decision_seconds_count'), 4);
  assert.ok(e.value('spamlab_process_cpu_user_seconds_total')! >= 0, 'process metrics carry the prefix');
});

test('the queue depth is read from each registered source at every scrape; a failing source is an error, not a failed scrape', async () => {
  const metrics = createMetrics({ processMetrics: false });
  let waiting = 5;
  metrics.registerQueueDepth('scan', async () => ({ waiting, active: 2, dead: 1 }));
  metrics.registerQueueDepth('broken', () => {
    throw new Error('redis down');
  });
  let e = parseExposition(await metrics.registry.metrics());
  assert.equal(e.types.get('spamlab_queue_jobs'), 'gauge');
  assert.equal(e.value('spamlab_queue_jobs', { queue: 'scan', state: 'waiting' }), 5);
  assert.equal(e.value('spamlab_queue_jobs', { queue: 'scan', state: 'dead' }), 1);
  assert.equal(e.value('spamlab_errors_total', { component: 'queue' }), 1);
  waiting = 0;
  e = parseExposition(await metrics.registry.metrics());
  assert.equal(e.value('spamlab_queue_jobs', { queue: 'scan', state: 'waiting' }), 0);
  assert.equal(e.value('spamlab_errors_total', { component: 'queue' }), 2);
  assert.equal(e.samples.filter((s) => s.name === 'spamlab_process_cpu_user_seconds_total').length, 0);
});

test('two registries in one process do not collide', async () => {
  const a = createMetrics({ processMetrics: false });
  const b = createMetrics({ processMetrics: false });
  a.observeScan(report('spam'), 0.01, 'worker');
  assert.equal(parseExposition(await b.registry.metrics()).value('spamlab_messages_scanned_total', { verdict: 'spam', via: 'worker' }), undefined);
  assert.equal(parseExposition(await a.registry.metrics()).value('spamlab_messages_scanned_total', { verdict: 'spam', via: 'worker' }), 1);
});

test('the exposition reader refuses what is not the format', () => {
  assert.throws(() => parseExposition('spamlab_x 1\n'), /before its TYPE/);
  assert.throws(() => parseExposition('# TYPE spamlab_x counter\nspamlab_x{a="1" 1\n'), /not exposition format|bad labels/);
  assert.throws(() => parseExposition('# TYPE spamlab_x counter\nspamlab_x one\n'), /bad value/);
});

test('readiness names each dependency, is ready only when all are up, and shows no connection string', async () => {
  const r = await checkReadiness(
    [
      { name: 'store', check: async () => undefined },
      { name: 'outbound-state', check: async () => { throw new Error('connect ECONNREFUSED for redis://:s3cret@10.0.0.5:6379/2'); } },
      { name: 'model', check: async () => ({ detail: 'loaded from postgres://spamlab:pw@db.internal/spamlab' }) },
      { name: 'queue', check: () => new Promise(() => undefined) },
    ],
    50,
  );
  assert.equal(r.ready, false);
  assert.deepEqual(r.dependencies.map((d) => [d.name, d.status]), [['store', 'up'], ['outbound-state', 'down'], ['model', 'up'], ['queue', 'down']]);
  const text = JSON.stringify(r);
  for (const secret of ['s3cret', '10.0.0.5', 'pw@', 'db.internal', 'spamlab:']) assert.ok(!text.includes(secret), `${secret} in ${text}`);
  assert.match(r.dependencies[1]!.detail!, /ECONNREFUSED for redis:\/\/…/);
  assert.match(r.dependencies[3]!.detail!, /no answer within 50 ms/);
  assert.equal((await checkReadiness([{ name: 'store', check: async () => undefined }])).ready, true);
  assert.equal((await checkReadiness([])).ready, true);
});

test('a probe that once succeeded stays up; one that fails is asked again', async () => {
  let calls = 0;
  let fail = true;
  const probe = upOnceReached({ name: 'model', check: async () => { calls++; if (fail) throw new Error('not yet'); return { detail: 'loaded' }; } });
  assert.equal((await checkReadiness([probe])).ready, false);
  fail = false;
  assert.equal((await checkReadiness([probe])).ready, true);
  fail = true;
  assert.equal((await checkReadiness([probe])).ready, true);
  assert.equal(calls, 2);
});

test('secrets are redacted from text, and URLs removed where anyone may read', () => {
  const rows: [string, string][] = [
    ['postgres://spamlab:hunter2@db:5432/spam', 'postgres://spamlab:***@db:5432/spam'],
    ['redis://:hunter2@cache:6379/0 and rediss://u:p@x', 'redis://:***@cache:6379/0 and rediss://u:***@x'],
    ['host=db password=hunter2 dbname=x', 'host=db password=*** dbname=x'],
    ['redis://cache:6379', 'redis://cache:6379'],
    ['no url here', 'no url here'],
  ];
  for (const [input, want] of rows) assert.equal(redactSecrets(input), want, input);
  assert.equal(withoutUrls('lost postgres://u:p@db/x, retrying'), 'lost postgres://… retrying');
});

test('logs through secretSafeLogging never show a password, in the message, a field or an error', () => {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk: Buffer, _e, done) { lines.push(chunk.toString()); done(); } });
  const logger = pino({ level: 'info', ...secretSafeLogging() }, sink);
  logger.info({ store: 'postgres://spamlab:hunter2@db/spam', nested: { url: 'redis://:hunter2@cache' } }, 'opened postgres://spamlab:hunter2@db/spam');
  logger.error({ err: new Error('connect failed: redis://:hunter2@cache:6379') }, 'failed');
  logger.child({ component: 'x' }).warn('child redis://a:hunter2@b');
  const all = lines.join('');
  assert.ok(!all.includes('hunter2'), all);
  assert.equal((all.match(/:\*\*\*@/g) ?? []).length, 6, all); // message, field, nested field, error message and stack, child
});

test('the ops listener answers /healthz, /readyz and /metrics and nothing else', async (t) => {
  const metrics = createMetrics({ processMetrics: false });
  metrics.observeScan(report('phishing'), 0.05, 'worker');
  let queueUp = true;
  const ops = await startOpsListener({ port: 0, metrics, readiness: [{ name: 'queue', check: async () => { if (!queueUp) throw new Error('ECONNREFUSED'); } }] });
  t.after(() => ops.close());
  const health = await fetch(`${ops.url}/healthz`);
  assert.equal(health.status, 200);
  assert.equal(((await health.json()) as { status: string }).status, 'ok');
  let ready = await fetch(`${ops.url}/readyz`);
  assert.equal(ready.status, 200);
  const up = (await ready.json()) as { status: string; dependencies: { name: string; status: string }[] };
  assert.deepEqual([up.status, up.dependencies.map((d) => [d.name, d.status])], ['ready', [['queue', 'up']]]);
  assert.equal(await opsAnswer('/nowhere', {}), undefined);
  queueUp = false;
  ready = await fetch(`${ops.url}/readyz`);
  assert.equal(ready.status, 503);
  const body = (await ready.json()) as { status: string; dependencies: { name: string; status: string; detail: string }[] };
  assert.equal(body.status, 'not ready');
  assert.deepEqual(body.dependencies.map((d) => [d.name, d.status, d.detail]), [['queue', 'down', 'ECONNREFUSED']]);
  const scrape = await fetch(`${ops.url}/metrics`);
  assert.equal(scrape.status, 200);
  assert.match(scrape.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  assert.equal(parseExposition(await scrape.text()).value('spamlab_messages_scanned_total', { verdict: 'phishing', via: 'worker' }), 1);
  assert.equal((await fetch(`${ops.url}/api/scan`)).status, 404);
  assert.equal((await fetch(`${ops.url}/metrics`, { method: 'POST', body: 'x' })).status, 405);
});
