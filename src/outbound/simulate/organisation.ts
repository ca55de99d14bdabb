/**
 * A simulated organisation's outbound mail, written as real Postfix log lines: hundreds of users with
 * their own contacts, volumes and hours; weekends and holidays; a weekly newsletter; month-end invoices
 * from an application server inside mynetworks; and injected incidents with their ground truth:
 *  - `stolen-account`: a phished account mass-mails free-mail addresses from a foreign IP;
 *  - `infected-client`: a PC inside mynetworks relays without authentication, forging envelope senders;
 *  - `slow-compromise`: a stolen account used slowly, a message every quarter hour, day and night.
 * Everything derives from the seed: the same options give the same lines.
 */
import type { OutboundEvent, SubjectRef } from '../events/types.js';
import { Random } from './random.js';

export type IncidentKind = 'stolen-account' | 'infected-client' | 'slow-compromise';

export interface InjectedIncident {
  kind: IncidentKind;
  /** Day of the simulation (0 = start) and hour (UTC) it begins. */
  day: number;
  hour: number;
}

export interface SimulationOptions {
  seed?: number;
  users?: number;
  days?: number;
  /** First day, a Monday at 00:00 UTC preferably (default 2026-04-20). */
  start?: string;
  /** Dates (YYYY-MM-DD) nobody works. */
  holidays?: string[];
  incidents?: InjectedIncident[];
  newsletter?: boolean;
  invoices?: boolean;
  domain?: string;
  hostname?: string;
}

export interface GroundTruth {
  kind: IncidentKind;
  subject: SubjectRef;
  /** Time of the incident's first message. */
  start: number;
  /** Times of its messages, in order (for "detected within the first N messages"). */
  messageTimes: number[];
}

export interface SimulatedMessage {
  time: number;
  account?: string;
  clientIp: string;
  sender: string;
  recipients: { address: string; result: 'sent' | 'deferred' | 'bounced' }[];
  subject: string;
  size: number;
  /** Delivery seconds after submission. */
  delay: number;
  port: 'submission' | 'smtp';
}

interface User {
  login: string;
  address: string;
  officeIp: string;
  homeIp?: string;
  perDay: number;
  freeShare: number;
  contacts: string[];
  startHour: number;
  weekendWorker: boolean;
}

