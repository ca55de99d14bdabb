import { campaignsIndexer } from '../campaigns/store-index.js';
import { openStore } from '../store/index.js';
import type { Store, StoredMessage } from '../store/types.js';

/** What a store holds of campaigns, in a form tests compare: members, campaign rows, key entries, merges. */
export interface CampaignSnapshot {
  /** hash → campaign id */
  members: Map<string, string>;
  /** Each campaign row as JSON (numbers as numbers on both dialects), by id. */
  campaigns: string[];
  /** `key at hash` of every key entry, sorted. */
  keys: string[];
  /** `from>into` of every merge, by from. */
  merges: string[];
}

export async function campaignSnapshot(store: Store): Promise<CampaignSnapshot> {
  const members = new Map((await store.all<{ hash: string; campaign_id: string }>('SELECT hash, campaign_id FROM campaign_members ORDER BY hash')).map((r) => [r.hash, r.campaign_id]));
  const campaigns = (await store.all<Record<string, unknown>>('SELECT id, first_seen, last_seen, size, non_clean, subject, ips, senders FROM campaigns ORDER BY id'))
    .map((r) => JSON.stringify(Object.values(r).map((v) => (typeof v === 'string' ? v : Number(v)))));
  const keys = (await store.all<{ key: string; at: number; hash: string }>('SELECT key, at, hash FROM campaign_keys ORDER BY key, at, hash')).map((r) => `${r.key} ${Number(r.at)} ${r.hash}`);
  const merges = (await store.all<{ from_id: string; into_id: string }>('SELECT from_id, into_id FROM campaign_merges ORDER BY from_id')).map((r) => `${r.from_id}>${r.into_id}`);
  return { members, campaigns, keys, merges };
}

/** Inserts `messages` into a fresh store at `location`, `batchSize` per transaction with the campaign indexer, and snapshots it. */
export async function clusterInStore(location: string, messages: readonly StoredMessage[], batchSize: number): Promise<CampaignSnapshot> {
  const store = await openStore(location);
  try {
    await store.messages.ensureSchema();
    const indexers = [campaignsIndexer()];
    for (let i = 0; i < messages.length; i += batchSize) await store.messages.insertBatch({ messages: messages.slice(i, i + batchSize) }, { indexers });
    return await campaignSnapshot(store);
  } finally {
    await store.close();
  }
}
