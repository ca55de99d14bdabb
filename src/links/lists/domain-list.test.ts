import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import assert from 'node:assert/strict';
import { DomainList } from './domain-list.js';
import { prng } from '../../test-support/campaign-corpus.js';

/** DomainList.match as it was written before the suffix hashes (session 11): every candidate suffix cut out and looked up. */
function oldMatch(hosts: Set<string>, withPath: Map<string, string[]>, maxLabels: number, host: string, pathname = '/'): string | undefined {
  const lower = host.toLowerCase();
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  let start = 0;
  for (let end = name.length, n = 0; n < maxLabels; n++) {
    const dot = name.lastIndexOf('.', end - 1);
    if (dot < 0) {
      start = 0;
      break;
    }
    start = dot + 1;
    end = dot;
  }
  let lowerPath: string | undefined;
  for (;;) {
    const candidate = start === 0 ? name : name.slice(start);
    if (hosts.has(candidate)) return candidate;
    if (withPath.size > 0) {
      const prefixes = withPath.get(candidate);
      if (prefixes) {
        lowerPath ??= pathname.toLowerCase();
        const prefix = prefixes.find((p) => lowerPath!.startsWith(p));
        if (prefix) return candidate + prefix;
      }
    }
    const dot = name.indexOf('.', start);
    if (dot < 0) return undefined;
    start = dot + 1;
  }
}

/** The old list's state, built as `add` builds it. */
function oldList(entries: string[]): (host: string, path?: string) => string | undefined {
  const hosts = new Set<string>();
  const withPath = new Map<string, string[]>();
  let maxLabels = 1;
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase().replace(/^\*\./, '').replace(/^https?:\/\//, '');
    if (!entry || entry.startsWith('#')) continue;
    const slash = entry.indexOf('/');
    const host = slash < 0 ? entry : entry.slice(0, slash);
    maxLabels = Math.max(maxLabels, host.split('.').length);
    if (slash < 0) hosts.add(entry.replace(/\.$/, ''));
    else withPath.set(host, [...(withPath.get(host) ?? []), entry.slice(slash)]);
  }
  return (host, path) => oldMatch(hosts, withPath, maxLabels, host, path);
}

test('DomainList.match answers as its old definition on generated lists and hosts (dots at the ends, empty labels, paths, capitals)', () => {
  const labels = ['a', 'b', 'ly', 'bit', 'com', 'co', 'uk', 'x', 'Bit', 'COM', '', 'docs', 'google', 'www', 'xn--80ak6aa92e'];
  const random = prng(11);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const name = (max: number): string => Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(labels)).join('.');
  for (let l = 0; l < 200; l++) {
    const entries = Array.from({ length: Math.floor(random() * 8) }, () => {
      const host = `${random() < 0.1 ? '*.' : ''}${random() < 0.1 ? '.' : ''}${name(4)}${random() < 0.1 ? '.' : ''}`;
      return random() < 0.3 ? `${host}/${pick(['forms', 'd', 'Forms/x', ''])}` : host;
    });
    const list = new DomainList('generated', entries);
    const old = oldList(entries);
    for (let h = 0; h < 60; h++) {
      const host = `${random() < 0.15 ? '.' : ''}${name(7)}${random() < 0.15 ? '.' : ''}${random() < 0.05 ? '.' : ''}`;
      const path = pick(['/', '/forms/abc', '/FORMS/x/y', '/d', '']);
      assert.equal(list.match(host, path), old(host, path), `${JSON.stringify(entries)} ${host} ${path}`);
    }
  }
});

test('DomainList.match of lists of different depths asked in turn about one host (the suffixes are read once per host)', () => {
  const labels = ['a', 'b', 'ly', 'bit', 'com', 'co', 'uk', 'x', 'Bit', '', 'docs', 'google', 'www'];
  const random = prng(23);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const name = (max: number): string => Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(labels)).join('.');
  for (let round = 0; round < 100; round++) {
    // Entries of 1 to 12 labels: lists of different depths (more than the 8 suffixes read at least, too), asked in any order.
    // Half of them restored as runtime/sender-tables.ts restores them (v8.deserialize, then the prototype): never `add`ed here.
    const lists = Array.from({ length: 4 }, (_, i) => {
      const entries = Array.from({ length: 1 + Math.floor(random() * 6) }, () => `${random() < 0.1 ? '.' : ''}${name(1 + ((i * 5 + round) % 12))}${random() < 0.2 ? '/forms' : ''}`);
      const made = new DomainList(`l${i}`, entries);
      const list = i % 2 === 0 ? made : (Object.setPrototypeOf(deserialize(serialize(made)), DomainList.prototype) as DomainList);
      return { list, old: oldList(entries) };
    });
    for (let h = 0; h < 40; h++) {
      const host = `${random() < 0.15 ? '.' : ''}${name(14)}${random() < 0.15 ? '.' : ''}`;
      const path = pick(['/', '/forms/abc', '/d']);
      for (const { list, old } of [...lists, ...lists.slice().reverse()]) assert.equal(list.match(host, path), old(host, path), `${list.name} ${host} ${path}`);
    }
  }
});

test('DomainList.match on the usual shapes', () => {
  const list = new DomainList('t', ['bit.ly', 'docs.google.com/forms', '*.example.top', 'a.b.c.d.e']);
  const cases: [string, string, string | undefined][] = [
    ['bit.ly', '/', 'bit.ly'], ['www.BIT.ly.', '/', 'bit.ly'], ['notbit.ly', '/', undefined], ['docs.google.com', '/forms/d/1', 'docs.google.com/forms'],
    ['docs.google.com', '/document', undefined], ['x.y.example.top', '/', 'example.top'], ['z.a.b.c.d.e', '/', 'a.b.c.d.e'], ['b.c.d.e', '/', undefined], ['', '/', undefined],
  ];
  for (const [host, path, expected] of cases) assert.equal(list.match(host, path), expected, host);
  const long = `${'a.'.repeat(1000)}bit.ly`;
  assert.equal(list.match(long), 'bit.ly');
});
