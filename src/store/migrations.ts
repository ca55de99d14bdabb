/**
 * Schema migrations of the SQLite store, applied in order, each once, inside a transaction; the applied
 * versions are recorded in `schema_migrations`. Never edit a released migration: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'classifier models',
    sql: `
      CREATE TABLE classifier_models (
        name       TEXT    NOT NULL,
        version    INTEGER NOT NULL,
        kind       TEXT    NOT NULL,
        created_at TEXT    NOT NULL,
        meta       TEXT    NOT NULL DEFAULT '{}',
        data       BLOB    NOT NULL,
        PRIMARY KEY (name, version)
      ) WITHOUT ROWID;
    `,
  },
];
