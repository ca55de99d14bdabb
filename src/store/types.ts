/**
 * The store: everything spamlab keeps between runs. One asynchronous interface, implemented by SQLite
 * (the embedded default, ./sqlite) and PostgreSQL (scale-out, ./postgres), both passing one shared test
 * suite (./store.suite.ts).
 *
 * Each capability owns its tables: it declares them as `ModuleMigrations` (versions counted per module)
 * and calls `store.migrate(module)` before use. SQL is written once for both dialects: `?` placeholders,
 * integers for times (epoch ms), TEXT for JSON, `INSERT … ON CONFLICT DO NOTHING`; DDL differences go in
 * the two strings of a migration.
 */
import type { ScanReport } from '../scan/report.js';
import type { Verdict } from '../score/types.js';

/** Runs SQL with `?` placeholders on either dialect (translated to `$n` for PostgreSQL). */
export interface SqlExecutor {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }>;
  /** Which SQL it speaks, for the rare statement that must differ (e.g. LATERAL on PostgreSQL only). */
  readonly dialect?: Dialect;
}

/** One schema change of a module: the same change written for each dialect. Never edit a released one. */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** The tables of one capability ('models', 'messages', 'trends', 'campaigns', 'intel', 'outbound', …). */
export interface ModuleMigrations {
  module: string;
  migrations: readonly Migration[];
}

export type Dialect = 'sqlite' | 'postgres';

export interface Store extends SqlExecutor {
  readonly dialect: Dialect;
  /** Where the store is, for messages (a file path, or the PostgreSQL URL without its password). */
  readonly location: string;
  readonly models: ModelRepository;
  readonly messages: MessageRepository;
  /**
   * Runs fn in one transaction; everything done through `tx` commits or rolls back together. Inside fn use
   * `tx`, not the store: on SQLite the store waits for the transaction to end (one shared connection).
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Applies a module's migrations once (idempotent; safe from several processes at once). */
  migrate(module: ModuleMigrations): Promise<void>;
  /** The number of migrations applied over all modules: grows by one with every schema change. */
  schemaVersion(): Promise<number>;
  /** The applied version of each module. */
  moduleVersions(): Promise<Record<string, number>>;
  /** Bytes the store occupies (the SQLite file with its WAL; the PostgreSQL database). */
  sizeBytes(): Promise<number>;
  close(): Promise<void>;
}

/** Plugged into ingest: called inside the insert transaction, only for messages newly stored. */
export interface MessageIndexer {
  readonly name: string;
  readonly migrations?: ModuleMigrations;
  onStored(tx: SqlExecutor, stored: readonly StoredMessage[]): Promise<void>;
  /**
   * Optional: called in the same transaction when `ingest --rescan` replaced stored results (verdict,
   * findings, categories may have changed), so rollups can move a message from one bucket to another.
   */
  onReplaced?(tx: SqlExecutor, replaced: readonly { previous: StoredMessage; current: StoredMessage }[]): Promise<void>;
}

// ---------------------------------------------------------------------------------------------- models

/** One stored version of a classifier model. The store does not interpret `data`. */
export interface StoredModel {
  /** Model name: `default` unless the operator keeps several (per tenant, per language). */
  name: string;
  /** 1, 2, 3, … per name: every train or learn run saves a new version. */
  version: number;
  /** Classifier variant (`logistic`, `bayes`). */
  kind: string;
  /** ISO time the version was saved. */
  createdAt: string;
  /** Small JSON facts shown in listings: message counts, what it was trained on. */
  meta: Record<string, unknown>;
  /** The serialised model (the classifier's own container). */
  data: Uint8Array;
}

export type ModelVersionInfo = Omit<StoredModel, 'data'> & { bytes: number };

/** Versioned classifier models. */
export interface ModelRepository {
  /**
   * Saves a new version and returns its number; keeps only the newest `keep` versions of that name.
   * @example const v = await store.models.save({ name: 'default', kind: 'logistic', meta: {}, data }, 5);
   */
  save(model: Omit<StoredModel, 'version' | 'createdAt'>, keep: number): Promise<number>;
  /** The newest version of a name, or undefined when none was saved. */
  latest(name: string): Promise<StoredModel | undefined>;
  /** One version, or undefined. */
  get(name: string, version: number): Promise<StoredModel | undefined>;
  /** Versions of a name, newest first, without their data. */
  list(name: string): Promise<ModelVersionInfo[]>;
}

// -------------------------------------------------------------------------------------------- messages

/** An indicator of compromise kept per message and indexed by (kind, value). */
export type IocKind = 'url' | 'domain' | 'ip' | 'sending-ip' | 'attachment' | 'md5' | 'sha1' | 'sha256' | 'brand';

/** An address role kept per message and indexed by domain. */
export type AddressRole = 'from' | 'to' | 'cc' | 'reply-to' | 'mail-from' | 'rcpt-to';

