/**
 * Postfix mail log → outbound events. A message's facts are spread over several daemons' lines, joined by
 * queue id: smtpd (`client=…, sasl_username=…`), pickup (`uid=… from=<…>`), cleanup (`message-id=`, and a
 * `warning: header Subject:` line when header_checks WARN on Subject), qmgr (`from=<…>, size=…, nrcpt=…`,
 * `removed`) and the delivery agents smtp/lmtp/local/virtual/pipe/error (`to=<…>, … status=sent|deferred|
 * bounced|expired`). An event is emitted once every recipient has a first result, or at `removed`.
 *
 * State is bounded: at most `maxPending` queue ids, and a queue id idle longer than `maxPendingAgeMs` of log
 * time is flushed (emitted with `pending` recipients when its sender is known, else dropped). Both are
 * counted in `stats`, so a reached limit is visible.
 */
import type { DeliveryResult, OutboundEvent } from '../events/types.js';
import { InFlightMessages, newParserStats, type InFlightMessage, type ParserStats } from './in-flight.js';
import { SyslogClock } from './syslog-time.js';

export type { ParserStats } from './in-flight.js';

export interface PostfixParserOptions {
  /** Year of the first line for classic syslog stamps (default: the year of `now`). */
  year?: number;
  /** Injected clock, only used for the default year. */
  now?: () => number;
  utcOffsetMinutes?: number;
  maxPending?: number;
  maxPendingAgeMs?: number;
  /** Longest line looked at; longer lines are counted and skipped (a hostile subject cannot grow memory). */
  maxLineLength?: number;
  /** Most recipients remembered per queue id. */
  maxRecipientsPerMessage?: number;
  source?: string;
}


const POSTFIX_DAEMONS = new Set(['smtpd', 'pickup', 'cleanup', 'qmgr', 'smtp', 'lmtp', 'local', 'virtual', 'pipe', 'error', 'discard', 'retry', 'bounce', 'postscreen']);
const DELIVERY_DAEMONS = new Set(['smtp', 'lmtp', 'local', 'virtual', 'pipe', 'error', 'discard', 'retry']);

export class PostfixLogParser {
  readonly stats: ParserStats = newParserStats();
  private readonly clock: SyslogClock;
  private readonly pending: InFlightMessages;
  private readonly maxLine: number;
  private readonly source: string;

  constructor(private readonly emit: (e: OutboundEvent) => void, opts: PostfixParserOptions = {}) {
    const year = opts.year ?? new Date((opts.now ?? Date.now)()).getUTCFullYear();
    this.clock = new SyslogClock({ year, utcOffsetMinutes: opts.utcOffsetMinutes ?? 0 });
    this.maxLine = opts.maxLineLength ?? 8192;
    this.source = opts.source ?? 'postfix';
    this.pending = new InFlightMessages(
      { maxPending: opts.maxPending ?? 100_000, maxAgeMs: opts.maxPendingAgeMs ?? 6 * 3600_000, maxRecipients: opts.maxRecipientsPerMessage ?? 10_000 },
      this.stats,
      emit,
      this.source,
    );
  }

  /** Feeds one log line (without its newline). */
  line(text: string): void {
    const n = ++this.stats.lines;
    if (text.length > this.maxLine) {
      this.stats.tooLong++;
      return;
    }
    const stamp = this.clock.parse(text);
    if (!stamp) {
      this.stats.notSyslog++;
      return;
    }
    const time = stamp.time;
    // "host program[pid]: message"
    const sp = text.indexOf(' ', stamp.rest);
    if (sp < 0) return;
    const colon = text.indexOf(': ', sp + 1);
    if (colon < 0) return;
    let program = text.slice(sp + 1, colon);
    const bracket = program.indexOf('[');
    if (bracket >= 0) program = program.slice(0, bracket);
    // `postfix/smtpd`, `postfix-smo/submission/smtpd`, or any syslog_name an instance was given (`NAME/qmgr`).
    const slash = program.lastIndexOf('/');
    if (slash < 0 && !program.startsWith('postfix')) return;
    const daemon = program.slice(slash + 1);
    if (!POSTFIX_DAEMONS.has(daemon)) return;
    const msg = text.slice(colon + 2);
    this.handle(daemon, msg, time, n);
    this.pending.sweepIfDue(time);
  }

