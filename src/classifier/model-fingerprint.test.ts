import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fingerprintSample, FINGERPRINT_FILE, recordedFingerprint, tokenFingerprint } from '../../bench/lib/model-fingerprint.js';
import { POT_TARBALL } from '../../bench/lib/phishing-pot.js';
import { defaultConfig } from '../config/load.js';
import { heldOutPot } from '../test-support/shared-data.js';

// The shipped model is only as good as the match between the tokens it was trained on and the tokens a scan makes. It
// cannot be retrained here (its corpus comes from the npm registry), so the training script records the fingerprint of
// the same training tokens on a sample of ../shared/data, and this test makes it again: a parser, view, tokeniser or
// renderer change that moves them fails here until the model is retrained with it (bench/lib/model-fingerprint.ts).
test('the shipped model was trained on the tokens this code makes (models/default.model.tokens.json)', (t) => {
  if (!existsSync(POT_TARBALL)) {
    t.skip(`needs ${POT_TARBALL} (../shared/data beside the checkout; CI always has it)`);
    return;
  }
  const recorded = recordedFingerprint();
  assert.ok(recorded, `${FINGERPRINT_FILE} is missing or unreadable: run npm run train:default-model`);
  const sample = fingerprintSample();
  const heldOut = heldOutPot().files;
  assert.ok(sample.length > 250, `sample of ${sample.length}`);
  assert.ok(sample.every((f) => !heldOut.has(f.split('/').pop()!)), 'the sample reads no held-out row');
  const now = tokenFingerprint(sample, defaultConfig());
  assert.deepEqual(
    now,
    recorded,
    'the training tokens changed since the shipped model was trained: run `npm run train:default-model` (it rewrites models/default.model.gz and models/default.model.tokens.json) and commit both',
  );
});

test('the fingerprint moves when one token of one message does', () => {
  if (!existsSync(POT_TARBALL)) return;
  const sample = fingerprintSample().slice(0, 3);
  const a = tokenFingerprint(sample, defaultConfig());
  assert.deepEqual(tokenFingerprint(sample, defaultConfig()), a, 'deterministic');
  const config = defaultConfig();
  config.content.classifier.maxTokens = 5; // fewer tokens a message: another list
  assert.notEqual(tokenFingerprint(sample, config).sha256, a.sha256);
  assert.notEqual(tokenFingerprint(sample.slice(0, 2), defaultConfig()).sha256, a.sha256);
});
