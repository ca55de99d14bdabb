/**
 * Outbound state in spamlab's store (SQLite by default, PostgreSQL for scale-out), through the store's
 * SqlExecutor and per-module migrations: the tables are this module's own (`outbound_*`). Integers for
 * times (epoch ms), TEXT for JSON, `?` placeholders and `ON CONFLICT … DO UPDATE`: one SQL for both.
 */
import type { Incident } from '../behaviour/incident.js';
import type { SubjectRef } from '../events/types.js';
import type { ModuleMigrations, Store } from '../../store/types.js';
import type { OutboundState, ReleaseRequest, SavedProfile } from './types.js';

export const OUTBOUND_MIGRATIONS: ModuleMigrations = {
  module: 'outbound',
  migrations: [
    {
      version: 1,
      name: 'profiles, incidents, releases',
      sqlite: `
        CREATE TABLE outbound_profiles (
          subject TEXT PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
          released_until INTEGER, updated_at INTEGER NOT NULL);
        CREATE TABLE outbound_incidents (
          id INTEGER PRIMARY KEY, subject TEXT NOT NULL, status TEXT NOT NULL, start INTEGER NOT NULL,
          detected_at INTEGER NOT NULL, data TEXT NOT NULL);
        CREATE INDEX outbound_incidents_subject ON outbound_incidents (subject);
        CREATE TABLE outbound_releases (
          id INTEGER PRIMARY KEY AUTOINCREMENT, subject TEXT NOT NULL, at INTEGER NOT NULL, by TEXT NOT NULL);`,
      postgres: `
        CREATE TABLE outbound_profiles (
          subject TEXT PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
          released_until BIGINT, updated_at BIGINT NOT NULL);
        CREATE TABLE outbound_incidents (
          id BIGINT PRIMARY KEY, subject TEXT NOT NULL, status TEXT NOT NULL, start BIGINT NOT NULL,
          detected_at BIGINT NOT NULL, data TEXT NOT NULL);
        CREATE INDEX outbound_incidents_subject ON outbound_incidents (subject);
        CREATE TABLE outbound_releases (
          id BIGSERIAL PRIMARY KEY, subject TEXT NOT NULL, at BIGINT NOT NULL, by TEXT NOT NULL);`,
    },
  ],
};

/** Profiles are written in batches of this many rows per statement. */
const BATCH = 200;

export class StoreOutboundState implements OutboundState {
  private constructor(
    private readonly store: Store,
    private readonly ownsStore: boolean,
  ) {}

  /** Migrates the store's outbound tables (idempotent) and wraps it; `ownsStore`: close() closes the store too. */
  static async open(store: Store, ownsStore = false): Promise<StoreOutboundState> {
    await store.migrate(OUTBOUND_MIGRATIONS);
    return new StoreOutboundState(store, ownsStore);
  }

  async loadProfiles(): Promise<SavedProfile[]> {
    const rows = await this.store.all<{ subject: string; kind: SubjectRef['kind']; id: string; data: string; released_until: number | string | null }>(
      'SELECT subject, kind, id, data, released_until FROM outbound_profiles',
    );
    return rows.map((r) => ({
      key: r.subject, ref: { kind: r.kind, id: r.id }, profile: JSON.parse(r.data),
      ...(r.released_until !== null ? { releasedUntil: Number(r.released_until) } : {}),
    }));
  }

  async saveProfiles(profiles: readonly SavedProfile[]): Promise<void> {
    const now = Date.now();
    await this.store.transaction(async (tx) => {
      for (let i = 0; i < profiles.length; i += BATCH) {
        const chunk = profiles.slice(i, i + BATCH);
        const params: unknown[] = [];
        for (const p of chunk) params.push(p.key, p.ref.kind, p.ref.id, JSON.stringify(p.profile), p.releasedUntil ?? null, now);
        await tx.run(
          `INSERT INTO outbound_profiles (subject, kind, id, data, released_until, updated_at) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
           ON CONFLICT (subject) DO UPDATE SET data = excluded.data, released_until = excluded.released_until, updated_at = excluded.updated_at`,
          params,
        );
      }
    });
  }

  async saveIncident(i: Incident): Promise<void> {
    await this.store.run(
      `INSERT INTO outbound_incidents (id, subject, status, start, detected_at, data) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, data = excluded.data`,
      [i.id, `${i.subject.kind}:${i.subject.id}`, i.status, i.start, i.detectedAt, JSON.stringify(i)],
    );
  }

  async incidents(opts: { status?: Incident['status']; limit?: number } = {}): Promise<Incident[]> {
    const where = opts.status ? 'WHERE status = ?' : '';
    const params: unknown[] = opts.status ? [opts.status] : [];
    const rows = await this.store.all<{ data: string }>(
      `SELECT data FROM (SELECT id, data FROM outbound_incidents ${where} ORDER BY id DESC LIMIT ?) recent ORDER BY id`,
      [...params, opts.limit ?? 1_000_000],
    );
    return rows.map((r) => JSON.parse(r.data) as Incident);
  }

  async addRelease(subject: SubjectRef, at: number, by: string): Promise<number> {
    const row = await this.store.get<{ id: number | string }>(
      'INSERT INTO outbound_releases (subject, at, by) VALUES (?, ?, ?) RETURNING id',
      [`${subject.kind}:${subject.id}`, at, by],
    );
    return Number(row!.id);
  }

  async releasesAfter(id: number): Promise<ReleaseRequest[]> {
    const rows = await this.store.all<{ id: number | string; subject: string; at: number | string; by: string }>(
      'SELECT id, subject, at, by FROM outbound_releases WHERE id > ? ORDER BY id',
      [id],
    );
    return rows.map((r) => {
      const colon = r.subject.indexOf(':');
      return { id: Number(r.id), subject: { kind: r.subject.slice(0, colon) as SubjectRef['kind'], id: r.subject.slice(colon + 1) }, at: Number(r.at), by: r.by };
    });
  }

  async close(): Promise<void> {
    if (this.ownsStore) await this.store.close();
  }
}
