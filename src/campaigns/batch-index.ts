import type { SqlExecutor } from '../store/types.js';
import { type CampaignMember, type CandidateWindow, newestFirst, type PreparedMessage } from './cluster.js';
import { type Filed, MemoryCampaignIndex } from './memory-index.js';
import { MEMBER_COLUMNS } from './schema.js';

/** Hashes per member read. */
const HASHES_PER_READ = 2_000;
/** Rows per multi-row insert: members (12 values), keys (3), campaigns (8). */
const MEMBERS_PER_INSERT = 400;
const KEYS_PER_INSERT = 4_000;
const CAMPAIGNS_PER_UPSERT = 500;
/** Terms of an OR of exact matches (index probes on both dialects). */
const TERMS_PER_OR = 200;
/** Window reads per statement (UNION ALL of index range scans). */
const PROBES_PER_READ = 100;
/** Stored entries of a key between a batch's first and last message read whole; beyond, per gap. */
const BETWEEN_IN_FULL = 200;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
const marks = (n: number): string => new Array(n).fill('?').join(', ');
const rows = (n: number, columns: number): string => new Array(n).fill(`(${marks(columns)})`).join(', ');

/**
 * One window read of a key's entries in (time, hash) order: those after `above` and before `below` (either
 * may be open), the `limit` nearest `below` when `newest`, else the `limit` nearest `above`.
 */
interface Probe {
  key: string;
  above?: { time: number; hash: string };
  below?: { time: number; hash: string };
  limit: number;
  newest?: boolean;
  tag?: string;
}

type KeyRow = { key: string; at: number | string; hash: string };
/** Open bounds as sentinels, so that every window read has the same shape (one statement text, one plan). */
const FIRST = { time: Number.MIN_SAFE_INTEGER, hash: '' };
const LAST = { time: Number.MAX_SAFE_INTEGER, hash: '' };
type Point = { time: number; hash: string };
/** Exclusive bounds of the entries sent at most `withinMs` before / after `p` (hashes are never empty). */
const windowStart = (p: Point, withinMs: number): Point => ({ time: p.time - withinMs, hash: '' });
const windowEnd = (p: Point, withinMs: number): Point => ({ time: p.time + withinMs + 1, hash: '' });
const later = (a: Point, b: Point): Point => (newestFirst(a, b) <= 0 ? a : b);
const earlier = (a: Point, b: Point): Point => (newestFirst(a, b) <= 0 ? b : a);
/** Window reads per PostgreSQL statement (arrays of parameters, one plan). */
const PROBES_PER_LATERAL = 5_000;

/**
 * Runs window reads, grouped by direction and limit. PostgreSQL: one LATERAL join over arrays per group
 * (planned once; a UNION ALL of 100 subqueries costs ~10 ms of planning). SQLite: UNION ALLs of index range
 * scans whose text depends only on their count, so the prepared statement is reused.
 */
