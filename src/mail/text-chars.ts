/** Character classes many readers of text share, below every layer that reads text. */

import { Buffer } from 'node:buffer';

const NOT_ASCII = /[^\x00-\x7f]/;
/** Texts at least this long are counted in UTF-8 (see isAscii), after their first ASCII_HEAD characters are searched. */
const ASCII_COUNTED = 256;
const ASCII_HEAD = 128;

/**
 * Whether `text` is all ASCII. Many readers take a short way for such text (most mail): it is its own NFC/NFKC form,
 * lower-cases letter for letter, holds no other script and no accents to fold.
 *
 * Asked of the same shown text by a dozen readers of every message, so its speed counts (session 48: 1.6 % of the warmed
 * scan's samples as a pattern). A long text is all ASCII exactly when its UTF-8 form has as many bytes as it has code
 * units (any other code unit takes two bytes or more, a lone surrogate three), and node counts those bytes ~6× faster
 * than irregexp walks the text. The count reads all of the text, so a non-ASCII character near the start (most text that
 * has one) is first looked for by the pattern, which stops there; short texts only by the pattern.
 */
export function isAscii(text: string): boolean {
  if (text.length < ASCII_COUNTED) return !NOT_ASCII.test(text);
  if (NOT_ASCII.test(text.slice(0, ASCII_HEAD))) return false;
  return countedAscii(text);
}
/**
 * The count, the last texts counted remembered (session 55: of the texts counted, about half are the one counted just before —
 * several readers of one message's shown text in turn). Every text counted is at least ASCII_COUNTED long, which is the
 * memo's own floor (REMEMBERED_MIN).
 */
const countedAscii = rememberingLast((text) => Buffer.byteLength(text, 'utf8') === text.length);

/**
 * `fold` (a function of the text alone: the same text, the same answer) that remembers the two long texts it was asked of last
 * and their answers. Several readers of one message lower-case or fold the same shown text (or the same head of it) in turn:
 * over the bench's 1,779 (session 56), 2,605 of 7,147 lower-casings of texts of 256 code units or more repeated a text
 * lower-cased earlier in the same message (5.8 M of 14.7 M characters), and a memo of the last two held 5.4 M of them. Each
 * reader its own memo (`lowerCased` is shared by the plain lower-casings; isAscii's count is one too). Only texts up to
 * REMEMBERED_MAX code units are kept, so what a memo keeps alive after its message is small; shorter texts than REMEMBERED_MIN
 * are folded every time (a compare would cost about as much).
 * @example export const foldText = rememberingLast(foldTextOnce);
 */
export function rememberingLast<T>(fold: (text: string) => T): (text: string) => T {
  let text0 = '';
  let folded0 = undefined as T;
  let text1 = '';
  let folded1 = undefined as T;
  return (text) => {
    if (text.length < REMEMBERED_MIN) return fold(text);
    if (text === text0) return folded0;
    if (text === text1) {
      // The older one asked again: it becomes the newer.
      const folded = folded1;
      text1 = text0;
      folded1 = folded0;
      text0 = text;
      folded0 = folded;
      return folded;
    }
    const folded = fold(text);
    if (text.length <= REMEMBERED_MAX) {
      text1 = text0;
      folded1 = folded0;
      text0 = text;
      folded0 = folded;
    }
    return folded;
  };
}
const REMEMBERED_MIN = 256;
const REMEMBERED_MAX = 65_536;

/** `text.toLowerCase()`, the last two long texts remembered (rememberingLast): for readers of a message's shown text and its heads. */
export const lowerCased = rememberingLast((text) => text.toLowerCase());

/**
 * `text.normalize(form)`, the last two long texts of each form remembered (rememberingLast): scam-structure's foldText, the
 * classifier's normalizeText and bec-opener's foldLetter normalise the same texts in turn (session 56: of 10.3 M characters
 * normalised over the bench's 1,779, 1.3 M repeated a text of the same form done earlier in the message).
 */
export function normalized(text: string, form: 'NFC' | 'NFD' | 'NFKC'): string {
  return form === 'NFC' ? nfc(text) : form === 'NFD' ? nfd(text) : nfkc(text);
}
const nfc = rememberingLast((text) => text.normalize('NFC'));
const nfd = rememberingLast((text) => text.normalize('NFD'));
const nfkc = rememberingLast((text) => text.normalize('NFKC'));

/** A code unit above U+00FF: a text without one can be held one byte a character. */
const NOT_LATIN1 = /[^\x00-\xff]/;

