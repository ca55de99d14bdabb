import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyRegExp } from './lazy-regexp.js';

test('lazyRegExp: nothing is made before the first use, and once', () => {
  let calls = 0;
  const words = ['alpha', 'beta'];
  const get = lazyRegExp(() => {
    calls++;
    return new RegExp(`\\b(?:${words.join('|')})\\b`, 'giu');
  });
  assert.equal(calls, 0);
  const first = get();
  assert.equal(calls, 1);
  assert.equal(get(), first, 'the same object at every use');
  get();
  assert.equal(calls, 1);
});

test('lazyRegExp: the pattern made is the one the expression makes (source and flags kept)', () => {
  const eager = new RegExp('(?<![\\p{L}\\p{N}])(?:viewer|lecteur)', 'iuy');
  const get = lazyRegExp(() => new RegExp(eager.source, 'iuy'));
  assert.equal(get().source, eager.source);
  assert.equal(get().flags, 'iuy');
  assert.equal(lazyRegExp(() => /a/dgimsu)().flags, 'dgimsu');
});

test('lazyRegExp: a global pattern carries its lastIndex from use to use, as one module-level object did', () => {
  const get = lazyRegExp(() => new RegExp('a', 'g'));
  const plain = /a/g;
  const text = 'xaxa';
  assert.equal(get().exec(text)?.index, plain.exec(text)?.index);
  assert.equal(get().lastIndex, 2);
  assert.equal(get().exec(text)?.index, plain.exec(text)?.index);
  assert.equal(get().exec(text), plain.exec(text));
  assert.equal(get().lastIndex, 0);
});

test('lazyRegExp: an invalid pattern throws at its first use, not at load', () => {
  const get = lazyRegExp(() => new RegExp('(', 'u'));
  assert.throws(() => get(), SyntaxError);
});
