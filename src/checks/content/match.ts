import { normalizeText } from '../../classifier/normalize.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { TermRow } from './terms.js';

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
/** WORD on lower-cased ASCII text. */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const HAS_JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A term table compiled once (in the family's `create`): terms of spaced scripts are matched as whole
 * words or whole-word phrases through a map from first word; Japanese terms (no spaces) as substrings,
 * and only when the text has Japanese at all.
 * @example new TermMatcher(rows).match('Buy Viagra now') // Map { 'health' => { weight: 3, terms: ['viagra'] } }
 */
export class TermMatcher<N extends string> {
  private readonly byFirstWord = new Map<string, { words: string[]; row: TermRow<N> }[]>();
  private readonly substrings: TermRow<N>[] = [];
  /** Whether some first word has this wordKey: most words of a text are no term's first word, and this says so without hashing the string for the Map. */
  private readonly firstWordKeys = new Uint8Array(0x10000);

  constructor(rows: readonly TermRow<N>[]) {
    for (const row of rows) {
      // Words of spaced scripts (English, German, Portuguese with its accents…) match as whole words;
      // Japanese, which has no spaces, as substrings.
      if (!HAS_JAPANESE.test(row.term)) {
        const words = row.term.match(WORD) ?? [];
        if (words.length === 0) continue;
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ words, row });
        this.byFirstWord.set(words[0]!, list);
        this.firstWordKeys[wordKey(words[0]!)] = 1;
      } else {
        this.substrings.push(row);
      }
    }
  }

  /** Distinct terms found in `text` (normalised here: NFKC, invisible characters removed, lower case), by name. */
  match(text: string): Map<N, TermHits> {
    const { normal, words } = prepare(text);
    const found = new Map<N, TermHits>();
    const seen = new Set<TermRow<N>>();
    const add = (row: TermRow<N>): void => {
      if (seen.has(row)) return;
      seen.add(row);
      const hits = found.get(row.name) ?? { weight: 0, terms: [], strongest: 0 };
      hits.weight += row.weight;
      if (row.weight > hits.strongest) hits.strongest = row.weight;
      hits.terms.push(row.term);
      found.set(row.name, hits);
    };
    const firstWordKeys = this.firstWordKeys;
    for (let i = 0; i < words.length; i++) {
      if (firstWordKeys[wordKey(words[i]!)] === 0) continue;
      const candidates = this.byFirstWord.get(words[i]!);
      if (!candidates) continue;
      for (const { words: phrase, row } of candidates) {
        let ok = true;
        for (let k = 1; k < phrase.length && ok; k++) ok = words[i + k] === phrase[k];
        if (ok) add(row);
      }
    }
    if (this.substrings.length && HAS_JAPANESE.test(normal)) {
      for (const row of this.substrings) if (normal.includes(row.term)) add(row);
    }
    return found;
  }
}

/** A 16-bit key of a word from its first two code units and its length. */
function wordKey(word: string): number {
  return (Math.imul(word.charCodeAt(0), 961) + (word.length > 1 ? word.charCodeAt(1) * 31 : 0) + word.length) & 0xffff;
}

/**
 * The text the term tables are matched against: subject, the sender's display name (lures put the offer
 * there: "Sex Dating", "Casino Willkommensbonus", "Amazon Gewinnspiel Team") and the visible text.
 */
export function termText(msg: ParsedMessage, maxChars: number): string {
  return `${msg.subject}\n${msg.from[0]?.name ?? ''}\n${msg.visibleText || msg.text}`.slice(0, maxChars);
}

/**
 * The normalised text and its words. The categories and themes checks match the same text of the same
 * message one after the other, so the last result is kept: normalising (NFKC) and splitting 30,000
 * characters is most of what matching costs.
 */
let last: { text: string; normal: string; words: string[] } | undefined;
function prepare(text: string): { normal: string; words: string[] } {
  if (last?.text === text) return last;
  last = { text, ...termWords(text) };
  return last;
}

/**
 * A text as the term tables read it: normalised (NFKC, invisible characters dropped, lower case, ’ as ') and
 * split into words (see WORD). Not remembered: for short texts of other checks (the notice lure's subject and
 * sender name), which must not push the body out of `prepare`'s one-entry memory between categories and themes.
 */
export function termWords(text: string): { normal: string; words: string[] } {
  if (ASCII_ONLY.test(text)) {
    // NFKC, the invisible characters and ’ leave ASCII alone, and lower-cased ASCII words are [a-z0-9] runs:
    // the same words without the Unicode-property pattern.
    const normal = text.toLowerCase();
    return { normal, words: normal.match(ASCII_WORD) ?? [] };
  }
  const normal = normalizeText(text).toLowerCase().replace(/’/g, "'");
  return { normal, words: normal.match(WORD) ?? [] };
}
