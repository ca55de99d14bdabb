import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countInvisible, decodeEntities, dropHiddenElements, hasInvisible, htmlToText, normalizeText, stripInvisible } from './normalize.js';
import { cpuStopwatch } from '../test-support/cpu-time.js';

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

/** htmlToText as four chained patterns, before the chain was made linear: the definition it must still meet. */
function oldHtmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?(p|div|br|tr|td|th|li|ul|ol|table|h[1-6]|blockquote|hr|body|html|center)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  );
}

test('htmlToText meets its old definition on generated HTML, unclosed tags, comments and hidden elements included', () => {
  const pieces = [
    '<p>', '</P>', '<p class="x"', '<div>', 'word', ' ', 'V<b>ia</b>gra', '<!--', '-->', '<!-- c -->', '<script>', '</script>', '</SCRIPT >',
    '<style type="t">', '</style>', '<Title>', '</title', '>', '<', '<head>', '</head>', '<header>', '&amp;', '&#x41;', '<scripts>', '<br/>',
    '<td', '</td>', '\n', 'é', '<a href="h">', '</a>',
  ];
  let seed = 11;
  const pick = (): string => pieces[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length]!;
  for (let n = 0; n < 3000; n++) {
    let html = '';
    for (let i = 0, k = 1 + (n % 25); i < k; i++) html += pick();
    assert.equal(htmlToText(html), oldHtmlToText(html), JSON.stringify(html));
    assert.equal(dropHiddenElements(html), html.replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' '), JSON.stringify(html));
  }
});

test('cost: htmlToText of a body cut inside a run of unclosed tags is linear', () => {
  // Each of these took 1–4 s per 60,000 characters with the chained patterns (every unclosed start rescanned to the end).
  const cpuMs = cpuStopwatch();
  for (const unit of ['<p ', '<td ', '<!--', '<style ', '<a ', '<title'].map((u) => u.repeat(Math.ceil(60_000 / u.length)))) {
    assert.equal(htmlToText(`<b>x</b>${unit}`).startsWith('x'), true);
  }
  assert.ok(cpuMs() < 2_000, `took ${cpuMs()} CPU ms`);
});
