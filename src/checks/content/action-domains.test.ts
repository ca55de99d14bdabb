import { test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import assert from 'node:assert/strict';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import type { ScanReport } from '../../scan/report.js';
import { mail, scanner } from '../../test-support/classifier-free-scan.js';
import { actionDomains, cryptoClaim } from './scam-structure.js';

/**
 * Session 54 (det54): session 53 suspected that the content checks' reading of where a message's links lead (actionDomains:
 * the prize lure's, the crypto claim's, the payout claim's and the balance letter's destinations) passed over links to a bare
 * IP address (the Rogers prize letters' 162.0.228.240). It did not for a dotted IPv4 host; it read an IPv6 literal written in
 * the text as `[2001:db8:` (the address cut at its bracket, then `:1` taken for a port) and an obfuscated IPv4 host as a name
 * (`0xa2.0.228.240` → the "domain" `228.240`), so one address could count as two destinations. Now every address literal is
 * read as the links family reads it (normaliseUrl's `ip`), and a server named after its address under a provider's domain
 * (`239.125.168.184.host.secureserver.net`) as that address: GoDaddy or Amazon own no prize sent to a rented server.
 */

const eml = (body: string, type = 'text/html', from = 'Promo <a@sender.example>') =>
  parseMessage(new TextEncoder().encode([`From: ${from}`, 'To: b@example.org', 'Subject: Notice', 'MIME-Version: 1.0', `Content-Type: ${type}; charset=utf-8`, '', body, ''].join('\r\n')), DEFAULT_PARSE_OPTIONS);

const ADDRESSES: { href: string; reads: string }[] = [
  { href: 'http://162.0.228.240/t/4KAYjW6889', reads: '162.0.228.240' },
  { href: 'http://162.0.228.240:8080/t/abc', reads: '162.0.228.240' },
  { href: 'https://user@162.0.228.240/x', reads: '162.0.228.240' },
  { href: 'http://162.0.228.240', reads: '162.0.228.240' },
  { href: 'http://162.0.228.240./x', reads: '162.0.228.240' },
  { href: 'http://2717967600/x', reads: '162.0.228.240' },
  { href: 'http://0xa2.0.228.240/x', reads: '162.0.228.240' },
  { href: 'http://0242.0.228.240/x', reads: '162.0.228.240' },
  { href: 'http://[2001:db8::1]/x', reads: '2001:db8::1' },
  { href: 'http://[2001:DB8:0::1]:8443/claim', reads: '2001:db8::1' },
  { href: 'https://[2001:db8::1]', reads: '2001:db8::1' },
  { href: 'http://[::ffff:162.0.228.240]/x', reads: '::ffff:a200:e4f0' },
  // A server named after its address under its provider's domain is that address (ip-named-host.ts), not the provider's.
  { href: 'https://239.125.168.184.host.secureserver.net/inv/1', reads: '239.125.168.184' },
  { href: 'http://ec2-54-12-3-4.compute-1.amazonaws.com/claim', reads: '54.12.3.4' },
  { href: 'http://64-120-94-221.cloud.leaseweb.net/x', reads: '64.120.94.221' },
  // Names stay names: registrable domains (a provider's own site too).
  { href: 'https://s3.amazonaws.com/bucket/x', reads: 'amazonaws.com' },
  { href: 'https://www.godaddy.com/help', reads: 'godaddy.com' },
  { href: 'https://claim.example.net:8443/x', reads: 'example.net' },
  { href: 'http://www.example.co.uk/x', reads: 'example.co.uk' },
];

test('actionDomains: an address literal is a destination, read as one address whatever its form, in a link and written in the text', () => {
  for (const row of ADDRESSES) {
    const html = eml(`<p>Claim your prize now.</p><a href="${row.href}">Claim</a>`);
    assert.deepEqual(actionDomains(html, html.visibleText, 4), [row.reads], `${row.href} (a link)`);
    const text = eml(`Claim your prize now at ${row.href} today.`, 'text/plain');
    assert.deepEqual(actionDomains(text, text.text, 4), [row.reads], `${row.href} (written in the text)`);
  }
  // One address written four ways, in links and in the text, is one destination.
  const many = eml(
    '<p>Claim at http://[2001:db8::1]:8080/c or http://2717967600/c</p><a href="http://162.0.228.240/a">Claim</a><a href="http://0xa2.0.228.240/b">Claim</a><a href="http://[2001:db8:0:0::1]/c">Claim</a>',
  );
  assert.deepEqual(actionDomains(many, many.visibleText, 4).sort(), ['162.0.228.240', '2001:db8::1']);
});

test('cryptoClaim: a claim whose one link is an address literal leads elsewhere', () => {
  for (const href of ['http://162.0.228.240/claim', 'http://[2001:db8::1]:8443/claim', 'http://2717967600/claim']) {
    const m = eml(`<p>Your UNI airdrop is ready. Claim your tokens now.</p><a href="${href}">Claim</a>`);
    const got = cryptoClaim(m, `${m.subject}\n${m.visibleText}`);
    assert.ok(got, href);
    assert.equal(got.elsewhere, true, href);
  }
});

/** Every id of the report, those a composite replaced included. */
const allIds = (r: ScanReport): string[] => r.findings.map((f) => f.id);
const PRIZE = (href: string): string =>
  `<p>Congratulations! You've been selected to receive an exclusive smartphone. Your prize is ready for you.</p><p><a href="${href}">Claim Your Prize</a></p>`;

test('the prize lure whose links go to an address literal leads elsewhere (CONTENT_PRIZE_LURE_ELSEWHERE); its own domain does not', async () => {
  for (const href of ['http://162.0.228.240/t/4KAYjW', 'http://162.0.228.240:8080/t/x', 'http://[2001:db8::1]/t/x', 'http://[2001:db8::1]:8443/t/x', 'http://0xa2.0.228.240/t/x']) {
    const got = allIds(await scanner.scan({ raw: mail('"Smartphone" <winner_88@vargas.example.shop>', 'Important for you !', PRIZE(href)), source: 'row.eml' }));
    assert.ok(got.includes('CONTENT_PRIZE_LURE'), href);
    assert.ok(got.includes('CONTENT_PRIZE_LURE_ELSEWHERE'), `${href}: ${got.join(' ')}`);
    assert.ok(!got.includes('FROM_OWN_LINKS_ONLY'), href);
  }
  const own = allIds(await scanner.scan({ raw: mail('"Smartphone" <winner_88@vargas.example.shop>', 'Important for you !', PRIZE('https://www.vargas.example.shop/claim')), source: 'row.eml' }));
  assert.ok(own.includes('CONTENT_PRIZE_LURE'));
  assert.ok(!own.includes('CONTENT_PRIZE_LURE_ELSEWHERE'), 'the sender\'s own domain is not elsewhere');
});

test('a prize in a brand\'s name sent to a server named after its address under that brand\'s domain is the sponsor elsewhere; its own site is not', async () => {
  const letter = (href: string) => mail('"Amazon Rewards" <winner_88@vargas.example.shop>', 'Your Amazon reward is waiting', PRIZE(href));
  for (const href of ['http://ec2-54-12-3-4.compute-1.amazonaws.com/r/1', 'http://54.12.3.4.compute-1.amazonaws.com/r/1']) {
    const got = allIds(await scanner.scan({ raw: letter(href), source: 'row.eml' }));
    assert.ok(got.includes('CONTENT_PRIZE_SPONSOR_ELSEWHERE'), `${href}: ${got.join(' ')}`);
  }
  const own = allIds(await scanner.scan({ raw: letter('https://www.amazon.com/rewards'), source: 'row.eml' }));
  assert.ok(own.includes('CONTENT_PRIZE_LURE'));
  assert.ok(!own.includes('CONTENT_PRIZE_SPONSOR_ELSEWHERE'), 'a link to the brand\'s own site answers for the sponsor');
});

test('corpus rows: the Rogers prize letters whose every link is a bare IP lead elsewhere (design 4126, 4128)', async (t) => {
  const full = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
  await assertCorpusRows(t, full, [
    { file: 'sample-4126.eml', expected: ['URL_IP_HOST'], forbidden: [], verdict: 'phishing', why: 'design, draw 1' },
    { file: 'sample-4128.eml', expected: ['URL_IP_HOST'], forbidden: [], verdict: 'phishing', why: 'design, draw 8' },
  ], (report, _row, label) => {
    const elsewhere = report.findings.find((f) => f.id === 'CONTENT_PRIZE_LURE_ELSEWHERE');
    assert.ok(elsewhere, `${label}: CONTENT_PRIZE_LURE_ELSEWHERE expected`);
    // A report's data is the findings' data, one entry a finding.
    const data = elsewhere.data as { domains: string[] }[] | { domains: string[] };
    assert.deepEqual((Array.isArray(data) ? data[0] : data)?.domains, ['162.0.228.240'], label);
  });
});