async function readProbes(tx: SqlExecutor, probes: readonly Probe[], each: (rows: KeyRow[], probe: Probe) => void): Promise<void> {
  const groups = new Map<string, Probe[]>();
  for (const p of probes) {
    const g = `${p.newest ? 'd' : 'a'}${p.limit}`;
    const list = groups.get(g);
    if (list) list.push(p);
    else groups.set(g, [p]);
  }
  for (const group of groups.values()) {
    const { newest, limit } = group[0]!;
    const order = newest ? 'at DESC, hash DESC' : 'at, hash';
    const postgres = tx.dialect === 'postgres';
    for (const chunk of chunks(group, postgres ? PROBES_PER_LATERAL : PROBES_PER_READ)) {
      let found: (KeyRow & { probe: number | string })[];
      if (postgres) {
        const col = <T>(pick: (p: Probe) => T): T[] => chunk.map(pick);
        found = await tx.all(
          `SELECT p.i AS probe, w.key, w.at, w.hash
           FROM unnest(?::int[], ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::text[]) AS p(i, key, lo_at, lo_hash, hi_at, hi_hash)
           CROSS JOIN LATERAL (SELECT k.key, k.at, k.hash FROM campaign_keys k
             WHERE k.key = p.key AND (k.at, k.hash) > (p.lo_at, p.lo_hash) AND (k.at, k.hash) < (p.hi_at, p.hi_hash)
             ORDER BY ${order.replace(/(at|hash)/g, 'k.$1')} LIMIT ${limit}) w`,
          [chunk.map((_, i) => i), col((p) => p.key), col((p) => (p.above ?? FIRST).time), col((p) => (p.above ?? FIRST).hash), col((p) => (p.below ?? LAST).time), col((p) => (p.below ?? LAST).hash)],
        );
      } else {
        const params: unknown[] = [];
        const parts = chunk.map((p, i) => {
          const above = p.above ?? FIRST;
          const below = p.below ?? LAST;
          params.push(p.key, above.time, above.hash, below.time, below.hash);
          return `SELECT ${i} AS probe, key, at, hash FROM (SELECT key, at, hash FROM campaign_keys WHERE key = ? AND (at, hash) > (?, ?) AND (at, hash) < (?, ?) ORDER BY ${order} LIMIT ${limit}) AS w${i}`;
        });
        found = await tx.all(parts.join(' UNION ALL '), params);
      }
      const byProbe = chunk.map(() => [] as KeyRow[]);
      for (const r of found) byProbe[Number(r.probe)]!.push(r);
      chunk.forEach((p, i) => each(byProbe[i]!, p));
    }
  }
}

/**
 * Serialises campaign clustering between writers: every batch locks the one row of campaign_writer
 * before it reads candidates, and holds it until its insert transaction commits. Two ingest processes or
 * queue workers (on any machine) therefore never both open a campaign for near-duplicates neither has
 * committed: the second reads after the first's commit (PostgreSQL's READ COMMITTED gives each statement a
 * fresh snapshot) and joins its campaigns. A row lock rather than pg_advisory_xact_lock: the same SQL on
 * both dialects (SQLite has one writer anyway), and it ends with the transaction whatever happens.
 */
export async function lockCampaignWriter(tx: SqlExecutor): Promise<void> {
  await tx.run('UPDATE campaign_writer SET batches = batches + 1 WHERE id = 1');
}

/**
 * The clusterer's index for one insert batch: what the store holds under the batch's lookup keys is read
 * in a few statements up front (each key's entries nearest the batch's messages in time, and their members
 * with their campaigns' first-seen times), clustering then runs in memory — including joins and merges
 * among messages of the same batch — and `write` stores the outcome in multi-row statements. Equivalent to
 * clustering the same messages one by one against the store: a message's candidates (the `perSide` nearest
 * on each side within the window) are, among the stored ones, within the `perSide` nearest a batch message
 * inside its window, all read up front; the others were added earlier in the batch.
 */
export class StoreBatchIndex extends MemoryCampaignIndex {
  /** Batch messages the store had already clustered (a message pruned and stored again). */
  private readonly clustered = new Set<string>();
  /** Campaign ids that have a row in the store. */
  private readonly storedCampaigns = new Set<string>();
  private readonly added: { member: CampaignMember; keys: readonly string[] }[] = [];
  private readonly merges: [from: string, into: string][] = [];
  /** The subject of campaigns started in this batch: their representative's (the first by time, id). */
  private readonly subjects = new Map<string, string>();

