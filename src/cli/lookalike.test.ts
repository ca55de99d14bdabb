import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ndjson, runCli } from '../test-support/capture.js';
import { domainNameProblem } from './commands/lookalike.js';

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

test('lookalike --check with a missing file or a directory: a clear error and the no-input code, not an internal error', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-lookalike-'));
  const missing = await runCli(['lookalike', '--check', path.join(dir, 'nonexistent.txt')]);
  assert.equal(missing.code, 3, missing.stderr);
  assert.match(missing.stderr, /cannot read .*nonexistent\.txt: no such file/);
  const directory = await runCli(['lookalike', '--check', dir]);
  assert.equal(directory.code, 3, directory.stderr);
  assert.match(directory.stderr, /is a directory/);
  for (const r of [missing, directory]) assert.doesNotMatch(r.stderr, /internal error|at .*\.ts:\d+/);
});

test('lookalike DOMAIN that is not a domain name is rejected, with the reason and the usage code', async () => {
  for (const [input, reason] of [['not a domain', /contains a space/], ['localhost', /has no dot/], ['192.0.2.1', /IP address/], ['a..com', /empty label/]] as const) {
    const { code, stdout, stderr } = await runCli(['lookalike', input]);
    assert.equal(code, 2, `${input}: ${stderr}`);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`"${input.replace(/\./g, '\\.')}" was rejected`));
    assert.match(stderr, reason);
  }
  const suffix = await runCli(['lookalike', 'co.jp']);
  assert.equal(suffix.code, 2);
  assert.match(suffix.stderr, /public suffix/);
});

test('lookalike --check: lines that are not domain names are counted and quoted, and in --json are objects', async () => {
  const input = ['torendmicro.com', 'not a domain', 'example..org', '# a comment', '', '7,trendmicr0.com', 'localhost', 'a b', 'c d', 'e f', 'g h'].join('\n');
  const text = await runCli(['lookalike', '--check', '-'], input);
  assert.equal(text.code, 0);
  assert.match(text.stderr, /2 of 2 domains imitate a protected brand; 7 lines were not a domain name and not checked: line 2: "not a domain" contains a space; line 3: "example\.\.org" has an empty label/);
  assert.match(text.stderr, /line 7: "localhost" has no dot/);
  assert.match(text.stderr, /; …\n$/, 'only the first few are quoted');
  const json = await runCli(['lookalike', '--check', '-', '--json'], input);
  const rows = ndjson(json.stdout);
  const rejected = rows.filter((r) => 'error' in r);
  assert.equal(rejected.length, 7);
  assert.deepEqual(rejected[0], { line: 2, input: 'not a domain', error: 'not a domain name: it contains a space' });
  assert.equal(rows.filter((r) => 'brand' in r).length, 2);
  // Nothing checkable at all: the no-input code.
  const none = await runCli(['lookalike', '--check', '-'], 'not a domain\n');
  assert.equal(none.code, 3);
  assert.match(none.stderr, /no domain names found/);
});

test('domainNameProblem: a table of names and non-names', () => {
  const rows: [string, RegExp | undefined][] = [
    ['trendmicro.com', undefined],
    ['TrendMicro.COM.', undefined],
    ['mail_1.example.co.jp', undefined],
    ['ウイルスバスター.jp', undefined],
    ['xn--pple-43d.com', undefined],
    ['', /empty/],
    ['not a domain', /space/],
    ['com', /no dot/],
    ['a..b.com', /empty label/],
    ['.example.com', /empty label/],
    ['example.com:8080', /port/],
    ['10.0.0.1', /IP address/],
    ['http://example.com/', /contains ":"|port/],
    ['exa$mple.com', /contains "\$"/],
    [`${'a'.repeat(64)}.com`, /label longer than 63/],
    [`${'a.'.repeat(130)}com`, /longer than 253/],
    ['example.123', /ends in a number/],
  ];
  for (const [input, expected] of rows) {
    const problem = domainNameProblem(input);
    if (expected) assert.match(problem ?? '(accepted)', expected, input);
    else assert.equal(problem, undefined, input);
  }
});
