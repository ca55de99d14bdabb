import type { MessageIndexer, ModuleMigrations, SqlExecutor, StoredMessage } from '../store/types.js';
import type { CampaignIndex, CampaignMember } from './cluster.js';
import { Clusterer } from './cluster.js';
import type { CampaignMessage } from './features.js';

/**
 * Campaign tables. Members are keyed by message hash (re-ingest adds nothing); the lookup keys (LSH bands,
 * attachment hashes, subject templates, tracking patterns, link domains) are stored so that clustering is
 * incremental across runs and processes; merged campaign ids are remembered so an old id still resolves.
 */
export const CAMPAIGNS_MIGRATIONS: ModuleMigrations = {
  module: 'campaigns',
  migrations: [
    {
      version: 1,
      name: 'campaigns, members, keys, merges',
      sqlite: `
        CREATE TABLE IF NOT EXISTS campaigns (
          id TEXT PRIMARY KEY, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, size INTEGER NOT NULL,
          non_clean INTEGER NOT NULL, subject TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS campaigns_size ON campaigns (size DESC, id);
        CREATE INDEX IF NOT EXISTS campaigns_last_seen ON campaigns (last_seen);
        CREATE TABLE IF NOT EXISTS campaign_members (
          hash TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, at INTEGER NOT NULL, subject TEXT NOT NULL,
          sender_ip TEXT, sender_domain TEXT, verdict TEXT NOT NULL, categories TEXT NOT NULL, themes TEXT NOT NULL,
          features TEXT NOT NULL, joined_with TEXT, reasons TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS campaign_members_campaign ON campaign_members (campaign_id, at);
        CREATE TABLE IF NOT EXISTS campaign_keys (key TEXT NOT NULL, at INTEGER NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (key, at, hash)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS campaign_merges (from_id TEXT PRIMARY KEY, into_id TEXT NOT NULL, at INTEGER NOT NULL);`,
      postgres: `
        CREATE TABLE IF NOT EXISTS campaigns (
          id TEXT PRIMARY KEY, first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL, size BIGINT NOT NULL,
          non_clean BIGINT NOT NULL, subject TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS campaigns_size ON campaigns (size DESC, id);
        CREATE INDEX IF NOT EXISTS campaigns_last_seen ON campaigns (last_seen);
        CREATE TABLE IF NOT EXISTS campaign_members (
          hash TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, at BIGINT NOT NULL, subject TEXT NOT NULL,
          sender_ip TEXT, sender_domain TEXT, verdict TEXT NOT NULL, categories TEXT NOT NULL, themes TEXT NOT NULL,
          features TEXT NOT NULL, joined_with TEXT, reasons TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS campaign_members_campaign ON campaign_members (campaign_id, at);
        CREATE TABLE IF NOT EXISTS campaign_keys (key TEXT NOT NULL, at BIGINT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (key, at, hash));
        CREATE TABLE IF NOT EXISTS campaign_merges (from_id TEXT PRIMARY KEY, into_id TEXT NOT NULL, at BIGINT NOT NULL);`,
    },
    {
      version: 2,
      name: 'covering indexes for distinct senders and IPs per campaign',
      // COUNT(DISTINCT sender_ip) of a 100,000-member campaign read every row (2 s); from these it reads an index.
      sqlite: `CREATE INDEX IF NOT EXISTS campaign_members_ips ON campaign_members (campaign_id, sender_ip);
        CREATE INDEX IF NOT EXISTS campaign_members_senders ON campaign_members (campaign_id, sender_domain);`,
      postgres: `CREATE INDEX IF NOT EXISTS campaign_members_ips ON campaign_members (campaign_id, sender_ip);
        CREATE INDEX IF NOT EXISTS campaign_members_senders ON campaign_members (campaign_id, sender_domain);`,
    },
  ],
};

interface MemberRow {
  hash: string;
  campaign_id: string;
  at: number | string;
  subject: string;
  sender_ip: string | null;
  sender_domain: string | null;
  verdict: string;
  categories: string;
  themes: string;
  features: string;
  joined_with: string | null;
  reasons: string;
}

