import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prizeLure } from './prize-lure.js';
import { foldText } from './scam-structure.js';

/** Session 50 (helper pay50): the product-tester lure's words are moves of the prize lure (letters written for the test). */
const rows: [string, string, boolean][] = [
  ['de tester lure', 'Gewinne jetzt ein Überraschungspaket! Werden Sie Produkt-Tester, Ihre Meinung ist gefragt: kostenloses Testpaket anfordern', true],
  ['en tester lure', 'Become a product tester and keep everything — your opinion counts, claim your free box', true],
  ['fr tester lure', 'Devenez testeur de produits : votre avis compte, tentez votre chance', true],
  ['a job advert for a QA tester is no lure', 'We are hiring a software tester for our QA team in Berlin; send your CV.', false],
];
for (const [name, text, lure] of rows) {
  test(`prize lure: ${name} → ${lure ? 'read' : 'not read'}`, () => {
    assert.equal(prizeLure(foldText(text)) !== null, lure);
  });
}
