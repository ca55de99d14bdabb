import { type CampaignMessage, type MessageFeatures, lookupKeys, messageFeatures } from './features.js';
import { isStrongJoin, type JoinReason, joinReasons } from './join.js';

/** One message as a campaign member: its features, the facts a summary needs, and why it joined. */
export interface CampaignMember {
  hash: string;
  campaignId: string;
  time: number;
  subject: string;
  senderIp: string | null;
  senderDomain: string | null;
  verdict: string;
  categories: string[];
  themes: string[];
  features: MessageFeatures;
  /** The member it was matched with when it joined (null for the first member). */
  joinedWith: string | null;
  reasons: JoinReason[];
}

/**
 * Where campaign memberships and lookup keys live: in memory (tests, benchmarks, and the store indexer's
 * per-batch overlay, ./batch-index.ts). Methods are async so one clusterer serves any index.
 */
export interface CampaignIndex {
  /** Whether a message was already clustered (re-ingest is a no-op). */
  has(hash: string): Promise<boolean>;
  /**
   * Members filed under any of the keys and sent within `window.withinMs` of `around`: of each key at most
   * the `window.perSide` nearest before it and after it in (time, hash) order — whether they arrived before
   * it or not, and the same set whichever index answers.
   */
  candidates(keys: readonly string[], around: { time: number; hash: string }, window: CandidateWindow): Promise<CampaignMember[]>;
  /** Files a new member under its keys and updates its campaign's first/last seen and size. */
  add(member: CampaignMember, keys: readonly string[]): Promise<void>;
  /** Moves every member of campaign `from` into `into` (two campaigns found to be one). */
  merge(from: string, into: string): Promise<void>;
  /** First-seen time of a campaign (its representative's time), to name merged campaigns. */
  firstSeen(campaignId: string): Promise<number | undefined>;
}

/** A message ready to cluster: its features and lookup keys, computed once. */
export interface PreparedMessage {
  msg: CampaignMessage;
  features: MessageFeatures;
  keys: string[];
}

/** Features and lookup keys of a message (the store indexer reads every key's candidates before clustering). */
export function prepareMessage(msg: CampaignMessage): PreparedMessage {
  const features = messageFeatures(msg);
  return { msg, features, keys: lookupKeys(features) };
}

/** Newest first by time, then by hash: the one order of candidates and key buckets. */
export const newestFirst = (a: { time: number; hash: string }, b: { time: number; hash: string }): number =>
  b.time - a.time || (a.hash < b.hash ? 1 : a.hash > b.hash ? -1 : 0);

/** Which members of a lookup key a message is compared with. */
export interface CandidateWindow {
  /** Only members sent at most this long before or after the message (ms). */
  withinMs: number;
  /** At most this many on each side in time, the nearest: bounds the cost of a hot key. */
  perSide: number;
}

const DAY_MS = 86_400_000;

/**
 * Two messages join only when sent within 30 days of each other (campaigns chain on: a campaign mailing
 * daily for a year is one campaign). A window in time rather than "the N nearest" makes the join relation a
 * property of the two messages alone, so the campaigns of a set do not depend on the order it arrives in:
 * with the N nearest, a message arriving early saw few others between it and a distant member and joined
 * it, while in time order the same two were too far apart (seen on mailing lists whose footer link domain
 * files a hundred messages a month under one key). `perSide` only bounds a hot key — a campaign's own
 * tracking domain in a spam trap — and is far above what a key holds in a month of ordinary mail (at most
 * 133 on the SpamAssassin test split), so that the order-independence holds wherever it is not reached;
 * where it is, the nearest members, mostly of the same campaign, still chain it.
 */
export const CANDIDATE_WINDOW: CandidateWindow = { withinMs: 30 * DAY_MS, perSide: 200 };

export interface ClusterOutcome {
  campaignId: string;
  /** True when the message started a new campaign. */
  created: boolean;
  /** Campaign ids that were merged into campaignId because this message joined them. */
  merged: string[];
  reasons: JoinReason[];
}

/** A campaign id derived from its first member's hash: stable across runs and processes. */
export const campaignIdFor = (hash: string): string => `C${hash.slice(0, 12).toLowerCase()}`;