  /**
   * Reads what clustering `batch` can touch: of each key, the `perSide` entries on each side of every batch
   * message in (time, hash) order within the window — read as the entries before the batch's first message
   * under the key, after its last, and between (all of them when they are few; else the `perSide` nearest
   * each end of every gap between two batch messages, which holds every candidate of one) — and their members.
   */
  static async load(tx: SqlExecutor, batch: readonly PreparedMessage[], { perSide, withinMs }: CandidateWindow): Promise<StoreBatchIndex> {
    const index = new StoreBatchIndex();
    // Batch messages under each key, in (time, hash) order (the batch is sorted so).
    const points = new Map<string, { time: number; hash: string }[]>();
    for (const p of batch) {
      for (const key of new Set(p.keys)) {
        const at = { time: p.msg.time, hash: p.msg.hash };
        const list = points.get(key);
        if (list) list.push(at);
        else points.set(key, [at]);
      }
    }
    const entries = new Map<string, Map<string, Filed>>();
    const keep = (rows: { key: string; at: number | string; hash: string }[]): void => {
      for (const e of rows) {
        let bucket = entries.get(e.key);
        if (!bucket) entries.set(e.key, (bucket = new Map()));
        bucket.set(e.hash, { time: Number(e.at), hash: e.hash, stored: true });
      }
    };
    const probes: Probe[] = [];
    for (const [key, list] of points) {
      const first = list[0]!;
      const last = list[list.length - 1]!;
      probes.push(
        { key, above: windowStart(first, withinMs), below: first, limit: perSide, newest: true },
        { key, above: last, below: windowEnd(last, withinMs), limit: perSide },
      );
      if (list.length > 1) probes.push({ key, above: first, below: last, limit: BETWEEN_IN_FULL + 1, tag: key });
    }
    const full = new Set<string>();
    await readProbes(tx, probes, (rows, probe) => {
      if (probe.tag !== undefined && rows.length > BETWEEN_IN_FULL) full.add(probe.tag);
      else keep(rows);
    });
    // Keys with many stored entries among the batch's messages (a hot key, messages arriving out of time
    // order): the nearest entries on both sides of each gap between consecutive batch messages.
    const gaps: Probe[] = [];
    for (const key of full) {
      const list = points.get(key)!;
      for (let i = 0; i + 1 < list.length; i++) {
        const [from, to] = [list[i]!, list[i + 1]!];
        gaps.push(
          { key, above: from, below: earlier(to, windowEnd(from, withinMs)), limit: perSide },
          { key, above: later(from, windowStart(to, withinMs)), below: to, limit: perSide, newest: true },
        );
      }
    }
    await readProbes(tx, gaps, (rows) => keep(rows));
    const hashes = new Set(batch.map((p) => p.msg.hash));
    for (const [key, bucket] of entries) {
      index.setBucket(key, [...bucket.values()].sort(newestFirst));
      for (const h of bucket.keys()) hashes.add(h);
    }
    const batchHashes = new Set(batch.map((p) => p.msg.hash));
    for (const chunk of chunks([...hashes], HASHES_PER_READ)) {
      // What clustering compares of a stored member: its features, campaign and time (the rest is not rewritten).
      const found = await tx.all<{ hash: string; campaign_id: string; at: number | string; features: string; first_seen: number | string | null }>(
        `SELECT m.hash, m.campaign_id, m.at, m.features, c.first_seen FROM campaign_members m
         LEFT JOIN campaigns c ON c.id = m.campaign_id WHERE m.hash IN (${marks(chunk.length)})`,
        chunk,
      );
      for (const row of found) {
        if (batchHashes.has(row.hash)) index.clustered.add(row.hash);
        index.members.set(row.hash, {
          hash: row.hash, campaignId: row.campaign_id, time: Number(row.at), features: JSON.parse(row.features) as CampaignMember['features'],
          subject: '', senderIp: null, senderDomain: null, verdict: '', categories: [], themes: [], joinedWith: null, reasons: [],
        });
        if (row.first_seen !== null) {
          index.storedCampaigns.add(row.campaign_id);
          index.noteFirstSeen(row.campaign_id, Number(row.first_seen));
        }
      }
    }
    return index;
  }

  override async has(hash: string): Promise<boolean> {
    return this.clustered.has(hash) || (await super.has(hash));
  }

  override async add(member: CampaignMember, keys: readonly string[]): Promise<void> {
    await super.add(member, keys);
    this.added.push({ member, keys });
    if (!this.storedCampaigns.has(member.campaignId) && !this.subjects.has(member.campaignId)) this.subjects.set(member.campaignId, member.subject);
  }

  override async merge(from: string, into: string): Promise<void> {
    await super.merge(from, into);
    this.merges.push([from, into]);
  }

