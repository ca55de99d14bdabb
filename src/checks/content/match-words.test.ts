import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointOfUnits } from '../../mail/text-chars.js';
import { HAS_JAPANESE, wordReaderForTests } from './match.js';
import { CATEGORY_TERMS, THEME_TERMS } from './terms.js';

/**
 * The term tables' word reader (match.ts readWords) held to the one-loop reader it replaced in session 52, kept here as it
 * was (its character classes written from their definition): the same words (start, end), the same trie numbers and the
 * same answer to "has Japanese", on generated texts of the tables' own words in every case, elided articles, apostrophes,
 * other scripts, astral letters, emoji and lone surrogates, read through either fold and either trie, into buffers small
 * enough to grow.
 */
type Trie = ReturnType<ReturnType<typeof wordReaderForTests>['trie']>;
const WORD_CHAR = 1;
const JAPANESE_CHAR = 2;
const classOf = (cp: number): number => {
  if (!(cp <= 0x10ffff)) return 0;
  const ch = String.fromCodePoint(cp);
  return (/^[\p{L}\p{N}]$/u.test(ch) ? WORD_CHAR : 0) | (HAS_JAPANESE.test(ch) ? JAPANESE_CHAR : 0);
};
const ASCII_WORD_CHAR = new Uint8Array(0x80).map((_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0));
const charClass = (cp: number): number => (cp < 0x80 ? ASCII_WORD_CHAR[cp]! : classOf(cp));

function previousReadWords(text: string, fold: number, trie: Trie): { starts: number[]; ends: number[]; ids: number[]; japanese: boolean } {
  const length = text.length;
  const unitsOf = new Uint16Array(length);
  for (let k = 0; k < length; k++) unitsOf[k] = text.charCodeAt(k);
  const { wordIds, elided } = trie;
  const starts: number[] = [];
  const ends: number[] = [];
  const ids: number[] = [];
  let japanese = 0;
  let i = 0;
  while (i < length) {
    const c = unitsOf[i]!;
    if (c < 0x80) {
      if (ASCII_WORD_CHAR[c] === 0) {
        i++;
        continue;
      }
    } else {
      const cp = codePointOfUnits(unitsOf, length, i);
      const kind = charClass(cp);
      japanese |= kind;
      if ((kind & WORD_CHAR) === 0) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = i;
    let node = 0;
    for (;;) {
      while (i < length) {
        const d = unitsOf[i]!;
        if (d < 0x80) {
          if (ASCII_WORD_CHAR[d] === 0) break;
          if (node >= 0) node = trie.next(node, d | fold);
          i++;
        } else {
          const cp = codePointOfUnits(unitsOf, length, i);
          const kind = charClass(cp);
          japanese |= kind;
          if ((kind & WORD_CHAR) === 0) break;
          if (node >= 0) node = trie.next(node, d);
          if (cp > 0xffff) {
            if (node >= 0) node = trie.next(node, unitsOf[i + 1]!);
            i += 2;
          } else i++;
        }
      }
      if (i + 1 < length && unitsOf[i] === 0x27 && (charClass(codePointOfUnits(unitsOf, length, i + 1)) & WORD_CHAR) !== 0) {
        if (node >= 0 && elided[node] === 1) break;
        if (node >= 0) node = trie.next(node, 0x27);
        i++;
      } else break;
    }
    starts.push(start);
    ends.push(i);
    ids.push(node >= 0 ? wordIds[node]! : -1);
  }
  return { starts, ends, ids, japanese: (japanese & JAPANESE_CHAR) !== 0 };
}

test('the term words are read as the one-loop reader read them (seeded: words, trie numbers, Japanese; both folds, both tries, growing buffers)', () => {
  const reader = wordReaderForTests();
  let seed = 52;
  const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
  const termWords = [...new Set([...CATEGORY_TERMS, ...THEME_TERMS].flatMap((r) => r.term.split(/[\s\-/]+/)))].filter(Boolean);
  const odd = ["l'", "d'", "qu'", "dell'", "all'", "QU'", "L'", "'", "''", "don't", "it's", "rock'n'roll", '’', 'é', 'É', 'ß', 'ﬁ', '漢字', 'ひらがな', 'カタカナ', '한국어', '١٢٣', 'Ａ', '𝐀𝐁', '𐌰𐌱', '😀', '\ud800', '\udc00', '\ud83d', 'x\ud800y', '\u00a0', '\u2028', '.', ',', '-', '_', '@', '/', '0', '42', '100MG', 'ABC', 'x.Y'];
  const seps = [' ', '', '\n', ', ', '. ', "'", '-', '\t', '  ', 'é', '’', '😀'];
  const cut = (word: string): string => (next(6) === 0 ? word.slice(0, 1 + next(Math.max(1, word.length))) : word);
  const recase = (word: string): string => (next(3) === 0 ? [...word].map((ch) => (next(2) ? ch.toUpperCase() : ch)).join('') : word);
  let compared = 0;
  let withIds = 0;
  for (let n = 0; n < 6000; n++) {
    const parts = Array.from({ length: next(n % 50 === 0 ? 400 : 30) }, () => {
      const pick = next(4) === 0 ? odd[next(odd.length)]! : termWords[next(termWords.length)]!;
      return recase(cut(pick)) + seps[next(seps.length)]!;
    });
    const text = parts.join('');
    const ascii = /^[\x00-\x7f]*$/.test(text);
    for (const terms of [true, false]) {
      // An ASCII text is read through the fold (0x20) as the index reads it; any text also as written (0).
      for (const fold of ascii ? [0x20, 0] : [0]) {
        const got = reader.read(text, fold, terms, 1 + next(8));
        const want = previousReadWords(text, fold, reader.trie(terms));
        assert.deepEqual(got, want, JSON.stringify({ text: text.slice(0, 300), fold, terms }));
        compared++;
        if (terms && got.ids.some((id) => id >= 0)) withIds++;
      }
    }
  }
  assert.ok(compared > 12000, `${compared} readings compared`);
  assert.ok(withIds > 5000, `${withIds} readings found term words`);
});
