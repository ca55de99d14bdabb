/**
 * Outbound behaviour: keeps per-subject sliding windows and learned baselines, and opens an incident when a
 * subject's traffic breaks from its own normal (or, for a subject without history, from its cohort's).
 *
 * Each signal adds its weight; an incident opens at `threshold` (3.5 by default). No single signal reaches
 * it: volume alone is a newsletter, a new network alone is a business trip, free-mail recipients alone are
 * customers. Abuse combines them: a stolen account sends far more, to new free-mail addresses, with bounces,
 * from a network never seen for it; an infected client adds forged envelope senders.
 *
 * Deterministic: time comes only from the events (and explicit `sweep(now)` calls).
 */
import type { OutboundEvent, SubjectKind, SubjectRef } from '../events/types.js';
import { subjectKey } from '../events/types.js';
import { FreeMailList } from './free-mail.js';
import type { Evidence, Incident, IncidentTotals, Normal, SignalId } from './incident.js';
import { maskIp, NetworkList, networkOf } from './network.js';
import { DEFAULT_PROFILE_LIMITS, SubjectProfile, type ProfileLimits, type ProfileSnapshot } from './profile.js';
import { SlidingWindow, type WindowRecord } from './window.js';

export interface DetectorOptions {
  /** Clients whose unauthenticated mail is ours (mynetworks); default: private, loopback and CGNAT ranges. */
  localNetworks?: NetworkList;
  freeMail?: FreeMailList;
  /** Minutes east of UTC of the organisation's local time, for days and hours of day. */
  utcOffsetMinutes?: number;
  threshold?: number;
  /** An open incident closes after this long without traffic from its subject. */
  closeAfterQuietMs?: number;
  /** After a release, the subject's traffic is learned and not flagged for this long. */
  releaseGraceMs?: number;
  /** Most subjects kept; beyond it the least recently seen without an open incident is forgotten. */
  maxSubjects?: number;
  profileLimits?: ProfileLimits;
  /** Called for every incident opened (alerts, policy actions). */
  onIncident?: (incident: Incident) => void;
}

export interface DetectorStats {
  events: number;
  /** Events from clients outside the local networks without SASL login: inbound mail, not ours to judge. */
  skippedInbound: number;
  subjects: number;
  subjectsForgotten: number;
  incidents: number;
  /** Window records dropped at a window's capacity (a reached limit). */
  windowRecordsDropped: number;
}

interface Cohort {
  peaks: [number, number, number];
  senderPeak: number;
  freeShare: number;
  failRate: number;
}

const DEFAULT_COHORT: Cohort = { peaks: [10, 25, 60], senderPeak: 2, freeShare: 0.2, failRate: 0.05 };

const WINDOW_NAMES = ['10m', '1h', '24h', '24h-new-network'] as const;
const SPANS = [10 * 60_000, 3600_000, 86_400_000, 86_400_000];
/** Fewest distinct recipients that can count as a volume break, per window. */
const MIN_VOLUME = [20, 40, 100, 100];
/** Lowest baseline peak assumed, so a subject that sends 1 mail a week is not flagged for sending 5. */
const PEAK_FLOOR = [5, 10, 20, 20];
const VOLUME_FACTOR = 3;

/**
 * Cheap test before the signals are computed: below these figures no combination of signals can reach the
 * threshold (volume needs 20 recipients, shares need 10, bounces 5 failures, forged senders 5 senders; the
 * network and hour signals alone add at most 1.5).
 */
function mayReachThreshold(w: SlidingWindow): boolean {
  return w.recipientCount >= 10 || w.failed >= 5 || w.senders.size >= 5;
}

export interface SubjectState {
  ref: SubjectRef;
  key: string;
  profile: SubjectProfile;
  windows: [SlidingWindow, SlidingWindow, SlidingWindow, SlidingWindow];
  incident?: Incident;
  incidentRecipients?: Set<string>;
  incidentSenders?: Set<string>;
  releasedUntil?: number;
  lastSeen: number;
  dirty: boolean;
}

export class OutboundDetector {
  readonly stats: DetectorStats = { events: 0, skippedInbound: 0, subjects: 0, subjectsForgotten: 0, incidents: 0, windowRecordsDropped: 0 };
  private readonly subjects = new Map<string, SubjectState>();
  private readonly incidents: Incident[] = [];
  private readonly local: NetworkList;
  private readonly freeMail: FreeMailList;
  private readonly offsetMs: number;
  private readonly threshold: number;
  private readonly closeAfter: number;
  private readonly grace: number;
  private readonly maxSubjects: number;
  private readonly limits: ProfileLimits;
  private cohorts = new Map<SubjectKind, Cohort>();
  private cohortComputedAt = -Infinity;
  private lastSweep = -Infinity;
  nextIncidentId = 1;

