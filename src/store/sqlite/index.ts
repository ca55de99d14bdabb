import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { assembleStore, countMigrations, readModuleVersions, type StoreCore, type StoreOptions } from '../core.js';
import { applyMigrations, MigratedModules, SCHEMA_MIGRATIONS_DDL, type MigrationTx } from '../migrate.js';
import { StoreError } from '../sql.js';
import type { ModuleMigrations, SqlExecutor, Store } from '../types.js';

export interface SqliteStoreOptions extends StoreOptions {
  /** Wait this long for a lock held by another process (a scanner reading while `learn` writes). */
  busyTimeoutMs?: number;
  /** Open read-only (browsing commands); migrations are then not applied. */
  readonly?: boolean;
}

/**
 * The embedded default store: one SQLite file through better-sqlite3, in WAL mode so that readers keep
 * reading while a writer commits (https://sqlite.org/wal.html). `:memory:` gives a private in-memory store.
 *
 * better-sqlite3 is synchronous and the connection is shared by every caller in the process, so the
 * asynchronous interface puts a mutex around it: a transaction holds the connection across its awaits,
 * and other statements wait until it ends (otherwise they would silently join the open transaction).
 * @example const store = openSqliteStore('spamlab.db'); await store.models.latest('default'); await store.close();
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  return assembleStore(new SqliteCore(file, options), options);
}

const STATEMENT_CACHE = 500;

/**
 * The connection queue, shared by every connection to the same file in this process: a second Store on
 * the same file (a server and an ingest in one process, a test) must wait its turn here, because
 * SQLite's own lock wait (busy_timeout) blocks the event loop that the holder needs to finish.
 */
const queues = new Map<string, { tail: Promise<void>; users: number }>();

class SqliteCore implements StoreCore {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** The end of the queue of callers waiting for the connection (shared per file, see `queues`). */
  private readonly queue: { tail: Promise<void>; users: number };
  /** Set inside a transaction's async context, to catch a use of the store instead of `tx` (a deadlock). */
  private readonly inTransaction = new AsyncLocalStorage<true>();
  private readonly migrated = new MigratedModules();
  private closed = false;
  private readonly queueKey: string;

