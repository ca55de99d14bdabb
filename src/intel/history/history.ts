/**
 * Reading the kept snapshots back: a domain's WHOIS history, newest last, with the values each
 * snapshot held, and its registration date (the earliest creation date any snapshot gives).
 */
import type { RecordValue } from '../normalise/record.js';
import type { ParsedRecord } from '../record/types.js';
import type { IntelDb } from './db.js';
import type { DateSource } from './import.js';
import { INTEL_MIGRATIONS } from './schema.js';

export interface Snapshot {
  id: string;
  domain: string;
  observedAt: number;
  dateSource: DateSource;
  source: string;
  protocol: 'whois' | 'rdap';
  format: string;
  status: string;
  created?: number;
  updated?: number;
  expires?: number;
  registrar?: string;
  record: ParsedRecord;
  values: RecordValue[];
}

interface RecordRow {
  id: string;
  domain: string;
  observed_at: number;
  date_source: DateSource;
  source: string;
  protocol: 'whois' | 'rdap';
  format: string;
  status: string;
  created_at: number | null;
  updated_at: number | null;
  expires_at: number | null;
  registrar: string | null;
  parsed: string;
}

/**
 * Every snapshot of a domain, oldest first.
 * @example for (const s of await whoisHistory(store, 'example.jp')) console.log(new Date(s.observedAt), s.values)
 */
export async function whoisHistory(db: IntelDb, domain: string): Promise<Snapshot[]> {
  await db.migrate(INTEL_MIGRATIONS);
  const key = domain.trim().toLowerCase().replace(/\.$/, '');
  const rows = await db.all<RecordRow>(
    `SELECT id, domain, observed_at, date_source, source, protocol, format, status, created_at, updated_at, expires_at, registrar, parsed
     FROM intel_records WHERE domain = ? ORDER BY observed_at, id`,
    [key],
  );
  const edges = await db.all<{ record_id: string; kind: RecordValue['kind']; value_key: string; display: string; role: RecordValue['role']; shield: string | null }>(
    'SELECT record_id, kind, value_key, display, role, shield FROM intel_edges WHERE domain = ?',
    [key],
  );
  const byRecord = new Map<string, RecordValue[]>();
  for (const e of edges) {
    const list = byRecord.get(e.record_id) ?? [];
    list.push({ kind: e.kind, key: e.value_key, display: e.display, role: e.role, ...(e.shield ? { shield: e.shield as RecordValue['shield'] } : {}) });
    byRecord.set(e.record_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    domain: r.domain,
    observedAt: Number(r.observed_at),
    dateSource: r.date_source,
    source: r.source,
    protocol: r.protocol,
    format: r.format,
    status: r.status,
    ...(r.created_at !== null ? { created: Number(r.created_at) } : {}),
    ...(r.updated_at !== null ? { updated: Number(r.updated_at) } : {}),
    ...(r.expires_at !== null ? { expires: Number(r.expires_at) } : {}),
    ...(r.registrar !== null ? { registrar: r.registrar } : {}),
    record: JSON.parse(r.parsed) as ParsedRecord,
    values: byRecord.get(r.id) ?? [],
  }));
}

/** The earliest creation date of a domain over its snapshots (epoch ms), or undefined. */
export async function registrationDate(db: IntelDb, domain: string): Promise<number | undefined> {
  await db.migrate(INTEL_MIGRATIONS);
  const row = await db.get<{ created: number | null }>('SELECT MIN(created_at) AS created FROM intel_records WHERE domain = ?', [
    domain.trim().toLowerCase().replace(/\.$/, ''),
  ]);
  return row?.created !== null && row?.created !== undefined ? Number(row.created) : undefined;
}