  constructor(private readonly opts: DetectorOptions = {}) {
    this.local = opts.localNetworks ?? NetworkList.privateDefault();
    this.freeMail = opts.freeMail ?? FreeMailList.default();
    this.offsetMs = (opts.utcOffsetMinutes ?? 0) * 60_000;
    this.threshold = opts.threshold ?? 3.5;
    this.closeAfter = opts.closeAfterQuietMs ?? 6 * 3600_000;
    this.grace = opts.releaseGraceMs ?? 86_400_000;
    this.maxSubjects = opts.maxSubjects ?? 200_000;
    this.limits = opts.profileLimits ?? DEFAULT_PROFILE_LIMITS;
  }

  /** The subjects an event is judged under: its SASL account, else (from a local client) the client and the sender. */
  subjectsOf(e: OutboundEvent): SubjectRef[] {
    if (e.account) return [{ kind: 'sasl', id: e.account }];
    const ip = e.clientIp;
    if (ip === undefined || !(this.local.has(ip) || e.clientName === 'pickup')) return [];
    const refs: SubjectRef[] = [{ kind: 'client', id: ip }];
    if (e.envelopeSender) refs.push({ kind: 'sender', id: e.envelopeSender });
    return refs;
  }

  /** Feeds one event; returns the incidents it opened (usually none). */
  observe(e: OutboundEvent): Incident[] {
    this.stats.events++;
    if (e.time - this.lastSweep > 3600_000) this.sweep(e.time);
    const refs = this.subjectsOf(e);
    if (refs.length === 0) {
      this.stats.skippedInbound++;
      return [];
    }
    const opened: Incident[] = [];
    for (const ref of refs) {
      const inc = this.observeFor(ref, e);
      if (inc) opened.push(inc);
    }
    return opened;
  }

  private state(ref: SubjectRef, time: number): SubjectState {
    const key = subjectKey(ref);
    let s = this.subjects.get(key);
    if (s) {
      // Keep the map in least-recently-seen order for eviction.
      this.subjects.delete(key);
      this.subjects.set(key, s);
      return s;
    }
    if (this.subjects.size >= this.maxSubjects) this.forgetOne();
    s = {
      ref, key, profile: new SubjectProfile(this.limits),
      windows: SPANS.map((span) => new SlidingWindow(span)) as SubjectState['windows'],
      lastSeen: time, dirty: true,
    };
    this.subjects.set(key, s);
    this.stats.subjects = this.subjects.size;
    return s;
  }

  private forgetOne(): void {
    for (const [key, s] of this.subjects) {
      if (s.incident?.status === 'open') continue;
      this.subjects.delete(key);
      this.stats.subjectsForgotten++;
      return;
    }
  }