export const MEMBER_COLUMNS = 'hash, campaign_id, at, subject, sender_ip, sender_domain, verdict, categories, themes, features, joined_with, reasons';

export function memberFromRow(r: MemberRow): CampaignMember {
  return {
    hash: r.hash,
    campaignId: r.campaign_id,
    time: Number(r.at),
    subject: r.subject,
    senderIp: r.sender_ip,
    senderDomain: r.sender_domain,
    verdict: r.verdict,
    categories: JSON.parse(r.categories) as string[],
    themes: JSON.parse(r.themes) as string[],
    features: JSON.parse(r.features) as CampaignMember['features'],
    joinedWith: r.joined_with,
    reasons: JSON.parse(r.reasons) as CampaignMember['reasons'],
  };
}

/** The CampaignIndex on store tables, working inside one transaction (`tx`). */
export class StoreCampaignIndex implements CampaignIndex {
  constructor(private readonly tx: SqlExecutor) {}

  async has(hash: string): Promise<boolean> {
    return (await this.tx.get('SELECT 1 AS x FROM campaign_members WHERE hash = ?', [hash])) !== undefined;
  }

  async candidates(keys: readonly string[], limitPerKey: number): Promise<CampaignMember[]> {
    if (keys.length === 0) return [];
    // One statement for every key: the newest `limitPerKey` hashes of each (an index range scan each).
    const arms = keys.map(() => `SELECT hash FROM (SELECT hash FROM campaign_keys WHERE key = ? ORDER BY at DESC LIMIT ${Math.floor(limitPerKey)}) k`);
    const rows = await this.tx.all<MemberRow>(
      `SELECT ${MEMBER_COLUMNS} FROM campaign_members WHERE hash IN (${arms.join(' UNION ')})`,
      keys,
    );
    return rows.map(memberFromRow);
  }

