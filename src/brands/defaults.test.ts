import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_BRANDS } from './defaults.js';

// The built CLI (scripts/bundle.mjs) replaces ./defaults.ts with the validated brands as JSON text computed
// at build time (no zod at start-up): that is only the same program if they survive JSON.
test('the shipped brands survive JSON unchanged (precomputed by the build)', () => {
  assert.ok(DEFAULT_BRANDS.length > 100);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(DEFAULT_BRANDS)), DEFAULT_BRANDS);
});
