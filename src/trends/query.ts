import type { SqlExecutor } from '../store/types.js';
import { TRENDS_MIGRATIONS } from './rollup.js';
import { periodOf, periodsBetween, type PeriodKind } from './period.js';
import { seriesLabel, type TrendDimension } from './labels.js';
import { detectSurges, type SeriesPoint, type Surge, type SurgeOptions } from './surges.js';
import { eventBursts, type EventBurst } from './events.js';

/** What the trend queries need of a store: SQL and migrations (the Store interface has both). */
export interface TrendStore extends SqlExecutor {
  migrate(module: typeof TRENDS_MIGRATIONS): Promise<void>;
}

export interface TrendQuery {
  /** Epoch ms, inclusive; the period holding it is the first one. Default: the first stored period. */
  from?: number;
  /** Epoch ms, inclusive. Default: the last stored period. */
  to?: number;
  period: PeriodKind;
  /** The dimension to split by (default `all`). */
  by?: TrendDimension;
  verdict?: string;
}

export interface TrendRow {
  period: string;
  /** The dimension's value ('' for `all`, and for uncategorised mail under `category`). */
  value: string;
  verdict: string;
  count: number;
}

const ready = new WeakSet<object>();
async function ensure(store: TrendStore): Promise<void> {
  if (ready.has(store)) return;
  await store.migrate(TRENDS_MIGRATIONS);
  ready.add(store);
}

/**
 * Counts by period × value × verdict from the rollups (sparse: periods without messages are absent).
 * @example await trendSeries(store, { period: 'month', by: 'category' }) // [{period:'2013-09', value:'health', verdict:'spam', count: 41}, …]
 */
export async function trendSeries(store: TrendStore, q: TrendQuery): Promise<TrendRow[]> {
  await ensure(store);
  const where = ['period_kind = ?', 'dimension = ?'];
  const params: unknown[] = [q.period, q.by ?? 'all'];
  if (q.from !== undefined) {
    where.push('period >= ?');
    params.push(periodOf(q.from, q.period));
  }
  if (q.to !== undefined) {
    where.push('period <= ?');
    params.push(periodOf(q.to, q.period));
  }
  if (q.verdict) {
    where.push('verdict = ?');
    params.push(q.verdict);
  }
  const rows = await store.all<{ period: string; value: string; verdict: string; count: number | string }>(
    `SELECT period, value, verdict, count FROM trend_counts WHERE ${where.join(' AND ')} AND count <> 0 ORDER BY period, value, verdict`,
    params,
  );
  return rows.map((r) => ({ period: r.period, value: r.value, verdict: r.verdict, count: Number(r.count) }));
}

/** Messages and their verdicts in a span, from the daily rollups. */
export async function trendTotals(store: TrendStore, q: { from?: number; to?: number } = {}): Promise<{ messages: number; byVerdict: Record<string, number>; first: string | null; last: string | null }> {
  const rows = await trendSeries(store, { ...q, period: 'day', by: 'all' });
  const byVerdict: Record<string, number> = {};
  let messages = 0;
  for (const r of rows) {
    byVerdict[r.verdict] = (byVerdict[r.verdict] ?? 0) + r.count;
    messages += r.count;
  }
  return { messages, byVerdict, first: rows[0]?.period ?? null, last: rows[rows.length - 1]?.period ?? null };
}

/** The stored span (first and last day with messages), or undefined when nothing was rolled up. */
export async function trendSpan(store: TrendStore): Promise<{ from: number; to: number } | undefined> {
  await ensure(store);
  const row = await store.get<{ first: string | null; last: string | null }>(
    `SELECT MIN(period) AS first, MAX(period) AS last FROM trend_counts WHERE period_kind = 'day' AND dimension = 'all'`,
  );
  if (!row?.first || !row.last) return undefined;
  return { from: Date.parse(`${row.first}T00:00:00Z`), to: Date.parse(`${row.last}T00:00:00Z`) };
}

/** Sparse rows → one dense series per key (every period of the span present). */
function denseSeries(rows: readonly TrendRow[], key: (r: TrendRow) => string | undefined, periods: readonly string[]): Map<string, SeriesPoint[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const k = key(r);
    if (k === undefined) continue;
    let m = counts.get(k);
    if (!m) counts.set(k, (m = new Map()));
    m.set(r.period, (m.get(r.period) ?? 0) + r.count);
  }
  const out = new Map<string, SeriesPoint[]>();
  for (const [k, m] of counts) out.set(k, periods.map((period) => ({ period, count: m.get(period) ?? 0 })));
  return out;
}

export interface SurgeQuery {
  from?: number;
  to?: number;
  period: PeriodKind;
  /** Dimensions to look at (default: all, category, theme, attachment, brand). */
  by?: readonly TrendDimension[];
  options?: SurgeOptions;
  /** How many periods before `from` are read for the baseline (default: a year and a bit). */
  warmUp?: number;
}

/**
 * Surges in the stored rollups, explained in words, newest first. `all` is split by verdict (clean mail
 * is not looked at); the other dimensions count non-clean mail per value ("health spam", "mail with .zip
 * attachments"). Periods before `from` are read for the baseline but surges must start inside the span.
 */
export async function findSurges(store: TrendStore, q: SurgeQuery): Promise<Surge[]> {
  const span = await trendSpan(store);
  if (!span) return [];
  const to = q.to ?? span.to;
  const from = q.from ?? span.from;
  const warmUpPeriods = q.warmUp ?? { day: 70, week: 60, month: 14 }[q.period];
  const stepMs = { day: 86_400_000, week: 7 * 86_400_000, month: 31 * 86_400_000 }[q.period];
  const readFrom = Math.max(span.from, from - warmUpPeriods * stepMs);
  const periods = periodsBetween(readFrom, to, q.period);
  const firstInSpan = periodOf(from, q.period);
  const out: Surge[] = [];
  for (const by of q.by ?? (['all', 'category', 'theme', 'attachment', 'brand'] as const)) {
    const rows = await trendSeries(store, { from: readFrom, to, period: q.period, by });
    const series = denseSeries(rows, (r) => (r.verdict === 'clean' ? undefined : by === 'all' ? r.verdict : r.value || undefined), periods);
    for (const [value, points] of series) {
      const label = by === 'all' ? seriesLabel('all', '', value) : seriesLabel(by, value);
      const name = by === 'all' ? `verdict=${value}` : `${by}=${value}`;
      for (const s of detectSurges(points, q.period, name, { ...q.options, label })) if (s.start >= firstInSpan) out.push(s);
    }
  }
  return out.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : b.ratio - a.ratio));
}

/** Event-themed bursts (Christmas, New Year, Valentine's Day, tax season, …) in the stored rollups. */
export async function findEventBursts(store: TrendStore, q: Omit<SurgeQuery, 'by'>): Promise<EventBurst[]> {
  const span = await trendSpan(store);
  if (!span) return [];
  const to = q.to ?? span.to;
  const from = q.from ?? span.from;
  const stepMs = { day: 86_400_000, week: 7 * 86_400_000, month: 31 * 86_400_000 }[q.period];
  const readFrom = Math.max(span.from, from - (q.warmUp ?? { day: 70, week: 60, month: 14 }[q.period]) * stepMs);
  const periods = periodsBetween(readFrom, to, q.period);
  const rows = await trendSeries(store, { from: readFrom, to, period: q.period, by: 'theme' });
  const series = denseSeries(rows, (r) => (r.verdict === 'clean' ? undefined : r.value), periods);
  const firstInSpan = periodOf(from, q.period);
  return eventBursts(series, q.period, q.options).filter((b) => b.start >= firstInSpan);
}
