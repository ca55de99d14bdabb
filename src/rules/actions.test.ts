import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from '../config/load.js';
import { actionPolicyFrom, decideAction, DEFAULT_ACTION_POLICY, reachesThreshold, type MailAction, type PolicyAction } from './actions.js';
import type { Verdict } from '../score/types.js';

const rows: { verdict: Verdict; score: number; action: MailAction; policy: PolicyAction }[] = [
  { verdict: 'clean', score: 0, action: 'accept', policy: 'DUNNO' },
  { verdict: 'clean', score: 5.9, action: 'accept', policy: 'DUNNO' },
  { verdict: 'spam', score: 6, action: 'add_header', policy: 'DUNNO' },
  { verdict: 'spam', score: 14.99, action: 'add_header', policy: 'DUNNO' },
  { verdict: 'spam', score: 15, action: 'tag_subject', policy: 'DUNNO' },
  { verdict: 'phishing', score: 8, action: 'quarantine', policy: 'HOLD' },
  { verdict: 'malware', score: 6, action: 'reject', policy: 'REJECT' },
];

for (const row of rows) {
  test(`default policy: ${row.verdict} at ${row.score} → ${row.action} / ${row.policy}`, () => {
    const decision = decideAction(DEFAULT_ACTION_POLICY, row);
    assert.equal(decision.action, row.action);
    assert.equal(decision.policy, row.policy);
    assert.ok(decision.reason.length > 0);
  });
}

test('a configured policy replaces the rules; first match wins; no match is accept / DUNNO', () => {
  const config = resolveConfig({
    actions: {
      rules: [
        { verdict: ['phishing', 'malware'], action: 'reject', policy: 'REJECT' },
        { minScore: 3, maxScore: 6, action: 'add_header', policy: 'DEFER', reason: 'greylist the grey zone' },
      ],
      subjectTag: '***SPAM***',
    },
  });
  const policy = actionPolicyFrom(config.actions);
  assert.equal(policy.subjectTag, '***SPAM***');
  assert.equal(policy.header, 'X-Spamlab-Verdict');
  assert.equal(decideAction(policy, { verdict: 'phishing', score: 9 }).action, 'reject');
  assert.deepEqual(decideAction(policy, { verdict: 'clean', score: 4 }), { action: 'add_header', policy: 'DEFER', rule: 1, reason: 'greylist the grey zone' });
  assert.deepEqual(decideAction(policy, { verdict: 'spam', score: 7 }), { action: 'accept', policy: 'DUNNO', rule: -1, reason: 'no action rule matched' });
});

test('the defaults need no configuration, and a bad rule is refused at load with its path', () => {
  assert.deepEqual(actionPolicyFrom(resolveConfig({}).actions), DEFAULT_ACTION_POLICY);
  assert.throws(() => resolveConfig({ actions: { rules: [{ verdict: 'spam', action: 'delete', policy: 'DUNNO' }] } }), /actions\.rules\.0\.action/);
  assert.throws(() => resolveConfig({ actions: { rules: [{ action: 'accept', policy: 'OK' }] } }), /actions\.rules\.0\.policy/);
  assert.throws(() => resolveConfig({ actions: { header: 'Bad Header:' } }), /actions\.header/);
});

test('--fail-on thresholds: a verdict means at least that bad, an action at least that severe', () => {
  const p = DEFAULT_ACTION_POLICY;
  assert.equal(reachesThreshold(p, 'spam', { verdict: 'phishing', score: 9 }), true);
  assert.equal(reachesThreshold(p, 'phishing', { verdict: 'spam', score: 30 }), false);
  assert.equal(reachesThreshold(p, 'quarantine', { verdict: 'phishing', score: 9 }), true);
  assert.equal(reachesThreshold(p, 'quarantine', { verdict: 'malware', score: 9 }), true);
  assert.equal(reachesThreshold(p, 'quarantine', { verdict: 'spam', score: 30 }), false);
  assert.equal(reachesThreshold(p, 'tag_subject', { verdict: 'spam', score: 30 }), true);
});
