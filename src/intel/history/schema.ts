import type { ModuleMigrations } from './db.js';

/**
 * The intel tables. `intel_records` keeps every snapshot (raw response and its parse) keyed by the
 * SHA-256 of the response, so importing the same file twice is a no-op. `intel_edges` is the pivot
 * graph: one row per (snapshot, value kind, value key, role), i.e. an edge domain → value with the
 * snapshot's time and id. A pivot is index lookups: by (kind, value_key) to the domains holding a
 * value, by domain to its values.
 */
const V1 = (int64: string) => `
CREATE TABLE IF NOT EXISTS intel_records (
  id TEXT PRIMARY KEY,
  domain TEXT NOT NULL,
  observed_at ${int64} NOT NULL,
  date_source TEXT NOT NULL,
  created_at ${int64},
  updated_at ${int64},
  expires_at ${int64},
  registrar TEXT,
  protocol TEXT NOT NULL,
  format TEXT NOT NULL,
  status TEXT NOT NULL,
  source TEXT NOT NULL,
  parsed TEXT NOT NULL,
  raw TEXT NOT NULL,
  imported_at ${int64} NOT NULL
);
CREATE INDEX IF NOT EXISTS intel_records_domain ON intel_records (domain, observed_at);
CREATE TABLE IF NOT EXISTS intel_edges (
  record_id TEXT NOT NULL,
  domain TEXT NOT NULL,
  kind TEXT NOT NULL,
  value_key TEXT NOT NULL,
  display TEXT NOT NULL,
  role TEXT NOT NULL,
  shield TEXT,
  observed_at ${int64} NOT NULL,
  PRIMARY KEY (record_id, kind, value_key, role)
);
CREATE INDEX IF NOT EXISTS intel_edges_value ON intel_edges (kind, value_key, domain);
CREATE INDEX IF NOT EXISTS intel_edges_domain ON intel_edges (domain, kind);
`;

export const INTEL_MIGRATIONS: ModuleMigrations = {
  module: 'intel',
  migrations: [{ version: 1, name: 'records and graph edges', sqlite: V1('INTEGER'), postgres: V1('BIGINT') }],
};
