import { normalizeText } from '../../classifier/normalize.js';
import { foldLetterlike, foldSprinkledDiacritics, smallCapitalIReadings } from '../../lookalike/letterlike.js';
import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import { CATEGORY_TERMS, THEME_TERMS, type CategoryName, type TermRow, type ThemeName } from './terms.js';
import { isAscii } from '../../mail/text-chars.js';

/** The terms of one name (category or theme) found in a text, with their summed weight. */
export interface TermHits {
  weight: number;
  terms: string[];
  /** The weight of the strongest term found (3: rare outside spam). */
  strongest: number;
}

/**
 * Words; an apostrophe stays inside one (`don't`), a hyphen splits (`Rituals-Mystery-Box` → rituals mystery box),
 * in terms and text alike, so a hyphenated term is a phrase (`anti-aging` matches `anti aging` too) and a term
 * inside a compound joined by hyphens is found.
 */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
/**
 * Elided articles and prepositions of French and Italian (`l'heureux`, `d'argent`, `qu'il`, `dell'eredità`): the
 * apostrophe ends a word after them, so `l'heureux gagnant` holds the words `l heureux gagnant` and the term
 * `heureux gagnant` is found in it, as in text without the article. In English an apostrophe after one of these at a
 * word's start is rare (`d'Artagnan`, `L'Oréal`: split the same way in terms and text, so their terms still match).
 */
const ELIDED = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'dell', 'dall', 'nell', 'sull', 'all', 'un', 'quell']);
/** The longest word of ELIDED. */
const ELIDED_MAX = 6;

/** A term's words (see WORD), an elided article split off its word as in the text (see ELIDED). */
function wordsOfTerm(term: string): string[] {
  const words: string[] = [];
  for (let word of term.match(WORD) ?? []) {
    // As the text's loop: the word after an elided article may start with one again (`l'l'x`: nonsense, read alike).
    for (let apostrophe = word.indexOf("'"); apostrophe > 0 && apostrophe <= ELIDED_MAX && ELIDED.has(word.slice(0, apostrophe)); apostrophe = word.indexOf("'")) {
      words.push(word.slice(0, apostrophe));
      word = word.slice(apostrophe + 1);
    }
    words.push(word);
  }
  return words;
}
/** Han, hiragana or katakana: a term or text of a script without spaces between words. */
export const HAS_JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A row of one of the tables a TermIndex reads, with the table's number. */
interface IndexedRow {
  row: TermRow<string>;
  table: number;
}

/**
 * Term tables compiled once (in the family's `create`): terms of spaced scripts are matched as whole words or
 * whole-word phrases through a map from first word; Japanese terms (no spaces) as substrings, and only when the text
 * has Japanese at all. Several tables share one index and one loop over a text's words (categories and themes read the
 * same text of every message: two loops over its words were twice the keys and look-ups); what is found is kept apart
 * by table, in the order each table alone would find it.
 */
class TermIndex {
  /**
   * Terms of spaced scripts by a 32-bit hash of their first word (first words that share a hash are told apart by
   * their characters): a word of the text is looked up by the hash of its characters where they stand, with no
   * string sliced out of the text and hashed again for a Map of strings. A first word's phrases are in table order, and
   * in row order within a table.
   */
  private readonly byFirstWordHash = new Map<number, { first: string; phrases: { words: string[]; row: TermRow<string>; table: number }[] }[]>();
  private readonly substrings: IndexedRow[] = [];
  /** Whether some first word has this wordKey: most words of a text are no term's first word, and this says so without hashing the string for the Map. */
  private readonly firstWordKeys = new Uint8Array(0x10000);
  /** Every word of every spaced-script term, by table: what a small capital ɪ may spell (see readSmallCapitalI). */
  private readonly termWords: Set<string>[];

  constructor(tables: readonly (readonly TermRow<string>[])[]) {
    this.termWords = tables.map(() => new Set<string>());
    const byFirstWord = new Map<string, { words: string[]; row: TermRow<string>; table: number }[]>();
    tables.forEach((rows, table) => {
      for (const row of rows) {
        // Words of spaced scripts (English, German, Portuguese with its accents…) match as whole words;
        // Japanese, which has no spaces, as substrings.
        if (!HAS_JAPANESE.test(row.term)) {
          const words = wordsOfTerm(row.term);
          if (words.length === 0) continue;
          const list = byFirstWord.get(words[0]!) ?? [];
          list.push({ words, row, table });
          byFirstWord.set(words[0]!, list);
          this.firstWordKeys[wordKey(words[0]!)] = 1;
          for (const w of words) this.termWords[table]!.add(w);
        } else {
          this.substrings.push({ row, table });
        }
      }
    });
    for (const [first, phrases] of byFirstWord) {
      const h = hashAt(first, 0, first.length, 0);
      const groups = this.byFirstWordHash.get(h) ?? [];
      groups.push({ first, phrases });
      this.byFirstWordHash.set(h, groups);
    }
  }

