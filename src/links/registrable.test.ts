import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDomain, parse } from 'tldts';
import { hostParts, registrableDefault, registrableIcann, registrableWithPrivate, remembered, senderRegistrable } from './registrable.js';

test('the remembered registrable domains are tldts answers, asked again or not', () => {
  const hosts = ['mail.example.co.jp', 'user.github.io', 'localhost', '', 'x'.repeat(300) + '.com', '192.0.2.1', 'MX.Google.COM', 'a.b.c.d.blogspot.com'];
  for (let round = 0; round < 2; round++) {
    for (const host of hosts) {
      assert.equal(registrableWithPrivate(host), parse(host, { allowPrivateDomains: true }).domain, host);
      assert.equal(registrableIcann(host), getDomain(host, { allowPrivateDomains: false }), host);
      assert.equal(registrableDefault(host), getDomain(host), host);
    }
  }
});

test('senderRegistrable is tldts\' answer for the domain as written, mixed case, IDN and invalid ones included', () => {
  const domains = ['Aplus.Net', 'Arnotts.ie', 'MAIL.Example.CO.UK', 'bücher.Example.DE', 'xn--bcher-kva.example', 'localhost', '$domain', 'a b.com', 'x.COM.', 'User.GitHub.io'];
  for (const domain of domains) assert.equal(senderRegistrable(domain), parse(domain).domain ?? '', domain);
  assert.equal(senderRegistrable(undefined), '');
  assert.equal(senderRegistrable(''), '');
});

test('remembered computes once per argument, remembers null answers, and not arguments longer than a DNS name', () => {
  const asked: string[] = [];
  const f = remembered((host: string) => {
    asked.push(host);
    return host.startsWith('n') ? null : host.toUpperCase();
  });
  for (const host of ['a', 'no', 'a', 'no', 'y'.repeat(254), 'y'.repeat(254)]) f(host);
  assert.deepEqual(asked, ['a', 'no', 'y'.repeat(254), 'y'.repeat(254)]);
  assert.equal(f('no'), null);
  assert.equal(f('a'), 'A');
});

test('hostParts is tldts\' parse of the host as written, asked again or not; one answer per host, hosts longer than a DNS name not kept', () => {
  const hosts = ['mail.example.co.jp', 'acme-corp.co', 'user.github.io', 'irs.gov', 'receita.fazenda.gov.br', 'zilveren-kruis.zn', 'localhost', '', 'Mixed.Case.COM', '192.0.2.1', '[192.0.2.1]', 'bücher.example.de', 'xn--bcher-kva.example', 'x'.repeat(300) + '.com'];
  for (let round = 0; round < 2; round++) {
    for (const host of hosts) assert.deepEqual(hostParts(host), parse(host, { extractHostname: false, validateHostname: false }), host);
  }
  assert.equal(hostParts('mail.example.co.jp'), hostParts('mail.example.co.jp'));
  const long = 'x'.repeat(300) + '.com';
  assert.notEqual(hostParts(long), hostParts(long));
});
