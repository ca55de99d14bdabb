import { prng } from './campaign-corpus.js';
import { periodOf } from '../trends/period.js';
import type { SeriesPoint, Surge } from '../trends/surges.js';

const DAY_MS = 86_400_000;

/** A Poisson sample (Knuth for small means, a normal approximation above 50). */
function poisson(rnd: () => number, mean: number): number {
  if (mean > 50) {
    const u = Math.max(rnd(), 1e-12);
    const v = rnd();
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)));
  }
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rnd();
  } while (p > l);
  return k - 1;
}

export interface SyntheticSeries {
  points: SeriesPoint[];
  /** Planted surges: first and last day (inclusive), and the multiplier. */
  surges: { start: string; end: string; factor: number }[];
  /** Planted one-off spikes (single days), which a robust baseline must not let into later periods. */
  spikes: string[];
}

/**
 * A daily series with known change points: weekday level `level`, weekends at 35 %, Poisson noise, a slow
 * trend, `surgeCount` planted surges (5–30 days at minFactor–maxFactor ×, default 2–4) and `spikeCount` one-day spikes (3×).
 */
export function syntheticDaily(opts: { days: number; level: number; surgeCount: number; spikeCount: number; seed: number; start?: number; minFactor?: number; maxFactor?: number }): SyntheticSeries {
  const rnd = prng(opts.seed);
  const start = opts.start ?? Date.UTC(2012, 0, 2);
  const factor = new Array<number>(opts.days).fill(1);
  const surges: SyntheticSeries['surges'] = [];
  // Surges are spaced out (≥ 90 days apart, none in the first 70 days so a baseline exists).
  const slot = Math.floor((opts.days - 70) / opts.surgeCount);
  for (let k = 0; k < opts.surgeCount; k++) {
    const len = 5 + Math.floor(rnd() * 26);
    const s = 70 + k * slot + Math.floor(rnd() * Math.max(1, slot - len - 60));
    const f = (opts.minFactor ?? 2) + rnd() * ((opts.maxFactor ?? 4) - (opts.minFactor ?? 2));
    for (let d = s; d < s + len && d < opts.days; d++) factor[d] = f;
    surges.push({ start: periodOf(start + s * DAY_MS, 'day'), end: periodOf(start + Math.min(s + len - 1, opts.days - 1) * DAY_MS, 'day'), factor: f });
  }
  const spikes: string[] = [];
  for (let k = 0; k < opts.spikeCount; k++) {
    const d = 60 + Math.floor(rnd() * (opts.days - 60));
    if (factor[d] !== 1) continue;
    factor[d] = 3;
    spikes.push(periodOf(start + d * DAY_MS, 'day'));
  }
  const points: SeriesPoint[] = [];
  for (let d = 0; d < opts.days; d++) {
    const ms = start + d * DAY_MS;
    const weekday = new Date(ms).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.35 : 1;
    const trend = 1 + (0.3 * d) / opts.days;
    points.push({ period: periodOf(ms, 'day'), count: poisson(rnd, opts.level * weekend * trend * factor[d]!) });
  }
  return { points, surges, spikes };
}

/**
 * Episode-level precision and recall: a detected surge is a true positive when it overlaps a planted surge;
 * one that overlaps only a planted spike is counted apart (a one-day spike is a real, if brief, surge);
 * a planted surge is recalled when any detection overlaps it.
 */
export function scoreDetections(detected: readonly Surge[], truth: SyntheticSeries, toDay: (period: string, end: boolean) => string = (p) => p): { precision: number; recall: number; tp: number; fp: number; spikesFlagged: number; missed: number } {
  const overlaps = (a0: string, a1: string, b0: string, b1: string): boolean => a0 <= b1 && b0 <= a1;
  let tp = 0;
  let fp = 0;
  let spikesFlagged = 0;
  for (const d of detected) {
    const s = toDay(d.start, false);
    const e = toDay(d.end, true);
    if (truth.surges.some((t) => overlaps(s, e, t.start, t.end))) tp++;
    else if (truth.spikes.some((p) => overlaps(s, e, p, p))) spikesFlagged++;
    else fp++;
  }
  const recalled = truth.surges.filter((t) => detected.some((d) => overlaps(toDay(d.start, false), toDay(d.end, true), t.start, t.end))).length;
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: truth.surges.length ? recalled / truth.surges.length : 1, tp, fp, spikesFlagged, missed: truth.surges.length - recalled };
}

/** Sums a daily series into weeks or months. */
export function rollUp(points: readonly SeriesPoint[], kind: 'week' | 'month'): SeriesPoint[] {
  const out = new Map<string, number>();
  for (const p of points) {
    const key = periodOf(Date.parse(`${p.period}T00:00:00Z`), kind);
    out.set(key, (out.get(key) ?? 0) + p.count);
  }
  return [...out].map(([period, count]) => ({ period, count }));
}
