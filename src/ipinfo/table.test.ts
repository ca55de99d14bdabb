import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIpInfoTable, toNumber } from './table.js';

const RANGES = [
  '# first\tlast\tAS\tcountry\tname (the ip2asn layout)',
  '1.0.0.0\t1.0.0.255\t13335\tUS\tCLOUDFLARENET',
  '1.0.1.0\t1.0.3.255\t0\tNone\tNot routed',
  '14.0.0.0\t14.0.255.255\t4766\tKR\tKIXS-AS-KR Korea Telecom',
  '2001:200::\t2001:200:ffff:ffff:ffff:ffff:ffff:ffff\t2500\tJP\tWIDE-BB WIDE Project',
].join('\n');

const PREFIXES = [
  '10.0.0.0/8,64500,JP,Example Wide',
  '10.1.0.0/16,64501,DE,"Example, Nested"',
  '10.1.2.0/24,64502,,Innermost',
  '10.1.2.128/25,AS64503,ZZ,Deeper still',
  '192.0.2.7,64504,NL,one host',
  '2001:db8::/32,64505,FR,v6 documentation',
].join('\n');

test('looks up ranges and prefixes in both families; the most specific nested range answers', () => {
  const { table, problems } = parseIpInfoTable(`${RANGES}\n${PREFIXES}`);
  assert.deepEqual(problems, []);
  const cases: [string, number | null, string | null, string | undefined][] = [
    ['1.0.0.1', 13335, 'US', 'CLOUDFLARENET'],
    ['1.0.0.255', 13335, 'US', 'CLOUDFLARENET'],
    ['1.0.2.9', null, null, undefined], // not routed
    ['14.0.128.1', 4766, 'KR', 'KIXS-AS-KR Korea Telecom'],
    ['2001:200:0:8002::1', 2500, 'JP', 'WIDE-BB WIDE Project'],
    ['10.200.0.1', 64500, 'JP', 'Example Wide'],
    ['10.1.0.1', 64501, 'DE', 'Example, Nested'],
    ['10.1.2.1', 64502, null, 'Innermost'],
    ['10.1.2.200', 64503, null, 'Deeper still'],
    ['10.1.3.0', 64501, 'DE', 'Example, Nested'], // after the nested /24, back in the /16
    ['10.2.0.0', 64500, 'JP', 'Example Wide'],
    ['192.0.2.7', 64504, 'NL', 'one host'],
    ['192.0.2.8', null, null, undefined],
    ['::ffff:14.0.0.1', 4766, 'KR', 'KIXS-AS-KR Korea Telecom'],
    ['2001:db8:1::5', 64505, 'FR', 'v6 documentation'],
    ['11.0.0.0', null, null, undefined],
    ['not an ip', null, null, undefined],
  ];
  for (const [ip, asn, country, org] of cases) {
    const info = table.lookup(ip);
    if (org === undefined) assert.equal(info, undefined, ip);
    else assert.deepEqual(info, { asn, country, org }, ip);
  }
});

test('malformed lines are reported with their numbers; a table in another format is refused', () => {
  const { table, problems, problemCount } = parseIpInfoTable(['1.0.0.0\t1.0.0.255\t13335\tUS\tX', 'nonsense,1,US,x', '5.5.5.5\t5.5.5.1\t1\tUS\tbackwards', '6.0.0.0/8,ASX,US,x', '7.0.0.0/8,7,US,ok', '8.0.0.0/8,8,US,ok', '9.0.0.0/8,9,US,ok'].join('\n'));
  assert.equal(problemCount, 3);
  assert.deepEqual(problems.map((p) => p.line), [2, 3, 4]);
  assert.equal(table.lookup('7.1.1.1')?.asn, 7);
  assert.throws(() => parseIpInfoTable('{"json": "is not a table"}\n{"x": 1}\n'), /lines are not/);
});

test('addresses become numbers the same way whatever their spelling', () => {
  assert.equal(toNumber('0.0.0.1')?.value, 1n);
  assert.equal(toNumber('::1')?.value, 1n);
  assert.equal(toNumber('::ffff:0.0.1.0')?.value, 256n);
  assert.equal(toNumber('::ffff:0.0.1.0')?.family, 4);
  assert.equal(toNumber('2001:db8::1')?.value, toNumber('2001:0db8:0000:0000:0000:0000:0000:0001')?.value);
  assert.equal(toNumber('64:ff9b::1.2.3.4')?.value, toNumber('64:ff9b::102:304')?.value);
  assert.equal(toNumber('1.2.3'), undefined);
});