  /** Distinct terms found in `text` (normalised here: NFKC, invisible characters removed, lower case), by name, one map per table. */
  match(text: string): Map<string, TermHits>[] {
    const tables = this.termWords.length;
    const found: Map<string, TermHits>[] = [];
    const seen: Set<TermRow<string>>[] = [];
    for (let t = 0; t < tables; t++) {
      found.push(new Map());
      seen.push(new Set());
    }
    const add = (row: TermRow<string>, table: number): void => {
      const rows = seen[table]!;
      if (rows.has(row)) return;
      rows.add(row);
      const hits = found[table]!.get(row.name) ?? { weight: 0, terms: [], strongest: 0 };
      hits.weight += row.weight;
      if (row.weight > hits.strongest) hits.strongest = row.weight;
      hits.terms.push(row.term);
      found[table]!.set(row.name, hits);
    };
    // prepare() reuses one object: what is needed of it after another prepare() is taken out first.
    const prepared = prepare(text);
    const normal = prepared.normal;
    this.scan(prepared, add, -1);
    // Small capital ɪ written for l (`ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ`): the text once more with each such word as the term word it
    // spells, if it spells one of the table's words — per table, for that table's terms. Rare; the memory of prepare()
    // then holds the reading.
    if (text.includes('\u026a')) {
      for (let t = 0; t < tables; t++) {
        const reading = this.readSmallCapitalI(text, this.termWords[t]!);
        if (reading !== text) this.scan(prepare(reading), add, t);
      }
    }
    if (this.substrings.length && HAS_JAPANESE.test(normal)) for (const { row, table } of this.substrings) if (normal.includes(row.term)) add(row, table);
    return found;
  }

  /** Adds the rows whose words or phrases occur in a prepared text: of table `only`, or of every table (-1). */
  private scan({ normal, fold, starts, ends, count }: PreparedText, add: (row: TermRow<string>, table: number) => void, only: number): void {
    const firstWordKeys = this.firstWordKeys;
    for (let i = 0; i < count; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      // Most words are no term's first word: the key (two first code units, the last, the length) says so with no string made.
      if (firstWordKeys[keyAt(normal, start, end, fold)] === 0) continue;
      const groups = this.byFirstWordHash.get(hashAt(normal, start, end, fold));
      if (!groups) continue;
      let candidates: { words: string[]; row: TermRow<string>; table: number }[] | undefined;
      for (const group of groups) {
        if (equalAt(normal, start, end, group.first, fold)) {
          candidates = group.phrases;
          break;
        }
      }
      if (!candidates) continue;
      for (const { words: phrase, row, table } of candidates) {
        if (only >= 0 && table !== only) continue;
        let ok = i + phrase.length <= count;
        for (let k = 1; k < phrase.length && ok; k++) ok = equalAt(normal, starts[i + k]!, ends[i + k]!, phrase[k]!, fold);
        if (ok) add(row, table);
      }
    }
  }

  /** `text` with each small-capital word holding ɪ replaced by the first of its other readings that is one of `words`. */
  private readSmallCapitalI(text: string, words: ReadonlySet<string>): string {
    return text.replace(SMALL_CAPITAL_I_WORD, (word) => smallCapitalIReadings(word).find((r) => words.has(r)) ?? word);
  }
}

/**
 * A term table compiled once (in the family's `create`): see TermIndex.
 * @example new TermMatcher(rows).match('Buy Viagra now') // Map { 'health' => { weight: 3, terms: ['viagra'] } }
 */
export class TermMatcher<N extends string> {
  /** `index` and this table's number in it; `shared`: the results of the index's last text, shared with the other tables' matchers. */
  constructor(
    rows: readonly TermRow<N>[],
    private readonly index = new TermIndex([rows]),
    private readonly table = 0,
    private readonly shared?: SharedMatch,
  ) {}

  /** Distinct terms found in `text` (normalised here: NFKC, invisible characters removed, lower case), by name. */
  match(text: string): Map<N, TermHits> {
    const shared = this.shared;
    if (!shared) return this.index.match(text)[0] as Map<N, TermHits>;
    // Each table's result of a text is handed out once: the next message with the same text is matched again.
    let found = shared.text === text ? shared.found[this.table] : undefined;
    if (!found) {
      shared.text = text;
      shared.found = this.index.match(text);
      found = shared.found[this.table]!;
    }
    shared.found[this.table] = undefined;
    return found as Map<N, TermHits>;
  }
}

/** The last text a shared index matched, and what each table found in it that its matcher has not yet taken. */
interface SharedMatch {
  text: string;
  found: (Map<string, TermHits> | undefined)[];
}

