import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AhoCorasick } from './aho-corasick.js';

/** Every (pattern, start) pair found by plain indexOf, the reference the automaton must agree with. */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${i}@${at}`);
  });
  return out.sort();
}

function found(patterns: string[], text: string): string[] {
  const out: string[] = [];
  new AhoCorasick(patterns).search(text, (i, at) => out.push(`${i}@${at}`));
  return out.sort();
}

test('finds every occurrence, overlapping and nested, as indexOf would', () => {
  const cases: [string[], string][] = [
    [['he', 'she', 'his', 'hers'], 'ushers'],
    [['a', 'aa', 'aaa'], 'aaaa'],
    [['trendmicro', 'micro', 'ウイルスバスター', 'バスター'], 'xxトレンドウイルスバスターtrendmicrox'],
    [['abc', ''], 'abcabc'],
    [['x'], ''],
  ];
  for (const [patterns, text] of cases) assert.deepEqual(found(patterns, text), naive(patterns, text), `${patterns} in ${text}`);
});

test('agrees with indexOf on random patterns and texts over a small alphabet (dense-table letters, other ASCII, kana)', () => {
  let seed = 7;
  const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
  const word = (max: number) => Array.from({ length: 1 + random(max) }, () => 'abcAア'[random(5)]).join('');
  for (let round = 0; round < 1000; round++) {
    const patterns = Array.from({ length: 1 + random(8) }, () => word(4));
    const text = word(40);
    assert.deepEqual(found(patterns, text), naive(patterns, text), `${patterns.join(',')} in ${text}`);
  }
});

test('reports matches in order of their end position, and a pattern given twice under both indices', () => {
  const patterns = ['he', 'she', 'his', 'hers', 'he', 'e'];
  const ends: number[] = [];
  const hits: string[] = [];
  new AhoCorasick(patterns).search('ushershishe', (i, at) => {
    ends.push(at + patterns[i]!.length);
    hits.push(`${i}@${at}`);
  });
  assert.deepEqual(ends, [...ends].sort((a, b) => a - b));
  assert.deepEqual(hits.filter((h) => h.startsWith('0@') || h.startsWith('4@')).sort(), ['0@2', '0@9', '4@2', '4@9']);
});
