/**
 * Exim main log → outbound events. Exim logs one line per message arrival and one per delivery, keyed by
 * its message id (`1ahr79-0006jK-G9`, or the 4.97+ long form):
 *   `<=` arrival: `H=name (helo) [ip]:port`, `A=authenticator:login` (SMTP AUTH), `S=size`, `id=msgid`,
 *        `T="subject"` (log_selector +subject), `for a b` (+received_recipients)
 *   `=>` delivered, `->` further address of the same delivery, `*>` suppressed (-N), `**` bounced,
 *   `==` deferred, `Completed` when the message leaves the queue.
 * An event is emitted once every listed recipient has a result, or at `Completed`. Lines without a
 * message id (rejects at RCPT, authenticator failures, protocol errors) carry no outbound event except
 * `rejected RCPT` with an `F=<sender>`, which becomes a `rejected` recipient.
 */
import type { DeliveryResult, OutboundEvent } from '../events/types.js';
import { parseIsoStamp } from './syslog-time.js';
import { InFlightMessages, newParserStats, type InFlightMessage, type ParserStats } from './in-flight.js';

export interface EximParserOptions {
  utcOffsetMinutes?: number;
  maxPending?: number;
  maxPendingAgeMs?: number;
  maxLineLength?: number;
  maxRecipientsPerMessage?: number;
  source?: string;
}

const MSG_ID = /^(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2}|[0-9A-Za-z]{6}-[0-9A-Za-z]{11}-[0-9A-Za-z]{4}) /;

export class EximLogParser {
  readonly stats: ParserStats = newParserStats();
  private readonly pending: InFlightMessages;
  private readonly maxLine: number;
  private readonly maxRcpt: number;
  private readonly offset: number;
  private readonly source: string;

  constructor(private readonly emit: (e: OutboundEvent) => void, opts: EximParserOptions = {}) {
    this.maxLine = opts.maxLineLength ?? 8192;
    this.maxRcpt = opts.maxRecipientsPerMessage ?? 10_000;
    this.offset = opts.utcOffsetMinutes ?? 0;
    this.source = opts.source ?? 'exim';
    this.pending = new InFlightMessages(
      { maxPending: opts.maxPending ?? 100_000, maxAgeMs: opts.maxPendingAgeMs ?? 6 * 3600_000, maxRecipients: this.maxRcpt },
      this.stats,
      emit,
      this.source,
    );
  }

  line(text: string): void {
    const n = ++this.stats.lines;
    if (text.length > this.maxLine) {
      this.stats.tooLong++;
      return;
    }
    const stamp = parseIsoStamp(text, this.offset);
    if (!stamp) {
      this.stats.notSyslog++;
      return;
    }
    let rest = text.slice(stamp.rest);
    // Optional "host exim[pid]: " (syslog) and "[pid] " prefixes.
    const sys = /^\S+ exim\[\d+\]: /.exec(rest);
    if (sys) rest = rest.slice(sys[0].length);
    if (rest.startsWith('[')) {
      const close = rest.indexOf('] ');
      if (close > 0 && /^\[\d+(?:\/\d+)?$/.test(rest.slice(0, close))) rest = rest.slice(close + 2);
    }
    const time = stamp.time;
    this.pending.sweepIfDue(time);
    const idm = MSG_ID.exec(rest);
    if (!idm) {
      this.rejectLine(rest, time, n);
      return;
    }
    const id = idm[0].slice(0, -1);
    const body = rest.slice(idm[0].length);
    const flag = body.slice(0, 3);
    if (flag === '<= ') this.arrival(id, body.slice(3), time, n);
    else if (flag === '=> ' || flag === '-> ' || flag === '*> ') this.result(id, body.slice(3), 'sent', time);
    else if (flag === '** ') this.result(id, body.slice(3), 'bounced', time);
    else if (flag === '== ') this.result(id, body.slice(3), 'deferred', time);
    else if (body.startsWith('Completed')) {
      const p = this.pending.get(id);
      if (p) this.pending.flush(p);
      this.stats.used++;
    } else if (body.startsWith('H=') && body.includes(' rejected RCPT ')) this.rejectLine(body, time, n, id);
  }

  end(): void {
    this.pending.end();
  }

  private arrival(id: string, body: string, time: number, n: number): void {
    const sp = body.indexOf(' ');
    const sender = (sp < 0 ? body : body.slice(0, sp)).replace(/^<|>$/g, '');
    const p: InFlightMessage = {
      id, firstTime: time, lastTime: time, sender: sender === '<>' ? '' : sender.toLowerCase(), recipients: new Map(), line: n,
    };
    // The HELO in parentheses holds no `(` (Exim refuses a HELO of other characters than letters, digits, `-._` and an
    // address literal unless told to accept junk): each ` H= (` then reads to the next parenthesis, not to the line's end.
    const h = /(?:^| )H=(\S*)(?: \([^()]*\))? \[([0-9a-fA-F.:]+)\]/.exec(body);
    if (h) {
      p.clientName = h[1];
      p.clientIp = h[2]!.toLowerCase();
    } else if (/ U=\S+/.test(body) && !/ H=/.test(body)) {
      p.clientIp = '127.0.0.1';
      p.clientName = 'local';
    }
    const a = / A=[^:\s]+:(\S+)/.exec(body);
    if (a) p.account = a[1];
    const s = / S=(\d+)/.exec(body);
    if (s) p.size = Number(s[1]);
    const mid = / id=(\S+)/.exec(body);
    if (mid) p.messageId = mid[1]!.replace(/^<|>$/g, '').slice(0, 500);
    const t = / T="((?:[^"\\]|\\.)*)"/.exec(body);
    if (t) p.subject = t[1]!.replace(/\\(.)/g, '$1').slice(0, 300);
    const f = body.lastIndexOf(' for ');
    if (f >= 0 && !body.slice(f).includes('=')) {
      for (const r of body.slice(f + 5).split(' ')) {
        if (!r || p.recipients.size >= this.maxRcpt) continue;
        p.recipients.set(r.toLowerCase(), 'pending');
      }
      // Once every listed recipient has a result the message is complete; without the list, at `Completed`.
      if (p.recipients.size > 0) p.expected = p.recipients.size;
    }
    this.pending.add(p);
    this.stats.used++;
  }

  private result(id: string, body: string, result: DeliveryResult, time: number): void {
    const p = this.pending.get(id);
    if (!p) {
      this.stats.orphanDeliveries++;
      return;
    }
    this.stats.used++;
    // "addr <original> R=… T=…" or "addr: error text" (bounces)
    let end = body.search(/[ :]/);
    if (end < 0) end = body.length;
    let address = body.slice(0, end).toLowerCase();
    const orig = /^ <([^>]+)>/.exec(body.slice(end));
    if (orig) address = orig[1]!.toLowerCase();
    this.pending.recordResult(p, address, result, time);
  }

  private rejectLine(body: string, time: number, n: number, id?: string): void {
    const m = /H=(\S*)(?: \([^)]*\))? \[([0-9a-fA-F.:]+)\].* F=<?([^>\s]*)>? rejected RCPT <?([^>:\s]+)>?/.exec(body);
    if (!m) return;
    this.stats.used++;
    this.stats.rejects++;
    this.stats.events++;
    this.emit({
      time,
      envelopeSender: m[3]!.toLowerCase(),
      clientIp: m[2]!.toLowerCase(),
      clientName: m[1]!,
      recipients: [{ address: m[4]!.toLowerCase(), result: 'rejected' }],
      ...(id ? { queueId: id } : {}),
      source: `${this.source}:${n}`,
    });
  }
}