  /** Emits everything still pending (end of input). */
  end(): void {
    this.pending.end();
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  private handle(daemon: string, msg: string, time: number, n: number): void {
    if (msg.startsWith('NOQUEUE: reject: ')) {
      this.reject(msg, time, n);
      return;
    }
    const qidEnd = msg.indexOf(': ');
    if (qidEnd < 5 || qidEnd > 20 || !isQueueId(msg, qidEnd)) return;
    const queueId = msg.slice(0, qidEnd);
    const body = msg.slice(qidEnd + 2);
    switch (daemon) {
      case 'smtpd':
        if (body.startsWith('client=')) {
          const p = this.open(queueId, time, n);
          const client = parseClient(body.slice(7));
          if (client) {
            p.clientIp = client.ip;
            p.clientName = client.name;
          }
          const sasl = field(body, 'sasl_username=');
          if (sasl) p.account = sasl;
          this.stats.used++;
        } else if (body.startsWith('reject: ')) {
          this.reject(body, time, n, queueId);
        }
        return;
      case 'pickup': {
        const p = this.open(queueId, time, n);
        p.clientIp = '127.0.0.1';
        p.clientName = 'pickup';
        const from = angle(body, 'from=<');
        if (from !== undefined) p.sender = from.toLowerCase();
        this.stats.used++;
        return;
      }
      case 'cleanup': {
        if (body.startsWith('message-id=')) {
          const p = this.pending.get(queueId);
          if (p) {
            p.messageId = body.slice(11).replace(/^<|>$/g, '').slice(0, 500);
            p.lastTime = time;
            this.stats.used++;
          }
        } else if (body.startsWith('warning: header Subject: ') || body.startsWith('info: header Subject: ')) {
          const p = this.pending.get(queueId);
          if (p) {
            const start = body.indexOf('Subject: ') + 9;
            const end = body.lastIndexOf(' from ');
            p.subject = body.slice(start, end > start ? end : undefined).slice(0, 300);
            this.stats.used++;
          }
        }
        return;
      }
      case 'qmgr': {
        if (body === 'removed') {
          const p = this.pending.get(queueId);
          if (p) this.pending.flush(p);
          this.stats.used++;
          return;
        }
        if (body.startsWith('from=<')) {
          const p = this.pending.get(queueId) ?? this.open(queueId, time, n);
          const from = angle(body, 'from=<');
          if (from !== undefined) p.sender = from.toLowerCase();
          const size = field(body, 'size=');
          if (size) p.size = Number(size);
          const nrcpt = field(body, 'nrcpt=');
          if (nrcpt) p.expected = Number(nrcpt);
          p.lastTime = time;
          this.stats.used++;
        }
        return;
      }
      default:
        if (!DELIVERY_DAEMONS.has(daemon) || !body.startsWith('to=<')) return;
        this.delivery(queueId, body, time);
    }
  }

  private delivery(queueId: string, body: string, time: number): void {
    const p = this.pending.get(queueId);
    if (!p) {
      this.stats.orphanDeliveries++;
      return;
    }
    const to = angle(body, 'to=<');
    const status = field(body, 'status=');
    if (to === undefined || !status) return;
    this.stats.used++;
    const result: DeliveryResult =
      status === 'sent' ? 'sent' : status === 'deferred' ? 'deferred' : status === 'bounced' || status === 'expired' ? 'bounced' : 'pending';
    this.pending.recordResult(p, to.toLowerCase(), result, time);
  }

  private reject(body: string, time: number, n: number, queueId?: string): void {
    // "reject: RCPT from host[ip]: 554 5.7.1 <x>: Relay access denied; from=<a> to=<b> proto=ESMTP helo=<h>"
    // Postfix writes the client as name[address]: a name that passed valid_hostname (≤ 255 characters) or `unknown`, an
    // IP address (≤ 45): bounded, a long run of `0[` no longer splits at each `[` and reads the rest of the line from each.
    const m = /^(?:NOQUEUE: )?reject: (RCPT|DATA|BDAT|MAIL|END-OF-MESSAGE) from ([^\s:]{0,255}\[[^\]]{0,64}\](?::\d+)?)/.exec(body);
    if (!m) return;
    const tail = body.lastIndexOf('; from=<');
    if (tail < 0) return;
    const client = parseClient(m[2]!);
    const from = angle(body.slice(tail), 'from=<') ?? '';
    const to = angle(body.slice(tail), 'to=<');
    this.stats.used++;
    this.stats.rejects++;
    const p = queueId ? this.pending.get(queueId) : undefined;
    this.stats.events++;
    this.emit({
      time,
      ...(p?.account ? { account: p.account } : {}),
      envelopeSender: from.toLowerCase(),
      ...(client ? { clientIp: client.ip, clientName: client.name } : {}),
      recipients: to ? [{ address: to.toLowerCase(), result: 'rejected' }] : [],
      ...(queueId ? { queueId } : {}),
      source: `${this.source}:${n}`,
    });
  }

  private open(queueId: string, time: number, n: number): InFlightMessage {
    let p = this.pending.get(queueId);
    if (p) return p;
    p = { id: queueId, firstTime: time, lastTime: time, recipients: new Map(), line: n };
    this.pending.add(p);
    return p;
  }
}

/** Short (hex) and long (base-52-ish, `enable_long_queue_ids`) queue ids. */
function isQueueId(s: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!ok) return false;
  }
  return true;
}

/** `host[1.2.3.4]`, `unknown[1.2.3.4]:55729`, `host[IPv6:2001:db8::1]` */
function parseClient(s: string): { name: string; ip: string } | undefined {
  const open = s.indexOf('[');
  const close = s.indexOf(']', open + 1);
  if (open < 0 || close < 0) return undefined;
  let ip = s.slice(open + 1, close);
  if (ip.startsWith('IPv6:')) ip = ip.slice(5);
  return { name: s.slice(0, open), ip: ip.toLowerCase() };
}

/** The value of `name=` up to the next `,` or space. */
function field(s: string, name: string): string | undefined {
  const i = s.indexOf(name);
  if (i < 0) return undefined;
  const start = i + name.length;
  let end = start;
  while (end < s.length && s.charCodeAt(end) !== 44 && s.charCodeAt(end) !== 32) end++;
  return s.slice(start, end);
}

/** The address inside `name=<…>` ('' for `<>`). */
function angle(s: string, name: string): string | undefined {
  const i = s.indexOf(name);
  if (i < 0) return undefined;
  const start = i + name.length;
  const end = s.indexOf('>', start);
  if (end < 0) return undefined;
  return s.slice(start, end);
}
