import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { message } from './fixtures/message.js';
import { decodeSafely, normaliseUrl } from './normalise.js';
import { splitQuery } from './extract.js';
import { describeEncoding, findAddressInUrl, findRecipientInUrl, findUniqueTokens, recipientAddresses, recipientNeedles, shannonEntropy, urlComponents } from './tracking.js';
import { prng } from '../test-support/campaign-corpus.js';
import { cpuStopwatch } from '../test-support/cpu-time.js';

const VICTIM = 'victim@example.jp';
const needles = recipientNeedles([VICTIM, 'Victim.Name@Example.jp']);
const b64url = (s: string) => Buffer.from(s).toString('base64url');
const hash = (alg: string, s: string) => createHash(alg).update(s).digest('hex');

const found = (href: string) => findRecipientInUrl(normaliseUrl(href)!, needles);

test('the recipient address is found plain, URL-encoded, base64 at every alignment, hex and hashed', () => {
  const cases: [string, string, string][] = [
    [`https://x.example/c?email=${VICTIM}`, 'plain', 'query parameter `email`'],
    [`https://x.example/c?e=${encodeURIComponent(VICTIM)}`, 'plain', 'query parameter `e`'],
    [`https://x.example/c?e=${encodeURIComponent(encodeURIComponent(VICTIM))}`, 'plain', 'query parameter `e`'],
    [`https://x.example/u/${VICTIM.toUpperCase()}/`, 'plain', 'path segment 2'],
    [`https://x.example/c?id=${b64url(VICTIM)}`, 'base64', 'query parameter `id`'],
    [`https://x.example/c?id=${Buffer.from(VICTIM).toString('base64')}`, 'base64', 'query parameter `id`'],
    [`https://x.example/c?d=${b64url(`{"e":"${VICTIM}","c":42}`)}`, 'base64', 'query parameter `d`'],
    [`https://x.example/c?d=${b64url(`x{"e":"${VICTIM}"}`)}`, 'base64', 'query parameter `d`'],
    [`https://x.example/c?d=${b64url(`xy:${VICTIM}??>>`)}`, 'base64url', 'query parameter `d`'],
    [`https://x.example/c/${Buffer.from(VICTIM).toString('hex')}`, 'hex', 'path segment 2'],
    [`https://x.example/o/${hash('sha256', VICTIM)}/open.gif`, 'sha256', 'path segment 2'],
    [`https://x.example/o?h=${hash('md5', VICTIM).toUpperCase()}`, 'md5', 'query parameter `h`'],
    [`https://x.example/o?h=${hash('sha1', 'Victim.Name@Example.jp')}`, 'sha1', 'query parameter `h`'],
    [`https://x.example/o?h=${hash('sha1', 'victim.name@example.jp')}`, 'sha1', 'query parameter `h`'],
    [`https://x.example/track#${b64url(VICTIM)}`, 'base64', 'fragment'],
  ];
  for (const [href, encoding, where] of cases) {
    const match = found(href);
    assert.ok(match, href);
    assert.equal(match.encoding.replace('base64url', 'base64'), encoding.replace('base64url', 'base64'), href);
    assert.equal(match.where, where, href);
  }
  // base64 with `-`/`_` in the value is named base64url.
  assert.equal(found(`https://x.example/c?d=${b64url(`xy:${VICTIM}??>>`)}`)?.encoding, 'base64url');
  assert.equal(describeEncoding(found(`https://x.example/o/${hash('sha256', VICTIM)}`)!), `SHA-256 of ${VICTIM}`);
});

test('no recipient identifier in ordinary links', () => {
  for (const href of [
    'https://shop.example.com/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring2024',
    `https://x.example/c?id=${b64url('someone-else@example.jp')}`,
    `https://x.example/o/${hash('sha256', 'someone-else@example.jp')}`,
    'https://example.jp/',
  ]) {
    assert.equal(found(href), undefined, href);
  }
});

test('recipientAddresses takes To, Delivered-To and the envelope, as written and lower-cased', () => {
  const msg = message({ to: ['Victim@Example.jp', 'not an address'], deliveredTo: ['other@example.jp'], rcptTo: ['<env@example.jp>'] });
  assert.deepEqual(recipientAddresses(msg), ['Victim@Example.jp', 'victim@example.jp', 'other@example.jp', 'env@example.jp']);
});

test('unique tokens: long random values fire, campaign ids, slugs and static files do not', () => {
  const options = { minLength: 20, minEntropy: 3.5 };
  const tokens = (href: string) => findUniqueTokens(normaliseUrl(href)!, options).map((t) => t.where);
  assert.deepEqual(tokens('https://click.example.net/ls/click?upn=aZ3k9QpL2mX7vB1nR8tY4wE6uI0oP'), ['query parameter `upn`']);
  assert.deepEqual(tokens('https://t.example.net/c/3f2a9c0b7e4d4a1b9c8d7e6f5a4b3c2d/open'), ['path segment 2']);
  assert.deepEqual(tokens('https://t.example.net/c/550e8400-e29b-41d4-a716-446655440000'), ['path segment 2']);
  assert.deepEqual(tokens('https://shop.example.com/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring2024'), []);
  assert.deepEqual(tokens('https://shop.example.com/utm?utm_content=aZ3k9QpL2mX7vB1nR8tY4wE6uI0oP'), []);
  assert.deepEqual(tokens('https://shop.example.com/news/spring-sale-2024-newsletter-final'), []);
  assert.deepEqual(tokens('https://cdn.example.com/img/3f2a9c0b7e4d4a1b9c8d7e6f5a4b3c2d.png'), []);
  assert.deepEqual(tokens('https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1'), []);
});

