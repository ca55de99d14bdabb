import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../test-support/capture.js';
import { MilterClient } from '../../test-support/milter-client.js';
import { readyAnswer, startServeProcess } from '../../test-support/serve-process.js';
import { requireSpamc, spamc } from '../../test-support/spamc.js';
import { parseExposition } from '../../observability/test-support/exposition.js';
import { resolveToken } from './serve.js';

const root = new URL('../../../', import.meta.url);
const torendmicro = readFileSync(new URL('examples/torendmicro.eml', root));

test('spamlab serve starts on the embedded default, scans, and stops cleanly on SIGTERM', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-serve-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const serve = await startServeProcess(t, ['-j', '1'], { SPAMLAB_STORE: path.join(dir, 'spamlab.db'), SPAMLAB_API_TOKEN: '' });
  const url = serve.url;
  const tokenFile = path.join(dir, 'api-token');
  assert.equal(statSync(tokenFile).mode & 0o777, 0o600);
  const token = readFileSync(tokenFile, 'utf8').trim();

  const res = await fetch(`${url}/api/scan`, { method: 'POST', body: torendmicro, headers: { Authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { verdict: string }).verdict, 'phishing');
  const health = (await (await fetch(`${url}/api/health`)).json()) as { listeners: { name: string }[] };
  assert.deepEqual(health.listeners.map((l) => l.name), ['http']);
  // Operations endpoints, no token: alive, ready (store and model), and the scan counted.
  assert.equal((await fetch(`${url}/healthz`)).status, 200);
  const ready = await readyAnswer(url);
  const readiness = JSON.parse(ready.text) as { status: string; dependencies: { name: string; status: string }[] };
  assert.equal(ready.status, 200, ready.text);
  assert.deepEqual(readiness.dependencies.map((d) => [d.name, d.status]), [['store', 'up'], ['model', 'up']]);
  const scraped = parseExposition(await (await fetch(`${url}/metrics`)).text());
  assert.equal(scraped.value('spamlab_messages_scanned_total', { verdict: 'phishing', via: 'api' }), 1);
  assert.equal(scraped.value('spamlab_store_write_duration_seconds_count', { store: 'sqlite' }), 1);

  assert.equal(await serve.stop(), 0);
  const stdout = serve.stdout();
  const stderr = serve.stderr();
  const logs = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; reason?: string });
  assert.ok(logs.some((l) => l.msg.startsWith('shutting down') && l.reason === 'SIGTERM'));
  assert.equal(logs.at(-1)?.msg, 'stopped');
  assert.ok(stderr.includes(`API token in ${tokenFile}`), stderr);
  assert.ok(!stdout.includes(token) && !stderr.includes(token), 'the token is never printed');
});

test('serve refuses bad addresses and options with the usage code', async () => {
  for (const args of [['--http', 'nowhere'], ['--threads', '0'], ['--max-body', '-1'], ['--token-file', '/nonexistent/token']]) {
    const { code, stderr } = await runCli(['serve', ...args]);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /spamlab serve: /);
  }
});

test('the token comes from the environment, else a file created once with mode 0600', (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-token-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.deepEqual(resolveToken({ storeLocation: path.join(dir, 'a.db') }, { SPAMLAB_API_TOKEN: 'x'.repeat(20) }), { token: 'x'.repeat(20), where: '$SPAMLAB_API_TOKEN' });
  const first = resolveToken({ storeLocation: path.join(dir, 'a.db') }, {});
  const again = resolveToken({ storeLocation: path.join(dir, 'a.db') }, {});
  assert.equal(first.token, again.token);
  assert.equal(first.where, path.join(dir, 'api-token'));
  assert.ok(first.token.length >= 32);
});

test('a message scanned through the API, the real spamc and the milter shows up in the message list with the same verdict', async (t) => {
  if (!requireSpamc(t)) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-serve-mta-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const serve = await startServeProcess(t, ['--spamd', '127.0.0.1:0', '--milter', '127.0.0.1:0', '-j', '1'], {
    SPAMLAB_STORE: path.join(dir, 'spamlab.db'),
    SPAMLAB_API_TOKEN: 'mta-test-token-0123456789',
  });
  const addresses = { url: serve.url, spamd: serve.spamdPort!, milter: serve.milter! };
  const headers = { Authorization: 'Bearer mta-test-token-0123456789' };
  const fax = readFileSync(new URL('examples/fax-lure.eml', root));
  const business = readFileSync(new URL('examples/business-ja.eml', root));

  const viaApi = (await (await fetch(`${addresses.url}/api/scan`, { method: 'POST', body: fax, headers })).json()) as { verdict: string; score: number };
  const viaSpamc = await spamc(addresses.spamd, ['-c'], torendmicro);
  assert.equal(viaSpamc.code, 1, 'spamc -c exits 1 for spam');
  const client = await MilterClient.connect(addresses.milter);
  const viaMilter = await client.check({ raw: business, mailFrom: 'a@example.jp', rcptTo: ['b@example.jp'], clientAddress: '192.0.2.1' });
  await client.quit();
  assert.ok(viaMilter.addedHeaders.some(([name, value]) => name === 'X-Spamlab-Verdict' && /clean/.test(value)));

  const list = (await (await fetch(`${addresses.url}/api/messages`, { headers })).json()) as { items: { subject: string; verdict: string; score: number }[] };
  const bySubject = new Map(list.items.map((i) => [i.subject, i]));
  assert.equal(bySubject.get('You have received a new fax, 2 pages')?.verdict, viaApi.verdict);
  assert.equal(bySubject.get('【警告】今すぐ無料のウイルスチェックを行ってください')?.verdict, 'phishing');
  assert.equal(bySubject.get('【警告】今すぐ無料のウイルスチェックを行ってください')?.score, Number(viaSpamc.stdout.split('/')[0]));
  assert.equal(bySubject.get('来週の打ち合わせの件')?.verdict, 'clean');
  assert.equal(await serve.stop(), 0);
});
