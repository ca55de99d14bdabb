import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CaseAtom, checkSameCaseMatches, dropCaseFlag } from './case-classes.js';
import { expandPropertyClasses } from './property-classes.js';

/** Every match (index, text, groups) of a global copy, so flags without g are compared the same way. */
function matches(re: RegExp, text: string): string {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  return JSON.stringify([...text.matchAll(new RegExp(re.source, flags))].map((m) => [m.index, ...m, m.groups]));
}

// Case traps: Kelvin sign, long s, Turkish dotted and dotless i, the Greek sigmas, sharp s and its capital, accented
// capitals, the micro sign, ſt ligature, Cyrillic, astral Deseret letters.
const TRAPS = [
  'K', 'k', '\u212a', 's', 'S', '\u017f', 'i', 'I', '\u0130', '\u0131', '\u03a3', '\u03c3', '\u03c2', '\u00df', '\u1e9e', 'ss', 'SS',
  '\u00c9', '\u00e9', '\u00c5', '\u212b', '\u00b5', '\u039c', '\u03bc', '\ufb05', '\u0416', '\u0436', '\u{10400}', '\u{10428}', '\ud801', '\udc00',
];
const STRINGS = [
  ...TRAPS,
  TRAPS.join(''),
  TRAPS.join(' '),
  'Dear Kelvin, dear \u212aELVIN, DEAR \u017fir — HELLO\u0130 hello\u0131 Stra\u00dfe STRASSE stra\u1e9ee',
  '\u03a3\u03bf\u03c6\u03b9\u03b1 \u03c3\u03bf\u03c6\u03b9\u03b1\u03c2 \u03a3\u039f\u03a6\u0399\u0391\u03a3 ',
  'x.EXE y.exe z.\u0130SO file.scr FILE.SCR \u00c9t\u00e9 \u00e9T\u00c9 \u00c5ngstr\u00f6m \u212bNGSTR\u00d6M',
  'a\nb\r\nA\u2028B\t1 2_3-4',
];

/** Rows rewritten: pattern, flags. */
const REWRITTEN: Array<[string, string]> = [
  ['kelvin', 'iu'],
  ['sir|stra\u00dfe|stra\\u00dfe', 'iu'],
  ['\u03c3\u03bf\u03c6\u03b9\u03b1[\u03c2\u03c3]?', 'giu'],
  ['^(?:dear|hello\u0130?|hi)(?![\\p{L}\\p{N}])', 'imu'],
  ['(?<![\\p{L}\\p{N}_])(?:k|s|i)+(?=\\s|$)', 'giu'],
  ['\\.(?:exe|scr|iso)$', 'imu'],
  ['[^a-z\\s]+', 'giu'],
  ['[^k]', 'gu' + 'i'],
  ['(?<first>\u00e9t\u00e9)|(?:\u00c5|\\u212b)ngstr\u00f6m', 'giu'],
  ['\\u{10400}\\u{10428}|\\ud801\\udc00|\\u0130|\\x49\\cJ?', 'giu'],
  ['a.b|a.B', 'gisu'],
  ['a.b|\\d{1,2}\\D?\\s*\\S+?', 'giu'],
  ['[\\-.\\]\\\\^]{2,}|\\/|\\0', 'giu'],
  ['\u00df|[\u00df\u1e9e]|ss', 'giu'],
];

/** Rows refused: pattern, flags. */
const REFUSED: Array<[string, string]> = [
  ['\\bkelvin\\b', 'iu'],
  ['\\w+', 'iu'],
  ['[\\w.]+', 'iu'],
  ['\\W|\\B', 'iu'],
  ['(a)\\1', 'iu'],
  ['(?<x>a)\\k<x>', 'iu'],
  ['\\p{Lu}', 'iu'],
  ['kelvin', 'i'],
  ['kelvin', 'u'],
  ['kelvin', 'iv'],
];

describe('dropCaseFlag', () => {
  for (const [source, flags] of REWRITTEN) {
    it(`/${source}/${flags} without i matches what it matched with i`, () => {
      const expanded = expandPropertyClasses(source, flags);
      const out = dropCaseFlag(expanded, flags);
      assert.ok(out, 'rewritten');
      assert.equal(out.flags, flags.replace('i', ''));
      const a = new RegExp(source, flags);
      const b = new RegExp(out.source, out.flags);
      // Made again with the original flags (the bundle lets `new RegExp(X.source, 'giu')` read a rewritten source): a
      // closure's closure is itself.
      const again = new RegExp(out.source, flags);
      for (const text of STRINGS) {
        assert.equal(matches(b, text), matches(a, text), `${JSON.stringify(text)} → ${out.source}`);
        assert.equal(matches(again, text), matches(a, text), `${JSON.stringify(text)} → ${out.source} /${flags}`);
      }
    });
  }

  for (const [source, flags] of REFUSED) {
    it(`/${source}/${flags} is refused (left with its flags)`, () => {
      assert.equal(dropCaseFlag(source, flags), undefined);
    });
  }

  it('writes letters as the classes of their case variants, found by V8', () => {
    assert.equal(dropCaseFlag('k', 'iu')!.source, '[Kk\\u212a]');
    assert.equal(dropCaseFlag('s', 'iu')!.source, '[Ss\\u017f]');
    assert.equal(dropCaseFlag('\u00df', 'iu')!.source, '[\\u00df\\u1e9e]');
    // Turkish dotted capital I and dotless i fold to nothing else under u.
    assert.equal(dropCaseFlag('\u0130', 'iu')!.source, '\u0130');
    assert.equal(dropCaseFlag('i', 'iu')!.source, '[Ii]');
    assert.equal(dropCaseFlag('\u03c3', 'iu')!.source, '[\\u03a3\\u03c2\\u03c3]');
    assert.equal(dropCaseFlag('[^k]', 'iu')!.source, '[^Kk\\u212a]');
    assert.equal(dropCaseFlag('1.\\d\\s', 'iu')!.source, '1.\\d\\s');
  });

  it('checks each rewritten atom on every code point, and throws on a wrong one', () => {
    const atoms: CaseAtom[] = [];
    dropCaseFlag('k[^s]', 'iu', atoms);
    assert.deepEqual(atoms.map((a) => a.original), ['k', '[^s]']);
    checkSameCaseMatches(atoms, 'iu');
    assert.throws(() => checkSameCaseMatches([{ original: 'k', rewritten: '[Kk]' }], 'iu'), /U\+212A/);
  });
});
