/**
 * Trends over stored messages: rollups maintained at ingest (./rollup.ts), queries over them, surges
 * against a seasonal baseline and event-themed bursts, explained in words. Plain functions over a Store.
 */
export { trendsIndexer, TRENDS_MIGRATIONS, dimensionValues } from './rollup.js';
export { pruneTrends } from './prune.js';
export { trendSeries, trendTotals, trendSpan, findSurges, findEventBursts, type TrendQuery, type TrendRow, type TrendStore, type SurgeQuery } from './query.js';
export { detectSurges, type Surge, type SurgeOptions, type SeriesPoint } from './surges.js';
export { eventBursts, type EventBurst } from './events.js';
export { periodOf, periodStart, nextPeriod, periodsBetween, isoWeekLabel, parseDateBound, PERIOD_KINDS, type PeriodKind } from './period.js';
export { seriesLabel, TREND_DIMENSIONS, type TrendDimension } from './labels.js';
