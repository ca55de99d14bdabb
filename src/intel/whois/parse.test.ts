import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWhoisDate } from '../record/dates.js';
import { parseWhoisText } from './parse.js';
import { decodeResponse } from './decode.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

const JPRS_JA = `[ JPRS database provides information on network administration. Its use is    ]
[ restricted to network administration purposes.                               ]
Domain Information: [ドメイン情報]
[Domain Name]                   VIRUS-CHECK.JP

[登録者名]                      山田　太郎
[Registrant]                    Taro Yamada

[Name Server]                   ns1.example-hosting.net
[Name Server]                   ns2.example-hosting.net
[Signing Key]                   

[登録年月日]                    2014/03/02
[有効期限]                      2015/03/31
[状態]                          Active
[最終更新]                      2014/04/01 01:05:03 (JST)

Contact Information: [公開連絡窓口]
[名前]                          山田　太郎
[Name]                          Taro Yamada
[Email]                         Taro.Yamada+jp@Example.NET
[Web Page]                       
[郵便番号]                      150-0002
[住所]                          東京都渋谷区
                                渋谷1-2-3
[Postal Address]                Shibuya-ku, Tokyo
                                1-2-3 Shibuya
[電話番号]                      03-6890-1234
[FAX番号]                       
`;

const ICANN = `Domain Name: VIRUS-ALERT-DESK.INFO
Registry Domain ID: D123-LRMS
Registrar WHOIS Server: whois.example-registrar.com
Updated Date: 2013-02-01T10:00:00Z
Creation Date: 2013-01-05T08:12:00Z
Registry Expiry Date: 2014-01-05T08:12:00Z
Registrar: Example Registrar, Inc.
Registrar IANA ID: 9999
Domain Status: clientTransferProhibited https://icann.org/epp#clientTransferProhibited
Registry Registrant ID: C42-LRMS
Registrant Name: Ichiro Suzuki
Registrant Organization:
Registrant Street: 4-5-6 Shinjuku
Registrant Street: Room 101
Registrant City: Shinjuku-ku
Registrant State/Province: Tokyo
Registrant Postal Code: 160-0022
Registrant Country: JP
Registrant Phone: +81.368901234
Registrant Phone Ext:
Registrant Fax:
Registrant Email: ichiro@example.org
Admin Name: Ichiro Suzuki
Admin Email: ichiro@example.org
Name Server: NS1.EXAMPLE-HOSTING.NET
Name Server: ns2.example-hosting.net.
DNSSEC: unsigned
>>> Last update of WHOIS database: 2013-02-02T00:00:00Z <<<
`;

const NOMINET = `
    Domain name:
        example.co.uk

    Registrant:
        Example Widgets Ltd

    Registrant's address:
        1 High Street
        London
        SW1A 1AA
        United Kingdom

    Registrar:
        Example Registrar Ltd [Tag = EXAMPLE]
        URL: http://www.example.net

    Relevant dates:
        Registered on: 14-Feb-1999
        Expiry date:  14-Feb-2015
        Last updated:  13-Jan-2014

    Name servers:
        ns1.example.net           192.0.2.1
        ns2.example.net
`;

const RIPE_HANDLES = `domain:       example.cz
registrant:   EX123
admin-c:      EX124
registered:   21.07.2000 15:21:00
changed:      18.05.2011 23:28:45
expire:       22.07.2014

contact:      EX123
org:          Example s.r.o.
name:         Jan Novak
address:      Vodickova 1
address:      Praha
e-mail:       jan@example.cz
phone:        +420.222333444

contact:      EX124
name:         Petr Svoboda
e-mail:       petr@example.cz
`;

test('JPRS bilingual record: Japanese first, public contact section, JST dates, continuation lines', () => {
  const r = parseWhoisText(JPRS_JA);
  assert.equal(r.format, 'jprs-ja');
  assert.equal(r.domain, 'virus-check.jp');
  assert.equal(r.created, '2014-03-02T00:00:00Z');
  assert.equal(r.updated, '2014-04-01T01:05:03+09:00');
  assert.equal(r.expires, '2015-03-31T00:00:00Z');
  assert.deepEqual(r.nameservers, ['ns1.example-hosting.net', 'ns2.example-hosting.net']);
  const registrant = r.contacts.find((c) => c.role === 'registrant');
  assert.equal(registrant?.name, '山田　太郎');
  const pub = r.contacts.find((c) => c.role === 'public');
  assert.equal(pub?.name, '山田　太郎');
  assert.equal(pub?.email, 'Taro.Yamada+jp@Example.NET');
  assert.equal(pub?.phone, '03-6890-1234');
  assert.equal(pub?.postalCode, '150-0002');
  assert.deepEqual(pub?.street, ['東京都渋谷区', '渋谷1-2-3']); // [住所] first; [Postal Address] repeats it in English
  assert.equal(pub?.fax, undefined);
  assert.equal(r.status, 'registered');
});

