import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeekLabel, nextPeriod, parseDateBound, periodOf, periodsBetween, periodStart } from './period.js';
import { detectSurges, type SeriesPoint } from './surges.js';
import { eventBursts } from './events.js';
import { rollUp, scoreDetections, syntheticDaily } from '../test-support/synthetic-series.js';

describe('periods (UTC)', () => {
  const cases = [
    { ms: Date.UTC(2013, 8, 2, 0, 0), kind: 'week', expected: '2013-09-02' },
    { ms: Date.UTC(2013, 8, 8, 23, 59), kind: 'week', expected: '2013-09-02' },
    { ms: Date.UTC(2013, 8, 9), kind: 'week', expected: '2013-09-09' },
    { ms: Date.UTC(2013, 0, 1), kind: 'week', expected: '2012-12-31' },
    { ms: Date.UTC(2013, 8, 30, 23, 59, 59), kind: 'month', expected: '2013-09' },
    { ms: Date.UTC(2013, 8, 30, 23, 59, 59), kind: 'day', expected: '2013-09-30' },
  ] as const;
  for (const c of cases) it(`${new Date(c.ms).toISOString()} ${c.kind}`, () => assert.equal(periodOf(c.ms, c.kind), c.expected));
  it('steps and ranges', () => {
    assert.equal(nextPeriod('2013-12', 'month'), '2014-01');
    assert.equal(nextPeriod('2013-12-30', 'week'), '2014-01-06');
    assert.equal(nextPeriod('2013-02-28', 'day'), '2013-03-01');
    assert.deepEqual(periodsBetween(Date.UTC(2013, 10, 15), Date.UTC(2014, 1, 1), 'month'), ['2013-11', '2013-12', '2014-01', '2014-02']);
    assert.equal(periodStart('2013-09', 'month'), Date.UTC(2013, 8, 1));
    assert.equal(isoWeekLabel('2013-09-02'), '2013-W36');
    assert.equal(isoWeekLabel('2012-12-31'), '2013-W01');
  });
  it('parses date bounds', () => {
    assert.equal(parseDateBound('2013'), Date.UTC(2013, 0, 1));
    assert.equal(parseDateBound('2013-09', true), Date.UTC(2013, 9, 1) - 1);
    assert.equal(parseDateBound('2013-02-30'), undefined);
    assert.equal(parseDateBound('yesterday'), undefined);
  });
});

const flat = (counts: number[], start = '2013-01'): SeriesPoint[] => {
  let p = start;
  return counts.map((count) => {
    const point = { period: p, count };
    p = nextPeriod(p, 'month');
    return point;
  });
};

