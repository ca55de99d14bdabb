import assert from 'node:assert/strict';
import { isIP, isIPv6 as isIPv6Net } from 'node:net';
import { test } from 'node:test';
import { ipFamily, isIPv6 } from './ip-family.js';

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

test('isIPv6 answers as node:net isIPv6 on every form, near-forms and generated text (start-up: its own reading, not Node\'s pattern)', () => {
  const fixed = [
    '::', '::1', '1::', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '1:2:3:4:5:6::8', '1:2:3:4:5:6:1.2.3.4', '1::2:3:4:5:6:7',
    '1::2:3:4:5:6:7:8', ':::', '1:::2', '1::2::3', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%a%b', '::1.2.3.4', '1.2.3.4::', '12345::', 'g::',
    ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '::1.2.3.04', '1:2:3:4:5::1.2.3.4', '1:2:3:4:5:6::1.2.3.4', '%x', '::%x', ':', '', '1:2',
    '2001:db8::1', '::ffff:1.2.3', 'a:b:c:d:e:f:1.2.3.4', 'a:b:c:d:e::1.2.3.4', '::a:b:c:d:e:1.2.3.4', '::a:b:c:d:e:f:1.2.3.4',
    '::a:b:c:d:e:f:a', '::a:b:c:d:e:f:a:b', '1::2%:', '1::2%-.:Zz9', '1::2%é', 'fe80::1%1.2.3.4', '1.2.3.4%x:1', '::1.2.3.4.5', '::.1.2.3',
    'ABCD:ef01::', '::1:', '::1 ', ' ::1', '::1\n', '０::1', '::١', 'fe80::1%eth0\n',
  ];
  for (const text of fixed) assert.equal(isIPv6(text), isIPv6Net(text), JSON.stringify(text));
  let seed = 18;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  // Groups, valid and not, joined by one or two colons, an IPv4 address now and then, a zone now and then; then one edit.
  const groups = ['0', '1', 'a', 'F', 'db8', '2001', 'ffff', 'FFFF', 'fffff', '12345', 'g', '', '1.2.3.4', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3'];
  const joins = [':', ':', ':', ':', '::', ':::'];
  const valid = ['0', '1', 'a', 'F', 'db8', '2001', 'ffff', 'FFFF', 'c0A8'];
  const edits = ['', '', ':', '.', '%', '1', 'x', ' '];
  let v6 = 0;
  for (let i = 0; i < 200_000; i++) {
    let text: string;
    if (next() < 0.5) {
      // An address: 6–9 groups (an IPv4 address last now and then), a run of them written as '::' now and then.
      const parts = Array.from({ length: 6 + Math.floor(next() * 4) }, () => pick(valid));
      if (next() < 0.3) parts.push(pick(['1.2.3.4', '255.255.255.255', '0.0.0.0']));
      const from = Math.floor(next() * (parts.length + 1));
      const to = next() < 0.7 ? from + Math.floor(next() * (parts.length + 1 - from)) : -1;
      text = to < 0 ? parts.join(':') : `${parts.slice(0, from).join(':')}::${parts.slice(to).join(':')}`;
    } else {
      text = next() < 0.2 ? pick(joins) : '';
      for (let n = 1 + Math.floor(next() * 9); n > 0; n--) text += pick(groups) + (n > 1 ? pick(joins) : next() < 0.1 ? pick(joins) : '');
    }
    if (next() < 0.1) text += pick(['%eth0', '%1', '%', '%a.b:c-d', '%é']);
    const at = Math.floor(next() * (text.length + 1));
    if (next() < 0.4) text = next() < 0.5 ? text.slice(0, at) + pick(edits) + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    if (isIPv6Net(text)) v6++;
    assert.equal(isIPv6(text), isIPv6Net(text), JSON.stringify(text));
    assert.equal(ipFamily(text), isIP(text), JSON.stringify(text));
  }
  assert.ok(v6 > 10_000, `${v6} of the generated texts are IPv6 addresses`);
});
