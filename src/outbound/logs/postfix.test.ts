import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../test-support/shared-data.js';
import type { OutboundEvent } from '../events/types.js';
import { PostfixLogParser } from './postfix.js';

// A submission with SASL, a subject logged by header_checks WARN, one recipient sent, one bounced, one
// deferred (written as Postfix 3.7 logs them); a pickup submission; a relay-denied attempt.
const LOG = `Apr 21 09:14:02 mail postfix/submission/smtpd[4121]: connect from pc-12.corp.example[10.1.2.12]
Apr 21 09:14:02 mail postfix/submission/smtpd[4121]: 4Vb2kL0x3Hz9: client=pc-12.corp.example[10.1.2.12], sasl_method=PLAIN, sasl_username=y.suzuki
Apr 21 09:14:02 mail postfix/cleanup[4130]: 4Vb2kL0x3Hz9: message-id=<20260421091402.A1@corp.example>
Apr 21 09:14:02 mail postfix/cleanup[4130]: 4Vb2kL0x3Hz9: warning: header Subject: Re: お見積りの件 from pc-12.corp.example[10.1.2.12]; from=<Y.Suzuki@corp.example> to=<a@partner.example> proto=ESMTP helo=<pc-12>
Apr 21 09:14:02 mail postfix/qmgr[812]: 4Vb2kL0x3Hz9: from=<Y.Suzuki@corp.example>, size=18233, nrcpt=3 (queue active)
Apr 21 09:14:03 mail postfix/smtp[4140]: 4Vb2kL0x3Hz9: to=<a@partner.example>, relay=mx.partner.example[203.0.113.5]:25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9F1)
Apr 21 09:14:03 mail postfix/smtp[4140]: 4Vb2kL0x3Hz9: to=<nobody@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.27]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.27] said: 550-5.1.1 The email account that you tried to reach does not exist (in reply to RCPT TO command))
Apr 21 09:14:04 mail postfix/bounce[4150]: 4Vb2kL0x3Hz9: sender non-delivery notification: 4Vb2kM1aaaa1
Apr 21 09:14:33 mail postfix/smtp[4141]: 4Vb2kL0x3Hz9: to=<c@slow.example>, relay=none, delay=31, delays=0.1/0/31/0, dsn=4.4.1, status=deferred (connect to mx.slow.example[198.51.100.9]:25: Connection timed out)
Apr 21 09:20:00 mail postfix/pickup[900]: 8A1B2C3D4E: uid=1000 from=<cron@corp.example>
Apr 21 09:20:00 mail postfix/cleanup[4130]: 8A1B2C3D4E: message-id=<cron.1@corp.example>
Apr 21 09:20:00 mail postfix/qmgr[812]: 8A1B2C3D4E: from=<cron@corp.example>, size=900, nrcpt=1 (queue active)
Apr 21 09:20:00 mail postfix/local[4160]: 8A1B2C3D4E: to=<root@corp.example>, orig_to=<root>, relay=local, delay=0.02, delays=0.01/0/0/0.01, dsn=2.0.0, status=sent (delivered to mailbox)
Apr 21 09:20:00 mail postfix/qmgr[812]: 8A1B2C3D4E: removed
Apr 21 09:21:00 mail postfix/smtpd[4170]: NOQUEUE: reject: RCPT from unknown[10.1.3.57]: 554 5.7.1 <x@yahoo.co.jp>: Relay access denied; from=<forged@corp.example> to=<x@yahoo.co.jp> proto=ESMTP helo=<WIN-PC>
Apr 21 09:22:00 mail postfix/smtpd[4171]: warning: unknown[192.0.2.152]: SASL LOGIN authentication failed: (reason unavailable), sasl_username=admin`;

function parse(text: string, opts = {}): { events: OutboundEvent[]; parser: PostfixLogParser } {
  const events: OutboundEvent[] = [];
  const parser = new PostfixLogParser((e) => events.push(e), { year: 2026, ...opts });
  for (const line of text.split('\n')) parser.line(line);
  parser.end();
  return { events, parser };
}

test('joins smtpd, cleanup, qmgr and delivery lines by queue id into one event', () => {
  const { events } = parse(LOG);
  const e = events.find((x) => x.queueId === '4Vb2kL0x3Hz9')!;
  assert.equal(e.account, 'y.suzuki');
  assert.equal(e.envelopeSender, 'y.suzuki@corp.example');
  assert.equal(e.clientIp, '10.1.2.12');
  assert.equal(e.size, 18233);
  assert.equal(e.subject, 'Re: お見積りの件');
  assert.equal(e.messageId, '20260421091402.A1@corp.example');
  assert.equal(e.time, Date.UTC(2026, 3, 21, 9, 14, 2));
  assert.deepEqual(e.recipients, [
    { address: 'a@partner.example', result: 'sent' },
    { address: 'nobody@gmail.com', result: 'bounced' },
    { address: 'c@slow.example', result: 'deferred' },
  ]);
});

