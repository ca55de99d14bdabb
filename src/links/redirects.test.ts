import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRedirectFollower, findClientRedirect, LruCache, type AddressResolver } from './redirects.js';
import { cpuStopwatch } from '../test-support/cpu-time.js';

// A loopback HTTP server: the only network these tests use (allowed here through allowPrivate or
// allowAddresses, which production configurations never set).
let server: http.Server;
// A second loopback address as a permitted first hop (allowAddresses), to test 302s into 127.0.0.1.
let relay: http.Server;
let relayBase = '';
let base = '';
let port = 0;
const hits: string[] = [];

before(async () => {
  const handler: http.RequestListener = (req, res) => {
    hits.push(`${req.method} ${req.url}${req.headers.cookie ? ' with cookie' : ''}`);
    const url = req.url ?? '/';
    const redirect = (to: string) => {
      res.writeHead(302, { location: to, 'set-cookie': 'session=1' });
      res.end();
    };
    if (url === '/a') return redirect('/b');
    if (url === '/b') return redirect(`http://127.0.0.1:${port}/c`);
    if (url === '/c') return redirect('/landing');
    if (url === '/landing') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html>landed</html>');
    }
    if (url === '/meta') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<html><head><meta http-equiv="Refresh" content="0; URL=\'/script\'"></head></html>');
    }
    if (url === '/script') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<script>window.location.href = "/landing";</script>');
    }
    if (url.startsWith('/loop')) return redirect(`/loop${Number(url.slice(5) || 0) + 1}`);
    if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      if (req.method === 'HEAD') return res.end();
      res.write('x'.repeat(200_000));
      return res.end('<meta http-equiv="refresh" content="0;url=/landing">');
    }
    if (url === '/slow') return; // never answers
    if (url === '/to-loopback') return redirect(`http://127.0.0.1:${port}/landing`);
    if (url === '/to-evil') return redirect(`http://evil.test:${port}/landing`);
    if (url === '/to-decimal') return redirect(`http://2130706433:${port}/landing`);
    if (url === '/to-mapped') return redirect(`http://[::ffff:127.0.0.1]:${port}/landing`);
    res.writeHead(404);
    res.end();
  };
  server = http.createServer(handler);
  relay = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.2', resolve));
  relayBase = `http://127.0.0.2:${(relay.address() as AddressInfo).port}`;
});

after(() => {
  for (const s of [server, relay]) {
    s.closeAllConnections();
    s.close();
  }
});

// Declarative DNS: evil.test points at loopback, public.test at the loopback server too but is
// allowed through allowAddresses in the 302 tests.
const fakeDns: AddressResolver = async (host) => ({ 'evil.test': ['127.0.0.1'], 'mixed.test': ['93.184.216.34', '10.0.0.1'] })[host] ?? [];
const allowed = { allowPrivate: true, timeoutMs: 2000 };

test('follows a chain of 302s and records every hop and the landing domain', async () => {
  const follower = createRedirectFollower(allowed, { resolve: fakeDns });
  const result = await follower.follow(`${base}/a`);
  assert.deepEqual(result.chain.map((h) => [new URL(h.url).pathname, h.via, h.status]), [
    ['/a', 'start', 302],
    ['/b', 'http', 302],
    ['/c', 'http', 302],
    ['/landing', 'http', 200],
  ]);
  assert.equal(result.landing, `${base}/landing`);
  assert.equal(result.landingDomain, '127.0.0.1');
  assert.equal(result.refused, undefined);
});

test('follows meta refresh and script redirects', async () => {
  const result = await createRedirectFollower(allowed, { resolve: fakeDns }).follow(`${base}/meta`);
  assert.deepEqual(result.chain.map((h) => [new URL(h.url).pathname, h.via]), [
    ['/meta', 'start'],
    ['/script', 'meta-refresh'],
    ['/landing', 'script'],
  ]);
});

test('stops at the hop limit', async () => {
  const result = await createRedirectFollower({ ...allowed, maxHops: 3 }, { resolve: fakeDns }).follow(`${base}/loop`);
  assert.equal(result.hopLimit, true);
  assert.equal(result.landing, undefined);
  assert.equal(result.chain.length, 4);
});

test('caps the bytes read from a body', async () => {
  const result = await createRedirectFollower({ ...allowed, maxBytes: 10_000 }, { resolve: fakeDns }).follow(`${base}/big`);
  assert.equal(result.truncated, true);
  // The meta refresh past the cap was never read: the chain ends on /big.
  assert.equal(result.landing, `${base}/big`);
});

