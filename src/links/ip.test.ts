import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nonPublicReason } from './ip.js';

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
