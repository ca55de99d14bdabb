import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../main.js';

const SCENARIO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../intel/fixtures/scenario');
const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-intel-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const store = path.join(dir, 'intel.db');

async function run(args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const code = await main(['node', 'spamlab', ...args], { stdout: out, stderr: err });
  return { code, stdout, stderr };
}

test('whois import, whois show and pivot from the command line', async () => {
  const files = readdirSync(SCENARIO).map((f) => path.join(SCENARIO, f));
  const bad = path.join(dir, 'broken.json');
  writeFileSync(bad, '{"objectClassName": "entity"}');
  const imported = await run(['whois', 'import', ...files, bad, path.join(dir, 'missing.txt'), '--store', store, '--json']);
  assert.equal(imported.code, 0, imported.stderr);
  const lines = imported.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.filter((l) => l.status === 'stored').length, files.length);
  assert.match(lines.find((l) => l.source === bad).reason, /not a domain object \(entity\)/);
  assert.ok(lines.some((l) => l.source.endsWith('missing.txt') && l.status === 'rejected'));
  assert.match(imported.stderr, /"rejected":2/);

  const again = await run(['whois', 'import', files[0]!, '--store', store]);
  assert.match(again.stdout, /imported 0 snapshots, 1 already kept, 0 rejected/);

  const show = await run(['whois', 'show', 'VIRUS-ALERT-DESK.INFO', '--store', store]);
  assert.equal(show.code, 0);
  assert.match(show.stdout, /2013-01-05 {2}icann/);
  assert.match(show.stdout, /public phone: \+81368901234 {2}\(03-6890-1234\)/);
  const showJson = JSON.parse((await run(['whois', 'show', 'virus-alert-desk.info', '--store', store, '--json'])).stdout);
  assert.equal(showJson.snapshots.length, 3);

  const p = await run(['pivot', 'virus-alert-desk.info', '--store', store]);
  assert.equal(p.code, 0);
  assert.match(p.stdout, /an actor with 4 domains/);
  assert.match(p.stdout, /phone \+81368901234 is in prize-mail-center\.com's 2014 record/);
  assert.match(p.stdout, /cheap-watches-outlet\.com: shares only name server/);
  const ja = await run(['pivot', 'k.sato.mailbox@freemail-jp.test', '--store', store, '--lang', 'ja']);
  assert.match(ja.stdout, /4 ドメインのアクター/);
  const json = JSON.parse((await run(['pivot', '+81 3 6890 1234', '--store', store, '--json'])).stdout);
  assert.deepEqual(json.domains.map((d: { domain: string }) => d.domain).sort(), ['dating-match-jp.com', 'prize-mail-center.com', 'torendmicro-support.jp', 'virus-alert-desk.info']);
  assert.ok(json.links.every((l: { explanation: string }) => l.explanation.length > 10));

  assert.equal((await run(['pivot', 'nowhere.test', '--store', store])).code, 3);
  assert.equal((await run(['pivot', '???', '--store', store])).code, 2);
  assert.equal((await run(['pivot', 'a.test', '--depth', '0', '--store', store])).code, 2);
  assert.equal((await run(['whois', 'import', files[0]!, '--date', 'yesterday', '--store', store])).code, 2);
});

test('whois lookup is off unless the configuration enables it; private servers refused unless allowed', async () => {
  const off = await run(['whois', 'lookup', 'example.test', '--store', store]);
  assert.equal(off.code, 2);
  assert.match(off.stderr, /live lookups are off/);
  const cfg = path.join(dir, 'lookup.yaml');
  writeFileSync(cfg, 'intel:\n  lookup:\n    enabled: true\n    whoisServers: { test: "127.0.0.1:9" }\n');
  const refused = await run(['whois', 'lookup', 'example.test', '-c', cfg, '--store', store]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /refusing 127\.0\.0\.1 .*loopback/);
});

