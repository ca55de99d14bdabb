import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryOutboundState } from '../../outbound/state/memory.js';
import { OutboundMonitor } from '../../outbound/monitor.js';
import { ordinaryHistory } from '../../outbound/simulate/history.js';
import { PolicyRequestParser, type ParseResult } from './protocol.js';
import { startPolicyServer } from './server.js';
import { PolicyClient, rcptRequest } from './test-client.js';

test('protocol: name=value lines, a blank line ends a request, bounded', () => {
  const out: ParseResult[] = [];
  const p = new PolicyRequestParser((r) => out.push(r), { maxLineBytes: 64, maxRequestBytes: 200, maxAttributes: 5 });
  p.push('request=smtpd_access_policy\nsender=a@b.example\r\n');
  p.push('recipient=c=d@e.example\n\n\nrequest=x\n\n');
  assert.deepEqual(out.map((r) => ('request' in r ? { ...r.request } : r)), [
    { request: 'smtpd_access_policy', sender: 'a@b.example', recipient: 'c=d@e.example' },
    { request: 'x' },
  ]);
  const bad: ParseResult[] = [];
  new PolicyRequestParser((r) => bad.push(r), { maxLineBytes: 64, maxRequestBytes: 200, maxAttributes: 5 }).push('a=' + 'x'.repeat(100));
  assert.match((bad[0] as { violation: string }).violation, /longer than 64/);
  const many: ParseResult[] = [];
  new PolicyRequestParser((r) => many.push(r), { maxLineBytes: 64, maxRequestBytes: 200, maxAttributes: 5 }).push('a=1\nb=1\nc=1\nd=1\ne=1\nf=1\n');
  assert.match((many[0] as { violation: string }).violation, /more than 5 attributes/);
  const junk: ParseResult[] = [];
  new PolicyRequestParser((r) => junk.push(r)).push('GET / HTTP/1.1\n');
  assert.match((junk[0] as { violation: string }).violation, /not a name=value/);
});

test('server: many requests per connection, answered in order; violations answered then closed', async (t) => {
  let n = 0;
  const srv = await startPolicyServer({ decide: (req) => (req.sender === 'slow@x' ? new Promise((r) => setTimeout(() => r('HOLD slow'), 20)) : `DUNNO ${++n}`) });
  t.after(() => srv.close());
  const c = await PolicyClient.open(srv.port);
  const answers = await Promise.all([
    c.ask({ request: 'smtpd_access_policy', sender: 'slow@x' }),
    c.ask({ request: 'smtpd_access_policy', sender: 'a@x' }),
    c.ask({ request: 'smtpd_access_policy', sender: 'b@x' }),
  ]);
  assert.deepEqual(answers, ['action=HOLD slow', 'action=DUNNO 1', 'action=DUNNO 2']);
  assert.equal(await c.raw('x'.repeat(20_000) + '\n'), 'action=DUNNO');
  await new Promise((r) => c.socket.once('close', r));
  assert.equal(srv.stats.violations, 1);
});

test('server: fail-open answers DUNNO on an error or a time-out; fail-closed answers DEFER_IF_PERMIT', async (t) => {
  const logs: string[] = [];
  const open = await startPolicyServer({
    decisionTimeoutMs: 30,
    log: (e) => logs.push(e.msg),
    decide: (req) => {
      if (req.sender === 'boom@x') throw new Error('boom');
      return new Promise((r) => setTimeout(() => r('REJECT late'), 500));
    },
  });
  t.after(() => open.close());
  const c = await PolicyClient.open(open.port);
  assert.equal(await c.ask({ request: 'smtpd_access_policy', sender: 'boom@x' }), 'action=DUNNO');
  assert.equal(await c.ask({ request: 'smtpd_access_policy', sender: 'slow@x' }), 'action=DUNNO');
  assert.equal(open.stats.failOpen, 2);
  assert.ok(logs.includes('policy decision failed'));
  c.close();
  const closed = await startPolicyServer({ failMode: 'closed', decide: () => { throw new Error('down'); } });
  t.after(() => closed.close());
  const d = await PolicyClient.open(closed.port);
  assert.match(await d.ask({ request: 'smtpd_access_policy' }), /^action=DEFER_IF_PERMIT /);
  d.close();
});

test('server: an idle connection is closed after the idle time-out', async (t) => {
  const srv = await startPolicyServer({ idleTimeoutMs: 50, decide: () => 'DUNNO' });
  t.after(() => srv.close());
  const c = await PolicyClient.open(srv.port);
  await new Promise((r) => c.socket.once('close', r));
  assert.ok(c.isClosed);
});

test('outbound: a stolen account is deferred once detected, others get DUNNO, a release lets it flow again', async (t) => {
  let clock = Date.UTC(2026, 3, 21, 10);
  const state = new MemoryOutboundState();
  const monitor = new OutboundMonitor({ state });
  // Three weeks of ordinary work from the office first: a stolen account has a history to break from.
  for (const e of ordinaryHistory({ account: 'y.suzuki', sender: 'y.suzuki@corp.example', clientIp: '10.1.2.12', end: clock - 3600_000 })) monitor.observe(e);
  const srv = await startPolicyServer({ monitor, now: () => clock, releasePollMs: 10 });
  t.after(() => srv.close());
  const c = await PolicyClient.open(srv.port);
  const answers: string[] = [];
  for (let i = 0; i < 30; i++) {
    for (let k = 0; k < 5; k++) {
      clock += 1_000;
      answers.push(await c.ask(rcptRequest({
        sasl: 'y.suzuki', sender: 'y.suzuki@corp.example', recipient: `r${i}x${k}@gmail.com`, client: '45.155.205.233', instance: `i${i}`,
      })));
    }
  }
  const firstDefer = answers.findIndex((a) => a.startsWith('action=DEFER'));
  assert.ok(firstDefer > 0 && firstDefer < 60, `first DEFER at request ${firstDefer}`);
  assert.ok(answers.slice(firstDefer).every((a) => /^action=DEFER 4\.7\.1 .*spamlab incident 1\)$/.test(a)));
  assert.equal(await c.ask(rcptRequest({ sasl: 'ann', sender: 'ann@corp.example', recipient: 'p@partner.example', client: '10.1.1.5', instance: 'a1' })), 'action=DUNNO');
  // `spamlab outbound release` in another process writes the release to the shared state.
  await state.addRelease({ kind: 'sasl', id: 'y.suzuki' }, clock, 'test');
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(await c.ask(rcptRequest({ sasl: 'y.suzuki', sender: 'y.suzuki@corp.example', recipient: 'z@gmail.com', client: '45.155.205.233', instance: 'i99' })), 'action=DUNNO');
  c.close();
  await srv.close();
  const stored = await state.incidents();
  assert.equal(stored[0]?.status, 'released');
});
