import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { buildScoreTable } from '../score/table.js';
import { CHECK_FAMILIES } from './registry.js';
import { testServices } from '../test-support/services.js';

const config = defaultConfig();
const services = testServices();

test('every id a check can emit has a row in the score table, with English and Japanese text', () => {
  const table = buildScoreTable(CHECK_FAMILIES, config.thresholds);
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

test('every score row is emitted by some check or is a composite', () => {
  const emitted = new Set(CHECK_FAMILIES.flatMap((f) => f.create({ config, services }).flatMap((c) => [...c.emits])));
  for (const family of CHECK_FAMILIES) {
    for (const row of family.scores) {
      assert.ok(row.composite || emitted.has(row.id), `${family.name}: row ${row.id} is never emitted`);
    }
  }
});

test('finding ids are UPPER_SNAKE with a family prefix', () => {
  for (const family of CHECK_FAMILIES) {
    for (const row of family.scores) {
      assert.match(row.id, /^(HDR|MIME|FROM|AUTH|LOOKALIKE|URL|ATTACH|CONTENT|PHISH)_[A-Z0-9_]+$/, row.id);
    }
  }
});
