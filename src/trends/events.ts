import { THEME_CALENDAR, type ThemeName } from '../checks/content/terms.js';
import { periodStart, type PeriodKind } from './period.js';
import { detectSurges, type SeriesPoint, type Surge, type SurgeOptions } from './surges.js';
import { seriesLabel } from './labels.js';

const DAY_MS = 86_400_000;

/** An event-themed burst: a surge of one theme's mail in the run-up to (or during) its event. */
export interface EventBurst extends Surge {
  theme: string;
  /** The event day the burst leads up to (ISO date), and how many days before it the burst began (negative: after). */
  eventDay: string;
  daysBefore: number;
}

/** The event day of `theme` nearest after (or in) the season that holds `ms`, if any. */
function nearestEvent(theme: string, ms: number): { day: number } | undefined {
  const calendar = (THEME_CALENDAR as Record<string, (typeof THEME_CALENDAR)[ThemeName] | undefined>)[theme];
  if (!calendar) return undefined;
  const year = new Date(ms).getUTCFullYear();
  let best: { day: number; distance: number } | undefined;
  for (const y of [year - 1, year, year + 1]) {
    for (const { from, to } of calendar.days(y)) {
      const inSeason = ms >= from.getTime() - calendar.leadDays * DAY_MS && ms < to.getTime() + (calendar.trailDays + 1) * DAY_MS;
      if (!inSeason) continue;
      const distance = Math.abs(from.getTime() - ms);
      if (!best || distance < best.distance) best = { day: from.getTime(), distance };
    }
  }
  return best && { day: best.day };
}

/**
 * Surges of event-themed mail that fall in their event's season (the themes the content family emits:
 * christmas, new-year, valentine, tax-season, …, with its calendar), explained with the distance to the
 * event: "christmas-themed mail 6.0× its 8-week baseline since 2013-11-25 (to 2013-12-16), 29 days before christmas".
 */
export function eventBursts(seriesByTheme: ReadonlyMap<string, readonly SeriesPoint[]>, kind: PeriodKind, options: SurgeOptions = {}): EventBurst[] {
  const out: EventBurst[] = [];
  for (const [theme, points] of seriesByTheme) {
    for (const surge of detectSurges(points, kind, `theme=${theme}`, { ...options, label: seriesLabel('theme', theme) })) {
      const startMs = periodStart(surge.start, kind);
      const endMs = periodStart(surge.end, kind);
      // The surge counts as event-themed when any of its periods lies in the event's season.
      let event: { day: number } | undefined;
      for (let t = startMs; t <= endMs && !event; t += DAY_MS) event = nearestEvent(theme, t);
      if (!event) continue;
      const daysBefore = Math.round((event.day - startMs) / DAY_MS);
      const eventDay = new Date(event.day).toISOString().slice(0, 10);
      const when = daysBefore >= 0 ? { en: `${daysBefore} days before ${theme} (${eventDay})`, ja: `${theme}（${eventDay}）の${daysBefore}日前から` } : { en: `${-daysBefore} days after ${theme} (${eventDay})`, ja: `${theme}（${eventDay}）の${-daysBefore}日後から` };
      out.push({ ...surge, theme, eventDay, daysBefore, text: { en: `${surge.text.en}, ${when.en}`, ja: `${surge.text.ja}、${when.ja}` } });
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
