/**
 * Timestamps of syslog lines. The classic BSD format (`Feb 21 09:21:54`) has no year and no zone: the
 * caller gives the year of the first line (default: the injected clock's) and a zone offset, and a month
 * going backwards (Dec → Jan) moves to the next year. RFC 3339 stamps (`2024-03-21T19:26:06.1+09:00`,
 * rsyslog's high-precision format) carry their own.
 */

const MONTHS: Record<string, number> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

export interface SyslogClockOptions {
  /** Year of the first BSD-format line. */
  year: number;
  /** Minutes east of UTC for BSD-format lines (0: UTC). */
  utcOffsetMinutes?: number;
}

export interface ParsedStamp {
  time: number;
  /** Index where the rest of the line (after the stamp and one space) starts. */
  rest: number;
}

export class SyslogClock {
  private year: number;
  private lastMonth = -1;
  private readonly offsetMs: number;

  constructor(opts: SyslogClockOptions) {
    this.year = opts.year;
    this.offsetMs = (opts.utcOffsetMinutes ?? 0) * 60_000;
  }

  /** Parses the stamp at the start of a line, or returns undefined when there is none. */
  parse(line: string): ParsedStamp | undefined {
    const c0 = line.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) return parseIsoStamp(line);
    // "Mmm dd hh:mm:ss " or "Mmm  d hh:mm:ss "
    const month = MONTHS[line.slice(0, 3)];
    if (month === undefined || line.charCodeAt(3) !== 32) return undefined;
    let i = 4;
    if (line.charCodeAt(i) === 32) i++;
    let day = 0;
    while (i < line.length && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) day = day * 10 + line.charCodeAt(i++) - 48;
    if (line.charCodeAt(i) !== 32 || day < 1 || day > 31) return undefined;
    const hh = two(line, i + 1), mm = two(line, i + 4), ss = two(line, i + 7);
    if (hh < 0 || mm < 0 || ss < 0 || line.charCodeAt(i + 3) !== 58 || line.charCodeAt(i + 6) !== 58) return undefined;
    if (this.lastMonth === 11 && month === 0) this.year++;
    this.lastMonth = month;
    const time = Date.UTC(this.year, month, day, hh, mm, ss) - this.offsetMs;
    return { time, rest: i + 10 };
  }
}

function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?/;

/** `2024-03-21T19:26:06.123+09:00` or Exim's `2024-03-21 19:26:06` (local time, treated as UTC unless offset). */
export function parseIsoStamp(line: string, utcOffsetMinutes = 0): ParsedStamp | undefined {
  const m = ISO.exec(line);
  if (!m) return undefined;
  let time = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7] ? Math.floor(Number(m[7]) * 1000) : 0);
  const zone = m[8];
  if (zone === undefined) time -= utcOffsetMinutes * 60_000;
  else if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  if (!Number.isFinite(time)) return undefined;
  const rest = m[0].length + (line.charCodeAt(m[0].length) === 32 ? 1 : 0);
  return { time, rest };
}
