/**
 * A sliding window over one subject's recent messages, kept as running aggregates so that adding a message
 * and asking for the window's figures are O(recipients of that message), whatever the window holds.
 */

/** One message (or one added recipient batch) as the windows see it. */
export interface WindowRecord {
  time: number;
  /** 1 when it starts a new message, 0 when it adds recipients to one already counted. */
  message: 0 | 1;
  recipients: string[];
  /** Recipients at free-mail providers. */
  free: number;
  /** Recipients the subject had never mailed before (its learned address book). */
  fresh: number;
  /** Recipients with a known result, and those of them bounced, deferred or rejected. */
  resolved: number;
  failed: number;
  sender: string;
  subject?: string;
  /** The message came from a network never seen for this account. */
  newNetwork: boolean;
  network?: string;
  clientIp?: string;
  /** Sent in an hour of the day this subject hardly ever sends in. */
  offHours: boolean;
  /** Distinct recipients of the 10-minute, 1-hour and 24-hour windows once this record was added (for learning peaks). */
  peaks: [number, number, number];
  /** Distinct envelope senders in the 1-hour window once this record was added. */
  senderPeak: number;
  /** Excluded from learning: it was part of (or led up to) an incident. */
  tainted: boolean;
}

export class SlidingWindow {
  private readonly items: WindowRecord[] = [];
  private head = 0;
  messages = 0;
  recipientCount = 0;
  free = 0;
  fresh = 0;
  resolved = 0;
  failed = 0;
  newNetwork = 0;
  offHours = 0;
  readonly distinct = new Map<string, number>();
  readonly senders = new Map<string, number>();
  readonly subjects = new Map<string, number>();
  /** Records dropped because the window reached maxRecords (a reached limit is reported, not hidden). */
  dropped = 0;

  constructor(
    readonly spanMs: number,
    private readonly maxRecords = 50_000,
  ) {}

  get length(): number {
    return this.items.length - this.head;
  }

  first(): WindowRecord | undefined {
    return this.items[this.head];
  }

  *records(): Iterable<WindowRecord> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i]!;
  }

  /** Adds a record; returns the records that left the window (oldest first). */
  add(r: WindowRecord, evicted?: WindowRecord[]): void {
    this.evict(r.time, evicted);
    if (this.length >= this.maxRecords) {
      this.remove(evicted);
      this.dropped++;
    }
    this.items.push(r);
    this.messages += r.message;
    this.recipientCount += r.recipients.length;
    this.free += r.free;
    this.fresh += r.fresh;
    this.resolved += r.resolved;
    this.failed += r.failed;
    if (r.newNetwork) this.newNetwork += r.message;
    if (r.offHours) this.offHours += r.message;
    for (const a of r.recipients) this.distinct.set(a, (this.distinct.get(a) ?? 0) + 1);
    if (r.sender) this.senders.set(r.sender, (this.senders.get(r.sender) ?? 0) + 1);
    if (r.subject) this.subjects.set(r.subject, (this.subjects.get(r.subject) ?? 0) + r.recipients.length);
  }

  /** Drops records older than the span before `now`. */
  evict(now: number, evicted?: WindowRecord[]): void {
    while (this.head < this.items.length && this.items[this.head]!.time <= now - this.spanMs) this.remove(evicted);
  }

  private remove(evicted?: WindowRecord[]): void {
    const r = this.items[this.head++]!;
    this.messages -= r.message;
    this.recipientCount -= r.recipients.length;
    this.free -= r.free;
    this.fresh -= r.fresh;
    this.resolved -= r.resolved;
    this.failed -= r.failed;
    if (r.newNetwork) this.newNetwork -= r.message;
    if (r.offHours) this.offHours -= r.message;
    for (const a of r.recipients) decrement(this.distinct, a);
    if (r.sender) decrement(this.senders, r.sender);
    if (r.subject) decrement(this.subjects, r.subject, r.recipients.length);
    evicted?.push(r);
    // Compact now and then so the array does not grow without bound.
    if (this.head >= 32 && this.head * 2 >= this.items.length) {
      this.items.splice(0, this.head);
      this.head = 0;
    }
  }

  /** The subject line sent to the most recipients in the window, with that count. */
  topSubject(): [string, number] | undefined {
    let best: [string, number] | undefined;
    for (const e of this.subjects) if (!best || e[1] > best[1]) best = e;
    return best;
  }
}

function decrement(map: Map<string, number>, key: string, by = 1): void {
  const n = (map.get(key) ?? 0) - by;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}
