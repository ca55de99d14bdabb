/**
 * Messages an MTA log has opened but not finished, keyed by the MTA's own id (Postfix queue id, Exim
 * message id): what both log parsers keep while a message's lines arrive. Bounded the same way for both —
 * at most `maxPending` ids (the oldest is flushed incomplete to make room), at most `maxRecipients` per
 * message, and an id idle longer than `maxAgeMs` of log time is flushed incomplete by `sweep` — and every
 * limit reached is counted in the parser's stats, so it is visible.
 */
import type { DeliveryResult, EventRecipient, OutboundEvent } from '../events/types.js';

export interface ParserStats {
  lines: number;
  /** Lines of a known Postfix daemon that were understood. */
  used: number;
  events: number;
  /** NOQUEUE / per-RCPT rejects turned into `rejected` events. */
  rejects: number;
  /** Lines that were not syslog lines at all (comments, garbage). */
  notSyslog: number;
  tooLong: number;
  /** Queue ids flushed without completing (age or capacity limit). */
  flushedIncomplete: number;
  /** Queue ids dropped because the sender was never seen (started before the log did). */
  droppedUnknown: number;
  /** Delivery lines for queue ids not known (message started before the log, or already emitted). */
  orphanDeliveries: number;
  /** Recipients not kept because a message exceeded maxRecipientsPerMessage. */
  recipientsTruncated: number;
}

/** Every counter at zero, for a new parser. */
export function newParserStats(): ParserStats {
  return {
    lines: 0, used: 0, events: 0, rejects: 0, notSyslog: 0, tooLong: 0,
    flushedIncomplete: 0, droppedUnknown: 0, orphanDeliveries: 0, recipientsTruncated: 0,
  };
}

export interface InFlightMessage {
  id: string;
  firstTime: number;
  lastTime: number;
  account?: string;
  clientIp?: string;
  clientName?: string;
  /** Undefined until a line names it; a message flushed without one is dropped (`droppedUnknown`). */
  sender?: string;
  size?: number;
  /** How many recipients the log announced (Postfix `nrcpt=`, Exim's `for …` list); undefined when unknown. */
  expected?: number;
  messageId?: string;
  subject?: string;
  recipients: Map<string, DeliveryResult>;
  /** Log line that opened it, for the event's `source`. */
  line: number;
}

export interface InFlightLimits {
  maxPending: number;
  maxAgeMs: number;
  maxRecipients: number;
}

export class InFlightMessages {
  private readonly open = new Map<string, InFlightMessage>();
  private lastSweep = 0;

  constructor(
    private readonly limits: InFlightLimits,
    private readonly stats: ParserStats,
    private readonly emit: (e: OutboundEvent) => void,
    /** Names the log in each event's `source` (`postfix:123`). */
    private readonly source: string,
  ) {}

  get size(): number {
    return this.open.size;
  }

  get(id: string): InFlightMessage | undefined {
    return this.open.get(id);
  }

  /** Keeps a message, first flushing the oldest one incomplete when the table is full. */
  add(message: InFlightMessage): void {
    if (this.open.size >= this.limits.maxPending) this.flush(this.open.values().next().value as InFlightMessage, true);
    this.open.set(message.id, message);
  }

  /**
   * Records one recipient's delivery result; the first result counts (a deferral later delivered stays a
   * deferral: it is what the window saw). Emits the message once every announced recipient has a result.
   */
  recordResult(message: InFlightMessage, address: string, result: DeliveryResult, time: number): void {
    const known = message.recipients.get(address);
    if (known === undefined || known === 'pending') {
      if (known === undefined && message.recipients.size >= this.limits.maxRecipients) this.stats.recipientsTruncated++;
      else message.recipients.set(address, result);
    }
    message.lastTime = time;
    if (
      message.expected !== undefined &&
      message.sender !== undefined &&
      message.recipients.size >= Math.min(message.expected, this.limits.maxRecipients)
    ) {
      for (const r of message.recipients.values()) if (r === 'pending') return;
      this.flush(message);
    }
  }

  /** Flushes, incomplete, every message idle too long; checks at most once a minute of log time. */
  sweepIfDue(now: number): void {
    if (now - this.lastSweep <= 60_000) return;
    this.lastSweep = now;
    for (const m of this.open.values()) if (now - m.lastTime > this.limits.maxAgeMs) this.flush(m, true);
  }

  /** Emits everything still open (end of input). */
  end(): void {
    for (const m of [...this.open.values()]) this.flush(m);
  }

  /** Emits the message's event (or drops it when its sender never appeared) and forgets it. */
  flush(message: InFlightMessage, incomplete = false): void {
    this.open.delete(message.id);
    if (message.sender === undefined) {
      this.stats.droppedUnknown++;
      return;
    }
    if (incomplete) this.stats.flushedIncomplete++;
    const recipients: EventRecipient[] = [];
    for (const [address, result] of message.recipients) recipients.push({ address, result });
    this.stats.events++;
    this.emit({
      time: message.firstTime,
      ...(message.account !== undefined ? { account: message.account } : {}),
      envelopeSender: message.sender,
      ...(message.clientIp !== undefined ? { clientIp: message.clientIp } : {}),
      ...(message.clientName !== undefined ? { clientName: message.clientName } : {}),
      recipients,
      ...(message.size !== undefined ? { size: message.size } : {}),
      ...(message.subject !== undefined ? { subject: message.subject } : {}),
      ...(message.messageId !== undefined ? { messageId: message.messageId } : {}),
      queueId: message.id,
      source: `${this.source}:${message.line}`,
    });
  }
}
