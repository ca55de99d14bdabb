import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainHostEnd } from './plain-host.js';

/**
 * plainHostEnd's promise: where it gives an end, the URL parser reads the host as the text there, lower-cased; and it
 * gives one for every host of letters, digits and `-` in dotted labels whose last label starts with a letter.
 */
test('a plain host is what the URL parser reads as that host, lower-cased (edges and generated)', () => {
  const hosts = ['example.com', 'Example.COM', 'a-b.c', 'x', 'example.com.', '.a', 'a..b', 'a.1', 'a.1b', 'a.-b', 'a.b-', '1a.b', 'xn--p1ai', 'a.XN--p1ai',
    'aXn--b.c', 'a--b.c', 'u@h', 'h:80', 'h%41', 'h\\x', 'h b', 'é.com', 'a_b.c', ''];
  const rests = ['', '/', '/x', '?q', '#f', ':', '.', ' ', '\\'];
  let plain = 0;
  for (const head of ['http://', 'https://']) {
    for (const host of hosts) {
      for (const rest of rests) {
        const text = `${head}${host}${rest}`;
        const end = plainHostEnd(text, head.length);
        const shape = /^(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*$/i.test(host) && !/xn--/i.test(host) && (rest === '' || '/?#'.includes(rest[0]!));
        assert.equal(end >= 0, shape, text);
        if (end < 0) continue;
        plain++;
        assert.equal(new URL(text).hostname, text.slice(head.length, end).toLowerCase(), text);
      }
    }
  }
  assert.ok(plain > 50, `${plain} plain`);
});
