import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ndjson, runCli } from '../test-support/capture.js';
import { REPO_ROOT, sharedData } from '../test-support/shared-data.js';

const SPAMMY = [
  'From: "Deals" <deals@promo.example>',
  'To: undisclosed-recipients:;',
  'Subject: FREE MONEY NOW!!! CLICK HERE',
  'X-Mailer: Advanced Mass Sender v4.3',
  'Content-Type: text/plain',
  '',
  'Buy now.',
  '',
].join('\r\n');

const PLAIN = [
  'From: Alice <alice@example.org>',
  'To: Bob <bob@example.org>',
  'Subject: lunch',
  'Date: Mon, 23 Nov 2026 10:00:00 +0000',
  'Message-ID: <1@example.org>',
  '',
  'Lunch at noon?',
  '',
].join('\r\n');

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

test('scan --json prints one object per message with the documented fields', async () => {
  const dir = tempDir({ 'a.eml': PLAIN, 'b.eml': SPAMMY });
  const { code, stdout, stderr } = await runCli(['scan', '--json', dir]);
  assert.equal(code, 0, stderr);
  const rows = ndjson(stdout);
  assert.equal(rows.length, 2);
  for (const row of rows) {
    for (const key of ['source', 'messageId', 'date', 'from', 'to', 'subject', 'verdict', 'score', 'findings', 'categories', 'themes', 'iocs']) {
      assert.ok(key in row, `missing ${key}`);
    }
  }
  const spammy = rows.find((r) => String(r.source).endsWith('b.eml'))!;
  const ids = (spammy.findings as { id: string; description: string; evidence: string }[]).map((f) => f.id);
  assert.ok(ids.includes('HDR_MESSAGE_ID_MISSING'));
  assert.ok(ids.includes('HDR_BULK_MAILER'));
  assert.match(stderr, /"summary"/);
});

test('an unreadable item is reported and the rest of the batch is scanned', async () => {
  const dir = tempDir({ 'good.eml': PLAIN, 'garbage.bin': Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]), 'empty.eml': '' });
  const { code, stdout } = await runCli(['scan', '--json', dir, path.join(dir, 'missing.eml')]);
  assert.equal(code, 0);
  const rows = ndjson(stdout);
  assert.equal(rows.length, 4);
  assert.equal(rows.filter((r) => 'error' in r).length, 3);
  assert.equal(rows.filter((r) => 'verdict' in r).length, 1);
});

test('the human report explains each finding; --lang ja explains in Japanese', async () => {
  const dir = tempDir({ 'b.eml': SPAMMY });
  const en = await runCli(['scan', dir]);
  assert.match(en.stdout, /HDR_BULK_MAILER/);
  assert.match(en.stdout, /bulk-mailing tool/);
  assert.match(en.stdout, /scanned 1 message in/);
  const ja = await runCli(['scan', '--lang', 'ja', dir]);
  assert.match(ja.stdout, /大量送信ツール/);
});

test('stdin is read with -', async () => {
  const { code, stdout } = await runCli(['scan', '--json', '-'], PLAIN);
  assert.equal(code, 0);
  assert.equal(ndjson(stdout)[0]!.subject, 'lunch');
});

test('exit codes: usage error 2, nothing scanned 3, --fail-on 1', async () => {
  assert.equal((await runCli(['scan', '--lang', 'fr', '-'])).code, 2);
  assert.equal((await runCli(['scan', '/nonexistent/dir'])).code, 3);
  const dir = tempDir({ 'b.eml': SPAMMY });
  const config = path.join(dir, 'strict.yaml');
  writeFileSync(config, 'thresholds:\n  spam: 1\n');
  assert.equal((await runCli(['scan', '-q', '-c', config, '--fail-on', 'spam', path.join(dir, 'b.eml')])).code, 1);
  // --fail-on also takes an action of the configured policy (src/rules/actions.ts).
  assert.equal((await runCli(['scan', '-q', '-c', config, '--fail-on', 'quarantine', path.join(dir, 'b.eml')])).code, 0);
  writeFileSync(config, 'thresholds:\n  spam: 1\nactions:\n  rules:\n    - { verdict: spam, action: quarantine, policy: HOLD }\n');
  assert.equal((await runCli(['scan', '-q', '-c', config, '--fail-on', 'quarantine', path.join(dir, 'b.eml')])).code, 1);
  const json = await runCli(['scan', '--json', '-c', config, path.join(dir, 'b.eml')]);
  assert.equal(ndjson(json.stdout)[0]!.action, 'quarantine');
  writeFileSync(config, 'thresholds:\n  spam: nope\n');
  const bad = await runCli(['scan', '-c', config, path.join(dir, 'b.eml')]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /thresholds\.spam/);
});

