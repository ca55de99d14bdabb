/**
 * One sender's total behaviour across several listeners: each event this listener sees is appended to the
 * shared log (./state/redis.ts), and every event logged by any listener since the last read is fed to this
 * listener's monitor in the log's order. All detectors then see the same traffic in the same order and
 * reach the same judgement; the incident they open is one incident (the state's claim gives its id).
 *
 * Joining listeners start at the log's tail: their windows fill from then on (a replay of the last day
 * could re-open incidents closed meanwhile, so it is not done).
 */
import type { Incident } from './behaviour/incident.js';
import type { OutboundEvent } from './events/types.js';
import type { OutboundMonitor } from './monitor.js';
import type { SharedEventLog, SharedEvents } from './state/types.js';

/** Events read per round trip; a listener far behind catches up in several. */
const BATCH = 1_000;

interface Waiting {
  /** Absent: a catch-up read only. */
  event?: OutboundEvent;
  resolve: (opened: Incident[]) => void;
  reject: (err: unknown) => void;
}

export class SharedWindows {
  private cursor: string | undefined;
  /** The monitor's saved state is loaded (releases and checkpoints may run). */
  loaded = false;
  private loading: Promise<void> | undefined;
  /** Events waiting for the next append: all that arrive while one round trip runs go in the next one. */
  private waiting: Waiting[] = [];
  private pumping = false;
  readonly stats = { fed: 0, ownEvents: 0, roundTrips: 0 };

  constructor(
    private readonly monitor: OutboundMonitor,
    private readonly log: SharedEventLog,
  ) {}

  /**
   * Loads the monitor's saved state and finds the log's tail; retried on the next call after a failure
   * (a listener started while Redis was down answers its fail mode until this succeeds).
   */
  ready(): Promise<void> {
    return (this.loading ??= (async () => {
      await this.monitor.load();
      this.cursor = await this.log.tail();
      this.loaded = true;
    })().catch((err: unknown) => {
      this.loading = undefined;
      throw err;
    }));
  }

  /**
   * Appends the event and feeds everything logged up to it; resolves with the incidents that opened
   * meanwhile (carrying their shared ids), after which the monitor judges the event's subjects on the
   * total traffic.
   */
  observe(event: OutboundEvent): Promise<Incident[]> {
    return this.enqueue(event);
  }

  /**
   * Feeds what other listeners logged since the last read (a timer calls it so an idle listener keeps up);
   * resolves with the incidents that opened.
   */
  catchUp(): Promise<Incident[]> {
    return this.enqueue(undefined);
  }

  /** Every read and append goes through one queue: events reach the detector in the log's order, once each. */
  private enqueue(event: OutboundEvent | undefined): Promise<Incident[]> {
    return new Promise<Incident[]>((resolve, reject) => {
      this.waiting.push({ ...(event ? { event } : {}), resolve, reject });
      if (!this.pumping) {
        this.pumping = true;
        void this.pump();
      }
    });
  }

  private async pump(): Promise<void> {
    // No await between the last look at `waiting` and clearing `pumping`: an event queued meanwhile is never stranded.
    while (this.waiting.length) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        await this.ready();
        const events = batch.flatMap((w) => (w.event ? [w.event] : []));
        this.stats.ownEvents += events.length;
        const opened: Incident[] = [];
        const first = events.length ? await this.roundTrip(() => this.log.append(events, this.cursor!, BATCH)) : { events: [], cursor: this.cursor!, more: true };
        await this.readRest(first, opened);
        await Promise.all(opened.map((i) => this.monitor.claimed(i)));
        for (const w of batch) w.resolve(opened);
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.pumping = false;
  }

  private async readRest(first: SharedEvents, opened: Incident[]): Promise<void> {
    let read = first;
    this.feed(read, opened);
    while (read.more) {
      read = await this.roundTrip(() => this.log.read(this.cursor!, BATCH));
      this.feed(read, opened);
    }
  }

  private roundTrip<T>(call: () => Promise<T>): Promise<T> {
    this.stats.roundTrips++;
    return call();
  }

  private feed(read: SharedEvents, opened: Incident[]): void {
    for (const e of read.events) opened.push(...this.monitor.observe(e));
    this.stats.fed += read.events.length;
    this.cursor = read.cursor;
  }
}
