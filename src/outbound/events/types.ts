/**
 * One outbound event: a message (or, from the policy server, one recipient of a message being submitted)
 * leaving through our MTA. Every source (Postfix log, Exim log, policy requests, posted JSON) produces it.
 */

/** What happened to one recipient. `pending`: no result known yet (policy time, or a message that never completed in the log). */
export type DeliveryResult = 'sent' | 'deferred' | 'bounced' | 'rejected' | 'pending';

export interface EventRecipient {
  address: string;
  result: DeliveryResult;
}

export interface OutboundEvent {
  /** Epoch ms, from the log line or the injected clock; never read from the wall clock inside analyses. */
  time: number;
  /** SASL login name when the client authenticated. */
  account?: string;
  /** MAIL FROM, lower-cased; '' for the null sender. */
  envelopeSender: string;
  /** Client address that submitted the message ('127.0.0.1' for local pickup). */
  clientIp?: string;
  clientName?: string;
  recipients: EventRecipient[];
  size?: number;
  subject?: string;
  messageId?: string;
  queueId?: string;
  /**
   * False when this event adds recipients to a message already counted (the policy server sees one
   * request per RCPT); absent or true counts it as a new message.
   */
  newMessage?: boolean;
  /** Where it came from, for evidence: `postfix:FILE:LINE`, `policy`, … */
  source?: string;
}

/** The three kinds of sender we keep behaviour for. */
export type SubjectKind = 'sasl' | 'sender' | 'client';

export interface SubjectRef {
  kind: SubjectKind;
  id: string;
}

export function subjectKey(s: SubjectRef): string {
  return `${s.kind}:${s.id}`;
}

/** Parses `sasl:alice`, `sender:a@b`, `client:10.0.0.5`; a bare address is a sender, a bare IP a client, else an account. */
export function parseSubject(text: string): SubjectRef {
  const m = /^(sasl|sender|client):(.+)$/.exec(text.trim());
  if (m) return { kind: m[1] as SubjectKind, id: normaliseSubjectId(m[1] as SubjectKind, m[2]!) };
  const t = text.trim();
  if (t.includes('@')) return { kind: 'sender', id: t.toLowerCase() };
  if (/^[0-9.]+$/.test(t) || (t.includes(':') && /^[0-9a-f:.]+$/i.test(t))) return { kind: 'client', id: t.toLowerCase() };
  return { kind: 'sasl', id: t };
}

function normaliseSubjectId(kind: SubjectKind, id: string): string {
  return kind === 'sasl' ? id : id.toLowerCase();
}
