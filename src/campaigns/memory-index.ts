import { type CampaignIndex, type CampaignMember, type CandidateWindow, newestFirst } from './cluster.js';

/** One entry of a key's bucket. */
export interface Filed {
  time: number;
  hash: string;
  /** Read from the store (the store indexer's overlay writes only what is not). */
  stored?: boolean;
}

/** Index of the first entry of a newest-first bucket that is not newer than `entry` (binary search). */
function position(bucket: readonly Filed[], entry: { time: number; hash: string }): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newestFirst(bucket[mid]!, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A CampaignIndex in memory: for tests, benchmarks and one-off clustering; also the base of the store
 * indexer's per-batch overlay (./batch-index.ts), which seeds it with what the store holds under the
 * batch's keys. Buckets are kept newest first by (time, hash), as the store's index reads them.
 */
export class MemoryCampaignIndex implements CampaignIndex {
  readonly members = new Map<string, CampaignMember>();
  private readonly buckets = new Map<string, Filed[]>();
  private readonly first = new Map<string, number>();

  async has(hash: string): Promise<boolean> {
    return this.members.has(hash);
  }

  async candidates(keys: readonly string[], around: { time: number; hash: string }, { perSide, withinMs }: CandidateWindow): Promise<CampaignMember[]> {
    const out: CampaignMember[] = [];
    const take = (filed: Filed): void => {
      const member = this.members.get(filed.hash);
      if (member) out.push(member);
    };
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      // Entries newer than `around` come first (newest first): `at` is where it would be filed.
      const at = position(bucket, around);
      const end = bucket[at]?.hash === around.hash ? at + 1 : at;
      for (let i = at - 1; i >= Math.max(0, at - perSide) && bucket[i]!.time - around.time <= withinMs; i--) take(bucket[i]!);
      for (let i = end; i < Math.min(bucket.length, end + perSide) && around.time - bucket[i]!.time <= withinMs; i++) take(bucket[i]!);
    }
    return out;
  }

  async add(member: CampaignMember, keys: readonly string[]): Promise<void> {
    this.members.set(member.hash, member);
    for (const key of new Set(keys)) this.file(key, member.time, member.hash);
    this.noteFirstSeen(member.campaignId, member.time);
  }

  async merge(from: string, into: string): Promise<void> {
    for (const m of this.members.values()) if (m.campaignId === from) m.campaignId = into;
    const f = this.first.get(from);
    if (f !== undefined) this.noteFirstSeen(into, f);
    this.first.delete(from);
  }

  async firstSeen(campaignId: string): Promise<number | undefined> {
    return this.first.get(campaignId);
  }

  /** Campaign id → member hashes. */
  campaigns(): Map<string, CampaignMember[]> {
    const out = new Map<string, CampaignMember[]>();
    for (const m of this.members.values()) {
      const list = out.get(m.campaignId);
      if (list) list.push(m);
      else out.set(m.campaignId, [m]);
    }
    return out;
  }

  /** A key's entries, newest first. */
  protected bucket(key: string): readonly Filed[] {
    return this.buckets.get(key) ?? [];
  }

  /** Replaces a key's entries (already newest first). */
  protected setBucket(key: string, entries: Filed[]): void {
    this.buckets.set(key, entries);
  }

  /** Files a hash under a key, keeping the bucket newest first (a new message is usually the newest). */
  protected file(key: string, time: number, hash: string): void {
    const entry = { time, hash };
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = []));
    const at = position(bucket, entry);
    if (bucket[at]?.hash !== hash || bucket[at]?.time !== time) bucket.splice(at, 0, entry);
  }

  /** A campaign's first-seen time is at most `time`. */
  protected noteFirstSeen(campaignId: string, time: number): void {
    const f = this.first.get(campaignId);
    if (f === undefined || time < f) this.first.set(campaignId, time);
  }
}
