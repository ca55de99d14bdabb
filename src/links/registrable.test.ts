import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDomain, parse } from 'tldts';
import { registrableDefault, registrableIcann, registrableWithPrivate, remembered } from './registrable.js';

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