test('times out a server that never answers', async () => {
  const started = Date.now();
  const result = await createRedirectFollower({ ...allowed, timeoutMs: 300 }, { resolve: fakeDns }).follow(`${base}/slow`);
  assert.match(result.error ?? '', /timed out/);
  assert.ok(Date.now() - started < 2000);
});

test('refuses loopback directly, by a DNS name, and by a redirect, unless allowed', async () => {
  const before = hits.length;
  const strict = createRedirectFollower({ timeoutMs: 2000 }, { resolve: fakeDns });
  const direct = await strict.follow(`${base}/landing`);
  assert.match(direct.refused?.reason ?? '', /127\.0\.0\.1 is loopback/);
  const byName = await strict.follow(`http://evil.test:${port}/landing`);
  assert.match(byName.refused?.reason ?? '', /evil\.test resolves to 127\.0\.0\.1 \(loopback\)/);
  const mixed = await strict.follow('http://mixed.test/');
  assert.match(mixed.refused?.reason ?? '', /10\.0\.0\.1 \(private/);
  for (const href of ['http://2130706433/', 'http://[::ffff:127.0.0.1]/', 'http://0x7f.1/', 'http://169.254.169.254/latest/meta-data/']) {
    assert.ok((await strict.follow(href)).refused, href);
  }
  assert.equal(hits.length, before, 'no request reached the loopback server');

  // The first hop (127.0.0.2) allowed as an exact address, as a LAN proxy would be: its 302 to
  // 127.0.0.1 by address, by name, as a decimal number and as mapped IPv6 is refused.
  const onlyRelay = createRedirectFollower({ timeoutMs: 2000, allowAddresses: ['127.0.0.2'] }, { resolve: fakeDns });
  for (const path of ['/to-loopback', '/to-evil', '/to-decimal', '/to-mapped']) {
    const result = await onlyRelay.follow(`${relayBase}${path}`);
    assert.match(result.refused?.reason ?? '', /loopback/, path);
    assert.equal(result.landing, undefined, path);
    assert.deepEqual(result.chain.map((h) => h.status), [302], path);
  }
  assert.ok(!hits.slice(before).some((h) => h.includes('/landing')), 'no refused destination was requested');
  // …and the same chain is followed when private destinations are allowed (tests only).
  const open = await createRedirectFollower(allowed, { resolve: fakeDns }).follow(`${relayBase}/to-evil`);
  assert.equal(open.refused, undefined);
  assert.equal(open.landing, `http://evil.test:${port}/landing`);
  assert.equal(open.landingDomain, 'evil.test');
});

test('sends no cookies even when the server sets them', async () => {
  const result = await createRedirectFollower(allowed, { resolve: fakeDns }).follow(`${base}/a`);
  assert.ok(result.landing);
  assert.ok(!hits.some((h) => h.endsWith('with cookie')));
});

test('caches results with a time to live', async () => {
  let now = 0;
  const follower = createRedirectFollower({ ...allowed, cacheTtlMs: 1000 }, { resolve: fakeDns, now: () => now });
  const first = await follower.follow(`${base}/landing`);
  const count = hits.length;
  const second = await follower.follow(`${base}/landing`);
  assert.equal(first.cached, false);
  assert.equal(second.cached, true);
  assert.equal(hits.length, count);
  now = 2000;
  assert.equal((await follower.follow(`${base}/landing`)).cached, false);
});

test('LruCache drops the least recently used entry', () => {
  const cache = new LruCache<number>(2, 1000, () => 0);
  cache.set('a', 1);
  cache.set('b', 2);
  cache.get('a');
  cache.set('c', 3);
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.get('a'), 1);
  assert.equal(cache.size, 2);
});

test('findClientRedirect reads meta refresh and simple script redirects', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['<meta http-equiv="refresh" content="0;url=https://x.example/a">', 'https://x.example/a', 'meta-refresh'],
    ["<META HTTP-EQUIV=Refresh CONTENT='5; URL=/next'>", '/next', 'meta-refresh'],
    ['<meta http-equiv="refresh" content="30">', undefined, undefined],
    ['<script>location.replace("https://y.example/")</script>', 'https://y.example/', 'script'],
    ["<script>window.location = 'https://z.example/'</script>", 'https://z.example/', 'script'],
    ['<script>document.location.href="/p"</script>', '/p', 'script'],
    ['<p>no redirect</p>', undefined, undefined],
  ];
  for (const [body, url, via] of cases) {
    const found = findClientRedirect(body);
    assert.equal(found?.url, url, body);
    assert.equal(found?.via, via, body);
  }
  const cpuMs = cpuStopwatch();
  findClientRedirect('<meta '.repeat(200_000) + 'location='.repeat(200_000));
  assert.ok(cpuMs() < 2000);
});