  constructor(file: string, options: SqliteStoreOptions) {
    this.location = file;
    const key = file === ':memory:' ? `:memory:${Math.random()}` : path.resolve(file);
    this.queueKey = key;
    this.queue = queues.get(key) ?? { tail: Promise.resolve(), users: 0 };
    this.queue.users++;
    queues.set(key, this.queue);
    try {
      if (file !== ':memory:' && !options.readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      this.db = new Database(file, options.readonly ? { readonly: true, fileMustExist: true } : {});
      this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 10000))}`);
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        // In WAL mode NORMAL loses no committed data on a process crash (kill -9), only on power loss.
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('foreign_keys = ON');
        this.upgradeLegacyBookkeeping();
        this.db.exec(SCHEMA_MIGRATIONS_DDL);
      }
    } catch (err) {
      if (--this.queue.users === 0) queues.delete(key);
      throw translate(err, file);
    }
  }

  /**
   * Stores written before per-module migrations had `schema_migrations(version, name, applied_at)` with
   * version 1 = the classifier models table: keep their rows, now as module `models`.
   */
  private upgradeLegacyBookkeeping(): void {
    const columns = this.db.prepare("SELECT name FROM pragma_table_info('schema_migrations')").all() as { name: string }[];
    if (columns.length === 0 || columns.some((c) => c.name === 'module')) return;
    this.db.transaction(() => {
      this.db.exec('ALTER TABLE schema_migrations RENAME TO schema_migrations_legacy');
      this.db.exec(SCHEMA_MIGRATIONS_DDL);
      this.db.exec("INSERT INTO schema_migrations (module, version, name, applied_at) SELECT 'models', version, name, applied_at FROM schema_migrations_legacy");
      this.db.exec('DROP TABLE schema_migrations_legacy');
    }).immediate();
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE) this.statements.clear();
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  /** Runs fn with the connection to itself: callers queue in order. */
  private async exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    if (this.closed) throw new StoreError(`the store ${this.location} is closed`, 'other');
    if (this.inTransaction.getStore()) {
      throw new Error('store used inside its own transaction: use the `tx` passed to transaction(fn)');
    }
    const previous = this.queue.tail;
    let release!: () => void;
    this.queue.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }

  private readonly direct = {
    all: <T>(sql: string, params?: readonly unknown[]): T[] => this.wrap(() => this.statement(sql).all(...bind(params)) as T[]),
    get: <T>(sql: string, params?: readonly unknown[]): T | undefined => this.wrap(() => this.statement(sql).get(...bind(params)) as T | undefined),
    run: (sql: string, params?: readonly unknown[]): { changes: number } => this.wrap(() => ({ changes: this.statement(sql).run(...bind(params)).changes })),
    exec: (sql: string): void => this.wrap(() => void this.db.exec(sql)),
  };

  private wrap<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw translate(err, this.location);
    }
  }

  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.exclusive(() => this.direct.all<T>(sql, params));
  }
  get<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T | undefined> {
    return this.exclusive(() => this.direct.get<T>(sql, params));
  }
  run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }> {
    return this.exclusive(() => this.direct.run(sql, params));
  }

  /** BEGIN IMMEDIATE takes the write lock at once, so two processes never deadlock upgrading a read lock. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.inTransactionRun((tx) => fn(tx)));
  }

  private async inTransactionRun<T>(fn: (tx: MigrationTx & SqlExecutor) => Promise<T>): Promise<T> {
    let open = true;
    const guard = () => {
      if (!open) throw new Error('transaction already ended: its `tx` cannot be used any more');
    };
    const d = this.direct;
    const tx: MigrationTx & SqlExecutor = {
      dialect: 'sqlite',
      all: async <R>(sql: string, params?: readonly unknown[]) => (guard(), d.all<R>(sql, params)),
      get: async <R>(sql: string, params?: readonly unknown[]) => (guard(), d.get<R>(sql, params)),
      run: async (sql, params) => (guard(), d.run(sql, params)),
      exec: async (sql) => (guard(), d.exec(sql)),
    };
    d.exec('BEGIN IMMEDIATE');
    try {
      const result = await this.inTransaction.run(true, () => fn(tx));
      d.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) {
        try {
          this.db.exec('ROLLBACK');
        } catch {
          // SQLite already rolled back (SQLITE_FULL can do that); the original error is the one to report.
        }
      }
      throw err;
    } finally {
      open = false;
    }
  }

  async migrate(module: ModuleMigrations): Promise<void> {
    if (this.migrated.has(module)) return;
    await this.exclusive(() => this.inTransactionRun((tx) => applyMigrations(tx, 'sqlite', module)));
    this.migrated.add(module);
  }

  schemaVersion(): Promise<number> {
    return countMigrations(this);
  }

  moduleVersions(): Promise<Record<string, number>> {
    return readModuleVersions(this);
  }

  async sizeBytes(): Promise<number> {
    if (this.location === ':memory:') {
      const page = await this.get<{ n: number }>('SELECT page_size * page_count AS n FROM pragma_page_size, pragma_page_count');
      return Number(page?.n ?? 0);
    }
    let bytes = 0;
    for (const suffix of ['', '-wal']) {
      try {
        bytes += statSync(this.location + suffix).size;
      } catch {
        // No WAL file (checkpointed and removed): nothing to add.
      }
    }
    return bytes;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.exclusive(() => undefined);
    this.closed = true;
    this.statements.clear();
    this.db.close();
    if (--this.queue.users === 0) queues.delete(this.queueKey);
  }
}

/** better-sqlite3 binds numbers, strings, bigints, Buffers and null; booleans and undefined are mapped. */
function bind(params: readonly unknown[] | undefined): unknown[] {
  if (!params || params.length === 0) return [];
  return params.map((p) => {
    if (p === undefined) return null;
    if (typeof p === 'boolean') return p ? 1 : 0;
    if (p instanceof Uint8Array && !Buffer.isBuffer(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    return p;
  });
}

/** A SQLite failure of the store itself becomes a StoreError naming the file and what to do. */
function translate(err: unknown, location: string): unknown {
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_FULL' || /disk is full|database or disk is full/i.test(message)) {
    return new StoreError(`the store ${location} cannot be written: the disk is full (${message})`, 'full', { cause: err });
  }
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return new StoreError(`I/O error on the store ${location}: ${message}`, 'full', { cause: err });
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreError(`the store ${location} is locked by another process: ${message}`, 'busy', { cause: err });
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new StoreError(`the store ${location} is not a valid database: ${message}`, 'corrupt', { cause: err });
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') return new StoreError(`the store ${location} cannot be opened for writing: ${message}`, 'readonly', { cause: err });
  return err;
}
