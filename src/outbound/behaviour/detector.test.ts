import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OutboundEvent } from '../events/types.js';
import { PostfixLogParser } from '../logs/postfix.js';
import { simulatePostfixLog, type GroundTruth } from '../simulate/index.js';
import { OutboundDetector } from './detector.js';
import { evidenceText, summarise } from './explain.js';
import { FreeMailList } from './free-mail.js';
import { maskIp, NetworkList, networkOf } from './network.js';

function replay(seed: number, opts: { users?: number; days?: number; incidents?: [] } = {}) {
  const truth: GroundTruth[] = [];
  const detector = new OutboundDetector();
  const parser = new PostfixLogParser((e) => detector.observe(e), { year: 2026 });
  for (const batch of simulatePostfixLog({ seed, users: opts.users ?? 300, days: opts.days ?? 14, ...(opts.incidents ? { incidents: opts.incidents } : {}) }, truth)) {
    for (const line of batch) parser.line(line);
  }
  parser.end();
  return { truth, detector, parser };
}

test('a simulated fortnight: exactly the injected incidents, each early and explained; the newsletter and invoices never', () => {
  const { truth, detector } = replay(1);
  const incidents = detector.allIncidents();
  assert.equal(truth.length, 3);
  assert.deepEqual(
    incidents.map((i) => `${i.subject.kind}:${i.subject.id}`).sort(),
    truth.map((t) => `${t.subject.kind}:${t.subject.id}`).sort(),
    incidents.map((i) => summarise(i)).join('\n'),
  );
  for (const t of truth) {
    const inc = incidents.find((i) => i.subject.id === t.subject.id)!;
    const before = t.messageTimes.filter((x) => x <= inc.detectedAt).length;
    assert.ok(before <= 50 || inc.detectedAt - t.start <= 10 * 60_000, `${t.kind}: detected after ${before} messages`);
    assert.ok(inc.start >= t.start - 86_400_000 && inc.start <= inc.detectedAt);
  }
  const stolen = incidents.find((i) => i.subject.id === 'y.suzuki')!;
  const text = summarise(stolen);
  assert.match(text, /^y\.suzuki: 640 messages in 55 min to 2,\d{3} recipients, 9\d % free-mail, 0 % known, \d+ % bounced or deferred, from 45\.155\.x\.x never seen for this account; normal is \d+ messages\/day/);
  assert.ok(stolen.evidence.some((e) => e.id === 'OUTBOUND_NEW_NETWORK'));
  const client = incidents.find((i) => i.subject.kind === 'client')!;
  assert.ok(client.evidence.some((e) => e.id === 'OUTBOUND_MANY_SENDERS'), client.evidence.map((e) => evidenceText(e)).join('; '));
  assert.ok(!incidents.some((i) => i.subject.id === 'newsletter' || i.subject.id === '10.9.0.30' || i.subject.id.startsWith('billing@')));
  assert.match(summarise(stolen, 'ja'), /45\.155\.x\.x/);
});

test('other seeds: still exactly the injected incidents', () => {
  for (const seed of [2, 3]) {
    const { truth, detector } = replay(seed, { users: 200 });
    assert.deepEqual(
      detector.allIncidents().map((i) => i.subject.id).sort(),
      truth.map((t) => t.subject.id).sort(),
      `seed ${seed}: ${detector.allIncidents().map((i) => summarise(i)).join('\n')}`,
    );
  }
});

test('deterministic: the same events give the same incidents', () => {
  const a = replay(5, { users: 100, days: 12 }).detector.allIncidents();
  const b = replay(5, { users: 100, days: 12 }).detector.allIncidents();
  assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
});

test('release ends the incident, and the subject is not flagged again during the grace period', () => {
  const d = new OutboundDetector();
  const base = Date.UTC(2026, 3, 20, 10);
  const send = (i: number): OutboundEvent => ({
    time: base + i * 1000, account: 'mallory', envelopeSender: 'mallory@corp.example', clientIp: '10.1.1.1',
    recipients: Array.from({ length: 5 }, (_, k) => ({ address: `x${i}.${k}@gmail.com`, result: i % 2 ? 'bounced' : 'sent' })),
  });
  let opened = 0;
  for (let i = 0; i < 40; i++) opened += d.observe(send(i)).length;
  assert.equal(opened, 1);
  const ref = { kind: 'sasl' as const, id: 'mallory' };
  assert.ok(d.openIncident(ref));
  const released = d.release(ref, base + 60_000, 'ann');
  assert.equal(released?.status, 'released');
  assert.equal(d.openIncident(ref), undefined);
  for (let i = 40; i < 80; i++) opened += d.observe(send(i)).length;
  assert.equal(opened, 1);
});

test('inbound mail from outside the local networks is not judged', () => {
  const d = new OutboundDetector({ localNetworks: new NetworkList(['192.0.2.0/24']) });
  assert.deepEqual(d.subjectsOf({ time: 0, envelopeSender: 'a@b.example', clientIp: '198.51.100.1', recipients: [] }), []);
  assert.deepEqual(d.subjectsOf({ time: 0, envelopeSender: 'a@b.example', clientIp: '192.0.2.9', recipients: [] }).map((s) => s.kind), ['client', 'sender']);
  assert.deepEqual(d.subjectsOf({ time: 0, account: 'u', envelopeSender: 'a@b.example', clientIp: '198.51.100.1', recipients: [] }), [{ kind: 'sasl', id: 'u' }]);
});

test('networks, masks and free-mail', () => {
  assert.equal(networkOf('45.155.205.233'), '45.155.205.0/24');
  assert.equal(networkOf('2001:db8:1:2::5'), '2001:db8:1::/48');
  assert.equal(maskIp('45.155.205.233'), '45.155.x.x');
  const local = NetworkList.privateDefault();
  assert.ok(local.has('10.1.2.3') && local.has('192.168.0.1') && local.has('::1') && local.has('fd00::1'));
  assert.ok(!local.has('8.8.8.8') && !local.has('2001:db8::1') && !local.has('not-an-ip'));
  assert.throws(() => new NetworkList(['10.0.0.0/33']), /prefix/);
  const free = FreeMailList.default();
  assert.ok(free.size > 20_000);
  assert.ok(free.isFreeAddress('someone@gmail.com') && free.isFreeAddress('x@docomo.ne.jp') && free.isFreeAddress('x@yahoo.co.jp'));
  assert.ok(!free.isFreeAddress('someone@kawada-seiki.example') && !free.isFreeAddress('no-at-sign'));
});
