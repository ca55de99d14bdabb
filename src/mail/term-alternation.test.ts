import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termAlternation } from './term-alternation.js';

/** The flat list termAlternation stands for: each term escaped, its blanks `\s+`, in the list's order. */
const flat = (terms: readonly string[]): string => terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** Every match (where and what) of `source` in `text`, as the callers' exec loops read them. */
function matches(source: string, text: string): [number, string][] {
  const re = new RegExp(source, 'gu');
  const out: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

test('termAlternation: the shared beginnings taken out, the terms tried in their order', () => {
  const rows: { terms: string[]; expected: string }[] = [
    { terms: ['prize', 'prizes', 'premio'], expected: 'pr(?:ize(?:|s)|emio)' },
    { terms: ['gift card', 'gift set', 'voucher'], expected: 'gift\\s+(?:card|set)|voucher' },
    // A term that ends where others go on keeps its place between them.
    { terms: ['abx', 'a', 'aby'], expected: 'a(?:bx||by)' },
    { terms: ['ギフト券', 'ギフトカード', 'a.b', '$5'], expected: 'ギフト(?:券|カード)|a\\.b|\\$5' },
    { terms: ['😀a', '😀b'], expected: '😀(?:a|b)' },
    // A term alone below a branch is written out whole, its syntax escaped (session 46: no level per character).
    { terms: ['a(b)c d', 'ax|y\\'], expected: 'a(?:\\(b\\)c\\s+d|x\\|y\\\\)' },
    { terms: ['only one. term?'], expected: 'only\\s+one\\.\\s+term\\?' },
  ];
  for (const row of rows) assert.equal(termAlternation(row.terms), row.expected, row.terms.join(', '));
});

test('termAlternation: the same matches as the flat list, a whole-word look-around around it too', () => {
  const alphabet = ['a', 'b', 'ab', ' ', 'c', '.', 'é', 'ギ'];
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const word = (): string => Array.from({ length: 1 + next(4) }, () => alphabet[next(alphabet.length)]).join('').trim() || 'a';
  for (let round = 0; round < 400; round++) {
    const terms = Array.from({ length: 2 + next(8) }, word);
    const text = Array.from({ length: 40 }, () => ['a', 'b', 'c', ' ', '  ', '.', 'é', 'ギ', '\n'][next(9)]).join('');
    assert.deepEqual(matches(termAlternation(terms), text), matches(flat(terms), text), `${JSON.stringify(terms)} in ${JSON.stringify(text)}`);
    const around = (alt: string): string => `(?<![\\p{L}\\p{N}@.])(?:${alt})(?![\\p{L}\\p{N}@]|\\.\\p{L})`;
    assert.deepEqual(matches(around(termAlternation(terms)), text), matches(around(flat(terms)), text), `whole words: ${JSON.stringify(terms)} in ${JSON.stringify(text)}`);
  }
});

test('termAlternation: a blank other than a space is refused (it would match where `\\s+` does)', () => {
  assert.throws(() => termAlternation(['gift\tcard']), /blank other than/);
  assert.throws(() => termAlternation(['gift\u00a0card']), /blank other than/);
  assert.doesNotThrow(() => termAlternation(['gift card']));
});
