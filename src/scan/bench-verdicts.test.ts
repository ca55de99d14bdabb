import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRecords, reduceRecord, type VerdictRecord } from '../../bench/verdicts.js';

const rec = (source: string, verdict: string, score = 0, ids: string[] = []): VerdictRecord => ({ source, verdict, score, ids });

test('a scan record is reduced to source relative to its corpus, verdict, rounded score and sorted unique ids', () => {
  const line = JSON.stringify({
    source: '/data/corpus/spam-2/0001.txt',
    verdict: 'spam',
    score: 7.123456,
    findings: [{ id: 'B_RULE' }, { id: 'A_RULE' }, { id: 'B_RULE' }],
  });
  assert.deepEqual(reduceRecord(line, '/data/corpus'), rec('spam-2/0001.txt', 'spam', 7.12, ['A_RULE', 'B_RULE']));
  assert.deepEqual(reduceRecord(JSON.stringify({ source: '/data/corpus/x.eml', error: 'too large' }), '/data/corpus'), rec('x.eml', 'error'));
  assert.equal(reduceRecord('scanned 3 messages', '/data'), undefined);
});

test('a comparison counts verdict transitions, calls out ham newly flagged, and separates score-only and findings-only changes', () => {
  const before = [
    rec('easy-ham-1/a.txt', 'clean'),
    rec('hard-ham-1/b.txt', 'spam', 6),
    rec('spam-1/c.txt', 'clean', 2),
    rec('spam-1/d.txt', 'spam', 6, ['X']),
    rec('spam-1/e.txt', 'spam', 6, ['X']),
    rec('spam-1/gone.txt', 'spam', 6),
  ];
  const after = [
    rec('easy-ham-1/a.txt', 'spam', 6),
    rec('hard-ham-1/b.txt', 'clean'),
    rec('spam-1/c.txt', 'phishing', 9),
    rec('spam-1/d.txt', 'spam', 7, ['X']),
    rec('spam-1/e.txt', 'spam', 6, ['Y']),
    rec('spam-1/new.txt', 'clean'),
  ];
  const r = compareRecords('sa-test', before, after);
  assert.deepEqual(r.transitions, { 'clean → spam': ['easy-ham-1/a.txt'], 'spam → clean': ['hard-ham-1/b.txt'], 'clean → phishing': ['spam-1/c.txt'] });
  assert.deepEqual(r.hamNewlyFlagged, ['easy-ham-1/a.txt']);
  assert.equal(r.scoreOnly, 1);
  assert.equal(r.findingsOnly, 1);
  assert.deepEqual(r.missing.sort(), ['+spam-1/new.txt', '-spam-1/gone.txt']);
});
