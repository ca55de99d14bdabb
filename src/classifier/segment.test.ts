import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkText, MAX_SEGMENT_CHUNK, segmentWords } from './segment.js';
import { cpuStopwatch } from '../test-support/cpu-time.js';

test('Japanese text is segmented into words', () => {
  assert.deepEqual(segmentWords('今すぐ無料でダイエット'), ['今', 'すぐ', '無料', 'で', 'ダイエット']);
});

test('chunks never exceed the bound and cut at sentence ends when they can', () => {
  const sentence = 'これは長い文章のテストです。';
  const text = sentence.repeat(500);
  const chunks = chunkText(text);
  assert.ok(chunks.every((c) => c.length <= MAX_SEGMENT_CHUNK));
  assert.equal(chunks.join(''), text);
  assert.ok(chunks.slice(0, -1).every((c) => c.endsWith('。')));
  // No sentence end, no space: a hard cut, but never inside a surrogate pair.
  const emoji = '😀'.repeat(3000);
  const hard = chunkText(emoji);
  assert.equal(hard.join(''), emoji);
  assert.ok(hard.every((c) => c.length <= MAX_SEGMENT_CHUNK && !/^[\uDC00-\uDFFF]/.test(c)));
});

test('cost: 200,000 characters of unbroken Japanese segment in bounded time (ICU is quadratic per call)', () => {
  const text = '確定申告の還付金を受け取るには'.repeat(14_000).slice(0, 200_000);
  const cpuMs = cpuStopwatch();
  const words = segmentWords(text);
  assert.ok(words.length > 10_000);
  assert.ok(cpuMs() < 5_000, `took ${cpuMs()} CPU ms`);
});
