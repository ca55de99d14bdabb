import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMailDate } from './date.js';
import { prng } from '../../test-support/campaign-corpus.js';

test('mail dates (RFC 5322 §3.3 and obsolete forms, table)', () => {
  const rows: [string, string | null][] = [
    ['Tue, 1 Jul 2003 10:52:37 +0200', '2003-07-01T08:52:37.000Z'],
    ['1 Jul 2003 10:52:37 +0200', '2003-07-01T08:52:37.000Z'],
    ['Tue, 01 Jul 2003 10:52 -0000', '2003-07-01T10:52:00.000Z'],
    ['Wed, 28 May 2014 17:18:19 +0900 (JST)', '2014-05-28T08:18:19.000Z'],
    ['Fri, 21 Nov 97 09:55:06 GMT', '1997-11-21T09:55:06.000Z'],
    ['Fri, 21 Nov 03 09:55:06 EST', '2003-11-21T14:55:06.000Z'],
    ['Fri, 21 Nov 103 09:55:06 PDT', '2003-11-21T16:55:06.000Z'],
    ['Thu, 13\r\n Feb 1969 23:32:54 -0330', '1969-02-14T03:02:54.000Z'],
    ['Mon Jan  2 15:04:05 2006', '2006-01-02T15:04:05.000Z'],
    ['2006-01-02T15:04:05+09:00', '2006-01-02T06:04:05.000Z'],
    ['Sun, 20 Feb 2000 22:08:59 +0900 (JST)', '2000-02-20T13:08:59.000Z'],
    ['Mon, 2 January 2006 15:04:05 +0000', '2006-01-02T15:04:05.000Z'],
    ['Mon, 2 Jan 2006 15.04.05 +0000', '2006-01-02T15:04:05.000Z'],
    ['', null],
    ['yesterday', null],
    ['Mon, 31 Feb 2006 15:04:05 +0000', null],
    ['Mon, 2 Jan 2006 25:04:05 +0000', null],
    ['Mon, 2 Foo 2006 15:04:05 +0000', null],
  ];
  for (const [input, expected] of rows) {
    const got = parseMailDate(input);
    assert.equal(got ? got.toISOString() : null, expected, input);
  }
});

test('the usual form is read as the general token loop reads it (random dates; dotted times take the loop)', () => {
  let seed = 5;
  const random = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const pick = <T>(items: readonly T[]) => items[random(items.length)]!;
  const two = (n: number) => (random(2) ? String(n).padStart(2, '0') : String(n));
  for (let i = 0; i < 20_000; i++) {
    const sep = () => pick([' ', '  ', ', ', '\t', ' ,']);
    const day = two(random(40));
    const month = pick(['Jan', 'feb', 'MAR', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Foo', 'Tue']);
    const year = String(1900 + random(200));
    const [h, m, s] = [two(random(30)), two(random(65)), two(random(65))];
    const zone = pick(['+', '-']) + String(random(10_000)).padStart(4, '0');
    const name = pick(['', 'Tue,', 'Sun ', 'mon,', 'Mar,']);
    const withSeconds = random(2) === 1;
    const usual = `${name}${name ? sep() : ''}${day}${sep()}${month}${sep()}${year}${sep()}${h}:${m}${withSeconds ? `:${s}` : ''}${sep()}${zone}`;
    const dotted = usual.replace(`${h}:${m}${withSeconds ? `:${s}` : ''}`, `${h}.${m}${withSeconds ? `.${s}` : ''}`);
    assert.equal(parseMailDate(usual)?.toISOString() ?? null, parseMailDate(dotted)?.toISOString() ?? null, usual);
  }
});

/** The usual form as session 16 read it: its pattern and the Date it built (the day checked by a Date), for the hand reader to agree with. */
const USUAL = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[\s,]+)?(\d{1,2})[\s,]+([a-z]{3})[\s,]+(\d{4})[\s,]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?[\s,]+([+-]\d{4})$/i;
const MONTH_INDEX: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
function usualByPattern(s: string): string | null | undefined {
  const m = USUAL.exec(s);
  const month = m ? MONTH_INDEX[m[2]!.toLowerCase()] : undefined;
  if (!m || month === undefined) return undefined;
  const [day, year, hour, minute, second] = [+m[1]!, +m[3]!, +m[4]!, +m[5]!, m[6] === undefined ? 0 : +m[6]];
  const zm = /^([+-])(\d{2})(\d{2})$/.exec(m[7]!)!;
  const total = +zm[2]! * 60 + +zm[3]!;
  const zone = +zm[3]! > 59 || total > 14 * 60 + 59 ? 0 : zm[1] === '-' ? -total : total;
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || year < 1000) return null;
  const ms = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  if (new Date(ms).getUTCDate() !== day) return null;
  return new Date(ms - zone * 60_000).toISOString();
}

test('the usual form read by character codes gives what its pattern gave: generated dates, valid and not', () => {
  const next = prng(11);
  const random = (n: number) => Math.floor(next() * n);
  const pick = (options: string[]) => options[random(options.length)]!;
  const digits = (max: number) => String(random(max)).padStart(random(2) ? 2 : 1, '0');
  const separators = [' ', ',', ', ', '  ', '\t', '\u00a0', '\n', '\v', ''];
  let usual = 0;
  for (let k = 0; k < 40_000; k++) {
    const text = [
      random(3) ? `${pick(['Mon', 'tue', 'WED', 'Thu', 'Fri', 'sat', 'Sun', 'Tues', 'xyz'])}${pick(separators)}` : '',
      pick(['0', '1', '29', '30', '31', '32', '123', digits(32)]), pick(separators), pick(['Jan', 'feb', 'MAR', 'Sep', 'Sept', 'Foo', 'ſep', 'Ja']), pick(separators),
      pick(['2003', '1999', '2100', '1600', '2000', '0999', '12345', '99']), pick(separators), digits(26), pick([':', '.']), digits(62), pick(['', `:${digits(62)}`, ':']),
      pick(separators), pick(['+0200', '-0500', '+1459', '+1500', '-0060', '+09', 'GMT', '+02:00']), pick(['', ' (CEST)', 'x']),
    ].join('');
    const expected = usualByPattern(text.trim().replace(/\([^()]*\)/g, ' ').trim());
    if (expected === undefined) continue;
    usual++;
    assert.equal(parseMailDate(text)?.toISOString() ?? null, expected, JSON.stringify(text));
  }
  assert.ok(usual > 500, `${usual} dates of the usual form`);
});
