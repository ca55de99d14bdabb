import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { buildScoreTable, CATALOGUE } from '../score/table.js';
import { CHECK_FAMILIES } from './registry.js';
import type { Finding } from '../core/finding.js';
import { scoreFindings } from '../score/score.js';
import { ALL_FINDING_IDS, FINDING_IDS } from '../core/finding-ids.js';
import { testServices } from '../test-support/services.js';

const config = defaultConfig();
const services = testServices();

test('every id a check can emit has a row in the score table, with English and Japanese text', () => {
  const table = buildScoreTable(CATALOGUE, config.thresholds);
  for (const family of CHECK_FAMILIES) {
    for (const check of family.create({ config, services })) {
      assert.match(check.name, /^[a-z]+\.[a-z0-9-]+$/, `check name ${check.name}`);
      for (const id of check.emits) {
        const row = table.entries.get(id);
        assert.ok(row, `${check.name} emits ${id}, which has no score row`);
        assert.ok(row.description.en.length > 10 && row.description.ja.length > 5, `${id} needs explanations`);
      }
    }
  }
});

const ENGINE_IDS = ['CHECK_ERROR', 'CHECK_TIMEOUT', 'MIME_ATTACHED_MESSAGE_PHISHING', 'MIME_ATTACHED_MESSAGE_MALWARE', 'MIME_ATTACHED_MESSAGE_SPAM', 'MIME_ATTACHED_MESSAGE_LIMIT'];

test('every catalogue row is emitted by some check, by the engine or is a composite', () => {
  const emitted = new Set<string>(CHECK_FAMILIES.flatMap((f) => f.create({ config, services }).flatMap((c) => [...c.emits])));
  for (const row of CATALOGUE) {
    // CHECK_ERROR and CHECK_TIMEOUT are the engine's own (src/scan/engine.ts).
    assert.ok(row.composite || ENGINE_IDS.includes(row.id) || emitted.has(row.id), `row ${row.id} is never emitted`);
  }
  assert.deepEqual([...FINDING_IDS.engine], ENGINE_IDS);
});

test('finding ids are UPPER_SNAKE with a family prefix, and the catalogue has one row per id', () => {
  for (const row of CATALOGUE) {
    if (ENGINE_IDS.includes(row.id)) continue;
    assert.match(row.id, /^(HDR|MIME|FROM|AUTH|LOOKALIKE|URL|ATTACH|CONTENT|PHISH)_[A-Z0-9_]+$/, row.id);
  }
  assert.deepEqual(CATALOGUE.map((r) => r.id), [...ALL_FINDING_IDS]);
  assert.equal(new Set(ALL_FINDING_IDS).size, ALL_FINDING_IDS.length);
});

test('an id outside the catalogue does not compile, and at run time is a CHECK_ERROR, never silently dropped', () => {
  // @ts-expect-error 'URL_TEXT_DOMAIN_MISMATCHED' is not a FindingId: a typo at a push site fails the type check.
  const typo: Finding = { id: 'URL_TEXT_DOMAIN_MISMATCHED', evidence: 'x' };
  const result = scoreFindings([typo], buildScoreTable(CATALOGUE, config.thresholds));
  assert.deepEqual(result.findings.map((f) => [f.id, f.evidence]), [['CHECK_ERROR', 'unknown finding id URL_TEXT_DOMAIN_MISMATCHED: x']]);
});
