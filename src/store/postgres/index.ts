import pg from 'pg';
import { assembleStore, countMigrations, readModuleVersions, type StoreCore, type StoreOptions } from '../core.js';
import { applyMigrations, MigratedModules, SCHEMA_MIGRATIONS_DDL, type MigrationTx } from '../migrate.js';
import { StoreError, toPostgresPlaceholders } from '../sql.js';
import type { ModuleMigrations, SqlExecutor, Store } from '../types.js';

export interface PostgresStoreOptions extends StoreOptions {
  /** Connections in the pool (default 4). */
  maxConnections?: number;
  /** Give up connecting after this long (default 10 s). */
  connectTimeoutMs?: number;
  /** Abort any one statement after this long (default 5 minutes; 0 = no limit). */
  statementTimeoutMs?: number;
}

/**
 * Any 64-bit key for pg_advisory_xact_lock: every spamlab process migrating this database takes the same
 * lock, so concurrent starts apply each migration once (https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS).
 */
const MIGRATION_LOCK_KEY = 0x5350_414d_4c41_42n; // "SPAMLAB"

/**
 * BIGINT (epoch ms times, counts) arrives as a JavaScript number, not a string: every value spamlab keeps
 * is far below 2^53. NUMERIC (SUM of BIGINT) likewise. Set per pool, not globally for other pg users.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as unknown as pg.CustomTypesConfig;

/**
 * The scale-out store on PostgreSQL through a `pg` connection pool. The same SQL as SQLite (`?`
 * placeholders are rewritten as `$n`), the same repositories, the same test suite.
 * @example const store = await openPostgresStore('postgres://postgres@127.0.0.1:5432/spamlab');
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const core = new PostgresCore(url, options);
  try {
    await core.run(SCHEMA_MIGRATIONS_DDL).catch(async (err: unknown) => {
      // Two processes creating the table at the same moment: one loses the catalog race; the table exists.
      if ((err as { code?: string }).code !== '23505' && (err as { code?: string }).code !== '42P07') throw err;
    });
  } catch (err) {
    await core.close();
    throw err;
  }
  return assembleStore(core, options);
}

class PostgresCore implements StoreCore {
  readonly dialect = 'postgres' as const;
  readonly location: string;
  private readonly pool: pg.Pool;
  private readonly migrated = new MigratedModules();
  private closed = false;

  constructor(url: string, options: PostgresStoreOptions) {
    this.location = redact(url);
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 4,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10000,
      statement_timeout: options.statementTimeoutMs ?? 300000,
      types,
    });
    // An idle connection that the server drops must not crash the process: the next query reports it.
    this.pool.on('error', () => undefined);
  }

  private fail(err: unknown): never {
    throw translate(err, this.location);
  }

  async all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    try {
      return (await this.pool.query(toPostgresPlaceholders(sql), bind(params))).rows as T[];
    } catch (err) {
      this.fail(err);
    }
  }
  async get<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }> {
    try {
      return { changes: (await this.pool.query(toPostgresPlaceholders(sql), bind(params))).rowCount ?? 0 };
    } catch (err) {
      this.fail(err);
    }
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.withTransaction((tx) => fn(tx));
  }

  private async withTransaction<T>(fn: (tx: MigrationTx & SqlExecutor) => Promise<T>, lockKey?: bigint): Promise<T> {
    if (this.closed) throw new StoreError(`the store ${this.location} is closed`, 'other');
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      this.fail(err);
    }
    let open = true;
    let broken: unknown;
    // A checked-out client reports a dropped connection as an 'error' event: without a listener that
    // would end the process. The pending or next query fails with it and is reported as a StoreError.
    const onError = (err: unknown) => (broken ??= err);
    client.on('error', onError);
    const query = async (sql: string, params?: readonly unknown[]) => {
      if (!open) throw new Error('transaction already ended: its `tx` cannot be used any more');
      try {
        return await client.query(toPostgresPlaceholders(sql), bind(params));
      } catch (err) {
        if (isConnectionError(err)) broken = err;
        throw translate(err, this.location);
      }
    };
    const tx: MigrationTx & SqlExecutor = {
      dialect: 'postgres',
      all: async <R>(sql: string, params?: readonly unknown[]) => (await query(sql, params)).rows as R[],
      get: async <R>(sql: string, params?: readonly unknown[]) => (await query(sql, params)).rows[0] as R | undefined,
      run: async (sql, params) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
      exec: async (sql) => {
        if (!open) throw new Error('transaction already ended');
        try {
          await client.query(sql);
        } catch (err) {
          if (isConnectionError(err)) broken = err;
          throw translate(err, this.location);
        }
      },
    };
    try {
      await tx.exec('BEGIN');
      if (lockKey !== undefined) await tx.run('SELECT pg_advisory_xact_lock(?)', [lockKey.toString()]);
      const result = await fn(tx);
      await tx.exec('COMMIT');
      return result;
    } catch (err) {
      if (!broken) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackErr) {
          broken = rollbackErr;
        }
      }
      throw err;
    } finally {
      open = false;
      client.off('error', onError);
      // A connection that failed mid-transaction is discarded, never handed to the next caller.
      client.release(broken instanceof Error ? broken : broken ? new Error(String(broken)) : undefined);
    }
  }

  async migrate(module: ModuleMigrations): Promise<void> {
    if (this.migrated.has(module)) return;
    await this.withTransaction((tx) => applyMigrations(tx, 'postgres', module), MIGRATION_LOCK_KEY);
    this.migrated.add(module);
  }

  schemaVersion(): Promise<number> {
    return countMigrations(this);
  }

  moduleVersions(): Promise<Record<string, number>> {
    return readModuleVersions(this);
  }

  async sizeBytes(): Promise<number> {
    const row = await this.get<{ n: number }>('SELECT pg_database_size(current_database()) AS n');
    return Number(row?.n ?? 0);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

function bind(params: readonly unknown[] | undefined): unknown[] {
  if (!params || params.length === 0) return [];
  return params.map((p) => {
    if (p === undefined) return null;
    if (typeof p === 'bigint') return p.toString();
    if (p instanceof Uint8Array && !Buffer.isBuffer(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    return p;
  });
}

/** The URL as shown in messages: never the password. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  if (code && CONNECTION_CODES.has(code)) return true;
  const message = err instanceof Error ? err.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message);
}

function translate(err: unknown, location: string): unknown {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (isConnectionError(err)) return new StoreError(`lost the connection to the store ${location}: ${message}`, 'connection', { cause: err });
  if (code === '53100') return new StoreError(`the store ${location} cannot be written: the database server's disk is full (${message})`, 'full', { cause: err });
  if (code === '3D000' || code === '28P01' || code === '28000') return new StoreError(`cannot open the store ${location}: ${message}`, 'connection', { cause: err });
  return err;
}
