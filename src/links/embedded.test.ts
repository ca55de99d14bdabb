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
