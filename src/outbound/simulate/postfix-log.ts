/**
 * Renders simulated messages as the lines a Postfix 3.7 would log for them (submission smtpd with SASL,
 * or smtpd on port 25 for mynetworks clients; cleanup with message-id and a header_checks WARN line for
 * Subject; qmgr; smtp or lmtp deliveries; removed), in time order with classic syslog stamps.
 */
import type { Random } from './random.js';
import type { SimulatedMessage } from './organisation.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function syslogStamp(time: number): string {
  const d = new Date(time);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const ss = String(d.getUTCSeconds()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${day} ${hh}:${mm}:${ss}`;
}

interface Line {
  time: number;
  seq: number;
  text: string;
}

/**
 * Writes lines for a batch of messages (one simulated day); lines that fall after `until` are held back and
 * returned with the next batch so the output stays in time order.
 */
export class PostfixLogWriter {
  private held: Line[] = [];
  private seq = 0;
  private readonly usedIds = new Set<string>();

  constructor(
    private readonly rnd: Random,
    private readonly host = 'mail',
    private readonly domain = 'kawada-seiki.example',
  ) {}

  /** Lines of the batch up to `until` (ms), in order. */
  write(messages: readonly SimulatedMessage[], until: number): string[] {
    const lines: Line[] = this.held;
    for (const m of messages) this.render(m, lines);
    lines.sort((a, b) => a.time - b.time || a.seq - b.seq);
    const cut = lines.findIndex((l) => l.time >= until);
    const now = cut < 0 ? lines : lines.slice(0, cut);
    this.held = cut < 0 ? [] : lines.slice(cut);
    if (this.usedIds.size > 200_000) this.usedIds.clear();
    return now.map((l) => l.text);
  }

  /** Whatever is still held (end of the simulation). */
  flush(): string[] {
    const rest = this.held.map((l) => l.text);
    this.held = [];
    return rest;
  }

  private queueId(): string {
    for (;;) {
      const id = this.rnd.token(10, '0123456789ABCDEF');
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  private render(m: SimulatedMessage, out: Line[]): void {
    const r = this.rnd;
    const qid = this.queueId();
    const pid = r.int(1000, 60000);
    const smtpd = m.port === 'submission' ? 'postfix/submission/smtpd' : 'postfix/smtpd';
    const client = `unknown[${m.clientIp}]`;
    const push = (dt: number, text: string): void => {
      const time = m.time + dt;
      out.push({ time, seq: this.seq++, text: `${syslogStamp(time)} ${this.host} ${text}` });
    };
    push(0, `${smtpd}[${pid}]: connect from ${client}`);
    push(0, `${smtpd}[${pid}]: ${qid}: client=${client}${m.account ? `, sasl_method=PLAIN, sasl_username=${m.account}` : ''}`);
    const mid = `${r.token(16)}@${this.domain}`;
    push(100, `postfix/cleanup[${pid + 1}]: ${qid}: message-id=<${mid}>`);
    push(100, `postfix/cleanup[${pid + 1}]: ${qid}: warning: header Subject: ${m.subject} from ${client}; from=<${m.sender}> to=<${m.recipients[0]?.address ?? ''}> proto=ESMTP helo=<pc-${pid}>`);
    push(200, `postfix/qmgr[812]: ${qid}: from=<${m.sender}>, size=${m.size}, nrcpt=${m.recipients.length} (queue active)`);
    push(250, `${smtpd}[${pid}]: disconnect from ${client} ehlo=1${m.account ? ' auth=1' : ''} mail=1 rcpt=${m.recipients.length} data=1 quit=1 commands=${5 + (m.account ? 1 : 0)}`);
    let deferred = false;
    m.recipients.forEach((rc, i) => {
      const local = rc.address.endsWith(`@${this.domain}`);
      const dt = m.delay * 1000 + i * 50;
      const domain = rc.address.slice(rc.address.indexOf('@') + 1);
      const agent = local ? 'postfix/lmtp' : 'postfix/smtp';
      const relay = local ? 'mailstore.internal[private/dovecot-lmtp]' : `mx.${domain}[203.0.113.${(i * 7) % 250}]:25`;
      const delays = `delay=${(m.delay + 0.2).toFixed(1)}, delays=0.1/0/0.4/${(m.delay - 0.3).toFixed(1)}`;
      if (rc.result === 'sent') push(dt, `${agent}[${pid + 2}]: ${qid}: to=<${rc.address}>, relay=${relay}, ${delays}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued)`);
      else if (rc.result === 'bounced') push(dt, `${agent}[${pid + 2}]: ${qid}: to=<${rc.address}>, relay=${relay}, ${delays}, dsn=5.1.1, status=bounced (host ${relay.replace(/:25$/, '')} said: 550 5.1.1 <${rc.address}>: Recipient address rejected: User unknown (in reply to RCPT TO command))`);
      else {
        deferred = true;
        push(dt, `${agent}[${pid + 2}]: ${qid}: to=<${rc.address}>, relay=${relay}, ${delays}, dsn=4.7.0, status=deferred (host ${relay.replace(/:25$/, '')} said: 421 4.7.0 Try again later)`);
      }
    });
    if (!deferred) push(m.delay * 1000 + m.recipients.length * 50 + 10, `postfix/qmgr[812]: ${qid}: removed`);
  }
}
