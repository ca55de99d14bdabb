import type { Check, CheckOutput, Finding } from '../types.js';
import type { ContentConfig } from './config.js';
import { categoryAndThemeMatchers, termText } from './match.js';
import { THEME_CALENDAR, THEME_TERMS, type ThemeName } from './terms.js';

const DAY_MS = 86_400_000;

/**
 * Whether `date` falls in the season of a theme: from `leadDays` before one of its days to `trailDays`
 * after, looking at the year before and after too (a New Year lure sent on 20 December).
 * @example isNearEvent('valentine', new Date('2025-02-10')) // true
 */
export function isNearEvent(theme: ThemeName, date: Date): boolean {
  const calendar = THEME_CALENDAR[theme];
  const year = date.getUTCFullYear();
  const t = date.getTime();
  for (const y of [year - 1, year, year + 1]) {
    for (const { from, to } of calendar.days(y)) {
      if (t >= from.getTime() - calendar.leadDays * DAY_MS && t < to.getTime() + (calendar.trailDays + 1) * DAY_MS) return true;
    }
  }
  return false;
}

/**
 * Event themes (Christmas, New Year, Valentine's Day, tax season, …) from the theme table; `nearDate`
 * when the message's Date header (else the scan time) is in the event's season.
 */
export function themesCheck(config: ContentConfig['themes'], maxTextChars: number, termIndex?: readonly (Int32Array | Uint8Array)[]): Check {
  // Paired with the categories table (which runs first on the same text): see categoryAndThemeMatchers.
  const [, matcher] = categoryAndThemeMatchers(termIndex);
  return {
    name: 'content.themes',
    description: 'Seasonal and news themes, and whether the message is timed for the event',
    emits: ['CONTENT_THEME_EVENT', 'CONTENT_THEME_EVENT_NEAR_DATE'],
    run(msg, ctx): CheckOutput {
      const text = termText(msg, maxTextChars);
      const when = msg.date ?? ctx.now;
      const themes: NonNullable<CheckOutput['themes']> = [];
      const findings: Finding[] = [];
      for (const [name, { weight, terms }] of matcher.match(text)) {
        if (weight < config.minWeight) continue;
        const nearDate = isNearEvent(name, when);
        themes.push({ name, evidence: terms, nearDate });
        findings.push({
          id: nearDate ? 'CONTENT_THEME_EVENT_NEAR_DATE' : 'CONTENT_THEME_EVENT',
          evidence: `${name}${nearDate ? ` (near ${when.toISOString().slice(0, 10)})` : ''}: ${terms.join(', ')}`,
          data: { theme: name, nearDate },
        });
      }
      return { findings, themes };
    },
  };
}