/**
 * `text` itself, held one byte a character when every code unit is ≤ U+00FF (the same string to every reader: `===`, its
 * length and characters); a text with a code unit above U+00FF as it is. For a fold's output that the patterns read next.
 *
 * Why (session 65, regex66, issue 18): V8 keeps what it makes from a two-byte string two-byte (a slice, `replace`'s output,
 * `toLowerCase`, a normalisation that changes nothing) even when no character above U+00FF is left: an accented letter folded
 * through NFD and its marks dropped, a ’ replaced by '. A pattern run on a two-byte text runs (and first compiles) its
 * second, UC16 code: the letter patterns' big alternations are 100–300 KB of machine code each, twice, and once the isolate
 * holds 16 MB of executable memory V8 compiles every further pattern without irregexp's optimisations (regexp.cc
 * TooMuchRegExpCode; NOTES.md session 64, cpu65) — up to 7× slower. Call it on the non-ASCII way of a fold only: an ASCII
 * fold of one-byte text is one-byte already, and the test and the copy would be spent for nothing.
 */
export function oneByteIfLatin1(text: string): string {
  // isAscii first: most folded text is ASCII once its accents are gone, and isAscii counts a long text natively; the pattern
  // walks a two-byte text at ~3 ns a character.
  if (!isAscii(text) && NOT_LATIN1.test(text)) return text;
  return Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * The white space runs that `text.replace(/\s+/g, ' ')` changes: a run of two or more, or one character other than a space.
 * A lone space (most of a letter's runs) is not a match, so replacing these gives the same string without a match, a copy and a
 * step of the replace loop for every word (session 40: ~5× less time on letter text).
 */
const WHITE_RUNS_TO_JOIN = /\s{2,}|[^\S ]/g;

/** `text.replace(/\s+/g, ' ')`: every run of white space (`\s`) as one space. */
export function oneSpaced(text: string): string {
  return text.replace(WHITE_RUNS_TO_JOIN, ' ');
}

/**
 * A test of the code point just before `at` in a text, made from a one-character class (`/[\p{L}\p{N}]/u`): what a
 * leading look-behind `(?<![\p{L}\p{N}])` asks. Why: irregexp tries a pattern's leading look-behind at every position of
 * the text, and for some patterns that costs more than the rest (session 38: CRYPTO_ASSET, `/iu`, 38 % faster without it
 * in a micro-bench) — for others it is what turns most positions away early (prize-lure's moves ran 2× slower without
 * theirs): measure each pattern. A pattern that drops its look-behind and asks this of each match instead (retrying one
 * character on when it fails) finds the same matches, provided no alternative left without the look-behind can start with
 * the same character as one that had it.
 * ASCII is read from a table made from the class itself; other code points (a surrogate pair read as one, as the
 * look-behind of a `u` pattern reads it) by the class, so its flags (`i`, `u`) count exactly as in the look-behind.
 * @example const wordBefore = codePointBefore(/[\p{L}\p{N}]/u); if (wordBefore(text, m.index)) re.lastIndex = m.index + 1;
 */
export function codePointBefore(charClass: RegExp): (text: string, at: number) => boolean {
  const one = new RegExp(`^(?:${charClass.source})$`, charClass.flags.replace(/[gy]/g, ''));
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = one.test(String.fromCharCode(c)) ? 1 : 0;
  return (text, at) => {
    if (at <= 0) return false;
    const c = text.charCodeAt(at - 1);
    if (c < 128) return ascii[c] === 1;
    const start = c >= 0xdc00 && c <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? at - 2 : at - 1;
    return one.test(text.slice(start, at));
  };
}

/**
 * Whether a code unit is a blank as `\s` reads it (ECMAScript's WhiteSpace and LineTerminator; what String#trim and
 * `split(/\s+/u)` cut at). Tested against `\s` on every code unit (src/checks/content/language.test.ts).
 */
export function isBlank(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a text is empty or white space only (`!text.trim()` without the trimmed copy). */
export function blankOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A reader of a text's UTF-16 code units into a Uint16Array of its own (reused from text to text, grown to the longest
 * text read; units past the text's length are stale), for a loop that reads every character of a long text: written by
 * Buffer's UTF-16LE encoder (native, a copy, the units as they are: lone surrogates too), read as the array's elements.
 * `charCodeAt` in such a loop asks the string's representation (one- or two-byte, flat or sliced) again at every
 * character, ~20 instructions each; an element is a bounds check and a load. Each reader its own array: one reader's
 * units stay valid while another is used.
 */
export function codeUnitReader(initial = 4096): (text: string) => Uint16Array {
  let units = new Uint16Array(initial);
  let bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  return (text) => {
    if (text.length > units.length) {
      units = new Uint16Array(Math.max(text.length, units.length * 2));
      bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
    }
    if (LITTLE_ENDIAN) bytes.write(text, 0, 'utf16le');
    else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    return units;
  };
}
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The code point at `i` (< `length`, the text's) of a text's code units (codeUnitReader), as `text.codePointAt(i)`. */
export function codePointOfUnits(units: Uint16Array, length: number, i: number): number {
  const c = units[i]!;
  if (c < 0xd800 || c > 0xdbff || i + 1 >= length) return c;
  const d = units[i + 1]!;
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}
