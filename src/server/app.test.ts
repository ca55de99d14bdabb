import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createApp } from './app.js';
import { openApiPath } from './openapi.js';
import { auth, testDeps, TEST_TOKEN } from './test-support/deps.js';
import type { ScanService } from './context.js';

const torendmicro = readFileSync(new URL('../../examples/torendmicro.eml', import.meta.url));
const business = readFileSync(new URL('../../examples/business-ja.eml', import.meta.url));

test('health answers without a token', async () => {
  const { app } = createApp(testDeps());
  const res = await app.request('/api/health');
  assert.equal(res.status, 200);
  const body = (await res.json()) as { status: string; store: boolean };
  assert.equal(body.status, 'ok');
  assert.equal(body.store, false);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('POST /api/scan needs the token, then answers the ScanReport with its verdict', async () => {
  const deps = testDeps();
  const { app } = createApp(deps);
  const none = await app.request('/api/scan', { method: 'POST', body: torendmicro });
  assert.equal(none.status, 401);
  assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
  assert.equal(((await none.json()) as { error: { code: string } }).error.code, 'unauthorized');
  const wrong = await app.request('/api/scan', { method: 'POST', body: torendmicro, headers: { Authorization: `Bearer ${TEST_TOKEN}x` } });
  assert.equal(wrong.status, 401);

  const res = await app.request('/api/scan', { method: 'POST', body: torendmicro, headers: auth });
  assert.equal(res.status, 200);
  const report = (await res.json()) as { verdict: string; stored: string; findings: { id: string }[]; sha256: string };
  assert.equal(report.verdict, 'phishing');
  assert.equal(report.stored, 'no-store');
  assert.ok(report.findings.some((f) => f.id === 'LOOKALIKE_FROM_LOCAL_PART'));
  assert.match(report.sha256, /^[0-9a-f]{64}$/);

  const ja = (await (await app.request('/api/scan?store=0&lang=ja', { method: 'POST', body: torendmicro, headers: auth })).json()) as { findings: { id: string; description: string }[] };
  assert.match(ja.findings.find((f) => f.id === 'LOOKALIKE_FROM_LOCAL_PART')!.description, /[\u3040-\u30ff\u4e00-\u9fff]/);

  const clean = (await (await app.request('/api/scan?store=0', { method: 'POST', body: business, headers: auth })).json()) as { verdict: string; stored: string };
  assert.equal(clean.verdict, 'clean');
  assert.equal(clean.stored, 'not-requested');
});

test('the envelope travels in rspamd-style headers', async () => {
  let seen: unknown;
  const scanner: ScanService = {
    scan: async (item) => {
      seen = item.envelope;
      return { source: item.source, error: 'not a message' };
    },
  };
  const { app } = createApp(testDeps({ scanner }));
  const res = await app.request('/api/scan', { method: 'POST', body: 'x', headers: { ...auth, IP: '192.0.2.7', From: '<a@example.com>', Rcpt: 'b@example.org, c@example.org', Helo: 'mx.example.com' } });
  assert.equal(res.status, 422);
  assert.deepEqual(seen, { clientIp: '192.0.2.7', clientHelo: 'mx.example.com', mailFrom: 'a@example.com', rcptTo: ['b@example.org', 'c@example.org'] });
});

test('bad input gets a clear 4xx JSON error', async () => {
  const { app } = createApp(testDeps({ limits: { maxBodyBytes: 1000, handlerTimeoutMs: 5000 } }));
  const cases: { path: string; init?: RequestInit; status: number; code: string; message?: RegExp }[] = [
    { path: '/api/scan', init: { method: 'POST', body: '', headers: auth }, status: 400, code: 'empty_body' },
    { path: '/api/scan', init: { method: 'POST', body: 'x'.repeat(1001), headers: auth }, status: 413, code: 'too_large' },
    { path: '/api/scan?store=maybe', init: { method: 'POST', body: 'x', headers: auth }, status: 400, code: 'invalid_request', message: /store/ },
    { path: '/api/messages?verdict=bad', init: { headers: auth }, status: 400, code: 'invalid_request', message: /verdict/ },
    { path: '/api/messages?limit=0', init: { headers: auth }, status: 400, code: 'invalid_request', message: /limit/ },
    { path: '/api/messages?from=yesterday', init: { headers: auth }, status: 400, code: 'invalid_request', message: /from/ },
    { path: '/api/messages?from=2026-02-01&to=2026-01-01', init: { headers: auth }, status: 400, code: 'invalid_request', message: /before/ },
    { path: '/api/messages?finding=lower_case', init: { headers: auth }, status: 400, code: 'invalid_request', message: /finding/ },
    { path: '/api/messages/nothex', init: { headers: auth }, status: 400, code: 'invalid_request', message: /hash/ },
    { path: `/api/messages/${'a'.repeat(64)}`, init: { headers: auth }, status: 404, code: 'not_found' },
    { path: '/api/learn?as=maybe', init: { method: 'POST', body: 'x', headers: auth }, status: 400, code: 'invalid_request', message: /as/ },
    { path: '/api/pivot', init: { headers: auth }, status: 400, code: 'invalid_request', message: /q/ },
    { path: '/api/outbound/release', init: { method: 'POST', body: '{}', headers: auth }, status: 503, code: 'outbound_unavailable' },
    { path: '/api/nothing', init: { headers: auth }, status: 404, code: 'not_found' },
  ];
  for (const c of cases) {
    const res = await app.request(c.path, c.init);
    const body = (await res.json()) as { error: { status: number; code: string; message: string } };
    assert.equal(res.status, c.status, `${c.path}: ${JSON.stringify(body)}`);
    assert.equal(body.error.status, c.status);
    assert.equal(body.error.code, c.code, c.path);
    if (c.message) assert.match(body.error.message, c.message, c.path);
  }
});

test('release validates its JSON body when outbound runs', async () => {
  const released: unknown[] = [];
  const { app } = createApp(
    testDeps({
      data: {
        outbound: {
          incidents: async () => ({ items: [], total: 0 }),
          release: async (subject) => {
            released.push(subject);
            return true;
          },
        },
      },
    }),
  );
  const post = (body: string) => app.request('/api/outbound/release', { method: 'POST', body, headers: { ...auth, 'Content-Type': 'application/json' } });
  assert.equal((await post('not json')).status, 400);
  const bad = await post('{"kind":"user","id":"x"}');
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: { message: string } }).error.message, /kind/);
  const ok = await post('{"kind":"sasl","id":"y.suzuki"}');
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { released: true, subject: { kind: 'sasl', id: 'y.suzuki' } });
  assert.deepEqual(released, [{ kind: 'sasl', id: 'y.suzuki' }]);
});

