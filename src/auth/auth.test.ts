import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aligned, organizationalDomain } from './alignment.js';
import { evaluateDmarc, lookupDmarc, parseDmarcRecord } from './dmarc.js';
import { fromAuthenticationResults } from './results.js';
import { verifyAuthentication } from './verify.js';
import { ZoneResolver } from './zone.js';
import type { AuthResult } from '../mail/types.js';
import { DKIM_TEST_KEY_RECORD, dkimSignForTest } from '../test-support/dkim.js';

test('alignment: relaxed compares organizational domains, strict the exact domain (RFC 7489 §3.1)', () => {
  const rows: [string, string, 'r' | 's', boolean][] = [
    ['example.com', 'example.com', 's', true],
    ['mail.example.com', 'example.com', 'r', true],
    ['mail.example.com', 'example.com', 's', false],
    ['example.com', 'news.example.com', 'r', true],
    ['bounce.example.co.jp', 'example.co.jp', 'r', true],
    ['example.co.jp', 'other.co.jp', 'r', false],
    ['evil-example.com', 'example.com', 'r', false],
    ['', 'example.com', 'r', false],
  ];
  for (const [a, f, mode, want] of rows) assert.equal(aligned(a, f, mode), want, `${a} vs ${f} (${mode})`);
  assert.equal(organizationalDomain('a.b.trendmicro.co.jp'), 'trendmicro.co.jp');
});

test('DMARC record parsing (RFC 7489 §6.3)', () => {
  assert.deepEqual(parseDmarcRecord('v=DMARC1; p=reject; adkim=s; aspf=r; pct=50'), { p: 'reject', adkim: 's', aspf: 'r', pct: 50 });
  assert.equal(parseDmarcRecord('v=DMARC1; p=quarantine; sp=none')?.sp, 'none');
  assert.equal(parseDmarcRecord('v=DMARC1; rua=mailto:x@example.com')?.p, 'none');
  assert.equal(parseDmarcRecord('v=spf1 -all'), null);
  assert.equal(parseDmarcRecord('v=DMARC1; p=bogus'), null);
});

test('DMARC discovery falls back to the organizational domain and records its queries', async () => {
  const zone = new ZoneResolver({ '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject; adkim=s'] } });
  const found = await lookupDmarc('news.example.com', zone.resolve);
  assert.equal(found.record?.p, 'reject');
  assert.equal(found.at, '_dmarc.example.com');
  assert.deepEqual(zone.queries, ['TXT _dmarc.news.example.com', 'TXT _dmarc.example.com']);
  const timeout = new ZoneResolver({ '_dmarc.slow.example': { TXT: 'TIMEOUT' } });
  assert.ok((await lookupDmarc('slow.example', timeout.resolve)).error);
});

test('DMARC evaluation: strict and relaxed alignment of SPF and DKIM', () => {
  const lookup = (txt: string) => ({ record: parseDmarcRecord(txt), at: '_dmarc.example.com' });
  const relaxed = lookup('v=DMARC1; p=reject');
  const strict = lookup('v=DMARC1; p=reject; adkim=s; aspf=s');
  const spfSub = { result: 'pass' as const, domain: 'bounce.example.com' };
  const dkimSub = [{ result: 'pass' as const, domain: 'mail.example.com' }];
  assert.equal(evaluateDmarc('example.com', relaxed, spfSub, []).result, 'pass');
  assert.equal(evaluateDmarc('example.com', relaxed, spfSub, []).alignedBy, 'spf');
  assert.equal(evaluateDmarc('example.com', strict, spfSub, []).result, 'fail');
  assert.equal(evaluateDmarc('example.com', relaxed, undefined, dkimSub).alignedBy, 'dkim');
  assert.equal(evaluateDmarc('example.com', strict, undefined, dkimSub).result, 'fail');
  assert.equal(evaluateDmarc('example.com', strict, undefined, [{ result: 'pass', domain: 'example.com' }]).result, 'pass');
  assert.equal(evaluateDmarc('example.com', relaxed, { result: 'pass', domain: 'evil.net' }, []).result, 'fail');
  assert.equal(evaluateDmarc('example.com', relaxed, { result: 'fail', domain: 'example.com' }, []).policy, 'reject');
  assert.equal(evaluateDmarc('example.com', { record: null, at: '_dmarc.example.com' }, spfSub, []).result, 'none');
  // A subdomain without its own record gets sp= when the organizational record has one.
  const withSp = { record: parseDmarcRecord('v=DMARC1; p=reject; sp=none'), at: '_dmarc.example.com' };
  assert.equal(evaluateDmarc('news.example.com', withSp, undefined, []).policy, 'none');
});

