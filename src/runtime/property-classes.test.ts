import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSameMatches, expandPropertyClasses, type RewrittenClass, unescapeNonAscii } from './property-classes.js';

/** A deterministic generator (mulberry32), so a failure names strings that can be made again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters on both sides of every property used below: ASCII, Latin-1, Latin Extended, Greek, Cyrillic, Han,
// kana, Hangul, Arabic-Indic and fullwidth digits, combining marks, format characters, astral letters and digits,
// emoji, lone surrogates, and the pattern's own punctuation.
const ALPHABET = [
  ...'aZ09 _.-@\'’&%+/\\]^[{}I0l1',
  '\u00e9', '\u00df', '\u00aa', '\u00b2', '\u0130', '\u0131', '\u017f', '\u212a', '\u03a3', '\u03c3', '\u03c2', '\u0410', '\u0430', '\u0501',
  '\u4e00', '\u3042', '\u30a2', '\u30fc', '\u3005', '\uac00', '\u0663', '\uff11', '\u0301', '\u200b', '\u200d', '\u00ad', '\u1d00', '\u026a',
  '\u{1d400}', '\u{1d7ce}', '\u{10400}', '\u{1f600}', '\u{20000}', '\ud800', '\udc00', '\u2028',
];

function randomText(next: () => number): string {
  let s = '';
  const length = Math.floor(next() * 24);
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
  return s;
}

/** Every match (index, text, groups) of a global copy, so flags without g are compared the same way. */
function matches(re: RegExp, text: string): string {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  return JSON.stringify([...text.matchAll(new RegExp(re.source, flags))].map((m) => [m.index, ...m]));
}

describe('expandPropertyClasses', () => {
  it('leaves patterns without the u flag, with the v flag or without a property escape as they are', () => {
    assert.equal(expandPropertyClasses('\\p{L}', ''), '\\p{L}');
    assert.equal(expandPropertyClasses('[\\p{L}]', 'v'), '[\\p{L}]');
    assert.equal(expandPropertyClasses('[a-z\\]]+\\d', 'gu'), '[a-z\\]]+\\d');
  });

  it('writes a class of explicit ranges, sorted and merged, braced where a surrogate could pair', () => {
    assert.equal(expandPropertyClasses('[\\p{Script=Greek}]', 'u').includes('\\p'), false);
    const out = expandPropertyClasses('x[\\p{Cs}]', 'u');
    assert.equal(out, 'x[\\u{d800}-\\u{dfff}]');
    assert.equal(expandPropertyClasses('[\\p{Nd}a]', 'u').startsWith('[0-9a\\u0660-\\u0669'), true);
  });

  // Each pattern is rewritten; the old and new must find the same matches in every generated text, and each rewritten
  // class must hold the same code points (all of them, with the pattern's flags).
  const patterns: Array<[string, string]> = [
    ['[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}.-]{1,253}\\.[\\p{L}]{2,24}', 'gu'],
    ['(?<![\\p{L}\\p{N}])(?:\\p{Ll}+I+\\p{Ll}+|\\p{Lu}?\\p{Ll}+II+\\p{Ll}+)(?![\\p{L}\\p{N}])', 'gu'],
    ['^[^\\p{L}\\p{N}]*[\\p{L}\\p{N}]+(?:(?:_+|\\.)[\\p{L}\\p{N}]+){2,}[^\\p{L}\\p{N}]*$', 'u'],
    ['(?<![\\p{L}\\p{N}@.-])[a-z0-9]+(?![\\p{L}\\p{N}-])', 'giu'],
    ['\\p{Lu}\\P{Ll}[^\\p{Lu}\\]]', 'iu'],
    ['[\\]\\\\\\p{M}\\u{1F600}\\u0301-]+', 'u'],
    ['[$€£¥]?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\'’._-]*[\\p{L}\\p{N}])?%?', 'gu'],
    ['[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆ヶ]+', 'gu'],
    ['[\\s\\p{P}\\p{S}\\d]+|\\p{Cf}', 'gu'],
    ['[\\p{Script=Cyrillic}\\p{Script=Greek}]|\\p{Script=Latin}{2}', 'iu'],
  ];
  for (const [source, flags] of patterns) {
    it(`/${source}/${flags} finds the same matches after the rewrite`, () => {
      const classes: RewrittenClass[] = [];
      const rewritten = expandPropertyClasses(source, flags, classes);
      assert.notEqual(rewritten, source);
      assert.equal(/\\[pP]\{/.test(rewritten), false);
      assert.ok(classes.length > 0);
      checkSameMatches(classes, flags);
      const before = new RegExp(source, flags);
      const after = new RegExp(rewritten, flags);
      // As the bundle makes it: the escapes of non-ASCII code points written as the characters (unescapeNonAscii).
      const unescaped = unescapeNonAscii(rewritten, flags);
      assert.ok(unescaped.length < rewritten.length);
      const made = new RegExp(unescaped, flags);
      const next = random(source.length * 31 + flags.length);
      for (let i = 0; i < 3000; i++) {
        const text = randomText(next);
        assert.equal(matches(after, text), matches(before, text), `text ${JSON.stringify(text)}`);
        assert.equal(matches(made, text), matches(before, text), `text ${JSON.stringify(text)} (unescaped)`);
      }
    });
  }

  it('checkSameMatches names the first code point where a class differs', () => {
    assert.throws(() => checkSameMatches([{ original: '[\\p{Lu}]', rewritten: '[A-Z]' }], 'u'), /U\+C0\b/);
    // With the i flag [A-Z] and [a-z] match the same letters (and K and the Kelvin sign, s and the long s, alike).
    checkSameMatches([{ original: '[A-Z]', rewritten: '[a-z]' }], 'iu');
    assert.throws(() => checkSameMatches([{ original: '[A-Z]', rewritten: '[a-z]' }], 'u'), /U\+41\b/);
  });
});

describe('unescapeNonAscii', () => {
  it('writes escapes of non-ASCII code points as the characters, and nothing else', () => {
    assert.equal(unescapeNonAscii('[\\u00e9a-z\\u0041\\u{1d400}-\\u{1d433}]', 'u'), '[éa-z\\u0041\u{1d400}-\u{1d433}]');
    // Surrogates stay escaped: written out, a high and a low one would be read as one code point.
    assert.equal(unescapeNonAscii('[\\u{d800}-\\u{dbff}\\u{dc00}]', 'u'), '[\\u{d800}-\\u{dbff}\\u{dc00}]');
    assert.equal(unescapeNonAscii('\\ud83d\\ude00', 'u'), '\\ud83d\\ude00');
    // An escaped backslash before u is a backslash; without u, \u{…} is no code point escape.
    assert.equal(unescapeNonAscii('\\\\u00e9', 'u'), '\\\\u00e9');
    assert.equal(unescapeNonAscii('\\u{e9}\\u00e9', ''), '\\u{e9}é');
    assert.equal(unescapeNonAscii('a\\u00e', 'u'), 'a\\u00e');
  });

  it('keeps what the pattern matches, at every code point, in and out of classes, with i and without', () => {
    for (const flags of ['u', 'iu']) {
      const source = expandPropertyClasses('[\\p{L}\\p{N}]|\\p{Script=Greek}|[^\\p{Lu}\\u{1F600}]', flags);
      const a = new RegExp(`^(?:${source})$`, flags);
      const b = new RegExp(`^(?:${unescapeNonAscii(source, flags)})$`, flags);
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        const ch = String.fromCodePoint(cp);
        if (a.test(ch) !== b.test(ch)) assert.fail(`/${flags}: U+${cp.toString(16)}`);
      }
    }
  });
});
