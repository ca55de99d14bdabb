import type { Incident } from '../behaviour/incident.js';
import type { SubjectRef } from '../events/types.js';
import type { OutboundState, ReleaseRequest, SavedProfile } from './types.js';

/** Keeps everything in this process only (replays with `--no-state`, tests). */
export class MemoryOutboundState implements OutboundState {
  private readonly profiles = new Map<string, SavedProfile>();
  private readonly saved = new Map<number, Incident>();
  private readonly releases: ReleaseRequest[] = [];

  async loadProfiles(): Promise<SavedProfile[]> {
    return structuredClone([...this.profiles.values()]);
  }

  async saveProfiles(profiles: readonly SavedProfile[]): Promise<void> {
    for (const p of profiles) this.profiles.set(p.key, structuredClone(p));
  }

  async saveIncident(incident: Incident): Promise<void> {
    this.saved.set(incident.id, structuredClone(incident));
  }

  async incidents(opts: { status?: Incident['status']; limit?: number } = {}): Promise<Incident[]> {
    const all = [...this.saved.values()].filter((i) => !opts.status || i.status === opts.status).sort((a, b) => a.id - b.id);
    return structuredClone(opts.limit ? all.slice(-opts.limit) : all);
  }

  async addRelease(subject: SubjectRef, at: number, by: string): Promise<number> {
    const id = this.releases.length + 1;
    this.releases.push({ id, subject, at, by });
    return id;
  }

  async releasesAfter(id: number): Promise<ReleaseRequest[]> {
    return this.releases.filter((r) => r.id > id);
  }

  async close(): Promise<void> {}
}
