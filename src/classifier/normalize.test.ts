import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countInvisible, decodeEntities, hasInvisible, htmlToText, normalizeText, stripInvisible } from './normalize.js';

test('normalizeText undoes width, zero-width and bidi tricks', () => {
  const rows: { input: string; expected: string }[] = [
    { input: 'Ｖｉａｇｒａ', expected: 'Viagra' },
    { input: 'V\u200Bi\u200Ca\u200Dg\u2060r\uFEFFa', expected: 'Viagra' },
    { input: 'ﾀﾞｲｴｯﾄ', expected: 'ダイエット' },
    { input: 'pay\u202Epal', expected: 'paypal' },
    { input: 'ﬁnance', expected: 'finance' },
    { input: 'soft\u00ADhyphen', expected: 'softhyphen' },
  ];
  for (const { input, expected } of rows) assert.equal(normalizeText(input), expected, JSON.stringify(input));
});

test('invisible characters are counted and stripped', () => {
  assert.equal(countInvisible('a\u200Bb\u200Bc'), 2);
  assert.equal(stripInvisible('a\u200Bb'), 'ab');
  // hasInvisible is countInvisible > 0 (the tokeniser asks only that), on every kind the pattern names.
  for (const text of ['plain ascii', 'a\u200Bb', 'x\uDB40\uDC41y', 'x\uDB40y', '\uFEFF', 'ü\u00ADö', 'カタカナ']) {
    assert.equal(hasInvisible(text), countInvisible(text) > 0, JSON.stringify(text));
  }
});

test('HTML entities and split-word tags are undone', () => {
  assert.equal(decodeEntities('V&#105;agra &amp; C&#x69;alis &nbsp;'), 'Viagra & Cialis  ');
  assert.equal(decodeEntities('&bogus; &#0;'), '&bogus; ');
  assert.equal(htmlToText('<p>V<b></b>iag<font color=red>ra</font></p><!-- hidden --><style>p{}</style>now'), ' Viagra  now');
});
