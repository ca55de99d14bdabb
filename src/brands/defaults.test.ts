import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultBrands } from './defaults.js';

// The built CLI (scripts/bundle.mjs) replaces ./defaults.ts with the validated brands as JSON text computed
// at build time (no zod at start-up): that is only the same program if they survive JSON.
test('the shipped brands survive JSON unchanged (precomputed by the build)', () => {
  assert.ok(defaultBrands().length > 100);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(defaultBrands())), defaultBrands());
});

test('the shipped brands are parsed on first use, once: later calls return the same array', () => {
  const first = defaultBrands();
  assert.equal(defaultBrands(), first);
  assert.ok(first.some((b) => b.id === 'trendmicro'));
});