  private observeFor(ref: SubjectRef, e: OutboundEvent): Incident | undefined {
    const s = this.state(ref, e.time);
    s.lastSeen = Math.max(s.lastSeen, e.time);
    s.dirty = true;
    const p = s.profile;
    const local = e.time + this.offsetMs;
    const hour = Math.floor(local / 3600_000) % 24;
    const network = ref.kind === 'sasl' && e.clientIp ? networkOf(e.clientIp) : undefined;
    const mature = p.mature;
    // Most messages have one recipient: no set needed to remove duplicates then.
    const seen = e.recipients.length > 1 ? new Set<string>() : undefined;
    const addresses: string[] = [];
    let free = 0, fresh = 0, resolved = 0, failed = 0;
    for (const r of e.recipients) {
      if (seen) {
        if (seen.has(r.address)) continue;
        seen.add(r.address);
      }
      addresses.push(r.address);
      if (this.freeMail.isFreeAddress(r.address)) free++;
      if (!p.book.has(r.address)) fresh++;
      if (r.result !== 'pending') {
        resolved++;
        if (r.result !== 'sent') failed++;
      }
    }
    const message: 0 | 1 = e.newMessage === false ? 0 : 1;
    const rec: WindowRecord = {
      time: e.time, message, recipients: addresses, free, fresh, resolved, failed,
      sender: e.envelopeSender,
      ...(e.subject ? { subject: e.subject } : {}),
      // A network is judged new once the account has some history (5 messages) to judge it by.
      newNetwork: network !== undefined && p.learnedMessages >= 5 && p.networks.size > 0 && !p.networks.has(network),
      ...(network ? { network } : {}),
      ...(e.clientIp ? { clientIp: e.clientIp } : {}),
      offHours: mature && p.learnedMessages >= 50 && p.hourShare(hour) < 0.02,
      peaks: [0, 0, 0], senderPeak: 0, tainted: false,
    };
    const evicted: WindowRecord[] = [];
    const [w10, w1h, w24, wNew] = s.windows;
    w10.add(rec);
    w1h.add(rec);
    w24.add(rec, evicted);
    if (rec.newNetwork) wNew.add(rec);
    else wNew.evict(rec.time);
    rec.peaks = [w10.distinct.size, w1h.distinct.size, w24.distinct.size];
    rec.senderPeak = w1h.senders.size;
    for (const old of evicted) {
      if (old.tainted) continue;
      const t = old.time + this.offsetMs;
      p.learn(old, Math.floor(t / 86_400_000), Math.floor(t / 3600_000) % 24);
    }

    const inc = s.incident;
    if (inc && inc.status === 'open') {
      if (e.time - inc.totals.lastSeen > this.closeAfter) this.close(s, inc.totals.lastSeen + this.closeAfter);
      else {
        rec.tainted = true;
        this.addToTotals(s, rec);
        return undefined;
      }
    }
    if (s.releasedUntil !== undefined && e.time < s.releasedUntil) return undefined;

    let best: { score: number; index: number; evidence: Evidence[] } | undefined;
    for (let i = 0; i < 4; i++) {
      const w = s.windows[i]!;
      if (w.length === 0 || (this.threshold > 1.5 && !mayReachThreshold(w))) continue;
      const ev = this.signals(s, i, w, hour);
      const score = ev.reduce((a, x) => a + x.weight, 0);
      if (score >= this.threshold && (!best || score > best.score)) best = { score, index: i, evidence: ev };
    }
    if (!best) return undefined;
    return this.open(s, best.index, best.score, best.evidence, e.time);
  }

  private cohort(kind: SubjectKind, now: number): Cohort {
    if (now - this.cohortComputedAt > 6 * 3600_000) this.computeCohorts(now);
    return this.cohorts.get(kind) ?? DEFAULT_COHORT;
  }

  /**
   * The prior for subjects without history: the 90th percentile of mature subjects' peaks of the same kind
   * (a new account may be one of the busier ones), the median of their shares.
   */
  private computeCohorts(now: number): void {
    this.cohortComputedAt = now;
    const by = new Map<SubjectKind, SubjectProfile[]>();
    for (const s of this.subjects.values()) {
      if (!s.profile.mature) continue;
      const list = by.get(s.ref.kind) ?? [];
      list.push(s.profile);
      by.set(s.ref.kind, list);
    }
    this.cohorts = new Map();
    for (const [kind, list] of by) {
      if (list.length < 5) continue;
      const q = (values: number[], f: number): number => {
        values.sort((a, b) => a - b);
        return values[Math.min(values.length - 1, Math.floor(values.length * f))]!;
      };
      this.cohorts.set(kind, {
        peaks: [0, 1, 2].map((i) => Math.max(DEFAULT_COHORT.peaks[i]!, q(list.map((p) => p.peak(i as 0 | 1 | 2)), 0.9))) as [number, number, number],
        senderPeak: Math.max(DEFAULT_COHORT.senderPeak, q(list.map((p) => p.senderPeak), 0.9)),
        freeShare: q(list.map((p) => p.usualFreeShare), 0.5),
        failRate: q(list.map((p) => p.usualFailRate), 0.5),
      });
    }
  }

