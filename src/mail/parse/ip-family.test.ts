import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { test } from 'node:test';
import { ipFamily } from './ip-family.js';

test('ipFamily answers as node:net isIP on addresses, near-addresses and generated text', () => {
  const fixed = [
    '0.0.0.0', '1.2.3.4', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.4\n',
    '1..2.3', '١.٢.٣.٤', '1.2.3.04', '192.168.000.1', '::1', '::ffff:1.2.3.4', 'fe80::1%eth0', '2001:db8::', 'example.com', '', '.', 'a.b.c.d',
  ];
  for (const text of fixed) assert.equal(ipFamily(text), isIP(text), JSON.stringify(text));
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
  // Dotted parts, valid and not (leading zeros, over 255, letters, empty), now and then a colon or a space.
  const parts = ['0', '1', '9', '10', '99', '100', '199', '200', '249', '250', '255', '0', '7', '42', '256', '300', '01', '001', '', 'a', '1a'];
  const joins = ['.', '.', '.', '.', '.', '.', '.', '.', '.', ':', '..', ' '];
  let v4 = 0;
  for (let i = 0; i < 20000; i++) {
    const count = next() < 0.6 ? 4 : 1 + Math.floor(next() * 6);
    let text = parts[Math.floor(next() * parts.length)]!;
    for (let j = 1; j < count; j++) text += joins[Math.floor(next() * joins.length)]! + parts[Math.floor(next() * parts.length)]!;
    if (isIP(text) === 4) v4++;
    assert.equal(ipFamily(text), isIP(text), JSON.stringify(text));
  }
  assert.ok(v4 > 1000, `${v4} of the generated texts are IPv4 addresses`);
});
