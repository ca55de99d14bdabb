import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ndjson, runCli } from '../test-support/capture.js';
import { REPO_ROOT } from '../test-support/shared-data.js';

/** The README's tour: the examples (written by scripts/make-examples.ts) scan as the README says. */
test('examples/: the MISSION cases get the verdicts and reasons the README shows', async () => {
  const { code, stdout } = await runCli(['scan', '--json', '-j', '1', path.join(REPO_ROOT, 'examples')]);
  assert.equal(code, 0);
  const byName = new Map(ndjson(stdout).map((r) => [path.basename(String(r.source)), r as { verdict: string; findings: { id: string; evidence: string }[]; subject: string }]));
  const ids = (name: string) => byName.get(name)!.findings.map((f) => f.id);

  const torend = byName.get('torendmicro.eml')!;
  assert.equal(torend.verdict, 'phishing');
  assert.equal(torend.subject, '【警告】今すぐ無料のウイルスチェックを行ってください');
  assert.ok(ids('torendmicro.eml').includes('LOOKALIKE_FROM_LOCAL_PART'));
  assert.ok(ids('torendmicro.eml').includes('FROM_BRAND_DISPLAY_NAME'));
  assert.match(torend.findings.find((f) => f.id === 'URL_RECIPIENT_ENCODED')!.evidence, /base64url of victim@example\.jp/);

  const fax = byName.get('fax-lure.eml')!;
  assert.equal(fax.verdict, 'malware');
  assert.match(fax.findings.find((f) => f.id === 'ATTACH_DOUBLE_EXTENSION')!.evidence, /FAX_scan\.zip > FAX_scan\.pdf\.scr/);
  assert.ok(ids('fax-lure.eml').includes('ATTACH_EXECUTABLE'));

  assert.equal(byName.get('business-ja.eml')!.verdict, 'clean');
});

/**
 * The README's tour block, line by line, against what `spamlab scan examples/torendmicro.eml` prints. A line
 * of the README that ends in "…" matches a printed line that starts with what precedes it; a line of only
 * "…" stands for any number of printed lines; the summary's timing may differ.
 */
test('README: the tour shows what spamlab scan prints', async () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const command = '$ npx spamlab scan examples/torendmicro.eml\n';
  const start = readme.indexOf(command);
  assert.ok(start >= 0, 'the tour block is in the README');
  const expected = readme.slice(start + command.length, readme.indexOf('```', start)).replace(/\n$/, '').split('\n');
  const relative = path.relative(process.cwd(), path.join(REPO_ROOT, 'examples/torendmicro.eml'));
  const { code, stdout } = await runCli(['scan', relative]);
  assert.equal(code, 0);
  const actual = stdout.replace(/\n$/, '').split('\n');
  const timing = (line: string) => line.replace(/ in [\d.]+ s \(\d+\/s\)/, ' in T');
  let at = 0;
  let skipping = false;
  for (const raw of expected) {
    const want = timing(raw.replace('examples/torendmicro.eml', relative));
    if (want.trim() === '…') {
      skipping = true;
      continue;
    }
    const matches = (line: string) => (want.endsWith(' …') || want.endsWith('/…') ? timing(line).startsWith(want.slice(0, -1).trimEnd()) : timing(line) === want);
    const found = actual.findIndex((line, i) => i >= at && matches(line));
    assert.ok(found >= 0 && (skipping || found === at), `README tour line not printed${skipping ? '' : ' here'}:\n${raw}\n--- printed ---\n${stdout}`);
    at = found + 1;
    skipping = false;
  }
});
