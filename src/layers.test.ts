import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './test-support/shared-data.js';

/**
 * The layer rules of .dependency-cruiser.cjs (run over src/ by scripts/test.sh) really refuse what they
 * describe: each case is a scratch tree with one import, cruised with the project's own configuration.
 */
const DEPCRUISE = path.join(REPO_ROOT, 'node_modules', '.bin', 'depcruise');

function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-layers-'));
  try {
    copyFileSync(path.join(REPO_ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const run = spawnSync(DEPCRUISE, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cases: { name: string; files: Record<string, string>; rule?: string }[] = [
  { name: 'inward imports pass', files: { 'src/cli/main.ts': "import { x } from '../runtime/index.ts';\nexport const y = x;\n", 'src/runtime/index.ts': "import { m } from '../mail/types.ts';\nexport const x = m;\n", 'src/mail/types.ts': 'export const m = 1;\n' } },
  { name: 'mail importing the CLI fails', files: { 'src/mail/parse.ts': "import { c } from '../cli/main.ts';\nexport const p = c;\n", 'src/cli/main.ts': 'export const c = 1;\n' }, rule: 'layer-mail' },
  { name: 'a check importing the scan engine fails', files: { 'src/checks/x.ts': "import { s } from '../scan/engine.ts';\nexport const x = s;\n", 'src/scan/engine.ts': 'export const s = 1;\n' }, rule: 'layer-checks' },
  { name: 'scan importing the runtime fails', files: { 'src/scan/pool.ts': "import { r } from '../runtime/index.ts';\nexport const p = r;\n", 'src/runtime/index.ts': 'export const r = 1;\n' }, rule: 'layer-scan' },
  { name: 'the store importing an analysis fails', files: { 'src/store/x.ts': "import { t } from '../trends/index.ts';\nexport const x = t;\n", 'src/trends/index.ts': 'export const t = 1;\n' }, rule: 'layer-store' },
  { name: 'a check reading a file fails', files: { 'src/checks/x.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n" }, rule: 'no-io-in-pure-layers' },
  { name: 'product code importing test support fails', files: { 'src/scan/x.ts': "import { h } from '../test-support/helper.ts';\nexport const x = h;\n", 'src/test-support/helper.ts': 'export const h = 1;\n' }, rule: 'no-test-code-in-product' },
  { name: 'a folder with no place in the layers fails', files: { 'src/misc/x.ts': "import { m } from '../mail/types.ts';\nexport const x = m;\n", 'src/mail/types.ts': 'export const m = 1;\n' }, rule: 'known-folders-only' },
  { name: 'a test may import any layer', files: { 'src/mail/parse.test.ts': "import { c } from '../cli/main.ts';\nexport const p = c;\n", 'src/cli/main.ts': 'export const c = 1;\n' } },
];

for (const c of cases) {
  test(`layers: ${c.name}`, () => {
    const { status, output } = cruise(c.files);
    if (!c.rule) {
      assert.equal(status, 0, output);
      return;
    }
    assert.notEqual(status, 0, `expected ${c.rule} to fail:\n${output}`);
    assert.match(output, new RegExp(`error ${c.rule}`), output);
  });
}

test('no check, core, rules or score module calls fetch (a global no import rule can see)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const offenders: string[] = [];
  for (const folder of ['core', 'checks', 'rules', 'score']) {
    for (const entry of readdirSync(path.join(REPO_ROOT, 'src', folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
      const file = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
      if (/\bfetch\s*\(/.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(REPO_ROOT, file));
    }
  }
  assert.deepEqual(offenders, []);
});
