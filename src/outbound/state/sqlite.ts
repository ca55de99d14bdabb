/**
 * Outbound state in SQLite (the embedded default; the same file as the rest of spamlab's store). The tables
 * are this module's own (`outbound_*`), created by its own versioned migrations, so they can move to the
 * store's ModuleMigrations contract unchanged. Integers for times (epoch ms), TEXT for JSON: portable to
 * PostgreSQL.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Incident } from '../behaviour/incident.js';
import type { SubjectRef } from '../events/types.js';
import type { OutboundState, ReleaseRequest, SavedProfile } from './types.js';

/** This module's schema, as versioned steps (mirrors the store's ModuleMigrations shape). */
export const OUTBOUND_MIGRATIONS = {
  module: 'outbound',
  migrations: [
    {
      version: 1,
      name: 'profiles, incidents, releases',
      sqlite: `
        CREATE TABLE IF NOT EXISTS outbound_profiles (
          subject TEXT PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
          released_until INTEGER, updated_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS outbound_incidents (
          id INTEGER PRIMARY KEY, subject TEXT NOT NULL, status TEXT NOT NULL, start INTEGER NOT NULL,
          detected_at INTEGER NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS outbound_incidents_subject ON outbound_incidents (subject);
        CREATE TABLE IF NOT EXISTS outbound_releases (
          id INTEGER PRIMARY KEY AUTOINCREMENT, subject TEXT NOT NULL, at INTEGER NOT NULL, by TEXT NOT NULL);`,
      postgres: `
        CREATE TABLE IF NOT EXISTS outbound_profiles (
          subject TEXT PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
          released_until BIGINT, updated_at BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS outbound_incidents (
          id BIGINT PRIMARY KEY, subject TEXT NOT NULL, status TEXT NOT NULL, start BIGINT NOT NULL,
          detected_at BIGINT NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS outbound_incidents_subject ON outbound_incidents (subject);
        CREATE TABLE IF NOT EXISTS outbound_releases (
          id BIGSERIAL PRIMARY KEY, subject TEXT NOT NULL, at BIGINT NOT NULL, by TEXT NOT NULL);`,
    },
  ],
} as const;

export class SqliteOutboundState implements OutboundState {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS outbound_schema (version INTEGER NOT NULL)');
    const row = this.db.prepare('SELECT MAX(version) AS v FROM outbound_schema').get() as { v: number | null };
    for (const m of OUTBOUND_MIGRATIONS.migrations) {
      if ((row.v ?? 0) >= m.version) continue;
      this.db.transaction(() => {
        this.db.exec(m.sqlite);
        this.db.prepare('INSERT INTO outbound_schema (version) VALUES (?)').run(m.version);
      })();
    }
  }

  async loadProfiles(): Promise<SavedProfile[]> {
    const rows = this.db.prepare('SELECT subject, kind, id, data, released_until FROM outbound_profiles').all() as {
      subject: string; kind: SubjectRef['kind']; id: string; data: string; released_until: number | null;
    }[];
    return rows.map((r) => ({
      key: r.subject, ref: { kind: r.kind, id: r.id }, profile: JSON.parse(r.data),
      ...(r.released_until !== null ? { releasedUntil: r.released_until } : {}),
    }));
  }

  async saveProfiles(profiles: readonly SavedProfile[]): Promise<void> {
    const stmt = this.db.prepare(
      `INSERT INTO outbound_profiles (subject, kind, id, data, released_until, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (subject) DO UPDATE SET data = excluded.data, released_until = excluded.released_until, updated_at = excluded.updated_at`,
    );
    const now = Date.now();
    this.db.transaction(() => {
      for (const p of profiles) stmt.run(p.key, p.ref.kind, p.ref.id, JSON.stringify(p.profile), p.releasedUntil ?? null, now);
    })();
  }

  async saveIncident(i: Incident): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO outbound_incidents (id, subject, status, start, detected_at, data) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, data = excluded.data`,
      )
      .run(i.id, `${i.subject.kind}:${i.subject.id}`, i.status, i.start, i.detectedAt, JSON.stringify(i));
  }

  async incidents(opts: { status?: Incident['status']; limit?: number } = {}): Promise<Incident[]> {
    const where = opts.status ? 'WHERE status = ?' : '';
    const params: unknown[] = opts.status ? [opts.status] : [];
    const rows = this.db
      .prepare(`SELECT data FROM (SELECT id, data FROM outbound_incidents ${where} ORDER BY id DESC LIMIT ?) ORDER BY id`)
      .all(...params, opts.limit ?? 1_000_000) as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as Incident);
  }

  async addRelease(subject: SubjectRef, at: number, by: string): Promise<number> {
    const r = this.db.prepare('INSERT INTO outbound_releases (subject, at, by) VALUES (?, ?, ?)').run(`${subject.kind}:${subject.id}`, at, by);
    return Number(r.lastInsertRowid);
  }

  async releasesAfter(id: number): Promise<ReleaseRequest[]> {
    const rows = this.db.prepare('SELECT id, subject, at, by FROM outbound_releases WHERE id > ? ORDER BY id').all(id) as {
      id: number; subject: string; at: number; by: string;
    }[];
    return rows.map((r) => {
      const colon = r.subject.indexOf(':');
      return { id: r.id, subject: { kind: r.subject.slice(0, colon) as SubjectRef['kind'], id: r.subject.slice(colon + 1) }, at: r.at, by: r.by };
    });
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