test('capabilities without data answer their empty shape with available: false', async () => {
  const { app } = createApp(testDeps());
  const get = async (path: string) => (await (await app.request(path, { headers: auth })).json()) as Record<string, unknown>;
  assert.deepEqual(await get('/api/messages'), { available: false, items: [], total: 0, limit: 50, offset: 0 });
  assert.deepEqual(await get('/api/trends?granularity=month'), { available: false, granularity: 'month', volume: [], categories: [], surges: [] });
  assert.deepEqual(await get('/api/campaigns'), { available: false, items: [], hasMore: false, limit: 50, offset: 0 });
  assert.deepEqual(await get('/api/pivot?q=example.com'), { available: false, query: 'example.com', domains: [], nodes: [], edges: [], explanations: [] });
  assert.deepEqual(await get('/api/outbound/incidents'), { available: false, items: [], total: 0, limit: 50, offset: 0 });
});

test('reads are open without a token only when configured; writes never are', async () => {
  const closed = createApp(testDeps()).app;
  assert.equal((await closed.request('/api/messages')).status, 401);
  const open = createApp(testDeps({ access: { token: TEST_TOKEN, publicRead: true } })).app;
  assert.equal((await open.request('/api/messages')).status, 200);
  assert.equal((await open.request('/api/scan', { method: 'POST', body: torendmicro })).status, 401);
  const noToken = createApp(testDeps({ access: { token: '', publicRead: false } })).app;
  const res = await noToken.request('/api/scan', { method: 'POST', body: torendmicro, headers: { Authorization: 'Bearer ' } });
  assert.equal(res.status, 401);
  assert.match(((await res.json()) as { error: { message: string } }).error.message, /no API token is configured/);
});