  private signals(s: SubjectState, i: number, w: SlidingWindow, hour: number): Evidence[] {
    const p = s.profile;
    const mature = p.mature;
    const cohort = this.cohort(s.ref.kind, w.first()?.time ?? 0);
    const ev: Evidence[] = [];
    const n = w.recipientCount;
    const distinct = w.distinct.size;
    const peakIndex = (i === 3 ? 2 : i) as 0 | 1 | 2;
    const baseline = Math.max(PEAK_FLOOR[i]!, mature ? p.peak(peakIndex) : cohort.peaks[peakIndex]);
    const add = (id: SignalId, weight: number, data: Record<string, number | string>): void => {
      ev.push({ id, weight, data });
    };
    if (distinct > Math.max(MIN_VOLUME[i]!, VOLUME_FACTOR * baseline)) {
      add('OUTBOUND_VOLUME', 2, { window: WINDOW_NAMES[i]!, recipients: distinct, messages: w.messages, baseline, cohort: mature ? 0 : 1 });
    }
    // Address books are young for weeks, so "new" is judged against the subject's own usual share.
    const usualFresh = p.usualFreshShare;
    if (p.learnedMessages >= 10 && n >= 10 && w.fresh >= 0.9 * n && w.fresh / n >= usualFresh + 0.2) {
      add('OUTBOUND_NEW_RECIPIENTS', 1, { share: Math.round((100 * w.fresh) / n), usual: Math.round(100 * usualFresh) });
    }
    const usualFree = mature ? p.usualFreeShare : cohort.freeShare;
    if (n >= 10 && w.free >= 0.7 * n && w.free / n >= usualFree + 0.4) {
      add('OUTBOUND_FREE_MAIL', 1, { share: Math.round((100 * w.free) / n), usual: Math.round(100 * usualFree) });
    }
    const usualFail = mature ? p.usualFailRate : cohort.failRate;
    if (w.failed >= 5 && w.failed >= 0.2 * w.resolved && w.failed / w.resolved >= usualFail + 0.15) {
      add('OUTBOUND_BOUNCES', 1, {
        failed: w.failed, resolved: w.resolved, rate: Math.round((100 * w.failed) / w.resolved), usual: Math.round(100 * usualFail),
      });
    }
    if (s.ref.kind === 'sasl' && w.newNetwork > 0 && 2 * w.newNetwork >= w.messages) {
      let ip = '';
      for (const r of w.records()) if (r.newNetwork && r.clientIp) ip = r.clientIp;
      add('OUTBOUND_NEW_NETWORK', 1, { network: maskIp(ip), messages: w.newNetwork, known: p.networks.size });
    }
    if (w.offHours >= 3) {
      add('OUTBOUND_OFF_HOURS', 0.5, { messages: w.offHours, hour, usual: Math.round(100 * p.hourShare(hour)) });
    }
    const top = w.subjects.size ? w.topSubject() : undefined;
    if (top && top[1] >= 20) add('OUTBOUND_REPEATED_SUBJECT', 0.5, { subject: top[0].slice(0, 80), recipients: top[1] });
    if (s.ref.kind === 'client') {
      const usual = Math.max(mature ? p.senderPeak : cohort.senderPeak, 1);
      if (w.senders.size >= 5 && w.senders.size > VOLUME_FACTOR * usual) {
        add('OUTBOUND_MANY_SENDERS', 1.5, { senders: w.senders.size, usual, examples: [...w.senders.keys()].slice(0, 3).join(', ') });
      }
    }
    return ev;
  }

  private open(s: SubjectState, index: number, score: number, evidence: Evidence[], now: number): Incident {
    const w = s.windows[index]!;
    const p = s.profile;
    const cohort = this.cohort(s.ref.kind, now);
    const normal: Normal = {
      mature: p.mature,
      messagesPerDay: p.messagesPerActiveDay,
      knownShare: 1 - p.usualFreshShare,
      freeShare: p.mature ? p.usualFreeShare : cohort.freeShare,
      peakPerHour: p.mature ? p.peak(1) : cohort.peaks[1],
    };
    const totals: IncidentTotals = { messages: 0, recipients: 0, free: 0, fresh: 0, resolved: 0, failed: 0, distinctRecipients: 0, senders: 0, lastSeen: now };
    const incident: Incident = {
      id: this.nextIncidentId++,
      subject: s.ref,
      start: w.first()!.time,
      detectedAt: now,
      messagesBeforeDetection: w.messages,
      window: WINDOW_NAMES[index]!,
      score,
      evidence,
      totals,
      normal,
      networks: [],
      status: 'open',
    };
    s.incident = incident;
    s.incidentRecipients = new Set();
    s.incidentSenders = new Set();
    for (const r of w.records()) this.addToTotals(s, r);
    // Nothing of the last day is learned: the attack may have begun before this window shows it.
    for (const r of s.windows[2].records()) r.tainted = true;
    this.incidents.push(incident);
    this.stats.incidents++;
    this.opts.onIncident?.(incident);
    return incident;
  }

