import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis every machine here and CI runs (keeps nothing on disk); SPAMLAB_TEST_REDIS overrides it. */
export const TEST_REDIS = process.env.SPAMLAB_TEST_REDIS ?? 'redis://127.0.0.1:6379';

/**
 * A key prefix of its own for one test (parallel test files and other people's runs share the Redis),
 * and `drop()` deleting every key under it. `unavailable` when Redis cannot be reached (the caller skips
 * with the reason); under CI=true that is an error.
 * @example const r = await redisTestPrefix('outbound'); t.after(() => r.drop());
 */
export async function redisTestPrefix(label: string): Promise<{ prefix: string; drop(): Promise<void>; client: Redis } | { unavailable: string }> {
  const client = new Redis(TEST_REDIS, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    const reason = `Redis at ${TEST_REDIS} is not reachable (${(err as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`${reason}; CI must run it`);
    return { unavailable: reason };
  }
  const prefix = `spamlab-test:${label}:${process.pid}:${randomBytes(4).toString('hex')}:`;
  return {
    prefix,
    client,
    async drop() {
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await client.del(...keys);
      } while (cursor !== '0');
      client.disconnect();
    },
  };
}
