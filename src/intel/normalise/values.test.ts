import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isProxyEmail, isProxyName, isProxyPhone, isRedactionPhrase } from './privacy.js';
import { normaliseAddress, normaliseEmail, normaliseName, normaliseOrganisation, normalisePhone, normaliseRegistrar } from './values.js';

test('phones: ICANN, national and spaced spellings are one E.164 number', () => {
  const rows: [string, string | undefined, string][] = [
    ['+81.368901234', undefined, '+81368901234'],
    ['03-6890-1234', 'JP', '+81368901234'],
    ['+81 3 6890 1234', undefined, '+81368901234'],
    ['０３－６８９０－１２３４', 'JP', '+81368901234'],
    ['tel:+81-3-6890-1234', undefined, '+81368901234'],
    ['16502530000', 'US', '+16502530000'],
    ['16502530000', 'JP', '+16502530000'], // JPRS writes foreign numbers with their country code, no +
    ['+1.4805058800 ext. 12', undefined, '+14805058800'],
  ];
  for (const [raw, cc, want] of rows) assert.equal(normalisePhone(raw, cc)?.key, want, `${raw} (${cc})`);
  assert.equal(normalisePhone('12', 'JP'), undefined);
  assert.deepEqual(normalisePhone('+999.12345678'), { key: '+99912345678', valid: false });
});

test('e-mails: case and plus-tags', () => {
  assert.equal(normaliseEmail('Taro.Yamada+whois@Example.JP'), 'taro.yamada@example.jp');
  assert.equal(normaliseEmail('mailto:<a@b.example>'), 'a@b.example');
  assert.equal(normaliseEmail('not an address'), undefined);
});

test('names: order, spacing, width', () => {
  assert.equal(normaliseName('YAMADA,  Taro'), normaliseName('Ｔａｒｏ Yamada'));
  assert.equal(normaliseName('山田　太郎'), normaliseName('山田太郎'));
  assert.equal(normaliseName('ﾔﾏﾀﾞ ﾀﾛｳ'), 'ヤマダタロウ');
  assert.notEqual(normaliseName('Taro Yamada'), normaliseName('Jiro Yamada'));
});

test('organisations and registrars lose legal forms', () => {
  assert.equal(normaliseOrganisation('Example Co., Ltd.'), normaliseOrganisation('EXAMPLE'));
  assert.equal(normaliseOrganisation('株式会社サンプル'), normaliseOrganisation('サンプル株式会社'));
  assert.equal(normaliseRegistrar('MarkMonitor Inc. (R151-LRMS)'), 'markmonitor');
});

test('addresses: width, punctuation and spacing do not matter; house numbers do', () => {
  const a = normaliseAddress({ street: ['１－２－３ Shibuya'], city: 'Shibuya-ku', postalCode: '150-0002', countryCode: 'jp' });
  const b = normaliseAddress({ street: ['1-2-3  Shibuya,'], city: 'Shibuya-ku.', postalCode: '1500002', countryCode: 'JP' });
  assert.equal(a, b);
  assert.notEqual(a, normaliseAddress({ street: ['1-2-4 Shibuya'], city: 'Shibuya-ku', postalCode: '150-0002', countryCode: 'JP' }));
  assert.equal(normaliseAddress({ street: ['東京都 渋谷区', '渋谷１－２－３'] }), normaliseAddress({ street: ['東京都渋谷区渋谷1-2-3'] }));
});

test('privacy and redaction values are recognised', () => {
  for (const v of ['REDACTED FOR PRIVACY', '[[REDACTED]]', 'Data Protected', 'Not Disclosed - Visit www.internet.ee', 'Redacted | EU Data Subject', '非公開'])
    assert.ok(isRedactionPhrase(v), v);
  for (const v of ['Domains By Proxy, LLC', 'WhoisGuard Protected', 'Whois情報公開代行', 'Super Privacy Service LTD c/o Dynadot', 'Contact Privacy Inc. Customer 0123'])
    assert.ok(isProxyName(v), v);
  assert.ok(isProxyEmail('abc123@domainsbyproxy.com'));
  assert.ok(isProxyEmail('x@mail.whoisguard.com'));
  assert.ok(!isProxyEmail('taro@example.jp'));
  assert.ok(isProxyPhone('+14806242599'));
  assert.ok(!isRedactionPhrase('Taro Yamada'));
  assert.ok(!isProxyName('Example Widgets Ltd'));
});
