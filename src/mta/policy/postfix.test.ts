import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OutboundMonitor } from '../../outbound/monitor.js';
import { PostfixLogParser } from '../../outbound/logs/postfix.js';
import type { OutboundEvent } from '../../outbound/events/types.js';
import { ordinaryHistory } from '../../outbound/simulate/history.js';
import { MemoryOutboundState } from '../../outbound/state/memory.js';
import { startPostfix, swaks } from '../../test-support/postfix.js';
import { startPolicyServer } from './server.js';

/**
 * A real Postfix (Debian's, a private instance on loopback) asks spamlab's policy server at RCPT time.
 * SASL would need a Dovecot or Cyrus auth service inside the private instance; instead swaks uses Postfix's
 * XCLIENT (allowed for loopback only) to set the client address and the SASL login name, which Postfix then
 * hands to the policy server as `client_address` and `sasl_username` exactly as after a real AUTH.
 */
test('real Postfix: a stolen account is deferred by the policy server while others flow', async (t) => {
  const now = Date.now();
  const monitor = new OutboundMonitor({ state: new MemoryOutboundState() });
  // What the monitor learned before: both accounts work from the office network for three weeks.
  for (const [account, ip] of [['y.suzuki', '10.1.2.12'], ['ann', '10.1.1.5']] as const) {
    for (const e of ordinaryHistory({ account, sender: `${account}@corp.test`, clientIp: ip, end: now - 3600_000, seed: account.length })) monitor.observe(e);
  }
  const policy = await startPolicyServer({ monitor });
  t.after(() => policy.close());
  const pf = await startPostfix(t, {
    mainCf: {
      smtpd_authorized_xclient_hosts: '127.0.0.0/8',
      smtpd_recipient_restrictions: `check_policy_service inet:${policy.address}, permit_mynetworks, reject_unauth_destination`,
      // Treat the XCLIENT addresses as ours, so only the policy server decides.
      mynetworks: '127.0.0.0/8, 10.0.0.0/8, 45.155.205.0/24',
    },
  });
  if (!pf) return;
  t.after(() => pf.stop());
  const send = (login: string, addr: string, to: string[]) =>
    swaks(['--server', pf.smtpAddress, '--xclient-addr', addr, '--xclient-login', login, '--from', `${login}@corp.test`,
      '--to', to.join(','), '--header', 'Subject: test', '--body', 'hello']);

  // Ann writes to a partner as usual: delivered.
  const ann = await send('ann', '10.1.1.5', ['partner1@client1.example']);
  assert.equal(ann.code, 0, ann.output);

  // y.suzuki's password was phished: mail to free-mail addresses from a foreign network.
  let deferredAt = -1;
  const outputs: string[] = [];
  for (let i = 0; i < 12 && deferredAt < 0; i++) {
    const r = await send('y.suzuki', '45.155.205.233', Array.from({ length: 5 }, (_, k) => `x${i}k${k}@gmail.com`));
    outputs.push(r.output);
    if (/<\*\* +450 4\.7\.1 .*Sending paused/.test(r.output)) deferredAt = i;
  }
  assert.ok(deferredAt >= 0 && deferredAt < 6, outputs.join('\n---\n'));
  const incident = monitor.detector.openIncident({ kind: 'sasl', id: 'y.suzuki' });
  assert.ok(incident, 'an incident is open for the account');
  assert.ok(incident.evidence.some((e) => e.id === 'OUTBOUND_NEW_NETWORK'));

  // Still deferred on the next attempt; Ann still flows.
  const again = await send('y.suzuki', '45.155.205.233', ['later@gmail.com']);
  assert.match(again.output, /<\*\* +450 4\.7\.1 .*spamlab incident/);
  const ann2 = await send('ann', '10.1.1.5', ['partner2@client2.example']);
  assert.equal(ann2.code, 0, ann2.output);
  const delivered = await pf.sink!.waitForMessages(2 + deferredAt);
  assert.ok(delivered.some((m) => m.rcptTo.includes('partner2@client2.example')));
  assert.ok(!delivered.some((m) => m.rcptTo.includes('later@gmail.com')));

  // The instance's own log, read by the log parser: submissions carry the XCLIENT login as sasl_username.
  const events: OutboundEvent[] = [];
  const parser = new PostfixLogParser((e) => events.push(e), { year: new Date().getUTCFullYear() });
  for (const line of (await pf.log()).split('\n')) parser.line(line);
  parser.end();
  assert.ok(events.some((e) => e.account === 'ann' && e.clientIp === '10.1.1.5' && e.recipients.some((r) => r.result === 'sent')), JSON.stringify(events.slice(0, 3)));
  assert.ok(policy.stats.deferred >= 1);
});
