import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addInkRules, colourOf, colourOfAttribute, emptyInkRules, inkFaint, inkInvisible, inkOfStyle, NO_COLOUR, ruleInk, TRANSPARENT, UNKNOWN_COLOUR, type Ink } from './ink.js';

test('colourOf reads hex, rgb(), rgba() and common names; anything else is not known (table)', () => {
  const rows: [string, number][] = [
    ['#fff', 0xffffff], ['#ffffff', 0xffffff], ['#fefefe', 0xfefefe], ['#0b5394', 0x0b5394], ['#ffff', 0xffffff], ['#ffffff00', TRANSPARENT],
    ['rgb(255,255,255)', 0xffffff], ['rgb(255, 255, 255)', 0xffffff], ['rgb(255 255 255)', 0xffffff], ['rgb(100%,100%,100%)', 0xffffff],
    ['rgba(0,0,0,0)', TRANSPARENT], ['rgba(0, 0, 0, 0.05)', TRANSPARENT], ['rgba(17,17,17,0.5)', 0x111111], ['rgb(0 0 0 / 0%)', TRANSPARENT],
    ['white', 0xffffff], ['black', 0], ['grey', 0x808080], ['lightgray', 0xd3d3d3], ['whitesmoke', 0xf5f5f5], ['transparent', TRANSPARENT],
    ['inherit', NO_COLOUR], ['currentcolor', NO_COLOUR], ['', NO_COLOUR],
    ['cornflowerblue', UNKNOWN_COLOUR], ['var(--x)', UNKNOWN_COLOUR], ['hsl(0deg var(--l))', UNKNOWN_COLOUR], ['#ggg', UNKNOWN_COLOUR],
    // hsl() (session 43, white43): the same colours as rgb()
    ['hsl(0,0%,100%)', 0xffffff], ['hsl(0 0% 100%)', 0xffffff], ['hsla(0,0%,100%,1)', 0xffffff], ['hsl(120, 100%, 25%)', 0x008000], ['hsl(0.5turn 100% 50%)', 0x00ffff],
    ['hsl(0,0%,83%)', 0xd4d4d4], ['red', 0xff0000], ['honeydew', 0xf0fff0], ['hsla(0,0%,0%,0)', TRANSPARENT], ['hsl(0 0% 0% / 5%)', TRANSPARENT],
  ];
  for (const [value, colour] of rows) assert.equal(colourOf(value), colour, value);
  assert.equal(colourOfAttribute(' FFFFFF '), 0xffffff, 'legacy bgcolor without #');
  assert.equal(colourOfAttribute('#003366'), 0x003366);
  assert.equal(colourOfAttribute(''), NO_COLOUR);
});

test('inkInvisible: same colour or within INK_CLOSE per channel; grey on white and unknown colours are seen (table)', () => {
  const rows: [number, number, boolean][] = [
    [0xffffff, 0xffffff, true], [0xfefefe, 0xffffff, true], [0xf0f0f0, 0xffffff, true], [0xffffff, 0xeeeeee, true], [0xffffff, 0xe7e7e7, true], [0x000000, 0x0a0a0a, true], [TRANSPARENT, UNKNOWN_COLOUR, true],
    [0x999999, 0xffffff, false], [0xe0e0e0, 0xffffff, false], [0xffffff, 0xe6e6e6, false], [0xffffff, 0xdbe5ea, false], [0xffffff, 0x003366, false], [0xffffff, UNKNOWN_COLOUR, false], [UNKNOWN_COLOUR, 0xffffff, false],
    [0xff0000, 0xff0000 - 0x200000, false],
  ];
  for (const [fg, bg, invisible] of rows) assert.equal(inkInvisible(fg, bg), invisible, `${fg.toString(16)} on ${bg.toString(16)}`);
});

