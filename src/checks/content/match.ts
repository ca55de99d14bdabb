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

/** Lists by number as one array: list n is `items[start[n] .. start[n + 1]]`. */
function flattened(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  let n = 0;
  lists.forEach((list, i) => {
    start[i] = n;
    n += list.length;
  });
  start[lists.length] = n;
  const items = new Int32Array(n);
  lists.forEach((list, i) => items.set(list, start[i]!));
  return { start, items };
}

/**
 * Pairs of non-negative integers (a node and a code unit, a phrase node and a word) to a non-negative value, in open
 * addressing over typed arrays: the edges of the tries below, looked up with no string, Map entry or object per look-up.
 */
class PairTable {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private values: Int32Array;
  private shift: number;
  private mask: number;
  private size = 0;

  constructor() {
    // Built by add(), doubled when half full: the tries are spelled straight into it, with no Map per node or array per
    // edge first (~20,000 nodes made that many short-lived objects, and scanner creation spent most of its time collecting them).
    this.keysA = new Int32Array(16).fill(-1);
    this.keysB = new Int32Array(16);
    this.values = new Int32Array(16);
    this.shift = 28;
    this.mask = 15;
  }

  private slot(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> this.shift;
  }

  /** The value of (a, b), or -1. */
  get(a: number, b: number): number {
    const keysA = this.keysA;
    for (let i = this.slot(a, b); ; i = (i + 1) & this.mask) {
      const k = keysA[i]!;
      if (k === a && this.keysB[i] === b) return this.values[i]!;
      if (k === -1) return -1;
    }
  }

  /** Holds (a, b) → value; (a, b) is not held yet (the builders add an edge only after get found none). */
  add(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    this.place(a, b, value);
    this.size++;
  }

  private place(a: number, b: number, value: number): void {
    let i = this.slot(a, b);
    while (this.keysA[i] !== -1) i = (i + 1) & this.mask;
    this.keysA[i] = a;
    this.keysB[i] = b;
    this.values[i] = value;
  }

  private grow(): void {
    const { keysA, keysB, values } = this;
    const size = keysA.length * 2;
    this.keysA = new Int32Array(size).fill(-1);
    this.keysB = new Int32Array(size);
    this.values = new Int32Array(size);
    this.shift--;
    this.mask = size - 1;
    for (let i = 0; i < keysA.length; i++) if (keysA[i] !== -1) this.place(keysA[i]!, keysB[i]!, values[i]!);
  }
}

/**
 * The words of the terms as one trie over their code units (lower case, as normalForTerms writes them; an apostrophe
 * inside a word is a unit like a letter), walked while a text's words are found (`readWords`): a word of the text is
 * read once, unit by unit from the root, and most words leave the trie after a unit or two. A node that ends a term's
 * word has that word's number; a node that spells an elided article (ELIDED) says so, which is where the text's loop
 * ends a word at an apostrophe.
 */
class WordTrie {
  /** The root's children by ASCII unit (most words start with one), -1 for none. */
  readonly rootAscii = new Int32Array(0x80).fill(-1);
  private readonly edges: PairTable;
  /** By node: the number of the term word it ends, or -1. */
  readonly wordIds: Int32Array;
  /** By node: 1 when it spells an elided article. */
  readonly elided: Uint8Array;
  /** Every term word, by number. */
  readonly words: string[] = [];

  constructor(words: Iterable<string>) {
    const edges = new PairTable();
    let nodes = 1;
    const ends = new Map<number, number>();
    const spell = (word: string): number => {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const unit = word.charCodeAt(k);
        let next = this.next(node, unit);
        if (next < 0) {
          next = nodes++;
          if (node === 0 && unit < 0x80) this.rootAscii[unit] = next;
          else edges.add(node, unit, next);
        }
        node = next;
      }
      return node;
    };
    this.edges = edges;
    for (const word of words) {
      const node = spell(word);
      if (!ends.has(node)) {
        ends.set(node, this.words.length);
        this.words.push(word);
      }
    }
    const elidedNodes = [...ELIDED].map(spell);
    this.wordIds = new Int32Array(nodes).fill(-1);
    for (const [node, id] of ends) this.wordIds[node] = id;
    this.elided = new Uint8Array(nodes);
    for (const node of elidedNodes) this.elided[node] = 1;
  }

  /** The child of `node` (≥ 0) by `unit`, or -1. */
  next(node: number, unit: number): number {
    return node === 0 && unit < 0x80 ? this.rootAscii[unit]! : this.edges.get(node, unit);
  }
}

