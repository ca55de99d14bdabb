import { test } from 'node:test';
import assert from 'node:assert/strict';
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
