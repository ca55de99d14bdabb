import type { IsoDate } from './types.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, sept: 9,
};

/** Zone abbreviations registries write after a time (JPRS: JST, KRNIC: KST). */
const ZONES: Record<string, string> = {
  jst: '+09:00', kst: '+09:00', utc: 'Z', gmt: 'Z', z: 'Z', cst: '+08:00', cet: '+01:00', cest: '+02:00',
  eet: '+02:00', eest: '+03:00', msk: '+03:00', ict: '+07:00', sgt: '+08:00', hkt: '+08:00', pst: '-08:00',
  pdt: '-07:00', est: '-05:00', edt: '-04:00', ist: '+05:30', aest: '+10:00', nzst: '+12:00',
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, zone = 'Z'): IsoDate | undefined {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60 || y < 1970 || y > 2200) return undefined;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return undefined; // 31 February
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`;
}

function zoneOf(text: string | undefined): string {
  if (!text) return 'Z';
  const t = text.trim().replace(/[()]/g, '').toLowerCase();
  if (!t) return 'Z';
  const off = /^(?:utc|gmt)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (off) return `${off[1]}${pad(Number(off[2]))}:${off[3] ?? '00'}`;
  return ZONES[t] ?? 'Z';
}

/**
 * Reads the dates WHOIS servers write — ISO 8601, `2013/06/01 01:05:07 (JST)`, `14-Feb-1999`,
 * `30.05.2005`, `20130601`, `Mon Jun 03 12:00:00 GMT 2013` — keeping the written offset.
 * A slash or dot date with a day above 12 is read by value; otherwise `dd.mm.yyyy`/`dd/mm/yyyy`
 * (European registries), `yyyy/mm/dd` (JPRS, CNNIC). Returns undefined for anything else.
 * @example parseWhoisDate('2013/06/01 01:05:07 (JST)') // '2013-06-01T01:05:07+09:00'
 */
export function parseWhoisDate(input: string | undefined): IsoDate | undefined {
  if (!input) return undefined;
  const text = input.trim().replace(/\s+/g, ' ').slice(0, 80);
  if (!text) return undefined;
  let m: RegExpExecArray | null;
  // ISO 8601 and its near relatives: 2013-06-02T12:16:24Z, 2013-06-02 12:16:24+02:00, 2013-06-02 12:16:24 (JST), 2013/06/01
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|\(?[A-Za-z]{1,5}\)?(?:[+-]\d{1,2})?)?/.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), zoneOf(m[7]));
  // 20130601 or 20130601123000
  m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?\b/.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  // 14-Feb-1999, 14 Feb 1999, 14-feb-1999 12:00:00 UTC
  m = /^(\d{1,2})[- .]([A-Za-z]{3,9})\.?[- .,]+(\d{2,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?/.exec(text);
  if (m && MONTHS[m[2]!.toLowerCase()]) {
    return build(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), zoneOf(m[7]));
  }
  // Mon Jun 03 12:00:00 GMT 2013 / Jun 03 2013 / June 3, 2013
  m = /^(?:[A-Za-z]{3},? )?([A-Za-z]{3,9})\.? (\d{1,2}),? (?:(\d{1,2}):(\d{2})(?::(\d{2}))? ?([A-Za-z]{1,5})? )?(\d{4})/.exec(text);
  if (m && MONTHS[m[1]!.toLowerCase()]) {
    return build(+m[7]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!, +(m[3] ?? 0), +(m[4] ?? 0), +(m[5] ?? 0), zoneOf(m[6]));
  }
  // 30.05.2005, 30/05/2005, 05/30/2005 (read by value when the day shows), 30-05-2005
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?/.exec(text);
  if (m) {
    let d = +m[1]!;
    let mo = +m[2]!;
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    return build(+m[3]!, mo, d, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), zoneOf(m[7]));
  }
  // 2013年6月1日 (Japanese, Chinese)
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0, '+09:00');
  // Fall back to the engine's parser for RFC 2822 dates only (never bare numbers).
  if (/[A-Za-z]{3}/.test(text) && /\d{4}/.test(text)) {
    const t = Date.parse(text);
    if (Number.isFinite(t)) return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return undefined;
}

/** Milliseconds since the epoch of an IsoDate (its own offset honoured). */
export function isoToEpochMs(iso: IsoDate | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
}