  async add(member: CampaignMember, keys: readonly string[]): Promise<void> {
    const inserted = await this.tx.run(
      `INSERT INTO campaign_members (${MEMBER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`,
      [member.hash, member.campaignId, member.time, member.subject, member.senderIp, member.senderDomain, member.verdict,
        JSON.stringify(member.categories), JSON.stringify(member.themes), JSON.stringify(member.features), member.joinedWith, JSON.stringify(member.reasons)],
    );
    if (inserted.changes === 0) return;
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += 100) {
      const chunk = unique.slice(i, i + 100);
      await this.tx.run(
        `INSERT INTO campaign_keys (key, at, hash) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
        chunk.flatMap((k) => [k, member.time, member.hash]),
      );
    }
    const nonClean = member.verdict === 'clean' ? 0 : 1;
    await this.tx.run(
      `INSERT INTO campaigns (id, first_seen, last_seen, size, non_clean, subject) VALUES (?, ?, ?, 1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET
         first_seen = CASE WHEN excluded.first_seen < campaigns.first_seen THEN excluded.first_seen ELSE campaigns.first_seen END,
         last_seen = CASE WHEN excluded.last_seen > campaigns.last_seen THEN excluded.last_seen ELSE campaigns.last_seen END,
         size = campaigns.size + 1, non_clean = campaigns.non_clean + excluded.non_clean`,
      [member.campaignId, member.time, member.time, nonClean, member.subject],
    );
  }

  async merge(from: string, into: string): Promise<void> {
    await this.tx.run('UPDATE campaign_members SET campaign_id = ? WHERE campaign_id = ?', [into, from]);
    await this.tx.run('DELETE FROM campaigns WHERE id = ?', [from]);
    await this.refresh(into);
    const now = Date.now();
    await this.tx.run('INSERT INTO campaign_merges (from_id, into_id, at) VALUES (?, ?, ?) ON CONFLICT (from_id) DO NOTHING', [from, into, now]);
    // Earlier merges into `from` now point at `into` too.
    await this.tx.run('UPDATE campaign_merges SET into_id = ? WHERE into_id = ?', [into, from]);
  }

  async firstSeen(campaignId: string): Promise<number | undefined> {
    const row = await this.tx.get<{ first_seen: number | string }>('SELECT first_seen FROM campaigns WHERE id = ?', [campaignId]);
    return row ? Number(row.first_seen) : undefined;
  }

  /** Recomputes a campaign's row from its members (after a merge or a rescan). */
  async refresh(id: string): Promise<void> {
    const agg = await this.tx.get<{ first: number | string | null; last: number | string | null; size: number | string; non_clean: number | string | null }>(
      `SELECT MIN(at) AS first, MAX(at) AS last, COUNT(*) AS size, SUM(CASE WHEN verdict <> 'clean' THEN 1 ELSE 0 END) AS non_clean
       FROM campaign_members WHERE campaign_id = ?`,
      [id],
    );
    if (!agg || Number(agg.size) === 0 || agg.first === null) {
      await this.tx.run('DELETE FROM campaigns WHERE id = ?', [id]);
      return;
    }
    await this.tx.run(
      `UPDATE campaigns SET first_seen = ?, last_seen = ?, size = ?, non_clean = ? WHERE id = ?`,
      [Number(agg.first), Number(agg.last), Number(agg.size), Number(agg.non_clean ?? 0), id],
    );
    await this.tx.run(
      `INSERT INTO campaigns (id, first_seen, last_seen, size, non_clean, subject)
       SELECT ?, ?, ?, ?, ?, subject FROM campaign_members WHERE campaign_id = ? ORDER BY at LIMIT 1
       ON CONFLICT (id) DO NOTHING`,
      [id, Number(agg.first), Number(agg.last), Number(agg.size), Number(agg.non_clean ?? 0), id],
    );
  }
}

/** What the clusterer is given of a stored message: its scan fingerprint instead of its text. */
export function campaignMessageOf(m: StoredMessage): CampaignMessage {
  const urls = m.iocs.filter((i) => i.kind === 'url').map((i) => i.value);
  const hashes = m.report.iocs?.hashes ?? [];
  return {
    hash: m.hash,
    time: m.at,
    subject: m.subject,
    text: '',
    fingerprint: m.report.fingerprint ?? '',
    urls: urls.length ? urls : (m.report.iocs?.urls ?? []),
    attachments: hashes.map((h) => ({ name: h.name, sha256: h.sha256 })),
    senderIp: m.sendingIp,
    senderDomain: m.fromDomain ?? (m.mailFrom?.includes('@') ? m.mailFrom.slice(m.mailFrom.lastIndexOf('@') + 1) : null),
    verdict: m.verdict,
    categories: m.categories,
    themes: m.themes,
  };
}

/**
 * The MessageIndexer that clusters new messages into campaigns inside the insert transaction. A rescan
 * updates the members' verdicts and categories (their text, hence their campaign, did not change).
 */
export function campaignsIndexer(): MessageIndexer {
  return {
    name: 'campaigns',
    migrations: CAMPAIGNS_MIGRATIONS,
    async onStored(tx, stored) {
      const clusterer = new Clusterer(new StoreCampaignIndex(tx));
      const ordered = [...stored].sort((a, b) => a.at - b.at || (a.hash < b.hash ? -1 : 1));
      // The store calls this for newly stored messages only; the member insert is idempotent anyway.
      for (const m of ordered) await clusterer.add(campaignMessageOf(m), true);
    },
    async onReplaced(tx, replaced) {
      const index = new StoreCampaignIndex(tx);
      const touched = new Set<string>();
      for (const { current } of replaced) {
        await tx.run('UPDATE campaign_members SET verdict = ?, categories = ?, themes = ? WHERE hash = ?', [
          current.verdict, JSON.stringify(current.categories), JSON.stringify(current.themes), current.hash,
        ]);
        const row = await tx.get<{ campaign_id: string }>('SELECT campaign_id FROM campaign_members WHERE hash = ?', [current.hash]);
        if (row) touched.add(row.campaign_id);
      }
      for (const id of touched) await index.refresh(id);
    },
  };
}
