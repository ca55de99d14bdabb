import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInDefaults } from './defaults.js';
import { defaultConfig } from './load.js';

// The built CLI (scripts/bundle.mjs) replaces src/config/defaults.ts with its value as JSON text computed at
// build time: that is only the same program if the value survives JSON.

test('the built-in configuration is the schema\'s defaults and survives JSON unchanged (precomputed by the build)', () => {
  const config = builtInDefaults();
  assert.deepStrictEqual(config, defaultConfig());
  assert.deepStrictEqual(JSON.parse(JSON.stringify(config)), config);
});

test('each call returns a fresh copy of the built-in configuration', () => {
  const a = builtInDefaults();
  a.limits.maxMessageBytes = 1;
  assert.notEqual(builtInDefaults().limits.maxMessageBytes, 1);
});
