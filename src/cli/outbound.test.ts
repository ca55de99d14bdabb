import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ordinaryHistory } from '../outbound/simulate/history.js';
import { simulatePostfixLog, type GroundTruth } from '../outbound/simulate/index.js';
import { ndjson, runCli } from '../test-support/capture.js';
import { redisTestPrefix, TEST_REDIS } from '../test-support/redis.js';

function simulatedLog(dir: string): { file: string; truth: GroundTruth[] } {
  const truth: GroundTruth[] = [];
  const lines: string[] = [];
  for (const batch of simulatePostfixLog({ seed: 4, users: 150, days: 14 }, truth)) lines.push(...batch);
  const file = path.join(dir, 'mail.log.gz');
  writeFileSync(file, gzipSync(lines.join('\n') + '\n'));
  return { file, truth };
}

for (const kind of ['store', 'redis'] as const) {
  test(`spamlab outbound --log FILE --json prints one NDJSON incident per injected incident (state: ${kind})`, async (t) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-outbound-cli-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const { file, truth } = simulatedLog(dir);
    let state = path.join(dir, 'state.db');
    // Redis: the key prefix comes from the configuration file, as it would for an operator's site.
    const config: string[] = [];
    if (kind === 'redis') {
      const redis = await redisTestPrefix('outbound-cli');
      if ('unavailable' in redis) return t.skip(redis.unavailable);
      t.after(() => redis.drop());
      writeFileSync(path.join(dir, 'spamlab.yaml'), `outbound:\n  state:\n    keyPrefix: '${redis.prefix}'\n`);
      config.push('-c', path.join(dir, 'spamlab.yaml'));
      state = TEST_REDIS;
    }
    const run = await runCli(['outbound', '--log', file, '--json', '--year', '2026', '--state', state, ...config]);
    assert.equal(run.code, 0, run.stderr);
    const incidents = ndjson(run.stdout);
    assert.deepEqual(incidents.map((i) => (i.subject as { id: string }).id).sort(), truth.map((x) => x.subject.id).sort());
    for (const i of incidents) {
      assert.ok(['sasl', 'sender', 'client'].includes((i.subject as { kind: string }).kind));
      assert.ok(typeof i.start === 'string' && typeof i.detectedAt === 'string');
      assert.ok(typeof i.messagesBeforeDetection === 'number' && (i.messagesBeforeDetection as number) > 0);
      assert.ok(Array.isArray(i.evidence) && (i.evidence as unknown[]).length >= 2);
      assert.ok(typeof i.summary === 'string');
    }
    assert.match(run.stderr, /"summary"/);

    // The stored incidents, then a release recorded for the policy server to pick up.
    const listed = await runCli(['outbound', 'incidents', '--state', state, '--json', ...config]);
    assert.equal(ndjson(listed.stdout).length, truth.length);
    const released = await runCli(['outbound', 'release', 'sasl:k.tanaka', '--state', state, '--json', '--by', 'test', ...config]);
    assert.equal(released.code, 0, released.stderr);
    assert.deepEqual((ndjson(released.stdout)[0] as { released: unknown }).released, { kind: 'sasl', id: 'k.tanaka' });

    const ja = await runCli(['outbound', 'incidents', '--state', state, '--lang', 'ja', ...config]);
    assert.match(ja.stdout, /フリーメール/);
  });
}

test('spamlab outbound: usage and input errors have their exit codes', async () => {
  assert.equal((await runCli(['outbound'])).code, 2);
  const missing = await runCli(['outbound', '--log', '/nonexistent/mail.log', '--no-state']);
  assert.equal(missing.code, 3);
  assert.match(missing.stderr, /no such file/);
  assert.equal((await runCli(['outbound', '--log', '/dev/null', '--mynetworks', '10.0.0.0/99', '--no-state'])).code, 2);
});

test('spamlab outbound --events reads NDJSON events (stdin too); a bad line is reported, not fatal', async () => {
  const end = Date.UTC(2026, 3, 21, 10);
  const lines = ordinaryHistory({ account: 'ann', sender: 'ann@corp.example', clientIp: '10.1.1.5', end }).map((e) => JSON.stringify(e));
  lines.push('{"time": "yesterday"}', 'not json');
  for (let i = 0; i < 20; i++) {
    lines.push(JSON.stringify({
      time: new Date(end + i * 10_000).toISOString(), account: 'ann', envelopeSender: 'ann@corp.example', clientIp: '45.155.205.233',
      recipients: Array.from({ length: 5 }, (_, k) => `z${i}-${k}@gmail.com`),
    }));
  }
  const run = await runCli(['outbound', '--events', '-', '--json', '--no-state'], lines.join('\n') + '\n');
  assert.equal(run.code, 0, run.stderr);
  const [incident] = ndjson(run.stdout);
  assert.deepEqual(incident?.subject, { kind: 'sasl', id: 'ann' });
  assert.match(run.stderr, /-:\d+: time: /);
  assert.match(run.stderr, /-:\d+: not JSON/);
});
