import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/load.js';
import { MemoryOutboundState } from '../outbound/state/memory.js';
import { RedisOutboundState } from '../outbound/state/redis.js';
import { StoreOutboundState } from '../outbound/state/store.js';
import { redisTestPrefix, TEST_REDIS } from '../test-support/redis.js';
import { openOutboundState } from './outbound-state.js';

test('the outbound state a location selects: memory, the store, or shared Redis under the configured prefix', async (t) => {
  const settings = defaultConfig().outbound.state;
  assert.ok((await openOutboundState(false, settings)).state instanceof MemoryOutboundState);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-outbound-state-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = await openOutboundState(path.join(dir, 'a.db'), settings);
  assert.ok(store.state instanceof StoreOutboundState);
  assert.equal(store.sharedLog, undefined);
  await store.state.close();

  const redis = await redisTestPrefix('runtime');
  if ('unavailable' in redis) return t.skip(redis.unavailable);
  t.after(() => redis.drop());
  // The configuration's URL applies when no flag is given.
  const shared = await openOutboundState(undefined, { ...settings, url: TEST_REDIS, keyPrefix: redis.prefix });
  t.after(() => shared.state.close());
  assert.ok(shared.state instanceof RedisOutboundState);
  assert.equal(shared.sharedLog, shared.state);
  await shared.ping!();
  await shared.state.addRelease({ kind: 'sasl', id: 'ann' }, 1, 'me');
  assert.equal(await redis.client.zcard(`${redis.prefix}releases`), 1);
  await assert.rejects(openOutboundState('redis://127.0.0.1:1', settings), /cannot reach Redis/);
});
