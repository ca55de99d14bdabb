import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embeddedDestination } from './extract.js';
import { normaliseUrl } from './normalise.js';

// Which parameter's URL is the destination: known redirect names first (wherever they stand), then any other
// parameter whose value is a URL, each group in query order; the URL's own host never counts.
const cases: { url: string; param: string | undefined; host?: string }[] = [
  { url: 'https://t.example.com/c?x=https%3A%2F%2Fa.test%2F&url=https%3A%2F%2Fb.test%2F', param: 'url', host: 'b.test' },
  { url: 'https://t.example.com/c?x=https%3A%2F%2Fa.test%2F&y=https%3A%2F%2Fc.test%2F', param: 'x', host: 'a.test' },
  { url: 'https://t.example.com/c?q=https%3A%2F%2Fq.test%2F&URL=https%3A%2F%2Fu.test%2F', param: 'q', host: 'q.test' },
  { url: 'https://t.example.com/c?url=https%3A%2F%2Ft.example.com%2Fx&next=https%3A%2F%2Fn.test%2F', param: 'next', host: 'n.test' },
  { url: 'https://t.example.com/c?a=1&b=https%253A%252F%252Fdouble.test%252F', param: 'b', host: 'double.test' },
  { url: 'https://t.example.com/c?a=1;url=www.semi.test', param: 'url', host: 'www.semi.test' },
  { url: 'https://t.example.com/c?a=1&b=2', param: undefined },
  { url: 'https://t.example.com/c', param: undefined },
];

test('embeddedDestination: redirect parameter names before the rest, each in query order', () => {
  for (const { url, param, host } of cases) {
    const found = embeddedDestination(normaliseUrl(url)!);
    assert.equal(found?.param, param, url);
    if (host) assert.equal(found?.url.host, host, url);
  }
});

test('embeddedDestination: the page an AMP viewer or cache path carries, on any country domain of Google', () => {
  const rows: { url: string; href?: string }[] = [
    { url: 'https://www.google.co.uk/amp/tosuchapel.info/TUp4Uks1cDVE', href: 'http://tosuchapel.info/TUp4Uks1cDVE' },
    { url: 'https://google.jo/amp/s/rb.gy/dy6npe', href: 'https://rb.gy/dy6npe' },
    { url: 'https://google.vg/amp/s/innovatech.website?id=58958864278', href: 'https://innovatech.website/?id=58958864278' },
    { url: 'https://www.google.com.br/amp/s/evil.example/login', href: 'https://evil.example/login' },
    { url: 'https://evil-example.cdn.ampproject.org/c/s/evil.example/x', href: 'https://evil.example/x' },
    // Must not: Google's own AMP pages, another host's /amp/ path, Google pointing at itself, a look-alike host.
    { url: 'https://www.google.com/amp/' },
    { url: 'https://www.google.com/amp/news' },
    { url: 'https://news.example.com/amp/story.example/123' },
    { url: 'https://www.google.de/amp/s/www.google.com/maps' },
    { url: 'https://google.com.evil.example/amp/s/x.example/' },
  ];
  for (const { url, href } of rows) {
    const found = embeddedDestination(normaliseUrl(url)!);
    assert.equal(found?.url.href, href, url);
    if (href) assert.equal(found?.param, '(AMP path)', url);
  }
});
