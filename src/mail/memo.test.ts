import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BoundedMemo, ownString } from './memo.js';

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

test('ownString: the same text, for every length and kind of string (cut, joined, two-byte, lone surrogates)', () => {
  const long = `${'header: value\r\n'.repeat(200)}Subject: ü 日本語 \ud83d\ude00 \ud800 end`;
  const texts = ['', 'a', 'twelve chars', 'thirteen char', long, long.slice(3, 16), long.slice(100, 3000), long.slice(-20), `${long.slice(5, 40)}${long.slice(50, 90)}`, '\ud800'.repeat(20)];
  for (const text of texts) assert.equal(ownString(text), text);
});

test('ownString: a key cut from a long text does not keep the text alive in a memory (BoundedMemo)', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const used = (): number => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  // 40 texts of 1 MB, a 40-character host name cut from each and remembered: with the cut strings themselves the
  // memory keeps all 40 MB (V8's views of the texts), with ownString's copies a few kilobytes.
  const rememberCuts = (memo: { set(key: string, value: boolean): boolean }): number => {
    const before = used();
    for (let i = 0; i < 40; i++) {
      const text = `${String(i).padStart(4, '0')}${'x'.repeat(1 << 20)}`;
      memo.set(text.slice(0, 40), true);
    }
    return used() - before;
  };
  const views = new Map<string, boolean>();
  const heldByViews = rememberCuts({ set: (key, value) => (views.set(key, value), value) });
  const memo = new BoundedMemo<string, boolean>(100);
  const heldByMemo = rememberCuts(memo);
  assert.ok(heldByViews > 30 * (1 << 20), `the control keeps the texts: ${heldByViews} bytes`);
  assert.ok(heldByMemo < 4 * (1 << 20), `the memory keeps only its keys: ${heldByMemo} bytes`);
  assert.equal(memo.size, 40);
  assert.equal(memo.get(`0007${'x'.repeat(36)}`), true);
  assert.equal(views.size, 40);
});