test('the dashboard cookie authorises a change only from the same origin', async () => {
  const { app } = createApp(testDeps());
  const cookie = { Cookie: `spamlab_token=${TEST_TOKEN}` };
  assert.equal((await app.request('http://localhost/api/messages', { headers: cookie })).status, 200);
  const cross = await app.request('http://localhost/api/scan?store=0', { method: 'POST', body: torendmicro, headers: { ...cookie, Origin: 'http://evil.example' } });
  assert.equal(cross.status, 403);
  const noOrigin = await app.request('http://localhost/api/scan?store=0', { method: 'POST', body: torendmicro, headers: cookie });
  assert.equal(noOrigin.status, 403);
  const same = await app.request('http://localhost/api/scan?store=0', { method: 'POST', body: torendmicro, headers: { ...cookie, Origin: 'http://localhost' } });
  assert.equal(same.status, 200);
});

test('a handler past its time limit answers 503', async () => {
  const scanner: ScanService = { scan: () => new Promise(() => undefined) };
  const { app } = createApp(testDeps({ scanner, limits: { maxBodyBytes: 1000, handlerTimeoutMs: 30 } }));
  const res = await app.request('/api/scan', { method: 'POST', body: 'x', headers: auth });
  assert.equal(res.status, 503);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'timeout');
});

test('the token never appears in the logs', async () => {
  const deps = testDeps();
  const { app } = createApp(deps);
  await app.request('/api/scan?store=0', { method: 'POST', body: torendmicro, headers: auth });
  await app.request('/api/messages', { headers: { Cookie: `spamlab_token=${TEST_TOKEN}` } });
  await app.request('/api/messages', { headers: { Authorization: `Bearer ${TEST_TOKEN}-wrong` } });
  assert.ok(deps.logLines.length >= 3);
  for (const line of deps.logLines) assert.ok(!line.includes(TEST_TOKEN), line);
  const request = deps.logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'request');
  assert.equal(request?.path, '/api/scan');
});

test('the OpenAPI document lists exactly the API routes the app serves', async () => {
  const { app, openapi } = createApp(testDeps());
  const served = await (await app.request('/api/openapi.json')).json();
  assert.deepEqual(served, openapi);
  const doc = openapi as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters: { name: string; in: string }[] }>> };
  assert.equal(doc.openapi, '3.1.0');
  const routes = new Set(app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`));
  const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
  assert.deepEqual([...documented].sort(), [...routes].sort());
  for (const expected of ['post /api/scan', 'post /api/learn', 'get /api/messages', 'get /api/messages/{hash}', 'get /api/trends', 'get /api/campaigns', 'get /api/campaigns/{id}', 'get /api/pivot', 'get /api/outbound/incidents', 'post /api/outbound/release', 'get /api/health', 'get /api/openapi.json']) {
    assert.ok(documented.has(expected), expected);
  }
  const list = doc.paths['/api/messages']!.get!;
  assert.deepEqual(
    list.parameters.map((p) => p.name),
    ['verdict', 'category', 'sender', 'domain', 'finding', 'from', 'to', 'limit', 'offset'],
  );
  assert.ok(list.responses['401'] && list.responses['200']);
  assert.deepEqual(doc.paths['/api/messages/{hash}']!.get!.parameters.map((p) => `${p.in}:${p.name}`), ['path:hash', 'query:lang']);
});
