/**
 * The outbound capability in one object: the detector (in memory, synchronous), its state store
 * (checkpoints of learned profiles, incidents, releases) and the alert sinks. Log replay, log following and
 * the policy server all feed events through here.
 */
import { OutboundDetector, type DetectorOptions } from './behaviour/detector.js';
import type { Incident } from './behaviour/incident.js';
import type { AlertSink } from './alerts.js';
import type { OutboundEvent, SubjectRef } from './events/types.js';
import type { IncidentClaims, OutboundState } from './state/types.js';

export interface MonitorOptions extends Omit<DetectorOptions, 'onIncident'> {
  state: OutboundState;
  alerts?: AlertSink[];
  /** Called when an alert sink fails (the monitor goes on). */
  onAlertError?: (sink: string, err: unknown) => void;
  /** Called for every incident opened, after the alerts were queued. */
  onIncident?: (incident: Incident) => void;
}

export class OutboundMonitor {
  readonly detector: OutboundDetector;
  private readonly changed = new Set<Incident>();
  private readonly pendingAlerts = new Set<Promise<void>>();
  private lastRelease = 0;
  private readonly savedStatus = new Map<number, Incident['status']>();
  private readonly claims = new WeakMap<Incident, Promise<boolean>>();

  constructor(private readonly opts: MonitorOptions) {
    const claims = 'claimIncident' in opts.state ? (opts.state as OutboundState & IncidentClaims) : undefined;
    this.detector = new OutboundDetector({
      ...opts,
      onIncident: (i) => {
        // Shared state (several listeners see the same traffic and open the same incident): the state gives
        // the shared id first, and only the listener that reported it first alerts.
        const claimed = claims ? claims.claimIncident(i).catch((err: unknown) => (opts.onAlertError?.('store', err), true)) : undefined;
        if (claimed) this.claims.set(i, claimed);
        // The store is an alert sink too: the incident is written at once (and again at checkpoints while open).
        this.track((claimed ? claimed.then(() => opts.state.saveIncident(i)) : opts.state.saveIncident(i)).then(() => void this.savedStatus.set(i.id, i.status)), 'store');
        for (const sink of opts.alerts ?? []) {
          this.track(claimed ? claimed.then((first) => (first ? sink.send(i) : undefined)) : sink.send(i), sink.name);
        }
        opts.onIncident?.(i);
      },
    });
  }

  private track(work: Promise<unknown>, sink: string): void {
    const p: Promise<void> = work
      .then(() => undefined)
      .catch((err) => this.opts.onAlertError?.(sink, err))
      .finally(() => this.pendingAlerts.delete(p));
    this.pendingAlerts.add(p);
  }

  /** Resolves once the incident carries its shared id (at once without shared state). */
  async claimed(incident: Incident): Promise<void> {
    await this.claims.get(incident);
  }

  /** Restores learned profiles and incidents that were still open; releases already applied are skipped. */
  async load(): Promise<void> {
    const open = new Map<string, Incident>();
    for (const i of await this.opts.state.incidents({ status: 'open' })) open.set(`${i.subject.kind}:${i.subject.id}`, i);
    for (const p of await this.opts.state.loadProfiles()) this.detector.restore(p.ref, p.profile, open.get(p.key), p.releasedUntil);
    const all = await this.opts.state.incidents({ limit: 1 });
    if (all[0] && all[0].id >= this.detector.nextIncidentId) this.detector.nextIncidentId = all[0].id + 1;
    const releases = await this.opts.state.releasesAfter(0);
    this.lastRelease = releases.length ? releases[releases.length - 1]!.id : 0;
  }

  observe(e: OutboundEvent): Incident[] {
    const opened = this.detector.observe(e);
    return opened;
  }

  /** Open incident of any of the event's subjects (what the policy server acts on). */
  openIncidentFor(e: OutboundEvent): Incident | undefined {
    for (const ref of this.detector.subjectsOf(e)) {
      const i = this.detector.openIncident(ref);
      if (i) return i;
    }
    return undefined;
  }

  /** Releases a subject now (in this process) and records it. */
  async release(ref: SubjectRef, at: number, by: string): Promise<Incident | undefined> {
    const inc = this.detector.release(ref, at, by);
    if (inc) this.changed.add(inc);
    this.lastRelease = await this.opts.state.addRelease(ref, at, by);
    await this.checkpoint();
    return inc;
  }

  /** Applies releases recorded by other processes (`spamlab outbound release`) since the last poll. */
  async pollReleases(): Promise<number> {
    const releases = await this.opts.state.releasesAfter(this.lastRelease);
    for (const r of releases) {
      const inc = this.detector.release(r.subject, r.at, r.by);
      if (inc) this.changed.add(inc);
      this.lastRelease = r.id;
    }
    return releases.length;
  }

  /** Saves learned profiles and changed incidents. */
  async checkpoint(): Promise<void> {
    const dirty = this.detector.takeDirty();
    if (dirty.length) await this.opts.state.saveProfiles(dirty);
    for (const i of this.detector.allIncidents()) {
      if (i.status === 'open' || this.savedStatus.get(i.id) !== i.status) this.changed.add(i);
    }
    const list = [...this.changed];
    this.changed.clear();
    for (const i of list) {
      await this.opts.state.saveIncident(i);
      this.savedStatus.set(i.id, i.status);
    }
  }

  /** Waits for alerts in flight (end of a replay, shutdown). */
  async settle(): Promise<void> {
    while (this.pendingAlerts.size) await Promise.all([...this.pendingAlerts]);
  }

  async close(): Promise<void> {
    await this.settle();
    await this.checkpoint();
  }
}