/**
 * Matchers of two tables over one index: the first `match(text)` of either finds both tables' terms in one loop over
 * the words, and the other's `match` of the same text then takes its part (categories and themes, one message after the
 * other). Each alone gives what `new TermMatcher(rows).match(text)` gives.
 */
export function pairedTermMatchers<A extends string, B extends string>(a: readonly TermRow<A>[], b: readonly TermRow<B>[]): [TermMatcher<A>, TermMatcher<B>] {
  const index = new TermIndex([a, b]);
  const shared: SharedMatch = { text: '', found: [] };
  return [new TermMatcher(a, index, 0, shared), new TermMatcher(b, index, 1, shared)];
}

let categoryAndThemeTables: [TermMatcher<CategoryName>, TermMatcher<ThemeName>] | undefined;

/** The category and theme tables' matchers (terms.ts), paired, built once per process on first use. */
export function categoryAndThemeMatchers(): [TermMatcher<CategoryName>, TermMatcher<ThemeName>] {
  return (categoryAndThemeTables ??= pairedTermMatchers(CATEGORY_TERMS, THEME_TERMS));
}

/**
 * A run of letters holding a small capital ɪ (smallCapitalIReadings says which are small-capital words). Tried from the
 * first letter of a run only (the look-behind): from every letter, a long run without ɪ in a text with one ɪ elsewhere was
 * read to its end again and again (8 KB of one Cyrillic word: 3.4 s; 32 KB: 52 s). A match spans its whole run either way.
 */
export const SMALL_CAPITAL_I_WORD = /(?<!\p{L})\p{L}*\u026a\p{L}*/gu;

// `fold` in the three functions below (see PreparedText): 0x20 when `text` is ASCII as written, whose word characters
// (letters, digits, `'`) this `|` lower-cases (digits and `'` have the bit already); 0 for a normalised text, read as it is.

/** Whether `text.slice(start, end)`, folded, is `word`, without making the slice. */
function equalAt(text: string, start: number, end: number, word: string, fold: number): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | fold) !== word.charCodeAt(k)) return false;
  return true;
}

/** A 32-bit hash (FNV-1a) of `text.slice(start, end)`'s code units, folded, without making the slice. */
function hashAt(text: string, start: number, end: number, fold: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | fold), 0x01000193);
  return h;
}

/**
 * A 16-bit key of a word from its first two code units, its last and its length. Without the last unit, 28 % of the words
 * of mail passed the key test (`the`, `to`, `from` share first letters and length with terms' first words) against 6.6 %
 * that are a first word; with it 10 % (raw messages of the test split): the rest skip the hash and the Map.
 */
function wordKey(word: string): number {
  return keyAt(word, 0, word.length, 0);
}

/** wordKey of `text.slice(start, end)` (a non-empty word), folded. */
function keyAt(text: string, start: number, end: number, fold: number): number {
  const length = end - start;
  return (Math.imul(text.charCodeAt(start) | fold, 961) + (length > 1 ? (text.charCodeAt(start + 1) | fold) * 31 : 0) + Math.imul(text.charCodeAt(end - 1) | fold, 0x9e37) + length) & 0xffff;
}

/**
 * The text the term tables are matched against: subject, the sender's display name (lures put the offer
 * there: "Sex Dating", "Casino Willkommensbonus", "Amazon Gewinnspiel Team") and the visible text.
 */
export function termText(msg: ParsedMessage, maxChars: number): string {
  const subject = msg.subject;
  const name = msg.from[0]?.name ?? '';
  const shown = shownText(msg);
  // Categories and themes ask for the same message's text one after the other: the same string is handed out again, so
  // that the matchers' memories know it by reference (a second joined string was flattened, ~2.5 KB per message, only
  // to be compared with the first). Only the parts are kept, not the message.
  const m = lastTermText;
  if (m.maxChars === maxChars && m.subject === subject && m.name === name && m.shown === shown) return m.text;
  lastTermText = { subject, name, shown, maxChars, text: `${subject}\n${name}\n${shown}`.slice(0, maxChars) };
  return lastTermText.text;
}
let lastTermText = { subject: '', name: '', shown: '', maxChars: -1, text: '' };

/**
 * A text's words as positions in its normalised form: word i is `normal.slice(starts[i], ends[i])`, read through `fold`.
 * An ASCII text (most mail) is not copied in lower case: `normal` is the text as written and `fold` 0x20, which
 * lower-cases its word characters as they are read (normalForTerms only lower-cases ASCII; the copy was the largest
 * allocation of the content family, ~4 KB per message); 0 for any other text, normalised.
 */
