import { skeletonOfChar } from '../../lookalike/skeleton.js';
import { isAscii } from '../../mail/text-chars.js';

/**
 * Latin words written with letters of other scripts that look like Latin ones (`Amаzon.cоm accоunt` with
 * Cyrillic а and о, `bᥣoᥴkᥱd` with Tai Le letters, `Ρrime` with a Greek Rho): a reader sees the word, a word
 * filter does not. Genuine mail in Russian or Greek writes whole words in its script; mixing inside one word
 * is a disguise. Styled letters (𝑮𝒖𝒕𝒔𝒄𝒉𝒆𝒊𝒏, full-width) are not counted: NFKC turns them back into Latin.
 * Bounded: at most `maxChars` characters of the text are read.
 */
const WORD = /[\p{L}\p{M}]{3,}/gu;
const LATIN = /\p{Script=Latin}/u;
const ASCII_LETTERS = /^[a-z]+$/;
/** Alphabets whose letters pass for Latin ones even where the confusables table has no entry (ᥣ, ᥴ, ᥱ of Tai Le). */
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Lisu}\p{Script=Tai_Le}\p{Script=Vai}\p{Script=Coptic}\p{Script=Tifinagh}\p{Script=Canadian_Aboriginal}]/u;
/** Invisible format characters slipped between letters: removed before words are read. */
const FORMAT = /\p{Cf}/gu;

export function disguisedWords(text: string, maxChars = 512, max = 5): string[] {
  const out: string[] = [];
  // ASCII letters are all Latin: a text without other characters has no disguised word.
  if (isAscii(text.slice(0, maxChars))) return out;
  for (const m of text.slice(0, maxChars).replace(FORMAT, '').normalize('NFKC').matchAll(WORD)) {
    const word = m[0];
    let latin = 0;
    let foreignLookalike = 0;
    for (const ch of word) {
      if (LATIN.test(ch)) latin++;
      else if (LOOKALIKE_SCRIPTS.test(ch) || (/\p{L}/u.test(ch) && ASCII_LETTERS.test(skeletonOfChar(ch).toLowerCase()))) foreignLookalike++;
    }
    if (latin >= 2 && foreignLookalike >= 1) {
      out.push(word);
      if (out.length >= max) break;
    }
  }
  return out;
}
