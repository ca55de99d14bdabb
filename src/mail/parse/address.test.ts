import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeDomain, parseAddressList } from './address.js';

test('address lists (RFC 5322 §3.4, table)', () => {
  const rows: { input: string; expected: [name: string, address: string, domain: string][] }[] = [
    { input: 'john@example.com', expected: [['', 'john@example.com', 'example.com']] },
    { input: 'John Doe <John@Example.COM>', expected: [['John Doe', 'John@example.com', 'example.com']] },
    { input: '"Doe, John" <j@x.example>, k@y.example', expected: [['Doe, John', 'j@x.example', 'x.example'], ['', 'k@y.example', 'y.example']] },
    { input: 'Doe, John <j@x.example>', expected: [['Doe, John', 'j@x.example', 'x.example']] },
    { input: '"quoted local"@example.com', expected: [['', '"quoted local"@example.com', 'example.com']] },
    { input: 'j@x.example (John Comment)', expected: [['John Comment', 'j@x.example', 'x.example']] },
    { input: 'A Group: a@x.example, B <b@y.example>; c@z.example', expected: [['', 'a@x.example', 'x.example'], ['B', 'b@y.example', 'y.example'], ['', 'c@z.example', 'z.example']] },
    { input: 'undisclosed-recipients:;', expected: [] },
    { input: '<@route.example,@r2.example:user@host.example>', expected: [['', 'user@host.example', 'host.example']] },
    { input: '=?utf-8?B?5bGx55Sw?= <yamada@example.jp>', expected: [['山田', 'yamada@example.jp', 'example.jp']] },
    { input: '"=?utf-8?B?5bGx55Sw?=" <yamada@example.jp>', expected: [['山田', 'yamada@example.jp', 'example.jp']] },
    { input: 'PayPal Service user@evil.example', expected: [['PayPal Service', 'user@evil.example', 'evil.example']] },
    { input: 'user@xn--bcher-kva.example', expected: [['', 'user@bücher.example', 'bücher.example']] },
    { input: 'MAILER-DAEMON', expected: [['', 'MAILER-DAEMON', '']] },
    { input: 'Just A Name', expected: [['Just A Name', '', '']] },
    { input: '<>', expected: [['', '', '']] },
    { input: 'a@b.example,,, ,c@d.example', expected: [['', 'a@b.example', 'b.example'], ['', 'c@d.example', 'd.example']] },
    { input: 'Unclosed <a@b.example', expected: [['Unclosed', 'a@b.example', 'b.example']] },
    { input: '"Unclosed quote <a@b.example>', expected: [['Unclosed quote', 'a@b.example', 'b.example']] },
  ];
  for (const row of rows) {
    const got = parseAddressList(row.input).map((a) => [a.name, a.address, a.domain]);
    assert.deepEqual(got, row.expected, row.input);
  }
});

test('IDN domains keep both forms', () => {
  assert.deepEqual(normalizeDomain('XN--BCHER-KVA.Example.'), { domain: 'bücher.example', asciiDomain: 'xn--bcher-kva.example' });
  assert.deepEqual(normalizeDomain('例え.テスト'), { domain: '例え.テスト', asciiDomain: 'xn--r8jz45g.xn--zckzah' });
  const [a] = parseAddressList('Name <info@ＥＸＡＭＰＬＥ.com>');
  assert.equal(a?.asciiDomain, 'example.com');
});