test('inkFaint: faint on its background, or light on one not known; readable and invisible colours are not (table, session 42)', () => {
  const rows: [number, number, boolean][] = [
    [0xffffff, 0xd5d5d5, true], [0xffffff, 0xdbe5ea, true], [0xdddddd, 0xffffff, true], [0x000000, 0x303030, true],
    [0xffffff, UNKNOWN_COLOUR, true], [0xf4f4f4, UNKNOWN_COLOUR, true], [0xd0d0d0, UNKNOWN_COLOUR, true],
    [0xcccccc, 0xffffff, false], [0x999999, 0xffffff, false], [0xffffff, 0x4d148c, false], [0xffffff, 0x666666, false],
    [0x333333, UNKNOWN_COLOUR, false], [0xff0000, UNKNOWN_COLOUR, false], [UNKNOWN_COLOUR, 0xffffff, false], [UNKNOWN_COLOUR, UNKNOWN_COLOUR, false],
    [0xffffff, NO_COLOUR, false], [TRANSPARENT, 0xffffff, false],
  ];
  for (const [fg, bg, faint] of rows) assert.equal(inkFaint(fg, bg), faint, `${fg.toString(16)} on ${bg.toString(16)}`);
});

test('inkOfStyle: the last declaration wins; a picture makes the background not known; text fill wins over color (table)', () => {
  const rows: [string, number, number][] = [
    ['color:#fff', 0xffffff, NO_COLOUR],
    ['COLOR: #FFF; background-color: #000', 0xffffff, 0],
    ['color:#000;color:#fff !important', 0xffffff, NO_COLOUR],
    ['background:#ffffff none repeat scroll 0 0', NO_COLOUR, 0xffffff],
    ['background:url(x.png) #fff', NO_COLOUR, UNKNOWN_COLOUR],
    ['background-color:#fff;background-image:url(x.png)', NO_COLOUR, UNKNOWN_COLOUR],
    ['background:transparent', NO_COLOUR, NO_COLOUR],
    ['background:none', NO_COLOUR, NO_COLOUR],
    ['-webkit-text-fill-color:#000;color:#fff', 0, NO_COLOUR],
    ['background:linear-gradient(90deg,#f00,#00f);-webkit-background-clip:text;-webkit-text-fill-color:transparent', UNKNOWN_COLOUR, UNKNOWN_COLOUR],
    ['-webkit-text-fill-color:rgba(0,0,0,0)', TRANSPARENT, NO_COLOUR],
    ['font-size:14px;line-height:20px', NO_COLOUR, NO_COLOUR],
  ];
  const ink: Ink = { fg: 0, bg: 0 };
  for (const [style, fg, bg] of rows) {
    for (let pass = 0; pass < 2; pass++) {
      inkOfStyle(style, ink);
      assert.deepEqual([ink.fg, ink.bg], [fg, bg], `${style} (pass ${pass}: remembered)`);
    }
  }
});

test('style-sheet colours: simple top-level selectors give their colour, anything else makes it not known (table)', () => {
  const rules = emptyInkRules();
  addInkRules(rules, '.w{color:#fff} #dark{background:#000} td.x{background-color:#fff} .hdr td{background:#036} a:hover{color:red} @media (max-width:600px){ .m{color:#fff} } .imp{color:#000 !important} p{margin:0}');
  const ink: Ink = { fg: 0, bg: 0 };
  const fg = (name: string, cls?: string, id?: string): number => (ruleInk(rules, name, cls, id, ink), ink.fg);
  const bg = (name: string, cls?: string, id?: string): number => (ruleInk(rules, name, cls, id, ink), ink.bg);
  assert.equal(fg('p', 'intro w'), 0xffffff);
  assert.equal(bg('div', undefined, 'dark'), 0);
  assert.equal(bg('td', 'x'), UNKNOWN_COLOUR, 'td is also named by .hdr td');
  assert.equal(bg('div', 'x'), NO_COLOUR, 'td.x names a td only');
  assert.equal(fg('p', 'w', 'dark'), 0xffffff, 'an id and a class, each its own side');
  assert.equal(bg('p', 'w', 'dark'), 0);
  assert.equal(bg('table', 'hdr'), NO_COLOUR, 'only the last compound is named');
  assert.equal(fg('a'), UNKNOWN_COLOUR);
  assert.equal(fg('div', 'm'), UNKNOWN_COLOUR, 'inside @media');
  assert.equal(fg('p'), NO_COLOUR);
  assert.equal(fg('p', 'w m'), UNKNOWN_COLOUR, 'two classes disagree');
  assert.ok(fg('span', 'imp') < UNKNOWN_COLOUR, '!important: forced');
  const star = emptyInkRules();
  addInkRules(star, '* { color: #333 }');
  ruleInk(star, 'p', undefined, undefined, ink);
  assert.equal(ink.fg, UNKNOWN_COLOUR);
});
