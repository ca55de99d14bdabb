/**
 * Period bucketing, all in UTC: a day (`2013-09-02`), an ISO week named by its Monday (`2013-09-02`: ISO
 * 8601 weeks start on Monday, and a date sorts and reads better than `2013-W36`), a month (`2013-09`).
 */
export type PeriodKind = 'day' | 'week' | 'month';

export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month'];
const DAY_MS = 86_400_000;

/**
 * The period an instant falls in.
 * @example periodOf(Date.UTC(2013, 8, 4), 'week') // '2013-09-02' (the Monday)
 */
export function periodOf(ms: number, kind: PeriodKind): string {
  const d = new Date(ms);
  if (kind === 'month') return d.toISOString().slice(0, 7);
  if (kind === 'day') return d.toISOString().slice(0, 10);
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  const mondayOffset = (d.getUTCDay() + 6) % 7;
  return new Date(dayStart - mondayOffset * DAY_MS).toISOString().slice(0, 10);
}

/** The first instant of a period (epoch ms); NaN for a malformed label. */
export function periodStart(label: string, kind: PeriodKind): number {
  if (kind === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(label);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) : NaN;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

/** The period after `label`. */
export function nextPeriod(label: string, kind: PeriodKind): string {
  const start = periodStart(label, kind);
  if (kind === 'month') {
    const d = new Date(start);
    return periodOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1), 'month');
  }
  return periodOf(start + (kind === 'week' ? 7 : 1) * DAY_MS, kind);
}

/** Every period from the one holding `from` to the one holding `to` (inclusive), for zero-filled series. Bounded to 5,000. */
export function periodsBetween(fromMs: number, toMs: number, kind: PeriodKind): string[] {
  const out: string[] = [];
  if (!(fromMs <= toMs)) return out;
  const last = periodOf(toMs, kind);
  for (let p = periodOf(fromMs, kind); out.length < 5_000; p = nextPeriod(p, kind)) {
    out.push(p);
    if (p === last) break;
  }
  return out;
}

/** The ISO week label (`2013-W36`) of a week named by its Monday, for display. */
export function isoWeekLabel(monday: string): string {
  const start = periodStart(monday, 'day');
  const thursday = new Date(start + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * A date given on the command line or API: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full ISO time, as epoch
 * ms (start of that span, or its end with `end`). undefined when it is not a date.
 * @example parseDateBound('2013-09', true) // Date.UTC(2013, 9, 1) - 1
 */
export function parseDateBound(text: string, end = false): number | undefined {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(t))) return end ? Date.UTC(Number(m[1]) + 1, 0, 1) - 1 : Date.UTC(Number(m[1]), 0, 1);
  if ((m = /^(\d{4})-(\d{2})$/.exec(t))) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    if (mo < 0 || mo > 11) return undefined;
    return end ? Date.UTC(y, mo + 1, 1) - 1 : Date.UTC(y, mo, 1);
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (new Date(ms).toISOString().slice(0, 10) !== t) return undefined;
    return end ? ms + DAY_MS - 1 : ms;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}
