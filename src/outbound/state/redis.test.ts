import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Incident } from '../behaviour/incident.js';
import type { AlertSink } from '../alerts.js';
import type { OutboundEvent } from '../events/types.js';
import { OutboundMonitor } from '../monitor.js';
import { MemoryOutboundState } from './memory.js';
import { RedisOutboundState } from './redis.js';
import { startPolicyServer, type PolicyServer } from '../../mta/policy/server.js';
import { PolicyClient, rcptRequest } from '../../mta/policy/test-client.js';
import { redisTestPrefix, TEST_REDIS } from '../../test-support/redis.js';
import { startTcpRelay } from '../../test-support/tcp-relay.js';

const T0 = Date.UTC(2026, 3, 20, 9);

const prefixes: { drop(): Promise<void> }[] = [];
// Dropped once every test's own after-hooks have closed its listeners (their last checkpoints write keys).
after(async () => {
  for (const r of prefixes) await r.drop();
});

async function prefixOrSkip(t: test.TestContext, label: string) {
  const r = await redisTestPrefix(label);
  if ('unavailable' in r) {
    t.skip(r.unavailable);
    return undefined;
  }
  prefixes.push(r);
  return r;
}

/** Collects incidents alerted, per listener. */
function countingSink(name: string, seen: Incident[]): AlertSink {
  return { name, send: async (i) => void seen.push(i) } as AlertSink;
}

/**
 * A spam run from an infected PC in the office network: one recipient per message, all at a free-mail
 * provider, eight forged envelope senders. 40 messages break the client's cohort volume (more than 30
 * distinct recipients in 10 minutes), free-mail share and sender count together; 20 messages (half) break
 * only the free-mail share.
 */
function spamRun(i: number) {
  return rcptRequest({ sender: `s${i % 8}@corp.example`, recipient: `r${i}@gmail.com`, client: '10.0.0.66', instance: `run-${i}` });
}

test('two policy servers over one Redis flag a client whose spam run is split across them; neither alone would', async (t) => {
  const r = await prefixOrSkip(t, 'split');
  if (!r) return;
  let clock = T0;
  const now = () => (clock += 5_000);

  // Alone: each listener sees half the run; nothing is flagged.
  {
    const alone = await Promise.all([0, 1].map(() => startPolicyServer({ state: new MemoryOutboundState(), now, alerts: [] })));
    t.after(() => Promise.all(alone.map((s) => s.close())));
    const clients = await Promise.all(alone.map((s) => PolicyClient.open(s.port)));
    const answers: string[] = [];
    for (let i = 0; i < 40; i++) answers.push(await clients[i % 2]!.ask(spamRun(i)));
    assert.ok(answers.every((a) => a === 'action=DUNNO'), answers.join(' '));
    for (const c of clients) c.close();
  }

  // Shared: the same run, the same split, one Redis.
  const alerted: Incident[][] = [[], []];
  const servers: PolicyServer[] = [];
  for (const k of [0, 1]) {
    const state = await RedisOutboundState.open({ url: TEST_REDIS, keyPrefix: r.prefix });
    const srv = await startPolicyServer({ state, sharedLog: state, now, alerts: [countingSink(`mta${k}`, alerted[k]!)], catchUpMs: 3_600_000 });
    servers.push(srv);
    t.after(async () => {
      await srv.close();
      await state.close();
    });
  }
  const clients = await Promise.all(servers.map((s) => PolicyClient.open(s.port)));
  t.after(() => clients.forEach((c) => c.close()));
  const answers: string[] = [];
  for (let i = 0; i < 40; i++) answers.push(await clients[i % 2]!.ask(spamRun(i)));
  const firstDefer = answers.findIndex((a) => a.startsWith('action=DEFER'));
  assert.ok(firstDefer > 20 && firstDefer < 40, `deferred from request ${firstDefer}: ${answers.join(' | ')}`);
  assert.ok(answers.slice(firstDefer).every((a) => a.startsWith('action=DEFER')));
  // Once flagged, the sender is deferred by both listeners, under one incident id.
  const more = await Promise.all(clients.map((c, k) => c.ask(spamRun(100 + k))));
  const ids = more.map((a) => /spamlab incident (\d+)/.exec(a)?.[1]);
  assert.ok(ids[0] && ids[0] === ids[1], more.join(' | '));
  for (const s of servers) await s.monitor!.settle();
  assert.equal(alerted[0]!.length + alerted[1]!.length, 1, 'one alert for the incident, from the listener that reported it first');
  const state = await RedisOutboundState.open({ url: TEST_REDIS, keyPrefix: r.prefix });
  t.after(() => state.close());
  const open = await state.incidents({ status: 'open' });
  assert.deepEqual(open.map((i) => [i.id, i.subject.kind, i.subject.id]), [[Number(ids[0]), 'client', '10.0.0.66']]);
  assert.ok(open[0]!.evidence.some((e) => e.id === 'OUTBOUND_VOLUME'), JSON.stringify(open[0]!.evidence));

  // A release recorded by the CLI reaches both listeners.
  await state.addRelease({ kind: 'client', id: '10.0.0.66' }, clock, 'admin');
  for (const s of servers) assert.equal(await s.monitor!.pollReleases(), 1);
  const after = await Promise.all(clients.map((c, k) => c.ask(spamRun(200 + k))));
  assert.deepEqual(after, ['action=DUNNO', 'action=DUNNO']);
});

