import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyHtmlFacts, htmlToText } from './html.js';
import { invisibleInWords, invisibleRuns } from './invisible.js';

const PAD = '\u200c\u00a0'.repeat(40);

test('zero-width characters inside words against zero-width spacing, one piece of text (table)', () => {
  const rows: [text: string, inWord: number, why: string][] = [
    ['V\u200Bi\u200Ba\u200Bg\u200Br\u200Ba', 5, 'a word split letter by letter'],
    ['de\u200ct\u200cec\u200cted un\u200cusual', 4, 'zero-width non-joiners between letters'],
    ['Pay\u200b\u200b\u200bPal', 3, 'a run inside a word counts whole'],
    ['acc\u2060ount lo\u2060cked', 2, 'word joiners'],
    [`Your order has shipped. ${PAD}`, 0, "a preheader's spacing: zero-width characters between no-break spaces"],
    [`Kick-start your journey.\n${'\u200c '.repeat(100)}`, 0, 'the plain part of the same template'],
    ['Hello \u200b\u200bworld', 0, 'a run after a blank'],
    ['Hello\u200b world', 0, 'a run before a blank'],
    ['\ufeffHello', 0, 'a byte-order mark at the start'],
    ['Hello\u200b', 0, 'a run at the end of the text'],
    ['price\u202e', 1, 'a bidi override counts wherever it stands'],
    ['a \u2066b\u2069 c', 2, 'bidi isolates beside blanks still count'],
    ['plain text', 0, 'nothing'],
  ];
  for (const [text, inWord, why] of rows) assert.equal(invisibleInWords(text), inWord, why);
});

test('a run split from its word by an entity or a tag is carried to the next piece (table)', () => {
  // The pieces as the renderer hands them over; what was shown before a piece decides its first run.
  const rows: [pieces: string[], inWord: number, why: string][] = [
    [['de', '\u200c', 'tected'], 1, 'an entity between two letters'],
    [['de', '\u200c', '\u200c', 'tected'], 2, 'two entities between two letters'],
    [['de', '\u200c', ' tected'], 0, 'the next piece starts with a blank'],
    [['shipped.', '\u00a0', '\u200c', '\u00a0', '\u200c', '\u00a0'], 0, "a preheader's spacing written as entities"],
    [['de\u200c', 'tected'], 1, 'a run ending one piece, the word going on in the next'],
    [['de\u200c', '', 'tected'], 1, 'an empty piece between keeps the run open'],
  ];
  for (const [pieces, inWord, why] of rows) {
    let sum = 0;
    let carried = 0;
    let shown = '';
    for (const piece of pieces) {
      const runs = invisibleRuns(piece, /\S$/.test(shown), carried);
      sum += runs.inWord;
      carried = runs.open;
      shown += piece.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
    }
    assert.equal(sum, inWord, why);
  }
});

test('the HTML reader counts zero-width characters inside words apart from spacing (table)', () => {
  const rows: [html: string, all: number, inWord: number, why: string][] = [
    ['<p>We&#39;ve de\u200ct\u200cec\u200cted un\u200cu\u200csual act\u200civity</p>', 6, 6, 'letters split in one text'],
    ['<p>de&zwnj;t&zwnj;ec&zwnj;ted</p>', 3, 3, 'letters split by entities'],
    ['<p>P<span>\u200b</span>ay<b>&#8203;</b>Pal</p>', 2, 2, 'letters split across inline tags'],
    [`<div style="display:none">Your receipt is inside.${'&nbsp;&zwnj;'.repeat(60)}</div><p>Hello</p>`, 60, 0, "a hidden preheader's spacing"],
    [`<div>Your receipt is inside.${'&zwnj;&nbsp;'.repeat(60)}</div>`, 60, 0, 'spacing written zwnj first'],
    ['<p>Movida Group&#8203;&nbsp;invests</p><div><span>2023&#8203;</span>&#8203;</div>', 3, 0, 'a run before a blank, and runs closed by a block'],
    ['<p>word\u200b</p><p>next</p>', 1, 0, 'a run at the end of a paragraph'],
    ['<td>a\u200b</td><td>b</td>', 1, 0, 'a run at the end of a table cell'],
    ['<p>Yo\u2069ur accou\u2069nt is lo\u2069cked</p>', 3, 3, 'bidi isolates inside words'],
  ];
  for (const [html, all, inWord, why] of rows) {
    const facts = emptyHtmlFacts();
    htmlToText(html, '1', facts);
    assert.deepEqual([facts.invisibleChars, facts.invisibleInWordChars], [all, inWord], why);
  }
});
