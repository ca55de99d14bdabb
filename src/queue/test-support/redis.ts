import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { TestContext } from 'node:test';
import { Redis } from 'ioredis';

/** The Redis every machine here and CI runs (keeps nothing on disk); SPAMLAB_TEST_REDIS overrides it. */
export const TEST_REDIS = process.env.SPAMLAB_TEST_REDIS ?? 'redis://127.0.0.1:6379/0';

/** A key prefix of this test alone: other tests and other engineers' runs never see its keys. */
export const uniquePrefix = (what: string) => `spamlab-test-${what}-${process.pid}-${randomBytes(4).toString('hex')}`;

/** The queue URL of the shared test Redis with the given prefix. */
export const testQueueUrl = (prefix: string, base = TEST_REDIS) => `${base}?prefix=${prefix}`;

/**
 * Skips the test when Redis is unreachable (outside CI; under CI=true it fails). Returns a client for
 * assertions and clean-up; `cleanup(prefix)` deletes that prefix's keys only and closes the client.
 */
export async function requireRedis(t: TestContext, url = TEST_REDIS): Promise<{ redis: Redis; cleanup(prefix: string): Promise<void> } | undefined> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => null, lazyConnect: true });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    const reason = `Redis at ${url} is not reachable (${(err as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`${reason}; CI must run it`);
    t.skip(reason);
    return undefined;
  }
  return {
    redis,
    async cleanup(prefix: string) {
      await deletePrefix(redis, prefix);
      redis.disconnect();
    },
  };
}

/** Deletes every key under `prefix:` (SCAN, never KEYS or FLUSHDB: the server is shared). */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}

/** A TCP port free on loopback at the time of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A Redis of the test's own on a free loopback port, nothing kept on disk (as the machine's): the shared
 * one is never restarted. `kill()` ends it with SIGKILL (everything in it is gone); `start()` starts it
 * again, empty, on the same port.
 */
export interface PrivateRedis {
  port: number;
  url: string;
  start(): Promise<void>;
  kill(): Promise<void>;
}

export async function startPrivateRedis(t: TestContext): Promise<PrivateRedis | undefined> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: PrivateRedis = {
    port,
    url: `redis://127.0.0.1:${port}/0`,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'], { stdio: 'ignore' });
      const failed = new Promise<never>((_, reject) => child!.once('error', reject));
      // Ready when it answers PING (polled: the server starts in a few milliseconds).
      for (let i = 0; ; i++) {
        const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        probe.on('error', () => undefined);
        try {
          await Promise.race([probe.connect().then(() => probe.ping()), failed]);
          probe.disconnect();
          return;
        } catch (err) {
          probe.disconnect();
          if (i > 500 || (err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    },
    async kill() {
      const c = child;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      await exited;
    },
  };
  try {
    await redis.start();
  } catch (err) {
    const reason = `cannot start redis-server (${(err as Error).message})`;
    if (process.env.CI === 'true') throw new Error(reason);
    t.skip(reason);
    return undefined;
  }
  t.after(() => redis.kill());
  return redis;
}
