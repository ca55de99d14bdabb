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

/** One count of the volume series: messages of one verdict and category in one period. */
export interface VolumePoint {
  /** Start of the period, `YYYY-MM-DD`. */
  period: string;
  verdict: string;
  /** '' for messages without a category. */
  category: string;
  count: number;
}

export interface Surge {
  /** Start of the period the surge was seen in, `YYYY-MM-DD`. */
  period: string;
  /** What rose: `verdict:spam`, `category:health`, `theme:christmas`, … */
  series: string;
  explanation: string;
}

export interface TrendsQuery {
  granularity: 'day' | 'week' | 'month';
  from?: number;
  to?: number;
}

export interface TrendsView {
  volume: VolumePoint[];
  surges: Surge[];
}

export interface CampaignSummary {
  id: string;
  size: number;
  firstSeen: string;
  lastSeen: string;
  senders: number;
  ips: number;
  label?: string;
  verdicts?: Record<string, number>;
  categories?: string[];
}

export interface CampaignDetail extends CampaignSummary {
  /** Why the members were joined, in words. */
  explanation: string[];
  domains?: string[];
  urls?: string[];
  attachments?: { name: string; sha256: string }[];
  members?: { sha256: string; subject: string; from: string | null; receivedAt: string }[];
  [key: string]: unknown;
}

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
    list(query: { limit: number; offset: number }): Promise<{ items: CampaignSummary[]; total: number }>;
    get(id: string): Promise<CampaignDetail | undefined>;
  };
  pivot?(query: { value: string; depth: number }): Promise<PivotGraph>;
  outbound?: {
    incidents(query: { limit: number; offset: number; open?: boolean }): Promise<{ items: OutboundIncident[]; total: number }>;
    /** Lifts the action on a subject; false when nothing was held for it. */
    release(subject: { kind: 'sasl' | 'sender' | 'client'; id: string }): Promise<boolean>;
  };
}
