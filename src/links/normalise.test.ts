import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtmlEntities, normaliseUrl, trimControlsAndSpace } from './normalise.js';

const cases: { input: string; href?: string; host?: string; domain?: string; obfuscations?: string[]; ip?: string; userinfo?: string; unicodeHost?: string }[] = [
  { input: 'http://www.bank.com@evil.net/login', host: 'evil.net', userinfo: 'www.bank.com', obfuscations: ['userinfo'] },
  { input: 'http:\\\\evil.com\\path', href: 'http://evil.com/path', obfuscations: ['backslash'] },
  { input: 'http://3232235777/', ip: '192.168.1.1', obfuscations: ['ip-decimal'] },
  { input: 'http://0x7f.0x0.0x0.0x1/', ip: '127.0.0.1', obfuscations: ['ip-hex'] },
  { input: 'http://0177.0.0.01/', ip: '127.0.0.1', obfuscations: ['ip-octal'] },
  { input: 'http://127.1/', ip: '127.0.0.1', obfuscations: ['ip-short'] },
  { input: 'http://93.184.216.34/x', ip: '93.184.216.34', obfuscations: [] },
  { input: 'http://[::ffff:127.0.0.1]/', ip: '::ffff:7f00:1', obfuscations: [] },
  { input: 'http://ex%61mple.com/', host: 'example.com', obfuscations: ['percent-host'] },
  { input: 'http://ｅｘａｍｐｌｅ。com/', host: 'example.com', obfuscations: ['fullwidth-host'] },
  { input: 'https://例え.jp/', host: 'xn--r8jz45g.jp', unicodeHost: '例え.jp', domain: 'xn--r8jz45g.jp' },
  { input: 'www.Example.co.jp/a', href: 'http://www.example.co.jp/a', domain: 'example.co.jp' },
  { input: '//cdn.example.net/x.png', href: 'http://cdn.example.net/x.png' },
  { input: '  <https://a.example.org/\n b>  ', href: 'https://a.example.org/b' },
  { input: 'https://user.github.io/page', domain: 'user.github.io' },
  { input: 'HTTPS://WWW.EXAMPLE.COM:443/A?b=C#D', href: 'https://www.example.com/A?b=C#D', domain: 'example.com' },
];

test('normaliseUrl undoes obfuscations and records them', () => {
  for (const c of cases) {
    const url = normaliseUrl(c.input);
    assert.ok(url, c.input);
    if (c.href) assert.equal(url.href, c.href, c.input);
    if (c.host) assert.equal(url.host, c.host, c.input);
    if (c.domain) assert.equal(url.domain, c.domain, c.input);
    if (c.ip) assert.equal(url.ip, c.ip, c.input);
    if (c.userinfo) assert.equal(url.userinfo, c.userinfo, c.input);
    if (c.unicodeHost) assert.equal(url.unicodeHost, c.unicodeHost, c.input);
    if (c.obfuscations) assert.deepEqual(url.obfuscations, c.obfuscations, c.input);
  }
});

test('normaliseUrl refuses what no browser opens and bounds length', () => {
  for (const input of ['', 'relative/path', 'http://', 'http://exa mple.com/', 'not a url']) assert.equal(normaliseUrl(input), undefined, input);
  const long = normaliseUrl(`data:text/html;base64,${'A'.repeat(100_000)}`, { maxLength: 100 });
  assert.equal(long?.truncated, true);
  assert.equal(long?.scheme, 'data');
  assert.equal(normaliseUrl('/login', { base: 'https://evil.example/' })?.href, 'https://evil.example/login');
  assert.equal(normaliseUrl('javascript:alert(1)')?.scheme, 'javascript');
});

test('decodeHtmlEntities decodes numeric and common named references', () => {
  assert.equal(decodeHtmlEntities('http://x.com/?a=1&amp;b=&#50;&#x33;&bogus;'), 'http://x.com/?a=1&b=23&bogus;');
});

test('trimControlsAndSpace is its pattern (every code unit below U+10000 at both ends, and inside)', () => {
  const pattern = (t: string) => t.replace(/^[\s\u0000-\u001f]+|[\s\u0000-\u001f]+$/g, '');
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [`${ch}a${ch}`, `${ch}${ch}`, `a${ch}b`]) assert.equal(trimControlsAndSpace(text), pattern(text), `U+${c.toString(16)}`);
  }
  for (const text of ['', ' ', '\t\n http://x.example/ \u3000', '\u0000', 'x']) assert.equal(trimControlsAndSpace(text), pattern(text));
});
