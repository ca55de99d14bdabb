import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { ipv4ToNumber, ipVersion, isIpLiteral, nonPublicReason } from './ip.js';

test('nonPublicReason names every non-public range and passes public addresses', () => {
  const refused: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.255.1.2', /loopback/],
    ['0.0.0.0', /this network/],
    ['10.1.2.3', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.10', /private/],
    ['169.254.169.254', /link-local/],
    ['100.64.0.1', /carrier-grade/],
    ['224.0.0.1', /multicast/],
    ['255.255.255.255', /reserved/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['fd00::1', /unique-local/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /loopback, mapped/],
    ['::ffff:7f00:1', /loopback, mapped/],
    ['64:ff9b::a00:1', /private.*mapped/],
    ['2002:c0a8:0101::1', /private.*mapped/],
    ['[::1]', /loopback/],
  ];
  for (const [address, reason] of refused) assert.match(nonPublicReason(address) ?? 'public', reason, address);
  for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '172.32.0.1', '100.128.0.1']) {
    assert.equal(nonPublicReason(address), undefined, address);
  }
});

test('ipVersion is node:net isIP (which it skips trying IPv6 without a colon) on every form', () => {
  const inputs = ['1.2.3.4', '255.255.255.255', '256.1.1.1', '1.2.3', '01.2.3.4', '::', '::1', '1::', 'fe80::1%eth0', '::ffff:10.0.0.1',
    '2001:db8::1', '2001:db8:0:0:0:0:0:1', '1:2:3:4:5:6:7:8:9', ':', 'a:b', 'example.com', '', ' 1.2.3.4', '1.2.3.4 ', '[::1]', 'ffff::1.2.3.4'];
  for (const text of inputs) {
    assert.equal(ipVersion(text), isIP(text), text);
    assert.equal(isIpLiteral(`[${text}]`), isIP(text) !== 0, `[${text}]`);
  }
});

test('ipv4ToNumber equals the split-and-shift definition; brackets around an address are dropped', () => {
  const definition = (a: string) => a.split('.').reduce((acc, part) => ((acc << 8) | Number(part)) >>> 0, 0);
  let seed = 5;
  const octet = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 256;
  for (const address of ['0.0.0.0', '255.255.255.255', '10.0.0.1', ...Array.from({ length: 5000 }, () => `${octet()}.${octet()}.${octet()}.${octet()}`)]) {
    assert.equal(ipv4ToNumber(address), definition(address), address);
  }
  assert.equal(nonPublicReason('[127.0.0.1]'), nonPublicReason('127.0.0.1'));
  assert.equal(nonPublicReason('[::1]'), nonPublicReason('::1'));
});
