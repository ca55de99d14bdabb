import type { SubjectRef } from '../events/types.js';

/** Stable ids of the behaviour signals; an incident's evidence lists those that fired. */
export type SignalId =
  | 'OUTBOUND_VOLUME'
  | 'OUTBOUND_NEW_RECIPIENTS'
  | 'OUTBOUND_FREE_MAIL'
  | 'OUTBOUND_BOUNCES'
  | 'OUTBOUND_NEW_NETWORK'
  | 'OUTBOUND_OFF_HOURS'
  | 'OUTBOUND_REPEATED_SUBJECT'
  | 'OUTBOUND_MANY_SENDERS';

/** One signal that fired, with the figures behind it (the words are rendered from these, in any language). */
export interface Evidence {
  id: SignalId;
  weight: number;
  data: Record<string, number | string>;
}

/** Figures of the traffic an incident covers, from its start until now. */
export interface IncidentTotals {
  messages: number;
  recipients: number;
  free: number;
  fresh: number;
  resolved: number;
  failed: number;
  distinctRecipients: number;
  senders: number;
  lastSeen: number;
}

/** What the subject normally does, for the "normal is …" part of the explanation. */
export interface Normal {
  mature: boolean;
  messagesPerDay: number;
  knownShare: number;
  freeShare: number;
  peakPerHour: number;
}

export type IncidentStatus = 'open' | 'released' | 'closed';

export interface Incident {
  id: number;
  subject: SubjectRef;
  /** Time of the first message of the window that broke the baseline. */
  start: number;
  detectedAt: number;
  /** Messages of that window up to and including the one that triggered detection. */
  messagesBeforeDetection: number;
  /** Which window broke: `10m`, `1h`, `24h`, or `24h-new-network` (the account's traffic from unseen networks). */
  window: string;
  score: number;
  evidence: Evidence[];
  totals: IncidentTotals;
  normal: Normal;
  /** The network(s) the traffic came from (masked), when known. */
  networks: string[];
  status: IncidentStatus;
  closedAt?: number;
  releasedBy?: string;
}
