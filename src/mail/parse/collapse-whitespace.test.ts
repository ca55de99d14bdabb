import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseWhitespace, nonSpaceUnits } from './html.js';

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

test('nonSpaceUnits: the units left by the pattern it stands for, short texts and long ones (read as code units), one after another', () => {
  const byReplace = (t: string): number => t.replace(/\s+/g, '').length;
  const blanks = [' ', '\t', '\n', '\r', '\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const others = ['a', 'Z', '0', 'ß', 'é', '\u200b', '\u180e', '\u0085', 'ア', '\ud800', '\udc00', '😀', '\u2060', '\u00ad'];
  let seed = 64;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  // Lengths on both sides of the long reading's threshold (64) and past the reader's first array (4,096), a long text then a
  // short one (the reader's stale units past a text's end must not count).
  for (let n = 0; n < 4_000; n++) {
    const length = n % 3 === 0 ? Math.floor(next() * 80) : n % 3 === 1 ? 60 + Math.floor(next() * 10) : Math.floor(next() * 9_000);
    let text = '';
    const blankShare = next();
    for (let k = 0; k < length; k++) text += next() < blankShare ? blanks[Math.floor(next() * blanks.length)] : others[Math.floor(next() * others.length)];
    assert.equal(nonSpaceUnits(text), byReplace(text), `${length} ${JSON.stringify(text.slice(0, 80))}`);
  }
  assert.equal(nonSpaceUnits(''), 0);
  assert.equal(nonSpaceUnits(' '.repeat(64)), 0);
  assert.equal(nonSpaceUnits('x'.repeat(64)), 64);
  assert.equal(nonSpaceUnits(`${'x'.repeat(5000)}`), 5000);
  assert.equal(nonSpaceUnits(`${' '.repeat(63)}y`), 1);
  assert.equal(nonSpaceUnits('Versteckter Text\u00a0hier  \n'.repeat(10)), 'VersteckterTexthier'.length * 10);
});
