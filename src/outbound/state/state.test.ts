import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { OutboundEvent } from '../events/types.js';
import { OutboundMonitor } from '../monitor.js';
import { MemoryOutboundState } from './memory.js';
import { openStore } from '../../store/index.js';
import { createTestDatabase } from '../../test-support/postgres.js';
import { StoreOutboundState } from './store.js';
import { RedisOutboundState } from './redis.js';
import { redisTestPrefix, TEST_REDIS } from '../../test-support/redis.js';
import type { OutboundState } from './types.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 3, 20, 9);

/** A user mailing its five partners every working hour for a week. */
function ordinaryWeek(): OutboundEvent[] {
  const out: OutboundEvent[] = [];
  for (let d = 0; d < 7; d++) {
    for (let h = 0; h < 8; h++) {
      out.push({
        time: T0 + d * DAY + h * 3600_000, account: 'ann', envelopeSender: 'ann@corp.example', clientIp: '10.1.1.5',
        recipients: [{ address: `p${h % 5}@partner.example`, result: 'sent' }],
      });
    }
  }
  return out;
}

const pg = await createTestDatabase();
const pgUrl = 'url' in pg ? await pg.freshSchema() : undefined;
const redis = await redisTestPrefix('state-contract');

for (const [name, make] of [
  ['memory', async () => new MemoryOutboundState()],
  ['sqlite store', async (file: string) => StoreOutboundState.open(await openStore(file), true)],
  ['postgres store', async () => StoreOutboundState.open(await openStore(pgUrl!), true)],
  // Shared by several listeners: a restart of one is another process opening the same prefix.
  ['redis', async () => RedisOutboundState.open({ url: TEST_REDIS, keyPrefix: (redis as { prefix: string }).prefix })],
] as const) {
  test(`${name}: a restart keeps learned baselines, open incidents and releases`, async (t) => {
    if (name === 'postgres store' && !pgUrl) return t.skip((pg as { unavailable: string }).unavailable);
    if (name === 'redis' && 'unavailable' in redis) return t.skip(redis.unavailable);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-outbound-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'spamlab.db');
    const shared: OutboundState = await make(file);
    const first = new OutboundMonitor({ state: shared });
    await first.load();
    for (const e of ordinaryWeek()) first.observe(e);
    // The week is learned once it has left the 24-hour window.
    first.observe({ time: T0 + 9 * DAY, account: 'ann', envelopeSender: 'ann@corp.example', clientIp: '10.1.1.5', recipients: [{ address: 'p1@partner.example', result: 'sent' }] });
    await first.close();
    const learned = first.detector.takeDirty();
    assert.equal(learned.length, 0, 'everything was checkpointed');

    const state = name === 'memory' ? shared : (await shared.close(), await make(file));
    const second = new OutboundMonitor({ state });
    await second.load();
    const profiles = await state.loadProfiles();
    const ann = profiles.find((p) => p.ref.id === 'ann')!;
    assert.ok(ann.profile.learnedMessages >= 56, `${ann.profile.learnedMessages}`);
    assert.ok(ann.profile.book.some(([a]) => a === 'p3@partner.example'));

    // A burst from a new network to free-mail: an incident, stored.
    const start = T0 + 10 * DAY;
    let opened = 0;
    for (let i = 0; i < 20; i++) {
      opened += second.observe({
        time: start + i * 5_000, account: 'ann', envelopeSender: 'ann@corp.example', clientIp: '45.155.205.233',
        recipients: Array.from({ length: 5 }, (_, k) => ({ address: `r${i}-${k}@gmail.com`, result: k < 2 ? 'bounced' : 'sent' })),
      }).length;
    }
    assert.equal(opened, 1);
    await second.checkpoint();
    const open = await state.incidents({ status: 'open' });
    assert.equal(open.length, 1);
    assert.equal(open[0]!.subject.id, 'ann');
    assert.ok(open[0]!.evidence.some((e) => e.id === 'OUTBOUND_NEW_NETWORK'), JSON.stringify(open[0]!.evidence));

    // Another process (the CLI) records a release; the running monitor picks it up.
    await state.addRelease({ kind: 'sasl', id: 'ann' }, start + 3600_000, 'ann-admin');
    assert.equal(await second.pollReleases(), 1);
    assert.equal(second.detector.openIncident({ kind: 'sasl', id: 'ann' }), undefined);
    await second.close();
    const after = await state.incidents();
    assert.equal(after[0]!.status, 'released');
    assert.equal(after[0]!.releasedBy, 'ann-admin');
    await state.close();
  });
}

test.after(async () => {
  if ('drop' in pg) await pg.drop();
  if ('drop' in redis) await redis.drop();
});
