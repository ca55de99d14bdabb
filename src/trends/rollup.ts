import type { MessageIndexer, ModuleMigrations, SqlExecutor, StoredMessage } from '../store/types.js';
import { PERIOD_KINDS, periodOf, type PeriodKind } from './period.js';
import type { TrendDimension } from './labels.js';

/**
 * Rollup tables: message counts by period (day, ISO week, month; UTC) × dimension value × verdict, kept
 * up to date as messages are stored (in the insert transaction, new messages only), so trend queries
 * read a few thousand counters instead of scanning millions of messages.
 *
 * One row per (period kind, dimension, period, value, verdict). Dimensions are counted one at a time (a
 * marginal cube, not the full cross product, which would grow with the product of the dimensions' sizes):
 * `all` (value ''), `category` ('' for uncategorised mail), `theme`, `attachment` (extension), `brand`
 * (the impersonated brand), and `country` / `asn` when the stored message knows them.
 */
export const TRENDS_MIGRATIONS: ModuleMigrations = {
  module: 'trends',
  migrations: [
    {
      version: 1,
      name: 'trend_counts',
      sqlite: `CREATE TABLE IF NOT EXISTS trend_counts (
        period_kind TEXT NOT NULL, dimension TEXT NOT NULL, period TEXT NOT NULL, value TEXT NOT NULL, verdict TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (period_kind, dimension, period, value, verdict)) WITHOUT ROWID`,
      postgres: `CREATE TABLE IF NOT EXISTS trend_counts (
        period_kind TEXT NOT NULL, dimension TEXT NOT NULL, period TEXT NOT NULL, value TEXT NOT NULL, verdict TEXT NOT NULL,
        count BIGINT NOT NULL,
        PRIMARY KEY (period_kind, dimension, period, value, verdict))`,
    },
  ],
};

/** Values longer than this are cut (a hostile brand or extension cannot bloat the rollups). */
const MAX_VALUE = 100;
/** Rows per upsert statement (well under SQLite's and PostgreSQL's parameter limits). */
const ROWS_PER_STATEMENT = 200;

/** The dimension values of one message. Country and ASN when the operator's IP table knew the sending IP. */
export function dimensionValues(m: StoredMessage): [TrendDimension, string][] {
  const out: [TrendDimension, string][] = [['all', '']];
  const add = (d: TrendDimension, values: readonly string[] | undefined): void => {
    for (const v of new Set((values ?? []).map((x) => String(x).slice(0, MAX_VALUE)))) if (v) out.push([d, v]);
  };
  if (m.categories.length === 0) out.push(['category', '']);
  add('category', m.categories);
  add('theme', m.themes);
  add('attachment', m.attachmentTypes);
  add('brand', m.brands);
  if (m.country) add('country', [m.country]);
  if (m.asn) add('asn', [`AS${m.asn}`]);
  return out;
}

/** Adds `sign` × each message to the counters it falls in (in memory, one entry per distinct row). */
function accumulate(into: Map<string, number>, messages: readonly StoredMessage[], sign: 1 | -1): void {
  for (const m of messages) {
    const values = dimensionValues(m);
    for (const kind of PERIOD_KINDS) {
      const period = periodOf(m.at, kind);
      for (const [dimension, value] of values) {
        const key = JSON.stringify([kind, dimension, period, value, m.verdict]);
        into.set(key, (into.get(key) ?? 0) + sign);
      }
    }
  }
}

async function applyDeltas(tx: SqlExecutor, deltas: Map<string, number>): Promise<void> {
  // In one order for every writer: two concurrent insert transactions lock the counters they share in the
  // same sequence, so one waits for the other instead of both deadlocking (PostgreSQL aborts one of them).
  const rows = [...deltas].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    for (const [key, n] of chunk) params.push(...(JSON.parse(key) as string[]), n);
    await tx.run(
      `INSERT INTO trend_counts (period_kind, dimension, period, value, verdict, count) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (period_kind, dimension, period, value, verdict) DO UPDATE SET count = trend_counts.count + excluded.count`,
      params,
    );
  }
}

/**
 * The MessageIndexer that keeps the rollups: plug it into ingest (`insertBatch(…, {indexers})`).
 * A rescan moves a message from its old buckets to its new ones.
 */
export function trendsIndexer(): MessageIndexer {
  return {
    name: 'trends',
    migrations: TRENDS_MIGRATIONS,
    async onStored(tx, stored) {
      const deltas = new Map<string, number>();
      accumulate(deltas, stored, 1);
      await applyDeltas(tx, deltas);
    },
    async onReplaced(tx, replaced) {
      const deltas = new Map<string, number>();
      accumulate(deltas, replaced.map((r) => r.previous), -1);
      accumulate(deltas, replaced.map((r) => r.current), 1);
      await applyDeltas(tx, deltas);
    },
  };
}

export type { PeriodKind };
