/**
 * Outbound state in Redis, for several MTAs whose policy listeners must judge one sender together
 * (`spamlab serve --policy … --outbound-state redis://…`). Three things live here, each under the key prefix:
 *
 * - The shared event log (`events`, a stream): the last window (24 h) of every listener's events. Each
 *   listener appends its event and reads everyone's since its cursor in one script, and feeds them to its
 *   own detector in the stream's order, so every detector sees the sender's total traffic. The stream is
 *   trimmed to the window by Redis' own clock and capped at `maxEvents`.
 * - Learned baselines (`profile:<subject>`), incidents (`incident:<id>`, indexed by `incidents`, with the
 *   open one of a subject in `open:<subject>`) and releases (`releases`).
 * - Every key carries a TTL (baselines: keepDays + 1, incidents 90 days, releases 7 days, the log its
 *   window), and indexes are capped, so memory stays bounded whatever the traffic.
 *
 * Redis down: commands fail at once (no offline queue, a command time-out), and the caller's configured
 * fail mode answers; the client reconnects by itself.
 */
import { Redis } from 'ioredis';
import type { Incident } from '../behaviour/incident.js';
import type { OutboundEvent, SubjectRef } from '../events/types.js';
import { subjectKey } from '../events/types.js';
import type { IncidentClaims, OutboundState, ReleaseRequest, SavedProfile, SharedEventLog, SharedEvents } from './types.js';

export interface RedisOutboundOptions {
  /** `redis://[:password@]host:port[/db]` or `rediss://…`. */
  url: string;
  /** Prefix of every key (several spamlab sites or tests on one Redis). Default `spamlab:outbound:`. */
  keyPrefix?: string;
  /** A command without an answer after this fails (and the policy answers its fail mode). Default 500 ms. */
  commandTimeoutMs?: number;
  /** How much of the shared event log is kept: the detector's longest window. Default 24 h. */
  windowMs?: number;
  /** Most events in the shared log; past it the oldest are dropped (counted in `stats.logFull`). Default 1,000,000. */
  maxEvents?: number;
  /** Learned baselines expire this long after their last checkpoint. Default 36 days (keepDays + 1). */
  profileTtlMs?: number;
  /** Incidents expire this long after their last change. Default 90 days. */
  incidentTtlMs?: number;
  maxIncidents?: number;
  /** Releases are picked up by running listeners within seconds; kept this long. Default 7 days. */
  releaseTtlMs?: number;
  maxReleases?: number;
  /** Connection errors (Redis down, refused, reset); the client keeps reconnecting. */
  onError?: (err: Error) => void;
}

const DAY = 86_400_000;

/** Appends events (ARGV[5…]), trims the log to its window and cap, answers the events after the cursor. */
const APPEND = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local full = 0
if redis.call('XLEN', KEYS[1]) + #ARGV - 4 > tonumber(ARGV[4]) then full = 1 end
for i = 5, #ARGV do redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', 'e', ARGV[i]) end
redis.call('XTRIM', KEYS[1], 'MINID', '~', tostring(now - tonumber(ARGV[3])))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {full, redis.call('XRANGE', KEYS[1], '(' .. ARGV[1], '+', 'COUNT', ARGV[2])}`;

/** The shared id of a subject's open incident, or a new one (then this caller is the first to report it). */
const CLAIM = `
local open = redis.call('GET', KEYS[2])
if open then
  redis.call('PEXPIRE', KEYS[2], ARGV[1])
  return {tonumber(open), 0}
end
local id = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], id, 'PX', ARGV[1])
return {id, 1}`;

/** Writes an incident, keeps its subject's open marker right, caps the index (oldest incidents dropped). */
const SAVE_INCIDENT = `
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
if redis.call('EXISTS', KEYS[4]) == 1 then redis.call('PEXPIRE', KEYS[4], ARGV[4]) end
if ARGV[3] == 'open' then
  redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[4])
elseif redis.call('GET', KEYS[3]) == ARGV[1] then
  redis.call('DEL', KEYS[3])
end
local extra = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[5])
if extra > 0 then
  for _, old in ipairs(redis.call('ZRANGE', KEYS[2], 0, extra - 1)) do redis.call('DEL', ARGV[6] .. 'incident:' .. old) end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, extra - 1)