/**
 * One scanned message as kept: the scan report plus the facts the queries need, normalised. This is what
 * a MessageIndexer receives (trends, campaigns): everything here is already computed, nothing to re-parse.
 */
export interface StoredMessage {
  /** SHA-256 of the raw message (hex): the idempotency key. */
  hash: string;
  source: string;
  messageId: string | null;
  /** Date header (epoch ms), or null. */
  sentAt: number | null;
  /** Newest Received time stamp (epoch ms), or null. */
  receivedAt: number | null;
  /** When ingest stored it (epoch ms). */
  ingestedAt: number;
  /** The time queries and retention use: receivedAt, else sentAt, else ingestedAt. */
  at: number;
  from: string | null;
  fromName: string;
  /** Lower-cased domain of `from` ('' never: null when absent). */
  fromDomain: string | null;
  /** Envelope sender (MAIL FROM, else Return-Path). */
  mailFrom: string | null;
  addresses: { role: AddressRole; address: string; domain: string }[];
  subject: string;
  size: number;
  verdict: Verdict;
  score: number;
  findings: { id: string; score: number; evidence: string; data?: Record<string, unknown>[] }[];
  categories: string[];
  themes: string[];
  iocs: { kind: IocKind; value: string }[];
  /** The first external client IP of the Received chain (or the MTA's client IP). */
  sendingIp: string | null;
  /** The sending IP's country (ISO 3166 alpha-2) and AS number, when the operator's IP table knows them. */
  country?: string | null;
  asn?: number | null;
  /** Brands the message impersonates (from findings that scored). */
  brands: string[];
  /** MIME types / extensions of the attachments, for trends by attachment type. */
  attachmentTypes: string[];
  /** Short hash of the scanning configuration. */
  configVersion: string;
  /** The classifier model that scored it (`store … default v3`, `file …`), or null. */
  modelVersion: string | null;
  /** The full report as scanned (rendered again in any language by `spamlab message`). */
  report: ScanReport;
}

/** An item that could not be read or parsed, kept with its source instead of being dropped. */
export interface StoredError {
  source: string;
  error: string;
  at: number;
}

export interface MessageQuery {
  verdict?: Verdict;
  category?: string;
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  /** Any address domain of the message (sender or recipient, header or envelope). */
  domain?: string;
  /** The header From address, exactly (case-insensitive). */
  sender?: string;
  findingId?: string;
  ioc?: { kind?: IocKind; value: string };
  limit?: number;
}

export interface MessageSummary {
  hash: string;
  at: number;
  source: string;
  from: string | null;
  subject: string;
  verdict: Verdict;
  score: number;
}

export interface InsertResult {
  /** Hashes stored by this call (not present before). */
  inserted: StoredMessage[];
  /** Messages whose hash was already stored (nothing written). */
  duplicates: number;
  /** Stored messages replaced by a rescan. */
  rescanned: number;
  errors: number;
}

export interface StoreStats {
  messages: number;
  errors: number;
  bytes: number;
  /** ISO time of the oldest / newest message (by `at`), or null when empty. */
  oldest: string | null;
  newest: string | null;
  schemaVersion: number;
}

/** Scanned messages, keyed by content hash. */
export interface MessageRepository {
  /** Creates the message tables (idempotent). Called by ingest and the browsing commands. */
  ensureSchema(): Promise<void>;
  /**
   * Stores a batch in one transaction: new hashes are inserted with their findings, IOCs, categories and
   * addresses, and every indexer sees them inside the same transaction; known hashes are skipped (or, with
   * `rescan`, replaced and the rescan recorded). Errors are kept by source.
   */
  insertBatch(
    batch: { messages: readonly StoredMessage[]; errors?: readonly StoredError[]; raw?: ReadonlyMap<string, Uint8Array> },
    options?: { indexers?: readonly MessageIndexer[]; rescan?: boolean },
  ): Promise<InsertResult>;
  /** Of these hashes, those already stored. */
  existing(hashes: readonly string[]): Promise<Set<string>>;
  get(hash: string): Promise<StoredMessage | undefined>;
  /** The raw message when it was kept (`--keep-raw`). */
  raw(hash: string): Promise<Uint8Array | undefined>;
  /** Hashes of messages whose raw is kept, oldest first, after `afterHash` (for rescans in pages). */
  rawHashes(afterHash: string, limit: number): Promise<string[]>;
  query(q: MessageQuery): Promise<MessageSummary[]>;
  /** Hash prefixes are accepted by `spamlab message`: the full hashes that start with it (at most `limit`). */
  resolvePrefix(prefix: string, limit: number): Promise<string[]>;
  stats(): Promise<StoreStats>;
  /** Deletes messages older than `olderThan` (epoch ms) and beyond the newest `keep`; returns how many. */
  prune(options: { olderThan?: number; keep?: number }): Promise<{ messages: number; errors: number }>;
}
