import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allMatches } from './all-matches.js';

const same = (re: RegExp, text: string): void => {
  const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  const before = re.lastIndex;
  const got = allMatches(re, text).map((m) => [m.index, ...m]);
  assert.deepEqual(got, expected, `/${re.source}/${re.flags} on ${JSON.stringify(text)}`);
  assert.equal(re.lastIndex, before, 'lastIndex put back');
};

test('allMatches gives what matchAll gives: words, captures, empty matches, surrogate pairs under u and without', () => {
  const texts = ['', 'a', 'send your full name, address and phone', 'x😀y😀', '😀', 'a\ud83dz', 'ab\nab\n', '\ud83d'];
  const patterns = [/[a-z]+/g, /(\w)(\w)?/g, /(?:)/g, /(?:)/gu, /x*/gu, /x*/g, /^/gm, /$/gm, /\b/g, /\p{L}*/gu, /[\s\S]/gu, /[\s\S]/g, /(?<=a)/g];
  for (const re of patterns) for (const text of texts) same(re, text);
});

test('allMatches starts at lastIndex as matchAll does and leaves it as it was', () => {
  const re = /\d/g;
  re.lastIndex = 3;
  same(re, '1234567');
  assert.equal(re.lastIndex, 3);
  const sticky = /a/gy;
  same(sticky, 'aaba');
});

test('allMatches matches with the pattern itself: no species copy is made (the copy is what loses its compiled code)', () => {
  let copies = 0;
  class Counted extends RegExp {
    static override get [Symbol.species](): RegExpConstructor {
      copies++;
      return RegExp;
    }
  }
  const re = new Counted('an?', 'g');
  [...'a banana'.matchAll(re)];
  assert.equal(copies, 1, 'matchAll copies (the premise)');
  assert.deepEqual(allMatches(re, 'a banana').map((m) => m.index), [0, 3, 5, 7]);
  assert.equal(copies, 1);
});

test('allMatches refuses a pattern without g, as matchAll does', () => {
  assert.throws(() => allMatches(/a/, 'a'), TypeError);
});
