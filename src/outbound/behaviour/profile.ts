/**
 * What spamlab has learned about one subject (an account, an envelope sender or a client): its days, its
 * address book, its hours and (for accounts) its networks. Traffic is learned only once it has left the
 * 24-hour window without being part of an incident, so an attack is never learned as normal before it is
 * caught, and the baseline changes slowly.
 *
 * Peaks, not averages: the baseline volume is the highest 10-minute, 1-hour and 24-hour recipient counts of
 * the last `keepDays` days. A weekly newsletter or month-end invoicing is its own peak (35 days cover a month
 * end), and quiet weekends do not lower it.
 */
import type { WindowRecord } from './window.js';

export interface DayStats {
  day: number;
  messages: number;
  recipients: number;
  free: number;
  fresh: number;
  resolved: number;
  failed: number;
  /** Highest distinct-recipient counts of the 10-minute, 1-hour and 24-hour windows that day. */
  peaks: [number, number, number];
  senderPeak: number;
}

export interface ProfileSnapshot {
  days: DayStats[];
  book: [string, number][];
  hours: number[];
  networks: [string, number][];
  learnedMessages: number;
}

export interface ProfileLimits {
  keepDays: number;
  addressBookSize: number;
  networks: number;
}

export const DEFAULT_PROFILE_LIMITS: ProfileLimits = { keepDays: 35, addressBookSize: 5_000, networks: 32 };

interface Derived {
  peaks: [number, number, number];
  senderPeak: number;
  freeShare: number;
  freshShare: number;
  failRate: number;
}

export class SubjectProfile {
  days: DayStats[] = [];
  /** Recipient → day last mailed; oldest first (re-inserted on use), trimmed to addressBookSize. */
  readonly book = new Map<string, number>();
  hours: number[] = new Array<number>(24).fill(0);
  /** Network → day last seen. */
  readonly networks = new Map<string, number>();
  learnedMessages = 0;
  private cache: Derived | undefined;

  constructor(private readonly limits: ProfileLimits = DEFAULT_PROFILE_LIMITS) {}

  /** Learns one record of the given day (epoch day) and hour of day. */
  learn(r: WindowRecord, day: number, hour: number): void {
    let d = this.days[this.days.length - 1];
    if (!d || d.day !== day) {
      d = this.days.find((x) => x.day === day);
      if (!d) {
        d = { day, messages: 0, recipients: 0, free: 0, fresh: 0, resolved: 0, failed: 0, peaks: [0, 0, 0], senderPeak: 0 };
        this.days.push(d);
        this.days.sort((a, b) => a.day - b.day);
        while (this.days.length > 0 && this.days[0]!.day <= day - this.limits.keepDays) this.days.shift();
      }
    }
    d.messages += r.message;
    d.recipients += r.recipients.length;
    d.free += r.free;
    d.fresh += r.fresh;
    d.resolved += r.resolved;
    d.failed += r.failed;
    for (let i = 0; i < 3; i++) if (r.peaks[i]! > d.peaks[i]!) d.peaks[i] = r.peaks[i]!;
    if (r.senderPeak > d.senderPeak) d.senderPeak = r.senderPeak;
    this.hours[hour]! += r.message;
    this.learnedMessages += r.message;
    for (const a of r.recipients) {
      this.book.delete(a);
      this.book.set(a, day);
    }
    while (this.book.size > this.limits.addressBookSize) this.book.delete(this.book.keys().next().value as string);
    if (r.network) {
      this.networks.delete(r.network);
      this.networks.set(r.network, day);
      while (this.networks.size > this.limits.networks) this.networks.delete(this.networks.keys().next().value as string);
    }
    this.cache = undefined;
  }

  /** Enough history to judge against its own baseline: 20 messages over at least 3 active days. */
  get mature(): boolean {
    return this.learnedMessages >= 20 && this.days.length >= 3;
  }

  /** Figures over the kept days, computed once per change (they are read on every event). */
  private derived(): Derived {
    if (this.cache) return this.cache;
    const peaks: [number, number, number] = [0, 0, 0];
    let senderPeak = 0;
    let recipients = 0, free = 0, fresh = 0, resolved = 0, failed = 0;
    for (const d of this.days) {
      for (let i = 0; i < 3; i++) if (d.peaks[i]! > peaks[i]!) peaks[i] = d.peaks[i]!;
      if (d.senderPeak > senderPeak) senderPeak = d.senderPeak;
      recipients += d.recipients;
      free += d.free;
      fresh += d.fresh;
      resolved += d.resolved;
      failed += d.failed;
    }
    this.cache = {
      peaks, senderPeak,
      freeShare: recipients ? free / recipients : 0,
      freshShare: recipients ? fresh / recipients : 1,
      failRate: resolved ? failed / resolved : 0,
    };
    return this.cache;
  }

  peak(i: 0 | 1 | 2): number {
    return this.derived().peaks[i];
  }

  get senderPeak(): number {
    return this.derived().senderPeak;
  }

  get usualFreeShare(): number {
    return this.derived().freeShare;
  }

  get usualFreshShare(): number {
    return this.derived().freshShare;
  }

  get usualFailRate(): number {
    return this.derived().failRate;
  }

  /** Median messages on the days it sent anything. */
  get messagesPerActiveDay(): number {
    const counts = this.days.map((d) => d.messages).sort((a, b) => a - b);
    return counts.length ? counts[Math.floor(counts.length / 2)]! : 0;
  }

  /** Share of learned messages sent in this hour or the hours beside it. */
  hourShare(hour: number): number {
    if (this.learnedMessages === 0) return 1;
    const h = this.hours;
    return (h[(hour + 23) % 24]! + h[hour]! + h[(hour + 1) % 24]!) / this.learnedMessages;
  }

  snapshot(): ProfileSnapshot {
    return {
      days: this.days.map((d) => ({ ...d, peaks: [...d.peaks] as [number, number, number] })),
      book: [...this.book],
      hours: [...this.hours],
      networks: [...this.networks],
      learnedMessages: this.learnedMessages,
    };
  }

  static restore(s: ProfileSnapshot, limits: ProfileLimits = DEFAULT_PROFILE_LIMITS): SubjectProfile {
    const p = new SubjectProfile(limits);
    p.days = s.days.map((d) => ({ ...d, peaks: [...d.peaks] as [number, number, number] }));
    for (const [a, d] of s.book) p.book.set(a, d);
    p.hours = s.hours.length === 24 ? [...s.hours] : new Array<number>(24).fill(0);
    for (const [n, d] of s.networks) p.networks.set(n, d);
    p.learnedMessages = s.learnedMessages;
    return p;
  }
}