test('an idle listener catches up with the events the others logged', async (t) => {
  const r = await prefixOrSkip(t, 'catch-up');
  if (!r) return;
  const [a, b] = await Promise.all([0, 1].map(() => RedisOutboundState.open({ url: TEST_REDIS, keyPrefix: r.prefix })));
  t.after(() => Promise.all([a!.close(), b!.close()]));
  const { SharedWindows } = await import('../shared.js');
  const ma = new OutboundMonitor({ state: a! });
  const mb = new OutboundMonitor({ state: b! });
  const sa = new SharedWindows(ma, a!);
  const sb = new SharedWindows(mb, b!);
  await Promise.all([sa.ready(), sb.ready()]);
  const event = (i: number): OutboundEvent => ({ time: T0 + i * 1000, envelopeSender: `s${i % 8}@corp.example`, clientIp: '10.0.0.66', recipients: [{ address: `r${i}@gmail.com`, result: 'pending' }] });
  // Concurrent appends travel in batches, in one order for everyone.
  await Promise.all(Array.from({ length: 40 }, (_, i) => sa.observe(event(i))));
  assert.ok(sa.stats.roundTrips < 40, `${sa.stats.roundTrips} round trips for 40 events`);
  assert.ok(ma.openIncidentFor(event(0)), 'the appending listener flagged the client');
  assert.equal(mb.openIncidentFor(event(0)), undefined);
  assert.equal((await sb.catchUp()).length, 1, 'the idle listener opened the same incident on catching up');
  assert.equal(sb.stats.fed, 40);
  assert.equal(mb.openIncidentFor(event(0))!.id, ma.openIncidentFor(event(0))!.id);
  assert.equal((await sb.catchUp()).length, 0);
  assert.equal(sb.stats.fed, 40, 'nothing is fed twice');
});

test('every key has a TTL, indexes and the event log are capped', async (t) => {
  const r = await prefixOrSkip(t, 'bounded');
  if (!r) return;
  const reported: string[] = [];
  const state = await RedisOutboundState.open({ url: TEST_REDIS, keyPrefix: r.prefix, maxIncidents: 3, maxReleases: 2, maxEvents: 300, windowMs: 3_600_000, onError: (e) => reported.push(e.message) });
  t.after(() => state.close());
  const monitor = new OutboundMonitor({ state });
  await monitor.load();
  for (let k = 0; k < 5; k++) {
    const incident = { id: 0, subject: { kind: 'sasl', id: `u${k}` }, status: 'open', start: T0, detectedAt: T0 } as unknown as Incident;
    await state.saveIncident(incident);
  }
  for (let k = 0; k < 4; k++) await state.addRelease({ kind: 'sasl', id: `u${k}` }, T0, 'admin');
  let cursor = await state.tail();
  for (let k = 0; k < 10; k++) cursor = (await state.append(Array.from({ length: 100 }, (_, i) => ({ time: T0, envelopeSender: 'a@b', recipients: [{ address: `x${k}-${i}@y`, result: 'pending' as const }] })), cursor, 1)).cursor;
  await state.saveProfiles([{ key: 'sasl:u0', ref: { kind: 'sasl', id: 'u0' }, profile: { days: [], book: [], hours: [], networks: [], learnedMessages: 0 } }]);

  assert.deepEqual((await state.incidents()).map((i) => i.subject.id), ['u2', 'u3', 'u4']);
  assert.equal((await state.releasesAfter(0)).length, 2);
  const xlen = await r.client.xlen(`${r.prefix}events`);
  assert.ok(xlen <= 300 + 100, `${xlen} events kept`); // approximate trimming: whole stream nodes of up to 100
  assert.ok(state.stats.logFull >= 7, `${state.stats.logFull}`);
  assert.equal(reported.length, 1, 'the reached limit is reported (once per 10,000 times)');
  assert.match(reported[0]!, /reached maxEvents \(300\)/);
  const keys: string[] = [];
  let scan = '0';
  do {
    const [next, found] = await r.client.scan(scan, 'MATCH', `${r.prefix}*`, 'COUNT', 1000);
    scan = next;
    keys.push(...found);
  } while (scan !== '0');
  assert.ok(keys.length >= 8, keys.join(' '));
  for (const key of keys) {
    const ttl = await r.client.pttl(key);
    assert.ok(ttl > 0, `${key} has no TTL (${ttl})`);
  }
  assert.ok((await r.client.pttl(`${r.prefix}events`)) <= 3_600_000);
  assert.equal(await r.client.exists(`${r.prefix}incident:1`), 0, 'incidents past the cap are deleted, not only unindexed');
});

