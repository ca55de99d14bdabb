/**
 * Date-time parsing for mail (RFC 5322 §3.3) with the obsolete forms of §4.3 (two- and three-digit years,
 * alphabetic zones, comments) and the shapes broken mailers write (asctime, ISO 8601, missing seconds or
 * zone, dotted times). Returns null when the value is not a real date.
 */

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

/** MONTHS' keys in order, indexed by a month number as parseMailDate does (computed once, not per token). */
const MONTH_KEYS = Object.keys(MONTHS);

/** Obsolete zone names (RFC 5322 §4.3); military letters are treated as -0000 (unknown) per the RFC. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  // Common non-RFC names.
  jst: 540, kst: 540, cet: 60, cest: 120, bst: 60, eet: 120, eest: 180, ist: 330, hkt: 480, sgt: 480, aest: 600, wib: 420,
};

/**
 * The usual RFC 5322 form, `[Tue, ]1 Jul 2003 10:52:37 +0200`: day name (never a month's prefix), day,
 * month, four-digit year, time, numeric zone, separated as the token loop separates them.
 */
const USUAL = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[\s,]+)?(\d{1,2})[\s,]+([a-z]{3})[\s,]+(\d{4})[\s,]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?[\s,]+([+-]\d{4})$/i;

/**
 * @example parseMailDate('Tue, 1 Jul 2003 10:52:37 +0200')?.toISOString() // '2003-07-01T08:52:37.000Z'
 */
export function parseMailDate(input: string): Date | null {
  if (!input) return null;
  let s = input.length > 200 ? input.slice(0, 200) : input;
  if (s.indexOf('(') >= 0) s = s.replace(/\([^()]*\)/g, ' ');
  s = s.trim();
  // The usual form read by character codes (no match arrays, no strings); USUAL's captures always start with at most
  // two digits and a separator, so ISO below (four digits and `-`) cannot match what this reads.
  const usualDate = usualByHand(s);
  if (usualDate !== undefined) return usualDate;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (iso) {
    const zone = iso[7] ? parseNumericZone(iso[7].replace(':', '')) : 0;
    return build(+(iso[1] as string), +(iso[2] as string) - 1, +(iso[3] as string), +(iso[4] as string), +(iso[5] as string), +(iso[6] ?? 0), zone ?? 0);
  }
  const usual = USUAL.exec(s);
  if (usual) {
    // What the token loop below makes of this shape, without splitting (every Received hop has a date).
    const month = MONTHS[(usual[2] as string).toLowerCase()];
    if (month !== undefined) {
      const zone = parseNumericZone(usual[7] as string);
      return build(+(usual[3] as string), month, +(usual[1] as string), +(usual[4] as string), +(usual[5] as string), usual[6] !== undefined ? +usual[6] : 0, zone ?? 0);
    }
  }
  const tokens = s.split(/[\s,]+/).filter((t) => t.length > 0);
  let day = -1;
  let month = -1;
  let year = -1;
  let hour = -1;
  let minute = -1;
  let second = 0;
  let zone: number | null = null;
  for (const raw of tokens) {
    const t = raw.toLowerCase();
    const time = /^(\d{1,2})[:.](\d{1,2})(?:[:.](\d{1,2}))?$/.exec(t);
    if (time && hour < 0) {
      hour = +(time[1] as string);
      minute = +(time[2] as string);
      second = time[3] !== undefined ? +time[3] : 0;
      continue;
    }
    if (/^[+-]\d{4}$/.test(t) && zone === null && hour >= 0) {
      zone = parseNumericZone(t);
      continue;
    }
    if (/^\d+$/.test(t)) {
      const n = +t;
      if (day < 0 && t.length <= 2 && month < 0 && year < 0) day = n;
      else if (day < 0 && t.length <= 2 && month >= 0 && year < 0) day = n;
      else if (year < 0 && (t.length === 4 || t.length === 3 || t.length === 2)) year = normalizeYear(t);
      else return null;
      continue;
    }
    // `1-Jul-2003` forms.
    const dashed = /^(\d{1,2})-([a-z]{3,4})-(\d{2,4})$/.exec(t);
    if (dashed) {
      day = +(dashed[1] as string);
      month = MONTHS[dashed[2] as string] ?? -1;
      year = normalizeYear(dashed[3] as string);
      continue;
    }
    const key = t.replace(/\.$/, '');
    const m = MONTHS[key.slice(0, 3)];
    if (m !== undefined && month < 0 && /^[a-z]+$/.test(key) && (key.length === 3 || key.startsWith(MONTH_KEYS[m] as string))) {
      month = m;
      continue;
    }
    if (hour >= 0 && zone === null && ZONES[key] !== undefined) {
      zone = ZONES[key] as number;
      continue;
    }
    if (hour >= 0 && zone === null && /^[a-z]$/.test(key)) {
      zone = 0;
      continue;
    }
    // Day names and stray words are ignored.
  }
  if (day < 0 || month < 0 || year < 0 || hour < 0) return null;
  return build(year, month, day, hour, minute, second, zone ?? 0);
}