end
return 1`;

/**
 * Records a release. Ids are time-based (Redis' clock in ms × 1000, then +1 past the last one), so they keep
 * growing even after the counter expired with the releases: a running listener never misses one.
 */
const ADD_RELEASE = `
local t = redis.call('TIME')
local id = tonumber(t[1]) * 1000000 + math.floor(tonumber(t[2]) / 1000) * 1000
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if id <= last then id = last + 1 end
redis.call('SET', KEYS[1], string.format('%.0f', id), 'PX', ARGV[2])
local member = string.format('%.0f', id) .. ' ' .. ARGV[1]
redis.call('ZADD', KEYS[2], id, member)
redis.call('PEXPIRE', KEYS[2], ARGV[2])
local extra = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[3])
if extra > 0 then redis.call('ZREMRANGEBYRANK', KEYS[2], 0, extra - 1) end
return string.format('%.0f', id)`;

type Entry = [string, string[]];

export class RedisOutboundState implements OutboundState, SharedEventLog, IncidentClaims {
  readonly stats = { eventsAppended: 0, eventsRead: 0, logFull: 0 };
  private readonly prefix: string;
  private readonly claimed = new WeakSet<Incident>();
  private readonly o: Required<Omit<RedisOutboundOptions, 'onError' | 'keyPrefix' | 'url'>>;
  private readonly onError: ((err: Error) => void) | undefined;

  private constructor(
    private readonly redis: Redis,
    options: RedisOutboundOptions,
  ) {
    this.prefix = options.keyPrefix ?? 'spamlab:outbound:';
    this.onError = options.onError;
    this.o = {
      commandTimeoutMs: options.commandTimeoutMs ?? 500,
      windowMs: options.windowMs ?? DAY,
      maxEvents: options.maxEvents ?? 1_000_000,
      profileTtlMs: options.profileTtlMs ?? 36 * DAY,
      incidentTtlMs: options.incidentTtlMs ?? 90 * DAY,
      maxIncidents: options.maxIncidents ?? 10_000,
      releaseTtlMs: options.releaseTtlMs ?? 7 * DAY,
      maxReleases: options.maxReleases ?? 10_000,
    };
    redis.defineCommand('spamlabAppend', { numberOfKeys: 1, lua: APPEND });
    redis.defineCommand('spamlabClaim', { numberOfKeys: 2, lua: CLAIM });
    redis.defineCommand('spamlabSaveIncident', { numberOfKeys: 4, lua: SAVE_INCIDENT });
    redis.defineCommand('spamlabAddRelease', { numberOfKeys: 2, lua: ADD_RELEASE });
  }

  /**
   * Connects. `waitForConnection` false (a listener that must start, and answer its fail mode, while Redis
   * is down): returns at once and the client connects in the background.
   * @example const state = await RedisOutboundState.open({ url: 'redis://127.0.0.1:6379', keyPrefix: 'site1:outbound:' });
   */
  static async open(options: RedisOutboundOptions & { waitForConnection?: boolean }): Promise<RedisOutboundState> {
    const timeout = options.commandTimeoutMs ?? 500;
    const redis = new Redis(options.url, {
      lazyConnect: true,
      // Fail now rather than queue: a policy decision waiting for Redis holds up the MTA.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: timeout,
      connectTimeout: Math.max(1_000, timeout * 2),
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    redis.on('error', (err: Error) => options.onError?.(err));
    const state = new RedisOutboundState(redis, options);
    const connecting = redis.connect();
    if (options.waitForConnection === false) {
      connecting.catch(() => undefined);
      return state;
    }
    try {
      await connecting;
    } catch (err) {
      redis.disconnect();
      throw new Error(`cannot reach Redis for the outbound state: ${(err as Error).message}`, { cause: err });
    }
    return state;
  }

  private key(name: string): string {
    return this.prefix + name;
  }

  /**
   * The client, once connected. While a connection attempt is under way (the first one at start, or a
   * reconnect) a command waits for it up to the command time-out; between attempts (Redis down) it fails at once.
   */
  private async conn(): Promise<Redis> {
    const status = this.redis.status;
    if (status !== 'connecting' && status !== 'connect') return this.redis;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done);
        this.redis.off('close', done);
        resolve();
      };
      const timer = setTimeout(done, this.o.commandTimeoutMs);
      this.redis.once('ready', done);
      this.redis.once('close', done);
    });
    return this.redis;
  }

  /** Answers when Redis does (readiness). */
  async ping(): Promise<void> {
    await (await this.conn()).ping();
  }

  // ---- the shared event log -------------------------------------------------------------------------

  async tail(): Promise<string> {
    const last = (await (await this.conn()).xrevrange(this.key('events'), '+', '-', 'COUNT', 1)) as Entry[];
    return last[0]?.[0] ?? '0-0';
  }

  async append(events: readonly OutboundEvent[], cursor: string, max: number): Promise<SharedEvents> {
    const [full, entries] = (await ((await this.conn()) as unknown as RedisScripts).spamlabAppend(
      this.key('events'), cursor, max, this.o.windowMs, this.o.maxEvents, ...events.map((e) => JSON.stringify(e)),
    )) as [number, Entry[]];
    this.stats.eventsAppended += events.length;
    if (full && this.stats.logFull++ % 10_000 === 0) {
      // A reached limit is reported: the window then holds less than its span, and detection sees less.
      this.onError?.(new Error(`the shared outbound event log reached maxEvents (${this.o.maxEvents}): its oldest events are dropped before they leave the window (${this.stats.logFull} times so far)`));
    }
    return this.decode(entries, cursor, max);
  }

  async read(cursor: string, max: number): Promise<SharedEvents> {
    return this.decode((await (await this.conn()).xrange(this.key('events'), `(${cursor}`, '+', 'COUNT', max)) as Entry[], cursor, max);
  }

  private decode(entries: Entry[], cursor: string, max: number): SharedEvents {
    const events: OutboundEvent[] = [];
    for (const [, fields] of entries) {
      const json = fields[fields.indexOf('e') + 1];
      if (json) events.push(JSON.parse(json) as OutboundEvent);
    }
    this.stats.eventsRead += events.length;
    return { events, cursor: entries.length ? entries[entries.length - 1]![0] : cursor, more: entries.length >= max };
  }

  // ---- OutboundState ----------------------------------------------------------------------------------

  async loadProfiles(): Promise<SavedProfile[]> {
    const out: SavedProfile[] = [];
    const match = `${globEscaped(this.prefix)}profile:*`;
    let cursor = '0';
    do {
      const [next, keys] = await (await this.conn()).scan(cursor, 'MATCH', match, 'COUNT', 1000);
      cursor = next;
      if (keys.length) for (const json of await (await this.conn()).mget(...keys)) if (json) out.push(JSON.parse(json) as SavedProfile);
    } while (cursor !== '0');
    return out;
  }

  async saveProfiles(profiles: readonly SavedProfile[]): Promise<void> {
    for (let i = 0; i < profiles.length; i += 500) {
      const batch = (await this.conn()).pipeline();
      for (const p of profiles.slice(i, i + 500)) batch.set(this.key(`profile:${p.key}`), JSON.stringify(p), 'PX', this.o.profileTtlMs);
      await execAll(batch);
    }
  }

  async claimIncident(incident: Incident): Promise<boolean> {
    const [id, first] = (await ((await this.conn()) as unknown as RedisScripts).spamlabClaim(
      this.key('incident-seq'), this.key(`open:${subjectKey(incident.subject)}`), this.o.incidentTtlMs,
    )) as [number, number];
    incident.id = Number(id);
    this.claimed.add(incident);
    return first === 1;
  }

  async saveIncident(incident: Incident): Promise<void> {
    // An incident saved without a claim (a caller outside the monitor) still gets the shared id.
    if (!this.claimed.has(incident)) await this.claimIncident(incident);
    await ((await this.conn()) as unknown as RedisScripts).spamlabSaveIncident(
      this.key(`incident:${incident.id}`), this.key('incidents'), this.key(`open:${subjectKey(incident.subject)}`), this.key('incident-seq'),
      incident.id, JSON.stringify(incident), incident.status, this.o.incidentTtlMs, this.o.maxIncidents, this.prefix,
    );
  }

  async incidents(opts: { status?: Incident['status']; limit?: number } = {}): Promise<Incident[]> {
    const ids = await (await this.conn()).zrange(this.key('incidents'), 0, -1);
    if (!ids.length) return [];
    const found: Incident[] = [];
    const expired: string[] = [];
    const values = await (await this.conn()).mget(...ids.map((id) => this.key(`incident:${id}`)));
    values.forEach((json, i) => {
      if (!json) return void expired.push(ids[i]!);
      const incident = JSON.parse(json) as Incident;
      if (opts.status && incident.status !== opts.status) return;
      this.claimed.add(incident);
      found.push(incident);
    });
    // Incidents whose key expired leave the index too.
    if (expired.length) await (await this.conn()).zrem(this.key('incidents'), ...expired);
    return opts.limit ? found.slice(-opts.limit) : found;
  }

  async addRelease(subject: SubjectRef, at: number, by: string): Promise<number> {
    const id = await ((await this.conn()) as unknown as RedisScripts).spamlabAddRelease(
      this.key('release-seq'), this.key('releases'), JSON.stringify({ subject, at, by }), this.o.releaseTtlMs, this.o.maxReleases,
    );
    return Number(id);
  }

  async releasesAfter(id: number): Promise<ReleaseRequest[]> {
    const members = await (await this.conn()).zrangebyscore(this.key('releases'), `(${id}`, '+inf');
    return members.map((m) => {
      const space = m.indexOf(' ');
      return { id: Number(m.slice(0, space)), ...(JSON.parse(m.slice(space + 1)) as Omit<ReleaseRequest, 'id'>) };
    });
  }

  /** Deletes every key under the prefix (a site's outbound state reset; benchmarks clean up with it). */
  async dropAll(): Promise<number> {
    const redis = await this.conn();
    let n = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${globEscaped(this.prefix)}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) n += await redis.del(...keys);
    } while (cursor !== '0');
    return n;
  }

  async close(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}

interface RedisScripts {
  spamlabAppend(key: string, cursor: string, max: number, windowMs: number, maxEvents: number, ...json: string[]): Promise<unknown>;
  spamlabClaim(seq: string, open: string, ttlMs: number): Promise<unknown>;
  spamlabSaveIncident(incident: string, index: string, open: string, seq: string, id: number, json: string, status: string, ttlMs: number, max: number, prefix: string): Promise<unknown>;
  spamlabAddRelease(seq: string, index: string, json: string, ttlMs: number, max: number): Promise<unknown>;
}

async function execAll(pipeline: ReturnType<Redis['pipeline']>): Promise<void> {
  for (const [err] of (await pipeline.exec()) ?? []) if (err) throw err;
}

/** The prefix as a literal in a SCAN MATCH pattern. */
function globEscaped(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
