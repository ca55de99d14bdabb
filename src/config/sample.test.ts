import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../test-support/shared-data.js';
import { ConfigError, defaultConfig, loadConfigFile, resolveConfig } from './load.js';

const SAMPLE = path.join(REPO_ROOT, 'config/spamlab.sample.yaml');

/** Uncomments `# key: value` lines (not prose comments) so the sample's documented defaults are parsed. */
function uncommented(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*)# ?(?=[A-Za-z_][\w]*:(\s|$)|\s+[A-Za-z_][\w]*:(\s|$)|\s*- )/, '$1'))
    .join('\n');
}

test('the sample file is valid as shipped and with every setting uncommented', () => {
  assert.deepEqual(loadConfigFile(SAMPLE), defaultConfig());
  const active = parseYaml(uncommented(readFileSync(SAMPLE, 'utf8')));
  const config = resolveConfig(active);
  assert.equal(config.limits.maxMimeDepth, 20);
  assert.deepEqual(config.trustedAuthservIds, ['mx.example.org']);
});

test('the defaults documented in the sample are the defaults in code', () => {
  const active = parseYaml(uncommented(readFileSync(SAMPLE, 'utf8'))) as Record<string, unknown>;
  const config = resolveConfig(active);
  const defaults = defaultConfig();
  assert.deepEqual(config.limits, defaults.limits);
  assert.deepEqual(config.thresholds, defaults.thresholds);
  assert.deepEqual(config.content, defaults.content);
  assert.deepEqual(config.dns, defaults.dns);
  assert.deepEqual(config.outbound, defaults.outbound);
});

test('invalid settings are refused with every problem named', () => {
  assert.throws(
    () => resolveConfig({ limits: { maxMimeDepth: 0, bogus: 1 }, thresholds: { spam: 'high' }, lang: 'fr' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /limits\.maxMimeDepth/);
      assert.match(err.message, /bogus/);
      assert.match(err.message, /thresholds\.spam/);
      assert.match(err.message, /lang/);
      return true;
    },
  );
  assert.throws(() => loadConfigFile('/nonexistent/spamlab.yaml'), /cannot read configuration file/);
});
