/**
 * Where outbound behaviour is kept between runs. The detector works in memory (every event is judged
 * synchronously, at log-replay and policy-server speed); this interface checkpoints what it learned and
 * records incidents and releases. SQLite is the embedded default (./sqlite.ts); a Redis implementation for
 * windows shared by several MTAs fits behind the same interface (scale-out issue): releases and incidents
 * then travel through it between processes exactly as they do between the CLI and a policy server here.
 */
import type { SubjectRef } from '../events/types.js';
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
