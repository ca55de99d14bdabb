/**
 * What the intel tables need of the store: the shared contract's SQL executor, transactions and
 * module migrations (src/store/types.ts; restated here until the store lands, structurally equal,
 * so any `Store` is an IntelDb).
 */
export interface SqlExecutor {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }>;
}
export interface ModuleMigrations {
  module: string;
  migrations: readonly { version: number; name: string; sqlite: string; postgres: string }[];
}
export interface IntelDb extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  migrate(module: ModuleMigrations): Promise<void>;
}