  /** Stores the batch's members, key entries, campaign rows and merges. */
  async write(tx: SqlExecutor): Promise<void> {
    if (this.added.length === 0) return;
    const mergedInto = new Map(this.merges);
    const finalOf = (id: string): string => {
      while (mergedInto.has(id)) id = mergedInto.get(id)!;
      return id;
    };
    // Campaigns that absorbed another in this batch: their row is recomputed from the members at the end.
    const targets = new Set(this.merges.map(([from]) => finalOf(from)));
    const members = this.added.map((a) => a.member);
    const byCampaign = new Map<string, CampaignMember[]>();
    for (const m of members) {
      const list = byCampaign.get(m.campaignId);
      if (list) list.push(m);
      else byCampaign.set(m.campaignId, [m]);
    }
    // Before the new members are written: which of their IPs and sender domains the stored campaigns have.
    const known = await this.knownSenders(tx, byCampaign, targets);

    for (const chunk of chunks(members, MEMBERS_PER_INSERT)) {
      await tx.run(
        `INSERT INTO campaign_members (${MEMBER_COLUMNS}) VALUES ${rows(chunk.length, 12)} ON CONFLICT (hash) DO NOTHING`,
        chunk.flatMap((m) => [m.hash, m.campaignId, m.time, m.subject, m.senderIp, m.senderDomain, m.verdict,
          JSON.stringify(m.categories), JSON.stringify(m.themes), JSON.stringify(m.features), m.joinedWith, JSON.stringify(m.reasons)]),
      );
    }
    await this.writeKeys(tx);
    await this.writeMerges(tx, finalOf);

    const upserts: unknown[][] = [];
    for (const [id, list] of [...byCampaign].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const fresh = (pick: (m: CampaignMember) => string | null, kind: 'ip' | 'domain'): number =>
        targets.has(id) ? 0 : new Set(list.map(pick).filter((v): v is string => v !== null && !known.has(`${kind}\0${id}\0${v}`))).size;
      upserts.push([
        id, Math.min(...list.map((m) => m.time)), Math.max(...list.map((m) => m.time)), list.length,
        list.filter((m) => m.verdict !== 'clean').length, this.subjects.get(id) ?? list[0]!.subject,
        fresh((m) => m.senderIp, 'ip'), fresh((m) => m.senderDomain, 'domain'),
      ]);
    }
    for (const chunk of chunks(upserts, CAMPAIGNS_PER_UPSERT)) {
      await tx.run(
        `INSERT INTO campaigns (id, first_seen, last_seen, size, non_clean, subject, ips, senders) VALUES ${rows(chunk.length, 8)}
         ON CONFLICT (id) DO UPDATE SET
           first_seen = CASE WHEN excluded.first_seen < campaigns.first_seen THEN excluded.first_seen ELSE campaigns.first_seen END,
           last_seen = CASE WHEN excluded.last_seen > campaigns.last_seen THEN excluded.last_seen ELSE campaigns.last_seen END,
           size = campaigns.size + excluded.size, non_clean = campaigns.non_clean + excluded.non_clean,
           ips = campaigns.ips + excluded.ips, senders = campaigns.senders + excluded.senders`,
        chunk.flat(),
      );
    }
    for (const id of [...targets].sort()) await refreshCampaign(tx, id);
  }

  /**
   * `ip|domain \0 campaign \0 value` of the new members' IPs and sender domains that campaigns already in
   * the store have (exact pairs, each an index probe), so the rows' distinct counts grow only by new ones.
   */
  private async knownSenders(tx: SqlExecutor, byCampaign: Map<string, CampaignMember[]>, targets: Set<string>): Promise<Set<string>> {
    const known = new Set<string>();
    for (const [column, kind, pick] of [['sender_ip', 'ip', (m: CampaignMember) => m.senderIp], ['sender_domain', 'domain', (m: CampaignMember) => m.senderDomain]] as const) {
      const pairs: [string, string][] = [];
      for (const [id, list] of byCampaign) {
        if (!this.storedCampaigns.has(id) || targets.has(id)) continue;
        for (const v of new Set(list.map(pick))) if (v !== null) pairs.push([id, v]);
      }
      for (const chunk of chunks(pairs, TERMS_PER_OR)) {
        const found = await tx.all<{ campaign_id: string; v: string }>(
          `SELECT DISTINCT campaign_id, ${column} AS v FROM campaign_members WHERE ${chunk.map(() => `(campaign_id = ? AND ${column} = ?)`).join(' OR ')}`,
          chunk.flat(),
        );
        for (const r of found) known.add(`${kind}\0${r.campaign_id}\0${r.v}`);
      }
    }
    return known;
  }

