import type { AhoCorasick } from './aho-corasick.js';
import { DENSE_COLUMN, DENSE_COLUMNS } from './aho-corasick.js';
import { precomputedAsciiFacts, type AsciiCharFacts } from './ascii-facts.js';
import { foldLetterlike } from '../lookalike/letterlike.js';
import { skeletonOfChar } from '../lookalike/skeleton.js';

/**
 * Brand-name text folded for matching: letter-like disguises (small capitals, negative squared letters: ../lookalike/
 * letterlike.ts), NFKC (full-width → ASCII, half-width kana → full-width), case,
 * UTS-39 confusables (and i read as l, like the capital I), kana size and script (hiragana → katakana, small ィ → イ), with separators removed
 * but remembered as word boundaries, so `T r e n d  M i c r o`, `ＴｒｅｎｄＭｉｃｒｏ`, `trendmicro` and
 * `Trend-Micro` all fold to `trendrnlcro` and `ウィルスバスター` meets `ウイルスバスター`.
 */
export interface FoldedText {
  /** Folded characters without separators. */
  text: string;
  /** boundary[i]: a word boundary lies just before text[i] (separator or change of script); length text.length + 1. */
  boundary: Uint8Array;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;
/**
 * Marks that decorate a name without being part of it: ™ ℠ ® © (NFKC would turn ™ into the letters `TM`,
 * so `McAfee™` would read as `mcafeetm`), and invisible format characters, variation selectors, combining
 * grapheme joiners and tags that senders slip between letters (`P\u200baypal`, `X\u{E0139}finity`) so that no
 * filter sees the word. They are dropped without marking a word boundary.
 */
const DECORATION = /[\u00a9\u00ae\u2122\u2120\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0\ufe00-\ufe0f\u{e0000}-\u{e0fff}\p{Cf}]/gu;
/** Combining diacritical marks (the blocks of general category Mn that decorate Latin letters); a range test, not a regexp: it runs per character. */
function isCombiningMark(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f);
}
/** A folded character that reads as Latin (or a digit): a Cyrillic `е` folds to `e` and so stays inside a Latin word. */
const ASCII_ALNUM = /^[a-z0-9]+$/;

/** Small kana → ordinary size (ァ→ア, ッ→ツ, ャ→ヤ …), katakana range. */
function kanaFold(cp: number): number {
  // Hiragana U+3041–U+3096 → katakana (+0x60).
  if (cp >= 0x3041 && cp <= 0x3096) cp += 0x60;
  // Small katakana in U+30A1–U+30EE are at odd/even offsets from their full-size forms.
  switch (cp) {
    case 0x30a1: case 0x30a3: case 0x30a5: case 0x30a7: case 0x30a9: // ァィゥェォ
    case 0x30c3: // ッ
    case 0x30e3: case 0x30e5: case 0x30e7: // ャュョ
    case 0x30ee: // ヮ
      return cp + 1;
    case 0x30f5: return 0x30ab; // ヵ
    case 0x30f6: return 0x30b1; // ヶ
    default: return cp;
  }
}

/** Long-vowel marks and dashes that stand for ー inside katakana words. */
const LONG_VOWEL = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30fc, 0xff70, 0x2500, 0x4e00]);

/** What foldBrandText needs to know of one code point, computed once per BMP code point (see charFold). */
const KNOWN = 1;
/** `\p{L}\p{N}\p{M}`: part of a word. */
const WORD_CHAR = 2;
/** Reads as Latin or a digit: Latin script or a digit itself, or folds to ASCII letters and digits. */
const LATIN = 4;
/** Folds (kanaFold) into the katakana block: a following long-vowel mark or dash stands for ー. */
const KANA = 8;
const COMBINING = 16;
const LONG_VOWEL_MARK = 32;
/**
 * Flags per BMP code point (0: not computed yet) and, for word characters, the folded string: made with the ASCII
 * facts in on the first text that is not ASCII only (bmpTables), since ASCII text (most mail) is folded from the ASCII
 * tables below and never reads them — making them (a 64 K-string array) cost every process fresh memory.
 */
