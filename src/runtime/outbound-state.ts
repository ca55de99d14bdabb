import type { SpamlabConfig } from '../config/schema.js';
import { MemoryOutboundState } from '../outbound/state/memory.js';
import { RedisOutboundState } from '../outbound/state/redis.js';
import { StoreOutboundState } from '../outbound/state/store.js';
import type { OutboundState, SharedEventLog } from '../outbound/state/types.js';
import { defaultStorePath, openStore, type Store } from '../store/index.js';

export interface OpenedOutboundState {
  state: OutboundState;
  /** Set when the state is shared (Redis): policy listeners judge every listener's events through it. */
  sharedLog?: SharedEventLog;
  /** Readiness probe of a state outside the store (Redis). */
  ping?: () => Promise<void>;
}

export const isRedisLocation = (location: string): boolean => /^rediss?:\/\//i.test(location);

/**
 * The outbound state a command asked for: `location` (a flag) else `outbound.state.url` from the
 * configuration; a redis:// URL is the shared Redis state, anything else the store (`store` when the
 * caller has it open, else the store at `location` or the default one). `false`: in memory (--no-state).
 * `waitForConnection` false: a listener starts while Redis is down and answers its fail mode until it is back.
 * @example const { state, sharedLog } = await openOutboundState('redis://127.0.0.1:6379', config.outbound.state, { waitForConnection: false });
 */
export async function openOutboundState(
  location: string | false | undefined,
  settings: SpamlabConfig['outbound']['state'],
  options: { store?: Store; waitForConnection?: boolean; onError?: (err: Error) => void } = {},
): Promise<OpenedOutboundState> {
  if (location === false) return { state: new MemoryOutboundState() };
  const where = location || settings.url;
  if (where && isRedisLocation(where)) {
    const state = await RedisOutboundState.open({
      url: where, keyPrefix: settings.keyPrefix, commandTimeoutMs: settings.commandTimeoutMs, maxEvents: settings.maxEvents,
      ...(options.waitForConnection === false ? { waitForConnection: false } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    });
    return { state, sharedLog: state, ping: () => state.ping() };
  }
  if (options.store && !where) return { state: await StoreOutboundState.open(options.store) };
  return { state: await StoreOutboundState.open(await openStore(where || defaultStorePath()), true) };
}
