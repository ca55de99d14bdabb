/**
 * Where outbound behaviour is kept between runs. The detector works in memory (every event is judged
 * synchronously, at log-replay and policy-server speed); this interface checkpoints what it learned and
 * records incidents and releases. SQLite is the embedded default (./sqlite.ts); a Redis implementation for
 * windows shared by several MTAs fits behind the same interface (scale-out issue): releases and incidents
 * then travel through it between processes exactly as they do between the CLI and a policy server here.
 */
import type { OutboundEvent, SubjectRef } from '../events/types.js';
import type { Incident } from '../behaviour/incident.js';
import type { ProfileSnapshot } from '../behaviour/profile.js';

export interface SavedProfile {
  key: string;
  ref: SubjectRef;
  profile: ProfileSnapshot;
  releasedUntil?: number;
}

export interface ReleaseRequest {
  id: number;
  subject: SubjectRef;
  /** Epoch ms it was asked for. */
  at: number;
  by: string;
}

export interface OutboundState {
  loadProfiles(): Promise<SavedProfile[]>;
  saveProfiles(profiles: readonly SavedProfile[]): Promise<void>;
  /** Inserts or updates an incident (by id). */
  saveIncident(incident: Incident): Promise<void>;
  incidents(opts?: { status?: Incident['status']; limit?: number }): Promise<Incident[]>;
  /** Records a release; a running policy server picks it up with releasesAfter. */
  addRelease(subject: SubjectRef, at: number, by: string): Promise<number>;
  releasesAfter(id: number): Promise<ReleaseRequest[]>;
  close(): Promise<void>;
}

/**
 * Several listeners judging one sender together (Redis, ./redis.ts): every event any of them sees is
 * appended to one shared log of the last window, and each listener feeds the log's events, in the log's
 * order, to its own detector, so all detectors see the sender's total traffic in the same order.
 */
export interface SharedEventLog {
  /** Where reading starts when a listener joins: after the newest event logged so far. */
  tail(): Promise<string>;
  /** Appends `events` (in order) and answers every event logged after `cursor` (the appended ones last), up to `max`. */
  append(events: readonly OutboundEvent[], cursor: string, max: number): Promise<SharedEvents>;
  /** Events logged after `cursor`, up to `max`. */
  read(cursor: string, max: number): Promise<SharedEvents>;
}

export interface SharedEvents {
  events: OutboundEvent[];
  /** Where the next read starts. */
  cursor: string;
  /** True when `max` cut the answer: read again. */
  more: boolean;
}

/**
 * An incident opened by several listeners at once (each detector saw the same traffic) is one incident:
 * the state assigns the shared id and says which listener reported it first (only that one alerts).
 */
export interface IncidentClaims {
  /** Sets `incident.id` to the shared one; true when no listener had an incident open for its subject. */
  claimIncident(incident: Incident): Promise<boolean>;
}
