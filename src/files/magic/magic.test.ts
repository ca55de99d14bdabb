import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doctypeAfterComments, sniff } from './index.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

test('a doctype after comments: the linear reading meets the pattern it replaced on generated heads', () => {
  const old = /^(<!--[\s\S]*?-->\s*)*<!doctype html/;
  let seed = 13;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = ['<!--', '-->', '<!-->', '<!---->', '--', '-', '>', ' ', '\n', 'x', '<!doctype html', '<!doctype htm', '<html>'];
  for (let n = 0; n < 5000; n++) {
    let head = '';
    // Short heads: the old pattern is exponential in the number of comments.
    for (let i = 0, count = n % 10; i < count; i++) head += pick(pieces);
    assert.equal(doctypeAfterComments(head), old.test(head), JSON.stringify(head));
  }
});

test('sniff: a run of comments with no doctype after it is text, at once (it was exponential)', () => {
  // Before: 20 '<!-- -->' took 9 ms and each one more doubled it; 256 of them (2 KB, the head sniffed) never finished.
  const cpuMs = cpuStopwatch();
  assert.equal(sniff(Buffer.from(`${'<!-- -->'.repeat(256)}x`)).kind, 'text');
  assert.equal(sniff(Buffer.from(`${'<!-- -->\n'.repeat(100)}<!DOCTYPE html><p>`)).kind, 'html');
  const ms = cpuMs();
  assert.ok(ms < 200, `${ms.toFixed(0)} ms of CPU`);
});