test('scan --json: workers write the lines (-j 2) as this thread does (-j 1): same records, error records, summary and --fail-on', async () => {
  const dir = tempDir({ 'a.eml': PLAIN, 'b.eml': SPAMMY, 'c.eml': PLAIN.replace('lunch', 'dinner'), 'garbage.bin': Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]), 'empty.eml': '' });
  const config = path.join(tempDir({}), 'strict.yaml');
  writeFileSync(config, 'thresholds:\n  spam: 1\nactions:\n  rules:\n    - { verdict: spam, action: quarantine, policy: HOLD }\n');
  const args = ['scan', '--json', '-c', config, dir, path.join(dir, 'missing.eml')];
  const runs = await Promise.all([runCli([...args, '-j', '1']), runCli([...args, '-j', '2']), runCli([...args, '-j', '2', '--fail-on', 'quarantine']), runCli([...args, '-j', '2', '--fail-on', 'phishing'])]);
  const records = (stdout: string) => stdout.replace(/"elapsedMs":[\d.]+/g, '"elapsedMs":0');
  const [inThread, workers, failQuarantine, failPhishing] = runs;
  assert.equal(records(workers!.stdout), records(inThread!.stdout));
  const rows = ndjson(workers!.stdout);
  assert.deepEqual(rows.map((r) => ('error' in r ? 'error' : `${r.verdict} ${r.action}`)).sort(), ['clean accept', 'clean accept', 'error', 'error', 'error', 'spam quarantine']);
  const summary = (stderr: string) => JSON.parse(/\{"summary":.*\}/.exec(stderr)![0]).summary as { scanned: number; errors: number; verdicts: Record<string, number> };
  for (const run of runs) {
    const { scanned, errors, verdicts } = summary(run.stderr);
    assert.deepEqual({ scanned, errors, verdicts }, { scanned: 3, errors: 3, verdicts: { clean: 2, spam: 1, phishing: 0, malware: 0 } });
  }
  assert.deepEqual(runs.map((r) => r.code), [0, 0, 1, 0]);
  assert.equal(records(failQuarantine!.stdout), records(inThread!.stdout));
  assert.equal(records(failPhishing!.stdout), records(inThread!.stdout));
});

/** Counts regular files under a directory, as the scanner walks it. */
function countFiles(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const full = path.join(dir, name);
    return n + (statSync(full).isDirectory() ? countFiles(full) : 1);
  }, 0);
}

for (const fixtures of ['fixtures/rspamd/messages', 'fixtures/spamassassin/data', 'fixtures/eml_analyzer/fixtures']) {
  test(`every item of ../shared/data/${fixtures} is reported (verdict or per-item error)`, async (t) => {
    const dir = sharedData(t, fixtures);
    if (!dir) return;
    const { code, stdout } = await runCli(['scan', '--json', dir]);
    assert.equal(code, 0);
    const rows = ndjson(stdout);
    const sources = new Set(rows.map((r) => r.source));
    assert.equal(sources.size, rows.length, 'each item reported once');
    // mbox files expand into several items, so there are at least as many items as files.
    assert.ok(rows.length >= countFiles(dir), `${rows.length} items for ${countFiles(dir)} files`);
    assert.ok(rows.filter((r) => 'verdict' in r).length > rows.length / 2, 'most items are mail');
  });
}

test('--lang ja translates the verdict word and the evidence lines too; the JSON keeps the canonical evidence', async () => {
  const dir = tempDir({ 'b.eml': SPAMMY.replace('Content-Type: text/plain', 'Content-Type: text/html') });
  const config = path.join(dir, 'strict.yaml');
  writeFileSync(config, 'thresholds:\n  spam: 1\n');
  const ja = await runCli(['scan', '--lang', 'ja', '-c', config, path.join(dir, 'b.eml')]);
  assert.match(ja.stdout, /判定: スパム/);
  assert.match(ja.stdout, /→ text\/plain のない text\/html/);
  assert.doesNotMatch(ja.stdout, /判定: SPAM/);
  const json = ndjson((await runCli(['scan', '--json', '--lang', 'ja', '-c', config, path.join(dir, 'b.eml')])).stdout)[0]!;
  const html = (json.findings as { id: string; description: string; evidence: string }[]).find((f) => f.id === 'MIME_HTML_ONLY')!;
  assert.equal(json.verdict, 'spam');
  assert.equal(html.evidence, 'text/html without text/plain');
  assert.match(html.description, /HTML/);
  assert.match(html.description, /[ぁ-んァ-ン]/);
});