test('ICANN key/value record: every registrant field, repeated streets, name servers normalised', () => {
  const r = parseWhoisText(ICANN);
  assert.equal(r.format, 'icann');
  assert.equal(r.domain, 'virus-alert-desk.info');
  assert.equal(r.domainId, 'D123-LRMS');
  assert.equal(r.created, '2013-01-05T08:12:00Z');
  assert.equal(r.registrar?.name, 'Example Registrar, Inc.');
  assert.equal(r.registrar?.id, '9999');
  assert.equal(r.referral?.whois, 'whois.example-registrar.com');
  assert.deepEqual(r.statuses, ['clientTransferProhibited']);
  const c = r.contacts.find((x) => x.role === 'registrant')!;
  assert.deepEqual(
    { handle: c.handle, name: c.name, street: c.street, city: c.city, state: c.state, zip: c.postalCode, cc: c.countryCode, phone: c.phone, email: c.email, org: c.organization },
    { handle: 'C42-LRMS', name: 'Ichiro Suzuki', street: ['4-5-6 Shinjuku', 'Room 101'], city: 'Shinjuku-ku', state: 'Tokyo', zip: '160-0022', cc: 'JP', phone: '+81.368901234', email: 'ichiro@example.org', org: undefined },
  );
  assert.deepEqual(r.nameservers, ['ns1.example-hosting.net', 'ns2.example-hosting.net']);
});

test('Nominet layout: headers with indented values, registrar tag removed, name servers with addresses', () => {
  const r = parseWhoisText(NOMINET);
  assert.equal(r.domain, 'example.co.uk');
  assert.equal(r.contacts.find((c) => c.role === 'registrant')?.name, 'Example Widgets Ltd');
  assert.deepEqual(r.contacts.find((c) => c.role === 'registrant')?.street, ['1 High Street', 'London', 'SW1A 1AA', 'United Kingdom']);
  assert.equal(r.registrar?.name, 'Example Registrar Ltd');
  assert.equal(r.registrar?.url, 'http://www.example.net');
  assert.equal(r.created, '1999-02-14T00:00:00Z');
  assert.equal(r.updated, '2014-01-13T00:00:00Z');
  assert.deepEqual(r.nameservers, ['ns1.example.net', 'ns2.example.net']);
});

test('RIPE-style contact objects are found by handle', () => {
  const r = parseWhoisText(RIPE_HANDLES);
  assert.equal(r.created, '2000-07-21T15:21:00Z');
  const reg = r.contacts.find((c) => c.role === 'registrant')!;
  assert.equal(reg.name, 'Jan Novak');
  assert.equal(reg.organization, 'Example s.r.o.');
  assert.equal(reg.email, 'jan@example.cz');
  assert.equal(reg.phone, '+420.222333444');
  assert.equal(r.contacts.find((c) => c.role === 'admin')?.email, 'petr@example.cz');
});

test('"not found" answers are available and name the queried domain', () => {
  const r = parseWhoisText('No match for "U34JEDZCQ.COM".\n>>> Last update of whois database: Wed, 22 Jan 2014 22:08:21 UTC <<<\n');
  assert.equal(r.status, 'available');
  assert.equal(r.domain, 'u34jedzcq.com');
  assert.equal(parseWhoisText('[ JPRS ]\nNo match!!\n').status, 'available');
});

test('dates in the layouts registries write', () => {
  const cases: [string, string | undefined][] = [
    ['2013-06-02T12:16:24Z', '2013-06-02T12:16:24Z'],
    ['2013/06/01 01:05:07 (JST)', '2013-06-01T01:05:07+09:00'],
    ['14-Feb-1999', '1999-02-14T00:00:00Z'],
    ['30.05.2005', '2005-05-30T00:00:00Z'],
    ['20130601', '2013-06-01T00:00:00Z'],
    ['2010-08-10 16:43:38 +03:00', '2010-08-10T16:43:38+03:00'],
    ['2013年6月1日', '2013-06-01T00:00:00+09:00'],
    ['31.02.2013', undefined],
    ['soon', undefined],
  ];
  for (const [input, want] of cases) assert.equal(parseWhoisDate(input), want, input);
});

test('hostile input: bounded, linear, never throws', () => {
  const long = 'Registrant Name: ' + 'A'.repeat(5_000_000);
  const cpuMs = cpuStopwatch();
  const r = parseWhoisText(long);
  assert.ok(r.warnings.some((w) => /cut at/.test(w)));
  const manyLines = Array.from({ length: 200_000 }, (_, i) => `Name Server: ns${i}.example.com`).join('\n');
  const r2 = parseWhoisText(manyLines);
  assert.ok(r2.nameservers.length <= 64);
  assert.ok(r2.warnings.some((w) => /lines/.test(w)));
  const brackets = '[' + '['.repeat(100_000) + ']]]: :::'.repeat(10_000);
  parseWhoisText(brackets);
  parseWhoisText('\u0000\uFFFF\r\r\n\t:\n[]\n: :\n');
  assert.ok(cpuMs() < 10_000, 'pathological inputs parse in bounded time');
});

test('responses in Japanese legacy charsets are decoded', () => {
  const text = '[登録者名]                      山田太郎\n';
  // 山田 in EUC-JP is BB B3 C5 C4; in Shift_JIS 8E 52 93 63
  assert.equal(decodeResponse(new Uint8Array([0xbb, 0xb3, 0xc5, 0xc4, 0xbb, 0xb3, 0xc5, 0xc4, 0xbb, 0xb3, 0xc5, 0xc4])), '山田山田山田');
  assert.equal(decodeResponse(Buffer.from(text, 'utf8')), text);
});