  /** Files the new members under their keys (every entry is kept: candidates are read around a message's time). */
  private async writeKeys(tx: SqlExecutor): Promise<void> {
    const insert: unknown[][] = [];
    for (const { member, keys } of this.added) for (const key of new Set(keys)) insert.push([key, member.time, member.hash]);
    for (const chunk of chunks(insert, KEYS_PER_INSERT)) {
      await tx.run(`INSERT INTO campaign_keys (key, at, hash) VALUES ${rows(chunk.length, 3)} ON CONFLICT DO NOTHING`, chunk.flat());
    }
  }

  /** Moves the stored members of merged campaigns and remembers where each merged id went. */
  private async writeMerges(tx: SqlExecutor, finalOf: (id: string) => string): Promise<void> {
    if (this.merges.length === 0) return;
    const now = Date.now();
    const groups = new Map<string, string[]>();
    for (const [from] of this.merges) {
      const into = finalOf(from);
      const list = groups.get(into);
      if (list) list.push(from);
      else groups.set(into, [from]);
    }
    for (const [into, froms] of groups) {
      await tx.run(`UPDATE campaign_members SET campaign_id = ? WHERE campaign_id IN (${marks(froms.length)})`, [into, ...froms]);
      await tx.run(`DELETE FROM campaigns WHERE id IN (${marks(froms.length)})`, froms);
      await tx.run(`INSERT INTO campaign_merges (from_id, into_id, at) VALUES ${rows(froms.length, 3)} ON CONFLICT (from_id) DO NOTHING`, froms.flatMap((f) => [f, into, now]));
      // Earlier merges into these ids now point at `into` too.
      await tx.run(`UPDATE campaign_merges SET into_id = ? WHERE into_id IN (${marks(froms.length)})`, [into, ...froms]);
    }
  }
}

/**
 * Recomputes a campaign's row from its members (after a merge or a rescan), distinct IPs and senders
 * included when `distinct` (a rescan changes verdicts, not senders); deletes the row of an empty one.
 */
export async function refreshCampaign(tx: SqlExecutor, id: string, distinct = true): Promise<void> {
  const agg = await tx.get<{ first: number | string | null; last: number | string | null; size: number | string; non_clean: number | string | null; ips: number | string | null; senders: number | string | null }>(
    `SELECT MIN(at) AS first, MAX(at) AS last, COUNT(*) AS size, SUM(CASE WHEN verdict <> 'clean' THEN 1 ELSE 0 END) AS non_clean
       ${distinct ? ', COUNT(DISTINCT sender_ip) AS ips, COUNT(DISTINCT sender_domain) AS senders' : ''}
     FROM campaign_members WHERE campaign_id = ?`,
    [id],
  );
  if (!agg || Number(agg.size) === 0 || agg.first === null) {
    await tx.run('DELETE FROM campaigns WHERE id = ?', [id]);
    return;
  }
  const set = [Number(agg.first), Number(agg.last), Number(agg.size), Number(agg.non_clean ?? 0)];
  if (distinct) {
    await tx.run('UPDATE campaigns SET first_seen = ?, last_seen = ?, size = ?, non_clean = ?, ips = ?, senders = ? WHERE id = ?', [...set, Number(agg.ips ?? 0), Number(agg.senders ?? 0), id]);
  } else {
    await tx.run('UPDATE campaigns SET first_seen = ?, last_seen = ?, size = ?, non_clean = ? WHERE id = ?', [...set, id]);
  }
}