interface PreparedText {
  text: string;
  normal: string;
  fold: number;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/**
 * The normalised text and where its words are. The categories and themes checks match the same text of the
 * same message one after the other, so the last result is kept: normalising (NFKC) and splitting 30,000
 * characters is most of what matching costs. Words are kept as positions in two arrays reused from message
 * to message: an array of word strings was the largest allocation of a scan's checks (~20 KB per message).
 */
let last: PreparedText = { text: '', normal: '', fold: 0, starts: new Int32Array(1024), ends: new Int32Array(1024), count: 0 };
function prepare(text: string): PreparedText {
  if (last.text === text) return last;
  const prepared = last;
  prepared.text = text;
  const ascii = isAscii(text);
  prepared.normal = ascii ? text : normalForOtherText(text);
  prepared.fold = ascii ? 0x20 : 0;
  wordPositions(prepared);
  return prepared;
}

/** termWords' word positions, apart from prepare's memory. */
const scratch: PreparedText = { text: '', normal: '', fold: 0, starts: new Int32Array(64), ends: new Int32Array(64), count: 0 };

/**
 * The words of WORD in prepared.normal, by position (into prepared.starts / ends, grown as needed, and count), without
 * the pattern's match objects: runs of letters and digits joined by inner apostrophes (`don't`). Astral letters count as
 * one character of two code units. One loop: ASCII (most text) is told apart by a table on its code unit, with no call
 * per character or callback per word (a callback per word and a code-point call per character before).
 */
function wordPositions(prepared: PreparedText): void {
  const text = prepared.normal;
  const length = text.length;
  let starts = prepared.starts;
  let ends = prepared.ends;
  let count = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII_WORD_CHAR[c] === 0) {
        i++;
        continue;
      }
    } else {
      const cp = codePointAt(text, i);
      if (!isWordChar(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = i;
    for (;;) {
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d < 0x80) {
          if (ASCII_WORD_CHAR[d] === 0) break;
          i++;
        } else {
          const cp = codePointAt(text, i);
          if (!isWordChar(cp)) break;
          i += cp > 0xffff ? 2 : 1;
        }
      }
      if (i + 1 < length && text.charCodeAt(i) === 0x27 && isWordChar(codePointAt(text, i + 1))) {
        // An elided article is a word of its own (see ELIDED): the apostrophe ends it, the next word starts after.
        if (i - start <= ELIDED_MAX && ELIDED.has(prepared.fold ? text.slice(start, i).toLowerCase() : text.slice(start, i))) break;
        i++;
      } else break;
    }
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      const grownEnds = new Int32Array(count * 2);
      grownStarts.set(starts);
      grownEnds.set(ends);
      prepared.starts = starts = grownStarts;
      prepared.ends = ends = grownEnds;
    }
    starts[count] = start;
    ends[count++] = i;
  }
  prepared.count = count;
}

/** Whether a code point is a letter or digit (\p{L}, \p{N}); BMP answers are remembered in a table. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const bmpWordChar = new Uint8Array(0x10000); // 0 not asked yet, 1 yes, 2 no
/** ASCII letters and digits: 1. */
const ASCII_WORD_CHAR = new Uint8Array(0x80).map((_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0));
function isWordChar(cp: number): boolean {
  if (cp < 0x80) return ASCII_WORD_CHAR[cp] === 1;
  if (cp < 0x10000) {
    let known = bmpWordChar[cp]!;
    if (known === 0) bmpWordChar[cp] = known = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    return known === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * `text.codePointAt(i)` (NaN past the end), reading one code unit unless it is a high surrogate: most text is
 * ASCII or BMP, and the unit is the code point there.
 */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
}

/**
 * A text as the term tables read it: NFKC, invisible characters dropped, letter-like disguises NFKC leaves (small
 * capitals `ᴘᴀʏᴍᴇɴᴛ`, negative squared letters) read as Latin letters first (so NFKC composes `ᴄ̧` into ç), lower case,
 * ’ as '. None of these changes ASCII: ASCII text (most mail) is only lower-cased.
 */
export function normalForTerms(text: string): string {
  return isAscii(text) ? text.toLowerCase() : normalForOtherText(text);
}

/** normalForTerms of a text that is not all ASCII. */
function normalForOtherText(text: string): string {
  return foldSprinkledDiacritics(normalizeText(foldLetterlike(text))).toLowerCase().replace(/’/g, "'");
}

/**
 * A text as the term tables read it (see normalForTerms) and its words (see WORD), as strings. Not remembered: for
 * short texts of other checks (the notice lure's subject and sender name), which must not push the body out of
 * `prepare`'s one-entry memory between categories and themes.
 */
export function termWords(text: string): { normal: string; words: string[] } {
  const normal = normalForTerms(text);
  scratch.normal = normal;
  wordPositions(scratch);
  const words: string[] = [];
  for (let k = 0; k < scratch.count; k++) words.push(normal.slice(scratch.starts[k], scratch.ends[k]));
  return { normal, words };
}
