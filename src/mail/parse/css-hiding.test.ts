import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addStyleRules, emptyHidingRules, hasHidingRules, MAX_CSS_CHARS, MAX_RULES, rulesHide } from './css-hiding.js';
import { styleHides } from './html.js';

const read = (css: string) => {
  const rules = emptyHidingRules();
  addStyleRules([rules], css, (declarations) => (styleHides(declarations) ? 0 : -1));
  return rules;
};

test('addStyleRules: what is read as a hiding selector (table)', () => {
  const rows: [css: string, classes: string[], ids: string[], elements: string[], qualified: string[]][] = [
    ['.a{display:none}', ['a'], [], [], []],
    ['#b { visibility: hidden }', [], ['b'], [], []],
    ['SPAN { font-size: 0 }', [], [], ['span'], []],
    ['td.x, p#y, .z { opacity: 0 }', ['z'], [], [], ['p#y', 'td.x']],
    ['.a{display:none} .b{color:red}', ['a'], [], [], []],
    ['@import url(x.css); .c { display:none }', ['c'], [], [], []],
    ['@media print { .d { display:none } } .e { display:none }', ['e'], [], [], []],
    ['@font-face { font-family: x; src: url(x) } .f{display:none}', ['f'], [], [], []],
    ['div .g, .h > p, .i:hover, .j::after, [k], *, .l.m { display:none }', [], [], [], []],
    ['.n { display: none', ['n'], [], [], []], // an unclosed last rule still counts (the sheet ends it)
    ['/* .o{display:none} */', [], [], [], []],
    ['', [], [], [], []],
  ];
  for (const [css, classes, ids, elements, qualified] of rows) {
    const r = read(css);
    assert.deepEqual([...r.classes].sort(), classes, `classes of ${css}`);
    assert.deepEqual([...r.ids].sort(), ids, `ids of ${css}`);
    assert.deepEqual([...r.elements].sort(), elements, `elements of ${css}`);
    assert.deepEqual([...r.qualified].sort(), qualified, `qualified of ${css}`);
  }
});

test('rulesHide: class lists, ids and qualified selectors; names are case-sensitive for classes and ids', () => {
  const r = read('.pre{display:none} #hid{display:none} p.tiny{font-size:0} b{visibility:hidden}');
  const rows: [name: string, cls: string | undefined, id: string | undefined, hidden: boolean][] = [
    ['div', 'x pre y', undefined, true],
    ['div', 'Pre', undefined, false],
    ['span', undefined, 'hid', true],
    ['span', undefined, '', false],
    ['p', 'tiny', undefined, true],
    ['div', 'tiny', undefined, false],
    ['b', undefined, undefined, true],
    ['i', undefined, undefined, false],
  ];
  for (const [name, cls, id, hidden] of rows) assert.equal(rulesHide(r, name, cls, id), hidden, `${name} class=${cls} id=${id}`);
  assert.equal(hasHidingRules(emptyHidingRules()), false);
  assert.equal(hasHidingRules(r), true);
});

test('bounds: at most MAX_RULES rules and MAX_CSS_CHARS characters of style text are read', () => {
  const many = Array.from({ length: MAX_RULES + 10 }, (_, i) => `.c${i}{display:none}`).join('\n');
  const r = read(many);
  assert.equal(r.rulesRead, MAX_RULES);
  assert.ok(r.classes.has('c0') && !r.classes.has(`c${MAX_RULES + 5}`));
  const long = read(`${' '.repeat(MAX_CSS_CHARS)} .late{display:none}`);
  assert.equal(long.classes.size, 0);
  // A hostile sheet (deep braces, no closing) stays linear: 200,000 characters in well under a second.
  const start = process.hrtime.bigint();
  read('{'.repeat(100_000) + '.x'.repeat(50_000));
  assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 1000);
});
