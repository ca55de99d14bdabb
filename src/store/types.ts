/**
 * The store: everything spamlab keeps between runs. One interface, implemented by SQLite (embedded
 * default, ./sqlite.ts) and later by PostgreSQL, both passing one shared test suite (./store.suite.ts).
 *
 * It holds only the classifier models for now. Later issues add their own repositories as further fields
 * (`messages` for scanned messages, `trends`, `campaigns`, …) with their own migrations, the same way.
 */

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
   * @example const v = store.models.save({ name: 'default', kind: 'logistic', meta: {}, data }, 5);
   */
  save(model: Omit<StoredModel, 'version' | 'createdAt'>, keep: number): number;
  /** The newest version of a name, or undefined when none was saved. */
  latest(name: string): StoredModel | undefined;
  /** One version, or undefined. */
  get(name: string, version: number): StoredModel | undefined;
  /** Versions of a name, newest first, without their data. */
  list(name: string): ModelVersionInfo[];
}

export interface Store {
  readonly models: ModelRepository;
  /** The schema version after migrations. */
  schemaVersion(): number;
  close(): void;
}
