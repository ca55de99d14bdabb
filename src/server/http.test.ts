import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createApp } from './app.js';
import type { ScanService } from './context.js';
import { parseListenAddress, startHttpServer } from './http.js';
import { auth, captureLogger, testDeps } from './test-support/deps.js';

const torendmicro = readFileSync(new URL('../../examples/torendmicro.eml', import.meta.url));

test('listen addresses', () => {
  const rows: [string, { host: string; port: number } | RegExp][] = [
    ['127.0.0.1:8788', { host: '127.0.0.1', port: 8788 }],
    ['0.0.0.0:80', { host: '0.0.0.0', port: 80 }],
    [':9000', { host: '127.0.0.1', port: 9000 }],
    ['9000', { host: '127.0.0.1', port: 9000 }],
    ['[::1]:8788', { host: '::1', port: 8788 }],
    ['localhost:0', { host: 'localhost', port: 0 }],
    ['::1:8788', /brackets/],
    ['host:http', /HOST:PORT/],
    ['host:70000', /HOST:PORT/],
  ];
  for (const [text, expected] of rows) {
    if (expected instanceof RegExp) assert.throws(() => parseListenAddress(text), expected, text);
    else assert.deepEqual(parseListenAddress(text), expected, text);
  }
});

test('over a real socket: scan, then a graceful close lets the scan in flight finish', async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let arrived: () => void = () => undefined;
  const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
  const real = testDeps().scanner;
  const scanner: ScanService = {
    async scan(item) {
      if (item.source === 'slow') {
        arrived();
        await gate;
      }
      return real.scan(item);
    },
  };
  const { app } = createApp(testDeps({ scanner }));
  const { logger } = captureLogger();
  const server = await startHttpServer(app.fetch, { host: '127.0.0.1', port: 0, logger });
  assert.ok(server.port > 0);

  const fast = await fetch(`${server.url}/api/scan?store=0`, { method: 'POST', body: torendmicro, headers: auth });
  assert.equal(fast.status, 200);
  assert.equal(((await fast.json()) as { verdict: string }).verdict, 'phishing');

  const slow = fetch(`${server.url}/api/scan?store=0&source=slow`, { method: 'POST', body: torendmicro, headers: auth });
  // Close only once the request is in the handler: a fixed sleep lost the race on a loaded machine (the
  // connection still in the listen backlog when the server closed: ECONNRESET).
  await slowArrived;
  const closing = server.close();
  let closed = false;
  void closing.then(() => (closed = true));
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(closed, false, 'close waits for the request in flight');
  release();
  const res = await slow;
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { verdict: string }).verdict, 'phishing');
  await closing;
  await assert.rejects(fetch(`${server.url}/api/health`));
});

test('over a real socket: a body past the limit is refused with 413 before it is read', async () => {
  const { app } = createApp(testDeps({ limits: { maxBodyBytes: 64 * 1024, handlerTimeoutMs: 5000 } }));
  const { logger } = captureLogger();
  const server = await startHttpServer(app.fetch, { host: '127.0.0.1', port: 0, logger });
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/scan`, { method: 'POST', headers: { ...auth, 'Content-Length': String(10 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(Buffer.alloc(64 * 1024));
    });
    assert.equal(status, 413);
    // Chunked (no Content-Length): counted while streaming.
    const chunked = await fetch(`${server.url}/api/scan`, {
      method: 'POST',
      headers: auth,
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(32 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
  } finally {
    await server.close();
  }
});
