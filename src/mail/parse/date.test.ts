import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMailDate } from './date.js';

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