test('findAddressInUrl finds any address, plain or base64 at any character offset, and nothing in random tokens', () => {
  const address = (href: string) => findAddressInUrl(normaliseUrl(href)!);
  assert.deepEqual(address('https://x.example/login.php?email=Someone@Example.com'), { address: 'someone@example.com', encoding: 'plain', where: 'query parameter `email`', value: 'Someone@Example.com' });
  assert.equal(address(`https://x.example/c?bra=${Buffer.from('rodrigo-f-p@hotmail.com\r\n395411').toString('base64')}`)?.address, 'rodrigo-f-p@hotmail.com');
  assert.equal(address(`https://x.example/activity.${Buffer.from('math.k@hotmail.com').toString('base64')}`)?.encoding, 'base64');
  assert.equal(address(`https://x.example/c?d=id${Buffer.from('a.b@example.org').toString('base64url')}`)?.address, 'a.b@example.org');
  assert.equal(address('https://x.example/c?upn=aZ3k9QpL2mX7vB1nR8tY4wE6uI0oPaZ3k9QpL2mX7vB1nR8tY4wE6uI0oP'), undefined);
  assert.equal(address('https://x.example/@user/posts'), undefined);
  const cpuMs = cpuStopwatch();
  address(`https://x.example/?a=${'@'.repeat(4000)}&b=${'A'.repeat(8000)}`);
  assert.ok(cpuMs() < 500);
});

test('shannonEntropy is its old definition (a Map over code points, summed in first-seen order), ASCII or not', () => {
  const old = (text: string): number => {
    const counts = new Map<string, number>();
    for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
      const p = n / text.length;
      bits -= p * Math.log2(p);
    }
    return bits;
  };
  const random = prng(3);
  const alphabet = 'aZ09_-+/=.~!$*xyzQ\u0000\u007f';
  for (let m = 0; m < 3000; m++) {
    const text = Array.from({ length: Math.floor(random() * 80) }, () => alphabet[Math.floor(random() * (m % 2 ? 4 : alphabet.length))]).join('');
    assert.equal(shannonEntropy(text), old(text), text);
  }
  for (const text of ['', 'é', 'aé\u{1f600}b', 'ab\ud800']) assert.equal(shannonEntropy(text), old(text), text);
});

test('findRecipientInUrl skips values shorter than every needle: the same match as searching every value, on generated URLs', () => {
  // Session 16's loop (every component, then the whole URL, each lower-cased and searched for every needle), the reference.
  const reference = (href: string) => {
    const url = normaliseUrl(href)!;
    const whole = findRecipientInUrl(url, needles, []);
    for (const { where, value } of urlComponents(url)) {
      const lower = value.toLowerCase();
      for (const needle of needles as readonly { text: string; caseSensitive: boolean }[]) {
        if ((needle.caseSensitive ? value : lower).includes(needle.text)) return findRecipientInUrl(url, needles, [{ where, value }]);
      }
    }
    return whole;
  };
  const random = prng(31);
  const pick = (options: string[]) => options[Math.floor(random() * options.length)]!;
  const forms = [VICTIM, encodeURIComponent(VICTIM), b64url(VICTIM), b64url(`x${VICTIM}`), hash('md5', VICTIM), hash('sha256', VICTIM).toUpperCase(), 'abc', 'victim', 'ab/cd', ''];
  let matches = 0;
  for (let k = 0; k < 3000; k++) {
    const path = Array.from({ length: Math.floor(random() * 4) }, () => pick(forms)).join('/');
    const query = Array.from({ length: Math.floor(random() * 3) }, (_, i) => `p${i}=${pick(forms)}`).join('&');
    const href = `https://t.example/${path}${query ? `?${query}` : ''}${random() < 0.2 ? `#${pick(forms)}` : ''}`;
    const expected = reference(href);
    if (expected) matches++;
    assert.deepEqual(findRecipientInUrl(normaliseUrl(href)!, needles), expected, href);
  }
  assert.ok(matches > 1000, `${matches} URLs carry the recipient`);
});

test('urlComponents and splitQuery read by loops are their old definitions (split, slice, filter, map) on generated URLs', () => {
  const oldSplitQuery = (query: string): [string, string][] => {
    if (!query) return [];
    return query
      .split(/[&;]/)
      .slice(0, 200)
      .filter(Boolean)
      .map((pair) => {
        const eq = pair.indexOf('=');
        return eq < 0 ? [decodeSafely(pair), ''] : [decodeSafely(pair.slice(0, eq)), pair.slice(eq + 1)];
      });
  };
  const oldSegments = (path: string): string[] => path.split('/').filter(Boolean).slice(0, 64);
  const random = prng(47);
  const alphabet = ['a', 'b', '=', '&', ';', '/', '%41', '%', 'é', '&&', '==', ';;', '//', 'x=y'];
  for (let k = 0; k < 3000; k++) {
    const length = k % 50 === 0 ? 600 : Math.floor(random() * 30);
    const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    assert.deepEqual(splitQuery(text), oldSplitQuery(text), text);
    const url = normaliseUrl(`https://t.example/${text.replace(/[?#]/g, '')}`);
    if (!url) continue;
    const segments = urlComponents(url).filter((c) => c.where.startsWith('path segment '));
    assert.deepEqual(segments.map((c) => c.where), oldSegments(url.path).map((_, i) => `path segment ${i + 1}`), url.path);
    const params = urlComponents(url).filter((c) => c.where.startsWith('query parameter '));
    assert.deepEqual(params.map((c) => [c.where, c.name]), oldSplitQuery(url.query).map(([name]) => [`query parameter \`${name}\``, name]), url.query);
  }
  // Past 200 pieces (empty ones counted) nothing more is read.
  assert.equal(splitQuery(`${'&'.repeat(199)}a=1&b=2`).length, 1);
  assert.equal(splitQuery(`${'&'.repeat(200)}a=1`).length, 0);
});
