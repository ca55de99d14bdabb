/**
 * Sets of code points read from the running V8, for the build's pattern rewrites (property-classes.ts writes `\p{…}`
 * out as ranges, case-classes.ts writes atoms as their case closures): what a pattern atom matches is asked of V8 itself
 * for every code point, written back as a class, and checked the same way — one reader and one checker for both, so the
 * two rewrites cannot drift apart in how they read or verify a set.
 */

export const MAX_CODE_POINT = 0x10ffff;

export type Ranges = Array<[number, number]>;

/** The code points for which `^text$` with `flags` matches, as ranges. */
export function rangesMatched(text: string, flags: string): Ranges {
  const re = new RegExp(`^${text}$`, flags);
  const ranges: Ranges = [];
  let start = -1;
  for (let cp = 0; cp <= MAX_CODE_POINT + 1; cp++) {
    const member = cp <= MAX_CODE_POINT && re.test(String.fromCodePoint(cp));
    if (member && start < 0) start = cp;
    else if (!member && start >= 0) {
      ranges.push([start, cp - 1]);
      start = -1;
    }
  }
  return ranges;
}

/**
 * One code point as a class member: ASCII letters and digits as themselves, the rest escaped. Surrogates and astral
 * code points take the braced form: under the u flag `\uD83D\uDE00` is read as one code point (a surrogate pair),
 * which two adjacent range ends must never be.
 */
function member(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCharCode(cp);
  if (cp < 0x10000 && (cp < 0xd800 || cp > 0xdfff)) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\u{${cp.toString(16)}}`;
}

/** Ranges as the inside of a class (`a-z\u00e9`). */
export const rangesText = (ranges: Ranges): string =>
  ranges.map(([a, b]) => (a === b ? member(a) : b === a + 1 ? member(a) + member(b) : `${member(a)}-${member(b)}`)).join('');

/** The first code point, U+0000 to U+10FFFF (lone surrogates included), tested alone, on which `a` and `b` disagree, or -1. */
export function firstDisagreement(a: RegExp, b: RegExp): number {
  for (let cp = 0; cp <= MAX_CODE_POINT; cp++) {
    const ch = String.fromCodePoint(cp);
    if (a.test(ch) !== b.test(ch)) return cp;
  }
  return -1;
}
