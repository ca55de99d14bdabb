import type { PeriodKind } from './period.js';

/** One point of a dense series (every period present, zero when nothing was seen). */
export interface SeriesPoint {
  period: string;
  count: number;
}

/** A surge: consecutive periods well above the series' own seasonal baseline, explained in words. */
export interface Surge {
  /** What was counted, e.g. `category=malware-lure`. */
  series: string;
  period: PeriodKind;
  /** First and last period of the surge. */
  start: string;
  end: string;
  /** Messages during the surge, and what the baseline expected for the same periods. */
  count: number;
  expected: number;
  /** count ÷ expected (expected floored at 1). */
  ratio: number;
  /** The largest single-period count and its period. */
  peak: { period: string; count: number; baseline: number };
  method: 'same-weekday' | 'trailing-weeks' | 'year-over-year' | 'trailing-months';
  text: { en: string; ja: string };
}

export interface SurgeOptions {
  /** A period must hold at least this many messages to start a surge (small counts are noise). */
  minCount?: number;
  /** …and at least this multiple of its baseline… */
  minRatio?: number;
  /** …and this many robust standard deviations (MAD × 1.4826, floored at the Poisson √baseline) above it. */
  minZ?: number;
  /** Baseline samples looked back at: 8 same weekdays, 8 weeks, 6 months. */
  lookback?: number;
  /** How the series is named in the text ("malware-lure spam"); defaults to `series`. */
  label?: { en: string; ja: string };
}

const DEFAULTS = { minCount: 5, minRatio: 1.5, minZ: 3.5, lookback: 8 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return 0;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

interface Baseline {
  center: number;
  scale: number;
  samples: number;
}

/**
 * The baseline of point i from the points `step` apart before it (7 for days: the same weekday, so weekends
 * are compared with weekends; 1 for weeks; 12 for months: the same month of earlier years), skipping the
 * periods at or after `exclusionStart` (an ongoing surge does not raise its own baseline). Median and MAD,
 * so a one-off spike among the samples moves neither.
 */
function baselineAt(counts: readonly number[], i: number, step: number, lookback: number, exclusionStart: number): Baseline | undefined {
  const samples: number[] = [];
  for (let j = i - step; j >= 0 && samples.length < lookback; j -= step) if (j < exclusionStart) samples.push(counts[j]!);
  if (samples.length === 0) return undefined;
  const center = median(samples);
  const mad = median(samples.map((x) => Math.abs(x - center)));
  const scale = Math.max(1.4826 * mad, Math.sqrt(Math.max(center, 1)));
  return { center, scale, samples: samples.length };
}

function methodFor(kind: PeriodKind, counts: readonly number[], i: number): { method: Surge['method']; step: number; minSamples: number } {
  if (kind === 'day') return { method: 'same-weekday', step: 7, minSamples: 4 };
  if (kind === 'week') return { method: 'trailing-weeks', step: 1, minSamples: 4 };
  // Months: the same month last year when there is one, else the trailing months.
  return i >= 12 && counts.slice(0, i - 11).some((c) => c > 0)
    ? { method: 'year-over-year', step: 12, minSamples: 1 }
    : { method: 'trailing-months', step: 1, minSamples: 3 };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Finds surges in a dense series (sorted, one point per period). A surge starts at a period with at least
 * `minCount` messages, `minRatio` × its baseline and `minZ` robust deviations above it; it goes on while the
 * periods stay above 1.25 × the baseline taken from before the surge began, and is reported with its overall
 * ratio and its words.
 * @example detectSurges(weekly, 'week', 'category=malware-lure')[0].text.en // 'malware-lure spam 4.1× its 8-week baseline since 2013-09-02'
 */
export function detectSurges(points: readonly SeriesPoint[], kind: PeriodKind, series: string, options: SurgeOptions = {}): Surge[] {
  const o = { ...DEFAULTS, ...(kind === 'month' ? { lookback: 6 } : {}), ...options };
  const counts = points.map((p) => p.count);
  const surges: Surge[] = [];
  let open: { start: number; method: Surge['method']; count: number; expected: number; peak: Surge['peak'] } | undefined;
  const close = (end: number): void => {
    if (!open) return;
    surges.push(describe(series, kind, points[open.start]!.period, points[end]!.period, open, o.label ?? { en: series, ja: series }, o.lookback));
    open = undefined;
  };
  for (let i = 0; i < counts.length; i++) {
    const x = counts[i]!;
    const { method, step, minSamples } = methodFor(kind, counts, i);
    const base = baselineAt(counts, i, step, o.lookback, open ? open.start : i);
    if (!base || base.samples < minSamples) {
      close(i - 1);
      continue;
    }
    const ratio = x / Math.max(base.center, 1);
    if (open) {
      if (x >= base.center * 1.25 && x > base.center + base.scale) {
        open.count += x;
        open.expected += base.center;
        if (x > open.peak.count) open.peak = { period: points[i]!.period, count: x, baseline: base.center };
        continue;
      }
      close(i - 1);
    }
    const z = (x - base.center) / base.scale;
    if (x >= o.minCount && ratio >= o.minRatio && z >= o.minZ) {
      open = { start: i, method, count: x, expected: base.center, peak: { period: points[i]!.period, count: x, baseline: base.center } };
    }
  }
  close(counts.length - 1);
  return surges;
}

function describe(
  series: string,
  kind: PeriodKind,
  start: string,
  end: string,
  s: { method: Surge['method']; count: number; expected: number; peak: Surge['peak'] },
  label: { en: string; ja: string },
  lookback: number,
): Surge {
  const ratio = round1(s.count / Math.max(s.expected, 1));
  const span = start === end ? { en: `in ${start}`, ja: `${start}に` } : { en: `since ${start} (to ${end})`, ja: `${start}から${end}まで` };
  let text: Surge['text'];
  if (s.method === 'year-over-year') {
    const pct = Math.round((s.count / Math.max(s.expected, 1) - 1) * 100);
    text = {
      en: `${label.en} up ${pct} % on the same month last year ${span.en}: ${s.count} messages against ${Math.round(s.expected)}`,
      ja: `${label.ja}が前年同月比 ${pct}% 増（${span.ja}、${s.count}通、前年 ${Math.round(s.expected)}通）`,
    };
  } else {
    const base = {
      'same-weekday': { en: `its ${lookback}-week same-weekday baseline`, ja: `過去${lookback}週の同じ曜日の基準` },
      'trailing-weeks': { en: `its ${lookback}-week baseline`, ja: `過去${lookback}週の基準` },
      'trailing-months': { en: `its ${lookback}-month baseline`, ja: `過去${lookback}か月の基準` },
    }[s.method];
    text = {
      en: `${label.en} ${ratio}× ${base.en} ${span.en}: ${s.count} messages where ${Math.round(s.expected)} were expected`,
      ja: `${label.ja}が${base.ja}の${ratio}倍（${span.ja}、${s.count}通、想定 ${Math.round(s.expected)}通）`,
    };
  }
  return { series, period: kind, start, end, count: s.count, expected: round1(s.expected), ratio, peak: s.peak, method: s.method, text };
}