  private addToTotals(s: SubjectState, r: WindowRecord): void {
    const inc = s.incident!;
    const t = inc.totals;
    t.messages += r.message;
    t.recipients += r.recipients.length;
    t.free += r.free;
    t.fresh += r.fresh;
    t.resolved += r.resolved;
    t.failed += r.failed;
    if (r.time > t.lastSeen) t.lastSeen = r.time;
    const set = s.incidentRecipients!;
    for (const a of r.recipients) if (set.size < 1_000_000) set.add(a);
    t.distinctRecipients = set.size;
    if (r.sender && s.incidentSenders!.size < 100_000) s.incidentSenders!.add(r.sender);
    t.senders = s.incidentSenders!.size;
    if (r.clientIp) {
      const masked = maskIp(r.clientIp);
      if (!inc.networks.includes(masked) && inc.networks.length < 20) inc.networks.push(masked);
    }
  }

  private close(s: SubjectState, at: number): void {
    if (!s.incident || s.incident.status !== 'open') return;
    s.incident.status = 'closed';
    s.incident.closedAt = at;
    // Its traffic was never learned (tainted); it must not raise the next incident either.
    s.windows = SPANS.map((span) => new SlidingWindow(span)) as SubjectState['windows'];
    s.incidentRecipients = undefined;
    s.incidentSenders = undefined;
    s.dirty = true;
  }

  /** Closes incidents quiet for closeAfterQuietMs; call it from a timer when no events arrive. */
  sweep(now: number): void {
    this.lastSweep = now;
    for (const s of this.subjects.values()) {
      const inc = s.incident;
      if (inc?.status === 'open' && now - inc.totals.lastSeen > this.closeAfter) this.close(s, inc.totals.lastSeen + this.closeAfter);
    }
  }

  /**
   * Releases a subject: its open incident ends, its recent traffic is learned as legitimate, and it is not
   * flagged again for releaseGraceMs. Returns the incident released, if one was open.
   */
  release(ref: SubjectRef, at: number, by = 'operator'): Incident | undefined {
    const s = this.subjects.get(subjectKey(ref)) ?? this.state(ref, at);
    s.releasedUntil = at + this.grace;
    s.dirty = true;
    for (const w of s.windows) for (const r of w.records()) r.tainted = false;
    const inc = s.incident;
    if (!inc || inc.status !== 'open') return undefined;
    inc.status = 'released';
    inc.closedAt = at;
    inc.releasedBy = by;
    return inc;
  }

  /** The open incident of a subject, if any. */
  openIncident(ref: SubjectRef): Incident | undefined {
    const inc = this.subjects.get(subjectKey(ref))?.incident;
    return inc?.status === 'open' ? inc : undefined;
  }

  allIncidents(): readonly Incident[] {
    return this.incidents;
  }

  subjectCount(): number {
    return this.subjects.size;
  }

  /** Profiles changed since the last call (for checkpointing), marked clean. */
  takeDirty(): { key: string; ref: SubjectRef; profile: ProfileSnapshot; releasedUntil?: number }[] {
    const out: { key: string; ref: SubjectRef; profile: ProfileSnapshot; releasedUntil?: number }[] = [];
    for (const s of this.subjects.values()) {
      if (!s.dirty) continue;
      s.dirty = false;
      out.push({ key: s.key, ref: s.ref, profile: s.profile.snapshot(), ...(s.releasedUntil !== undefined ? { releasedUntil: s.releasedUntil } : {}) });
    }
    return out;
  }

  /** Restores a learned profile (and open incident) saved earlier. */
  restore(ref: SubjectRef, profile: ProfileSnapshot, incident?: Incident, releasedUntil?: number): void {
    const s = this.state(ref, 0);
    s.profile = SubjectProfile.restore(profile, this.limits);
    if (releasedUntil !== undefined) s.releasedUntil = releasedUntil;
    if (incident) {
      s.incident = incident;
      if (incident.status === 'open') {
        s.incidentRecipients = new Set();
        s.incidentSenders = new Set();
      }
      if (!this.incidents.includes(incident)) this.incidents.push(incident);
      if (incident.id >= this.nextIncidentId) this.nextIncidentId = incident.id + 1;
    }
    s.dirty = false;
  }

  windowRecordsDropped(): number {
    let n = 0;
    for (const s of this.subjects.values()) for (const w of s.windows) n += w.dropped;
    return n;
  }
}