let BMP_FLAGS: Uint8Array | undefined;
let BMP_FOLDED: string[] | undefined;

/**
 * The facts of one code point: flags as above, and its folded form (kanaFold, then the UTS-39 skeleton of
 * one character) for word characters. Pure: the same for every text, so BMP code points are looked up after
 * their first sight instead of running three Unicode-property regexps and NFD per character of every body.
 */
function charFold(cp0: number): { flags: number; folded: string } {
  const ch = String.fromCodePoint(cp0);
  let flags = KNOWN;
  if (LONG_VOWEL.has(cp0)) flags |= LONG_VOWEL_MARK;
  if (isCombiningMark(cp0)) flags |= COMBINING;
  let folded = '';
  if (LETTER_OR_DIGIT.test(ch)) {
    flags |= WORD_CHAR;
    const cp = kanaFold(cp0);
    if (cp >= 0x30a0 && cp <= 0x30ff) flags |= KANA;
    // The skeleton reads a capital I as l (`PaypaI` is `paypal`) but keeps a lower-case i: then every alias with an i
    // missed the same name in capitals (`BANCO DO BRASIL` folded to `bancodobrasll`, `LEDGER LIVE` to `ledgerllve`).
    // i and l are one letter here, in aliases and text alike.
    folded = skeletonOfChar(String.fromCodePoint(cp)).replace(/i/g, 'l');
    if (folded.length > 0 && (LATIN_OR_DIGIT.test(ch) || ASCII_ALNUM.test(folded))) flags |= LATIN;
  }
  return { flags, folded };
}

/** The facts of a BMP code point (bmpTables made). */
function lookUp(cp: number): number {
  const known = BMP_FLAGS![cp]!;
  if (known !== 0) return known;
  const { flags, folded } = charFold(cp);
  BMP_FLAGS![cp] = flags;
  BMP_FOLDED![cp] = folded;
  return flags;
}

/** charFold of every ASCII code point (what the build writes into ./ascii-facts.ts). */
export function asciiCharFacts(): AsciiCharFacts {
  const facts: AsciiCharFacts = { flags: [], folded: [] };
  for (let cp = 0; cp < 0x80; cp++) {
    const { flags, folded } = charFold(cp);
    facts.flags.push(flags);
    facts.folded.push(folded);
  }
  return facts;
}
/** The ASCII code points' facts (the ASCII fold's tables below are made from them): precomputed by the build when bundled (./ascii-facts.ts says why), else computed here. */
const ASCII_FACTS = precomputedAsciiFacts() ?? asciiCharFacts();

/** Makes BMP_FLAGS and BMP_FOLDED, with the ASCII facts in, unless made. */
function bmpTables(): void {
  if (BMP_FLAGS) return;
  BMP_FLAGS = new Uint8Array(0x10000);
  // Filled up front so the array stays a packed one (a sparse array falls back to a slow dictionary).
  BMP_FOLDED = new Array<string>(0x10000).fill('');
  for (let cp = 0; cp < 0x80; cp++) {
    BMP_FLAGS[cp] = ASCII_FACTS.flags[cp]!;
    BMP_FOLDED[cp] = ASCII_FACTS.folded[cp]!;
  }
}

/**
 * Folds text for brand matching (see FoldedText).
 * @example foldBrandText('ウィルスバスター').text === foldBrandText('ウイルスバスター').text
 */
export function foldBrandText(input: string, maxChars = 4096): FoldedText {
  const cut = input.slice(0, maxChars);
  return foldAscii(cut, true) ?? foldUnicode(cut);
}

