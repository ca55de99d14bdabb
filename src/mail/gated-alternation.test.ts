import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prng } from '../test-support/campaign-corpus.js';
import { gatedAlternation, lazyGate, writtenAlternation, type GatedPart } from './gated-alternation.js';

/** Session 66 (issue 18, helper regex67): a written alternation run as gated parts gives its match — leftmost, earlier part on a tie. */
const PARTS: GatedPart[] = [
  { source: 'ab(?:c|cd)', gates: [/ab/] },
  { source: 'abcd|b', gates: [/b/] }, // at "abcd" the first part's "abc" wins (earlier part, same place); "b" may win an earlier place
  { source: 'x+y|(z)z', gates: [/y|zz/] },
  { source: '\\bq\\w*', gates: [lazyGate(() => /q/)] },
];

test('gatedAlternation: the written alternation\'s match on written and seeded texts; a skipped part never made', () => {
  const written = writtenAlternation(PARTS);
  const split = gatedAlternation(PARTS);
  const same = (text: string): void => {
    const a = written.exec(text);
    const b = split(text);
    assert.deepEqual(b && { index: b.index, text: b[0] }, a && { index: a.index, text: a[0] }, JSON.stringify(text));
  };
  for (const text of ['abcd', 'xabcd', 'b abc', 'xxy zz', 'qua abcd', 'nothing', '', 'zz ab', 'a b c d']) same(text);
  assert.equal(split('abcd')?.[0], 'abc');
  assert.equal(split('zz ab')?.[0], 'zz');
  const next = prng(67);
  const letters = 'abcdqxyz ';
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const length = Math.floor(next() * 14);
    for (let i = 0; i < length; i++) text += letters[Math.floor(next() * letters.length)];
    same(text);
  }
});

test('gatedAlternation: a part whose gate fails is neither run nor made', () => {
  let made = 0;
  const split = gatedAlternation([
    { source: 'a', gates: [/a/] },
    { source: 'b', gates: [{ test: () => false }] },
  ]);
  const real = RegExp;
  // Count the patterns made through the constructor the module calls.
  globalThis.RegExp = new Proxy(real, { construct: (t, args: [string, string]) => (made++, new t(...args)) });
  try {
    assert.equal(split('b')?.[0], undefined);
    assert.equal(made, 0);
    assert.equal(split('ab')?.[0], 'a');
    assert.equal(made, 1);
  } finally {
    globalThis.RegExp = real;
  }
});

test('gatedAlternation: `prepare` rewrites a part\'s source when the part first runs, not when the alternation is made', () => {
  const prepared: string[] = [];
  const split = gatedAlternation([
    { source: 'A', gates: [/a/] },
    { source: 'B', gates: [/b/] },
  ], { prepare: (source) => (prepared.push(source), source.toLowerCase()) });
  assert.deepEqual(prepared, []);
  assert.equal(split('xb')?.[0], 'b');
  assert.deepEqual(prepared, ['B']);
  assert.equal(split('ab')?.[0], 'a');
  split('ab');
  assert.deepEqual(prepared, ['B', 'A']);
});
