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
   * Members filed under any of the keys: of each key the `limitPerKey` newest by (time, hash), both
   * descending — the same set whichever index answers, so results do not depend on the index.
   */
  candidates(keys: readonly string[], limitPerKey: number): Promise<CampaignMember[]>;
  /** Files a new member under its keys and updates its campaign's first/last seen and size. */
  add(member: CampaignMember, keys: readonly string[]): Promise<void>;
  /** Moves every member of campaign `from` into `into` (two campaigns found to be one). */
  merge(from: string, into: string): Promise<void>;
  /** First-seen time of a campaign, to keep the oldest id when merging. */
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

/** How many members per lookup key are compared: bounds the cost of a hot key (a popular link domain). */
export const CANDIDATES_PER_KEY = 20;

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
 * its lookup keys (LSH bands, attachment hash, subject template, tracking pattern, link domain) and joins
 * the oldest campaign it matches (single link); when it strongly matches members of several campaigns
 * (same attachment, or text similar on its own), those campaigns are merged into the oldest. Cost per message: one candidate lookup and at most
 * keys × CANDIDATES_PER_KEY comparisons of 120-integer signatures.
 */
export class Clusterer {
  constructor(private readonly index: CampaignIndex, private readonly limitPerKey = CANDIDATES_PER_KEY) {}

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
    const found = keys.length ? await this.index.candidates(keys, this.limitPerKey) : [];
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
    let campaignId = campaignIdFor(msg.hash);
    let joined: { member: CampaignMember; reasons: JoinReason[] } | undefined;
    const merged: string[] = [];
    const mergeReasons: JoinReason[] = [];
    if (matched.size > 0) {
      // Strong matches (same attachment, text similar on its own) may merge campaigns; a weaker, supported
      // match only adds the message to the oldest campaign it matched, so weak links never chain campaigns.
      const strong = [...matched.keys()].filter((id) => strongly.has(id));
      const ids = strong.length > 0 ? strong : [...matched.keys()];
      const firsts = await Promise.all(ids.map(async (id) => [id, (await this.index.firstSeen(id)) ?? Infinity] as const));
      firsts.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
      campaignId = firsts[0]![0];
      joined = matched.get(campaignId);
      for (const [id] of strong.length > 1 ? firsts.slice(1) : []) {
        await this.index.merge(id, campaignId);
        merged.push(id);
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
