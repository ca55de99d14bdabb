import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ndjson, runCli } from '../test-support/capture.js';

test('lookalike --check - --json: NDJSON {domain, brand, technique} for the lookalikes only', async () => {
  const { code, stdout, stderr } = await runCli(['lookalike', '--check', '-', '--json'], 'torendmicro.com\nexample.org\ntrendmicro.com\n');
  assert.equal(code, 0);
  const rows = ndjson(stdout);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.domain, 'torendmicro.com');
  assert.equal(rows[0]!.brand, 'Trend Micro');
  assert.equal(rows[0]!.technique, 'transliteration');
  assert.match(stderr, /1 of 3 domains/);
});

test('lookalike -c: the operator\'s own brands are protected too', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-lookalike-'));
  const config = path.join(dir, 'spamlab.yaml');
  writeFileSync(config, 'sender:\n  brands:\n    - { id: acme, name: ACME Bank, category: bank, aliases: [ACME Bank], domains: [acmebank.co.jp] }\n');
  const without = await runCli(['lookalike', '--check', '-'], 'acmebank-login.com\n');
  assert.equal(without.stdout, '');
  const withOwn = await runCli(['lookalike', '-c', config, '--check', '-'], 'acmebank-login.com\n');
  assert.match(withOwn.stdout, /acmebank-login\.com\tACME Bank\tcombosquatting/);
});

test('lookalike DOMAIN lists permutations with their technique', async () => {
  const { code, stdout } = await runCli(['lookalike', 'trendmicro.com', '--json']);
  assert.equal(code, 0);
  const rows = ndjson(stdout) as { domain: string; technique: string }[];
  assert.ok(rows.length > 300, `${rows.length} permutations`);
  assert.ok(rows.some((r) => r.domain === 'torendmicro.com' && r.technique === 'transliteration'));
  assert.ok(rows.some((r) => r.technique === 'bitsquatting'));
});

test('lookalike with an invalid configuration names the problem and exits with the usage code', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-lookalike-'));
  const config = path.join(dir, 'bad.yaml');
  writeFileSync(config, 'sender:\n  brands: nope\n');
  const { code, stderr } = await runCli(['lookalike', '-c', config, '--check', '-'], 'x.com\n');
  assert.equal(code, 2);
  assert.match(stderr, /sender\.brands/);
});