/** Day names USUAL allows before the day, as three lower-case letters packed by `packed3`. */
const DAY_NAMES = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => packed3(d, 0)));
/** MONTHS' three-letter keys, packed, to their month. */
const MONTH_BY_PACKED = new Map(Object.entries(MONTHS).filter(([k]) => k.length === 3).map(([k, m]) => [packed3(k, 0), m]));

/** Three ASCII letters at `at`, lower-cased and packed into a number; -1 when any of them is not an ASCII letter. */
function packed3(s: string, at: number): number {
  let key = 0;
  for (let k = 0; k < 3; k++) {
    const c = s.charCodeAt(at + k) | 0x20;
    if (c < 0x61 || c > 0x7a) return -1;
    key = key * 32 + (c - 0x60);
  }
  return key;
}

/** `[\s,]` for the ASCII characters `\s` holds (space, tab, line feed, vertical tab, form feed, carriage return). */
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2c || (c >= 0x09 && c <= 0x0d);
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * What parseMailDate makes of `s` when USUAL matches it with ASCII separators and its month is known, read by
 * character codes; undefined for anything else (USUAL and the token loop then decide, as before): a date read here
 * is the one the pattern's branch gives, and whatever this does not read goes the old way.
 */
function usualByHand(s: string): Date | null | undefined {
  const n = s.length;
  let i = 0;
  // (?:(?:mon|…|sun)[\s,]+)?
  if (!isDigit(s.charCodeAt(0))) {
    if (!DAY_NAMES.has(packed3(s, 0)) || !isSeparator(s.charCodeAt(3))) return undefined;
    i = 4;
    while (i < n && isSeparator(s.charCodeAt(i))) i++;
  }
  // (\d{1,2})[\s,]+
  let day = 0;
  const dayStart = i;
  while (i < n && isDigit(s.charCodeAt(i)) && i - dayStart < 2) day = day * 10 + (s.charCodeAt(i++) - 0x30);
  if (i === dayStart || !isSeparator(s.charCodeAt(i))) return undefined;
  while (i < n && isSeparator(s.charCodeAt(i))) i++;
  // ([a-z]{3})[\s,]+ — a month MONTHS knows (any other three letters: the token loop's business)
  const month = MONTH_BY_PACKED.get(packed3(s, i));
  if (month === undefined || !isSeparator(s.charCodeAt(i + 3))) return undefined;
  i += 3;
  while (i < n && isSeparator(s.charCodeAt(i))) i++;
  // (\d{4})[\s,]+
  let year = 0;
  for (let k = 0; k < 4; k++, i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    year = year * 10 + (c - 0x30);
  }
  if (!isSeparator(s.charCodeAt(i))) return undefined;
  while (i < n && isSeparator(s.charCodeAt(i))) i++;
  // (\d{1,2}):(\d{1,2})(?::(\d{1,2}))?
  const parts = [0, 0, 0];
  let count = 0;
  for (; count < 3; count++) {
    if (count > 0) {
      if (s.charCodeAt(i) !== 0x3a) break;
      i++;
    }
    const start = i;
    let value = 0;
    while (i < n && isDigit(s.charCodeAt(i)) && i - start < 2) value = value * 10 + (s.charCodeAt(i++) - 0x30);
    if (i === start) return undefined;
    parts[count] = value;
  }
  if (count < 2) return undefined;
  // [\s,]+([+-]\d{4})$
  if (!isSeparator(s.charCodeAt(i))) return undefined;
  while (i < n && isSeparator(s.charCodeAt(i))) i++;
  const sign = s.charCodeAt(i);
  if ((sign !== 0x2b && sign !== 0x2d) || i + 5 !== n) return undefined;
  for (let k = i + 1; k < n; k++) if (!isDigit(s.charCodeAt(k))) return undefined;
  const zoneHours = (s.charCodeAt(i + 1) - 0x30) * 10 + (s.charCodeAt(i + 2) - 0x30);
  const zoneMinutes = (s.charCodeAt(i + 3) - 0x30) * 10 + (s.charCodeAt(i + 4) - 0x30);
  const total = zoneHours * 60 + zoneMinutes;
  // parseNumericZone's rule: an impossible zone is read as none (0).
  const zone = zoneMinutes > 59 || total > 14 * 60 + 59 ? 0 : sign === 0x2d ? -total : total;
  return build(year, month, day, parts[0]!, parts[1]!, parts[2]!, zone);
}

function normalizeYear(t: string): number {
  const n = +t;
  // RFC 5322 §4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx; three-digit years add 1900.
  if (t.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (t.length === 3) return 1900 + n;
  return n;
}

function parseNumericZone(t: string): number | null {
  const m = /^([+-])(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const minutes = +(m[2] as string) * 60 + +(m[3] as string);
  if (+(m[3] as string) > 59 || minutes > 14 * 60 + 59) return null;
  return m[1] === '-' ? -minutes : minutes;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, zoneMinutes: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || year < 1000 || year > 9999) return null;
  // A day past the month's end (30 February) is no date (Date.UTC would roll it into the next month).
  if (day > 28 && day > daysInMonth(year, month)) return null;
  const ms = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  return new Date(ms - zoneMinutes * 60_000);
}

/** Days in `month` (0–11) of `year`, proleptic Gregorian as Date.UTC counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}
