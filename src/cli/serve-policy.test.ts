import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PolicyClient, rcptRequest } from '../mta/policy/test-client.js';

const root = new URL('../../', import.meta.url);

test('spamlab serve --policy HOST:PORT runs the Postfix policy listener beside the API, and stops on SIGTERM', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-serve-policy-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const entry = `import(${JSON.stringify(new URL('src/cli/main.ts', root).href)}).then((m) => m.main(['node', 'spamlab', ...process.argv.slice(1)])).then((code) => { process.exitCode = code; })`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', entry, 'serve', '--http', '127.0.0.1:0', '--policy', '127.0.0.1:0', '-j', '1'], {
    cwd: fileURLToPath(root),
    env: { ...process.env, SPAMLAB_STORE: path.join(dir, 'spamlab.db'), SPAMLAB_API_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  t.after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      const m = /policy service at 127\.0\.0\.1:(\d+)/.exec(stderr);
      if (m) resolve(Number(m[1]));
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const c = await PolicyClient.open(port);
  assert.equal(await c.ask(rcptRequest({ sasl: 'ann', sender: 'ann@corp.test', recipient: 'p@partner.example', client: '10.1.1.5', instance: 'a' })), 'action=DUNNO');
  c.close();
  child.kill('SIGTERM');
  assert.equal(await exited, 0, stderr);
});
