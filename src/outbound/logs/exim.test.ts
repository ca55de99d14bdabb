import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../test-support/shared-data.js';
import type { OutboundEvent } from '../events/types.js';
import { EximLogParser } from './exim.js';

// An authenticated submission with +subject +received_recipients, one delivered, one bounced, one deferred
// then completed; an unauthenticated local submission.
const LOG = `2026-04-21 09:14:02 [4121] 1wXyZa-000ABC-Q1 <= y.suzuki@corp.example H=pc-12.corp.example (pc-12) [10.1.2.12]:50122 I=[10.1.0.1]:587 P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:y.suzuki S=18233 id=20260421.A1@corp.example T="Re: \\"quote\\" お見積り" from <y.suzuki@corp.example> for a@partner.example nobody@gmail.com c@slow.example
2026-04-21 09:14:03 [4122] 1wXyZa-000ABC-Q1 => a@partner.example R=dnslookup T=remote_smtp H=mx.partner.example [203.0.113.5] X=TLS1.3 C="250 2.0.0 Ok: queued"
2026-04-21 09:14:03 [4122] 1wXyZa-000ABC-Q1 ** nobody@gmail.com R=dnslookup T=remote_smtp H=gmail-smtp-in.l.google.com [192.0.2.27]: SMTP error from remote mail server after RCPT TO:<nobody@gmail.com>: 550-5.1.1 does not exist
2026-04-21 09:14:33 [4122] 1wXyZa-000ABC-Q1 == c@slow.example R=dnslookup T=remote_smtp defer (110): Connection timed out
2026-04-21 09:20:00 [4130] 1wXyZb-000ABD-R2 <= cron@corp.example U=cron P=local S=900 id=cron.1@corp.example
2026-04-21 09:20:00 [4131] 1wXyZb-000ABD-R2 => root <root@corp.example> R=localuser T=local_delivery
2026-04-21 09:20:00 [4131] 1wXyZb-000ABD-R2 Completed`;

function parse(text: string): { events: OutboundEvent[]; parser: EximLogParser } {
  const events: OutboundEvent[] = [];
  const parser = new EximLogParser((e) => events.push(e));
  for (const line of text.split('\n')) parser.line(line);
  parser.end();
  return { events, parser };
}

test('an Exim arrival and its deliveries become one event', () => {
  const { events } = parse(LOG);
  const e = events.find((x) => x.queueId === '1wXyZa-000ABC-Q1')!;
  assert.equal(e.account, 'y.suzuki');
  assert.equal(e.clientIp, '10.1.2.12');
  assert.equal(e.envelopeSender, 'y.suzuki@corp.example');
  assert.equal(e.size, 18233);
  assert.equal(e.subject, 'Re: "quote" お見積り');
  assert.equal(e.time, Date.UTC(2026, 3, 21, 9, 14, 2));
  assert.deepEqual(e.recipients, [
    { address: 'a@partner.example', result: 'sent' },
    { address: 'nobody@gmail.com', result: 'bounced' },
    { address: 'c@slow.example', result: 'deferred' },
  ]);
  const cron = events.find((x) => x.queueId === '1wXyZb-000ABD-R2')!;
  assert.equal(cron.clientIp, '127.0.0.1');
  assert.deepEqual(cron.recipients, [{ address: 'root@corp.example', result: 'sent' }]);
});

test('real Exim lines (fail2ban samples): rejected RCPTs become events, the rest is skipped without error', (t) => {
  const file = sharedData(t, 'logs/exim');
  if (!file) return;
  const { events, parser } = parse(readFileSync(file, 'utf8'));
  assert.ok(parser.stats.lines > 50);
  assert.ok(events.length >= 4, `${events.length}`);
  for (const e of events) assert.equal(e.recipients[0]?.result, 'rejected');
  const relay = events.find((e) => e.clientIp === '202.132.70.178');
  assert.equal(relay?.envelopeSender, 'menacedsj04@listserv.eurasia.org');
  assert.equal(relay?.recipients[0]?.address, 'dir@ml3.ru');
});