/** A trie that holds no term word: it only tells elided articles (termWords' word loop). */
const NO_TERM_WORDS = new WordTrie([]);

/**
 * The Japanese terms (no spaces: matched as substrings) as one Aho–Corasick automaton over their code units: a text is
 * read once, whatever the number of terms (a substring search per term read the text once per term: 352 of them).
 */
class SubstringAutomaton {
  private readonly edges: PairTable;
  /** Code units that occur in some term: any other unit goes back to the root without a look-up. */
  private readonly inTerms = new Uint8Array(0x10000);
  private readonly fail: Int32Array;
  /** By node: the nearest node down the failure links (itself excluded) that ends a term, or 0. */
  private readonly outputLink: Int32Array;
  /** By node: the terms (indices) that end there, `outputs[outputStart[node] .. outputStart[node + 1]]`. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;

  constructor(terms: readonly string[]) {
    const edges = new PairTable();
    // Each node's children as a list (first child, next sibling), for the breadth-first walk below.
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const unitInto: number[] = [-1];
    const ending: number[][] = [[]];
    terms.forEach((term, index) => {
      let node = 0;
      for (let k = 0; k < term.length; k++) {
        const unit = term.charCodeAt(k);
        this.inTerms[unit] = 1;
        let next = edges.get(node, unit);
        if (next < 0) {
          next = ending.length;
          ending.push([]);
          edges.add(node, unit, next);
          unitInto.push(unit);
          firstChild.push(-1);
          nextSibling.push(firstChild[node]!);
          firstChild[node] = next;
        }
        node = next;
      }
      ending[node]!.push(index);
    });
    const nodes = ending.length;
    this.edges = edges;
    this.fail = new Int32Array(nodes);
    this.outputLink = new Int32Array(nodes);
    // Breadth first (a node's failure link is the longest proper suffix of its string that is a node, so one of a
    // lower depth, whatever the order of siblings).
    const queue: number[] = [];
    for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) queue.push(c);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
        const unit = unitInto[child]!;
        let f = this.fail[node]!;
        let target = -1;
        for (;;) {
          target = edges.get(f, unit);
          if (target >= 0 || f === 0) break;
          f = this.fail[f]!;
        }
        this.fail[child] = target >= 0 && target !== child ? target : 0;
        const to = this.fail[child]!;
        this.outputLink[child] = ending[to]!.length ? to : this.outputLink[to]!;
        queue.push(child);
      }
    }
    ({ start: this.outputStart, items: this.outputs } = flattened(ending));
  }

  /** Calls `found(index)` for each term that occurs in `text` (once per occurrence). */
  find(text: string, found: (index: number) => void): void {
    const { inTerms, fail, outputLink, outputStart, outputs, edges } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (inTerms[unit] === 0) {
        node = 0;
        continue;
      }
      for (;;) {
        const next = edges.get(node, unit);
        if (next >= 0) {
          node = next;
          break;
        }
        if (node === 0) break;
        node = fail[node]!;
      }
      for (let o = outputStart[node]! < outputStart[node + 1]! ? node : outputLink[node]!; o > 0; o = outputLink[o]!) {
        for (let k = outputStart[o]!; k < outputStart[o + 1]!; k++) found(outputs[k]!);
      }
    }
  }
}

/**
 * Term tables compiled once (in the family's `create`): terms of spaced scripts are matched as whole words or
 * whole-word phrases, Japanese terms (no spaces) as substrings, and only when the text has Japanese at all. The words of
 * every term are one trie over code units (WordTrie), walked while the text's words are found, so each word of the text
 * is read once and gets the number of the term word it is (or none); the phrases are a second trie over those numbers,
 * walked from each word that starts one. Several tables share one index and one walk (categories and themes read the
 * same text of every message); what is found is kept apart by table, in the order each table alone found it before:
 * by the word a phrase starts at, then table, then row.
 */
