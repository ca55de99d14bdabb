import { isAscii } from '../mail/text-chars.js';
import { latinLetterOf } from './skeleton.js';

/**
 * Latin words written with letters of another script that look like Latin ones, in a message's text (issue 17, items 4 and
 * 8): `Uni Rewards Αirdrop is now Liνe! … claim yοur UNI tοkens` with a Greek capital alpha, nu and omicron. A reader sees the
 * words; every check that reads words (terms, patterns, the classifier) sees none of them, so the disguise turns a verdict
 * off. The display name and subject have their own detector (checks/sender/disguise.ts, FROM_MIXED_SCRIPT_DISGUISE); this
 * is the body's, applied once after parsing (scan/engine.ts) so every check reads the words as the reader does.
 *
 * A word is disguised when it holds at least two Latin letters and letters of a script whose letters pass for Latin ones
 * (Cyrillic, Greek, Armenian, Cherokee, Lisu, …), every one of which shows a single Latin letter (UTS #39's prototype, or
 * the few Cyrillic letters the skeleton reads by shape). Genuine Russian or Greek writes whole words in its script; a
 * Russian inflection of a Latin name (`Windowsы`) holds a letter that shows no Latin one and is no disguise; mojibake of a
 * replacement character (`attachпїЅ`) likewise. Once one such word shows the text is disguised, two-letter words with one
 * Latin letter (`Tο`, `οn`) are mended too. A word that is part of an address, a host name or a URL (its run of non-blank
 * characters holds an `@`, a `://` or a dot between letters) is counted but left as written: `pаypal.com` in the text is a
 * lookalike domain for the link checks to read, not a word to mend. The fold keeps every offset: each letter becomes one
 * Latin letter of the same length.
 */

/** Characters of the scripts whose letters pass for Latin ones (a cheap test before the word pass). */
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Lisu}\p{Script=Tai_Le}\p{Script=Vai}\p{Script=Coptic}\p{Script=Tifinagh}\p{Script=Canadian_Aboriginal}]/u;
/** A word: letters and the marks on them. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Longer words are no disguise of a Latin word (a run of letters with no space: a hash, a pasted block). */
const MAX_WORD = 48;
const LATIN_LETTER = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;
/** At most this many characters of a text are read: more than any check reads (the classifier 60,000), bounded for hostile text. */
export const MIXED_SCRIPT_MAX_CHARS = 64 * 1024;

export interface MixedScriptFold {
  /** The text with each disguised word's letters as the Latin letters they show (same length, same offsets). */
  text: string;
  /** Distinct disguised words, as written (at most `maxWords`). */
  words: string[];
  /** Distinct disguised words in all. */
  count: number;
}

export interface MixedScriptFoldOptions {
  /**
   * Fold the words of addresses, host names and URLs too. For a text that is read as an address (a link's shown text:
   * `pаypal.com` with a Cyrillic а shows paypal.com to its reader, links/analyse.ts), not for prose, whose written
   * lookalike domains the link checks read as written.
   */
  addresses?: boolean;
}

/**
 * Folds the disguised words of `text` (see above). Undefined when it has none, so a caller can keep its text as it is.
 * Linear in the characters read; ASCII text and text of no lookalike script return at once.
 * @example foldMixedScriptWords('Αirdrop is now Liνe')?.text === 'Airdrop is now Live'
 */
export function foldMixedScriptWords(text: string, maxWords = 5, options: MixedScriptFoldOptions = {}): MixedScriptFold | undefined {
  if (isAscii(text)) return undefined;
  const read = text.length > MIXED_SCRIPT_MAX_CHARS ? text.slice(0, MIXED_SCRIPT_MAX_CHARS) : text;
  if (!LOOKALIKE_SCRIPT.test(read)) return undefined;
  const seen = new Set<string>();
  // [start, end, folded] of every word to mend; short ones (one Latin letter: `Tο`, `οn`) only once a longer one shows the text is disguised.
  const mends: [number, number, string][] = [];
  const memo: TokenMemo = { from: 0, to: -1, address: false };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(read); m; m = WORD.exec(read)) {
    const word = m[0];
    // Most words of a text in a lookalike script hold no Latin letter, and most of any other text no lookalike letter.
    if (word.length > MAX_WORD || !LATIN_LETTER.test(word) || !LOOKALIKE_SCRIPT.test(word)) continue;
    const folded = foldedWord(word);
    if (folded === undefined) continue;
    const start = m.index;
    const end = start + word.length;
    if (folded.latin >= 2) seen.add(word);
    if (!options.addresses && inAddress(read, start, end, memo)) continue;
    mends.push([start, end, folded.text]);
  }
  if (seen.size === 0) return undefined;
  const pieces: string[] = [];
  let copied = 0;
  for (const [start, end, folded] of mends) {
    pieces.push(read.slice(copied, start), folded);
    copied = end;
  }
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), words: [...seen].slice(0, maxWords), count: seen.size };
}

/** A token (a run without white space) that is an address, a host name or a URL: an `@`, a scheme's `://`, or a dot between two letters or digits. */
const ADDRESS_TOKEN = /@|:\/\/|[\p{L}\p{N}]\.[\p{L}\p{N}]/u;
/** At most this many characters on each side of a word are read for its token. */
const TOKEN_REACH = 256;
const BLANK = /\s/;

/**
 * Whether the word at [start, end) is part of an address, a host name or a URL: the run of non-blank characters around it
 * holds an `@`, a `://` or a dot between letters (`pаypal.com/login`, `mаil@example.com`). Words joined by a slash in prose
 * (`empréstimos/financiamentos`) and a full stop or colon ending a sentence or a label (`account.`, `Helpline:`) are none.
 */
function inAddress(text: string, start: number, end: number, last: TokenMemo): boolean {
  // Words of one token share its answer: a long run without blanks is read once, not once for each of its words.
  if (start >= last.from && end <= last.to) return last.address;
  let from = start;
  while (from > 0 && start - from < TOKEN_REACH && !BLANK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < TOKEN_REACH && !BLANK.test(text[to]!)) to++;
  last.from = from;
  last.to = to;
  last.address = ADDRESS_TOKEN.test(text.slice(from, to));
  return last.address;
}

interface TokenMemo {
  from: number;
  to: number;
  address: boolean;
}

/**
 * The word with its lookalike letters as Latin ones and its number of Latin letters, or undefined when it is no disguise:
 * no Latin letter, or a letter of its script that shows no single Latin letter (ы, ї, λ: the word is written in that script).
 */
function foldedWord(word: string): { text: string; latin: number } | undefined {
  let latin = 0;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ch = word[i]!;
    // ASCII in a word is a Latin letter (WORD reads letters and marks only); surrogates belong to no lookalike script.
    if (c < 0x80) latin++;
    else if (c >= 0xd800 && c <= 0xdfff) return undefined;
    else if (LATIN_LETTER.test(ch)) latin++;
    else if (!MARK.test(ch)) {
      const letter = LOOKALIKE_SCRIPT.test(ch) ? latinLetterOf(c) : undefined;
      if (letter === undefined) return undefined;
      out += word.slice(out.length, i) + letter;
    }
  }
  // No Latin letter (a word of that script), or no letter mended (only a mark of that script on Latin letters): no disguise.
  if (latin === 0 || out.length === 0) return undefined;
  return { text: out + word.slice(out.length), latin };
}