test('human output: each finding is one line with its evidence; an id is described once per run, in full with -v', async () => {
  const spammy2 = SPAMMY.replace('FREE MONEY NOW', 'FREE MONEY TODAY');
  const dir = tempDir({ 'a.eml': SPAMMY, 'b.eml': spammy2, 'c.eml': SPAMMY.replace('FREE MONEY NOW', 'FREE GIFTS NOW') });
  const { code, stdout } = await runCli(['scan', '-j', '1', dir]);
  assert.equal(code, 0);
  const lines = stdout.split('\n');
  const mailerLines = lines.filter((l) => /^ +[+-]\d+\.\d HDR_BULK_MAILER → /.test(l));
  assert.equal(mailerLines.length, 3, 'the finding and its evidence on one line, for each of the three messages');
  assert.match(mailerLines[0]!, /→ .*Advanced Mass Sender/);
  const description = lines.filter((l) => /bulk-mailing tool/.test(l));
  assert.equal(description.length, 1, `described once, not per message:\n${stdout}`);
  // Described right under its first occurrence.
  assert.equal(lines.indexOf(description[0]!), lines.indexOf(mailerLines[0]!) + 1);
  // No finding line is described twice anywhere: every description line is unique.
  const descriptions = lines.filter((l) => /^ {8}\S/.test(l));
  assert.equal(new Set(descriptions).size, descriptions.length);

  const verbose = await runCli(['scan', '-j', '1', '-v', dir]);
  const short = description[0]!.trim();
  const full = verbose.stdout.split('\n').find((l) => l.trim().startsWith(short.replace(/\.$/, '')))!.trim();
  assert.ok(full.length >= short.length, 'verbose describes in full');
  assert.equal(verbose.stdout.split('\n').filter((l) => l.trim() === full).length, 1);
});

test('human output: workers lay out the text (-j 2) as this thread does (-j 1): same lines, each id described once a run, -v and -q alike', async () => {
  // Three spam messages sharing ids and a clean one, so a worker meets ids the other worker described already.
  const dir = tempDir({
    'a.eml': SPAMMY,
    'b.eml': PLAIN,
    'c.eml': SPAMMY.replace('FREE MONEY NOW', 'FREE GIFTS NOW'),
    'd.eml': SPAMMY.replace('Buy now.', 'Buy now. Act today.'),
    'garbage.bin': Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]),
  });
  // The summary's last line says how long the run took.
  const body = (stdout: string) => stdout.trimEnd().split('\n').slice(0, -1).join('\n');
  for (const extra of [[], ['-v'], ['-q'], ['--lang', 'ja']]) {
    const [inThread, workers] = await Promise.all([runCli(['scan', ...extra, '-j', '1', dir]), runCli(['scan', ...extra, '-j', '2', dir])]);
    assert.equal(body(workers!.stdout), body(inThread!.stdout), `${extra.join(' ')}: the same text`);
    assert.equal(workers!.stderr, inThread!.stderr, `${extra.join(' ')}: the same error lines`);
    assert.deepEqual([workers!.code, inThread!.code], [0, 0]);
    const lines = workers!.stdout.split('\n');
    if (extra[0] === '-q') {
      assert.ok(!lines.some((l) => /HDR_BULK_MAILER/.test(l)), 'quiet prints no message');
      continue;
    }
    assert.equal(lines.filter((l) => /^ +[+-]\d+\.\d HDR_BULK_MAILER → /.test(l)).length, 3, `${extra.join(' ')}: the finding on each spam message`);
    const descriptions = lines.filter((l) => /^ {8}\S/.test(l));
    assert.ok(descriptions.length > 0, 'ids are described');
    assert.equal(new Set(descriptions).size, descriptions.length, `${extra.join(' ')}: no id described twice in the run`);
  }
});

test('an empty directory says that no input was found (exit 3); -c with a binary file says it is not a text configuration', async () => {
  const empty = tempDir({});
  const none = await runCli(['scan', empty]);
  assert.equal(none.code, 3);
  assert.match(none.stderr, /no input found: .* holds no messages/);
  const binary = tempDir({ 'ls': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x0a]) });
  const bad = await runCli(['scan', '-c', path.join(binary, 'ls'), empty]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /is not a readable YAML\/text configuration/);
  assert.doesNotMatch(bad.stderr, /[\x00-\x08\x0b-\x1f\x7f]|ELF/, 'no bytes of the file echoed');
});

test('README: every field of the NDJSON output is in its list of fields', async () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const list = readme.slice(readme.indexOf('**Output.** Each NDJSON object has'), readme.indexOf('An item that could not be read'));
  const { stdout } = await runCli(['scan', '--json', tempDir({ 'a.eml': PLAIN })]);
  for (const key of Object.keys(ndjson(stdout)[0]!)) assert.match(list, new RegExp(`\\b${key}\\b`), `README lacks ${key}`);
});
