import { openStore } from '../../store/index.js';

/** What must match between two stores that ingested the same corpus (the embedded default and the queue). */
export interface StoreResults {
  /** hash → `verdict score` (score to two decimals). */
  verdicts: Map<string, string>;
  /** Campaigns of two or more members, each as its sorted member hashes. */
  campaigns: string[];
  /** Rows of the campaigns of two or more members: id, first/last seen, size, non-clean, subject, distinct IPs and senders. */
  campaignRows: string[];
  count: number;
  /** Sum of the monthly `all` trend counters: equals `count` unless a message was counted twice. */
  trendTotal: number;
}

export async function storeResults(location: string): Promise<StoreResults> {
  const store = await openStore(location);
  try {
    const rows = await store.all<{ hash: string; verdict: string; score: number }>('SELECT hash, verdict, score FROM messages');
    const members = await store.all<{ hash: string; campaign_id: string }>('SELECT hash, campaign_id FROM campaign_members');
    const groups = new Map<string, string[]>();
    for (const m of members) (groups.get(m.campaign_id) ?? groups.set(m.campaign_id, []).get(m.campaign_id)!).push(m.hash);
    const campaigns = [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort().join(',')).sort();
    const campaignRows = (await store.all<Record<string, unknown>>('SELECT id, first_seen, last_seen, size, non_clean, subject, ips, senders FROM campaigns WHERE size > 1 ORDER BY id'))
      .map((r) => JSON.stringify(Object.values(r).map((v) => (typeof v === 'string' ? v : Number(v)))));
    const trend = await store.get<{ n: number }>("SELECT COALESCE(SUM(count), 0) AS n FROM trend_counts WHERE period_kind = 'month' AND dimension = 'all'");
    return { verdicts: new Map(rows.map((r) => [r.hash, `${r.verdict} ${Number(r.score).toFixed(2)}`])), campaigns, campaignRows, count: rows.length, trendTotal: Number(trend?.n ?? 0) };
  } finally {
    await store.close();
  }
}
