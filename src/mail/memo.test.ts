import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedMemo } from './memo.js';

test('BoundedMemo: remembers answers (false and empty ones too), forgets all at once when full, never holds more than max', () => {
  const memo = new BoundedMemo<string, boolean | string>(3);
  assert.equal(memo.get('a'), undefined);
  assert.equal(memo.set('a', false), false);
  assert.equal(memo.get('a') ?? 'computed again', false);
  memo.set('b', '');
  memo.set('c', 'C');
  assert.deepEqual([memo.size, memo.get('b'), memo.get('c')], [3, '', 'C']);
  // A fourth key forgets the three before it.
  memo.set('d', 'D');
  assert.deepEqual([memo.size, memo.get('a'), memo.get('d')], [1, undefined, 'D']);
  // A hostile stream of new keys: the memory never grows past max.
  for (let i = 0; i < 10_000; i++) {
    memo.set(`k${i}`, true);
    assert.ok(memo.size <= 3);
  }
});
