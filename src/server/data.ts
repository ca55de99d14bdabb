/**
 * What the API and the dashboard read and write beyond scanning, each part optional: a part that is absent
 * (its capability has not landed, or the store is not configured) answers with an empty state and
 * `available: false`, and the page says "no data yet".
 */
import type { ScanReport } from '../scan/report.js';

export interface MessageQuery {
  verdict?: string;
  category?: string;
  sender?: string;
  domain?: string;
  finding?: string;
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  limit: number;
  offset: number;
}

export interface MessageSummary {
  sha256: string;
  receivedAt: string;
  date: string | null;
  from: string | null;
  fromName: string;
  subject: string;
  verdict: string;
  score: number;
  categories: string[];
  size: number;
}

export interface StoredMessageDetail {
  report: ScanReport;
  receivedAt: string;
  /** The raw message when the store keeps it (the dashboard renders its body from it). */
  raw?: Uint8Array;
}

export interface MessagesData {
  /** Stores a scan result (and optionally the raw message); `false` when that hash was already stored. */
  save(report: ScanReport, raw: Uint8Array, receivedAt: Date): Promise<boolean>;
  list(query: MessageQuery): Promise<{ items: MessageSummary[]; total: number }>;
  get(sha256: string): Promise<StoredMessageDetail | undefined>;
}

export interface ServerData extends AnalysesData {
  messages?: MessagesData;
}

/** Messages of one verdict in one period (`YYYY-MM-DD` days, `YYYY-Www` weeks, `YYYY-MM` months). */
export interface VolumePoint {
  period: string;
  verdict: string;
  count: number;
}

/** Messages of one category and verdict in one period (a message in two categories counts in both). */
export interface CategoryPoint extends VolumePoint {
  category: string;
}

export interface SurgeView {
  /** What rose: `verdict=spam`, `category=health`, `theme=christmas`, … */
  series: string;
  /** First and last period of the surge. */
  start: string;
  end: string;
  ratio: number;
  /** In words, in the language asked for. */
  explanation: string;
}

export interface TrendsQuery {
  granularity: 'day' | 'week' | 'month';
  from?: number;
  to?: number;
  lang: 'en' | 'ja';
}

export interface TrendsView {
  volume: VolumePoint[];
  categories: CategoryPoint[];
  surges: SurgeView[];
}

export interface CampaignSummary {
  id: string;
  size: number;
  firstSeen: string;
  lastSeen: string;
  senders: number;
  ips: number;
  botnet?: boolean;
  subject?: string;
}

/** One campaign in full (src/campaigns summary: senders, IPs, IOCs, samples and why members were joined). */
export type CampaignDetail = { id: string; size: number; firstSeen: string; lastSeen: string } & Record<string, unknown>;

export interface PivotNode {
  id: string;
  kind: string;
  label: string;
}

export interface PivotEdge {
  source: string;
  target: string;
  kind: string;
  explanation: string;
}

export interface PivotGraph {
  query: string;
  /** The actor's domains (the cluster). */
  domains: string[];
  nodes: PivotNode[];
  edges: PivotEdge[];
  /** Why the cluster holds, one sentence per link. */
  explanations: string[];
}

export interface OutboundIncident {
  id: string;
  subject: { kind: 'sasl' | 'sender' | 'client'; id: string };
  start: string;
  detectedAt: string;
  messagesBeforeDetection: number;
  evidence: string[];
  /** What the policy server does for this subject now (alert, DEFER, HOLD, REJECT), and whether it was released. */
  action?: string;
  released?: boolean;
}

export interface AnalysesData {
  trends?(query: TrendsQuery): Promise<TrendsView>;
  campaigns?: {
    /** One page, biggest first; `hasMore` when another page follows. */
    list(query: { limit: number; offset: number }): Promise<{ items: CampaignSummary[]; hasMore: boolean }>;
    get(id: string): Promise<CampaignDetail | undefined>;
  };
  pivot?(query: { value: string; depth: number; lang?: 'en' | 'ja' }): Promise<PivotGraph>;
  outbound?: {
    incidents(query: { limit: number; offset: number; open?: boolean }): Promise<{ items: OutboundIncident[]; total: number }>;
    /** Lifts the action on a subject; false when nothing was held for it. */
    release(subject: { kind: 'sasl' | 'sender' | 'client'; id: string }): Promise<boolean>;
  };
}