class TermIndex {
  private readonly trie: WordTrie;
  /** Every row of every table; a row's number (its place here: table by table, row by row) is its order. */
  private readonly rows: TermRow<string>[] = [];
  private readonly tableOf: Int32Array;
  /**
   * Phrase nodes: node w (< the number of term words) is the one-word phrase of word w; longer phrases are reached from
   * it word by word through `phraseEdges`. `hasLonger` says a node has any (most words end every phrase they start).
   */
  private readonly phraseEdges: PairTable;
  private readonly hasLonger: Uint8Array;
  /** By phrase node: the rows (numbers, ascending) whose term is that phrase, `phraseRows[rowStart[node] .. rowStart[node + 1]]`. */
  private readonly rowStart: Int32Array;
  private readonly phraseRows: Int32Array;
  /** The Japanese rows (numbers, ascending), matched as substrings by `substrings`. */
  private readonly substringRows: number[] = [];
  private readonly substrings: SubstringAutomaton | undefined;
  /** Every word of every spaced-script term, by table: what a small capital ɪ may spell (see readSmallCapitalI). */
  private readonly termWords: Set<string>[];
  /** Words of the last text read (reused from text to text). */
  private readonly buffer: WordBuffer = newWordBuffer(1024);
  /** Rows found in the text being matched: `seen[row] === stamp`. */
  private readonly seen: Int32Array;
  private stamp = 0;
  /** Rows found at one word (phrases of several lengths), put in row order before they are added. */
  private found = new Int32Array(16);
  /** Japanese rows found in the text being matched (`substringSeen[index] === stamp`), and which, in the order found. */
  private readonly substringSeen: Int32Array;
  private substringsFound = new Int32Array(16);

  constructor(tables: readonly (readonly TermRow<string>[])[]) {
    this.termWords = tables.map(() => new Set<string>());
    const tableOf: number[] = [];
    const phrases: { words: string[]; row: number }[] = [];
    const japanese: string[] = [];
    tables.forEach((rows, table) => {
      for (const row of rows) {
        const number = this.rows.length;
        this.rows.push(row);
        tableOf.push(table);
        // Words of spaced scripts (English, German, Portuguese with its accents…) match as whole words;
        // Japanese, which has no spaces, as substrings.
        if (!HAS_JAPANESE.test(row.term)) {
          const words = wordsOfTerm(row.term);
          if (words.length === 0) continue;
          phrases.push({ words, row: number });
          for (const w of words) this.termWords[table]!.add(w);
        } else {
          this.substringRows.push(number);
          japanese.push(row.term);
        }
      }
    });
    this.tableOf = Int32Array.from(tableOf);
    this.seen = new Int32Array(this.rows.length);
    this.substringSeen = new Int32Array(japanese.length + 1);
    this.trie = new WordTrie(phrases.flatMap((p) => p.words));
    const wordCount = this.trie.words.length;
    const idOf = (word: string): number => {
      let node = 0;
      for (let k = 0; k < word.length && node >= 0; k++) node = this.trie.next(node, word.charCodeAt(k));
      return this.trie.wordIds[node]!;
    };
    // Phrase nodes past the one-word ones, by parent and word.
    const phraseEdges = new PairTable();
    const parents: number[] = [];
    const rowsAt: number[][] = Array.from({ length: wordCount }, () => []);
    for (const { words, row } of phrases) {
      let node = idOf(words[0]!);
      for (let k = 1; k < words.length; k++) {
        const id = idOf(words[k]!);
        let next = phraseEdges.get(node, id);
        if (next < 0) {
          next = rowsAt.length;
          rowsAt.push([]);
          phraseEdges.add(node, id, next);
          parents.push(node);
        }
        node = next;
      }
      rowsAt[node]!.push(row);
    }
    this.phraseEdges = phraseEdges;
    this.hasLonger = new Uint8Array(rowsAt.length);
    for (const parent of parents) this.hasLonger[parent] = 1;
    ({ start: this.rowStart, items: this.phraseRows } = flattened(rowsAt));
    this.substrings = japanese.length ? new SubstringAutomaton(japanese) : undefined;
  }