describe('detectSurges', () => {
  it('explains a weekly surge against the 8-week baseline, with the date it began', () => {
    const weeks: SeriesPoint[] = [];
    let p = '2013-06-03';
    for (let i = 0; i < 26; i++) {
      weeks.push({ period: p, count: i >= 13 && i < 20 ? 41 + (i % 2) : 10 + (i % 3) });
      p = nextPeriod(p, 'week');
    }
    const [s, ...rest] = detectSurges(weeks, 'week', 'category=malware-lure', { label: { en: 'malicious-attachment spam', ja: '悪性添付スパム' } });
    assert.equal(rest.length, 0);
    assert.equal(s!.start, '2013-09-02');
    assert.equal(s!.end, '2013-10-14');
    assert.match(s!.text.en, /^malicious-attachment spam 3\.\d× its 8-week baseline since 2013-09-02/);
    assert.match(s!.text.ja, /悪性添付スパムが過去8週の基準の3\.\d倍/);
  });
  it('says "up N % on the same month last year" for months', () => {
    const counts = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 163, 100];
    const surges = detectSurges(flat(counts), 'month', 'category=health', { label: { en: 'health spam', ja: '健康スパム' } });
    assert.equal(surges.length, 1);
    assert.equal(surges[0]!.method, 'year-over-year');
    assert.match(surges[0]!.text.en, /^health spam up 63 % on the same month last year in 2014-05/);
  });
  it('a quiet weekend is not a surge on Monday (same-weekday baseline)', () => {
    const days: SeriesPoint[] = [];
    let p = '2013-01-07';
    for (let i = 0; i < 120; i++) {
      const wd = i % 7;
      days.push({ period: p, count: wd >= 5 ? 5 : 100 });
      p = nextPeriod(p, 'day');
    }
    assert.deepEqual(detectSurges(days, 'day', 'all'), []);
  });
  it('a one-off spike does not raise the baseline of what follows', () => {
    const counts = [10, 10, 10, 10, 200, 10, 10, 10, 10, 10, 10, 25, 26, 27, 10, 10];
    const points = counts.map((count, i) => ({ period: `2013-01-${String(i + 1).padStart(2, '0')}`, count }));
    const surges = detectSurges(points, 'week', 'all');
    assert.deepEqual(surges.map((s) => [s.start, s.end]), [['2013-01-05', '2013-01-05'], ['2013-01-12', '2013-01-14']]);
  });
  it('finds planted change points in synthetic daily, weekly and monthly series', () => {
    const totals = { day: { tp: 0, fp: 0, missed: 0, n: 0 }, week: { tp: 0, fp: 0, missed: 0, n: 0 } };
    for (let seed = 1; seed <= 10; seed++) {
      const truth = syntheticDaily({ days: 730, level: 80, surgeCount: 5, spikeCount: 6, seed });
      const d = scoreDetections(detectSurges(truth.points, 'day', 'all'), truth);
      const weekly = rollUp(truth.points, 'week');
      const toDay = (p: string, end: boolean): string => (end ? new Date(Date.parse(`${p}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10) : p);
      // Week-level truth: only surges that last a week or more can be seen in weekly counts.
      const longTruth = { ...truth, surges: truth.surges.filter((s) => Date.parse(s.end) - Date.parse(s.start) >= 9 * 86_400_000) };
      // Precision against every planted change (a short surge may show in its week); recall against the long ones.
      const weeklySurges = detectSurges(weekly, 'week', 'all');
      const w = { ...scoreDetections(weeklySurges, truth, toDay), missed: scoreDetections(weeklySurges, longTruth, toDay).missed };
      totals.day.tp += d.tp; totals.day.fp += d.fp; totals.day.missed += d.missed; totals.day.n += truth.surges.length;
      totals.week.tp += w.tp; totals.week.fp += w.fp; totals.week.missed += w.missed; totals.week.n += longTruth.surges.length;
    }
    const dayP = totals.day.tp / (totals.day.tp + totals.day.fp);
    const dayR = 1 - totals.day.missed / totals.day.n;
    const weekP = totals.week.tp / (totals.week.tp + totals.week.fp);
    const weekR = 1 - totals.week.missed / totals.week.n;
    assert.ok(dayP >= 0.9 && dayR >= 0.9, `daily precision ${dayP} recall ${dayR}`);
    assert.ok(weekP >= 0.9 && weekR >= 0.9, `weekly precision ${weekP} recall ${weekR}`);
  });
});

describe('eventBursts', () => {
  it('finds a Christmas burst in its season and says how far before the event', () => {
    const weeks: SeriesPoint[] = [];
    let p = '2013-06-03';
    for (let i = 0; i < 40; i++) {
      const inBurst = p >= '2013-11-25' && p <= '2013-12-23';
      weeks.push({ period: p, count: inBurst ? 60 : 3 });
      p = nextPeriod(p, 'week');
    }
    const bursts = eventBursts(new Map([['christmas', weeks]]), 'week');
    assert.equal(bursts.length, 1);
    assert.equal(bursts[0]!.eventDay, '2013-12-24');
    assert.equal(bursts[0]!.daysBefore, 29);
    assert.match(bursts[0]!.text.en, /christmas-themed mail .* since 2013-11-25 .* 29 days before christmas/);
  });
  it('a theme surge far from its event is not an event burst', () => {
    const weeks: SeriesPoint[] = [];
    let p = '2013-03-04';
    for (let i = 0; i < 30; i++) {
      weeks.push({ period: p, count: p >= '2013-07-01' && p <= '2013-07-22' ? 60 : 3 });
      p = nextPeriod(p, 'week');
    }
    assert.deepEqual(eventBursts(new Map([['christmas', weeks]]), 'week'), []);
  });
});