const DAY = 86_400_000;
const FREE = ['gmail.com', 'yahoo.co.jp', 'outlook.jp', 'icloud.com', 'hotmail.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'i.softbank.jp', 'outlook.com', 'yahoo.com'];
const GIVEN = ['y', 'k', 'h', 't', 'm', 's', 'a', 'n', 'r', 'j', 'e', 'o', 'c', 'd', 'f'];
const FAMILY = ['suzuki', 'tanaka', 'sato', 'takahashi', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'kobayashi', 'kato', 'yoshida', 'yamada', 'sasaki', 'yamaguchi', 'matsumoto', 'inoue', 'kimura', 'hayashi', 'shimizu', 'yamazaki', 'mori', 'abe', 'ikeda', 'hashimoto', 'ishikawa', 'ogawa', 'okada', 'goto', 'hasegawa', 'murakami'];
const SUBJECTS = ['Re: お見積りの件', 'ご確認のお願い', 'Re: Meeting next week', '打ち合わせ日程', 'Re: 納期について', 'Invoice question', '資料送付', 'Re: Re: 仕様変更', 'Minutes', 'ご挨拶'];

export const DEFAULT_INCIDENTS: InjectedIncident[] = [
  { kind: 'stolen-account', day: 8, hour: 19 },
  { kind: 'infected-client', day: 10, hour: 11 },
  { kind: 'slow-compromise', day: 11, hour: 1 },
];

/** The organisation: users and special senders, derived from the seed. */
export class Organisation {
  readonly users: User[] = [];
  readonly subscribers: string[] = [];
  readonly customers: string[] = [];
  readonly partnerDomains: string[] = [];
  readonly domain: string;
  private readonly rnd: Random;

  constructor(readonly opts: SimulationOptions = {}) {
    this.rnd = new Random(opts.seed ?? 1);
    this.domain = opts.domain ?? 'kawada-seiki.example';
    const r = this.rnd;
    for (let i = 0; i < 120; i++) this.partnerDomains.push(`${r.token(r.int(4, 9), 'abcdefghijklmnopqrstuvwxyz')}.${r.pick(['co.jp', 'com', 'jp', 'example', 'net'])}`);
    const used = new Set<string>();
    const n = opts.users ?? 300;
    for (let i = 0; i < n; i++) {
      let login = i === 0 ? 'y.suzuki' : i === 1 ? 'k.tanaka' : `${r.pick(GIVEN)}.${r.pick(FAMILY)}`;
      while (used.has(login)) login = `${r.pick(GIVEN)}.${r.pick(FAMILY)}${r.int(2, 99)}`;
      used.add(login);
      const freeShare = r.chance(0.15) ? 0.25 + r.next() * 0.2 : r.next() * 0.15;
      const contacts: string[] = [];
      const nContacts = r.int(15, 120);
      for (let c = 0; c < nContacts; c++) contacts.push(this.contactAddress(freeShare));
      this.users.push({
        login,
        address: `${login}@${this.domain}`,
        officeIp: `10.1.${r.int(0, 7)}.${r.int(10, 250)}`,
        ...(r.chance(0.25) ? { homeIp: `${r.pick([126, 153, 180, 219, 60])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` } : {}),
        perDay: i === 0 ? 9 : Math.max(1, Math.round(Math.exp(1.6 + 0.7 * r.gauss()))),
        freeShare,
        contacts,
        startHour: r.int(7, 10),
        weekendWorker: r.chance(0.08),
      });
    }
    for (let i = 0; i < 800; i++) this.subscribers.push(this.randomAddress(0.5));
    for (let i = 0; i < 250; i++) this.customers.push(`${r.pick(['keiri', 'accounts', 'info', 'soumu', 'billing'])}@${r.pick(this.partnerDomains)}`);
  }

  private contactAddress(freeShare: number): string {
    return this.randomAddress(freeShare);
  }

  randomAddress(freeShare: number): string {
    const r = this.rnd;
    const local = `${r.pick(GIVEN)}${r.pick(['.', '_', ''])}${r.pick(FAMILY)}${r.chance(0.3) ? r.int(1, 99) : ''}`;
    if (r.chance(freeShare)) return `${local}@${r.pick(FREE)}`;
    if (r.chance(0.15)) return `${this.users.length ? r.pick(this.users).login : local}@${this.domain}`;
    return `${local}@${r.pick(this.partnerDomains)}`;
  }

  get random(): Random {
    return this.rnd;
  }
}

/** Is `time` a working day (not a weekend, not a holiday)? */
function isWorkday(time: number, holidays: Set<string>): boolean {
  const d = new Date(time);
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays.has(d.toISOString().slice(0, 10));
}

/**
 * Generates the simulation's messages day by day (each day sorted by time), with the ground truth of the
 * injected incidents. Call `renderPostfix` on the messages for log lines.
 */
export function* simulateMessages(org: Organisation, truth: GroundTruth[] = []): Generator<SimulatedMessage[]> {
  const o = org.opts;
  const r = org.random;
  const start = Date.parse(`${o.start ?? '2026-04-20'}T00:00:00Z`);
  const days = o.days ?? 14;
  const holidays = new Set(o.holidays ?? ['2026-04-29', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06']);
  const incidents = o.incidents ?? DEFAULT_INCIDENTS;
  const truthByKind = new Map<IncidentKind, GroundTruth>();
  for (let day = 0; day < days; day++) {
    const dayStart = start + day * DAY;
    const workday = isWorkday(dayStart, holidays);
    const out: SimulatedMessage[] = [];
    for (const u of org.users) {
      let expected = workday ? u.perDay : u.weekendWorker ? u.perDay * 0.3 : r.chance(0.03) ? 1 : 0;
      if (!workday && holidays.has(new Date(dayStart).toISOString().slice(0, 10)) && !u.weekendWorker) expected = 0;
      const count = r.poisson(expected);
      for (let k = 0; k < count; k++) {
        // Working hours with a lunch dip; a few evening mails from home.
        const evening = u.homeIp !== undefined && r.chance(0.1);
        const hour = evening ? r.int(19, 22) : u.startHour + Math.min(10, Math.floor(Math.abs(r.gauss()) * 3.2 + r.next() * 2));
        const time = dayStart + hour * 3600_000 + r.int(0, 3599_999);
        const nr = r.chance(0.7) ? 1 : r.chance(0.85) ? r.int(2, 3) : r.int(4, 10);
        const recipients = [];
        for (let j = 0; j < nr; j++) {
          let address: string;
          if (r.chance(0.04)) {
            address = org.randomAddress(u.freeShare);
            u.contacts.push(address);
          } else address = r.pick(u.contacts);
          recipients.push({ address, result: deliveryResult(r, 0.01, 0.01) });
        }
        out.push({
          time, account: u.login, clientIp: evening ? u.homeIp! : u.officeIp, sender: u.address, recipients,
          subject: r.pick(SUBJECTS), size: r.int(2_000, 400_000), delay: r.int(1, 4), port: 'submission',
        });
      }
    }
    const dow = new Date(dayStart).getUTCDay();
    if ((o.newsletter ?? true) && dow === 1) {
      // Weekly newsletter, Monday 10:00, one message per subscriber over ~20 minutes; the list grows.
      for (let k = 0; k < 10; k++) org.subscribers.push(org.randomAddress(0.5));
      const date = new Date(dayStart).toISOString().slice(0, 10);
      org.subscribers.forEach((address, i) => {
        out.push({
          time: dayStart + 10 * 3600_000 + i * 1500, account: 'newsletter', clientIp: '10.9.0.20', sender: `news@${org.domain}`,
          recipients: [{ address, result: deliveryResult(r, 0.01, 0.005) }], subject: `Kawada news ${date}`, size: 48_000, delay: 2, port: 'submission',
        });
      });
    }
    if ((o.invoices ?? true) && workday && isLastWorkdayOfMonth(dayStart, holidays)) {
      // Month-end invoices from the billing application inside mynetworks (no SASL), one per customer.
      const month = new Date(dayStart).toISOString().slice(0, 7);
      org.customers.forEach((address, i) => {
        out.push({
          time: dayStart + 15 * 3600_000 + i * 2000, clientIp: '10.9.0.30', sender: `billing@${org.domain}`,
          recipients: [{ address, result: deliveryResult(r, 0.005, 0.005) }], subject: `請求書 ${month}`, size: 120_000, delay: 2, port: 'smtp',
        });
      });
    }
    for (const inc of incidents) {
      const continuing = inc.kind === 'slow-compromise' && day > inc.day && day < inc.day + 3;
      if (day !== inc.day && !continuing) continue;
      const msgs = incidentMessages(org, inc, dayStart, day === inc.day);
      let t = truthByKind.get(inc.kind);
      if (!t && msgs.length) {
        const m0 = msgs[0]!;
        t = {
          kind: inc.kind,
          subject: m0.account ? { kind: 'sasl', id: m0.account } : { kind: 'client', id: m0.clientIp },
          start: m0.time,
          messageTimes: [],
        };
        truthByKind.set(inc.kind, t);
        truth.push(t);
      }
      for (const m of msgs) t!.messageTimes.push(m.time);
      out.push(...msgs);
    }
    out.sort((a, b) => a.time - b.time);
    yield out;
  }
}

function isLastWorkdayOfMonth(dayStart: number, holidays: Set<string>): boolean {
  const month = new Date(dayStart).getUTCMonth();
  for (let t = dayStart + DAY; new Date(t).getUTCMonth() === month; t += DAY) if (isWorkday(t, holidays)) return false;
  return true;
}

function deliveryResult(r: Random, bounce: number, defer: number): 'sent' | 'deferred' | 'bounced' {
  const x = r.next();
  return x < bounce ? 'bounced' : x < bounce + defer ? 'deferred' : 'sent';
}

function incidentMessages(org: Organisation, inc: InjectedIncident, dayStart: number, firstDay: boolean): SimulatedMessage[] {
  const r = org.random;
  const out: SimulatedMessage[] = [];
  const begin = dayStart + (firstDay ? inc.hour * 3600_000 : 0);
  const spamSubject = r.pick(['【重要】お支払い確認', 'Your parcel is waiting', 'ご請求書の送付', 'Account verification']);
  switch (inc.kind) {
    case 'stolen-account': {
      // 640 messages in 55 minutes, 4–5 recipients each, almost all free-mail addresses nobody here ever mailed.
      const ip = '45.155.205.233';
      for (let i = 0; i < 640; i++) {
        const n = r.int(4, 5);
        const recipients = [];
        for (let j = 0; j < n; j++) {
          recipients.push({ address: spamAddress(r, org, 0.97), result: deliveryResult(r, 0.3, 0.05) });
        }
        out.push({ time: begin + Math.floor(i * (55 * 60_000 / 640)), account: 'y.suzuki', clientIp: ip, sender: `y.suzuki@${org.domain}`, recipients, subject: spamSubject, size: 9_000, delay: 3, port: 'submission' });
      }
      break;
    }
    case 'infected-client': {
      // A PC relaying through port 25 without authentication, forging a different sender each time.
      const ip = '10.1.3.57';
      for (let t = begin; t < begin + 3 * 3600_000; t += r.int(8_000, 25_000)) {
        const sender = r.chance(0.4) ? `${r.token(7, 'abcdefghijklmnopqrstuvwxyz')}@${org.domain}` : `${r.token(6, 'abcdefghijklmnopqrstuvwxyz')}@${r.token(8, 'abcdefghijklmnopqrstuvwxyz')}.com`;
        const recipients = [];
        for (let j = r.int(1, 3); j > 0; j--) recipients.push({ address: spamAddress(r, org, 0.9), result: deliveryResult(r, 0.35, 0.1) });
        out.push({ time: t, clientIp: ip, sender, recipients, subject: spamSubject, size: 14_000, delay: 3, port: 'smtp' });
      }
      break;
    }
    case 'slow-compromise': {
      // Low and slow from an anonymising network: one message every 10–25 minutes, 1–2 recipients.
      const ip = `185.220.101.${r.int(2, 250)}`;
      const end = firstDay ? dayStart + DAY : dayStart + DAY;
      for (let t = begin; t < end; t += r.int(10, 25) * 60_000) {
        const recipients = [];
        for (let j = r.int(1, 2); j > 0; j--) recipients.push({ address: spamAddress(r, org, 0.95), result: deliveryResult(r, 0.3, 0.05) });
        out.push({ time: t, account: 'k.tanaka', clientIp: ip, sender: `k.tanaka@${org.domain}`, recipients, subject: r.pick(['Hello', 'Re: your order', 'Invitation']), size: 6_000, delay: 3, port: 'submission' });
      }
      break;
    }
  }
  return out;
}

function spamAddress(r: Random, org: Organisation, free: number): string {
  const local = r.token(r.int(5, 10), 'abcdefghijklmnopqrstuvwxyz0123456789');
  return r.chance(free) ? `${local}@${r.pick(FREE)}` : `${local}@${r.pick(org.partnerDomains)}`;
}

/** The events the log would yield, without writing lines (for benchmarks of detection alone). */
export function toEvents(messages: readonly SimulatedMessage[]): OutboundEvent[] {
  return messages.map((m) => ({
    time: m.time,
    ...(m.account ? { account: m.account } : {}),
    envelopeSender: m.sender,
    clientIp: m.clientIp,
    recipients: m.recipients,
    subject: m.subject,
    size: m.size,
  }));
}
