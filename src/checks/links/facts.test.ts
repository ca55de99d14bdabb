import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CappedFindings, MAX_FINDINGS_PER_ID } from './facts.js';

test('CappedFindings: at most MAX_FINDINGS_PER_ID of each id, in emit order, data only when given', () => {
  const capped = new CappedFindings();
  for (let i = 0; i < MAX_FINDINGS_PER_ID + 3; i++) {
    capped.emit('URL_QR_CODE', `a${i}`, { i });
    if (i % 2 === 0) capped.emit('URL_HOSTED_PAGE', `b${i}`);
  }
  const ids = capped.findings.map((f) => f.id);
  assert.equal(ids.filter((id) => id === 'URL_QR_CODE').length, MAX_FINDINGS_PER_ID);
  assert.equal(ids.filter((id) => id === 'URL_HOSTED_PAGE').length, Math.ceil((MAX_FINDINGS_PER_ID + 3) / 2));
  assert.deepEqual(capped.findings.slice(0, 3), [
    { id: 'URL_QR_CODE', evidence: 'a0', data: { i: 0 } },
    { id: 'URL_HOSTED_PAGE', evidence: 'b0' },
    { id: 'URL_QR_CODE', evidence: 'a1', data: { i: 1 } },
  ]);
  assert.ok(!('data' in capped.findings[1]!), 'no data key when none was given');
  // Each message its own count.
  const next = new CappedFindings();
  next.emit('URL_QR_CODE', 'c');
  assert.deepEqual(next.findings, [{ id: 'URL_QR_CODE', evidence: 'c' }]);
});
