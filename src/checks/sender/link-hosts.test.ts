import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { destinations, hostOf, someWrittenDestinationHost } from './link-hosts.js';

/** hostOf's definition: the URL parser's host name, lower case, or null. */
function parsed(href: string): string | null {
  if (!/^\s*https?:/i.test(href)) return null;
  try {
    return new URL(href.trim()).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

test('hostOf gives the URL parser\'s host on real shapes and on the edges the parser rewrites or refuses', () => {
  const hrefs = [
    'http://example.com', 'https://Example.COM/path?q=1#f', 'HTTPS://www.example.co.uk/', 'http://example.com.', 'http://example.com./x',
    'http://127.0.0.1/', 'http://0x7f.1/', 'http://1.2.3.4.5/', 'http://a.123/', 'http://a.0x1f/', 'http://123abc/', 'http://a.-1/',
    'http://user:pw@example.com/', 'http://example.com:8080/', 'http://example.com:99999/', 'http://ex%41mple.com/', 'http://exa\tmple.com/',
    'http://xn--nxasmq6b.com/', 'http://xn--a.com/', 'http://XN--A.com/', 'http://bücher.de/', 'http://.example.com/', 'http://a..b/', 'http://./',
    'http://', 'http:///x', 'http:example.com', 'http:/example.com', 'http:\\\\example.com\\x', 'http://example.com\\x', ' http://example.com',
    '\thttp://example.com/ ', 'http://example.com ', 'http://exa mple.com/', 'http://-a-.com/', 'http://a_b.com/', 'http://[::1]/', 'https:://x.com',
    'http://example.com?x', 'http://example.com#x', 'https://a.b.c.d.e.f.g/', 'http://a.b.c.1e/', 'http://a.b.09/',
    'http://XN--80ak6aa92e.com/', 'http://Xn--zz.com/', 'http://a.xN--p1ai/', 'http://a--b.com/', 'http://x--n.com/',
  ];
  for (const href of hrefs) assert.equal(hostOf(href), parsed(href), href);
  // Generated: a scheme, separators and host characters the parser treats specially, in random order.
  const heads = ['http://', 'https://', 'HTTP://', 'hTtPs://', 'http:/', 'http:', ' http://', 'http:\\\\', 'https:///'];
  const parts = ['a', 'b', 'Z', 'x', 'xn--', 'XN--', 'Xn--', '0', '1', '9', '0x', '.', '.', '-', '_', '@', ':', ':80', '/', '?', '#', '%20', '%41', '\\', ' ', '\t', '\n', 'é', 'ß', '[', ']', '!', '~', '*', 'com', '0.0', '.1'];
  let seed = 11;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  let plain = 0;
  for (let round = 0; round < 20_000; round++) {
    let href = heads[random(heads.length)]!;
    const n = 1 + random(8);
    for (let k = 0; k < n; k++) href += parts[random(parts.length)];
    const want = parsed(href);
    assert.equal(hostOf(href), want, JSON.stringify(href));
    if (want !== null && /^[a-z0-9.-]+$/.test(want)) plain++;
  }
  assert.ok(plain > 2000, `plain hosts: ${plain}`);
});

test('destinations: where the reader is sent, not what the client loads; unknown when a link cannot be read or there are too many', () => {
  const parse = (html: string, text = '') => {
    const parts = text
      ? ['Content-Type: multipart/alternative; boundary="b"', '', '--b', 'Content-Type: text/plain', '', text, '--b', 'Content-Type: text/html', '', html, '--b--', '']
      : ['Content-Type: text/html; charset=utf-8', '', html, ''];
    return parseMessage(new TextEncoder().encode(['From: a@sender.example', 'To: b@recipient.example', 'Subject: s', 'MIME-Version: 1.0', ...parts].join('\r\n')), DEFAULT_PARSE_OPTIONS);
  };
  const rows: { name: string; html: string; text?: string; want: string[] | undefined }[] = [
    { name: 'anchors and a form, not images or style sheets', html: '<img src="https://cdn.example.net/logo.png"><link rel="stylesheet" href="https://fonts.example.org/a.css"><a href="https://www.sender.example/a">a</a><form action="https://forms.sender.example/post"></form>', want: ['www.sender.example/a', 'forms.sender.example/post'] },
    { name: 'mailto, tel and fragments are nowhere to go', html: '<a href="mailto:help@sender.example">mail</a><a href="tel:+441234">call</a><a href="#top">top</a><a href="https://sender.example/">home</a>', want: ['sender.example/'] },
    { name: 'an address written out without a scheme in the shown text', html: '<p>Visit www.elsewhere.example/verify today</p><a href="https://sender.example/">home</a>', want: ['sender.example/', 'www.elsewhere.example/verify'] },
    { name: 'a URL only in the plain-text part', html: '<a href="https://sender.example/">home</a>', text: 'Go to https://other.example/x', want: ['sender.example/', 'other.example/x'] },
    { name: "a redirect on the sender's own host carries its target", html: '<a href="https://cgi.sender.example/ws/go.dll?RedirectToDomain&amp;DomainUrl=http%3A%2F%2F203.0.113.9%2Flogin">x</a>', want: ['cgi.sender.example/ws/go.dll', '203.0.113.9/login'] },
    { name: 'a target written into the path', html: '<a href="https://r.sender.example/r/https://elsewhere.example/x">x</a>', want: ['r.sender.example/r/https://elsewhere.example/x', 'elsewhere.example/'] },
    { name: 'a javascript: link is of unknown destination', html: '<a href="javascript:go()">x</a>', want: undefined },
    { name: 'a protocol-relative link is of unknown destination', html: '<a href="//elsewhere.example/x">x</a>', want: undefined },
    { name: 'more links than the limit', html: Array.from({ length: 6 }, (_, i) => `<a href="https://h${i}.example/">${i}</a>`).join(''), want: undefined },
  ];
  for (const row of rows) {
    const got = destinations(parse(row.html, row.text), 5);
    assert.deepEqual(got?.map((d) => `${d.host}${d.path}`), row.want, row.name);
  }
});

test('someWrittenDestinationHost: every host it offers is one of destinations()\' own, whenever destinations() has an answer', () => {
  const parse = (html: string, text: string) => {
    const parts = html
      ? ['Content-Type: multipart/alternative; boundary="b"', '', '--b', 'Content-Type: text/plain', '', text, '--b', 'Content-Type: text/html', '', html, '--b--', '']
      : ['Content-Type: text/plain; charset=utf-8', '', text, ''];
    return parseMessage(new TextEncoder().encode(['From: a@sender.example', 'To: b@recipient.example', 'Subject: s', 'MIME-Version: 1.0', ...parts].join('\r\n')), DEFAULT_PARSE_OPTIONS);
  };
  // [html, text, the hosts offered (in order)]
  const rows: [string, string, string[]][] = [
    ['', 'See https://Docs.Sender.example/a and www.other.example/b', ['docs.sender.example', 'www.other.example']],
    // destinations() gives no answer here (an ftp link is of unknown destination): ownLinksOnly's answer is undefined either way.
    ['', 'See https://docs.sender.example/a, ftp://files.example/c', ['docs.sender.example']],
    ['', 'Port and user: http://host.example:8080/x http://u:p@host2.example/ https://xn--nxasmq6b.example/', []],
    ['<p>Visit www.elsewhere.example/verify today</p>', 'Visit https://plain.example/', ['plain.example', 'www.elsewhere.example']],
    ['', 'No links at all, only an address a@b.example.', []],
    ['', 'A trailing dot http://example.com./x and a path-less https://example.org', ['example.org']],
  ];
  for (const [html, text, want] of rows) {
    const msg = parse(html, text);
    const offered: string[] = [];
    assert.equal(someWrittenDestinationHost(msg, 5, (host) => (offered.push(host), false)), false);
    assert.deepEqual(offered, want, text);
    const hosts = destinations(msg, 5)?.map((d) => d.host);
    if (hosts) for (const host of offered) assert.ok(hosts.includes(host), `${host} of ${text}`);
    else assert.ok(text.includes('ftp://'), `destinations() undefined for ${text}`);
  }
});