/** foldBrandText of text that is not ASCII only. */
function foldUnicode(cut: string): FoldedText {
  bmpTables();
  // Small capitals and negative squared letters (`ᴘᴀʏᴘᴀʟ`, `🅿🅰🆈🅿🅰🅻`) have no NFKC form: read as the letters they show.
  const src = foldLetterlike(cut.replace(DECORATION, '')).normalize('NFKC');
  let text = '';
  const marks: number[] = [];
  let pendingBoundary = true;
  let lastLatin: boolean | null = null;
  let prevWasKana = false;
  // The length read once and codePointAt through `.call` (as charCodeAt below): both were megamorphic loads per character.
  const n = src.length;
  for (let i = 0; i < n; ) {
    const cp0 = codePointAt.call(src, i)!;
    i += cp0 > 0xffff ? 2 : 1;
    let flags: number;
    let folded: string;
    if (cp0 < 0x10000) {
      flags = lookUp(cp0);
      folded = BMP_FOLDED![cp0]!;
    } else ({ flags, folded } = charFold(cp0));
    if ((flags & LONG_VOWEL_MARK) !== 0 && prevWasKana) {
      text += 'ー';
      continue;
    }
    // A combining mark left after NFKC (nothing to compose with: `UPs\u0337`, an overlay stroke) on a Latin
    // letter decorates it; it is not part of the word. Marks of other scripts (Thai, Devanagari) are letters' parts.
    if (lastLatin === true && !pendingBoundary && (flags & COMBINING) !== 0) continue;
    if ((flags & WORD_CHAR) === 0) {
      pendingBoundary = true;
      prevWasKana = false;
      continue;
    }
    prevWasKana = (flags & KANA) !== 0;
    if (folded.length === 0) continue;
    // Script change is a word boundary (`ウイルスバスターTrend`), but a letter from another script that reads
    // as Latin (a confusable) is not one: `Lеԁgеr` with Cyrillic е and ԁ is one word.
    const latin = (flags & LATIN) !== 0;
    if (lastLatin !== null && latin !== lastLatin) pendingBoundary = true;
    lastLatin = latin;
    if (pendingBoundary) marks.push(text.length);
    pendingBoundary = false;
    text += folded;
  }
  const boundary = new Uint8Array(text.length + 1);
  for (const m of marks) boundary[m] = 1;
  boundary[text.length] = 1;
  return { text, boundary };
}

/**
 * `foldBrandText(input, maxChars).text`, for callers that look words up in it and need no boundaries: ASCII text
 * (most mail) skips copying the word starts out (the organisation check folds up to 24,000 characters of a body).
 */
export function foldBrandWords(input: string, maxChars = 4096): string {
  const cut = input.slice(0, maxChars);
  return foldAscii(cut, false)?.text ?? (cut.length < MIXED_MIN_LENGTH ? foldUnicode(cut).text : foldMixedWords(cut));
}

/** Texts shorter than this (a word, a name) are folded the general way in one piece. */
const MIXED_MIN_LENGTH = 256;
/** ASCII characters in a row that end a piece folded the general way (fewer stay inside it). */
const ASCII_RUN = 32;

/**
 * foldUnicode(cut).text of text that is not ASCII only, with its ASCII stretches folded by the ASCII path: most
 * non-ASCII mail is ASCII with an accent, a quotation mark or a © here and there, and the general fold (decorations,
 * letter-likes, NFKC, a string per character) of 24,000 characters was the organisation check's largest cost for such
 * a body. The same text: each piece folded the general way starts at the ASCII character before its first non-ASCII
 * one (or at the text's start), and no state of the fold passes an ASCII character — NFKC composes nothing across one
 * (no ASCII character is the second of a composition, and NFKC(x + a) = NFKC(x) + a: checked over every code point
 * x), an ASCII word character sets the fold's state to the same whatever came before, and a separator leaves only a
 * pending word boundary, which words without boundaries do not keep.
 */