test('local pickup is a local client; a relay-denied RCPT is a rejected recipient', () => {
  const { events, parser } = parse(LOG);
  const cron = events.find((x) => x.queueId === '8A1B2C3D4E')!;
  assert.equal(cron.clientIp, '127.0.0.1');
  assert.equal(cron.clientName, 'pickup');
  assert.deepEqual(cron.recipients, [{ address: 'root@corp.example', result: 'sent' }]);
  const rejected = events.find((x) => x.recipients[0]?.result === 'rejected')!;
  assert.equal(rejected.clientIp, '10.1.3.57');
  assert.equal(rejected.envelopeSender, 'forged@corp.example');
  assert.equal(parser.stats.rejects, 1);
  assert.equal(events.length, 3);
});

test('queue ids that never complete are flushed by age and by capacity, and counted', () => {
  const lines: string[] = [];
  for (let i = 0; i < 5; i++) {
    lines.push(`Apr 21 10:0${i}:00 mail postfix/qmgr[812]: ABCDEF0${i}: from=<a@corp.example>, size=1, nrcpt=1 (queue active)`);
  }
  lines.push('Apr 21 18:00:00 mail postfix/qmgr[812]: FFFFFF01: from=<b@corp.example>, size=1, nrcpt=1 (queue active)');
  const { events, parser } = parse(lines.join('\n'), { maxPending: 3, maxPendingAgeMs: 3600_000 });
  assert.equal(events.length, 6);
  assert.ok(parser.stats.flushedIncomplete >= 5);
  assert.deepEqual(events[0]!.recipients, []);
});

test('syslog years roll over at New Year; RFC 3339 stamps carry their own zone', () => {
  const { events } = parse(
    [
      'Dec 31 23:59:59 mail postfix/qmgr[1]: AAAA0001: from=<a@x.example>, size=1, nrcpt=1 (queue active)',
      'Dec 31 23:59:59 mail postfix/smtp[2]: AAAA0001: to=<b@y.example>, relay=none, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (ok)',
      'Jan  1 00:00:01 mail postfix/qmgr[1]: AAAA0002: from=<a@x.example>, size=1, nrcpt=1 (queue active)',
      'Jan  1 00:00:01 mail postfix/smtp[2]: AAAA0002: to=<b@y.example>, relay=none, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (ok)',
      '2026-03-01T09:00:00.250+09:00 mail postfix/qmgr[1]: AAAA0003: from=<a@x.example>, size=1, nrcpt=1 (queue active)',
      '2026-03-01T09:00:01+09:00 mail postfix/smtp[2]: AAAA0003: to=<b@y.example>, relay=none, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (ok)',
    ].join('\n'),
  );
  assert.equal(events[0]!.time, Date.UTC(2026, 11, 31, 23, 59, 59));
  assert.equal(events[1]!.time, Date.UTC(2027, 0, 1, 0, 0, 1));
  assert.equal(events[2]!.time, Date.UTC(2026, 2, 1, 0, 0, 0, 250));
});

test('hostile input: over-long lines and garbage are counted, never thrown', () => {
  const { events, parser } = parse(['x'.repeat(100_000), '\u0000\u0001garbage', 'Apr 99 99:99:99 x', 'Apr 21 10:00:00 mail postfix/smtp[1]: ZZZ: to=<'].join('\n'));
  assert.equal(events.length, 0);
  assert.equal(parser.stats.tooLong, 1);
  assert.ok(parser.stats.notSyslog >= 2);
});

test('real Postfix lines (fail2ban samples): rejects become events, auth failures and noise are skipped', (t) => {
  const file = sharedData(t, 'logs/postfix');
  if (!file) return;
  const { events, parser } = parse(readFileSync(file, 'utf8'));
  assert.ok(parser.stats.lines > 100);
  assert.ok(parser.stats.notSyslog > 0, 'comment lines are not syslog lines');
  // Every event is a rejected RCPT/DATA/BDAT with a client and a sender.
  assert.ok(events.length >= 15, `${events.length} reject events`);
  for (const e of events) {
    assert.ok(e.clientIp, JSON.stringify(e));
    assert.ok(e.recipients.every((r) => r.result === 'rejected'));
  }
  const relay = events.find((e) => e.clientIp === '1.2.3.4' && e.recipients[0]?.address === 'smtp@example.org');
  assert.equal(relay?.envelopeSender, 'john@example.com');
  const bdat = events.find((e) => e.queueId === '44JCRG5tYPzCqt2');
  assert.equal(bdat?.clientIp, '192.0.2.109');
});