  /** Distinct terms found in `text` (normalised here: NFKC, invisible characters removed, lower case), by name, one map per table. */
  match(text: string): Map<string, TermHits>[] {
    const tables = this.termWords.length;
    const found: Map<string, TermHits>[] = [];
    for (let t = 0; t < tables; t++) found.push(new Map());
    // A new stamp marks this text's rows as seen (wrapping after 2^31 texts: the marks are cleared then).
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.substringSeen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const add = (row: number): void => {
      if (this.seen[row] === stamp) return;
      this.seen[row] = stamp;
      const { name, weight, term } = this.rows[row]!;
      const byName = found[this.tableOf[row]!]!;
      const hits = byName.get(name) ?? { weight: 0, terms: [], strongest: 0 };
      hits.weight += weight;
      if (weight > hits.strongest) hits.strongest = weight;
      hits.terms.push(term);
      byName.set(name, hits);
    };
    const { normal, fold } = prepare(text);
    const japanese = readWords(this.buffer, normal, fold, this.trie);
    this.scan(add, -1);
    // Small capital ɪ written for l (`ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ`): the text once more with each such word as the term word it
    // spells, if it spells one of the table's words — per table, for that table's terms. Rare.
    if (text.includes('\u026a')) {
      for (let t = 0; t < tables; t++) {
        const reading = this.readSmallCapitalI(text, this.termWords[t]!);
        if (reading === text) continue;
        const read = prepare(reading);
        readWords(this.buffer, read.normal, read.fold, this.trie);
        this.scan(add, t);
      }
    }
    if (this.substrings && japanese) {
      // Each term found once, then added in row order (as one search per row, in order, added them).
      const seen = this.substringSeen;
      let marks = this.substringsFound;
      let n = 0;
      this.substrings.find(normal, (index) => {
        if (seen[index] === stamp) return;
        seen[index] = stamp;
        if (n === marks.length) {
          const grown = new Int32Array(n * 2);
          grown.set(marks);
          this.substringsFound = marks = grown;
        }
        marks[n++] = index;
      });
      if (n > 0) {
        const sorted = marks.subarray(0, n).sort();
        for (let k = 0; k < n; k++) add(this.substringRows[sorted[k]!]!);
      }
    }
    return found;
  }

  /** Adds the rows whose words or phrases occur in the buffer's words: of table `only`, or of every table (-1). */
  private scan(add: (row: number) => void, only: number): void {
    const { ids, count } = this.buffer;
    const { phraseEdges, hasLonger, rowStart, phraseRows, tableOf } = this;
    let found = this.found;
    for (let i = 0; i < count; i++) {
      let node = ids[i]!;
      if (node < 0) continue;
      let n = 0;
      // The phrases starting at word i, shortest first: node is the phrase of words i .. j - 1.
      for (let j = i + 1; ; j++) {
        for (let k = rowStart[node]!; k < rowStart[node + 1]!; k++) {
          const row = phraseRows[k]!;
          if (only >= 0 && tableOf[row] !== only) continue;
          if (n === found.length) {
            const grown = new Int32Array(n * 2);
            grown.set(found);
            this.found = found = grown;
          }
          // In row order, as the rows starting with this word were tried one after the other (insertion: a word starts
          // few phrases, and each length's rows come in order).
          let at = n++;
          for (; at > 0 && found[at - 1]! > row; at--) found[at] = found[at - 1]!;
          found[at] = row;
        }
        if (j === count || hasLonger[node] === 0) break;
        const id = ids[j]!;
        if (id < 0) break;
        node = phraseEdges.get(node, id);
        if (node < 0) break;
      }
      for (let k = 0; k < n; k++) add(found[k]!);
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


/** The normalised text (see normalForTerms) as it is read: `fold` 0x20 for an ASCII text read as written (see readWords), else 0. */
interface PreparedText {
  text: string;
  normal: string;
  fold: number;
}

/**
 * The normalised text. Kept for the next call: the one-word memory of the text matched last (normalising, NFKC, a text
 * that is not all ASCII is the dearest step). An ASCII text (most mail) is not copied in lower case: `normal` is the
 * text as written and `fold` 0x20, which lower-cases its word characters as they are read (normalForTerms only
 * lower-cases ASCII; the copy was the largest allocation of the content family, ~4 KB per message).
 */
let last: PreparedText = { text: '', normal: '', fold: 0 };
function prepare(text: string): PreparedText {
  if (last.text === text) return last;
  const ascii = isAscii(text);
  last = { text, normal: ascii ? text : normalForOtherText(text), fold: ascii ? 0x20 : 0 };
  return last;
}

/**
 * A text's words as positions: word i is `normal.slice(starts[i], ends[i])`, read through `fold`; `ids[i]` the number of
 * the term word it is in the trie that read it, or -1. The arrays are reused from text to text and grown as needed.
 */
interface WordBuffer {
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  count: number;
}
function newWordBuffer(size: number): WordBuffer {
  return { starts: new Int32Array(size), ends: new Int32Array(size), ids: new Int32Array(size), count: 0 };
}

/**
 * The words of WORD in `text` (a normalised text, read through `fold`: 0x20 lower-cases an ASCII text's word characters
 * — letters, digits, `'` — as they are read, 0 reads a normalised text as it is), by position, into `buffer`, each word
 * walked through `trie` as it is read (its number, or -1): runs of letters and digits joined by inner apostrophes
 * (`don't`), an elided article a word of its own (the trie knows them). Astral letters count as one character of two
 * code units. One loop, each code unit read once: ASCII (most text) is told apart by a table on its code unit, other
 * characters by a table of their classes made as they are met — no string per character or word. Returns whether the
 * text has Han, hiragana or katakana (HAS_JAPANESE).
 */
function readWords(buffer: WordBuffer, text: string, fold: number, trie: WordTrie): boolean {
  const length = text.length;
  const { wordIds, elided } = trie;
  let { starts, ends, ids } = buffer;
  let count = 0;
  let japanese = 0;
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
        const d = text.charCodeAt(i);
        if (d < 0x80) {
          if (ASCII_WORD_CHAR[d] === 0) break;
          if (node >= 0) node = trie.next(node, d | fold);
          i++;
        } else {
          const cp = codePointAt(text, i);
          const kind = charClass(cp);
          japanese |= kind;
          if ((kind & WORD_CHAR) === 0) break;
          if (node >= 0) node = trie.next(node, d);
          if (cp > 0xffff) {
            if (node >= 0) node = trie.next(node, text.charCodeAt(i + 1));
            i += 2;
          } else i++;
        }
      }
      if (i + 1 < length && text.charCodeAt(i) === 0x27 && (charClass(codePointAt(text, i + 1)) & WORD_CHAR) !== 0) {
        // An elided article is a word of its own (see ELIDED): the apostrophe ends it, the next word starts after.
        if (node >= 0 && elided[node] === 1) break;
        if (node >= 0) node = trie.next(node, 0x27);
        i++;
      } else break;
    }
    if (count === starts.length) {
      const grow = (from: Int32Array): Int32Array => {
        const grown = new Int32Array(count * 2);
        grown.set(from);
        return grown;
      };
      buffer.starts = starts = grow(starts);
      buffer.ends = ends = grow(ends);
      buffer.ids = ids = grow(ids);
    }
    starts[count] = start;
    ends[count] = i;
    ids[count++] = node >= 0 ? wordIds[node]! : -1;
  }
  buffer.count = count;
  return (japanese & JAPANESE_CHAR) !== 0;
}

