import type { CampaignIndex, CampaignMember } from './cluster.js';

/** A CampaignIndex in memory: for tests, benchmarks and one-off clustering of a batch. */
export class MemoryCampaignIndex implements CampaignIndex {
  readonly members = new Map<string, CampaignMember>();
  private readonly buckets = new Map<string, string[]>();
  private readonly first = new Map<string, number>();

  async has(hash: string): Promise<boolean> {
    return this.members.has(hash);
  }

  async candidates(keys: readonly string[], limitPerKey: number): Promise<CampaignMember[]> {
    const out: CampaignMember[] = [];
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      for (const hash of bucket.slice(-limitPerKey)) out.push(this.members.get(hash)!);
    }
    return out;
  }

  async add(member: CampaignMember, keys: readonly string[]): Promise<void> {
    this.members.set(member.hash, member);
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(member.hash);
      else this.buckets.set(key, [member.hash]);
    }
    const f = this.first.get(member.campaignId);
    if (f === undefined || member.time < f) this.first.set(member.campaignId, member.time);
  }

  async merge(from: string, into: string): Promise<void> {
    for (const m of this.members.values()) if (m.campaignId === from) m.campaignId = into;
    const f = this.first.get(from);
    if (f !== undefined && f < (this.first.get(into) ?? Infinity)) this.first.set(into, f);
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
}
