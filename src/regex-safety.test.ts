import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectPatterns, describe, lint, needsFuzz, shrinkCounts } from '../scripts/regex-safety.js';

// The lint itself (scripts/regex-safety.ts): recheck's verdict on every pattern of src/, from the cache
// (scripts/regex-safety.cache.json; a pattern missing from it is analysed now, seconds each).
test('regular expressions of src/: none can backtrack super-linearly, unless allowed with a written reason', () => {
  const result = lint();
  if (result.analysedNow > 0) console.log(`regex-safety: ${result.analysedNow} pattern(s) analysed now; \`node --import tsx scripts/regex-safety.ts --update\` caches them`);
  assert.ok(result.sites.length > 900, `only ${result.sites.length} patterns found: is the extraction broken?`);
  assert.deepEqual(result.failures.map((f) => describe(f.site, f.verdict)), [], 'super-linear patterns: rewrite them (same matches, linear), or allow one in scripts/regex-safety.allow.ts with the argument why its input keeps it linear');
  assert.deepEqual(result.unusedAllowances.map((a) => `${a.file} /${a.source}/`), [], 'allow-list entries that excuse nothing any more');
  for (const k of result.known) assert.deepEqual([k.got.status, k.got.complexity], [k.status, k.complexity], `the analyser's answer on /${k.source}/${k.flags}`);
});

test('regex-safety: literals and RegExp calls whose source folds to a constant are found, with their lines', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-regex-safety-'));
  try {
    const file = path.join(dir, 'sample.ts');
    writeFileSync(
      file,
      [
        "const WORD = '[a-z]+';",
        'const RAW = String.raw`\\d+`;',
        'const LIT = /x+y/u;',
        'export const a = /a+b/gi;',
        "export const b = new RegExp(`^${WORD}\\\\s${RAW}$`, 'i');",
        "export const c = RegExp(LIT.source + '|z', 'g');",
        'export const d = (s: string) => new RegExp(s);',
        "export const e = new RegExp(String.raw`(?<=\\s)${WORD}`, 'u');",
      ].join('\n'),
    );
    const { sites, dynamic } = collectPatterns([file]);
    assert.deepEqual(
      sites.map((s) => [s.line, s.source, s.flags]),
      [
        [3, 'x+y', 'u'],
        [4, 'a+b', 'gi'],
        [5, '^[a-z]+\\s\\d+$', 'i'],
        [6, 'x+y|z', 'g'],
        [8, '(?<=\\s)[a-z]+', 'u'],
      ],
    );
    assert.deepEqual(dynamic.map((d) => d.line), [7]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('regex-safety: counted repeats shrink to at most 3, outside classes and escapes only; look-around and back-references go to the fuzz checker', () => {
  const table: [string, string][] = [
    ['[a-z]{2,24}', '[a-z]{2,3}'],
    ['a{1,253}b{64}c{5,}', 'a{1,3}b{3}c{3,}'],
    ['x{0,1}y{2}', 'x{0,1}y{2}'],
    ['\\{10,20\\}', '\\{10,20\\}'],
    ['[{10}]', '[{10}]'],
    ['[\\]{10}]{10}', '[\\]{10}]{3}'],
    ['(?:ab){4,8}', '(?:ab){3,3}'],
  ];
  for (const [source, shrunk] of table) assert.equal(shrinkCounts(source), shrunk, source);
  assert.deepEqual(['(?<!\\s)a', '(?=x)', '(a)\\1', '(?<n>a)\\k<n>', 'a(?:b)'].map(needsFuzz), [true, true, true, true, false]);
});
