import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtmlEntities, normaliseUrl, parsedUrl, trimControlsAndSpace } from './normalise.js';
import { parseMessage } from '../mail/parse/index.js';
import { openSources } from '../mail/sources/index.js';
import { sharedData } from '../test-support/shared-data.js';

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

/** What the plain-URL reader must answer as the parser does: a URL in every plain shape and next to every rule's edge. */
const PLAIN_EDGES = [
  'http://example.com', 'https://example.com/', 'http://Example.COM/A?B#C', 'http://a.b.c.example.co.uk/x/y.html?u=1&v=%41#top',
  'http://example.com?x', 'http://example.com#f', 'http://example.com/?', 'http://example.com/#', 'http://example.com/p?#',
  'http://example.com/a?b?c/d#e?f', 'http://example.com/a#b#c', 'http://example.com:80/', 'http://example.com:/', 'http://u@example.com/',
  'http://u:p@example.com/', 'http://example.com./', 'http://example..com/', 'http://.example.com/', 'http:///example.com/', 'http://',
  'http://1.2.3.4/', 'http://example.1/', 'http://example.1a/', 'http://example.0x1/', 'http://0x7f.1/', 'http://example.-a/',
  'http://xn--bcher-kva.de/', 'http://a.xn--p1ai/', 'http://abxn--c.com/', 'http://ab--cd.com/', 'http://-a-.com/', 'http://localhost/',
  'http://example.com/./a', 'http://example.com/../a', 'http://example.com/a/..', 'http://example.com/a/.', 'http://example.com/.well-known/x',
  'http://example.com/a.b/c..d', 'http://example.com/%2e/', 'http://example.com/%2E%2e/a', 'http://example.com/a/%2E/b', 'http://example.com/%2E', 'http://example.com/a%2eb', 'http://example.com/%',
  'http://example.com/%zz', 'http://example.com/%41%42', 'http://example.com/a?x=/./../', 'http://example.com/a#/../', 'http://example.com\\a',
  'http://example.com/a\\b', 'http://example.com/a b', 'http://example.com/a\tb', 'http://exa\tmple.com/', 'http://example.com/"', "http://example.com/?'",
  'http://example.com/<>', 'http://example.com/`', 'http://example.com/{}', 'http://example.com/^|', 'http://example.com/[]', 'http://example.com/é',
  'http://exämple.com/', 'http://EXAMPLE.com', 'HTTP://example.com/', 'Https://example.com/', 'https:example.com', 'http:/example.com/',
  'ftp://example.com/', 'http://example.com/~a!$&()*+,;=:@', 'http://example.com//a//b', 'http://ex%61mple.com/', 'http://example.com?a=b#c',
  // An ACE label written in upper case is IDNA all the same (read plain before session 15: an IDN homograph not seen as one).
  'http://XN--80ak6aa92e.com/', 'https://Xn--bcher-kva.de/x', 'http://a.xN--p1ai/', 'http://XN--zz.com/', 'http://abXN--c.com/',
];

test('a plain http(s) URL read without the parser gives what the parser gives (generated and edge cases)', () => {
  const schemes = ['http://', 'https://', 'HTTP://', 'http:/', 'https:\\\\'];
  const hosts = ['example.com', 'Mail.Example.ORG', 'a-b.co.uk', 'x.y', 'example.com.', 'a..b', '1.2.3.4', 'h.9', 'h.9z', 'xn--bcher-kva.de', 'XN--BCHER-KVA.de', 'u@h.com', 'h.com:8080', 'h.com:', 'éx.com', ''];
  const rests = ['', '/', '/a', '/a/b.html', '/.', '/..', '/.x', '/x.', '?', '?q=1', '?a?b', '#', '#f', '#x#y', '%2e', '%2E', '%2', '%', '%41', ' ', '\t', '\\', '"', "'", '<', '`', '{', '^', '|', 'é', '@', ':', '//', '~!$&()*+,;=', '.'];
  let seed = 11;
  const random = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const inputs = [...PLAIN_EDGES];
  for (let m = 0; m < 20_000; m++) {
    let text = schemes[random(schemes.length)]! + hosts[random(hosts.length)]!;
    for (let k = random(6); k > 0; k--) text += rests[random(rests.length)]!;
    inputs.push(text);
  }
  let plain = 0;
  for (const input of inputs) {
    // The generated texts have no outer spaces, angle brackets or line breaks: normaliseUrl hands them on as they are.
    const expected = parsedUrl(input, false);
    assert.deepEqual(normaliseUrl(input), expected, input);
    if (/^https?:\/\/[a-z0-9.-]+(?:[/?#]|$)/i.test(input) && expected) plain++;
  }
  assert.ok(plain > 3000, `${plain} plain URLs`);
});

test('the plain-URL reader agrees with the parser on the links of real mail (Nazario phishing mbox)', async (t) => {
  const mbox = sharedData(t, 'phishing/phishing0.mbox');
  if (!mbox) return;
  let links = 0;
  for await (const item of openSources([mbox], { maxMessageBytes: 10_000_000 })) {
    if ('error' in item) continue;
    const msg = parseMessage(item.raw, { maxMessageBytes: 10_000_000, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 1_000_000 });
    const written = [...msg.htmlFacts.links.map((l) => l.href), ...(msg.text.match(/\bhttps?:\/\/[^\s<>"]+/g) ?? [])];
    for (const href of written) {
      const text = trimControlsAndSpace(href);
      if (!text || /[\r\n<]/.test(text) || /^url:/i.test(text) || text.length > 8192) continue;
      assert.deepEqual(normaliseUrl(text), parsedUrl(text, false), text);
      links++;
    }
  }
  assert.ok(links > 1000, `${links} links`);
});
