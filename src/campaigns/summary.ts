import type { CampaignMember } from './cluster.js';
import type { JoinReason } from './join.js';

/** A campaign as shown to a person: when, how big, from where, what, and why its members were joined. */
export interface CampaignSummary {
  id: string;
  size: number;
  firstSeen: string;
  lastSeen: string;
  /** Distinct sender domains and sending IPs (from the Received chain), with the busiest first. */
  senders: number;
  ips: number;
  topSenderDomains: { value: string; count: number }[];
  topIps: { value: string; count: number }[];
  /** Many distinct IPs sending one template: a botnet indicator, in words (null when not indicated). */
  botnet: string | null;
  verdicts: Record<string, number>;
  categories: { value: string; count: number }[];
  themes: { value: string; count: number }[];
  iocs: { linkDomains: { value: string; count: number }[]; trackingPatterns: string[]; attachments: { name: string; sha256: string; count: number }[] };
  subjects: { value: string; count: number }[];
  /** Up to five members: the first, the most recent and the most common subject variants. */
  samples: { hash: string; time: string; subject: string; senderDomain: string | null; senderIp: string | null }[];
  /** How members were joined: count per reason kind, and a few examples in words. */
  joinedBy: { kind: JoinReason['kind']; count: number; example: string }[];
  /** True when only the first `memberLimit` members were read. */
  truncated: boolean;
}

/** A campaign is called a botnet when at least this many distinct IPs sent it… */
export const BOTNET_MIN_IPS = 5;
/** …and the IPs are at least this share of its messages (one relay sending a newsletter is not a botnet). */
export const BOTNET_MIN_IP_SHARE = 0.3;

function top(values: Iterable<string | null | undefined>, n: number): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, n);
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Summarises a campaign from its members (any order). `truncated` marks a summary read from a bounded
 * number of members of a larger campaign.
 * @example summariseCampaign('Cabc', members).botnet // 'sent from 412 distinct IPs for 430 messages: …'
 */
export function summariseCampaign(id: string, members: readonly CampaignMember[], truncated = false, totalSize = members.length): CampaignSummary {
  const sorted = [...members].sort((a, b) => a.time - b.time || (a.hash < b.hash ? -1 : 1));
  const ips = new Set(sorted.map((m) => m.senderIp).filter(Boolean));
  const senders = new Set(sorted.map((m) => m.senderDomain).filter(Boolean));
  const verdicts: Record<string, number> = {};
  for (const m of sorted) verdicts[m.verdict] = (verdicts[m.verdict] ?? 0) + 1;
  let botnet: string | null = null;
  if (ips.size >= BOTNET_MIN_IPS && ips.size >= BOTNET_MIN_IP_SHARE * sorted.length) {
    botnet = `sent from ${ips.size} distinct IPs and ${senders.size} sender domains for ${sorted.length} messages of one template: a botnet indicator`;
  }
  const attachments = new Map<string, { name: string; sha256: string; count: number }>();
  for (const m of sorted) {
    for (const a of m.features.attachmentHashes) {
      const entry = attachments.get(a.sha256);
      if (entry) entry.count++;
      else attachments.set(a.sha256, { ...a, count: 1 });
    }
  }
  const joined = new Map<JoinReason['kind'], { count: number; example: string }>();
  for (const m of sorted) {
    for (const r of m.reasons) {
      const entry = joined.get(r.kind);
      if (entry) entry.count++;
      else joined.set(r.kind, { count: 1, example: r.evidence });
    }
  }
  const subjects = top(sorted.map((m) => m.subject), 5);
  const sampleHashes = new Set<string>();
  const samples: CampaignMember[] = [];
  const pick = (m: CampaignMember | undefined): void => {
    if (m && !sampleHashes.has(m.hash) && samples.length < 5) {
      sampleHashes.add(m.hash);
      samples.push(m);
    }
  };
  pick(sorted[0]);
  pick(sorted[sorted.length - 1]);
  for (const s of subjects) pick(sorted.find((m) => m.subject === s.value));
  return {
    id,
    size: totalSize,
    firstSeen: sorted.length ? iso(sorted[0]!.time) : '',
    lastSeen: sorted.length ? iso(sorted[sorted.length - 1]!.time) : '',
    senders: senders.size,
    ips: ips.size,
    topSenderDomains: top(sorted.map((m) => m.senderDomain), 10),
    topIps: top(sorted.map((m) => m.senderIp), 10),
    botnet,
    verdicts,
    categories: top(sorted.flatMap((m) => m.categories), 10),
    themes: top(sorted.flatMap((m) => m.themes), 10),
    iocs: {
      linkDomains: top(sorted.flatMap((m) => m.features.linkDomains), 10),
      trackingPatterns: top(sorted.flatMap((m) => m.features.trackingPatterns), 5).map((t) => t.value),
      attachments: [...attachments.values()].sort((a, b) => b.count - a.count).slice(0, 10),
    },
    subjects,
    samples: samples.map((m) => ({ hash: m.hash, time: iso(m.time), subject: m.subject, senderDomain: m.senderDomain, senderIp: m.senderIp })),
    joinedBy: [...joined].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.count - a.count),
    truncated,
  };
}
