import type { ModuleMigrations, SqlExecutor } from '../store/types.js';
import { CAMPAIGNS_MIGRATIONS, MEMBER_COLUMNS, memberFromRow } from './schema.js';
import { summariseCampaign, type CampaignSummary, BOTNET_MIN_IPS, BOTNET_MIN_IP_SHARE } from './summary.js';

/** What the campaign queries need of a store: SQL and migrations (the Store interface has both). */
export interface CampaignStore extends SqlExecutor {
  migrate(module: ModuleMigrations): Promise<void>;
}

export interface CampaignListItem {
  id: string;
  size: number;
  firstSeen: string;
  lastSeen: string;
  /** Distinct sender domains and sending IPs. */
  senders: number;
  ips: number;
  botnet: boolean;
  /** Members whose verdict is not clean. */
  nonClean: number;
  /** The first member's subject. */
  subject: string;
}

export interface CampaignListQuery {
  /** Campaigns seen in [from, to] (epoch ms, inclusive); default: any time. */
  from?: number;
  to?: number;
  /** At least this many members (default 2: a campaign of one is just a message). */
  minSize?: number;
  /** Include campaigns whose members were all judged clean (mailing lists, newsletters). Default false. */
  includeClean?: boolean;
  /** Order: biggest first (default) or most recently seen first. */
  order?: 'size' | 'recent';
  limit?: number;
  offset?: number;
}

const ready = new WeakSet<object>();
async function ensure(store: CampaignStore): Promise<void> {
  if (ready.has(store)) return;
  await store.migrate(CAMPAIGNS_MIGRATIONS);
  ready.add(store);
}

const iso = (ms: number | string): string => new Date(Number(ms)).toISOString();

/**
 * Campaigns, biggest (or most recent) first, with their distinct senders and IPs.
 * @example await listCampaigns(store, { minSize: 5, limit: 20 })
 */
export async function listCampaigns(store: CampaignStore, q: CampaignListQuery = {}): Promise<CampaignListItem[]> {
  await ensure(store);
  const where = ['size >= ?'];
  const params: unknown[] = [Math.max(1, q.minSize ?? 2)];
  if (!q.includeClean) where.push('non_clean > 0');
  if (q.from !== undefined) {
    where.push('last_seen >= ?');
    params.push(q.from);
  }
  if (q.to !== undefined) {
    where.push('first_seen <= ?');
    params.push(q.to);
  }
  const order = q.order === 'recent' ? 'last_seen DESC, id' : 'size DESC, id';
  const limit = Math.min(Math.max(1, q.limit ?? 50), 1000);
  const offset = Math.max(0, q.offset ?? 0);
  // The distinct counts are kept in the row as members arrive: the listing reads 50 rows, whatever their size.
  const rows = await store.all<{ id: string; size: number | string; first_seen: number | string; last_seen: number | string; non_clean: number | string; subject: string; ips: number | string; senders: number | string }>(
    `SELECT id, size, first_seen, last_seen, non_clean, subject, ips, senders FROM campaigns WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
  return rows.map((r) => {
    const ips = Number(r.ips);
    const size = Number(r.size);
    return {
      id: r.id,
      size,
      firstSeen: iso(r.first_seen),
      lastSeen: iso(r.last_seen),
      senders: Number(r.senders),
      ips,
      botnet: ips >= BOTNET_MIN_IPS && ips >= BOTNET_MIN_IP_SHARE * size,
      nonClean: Number(r.non_clean),
      subject: r.subject,
    };
  });
}

/** Campaign counts by size band, for reports ("12 campaigns of 2–4 messages, 3 of 5–19, …"). */
export async function campaignSizeHistogram(store: CampaignStore, q: { includeClean?: boolean } = {}): Promise<{ band: string; campaigns: number; messages: number }[]> {
  await ensure(store);
  const rows = await store.all<{ band: string; campaigns: number | string; messages: number | string }>(
    `SELECT CASE WHEN size >= 100 THEN '100+' WHEN size >= 20 THEN '20-99' WHEN size >= 5 THEN '5-19' ELSE '2-4' END AS band,
            COUNT(*) AS campaigns, SUM(size) AS messages
     FROM campaigns WHERE size >= 2 ${q.includeClean ? '' : 'AND non_clean > 0'} GROUP BY 1`,
  );
  const order = ['2-4', '5-19', '20-99', '100+'];
  return rows
    .map((r) => ({ band: r.band, campaigns: Number(r.campaigns), messages: Number(r.messages) }))
    .sort((a, b) => order.indexOf(a.band) - order.indexOf(b.band));
}

/** The current id of a campaign (ids merged into another resolve to it), or undefined. Accepts a prefix of ≥ 6 characters. */
export async function resolveCampaignId(store: CampaignStore, id: string): Promise<string | undefined> {
  await ensure(store);
  const wanted = id.trim();
  if (!/^C?[0-9a-f]{5,12}$/i.test(wanted)) return undefined;
  const full = wanted.startsWith('C') || wanted.startsWith('c') ? `C${wanted.slice(1).toLowerCase()}` : `C${wanted.toLowerCase()}`;
  const exact = await store.get<{ id: string }>('SELECT id FROM campaigns WHERE id = ?', [full]);
  if (exact) return exact.id;
  const merged = await store.get<{ into_id: string }>('SELECT into_id FROM campaign_merges WHERE from_id = ?', [full]);
  if (merged) return merged.into_id;
  if (full.length < 13) {
    const rows = await store.all<{ id: string }>('SELECT id FROM campaigns WHERE id >= ? AND id < ? ORDER BY id LIMIT 2', [full, `${full}g`]);
    if (rows.length === 1) return rows[0]!.id;
  }
  return undefined;
}

/** Members read for one campaign summary: enough to describe it, bounded for a botnet's 100,000. */
export const SUMMARY_MEMBER_LIMIT = 2_000;

/**
 * One campaign, summarised: first/last seen, size, senders, IPs (and whether that says botnet), verdicts,
 * categories, themes, IOCs, samples and why its members were joined. undefined when unknown.
 */
export async function getCampaign(store: CampaignStore, id: string): Promise<CampaignSummary | undefined> {
  const resolved = await resolveCampaignId(store, id);
  if (!resolved) return undefined;
  const row = await store.get<{ size: number | string; first_seen: number | string; last_seen: number | string; ips: number | string; senders: number | string }>(
    'SELECT size, first_seen, last_seen, ips, senders FROM campaigns WHERE id = ?',
    [resolved],
  );
  if (!row) return undefined;
  const size = Number(row.size);
  const rows = await store.all<Parameters<typeof memberFromRow>[0]>(
    `SELECT ${MEMBER_COLUMNS} FROM campaign_members WHERE campaign_id = ? ORDER BY at LIMIT ${SUMMARY_MEMBER_LIMIT}`,
    [resolved],
  );
  const truncated = size > rows.length;
  const summary = summariseCampaign(resolved, rows.map(memberFromRow), truncated, size);
  if (truncated) {
    // Counts over every member, not only those read.
    summary.ips = Number(row.ips);
    summary.senders = Number(row.senders);
    summary.firstSeen = iso(row.first_seen);
    summary.lastSeen = iso(row.last_seen);
    if (summary.ips >= BOTNET_MIN_IPS && summary.ips >= BOTNET_MIN_IP_SHARE * size) {
      summary.botnet = `sent from ${summary.ips} distinct IPs and ${summary.senders} sender domains for ${size} messages of one template: a botnet indicator`;
    }
  }
  return summary;
}
