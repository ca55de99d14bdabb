import type { Migration, ModuleMigrations } from '../types.js';

/**
 * The tables of scanned messages. One row per message in `messages` (keyed by content hash), and child
 * tables for what is searched (findings, IOCs, categories and themes, addresses) so every query of
 * `spamlab messages` is an index lookup, not a scan of JSON. Child rows go with their message
 * (ON DELETE CASCADE), so retention deletes only from `messages`.
 *
 * Times are epoch milliseconds; `month` (YYYYMM) and `day` (YYYYMMDD) are the UTC calendar buckets of
 * `at`, stored so that volume queries group by an indexed integer on both dialects.
 */
function tables(d: { int64: string; real: string; blob: string; withoutRowid: string }): string {
  const { int64, real, blob, withoutRowid } = d;
  return `
CREATE TABLE messages (
  hash           TEXT PRIMARY KEY,
  at             ${int64} NOT NULL,
  month          INTEGER NOT NULL,
  day            INTEGER NOT NULL,
  sent_at        ${int64},
  received_at    ${int64},
  ingested_at    ${int64} NOT NULL,
  scanned_at     ${int64} NOT NULL,
  source         TEXT NOT NULL,
  message_id     TEXT,
  from_addr      TEXT,
  from_name      TEXT NOT NULL DEFAULT '',
  from_domain    TEXT,
  mail_from      TEXT,
  subject        TEXT NOT NULL DEFAULT '',
  size           INTEGER NOT NULL,
  verdict        TEXT NOT NULL,
  score          ${real} NOT NULL,
  sending_ip     TEXT,
  config_version TEXT NOT NULL,
  model_version  TEXT,
  scans          INTEGER NOT NULL DEFAULT 1,
  report         TEXT NOT NULL
);
CREATE INDEX messages_at ON messages (at);
CREATE INDEX messages_verdict_at ON messages (verdict, at);
CREATE INDEX messages_month_verdict ON messages (month, verdict);
CREATE INDEX messages_from_domain ON messages (from_domain, at);
CREATE INDEX messages_message_id ON messages (message_id);

CREATE TABLE message_findings (
  hash       TEXT NOT NULL REFERENCES messages (hash) ON DELETE CASCADE,
  finding_id TEXT NOT NULL,
  score      ${real} NOT NULL,
  evidence   TEXT NOT NULL,
  data       TEXT,
  PRIMARY KEY (hash, finding_id)
)${withoutRowid};
CREATE INDEX message_findings_id ON message_findings (finding_id, hash);

CREATE TABLE message_iocs (
  hash  TEXT NOT NULL REFERENCES messages (hash) ON DELETE CASCADE,
  kind  TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (hash, kind, value)
)${withoutRowid};
CREATE INDEX message_iocs_value ON message_iocs (value, kind, hash);

CREATE TABLE message_labels (
  hash TEXT NOT NULL REFERENCES messages (hash) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (hash, kind, name)
)${withoutRowid};
CREATE INDEX message_labels_name ON message_labels (kind, name, hash);

CREATE TABLE message_addresses (
  hash    TEXT NOT NULL REFERENCES messages (hash) ON DELETE CASCADE,
  role    TEXT NOT NULL,
  address TEXT NOT NULL,
  domain  TEXT NOT NULL,
  PRIMARY KEY (hash, role, address)
)${withoutRowid};
CREATE INDEX message_addresses_domain ON message_addresses (domain, hash);

CREATE TABLE message_scans (
  hash           TEXT NOT NULL REFERENCES messages (hash) ON DELETE CASCADE,
  scanned_at     ${int64} NOT NULL,
  config_version TEXT NOT NULL,
  model_version  TEXT,
  verdict        TEXT NOT NULL,
  score          ${real} NOT NULL,
  PRIMARY KEY (hash, scanned_at)
)${withoutRowid};

CREATE TABLE message_raw (
  hash      TEXT PRIMARY KEY REFERENCES messages (hash) ON DELETE CASCADE,
  size      INTEGER NOT NULL,
  truncated INTEGER NOT NULL,
  data      ${blob} NOT NULL
)${withoutRowid};

CREATE TABLE message_errors (
  source TEXT PRIMARY KEY,
  error  TEXT NOT NULL,
  at     ${int64} NOT NULL
);
CREATE INDEX message_errors_at ON message_errors (at);
`;
}

const v1: Migration = {
  version: 1,
  name: 'messages, findings, IOCs, labels, addresses, scans, raw, errors',
  sqlite: tables({ int64: 'INTEGER', real: 'REAL', blob: 'BLOB', withoutRowid: ' WITHOUT ROWID' }),
  postgres: tables({ int64: 'BIGINT', real: 'DOUBLE PRECISION', blob: 'BYTEA', withoutRowid: '' }),
};

export const MESSAGE_MIGRATIONS: ModuleMigrations = { module: 'messages', migrations: [v1] };
