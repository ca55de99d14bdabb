import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClamdClient, parseClamdReply } from './index.js';

/**
 * Against a real clamd from Debian's clamav-daemon (listed in .ci/apt-packages), started here with a
 * private configuration whose only database is an MD5 signature (.hdb: `md5:size:name`) of a file this
 * test writes, on a loopback TCP port and a temporary Unix socket. No signature download is involved.
 */
const CLAMD = ['/usr/sbin/clamd', '/usr/bin/clamd'].find((p) => existsSync(p));
const SAMPLE = Buffer.from('spamlab clamd test sample: not malware, signed by this test only\n');
let dir = '';
let port = 0;
let child: ChildProcess | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const p = (server.address() as { port: number }).port;
      server.close(() => resolve(p));
    });
  });
}

async function reachable(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port: p });
    s.on('connect', () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false));
  });
}

before(async () => {
  if (!CLAMD) return;
  dir = mkdtempSync(path.join(tmpdir(), 'spamlab-clamd-'));
  mkdirSync(path.join(dir, 'db'));
  const md5 = createHash('md5').update(SAMPLE).digest('hex');
  writeFileSync(path.join(dir, 'db', 'spamlab.hdb'), `${md5}:${SAMPLE.length}:Spamlab.Test.Sample\n`);
  port = await freePort();
  writeFileSync(
    path.join(dir, 'clamd.conf'),
    [
      'Foreground yes',
      `DatabaseDirectory ${dir}/db`,
      `LocalSocket ${dir}/clamd.sock`,
      `TCPSocket ${port}`,
      'TCPAddr 127.0.0.1',
      `LogFile ${dir}/clamd.log`,
      'StreamMaxLength 1M',
      '',
    ].join('\n'),
  );
  child = spawn(CLAMD, ['-c', path.join(dir, 'clamd.conf')], { stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !(existsSync(path.join(dir, 'clamd.sock')) && (await reachable(port)))) await new Promise((r) => setTimeout(r, 200));
});

after(() => {
  if (child?.pid) child.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('parses clamd replies', () => {
  assert.deepEqual(parseClamdReply('stream: OK\0'), { status: 'clean' });
  assert.deepEqual(parseClamdReply('stream: Win.Trojan.Agent-1 FOUND\0'), { status: 'infected', signature: 'Win.Trojan.Agent-1' });
  assert.equal(parseClamdReply('INSTREAM size limit exceeded. ERROR\0').status, 'error');
});

test('INSTREAM against a real clamd over TCP and a Unix socket', async (t) => {
  if (!CLAMD) {
    t.skip('clamd is not installed (apt-get install clamav-daemon; CI installs it from .ci/apt-packages)');
    return;
  }
  for (const client of [createClamdClient({ host: '127.0.0.1', port, timeoutMs: 20_000 }), createClamdClient({ socket: path.join(dir, 'clamd.sock'), timeoutMs: 20_000, chunkBytes: 7 })]) {
    assert.deepEqual(await client.scan(SAMPLE), { status: 'infected', signature: 'Spamlab.Test.Sample.UNOFFICIAL' });
    assert.deepEqual(await client.scan(Buffer.from('an ordinary file\n')), { status: 'clean' });
  }
  const tooBig = await createClamdClient({ host: '127.0.0.1', port, timeoutMs: 20_000 }).scan(Buffer.alloc(2 * 1024 * 1024, 0x41));
  assert.equal(tooBig.status, 'error');
});

test('an unreachable clamd is an error value, not a throw', async () => {
  const result = await createClamdClient({ host: '127.0.0.1', port: await freePort(), timeoutMs: 2000 }).scan(SAMPLE);
  assert.equal(result.status, 'error');
});