/**
 * Incremental near-duplicate clustering: each message is compared with the candidates that share one of
 * its lookup keys (LSH bands, attachment hash, subject template, tracking pattern, link domain) and sent
 * nearest it in time; campaigns are the connected components of the join relation (single link): a
 * message that joins members of several campaigns merges them. Only members sent within the candidate
 * window of each other join, and each campaign is named after its first member by (time, id), so the
 * campaigns of a set of messages do not depend on the order they arrive in or on how they are cut into
 * batches (as long as no key holds more than `perSide` members on one side of a message within the window).
 * Cost per message: one candidate lookup and at most keys × 2 × perSide comparisons of 120-integer signatures.
 */
export class Clusterer {
  constructor(private readonly index: CampaignIndex, private readonly window: CandidateWindow = CANDIDATE_WINDOW) {}

  /**
   * Clusters one message; undefined when it was clustered before. `knownNew`: the caller guarantees the
   * message was never clustered (the store's indexer hook sees new messages only), saving one lookup.
   */
  async add(msg: CampaignMessage, knownNew = false): Promise<ClusterOutcome | undefined> {
    if (!knownNew && (await this.index.has(msg.hash))) return undefined;
    return this.place(prepareMessage(msg));
  }

  /** Clusters a prepared message the caller knows to be new. */
  async place({ msg, features, keys }: PreparedMessage): Promise<ClusterOutcome> {
    const found = keys.length ? await this.index.candidates(keys, { time: msg.time, hash: msg.hash }, this.window) : [];
    // Distinct candidates in one fixed order, so that which member a message is matched with (and so its
    // reasons) depends on the candidates, not on the order an index returned them in.
    const unique = new Map<string, CampaignMember>();
    for (const c of found) if (c.hash !== msg.hash) unique.set(c.hash, c);
    const candidates = [...unique.values()].sort(newestFirst);
    // Per campaign, the first member that matches strongly, else the first that matches at all.
    const matched = new Map<string, { member: CampaignMember; reasons: JoinReason[] }>();
    const strongly = new Set<string>();
    for (const candidate of candidates) {
      if (strongly.has(candidate.campaignId)) continue;
      const reasons = joinReasons(features, candidate.features);
      if (reasons.length === 0) continue;
      const strong = isStrongJoin(reasons);
      if (strong) strongly.add(candidate.campaignId);
      if (strong || !matched.has(candidate.campaignId)) matched.set(candidate.campaignId, { member: candidate, reasons });
    }
    const own = campaignIdFor(msg.hash);
    let campaignId = own;
    let joined: { member: CampaignMember; reasons: JoinReason[] } | undefined;
    const merged: string[] = [];
    const mergeReasons: JoinReason[] = [];
    if (matched.size > 0) {
      // Every campaign the message joins becomes one (connected components of the join relation), named
      // after its representative: the member first by (time, id). A campaign's id is its representative's,
      // so its first-seen time and id order the campaigns; when the new message comes before all of them
      // (it arrived late), the merged campaign takes the new message's id. Whatever order the messages
      // arrive in and however they are cut into batches, the same set gives the same campaigns and ids.
      const ids = [...matched.keys()];
      const firsts = await Promise.all(ids.map(async (id) => [id, (await this.index.firstSeen(id)) ?? Infinity] as const));
      firsts.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
      const [oldestId, oldestTime] = firsts[0]!;
      const renamed = msg.time < oldestTime || (msg.time === oldestTime && own < oldestId);
      campaignId = renamed ? own : oldestId;
      joined = matched.get(oldestId);
      for (const [id] of renamed ? firsts : firsts.slice(1)) {
        await this.index.merge(id, campaignId);
        merged.push(id);
        if (id === oldestId) continue;
        // Why the two campaigns became one: this message matched a member of each.
        const via = matched.get(id)!;
        mergeReasons.push(...via.reasons.map((r) => ({ kind: r.kind, evidence: `merged ${id} via ${via.member.hash.slice(0, 12)}: ${r.evidence}` })));
      }
    }
    const member: CampaignMember = {
      hash: msg.hash,
      campaignId,
      time: msg.time,
      subject: msg.subject.slice(0, 300),
      senderIp: msg.senderIp ?? null,
      senderDomain: msg.senderDomain?.toLowerCase() ?? null,
      verdict: msg.verdict,
      categories: [...msg.categories],
      themes: [...msg.themes],
      features,
      joinedWith: joined?.member.hash ?? null,
      reasons: [...(joined?.reasons ?? []), ...mergeReasons],
    };
    await this.index.add(member, keys);
    return { campaignId, created: !joined, merged, reasons: member.reasons };
  }
}
