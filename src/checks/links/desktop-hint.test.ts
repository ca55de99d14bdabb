import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import { openingHints } from './lures.js';

/**
 * Session 57 (issue 18, helper draw57h): DESKTOP_APP's hint (lures.ts mayNameDesktopApp) asks one `/i` pattern of the text as
 * written instead of lower-casing it and searching the copy (session 52). The answer must be the copy's on every text: the copy's
 * reading is written out here as the reference.
 */
const hint = openingHints.desktop.hint;
const WORDS = ['desktop', 'bureau', 'escritorio', 'computador'];
function copied(text: string): boolean {
  const t = text.toLowerCase();
  return WORDS.some((w) => t.includes(w)) || t.includes('デスクトップ') || t.includes('ſ');
}

test('desktop hint: mixed case, Kelvin sign, long s, dotted İ, ß and other length-changing or lookalike letters read as the copy does', () => {
  const rows: [string, boolean][] = [
    ['Download the Desktop App', true],
    ['DESKTOP-VERSION', true],
    ['dEsKtOp', true],
    ['des\u212atop wallet', true], // the Kelvin sign lower-cases to k
    ['DES\u212aTOP', true],
    ['deſktop', true], // ſ: lower case keeps it, and it sends the text to the pattern
    ['ſ alone', true],
    ['Version de BUREAU', true],
    ['Aplicación de Escritorio', true],
    ['Versão para COMPUTADOR', true],
    ['デスクトップ版', true],
    ['İİİ Straße ẞ DESKTOP', true], // İ lower-cases to two code units, ẞ to ß: the word still read after them
    ['ESCRİTORIO', false], // İ → i + U+0307: the copy reads "escri̇torio"
    ['escrıtorio', false], // dotless ı is no i in either
    ['Escritório', false],
    ['ＤＥＳＫＴＯＰ', false], // full-width letters lower-case to full-width letters
    ['dеsktop', false], // Cyrillic е
    ['desk top', false],
    ['Straße', false],
    ['STRASSE', false],
    ['ΣΑΣ Bureaux', true],
    ['', false],
    ['desktoP\ud800', true], // a lone surrogate after the word
    ['\ud83d\ude00computador', true],
    ['ｄｅｓｋｔｏｐ', false],
    ['de\u0301sktop', false],
    ['ǄDESKTOP', true],
  ];
  for (const [text, want] of rows) {
    assert.equal(copied(text), want, `reference: ${JSON.stringify(text)}`);
    assert.equal(hint(text), want, JSON.stringify(text));
  }
});

test('desktop hint: no character but ASCII capitals, İ and the Kelvin sign lower-cases to a letter of the words (every code point)', () => {
  // The premise of the pattern's comment: what lower-casing can turn into a character of the words, besides the characters themselves.
  const letters = new Set([...WORDS.join(''), ...'デスクトップ', 'ſ']);
  const found: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    const lower = c.toLowerCase();
    if (lower === c) continue;
    for (const x of lower) {
      if (letters.has(x)) {
        found.push(cp);
        break;
      }
    }
  }
  const capitals = [...new Set(WORDS.join(''))].map((x) => x.toUpperCase().codePointAt(0)!);
  assert.deepEqual(found.sort((a, b) => a - b), [...capitals, 0x130, 0x212a].sort((a, b) => a - b));
});

test('desktop hint: every BMP character in place of each letter of each word, alone and between text, reads as the copy does', () => {
  let differ = 0;
  let yes = 0;
  for (const word of [...WORDS, 'デスクトップ']) {
    for (let at = 0; at < word.length; at++) {
      for (let cp = 0; cp <= 0xffff; cp++) {
        const c = String.fromCharCode(cp);
        const text = `x ${word.slice(0, at)}${c}${word.slice(at + 1)} y`;
        const want = copied(text);
        if (want) yes++;
        if (hint(text) !== want) differ++;
      }
    }
  }
  assert.equal(differ, 0);
  assert.ok(yes > 100, `${yes}`);
});

test('desktop hint: seeded texts of the words cut, cased, and written with ſ, K, İ, ß, accents or lookalikes read as the copy does', () => {
  const r = mulberry32(57);
  const pieces = ['desktop', 'bureau', 'escritorio', 'computador', 'デスクトップ', 'app', 'version', 'the', 'für den', 'Straße', 'İstanbul', 'ΣΟΦΙΑ', 'ǅ'];
  const swaps: [string, string][] = [['s', 'ſ'], ['k', '\u212a'], ['i', '\u0130'], ['i', 'ı'], ['e', 'é'], ['o', 'о'], ['s', 'ß'], ['a', 'ẞ']];
  let yes = 0;
  for (let n = 0; n < 40_000; n++) {
    let t = '';
    const count = 1 + Math.floor(r() * 5);
    for (let k = 0; k < count; k++) {
      let w = pieces[Math.floor(r() * pieces.length)]!;
      const how = r();
      if (how < 0.2) w = w.toUpperCase();
      else if (how < 0.35) w = [...w].map((ch) => (r() < 0.5 ? ch.toUpperCase() : ch)).join('');
      else if (how < 0.55) {
        const [from, to] = swaps[Math.floor(r() * swaps.length)]!;
        w = w.replace(from, to);
      } else if (how < 0.65 && w.length > 2) {
        const at = Math.floor(r() * w.length);
        w = w.slice(0, at) + w.slice(at + 1);
      }
      t += w + (r() < 0.7 ? ' ' : r() < 0.5 ? '' : '-');
    }
    const want = copied(t);
    if (want) yes++;
    assert.equal(hint(t), want, JSON.stringify(t));
  }
  assert.ok(yes > 5_000 && yes < 35_000, `${yes}`);
});