function foldMixedWords(cut: string): string {
  let out = '';
  let at = 0;
  while (at < cut.length) {
    let first = at;
    while (first < cut.length && charCodeAt.call(cut, first) < 0x80) first++;
    if (first === cut.length) {
      out += foldAscii(cut.slice(at), false)!.text;
      break;
    }
    // The general piece: from the ASCII character before `first` to where ASCII_RUN ASCII characters in a row begin.
    const start = first > at ? first - 1 : first;
    if (start > at) out += foldAscii(cut.slice(at, start), false)!.text;
    let end = first + 1;
    for (let run = 0; end < cut.length; end++) {
      if (charCodeAt.call(cut, end) >= 0x80) run = 0;
      else if (++run === ASCII_RUN) {
        end -= ASCII_RUN - 1;
        break;
      }
    }
    out += foldUnicode(cut.slice(start, end)).text;
    at = end;
  }
  return out;
}

const NO_BOUNDARY = new Uint8Array(0);

/** Folded ASCII as bytes, and the word starts, reused from call to call (grown as needed). */
let foldedBytes = Buffer.allocUnsafe(4096);
let wordStarts = new Uint8Array(4096);

/**
 * The fold of each ASCII code point as bytes, from ASCII_FACTS: ASCII_WORD[c] 1 for a word character, ASCII_FOLD1[c] and
 * ASCII_FOLD2[c] the (latin1) codes of its first and second folded characters (ASCII_FOLD2 0: one character). Made once
 * at start-up so that the fold of ASCII text reads no string per character.
 */
const ASCII_WORD = new Uint8Array(0x80);
const ASCII_FOLD1 = new Uint8Array(0x80);
const ASCII_FOLD2 = new Uint8Array(0x80);
const ASCII_TWO = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  if ((ASCII_FACTS.flags[c]! & WORD_CHAR) === 0) continue;
  const folded = ASCII_FACTS.folded[c]!;
  ASCII_WORD[c] = 1;
  ASCII_FOLD1[c] = folded.charCodeAt(0);
  if (folded.length === 2) {
    ASCII_TWO[c] = 1;
    ASCII_FOLD2[c] = folded.charCodeAt(1);
  }
}

/**
 * String.prototype.charCodeAt, called with `.call` in the per-character loops below: the method looked up on each text
 * is looked up by the text's map (flat, sliced or joined strings, one or two bytes a character), and texts of five kinds
 * or more — slices of a body that is not ASCII among them — made that look-up megamorphic: a generic property load per
 * character, most of the ASCII fold's time (session 18). Through `.call` the optimised code calls the builtin directly.
 */
const charCodeAt = String.prototype.charCodeAt;
const codePointAt = String.prototype.codePointAt;

/**
 * foldBrandText of ASCII text (most mail), in one pass without strings per character: an ASCII word
 * character is a Latin letter or a digit that folds to one or two ASCII letters, so words end only at
 * separators and the folded text is written as bytes. Null at the first character that is not ASCII (no
 * character that DECORATION removes or NFKC changes is ASCII, so ASCII text needs neither): the caller folds it
 * the general way.
 */
function foldAscii(src: string, withBoundary: boolean): FoldedText | null {
  if (foldedBytes.length < src.length * 2 + 1) {
    foldedBytes = Buffer.allocUnsafe(src.length * 2 + 1);
    wordStarts = new Uint8Array(src.length * 2 + 1);
  }
  const bytes = foldedBytes;
  const starts = wordStarts;
  let n = 0;
  let pendingBoundary = true;
  // The length read once: `src.length` in the test was a megamorphic load per character.
  for (let i = 0, length = src.length; i < length; i++) {
    const c = charCodeAt.call(src, i);
    if (c >= 0x80) return null;
    if (ASCII_WORD[c] === 0) {
      pendingBoundary = true;
      continue;
    }
    starts[n] = pendingBoundary ? 1 : 0;
    pendingBoundary = false;
    bytes[n++] = ASCII_FOLD1[c]!;
    // `m` folds to `rn`: its second letter is no word start.
    if (ASCII_TWO[c] === 1) {
      starts[n] = 0;
      bytes[n++] = ASCII_FOLD2[c]!;
    }
  }
  starts[n] = 1;
  return { text: n === 0 ? '' : bytes.toString('latin1', 0, n), boundary: withBoundary ? starts.slice(0, n + 1) : NO_BOUNDARY };
}

