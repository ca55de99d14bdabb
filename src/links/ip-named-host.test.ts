import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipNamedHost } from './ip-named-host.js';

/** Hosts named after an IP address (session 30): [host, registrable domain, the IP read or undefined]. */
const rows: [string, string, string | undefined][] = [
  // must fire
  ['239.125.168.184.host.secureserver.net', 'secureserver.net', '239.125.168.184'],
  ['240.91.74.97.host.secureserver.net', 'secureserver.net', '240.91.74.97'],
  ['64-120-94-221.cloud.leaseweb.net', 'leaseweb.net', '64.120.94.221'],
  ['ec2-54-12-3-4.compute-1.amazonaws.com', 'amazonaws.com', '54.12.3.4'],
  ['static-98-7-6-5.example-isp.net', 'example-isp.net', '98.7.6.5'],
  ['4.3.2.1.in-addr.example.org', 'example.org', '4.3.2.1'],
  // must not fire
  ['www.example.com', 'example.com', undefined],
  ['mail2.example.com', 'example.com', undefined],
  ['1-800-flowers.com', '1-800-flowers.com', undefined], // the registrable name itself is the organisation's
  ['shop.1-800-flowers.com', '1-800-flowers.com', undefined],
  ['v2.1.0.docs.example.io', 'example.io', undefined], // three numbers: a version
  ['256.1.1.1.host.example.net', 'example.net', undefined], // 256 is no octet
  ['2024-01-15-report.example.com', 'example.com', undefined], // a date: 2024 is no octet
  ['customer-service-2024.example.com', 'example.com', undefined],
  ['a-very-long-prefix-1-2-3-4.example.com', 'example.com', undefined], // a prefix of words, not a short tag
];
for (const [host, domain, ip] of rows) {
  test(`ip-named host: ${host}`, () => assert.equal(ipNamedHost(host, domain), ip));
}

test('ip-named host: a long name is read in linear time', () => {
  const host = `${'1.'.repeat(120)}example.com`;
  assert.equal(ipNamedHost(host, 'example.com'), '1.1.1.1');
  assert.equal(ipNamedHost(`${'a-'.repeat(120)}x.example.com`, 'example.com'), undefined);
});