/**
 * A policy listener whose Redis is reached through a relay the test can cut and restore; `ask(i)` sends one
 * ordinary RCPT, `untilJudged` asks until the listener decides again (the client reconnects with back-off).
 */
async function listenerBehindRelay(t: test.TestContext, prefix: string, failMode: 'open' | 'closed', cutFirst: boolean) {
  const relay = await startTcpRelay(Number(new URL(TEST_REDIS).port || 6379), new URL(TEST_REDIS).hostname);
  t.after(() => relay.close());
  if (cutFirst) await relay.cut();
  const state = await RedisOutboundState.open({ url: `redis://127.0.0.1:${relay.port}`, keyPrefix: prefix, waitForConnection: !cutFirst });
  const decisions: [string, boolean][] = [];
  const srv = await startPolicyServer({ state, sharedLog: state, failMode, alerts: [], onDecision: (a, _s, failed) => decisions.push([a, failed]) });
  t.after(async () => {
    await srv.close().catch(() => undefined);
    await state.close();
  });
  const client = await PolicyClient.open(srv.port);
  t.after(() => client.close());
  const ask = (i: number) => client.ask(rcptRequest({ sasl: 'ann', sender: 'ann@corp.example', recipient: `p${i}@partner.example`, client: '192.0.2.9', instance: `m${i}` }));
  const untilJudged = async () => {
    let answer = '';
    for (let i = 0; i < 50 && !(answer === 'action=DUNNO' && decisions.at(-1)![1] === false); i++) {
      await state.ping().catch(() => new Promise((res) => setTimeout(res, 100)));
      answer = await ask(1000 + i);
    }
    return answer;
  };
  return { relay, srv, decisions, ask, untilJudged };
}

for (const failMode of ['open', 'closed'] as const) {
  test(`Redis down: the policy server answers its configured fail mode (${failMode}), then recovers`, async (t) => {
    const r = await prefixOrSkip(t, `down-${failMode}`);
    if (!r) return;
    const { relay, srv, decisions, ask, untilJudged } = await listenerBehindRelay(t, r.prefix, failMode, false);
    assert.equal(await ask(1), 'action=DUNNO');
    assert.deepEqual(decisions.at(-1), ['DUNNO', false]);

    await relay.cut();
    const expected = failMode === 'open' ? 'action=DUNNO' : 'action=DEFER_IF_PERMIT 4.3.0 spamlab policy service unavailable';
    assert.equal(await ask(2), expected);
    assert.equal(await ask(3), expected);
    assert.equal(srv.stats.failOpen, 2);
    assert.deepEqual(decisions.slice(-2).map(([, failed]) => failed), [true, true], 'answered by the fail mode, not by a decision');

    await relay.restore();
    assert.equal(await untilJudged(), 'action=DUNNO');
    assert.equal(decisions.at(-1)![1], false);
  });
}

test('a listener started while Redis is down answers its fail mode, and judges once Redis is back', async (t) => {
  const r = await prefixOrSkip(t, 'start-down');
  if (!r) return;
  await assert.rejects(RedisOutboundState.open({ url: 'redis://:hunter2@127.0.0.1:1', keyPrefix: r.prefix }), (err: Error) => /cannot reach Redis/.test(err.message) && !err.message.includes('hunter2'));
  const { relay, srv, ask, untilJudged } = await listenerBehindRelay(t, r.prefix, 'closed', true);
  assert.match(await ask(1), /^action=DEFER_IF_PERMIT/);
  assert.equal(srv.shared!.loaded, false);
  await relay.restore();
  assert.equal(await untilJudged(), 'action=DUNNO');
  assert.equal(srv.shared!.loaded, true);
});
