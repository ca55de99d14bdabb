/**
 * Where the scan queue lives: one URL carries the Redis server, its database and the key prefix, so a
 * producer, any number of workers and the server name the same queue with one string.
 *
 *   redis://[user:password@]host[:port][/db][?prefix=spamlab]   (rediss:// for TLS)
 */

/** Key prefix when the URL names none: every key spamlab's queue writes starts with `spamlab:scan:`. */
export const DEFAULT_PREFIX = 'spamlab';
/** The BullMQ queue name under the prefix. */
export const QUEUE_NAME = 'scan';

export interface QueueAddress {
  /** ioredis connection options (BullMQ opens its own connections from them). */
  redis: { host: string; port: number; db: number; username?: string; password?: string; tls?: Record<string, never> };
  prefix: string;
  /** The URL as shown in messages and logs: never the password. */
  display: string;
}

/** A queue URL that cannot be used, with the reason. */
export class QueueAddressError extends Error {
  override name = 'QueueAddressError';
}

/**
 * Parses a queue URL.
 * @example parseQueueUrl('redis://127.0.0.1:6379/2?prefix=lab').prefix // 'lab'
 */
export function parseQueueUrl(url: string): QueueAddress {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QueueAddressError(`not a queue URL: ${JSON.stringify(url)} (expected redis://host:port[/db][?prefix=name])`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new QueueAddressError(`the queue URL must start with redis:// or rediss://, not ${u.protocol}//`);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0 || db > 1024) throw new QueueAddressError(`the database of the queue URL must be a number (redis://host:port/2), not ${u.pathname.slice(1)}`);
  const port = u.port ? Number(u.port) : 6379;
  const prefix = u.searchParams.get('prefix') ?? DEFAULT_PREFIX;
  // BullMQ joins keys with ':'; a prefix with spaces or braces would make keys nobody can type in redis-cli.
  if (!/^[\w.:-]{1,100}$/.test(prefix)) throw new QueueAddressError(`the queue prefix may hold letters, digits and . _ : - only, not ${JSON.stringify(prefix)}`);
  const redis: QueueAddress['redis'] = { host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port, db };
  if (u.username) redis.username = decodeURIComponent(u.username);
  if (u.password) redis.password = decodeURIComponent(u.password);
  if (u.protocol === 'rediss:') redis.tls = {};
  const shown = new URL(u.toString());
  if (shown.password) shown.password = '***';
  return { redis, prefix, display: shown.toString() };
}

/** The queue URL from --queue, else the configuration's `queue.url`, else $SPAMLAB_QUEUE; '' when none. */
export function queueUrlFrom(option: string | undefined, configured: string, env: NodeJS.ProcessEnv = process.env): string {
  return option || configured || env.SPAMLAB_QUEUE || '';
}