/** charClass bits: a letter or digit (\p{L}, \p{N}); Han, hiragana or katakana (HAS_JAPANESE). */
const WORD_CHAR = 1;
const JAPANESE_CHAR = 2;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** ASCII letters and digits: 1. */
const ASCII_WORD_CHAR = new Uint8Array(0x80).map((_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0));
/** BMP classes as they are met: charClass + 4 (0: not asked yet). */
const bmpClass = new Uint8Array(0x10000);
/** Astral classes as they are met, up to ASTRAL_CLASSES_KEPT code points (a text of every emoji must not grow it without end). */
const astralClass = new Map<number, number>();
const ASTRAL_CLASSES_KEPT = 4096;
function classOf(ch: string): number {
  return (LETTER_OR_DIGIT.test(ch) ? WORD_CHAR : 0) | (HAS_JAPANESE.test(ch) ? JAPANESE_CHAR : 0);
}
/** The class of a code point (NaN, past the end: 0), BMP and astral answers remembered. */
function charClass(cp: number): number {
  if (cp < 0x80) return ASCII_WORD_CHAR[cp]!;
  if (cp < 0x10000) {
    const known = bmpClass[cp]!;
    if (known !== 0) return known - 4;
    const kind = classOf(String.fromCharCode(cp));
    bmpClass[cp] = kind + 4;
    return kind;
  }
  if (!(cp <= 0x10ffff)) return 0;
  let kind = astralClass.get(cp);
  if (kind === undefined) {
    kind = classOf(String.fromCodePoint(cp));
    if (astralClass.size < ASTRAL_CLASSES_KEPT) astralClass.set(cp, kind);
  }
  return kind;
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

/** termWords' word positions. */
const scratch = newWordBuffer(64);

/**
 * A text as the term tables read it (see normalForTerms) and its words (see WORD), as strings. Not remembered: for
 * short texts of other checks (the notice lure's subject and sender name), which must not push the body out of
 * `prepare`'s one-entry memory between categories and themes.
 */
export function termWords(text: string): { normal: string; words: string[] } {
  const normal = normalForTerms(text);
  readWords(scratch, normal, 0, NO_TERM_WORDS);
  const words: string[] = [];
  for (let k = 0; k < scratch.count; k++) words.push(normal.slice(scratch.starts[k], scratch.ends[k]));
  return { normal, words };
}
