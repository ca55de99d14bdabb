import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { LogAlertSink, WebhookAlertSink } from './alerts.js';
import type { OutboundEvent } from './events/types.js';
import { OutboundMonitor } from './monitor.js';
import { ordinaryHistory } from './simulate/history.js';
import { MemoryOutboundState } from './state/memory.js';

/** A loopback HTTP receiver that keeps what it is sent and answers with `status`. */
async function receiver(status: number, delayMs = 0) {
  const got: { headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      setTimeout(() => res.writeHead(status).end(), delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, got, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

function attack(monitor: OutboundMonitor): void {
  const end = Date.UTC(2026, 3, 21, 10);
  for (const e of ordinaryHistory({ account: 'ann', sender: 'ann@corp.example', clientIp: '10.1.1.5', end })) monitor.observe(e);
  for (let i = 0; i < 20; i++) {
    const e: OutboundEvent = {
      time: end + i * 10_000, account: 'ann', envelopeSender: 'ann@corp.example', clientIp: '45.155.205.233',
      recipients: Array.from({ length: 5 }, (_, k) => ({ address: `z${i}-${k}@gmail.com`, result: 'pending' })),
    };
    monitor.observe(e);
  }
}

test('alerts: a webhook on loopback receives the incident as JSON with its bearer token; the log gets one JSON line; the store keeps it', async (t) => {
  const hook = await receiver(204);
  t.after(() => hook.close());
  const lines: string[] = [];
  const state = new MemoryOutboundState();
  const monitor = new OutboundMonitor({
    state,
    alerts: [new WebhookAlertSink({ url: hook.url, token: 's3cret' }), new LogAlertSink((l) => lines.push(l), 'ja')],
  });
  attack(monitor);
  await monitor.settle();
  assert.equal(hook.got.length, 1);
  assert.equal(hook.got[0]!.headers.authorization, 'Bearer s3cret');
  const body = JSON.parse(hook.got[0]!.body) as { incident: { subject: unknown; summary: string; evidence: { id: string }[] } };
  assert.deepEqual(body.incident.subject, { kind: 'sasl', id: 'ann' });
  assert.ok(body.incident.evidence.some((e) => e.id === 'OUTBOUND_NEW_NETWORK'));
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /フリーメール/);
  assert.ok(!lines[0]!.includes('s3cret'), 'the token is never logged');
  assert.equal((await state.incidents()).length, 1);
});

test('alerts: a failing or slow webhook is reported and never stops detection', async (t) => {
  const broken = await receiver(500);
  const slow = await receiver(200, 2_000);
  t.after(async () => { await broken.close(); await slow.close(); });
  const errors: string[] = [];
  const monitor = new OutboundMonitor({
    state: new MemoryOutboundState(),
    alerts: [new WebhookAlertSink({ url: broken.url }), new WebhookAlertSink({ url: slow.url, timeoutMs: 100 })],
    onAlertError: (sink, err) => errors.push(`${sink}: ${(err as Error).message}`),
  });
  attack(monitor);
  assert.equal(monitor.detector.allIncidents().length, 1);
  await monitor.settle();
  assert.equal(errors.length, 2, errors.join('; '));
  assert.ok(errors.some((e) => /HTTP 500/.test(e)));
});
