import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allMatches, piecesTexts } from './test-word-start.js';
import { firstReadsLetter, topLevelAlternatives, wordStartAlternatives } from './word-start.js';

test('topLevelAlternatives: split at | outside groups, classes and escapes', () => {
  assert.deepEqual(topLevelAlternatives('a|b'), ['a', 'b']);
  assert.deepEqual(topLevelAlternatives('\\ba(?:b|c)|[|]d|e\\|f|'), ['\\ba(?:b|c)', '[|]d', 'e\\|f', '']);
  assert.deepEqual(topLevelAlternatives('[\\]|]x|(?<![a|b])y'), ['[\\]|]x', '(?<![a|b])y']);
  assert.deepEqual(topLevelAlternatives('(a|(b|c))|d'), ['(a|(b|c))', 'd']);
});

test('firstReadsLetter: only a first item that must read a letter a–z', () => {
  const rows: [string, boolean][] = [
    ['you', true],
    ['(?:i|we) offer', true],
    ['(?:i|we)+ x', true],
    ['(?:eu )?(?:o|a|te) escolhi', true],
    ['(?:usted )?ha sido', true],
    ['a?b', true],
    ['a{0,2}b', true],
    ['a{2}', true],
    ['a{10}', true],
    ['(?:x)*?y', true],
    // Not provably a letter first: left without the look-ahead.
    ['(?:usted )?', false],
    ['a?', false],
    ['a{0}', false],
    ['a{0,3}\\d', false],
    ['(?:x|)y', false],
    ['(?:x|\\d)', false],
    ['\\d{1,2} ?%', false],
    ['(x)', false],
    ['(?=a)a', false],
    ['[a-z]+', false],
    ['A', false],
    ['é', false],
    ['', false],
    ['(?:a', false],
  ];
  for (const [body, expected] of rows) assert.equal(firstReadsLetter(body), expected, body);
});

test('wordStartAlternatives: \\b taken out of consecutive alternatives, the look-ahead only where a letter is read first', () => {
  const rows: [string, string][] = [
    ['\\ba|\\bb', '\\b(?=[a-z])(?:a|b)'],
    ['\\ba|\\bb|c|\\bd', '\\b(?=[a-z])(?:a|b)|c|\\b(?=[a-z])(?:d)'],
    ['\\ba|\\b\\d+|\\bb', '\\b(?=[a-z])(?:a)|\\b(?:\\d+)|\\b(?=[a-z])(?:b)'],
    ['\\b(?:keep|retain)\\b x|\\b\\d ?%|\\d ?％が', '\\b(?=[a-z])(?:(?:keep|retain)\\b x)|\\b(?:\\d ?%)|\\d ?％が'],
    ['x|y', 'x|y'],
    ['\\\\ba|\\Ba', '\\\\ba|\\Ba'],
  ];
  for (const [source, expected] of rows) assert.equal(wordStartAlternatives(source), expected, source);
});

test('wordStartAlternatives: the same matches as the source on written and seeded texts, under every flag set', () => {
  const sources = [
    "\\b(?:i|we)(?: am| are|'m|'re)? (?:offer(?:ing)?|giv(?:e|ing))\\b[^.!?\\n]{0,40}?\\b(?:loans?|credit)\\b|\\bprivate (?:loan )?lenders?\\b|\\b(?:usted )?ha sido (?:elegid[oa])\\b|個人融資",
    '\\b(?:keep|retain)\\b[^.!?\\n]{0,40}?\\b\\d{1,2}(?:[.,]\\d)? ?%|\\b\\d{1,2} ?%[^.!?\\n]{0,40}?\\bof each\\b|\\d ?％が報酬',
    '\\b(k|s)ey\\b|\\b(?:a{0,2}b)\\1?|\\b(?<w>we|you) (?:are|were)\\b',
  ];
  const written = [
    'We offer loans. i am offering you a credit line, we give loans at 3%. Private lenders! usted ha sido elegida. 個人融資です',
    'keep 10 % of every transfer; 5 % of each payment; retain 2,5% ... 3 ％が報酬 KEEP 10 %',
    'Key sey key ab aab b; you are here, we were there. ſey \u212Aey KEY',
    '',
    'x',
  ];
  for (const source of sources) {
    const rewritten = wordStartAlternatives(source);
    assert.notEqual(rewritten, source);
    const texts = [...written, ...piecesTexts(source, 3000, source.length)];
    for (const flags of ['', 'i', 'u', 'iu']) {
      let hits = 0;
      for (const text of texts) {
        const expected = allMatches(source, flags, text);
        assert.deepEqual(allMatches(rewritten, flags, text), expected, `${flags} ${JSON.stringify(text)}`);
        if (expected.length > 0) hits++;
      }
      assert.ok(hits > texts.length / 20, `${hits} of ${texts.length} texts match ${source.slice(0, 40)} /${flags}`);
    }
  }
});
