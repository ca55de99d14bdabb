import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import { ADDRESS_REFERENCE, hasAddressReference, hasSearchScheme, SEARCH_SCHEME } from './lures.js';

/**
 * Session 62 (issue 18, cpu63): hasSearchScheme is SEARCH_SCHEME.test — the colon found first, the letters before it read — on
 * written rows (must-fire and must-not, in several languages' mail) and on seeded texts built from the scheme's own pieces (cut,
 * in any case, with the characters a case-insensitive pattern might confuse with its letters) joined by colons and other text.
 */
const ROWS: readonly [string, boolean][] = [
  ['<a href="search-ms:query=invoice&crumb=location:\\\\evil@SSL\\DavWWWRoot">Open</a>', true],
  ['Öffnen Sie SEARCH:query=Rechnung im Explorer', true],
  ['Cliquez ici : Search-MS:displayname=Factures', true],
  ['Haga clic en search-Ms:crumb=location', true],
  ['Clique em sEaRcH: para ver o documento', true],
  ['search:', true],
  ['research: Dr. Smith (a longer word that ends so)', true],
  ['researcher: Dr. Smith', false],
  ['Klik op de zoekbalk: zoek naar "factuur"', false],
  ['The search is over: we found it', false],
  ['search-ms', false],
  ['search -ms: a blank between', false],
  ['ſearch: the long s is no s without u', false],
  ['searcH\u200b: a hidden character before the colon', false],
  ['検索: 請求書を開いてください', false],
  ['search-m: cut', false],
  [':search', false],
  ['', false],
];

test('hasSearchScheme: the written rows', () => {
  for (const [text, expected] of ROWS) {
    assert.equal(SEARCH_SCHEME.test(text), expected, `the pattern itself: ${text}`);
    assert.equal(hasSearchScheme(text), expected, text);
  }
});

const PIECES = ['search', 'SEARCH', 'Search', 'sEaRcH', 'searc', 'earch', 'search-ms', 'search-MS', 'SEARCH-ms', 'search-m', '-ms', 'ms', 'ſearch', 'searcſ', 'ſ', 'K', 'ı', 'İ', 'é', '検索', 'research', ':', ':', '::', ' ', '-', '\n', 'http://', 'https://example.com/a:b', 'color:red', 'le', 'la', 'de', 'x', '\u00a0'];

test('hasSearchScheme: the same answer as SEARCH_SCHEME.test on seeded texts', () => {
  const r = mulberry32(62);
  let yes = 0;
  for (let n = 0; n < 40_000; n++) {
    let text = '';
    const pieces = 1 + Math.floor(r() * 14);
    for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(r() * PIECES.length)];
    const expected = SEARCH_SCHEME.test(text);
    if (expected) yes++;
    assert.equal(hasSearchScheme(text), expected, JSON.stringify(text));
  }
  // Both answers were asked often.
  assert.ok(yes > 2_000 && yes < 38_000, `${yes}`);
});

const REFERENCE_PIECES = ['&', '&#', '&#92;', '&#x40;', '&bsol;', '&BSOL;', '&sol;', '&Sol;', '&commat;', '&colon;', '&period;', '&PERIOD;', '&bsol', '&sol', '&nbsp;', '&amp;', '&lt;', '&copy;', '&s', '&c', '&p', '&b', 'sol;', ';', 'ſol;', '&ſol;', 'x', ' ', '<a href="', 'file:', '\\\\'];

test('hasAddressReference: the same answer as ADDRESS_REFERENCE.test on written and seeded HTML', () => {
  const rows: readonly [string, boolean][] = [
    ['<a href="file:&#47;&#47;host&#64;SSL/x">Rechnung</a>', true],
    ['<p>Ouvrez le dossier &bsol;&bsol;serveur@SSL&bsol;DavWWWRoot</p>', true],
    ['<p>Mehr&nbsp;Informationen &amp; Hilfe</p>', false],
    ['<p>Haga clic &copy; 2024</p>', false],
    ['<p>Clique aqui &PERIOD; &Colon;</p>', true],
    ['', false],
    ['&', false],
  ];
  for (const [html, expected] of rows) {
    assert.equal(ADDRESS_REFERENCE.test(html), expected, `the pattern itself: ${html}`);
    assert.equal(hasAddressReference(html), expected, html);
  }
  const r = mulberry32(6263);
  let yes = 0;
  for (let n = 0; n < 30_000; n++) {
    let html = '';
    const pieces = 1 + Math.floor(r() * 10);
    for (let k = 0; k < pieces; k++) html += REFERENCE_PIECES[Math.floor(r() * REFERENCE_PIECES.length)];
    const expected = ADDRESS_REFERENCE.test(html);
    if (expected) yes++;
    assert.equal(hasAddressReference(html), expected, JSON.stringify(html));
  }
  assert.ok(yes > 3_000 && yes < 27_000, `${yes}`);
});