/** The dense columns (aho-corasick.ts) of ASCII_FOLD1 and ASCII_FOLD2 per ASCII code point (-1: none). */
const ASCII_COLUMN1 = new Int8Array(0x80).fill(-1);
const ASCII_COLUMN2 = new Int8Array(0x80).fill(-1);
for (let c = 0; c < 0x80; c++) {
  if (ASCII_WORD[c] === 0) continue;
  ASCII_COLUMN1[c] = DENSE_COLUMN[ASCII_FOLD1[c]!]!;
  if (ASCII_TWO[c] === 1) ASCII_COLUMN2[c] = DENSE_COLUMN[ASCII_FOLD2[c]!]!;
  // The fold of an ASCII word character is lower-case letters and digits, the automaton's dense characters.
  if (ASCII_COLUMN1[c]! < 0 || (ASCII_TWO[c] === 1 && ASCII_COLUMN2[c]! < 0)) throw new Error(`brand fold of ${c} is not a dense character`);
}

/**
 * Every occurrence of `matcher`'s patterns in `foldBrandText(input, maxChars).text`, pushed to `found` as pairs (pattern,
 * start in the folded text) in the order `matcher.search` reports them; returns the fold's word boundaries (`boundary` of
 * FoldedText, at least text length + 1 long: a shared buffer, valid until the next fold). ASCII text (most mail) is folded
 * and walked through the automaton in one pass, without the folded string, its boundary copy or a callback per match: the
 * signature's and the subject's brand search was ~110 K instructions a message, most of it the fold and the second walk.
 * Other text is folded the general way and searched.
 */
export function foldedMatches(input: string, maxChars: number, matcher: AhoCorasick, found: number[]): Uint8Array {
  const cut = input.slice(0, maxChars);
  const { next, outStart, outList, lengths } = matcher.denseView();
  if (wordStarts.length < cut.length * 2 + 1) {
    foldedBytes = Buffer.allocUnsafe(cut.length * 2 + 1);
    wordStarts = new Uint8Array(cut.length * 2 + 1);
  }
  const starts = wordStarts;
  const before = found.length;
  let n = 0;
  let state = 0;
  let pendingBoundary = true;
  for (let i = 0, length = cut.length; i < length; i++) {
    const c = charCodeAt.call(cut, i);
    if (c >= 0x80) {
      // Not ASCII: the general fold, from the start.
      found.length = before;
      const folded = foldUnicode(cut);
      matcher.search(folded.text, (pattern, at) => {
        found.push(pattern, at);
      });
      return folded.boundary;
    }
    const column = ASCII_COLUMN1[c]!;
    if (column < 0) {
      pendingBoundary = true;
      continue;
    }
    starts[n++] = pendingBoundary ? 1 : 0;
    pendingBoundary = false;
    state = next[state * DENSE_COLUMNS + column]!;
    for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) found.push(outList[k]!, n - lengths[outList[k]!]!);
    // `m` folds to `rn`: its second letter is no word start.
    const second = ASCII_COLUMN2[c]!;
    if (second >= 0) {
      starts[n++] = 0;
      state = next[state * DENSE_COLUMNS + second]!;
      for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) found.push(outList[k]!, n - lengths[outList[k]!]!);
    }
  }
  starts[n] = 1;
  return starts;
}

/** Whether the first/last character of folded text is Latin or a digit (needs a word boundary there). */
export function latinEdges(folded: string): { start: boolean; end: boolean } {
  return { start: /^[a-z0-9]/.test(folded), end: /[a-z0-9]$/.test(folded) };
}