test('Authentication-Results: only configured authserv-ids are believed (RFC 8601 §5)', () => {
  const results: AuthResult[] = [
    { authservId: 'mx.example.jp', method: 'spf', result: 'pass', props: { 'smtp.mailfrom': 'bounce@trendmicro.com' } },
    { authservId: 'mx.example.jp', method: 'dkim', result: 'pass', props: { 'header.d': 'trendmicro.com', 'header.s': 's1' } },
    { authservId: 'mx.example.jp', method: 'dmarc', result: 'pass', reason: 'p=REJECT sp=REJECT', props: { 'header.from': 'trendmicro.com' } },
    { authservId: 'forged.example', method: 'dmarc', result: 'pass', props: { 'header.from': 'paypal.com' } },
  ];
  assert.equal(fromAuthenticationResults(results, []), null);
  assert.equal(fromAuthenticationResults(results, ['other.example']), null);
  const s = fromAuthenticationResults(results, ['MX.example.jp'])!;
  assert.equal(s.spf?.domain, 'trendmicro.com');
  assert.equal(s.dkim[0]?.selector, 's1');
  assert.deepEqual([s.dmarc?.result, s.dmarc?.domain, s.dmarc?.policy], ['pass', 'trendmicro.com', 'reject']);
});

const RAW = (from: string) =>
  [`From: Brand <news@${from}>`, 'To: user@example.jp', 'Subject: hello', 'Date: Mon, 1 Jan 2024 00:00:00 +0000', 'Message-ID: <1@x>', '', 'Hello.', ''].join('\r\n');

test('verification: SPF, DKIM and DMARC over a declarative zone, every lookup through the resolver', async () => {
  // A fixed key and signing time: an unpinned mailauth signature fails now and then (src/test-support/dkim.ts).
  const { header, signed: raw } = await dkimSignForTest(RAW('trendmicro.com'), 'trendmicro.com', 's1');
  const zone = new ZoneResolver({
    'trendmicro.com': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    's1._domainkey.trendmicro.com': { TXT: [DKIM_TEST_KEY_RECORD] },
    '_dmarc.trendmicro.com': { TXT: ['v=DMARC1; p=reject; adkim=s; aspf=s'] },
  });
  const ok = await verifyAuthentication({ raw, fromDomain: 'trendmicro.com', ip: '192.0.2.10', helo: 'mail.trendmicro.com', mailFrom: 'bounce@trendmicro.com', resolver: zone.resolve, mta: 'mx.test' });
  assert.equal(ok.spf?.result, 'pass');
  assert.equal(ok.dkim[0]?.result, 'pass');
  assert.deepEqual([ok.dmarc?.result, ok.dmarc?.alignedBy], ['pass', 'dkim']);
  assert.ok(zone.queries.includes('TXT s1._domainkey.trendmicro.com'));
  assert.ok(zone.queries.includes('TXT _dmarc.trendmicro.com'));

  // From an unauthorised IP, with the body altered after signing: SPF fail, DKIM fail, DMARC fail (p=reject).
  const tampered = new TextEncoder().encode(header + RAW('trendmicro.com').replace('Hello.', 'Pay now.'));
  const bad = await verifyAuthentication({ raw: tampered, fromDomain: 'trendmicro.com', ip: '203.0.113.5', mailFrom: 'bounce@trendmicro.com', resolver: zone.resolve, mta: 'mx.test' });
  assert.equal(bad.spf?.result, 'fail');
  assert.notEqual(bad.dkim[0]?.result, 'pass');
  assert.deepEqual([bad.dmarc?.result, bad.dmarc?.policy], ['fail', 'reject']);

  // No raw bytes: DKIM is skipped, SPF and DMARC still run.
  const noRaw = await verifyAuthentication({ fromDomain: 'trendmicro.com', ip: '192.0.2.10', mailFrom: 'bounce@trendmicro.com', resolver: zone.resolve, mta: 'mx.test' });
  assert.deepEqual([noRaw.dkim.length, noRaw.dmarc?.result, noRaw.dmarc?.alignedBy], [0, 'pass', 'spf']);
});
