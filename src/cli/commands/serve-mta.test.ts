import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../store/index.js';
import { MilterClient } from '../../test-support/milter-client.js';
import { requireSpamc, spamc } from '../../test-support/spamc.js';

const root = new URL('../../../', import.meta.url);
const torendmicro = readFileSync(new URL('examples/torendmicro.eml', root));
/** The same message, made distinct per path (a header of its own) so the store keeps each. */
const via = (name: string) => Buffer.concat([Buffer.from(`X-Test-Path: ${name}\r\n`), torendmicro]);

test('spamlab serve --milter --spamd: a message scanned through the API, spamc and the milter gets the same verdict and shows up in the store; spamc -L teaches the model in the store', async (t) => {
  if (!requireSpamc(t)) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-serve-mta-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const entry = `import(${JSON.stringify(new URL('src/cli/main.ts', root).href)}).then((m) => m.main(['node', 'spamlab', ...process.argv.slice(1)])).then((code) => { process.exitCode = code; })`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', entry, 'serve', '--http', '127.0.0.1:0', '--milter', '127.0.0.1:0', '--spamd', '127.0.0.1:0', '--spamd-allow-tell', '-j', '1'],
    { cwd: fileURLToPath(root), env: { ...process.env, SPAMLAB_STORE: path.join(dir, 'spamlab.db'), SPAMLAB_API_TOKEN: 'test-token-0123456789abcdef' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  t.after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const started = await new Promise<{ url: string; milter: string; spamdPort: number }>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      const url = /dashboard and API at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)?.[1];
      const milter = /milter at (127\.0\.0\.1:\d+)/.exec(stderr)?.[1];
      const spamdPort = /spamd protocol at 127\.0\.0\.1:(\d+)/.exec(stderr)?.[1];
      if (url && milter && spamdPort) resolve({ url, milter, spamdPort: Number(spamdPort) });
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const auth = { Authorization: 'Bearer test-token-0123456789abcdef' };

  const api = (await (await fetch(`${started.url}/api/scan`, { method: 'POST', body: via('api'), headers: auth })).json()) as { verdict: string };
  assert.equal(api.verdict, 'phishing');

  const checked = await spamc(started.spamdPort, ['-c'], via('spamd'));
  assert.equal(checked.code, 1, 'spamc -c: spam-like verdicts exit 1');

  const client = await MilterClient.connect(started.milter);
  const milter = await client.check({ raw: via('milter') });
  await client.quit();
  assert.match(milter.quarantine ?? '', /^spamlab: phishing /, 'the shipped policy holds phishing');

  // spamc -L (TELL), allowed by --spamd-allow-tell, teaches the store's model like the dashboard's button.
  const told = await spamc(started.spamdPort, ['-L', 'ham'], via('tell'));
  assert.equal(told.code, 0, told.stderr);
  assert.match(told.stdout, /Message successfully un\/learned/);

  const health = (await (await fetch(`${started.url}/api/health`)).json()) as { listeners: { name: string }[] };
  assert.deepEqual(health.listeners.map((l) => l.name).sort(), ['http', 'milter', 'spamd']);
  const list = (await (await fetch(`${started.url}/api/messages?limit=10`, { headers: auth })).json()) as { items: { verdict: string; subject: string }[]; total: number };
  assert.equal(list.total, 3, JSON.stringify(list));
  assert.deepEqual(list.items.map((m) => m.verdict), ['phishing', 'phishing', 'phishing']);

  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  const closed = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; component?: string });
  for (const component of ['milter', 'spamd', 'http']) assert.ok(closed.some((l) => l.msg === 'closed' && l.component === component), component);
  const store = await openStore(path.join(dir, 'spamlab.db'));
  try {
    const model = await store.models.latest('default');
    assert.equal(model?.version, 1, 'the learned model was saved as a new version');
  } finally {
    await store.close();
  }
});
