import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseWhitespace } from './html.js';

/** What collapseWhitespace must equal: every run of white space one space (its definition in html.test.ts, and the pattern it replaces). */
const byDefinition = (t: string): string => t.replace(/[\s\u00a0]+/g, ' ');
const byPattern = (t: string): string => t.replace(/\s{2,}|[^\S ]/g, ' ');

test('collapseWhitespace: texts of white space only (the short way) and every code unit around them', () => {
  const blanks: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const unit = String.fromCharCode(c);
    if (/\s/.test(unit)) blanks.push(unit);
    // Every code unit alone, doubled, before and after a space and a line break, after a letter.
    for (const text of [unit, unit + unit, ` ${unit}`, `${unit} `, `\n${unit}\n`, `a${unit}`, `${unit}\r\n`]) {
      assert.equal(collapseWhitespace(text), byDefinition(text), JSON.stringify(text));
      assert.equal(collapseWhitespace(text), byPattern(text), JSON.stringify(text));
    }
  }
  assert.equal(blanks.length, 25);
  assert.equal(collapseWhitespace(''), '');
  // Runs of white space only, of every blank, as the indents between tags are written.
  let seed = 63;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 20_000; n++) {
    const length = Math.floor(next() * 12);
    let text = '';
    for (let k = 0; k < length; k++) text += blanks[Math.floor(next() * blanks.length)];
    // Some end in a letter or a lone surrogate: the short way must not take them.
    if (next() < 0.3) text += next() < 0.5 ? 'x' : '\ud800';
    assert.equal(collapseWhitespace(text), byDefinition(text), JSON.stringify(text));
    assert.equal(collapseWhitespace(text), byPattern(text), JSON.stringify(text));
  }
  // Written nodes: the indent between tags, a word with its line breaks, a no-break space alone.
  assert.equal(collapseWhitespace('\r\n\t\t'), ' ');
  assert.equal(collapseWhitespace(' '), ' ');
  assert.equal(collapseWhitespace('\u00a0'), ' ');
  assert.equal(collapseWhitespace('\n  Bitte bestätigen Sie\n  '), ' Bitte bestätigen Sie ');
  assert.equal(collapseWhitespace('ご確認ください\u3000'), 'ご確認ください ');
});
