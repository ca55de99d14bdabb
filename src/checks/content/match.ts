import { normalizeText } from '../../classifier/normalize.js';
import { foldLetterlike, foldSprinkledDiacritics, smallCapitalIReadings } from '../../lookalike/letterlike.js';
import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import { CATEGORY_TERMS, THEME_TERMS, type CategoryName, type TermRow, type ThemeName } from './terms.js';
import { codePointOfUnits, codeUnitReader, isAscii, lowerCased, oneByteIfLatin1, rememberingLast } from '../../mail/text-chars.js';
import { PairTable } from '../../mail/pair-table.js';

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
 * The words of the terms as one trie over their code units (lower case, as normalForTerms writes them; an apostrophe
 * inside a word is a unit like a letter), walked while a text's words are found (`readWords`): a word of the text is
 * read once, unit by unit from the root, and most words leave the trie after a unit or two. A node that ends a term's
 * word has that word's number; a node that spells an elided article (ELIDED) says so, which is where the text's loop
 * ends a word at an apostrophe.
 */
/** How deep the nodes are whose children by ASCII unit are read from a dense row (see WordTrie.asciiRow). */
const DENSE_DEPTH = 2;
/** A packed row entry (see WordTrie.asciiRow): the child's row + 1 in its low ROW_BITS bits, the child above them. */
const ROW_BITS = 11;
const MAX_ROWS = (1 << ROW_BITS) - 1;
const MAX_NODES = 1 << (31 - ROW_BITS);

class WordTrie {
  /** The root's children by ASCII unit (most words start with one), -1 for none. */
  readonly rootAscii: Int32Array;
  private readonly edges: PairTable;
  /** By node: the number of the term word it ends, or -1. */
  readonly wordIds: Int32Array;
  /** By node: 1 when it spells an elided article. */
  readonly elided: Uint8Array;
  /** The number of term words. */
  readonly wordCount: number;
  /**
   * The children by ASCII unit of the nodes DENSE_DEPTH deep or less spelled in ASCII (the root, then ~30 and ~230
   * nodes: most of a text's look-ups, as most words leave the trie after a unit or two), read without a probe of `edges`:
   * node n's row is `asciiRow[n]` (-1: none), its child by unit u read from `asciiNext[row * 128 + u]`: -1 none, -2 not
   * looked up yet, else the child and the child's own row, packed (`child << ROW_BITS | row + 1`, 0 for none), so that a
   * reader going down rows reads one array per unit (readWords). Filled as the look-ups come (`fill`), a row given to a
   * node when it is first reached from a row's node less deep than DENSE_DEPTH: nothing to make when the trie is made (a
   * one-message scan reads the trie from the build's file and looks up few children), at most ~270 rows of 128 once a
   * scanner has read some mail (and never more than MAX_ROWS). Not written out.
   */
  private asciiRow: Int32Array;
  /** See asciiRow; read by readWords' inner loop directly (it is replaced when rows are added: read it again after a call). */
  asciiNext: Int32Array;
  /** By row: its node's depth. */
  private rowDepth: Uint8Array;
  private rows = 1;

  constructor(rootAscii: Int32Array, edges: PairTable, wordIds: Int32Array, elided: Uint8Array, wordCount: number) {
    // A packed entry holds a node number above ROW_BITS bits: the term tables' trie has ~14,000 nodes.
    if (wordIds.length > MAX_NODES) throw new Error(`WordTrie: ${wordIds.length} nodes, at most ${MAX_NODES}`);
    this.rootAscii = rootAscii;
    this.edges = edges;
    this.wordIds = wordIds;
    this.elided = elided;
    this.wordCount = wordCount;
    this.asciiRow = new Int32Array(wordIds.length).fill(-1);
    this.asciiRow[0] = 0;
    this.asciiNext = new Int32Array(32 << 7).fill(-2);
    this.rowDepth = new Uint8Array(32);
  }

  /** The trie of `words` (numbered in order, a repeated word keeping its first number) and the elided articles. */
  static build(words: Iterable<string>): WordTrie {
    const rootAscii = new Int32Array(0x80).fill(-1);
    const edges = new PairTable();
    let nodes = 1;
    const ends = new Map<number, number>();
    const spell = (word: string): number => {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const unit = word.charCodeAt(k);
        let next = node === 0 && unit < 0x80 ? rootAscii[unit]! : edges.get(node, unit);
        if (next < 0) {
          next = nodes++;
          if (node === 0 && unit < 0x80) rootAscii[unit] = next;
          else edges.add(node, unit, next);
        }
        node = next;
      }
      return node;
    };
    for (const word of words) {
      const node = spell(word);
      if (!ends.has(node)) ends.set(node, ends.size);
    }
    const elidedNodes = [...ELIDED].map(spell);
    const wordIds = new Int32Array(nodes).fill(-1);
    for (const [node, id] of ends) wordIds[node] = id;
    const elided = new Uint8Array(nodes);
    for (const node of elidedNodes) elided[node] = 1;
    return new WordTrie(rootAscii, edges, wordIds, elided, ends.size);
  }

  /** The child of `node` (≥ 0) by `unit`, or -1. */
  next(node: number, unit: number): number {
    if (unit < 0x80) {
      const row = this.asciiRow[node]!;
      if (row >= 0) {
        let entry = this.asciiNext[(row << 7) | unit]!;
        if (entry === -2) entry = this.fill(node, row, unit);
        return entry < 0 ? -1 : entry >> ROW_BITS;
      }
    }
    return this.edges.get(node, unit);
  }

  /** The row of `node` (≥ 0), or -1: where readWords' inner loop goes on reading packed entries. */
  rowOf(node: number): number {
    return this.asciiRow[node]!;
  }

  /** The child of `node` (≥ 0) by `unit` read from `edges` (a node without a row: see asciiRow), or -1. */
  deep(node: number, unit: number): number {
    return this.edges.get(node, unit);
  }

  /**
   * The child of `node` (whose row is `row`) by ASCII `unit`, looked up and kept in the row, packed (see asciiRow); the child
   * given a row of its own when `node` is less deep than DENSE_DEPTH.
   */
  private fill(node: number, row: number, unit: number): number {
    const child = node === 0 ? this.rootAscii[unit]! : this.edges.get(node, unit);
    const depth = this.rowDepth[row]!;
    if (child >= 0 && depth < DENSE_DEPTH && this.asciiRow[child]! < 0 && this.rows < MAX_ROWS) {
      const own = this.rows++;
      if (own === this.rowDepth.length) {
        const next = new Int32Array(this.asciiNext.length * 2).fill(-2);
        next.set(this.asciiNext);
        this.asciiNext = next;
        const depths = new Uint8Array(this.rowDepth.length * 2);
        depths.set(this.rowDepth);
        this.rowDepth = depths;
      }
      this.asciiRow[child] = own;
      this.rowDepth[own] = depth + 1;
    }
    const entry = child < 0 ? -1 : (child << ROW_BITS) | (this.asciiRow[child]! + 1);
    this.asciiNext[(row << 7) | unit] = entry;
    return entry;
  }

  /** The number of the term word `word` is, or -1. */
  idOf(word: string): number {
    let node = 0;
    for (let k = 0; k < word.length && node >= 0; k++) node = this.next(node, word.charCodeAt(k));
    return node >= 0 ? this.wordIds[node]! : -1;
  }

  /** The trie as arrays (see TermIndex.arrays). */
  arrays(): (Int32Array | Uint8Array)[] {
    return [this.rootAscii, ...this.edges.arrays(), this.wordIds, this.elided, Int32Array.of(this.wordCount)];
  }

  /** The trie written out by `arrays`, if they fit one (lengths agree), else undefined. */
  static fromArrays(arrays: readonly (Int32Array | Uint8Array)[]): WordTrie | undefined {
    const [rootAscii, shape, keysA, keysB, values, wordIds, elided, count] = arrays;
    const ints = [rootAscii, shape, keysA, keysB, values, wordIds, count];
    if (!ints.every((a) => a instanceof Int32Array) || !(elided instanceof Uint8Array)) return undefined;
    const [r, sh, ka, kb, v, ids, n] = ints as Int32Array[];
    if (r!.length !== 0x80 || ids!.length !== elided.length || ids!.length === 0 || ids!.length > MAX_NODES || n!.length !== 1 || !PairTable.fits([sh!, ka!, kb!, v!])) return undefined;
    return new WordTrie(r!, new PairTable([sh!, ka!, kb!, v!]), ids!, elided, n![0]!);
  }
}

/** A trie that holds no term word: it only tells elided articles (termWords' word loop). */
const NO_TERM_WORDS = WordTrie.build([]);

/**
 * The Japanese terms (no spaces: matched as substrings) as one Aho–Corasick automaton over their code units: a text is
 * read once, whatever the number of terms (a substring search per term read the text once per term: 352 of them).
 */
class SubstringAutomaton {
  private readonly edges: PairTable;
  /** Code units that occur in some term (1): any other unit goes back to the root without a look-up. */
  private readonly inTerms: Uint8Array;
  private readonly fail: Int32Array;
  /** By node: the nearest node down the failure links (itself excluded) that ends a term, or 0. */
  private readonly outputLink: Int32Array;
  /** By node: the terms (indices) that end there, `outputs[outputStart[node] .. outputStart[node + 1]]`. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;

  constructor(edges: PairTable, inTerms: Uint8Array, fail: Int32Array, outputLink: Int32Array, outputStart: Int32Array, outputs: Int32Array) {
    this.edges = edges;
    this.inTerms = inTerms;
    this.fail = fail;
    this.outputLink = outputLink;
    this.outputStart = outputStart;
    this.outputs = outputs;
  }

  static build(terms: readonly string[]): SubstringAutomaton {
    const edges = new PairTable();
    const inTerms = new Uint8Array(0x10000);
    // Each node's children as a list (first child, next sibling), for the breadth-first walk below.
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const unitInto: number[] = [-1];
    const ending: number[][] = [[]];
    terms.forEach((term, index) => {
      let node = 0;
      for (let k = 0; k < term.length; k++) {
        const unit = term.charCodeAt(k);
        inTerms[unit] = 1;
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
    const fail = new Int32Array(nodes);
    const outputLink = new Int32Array(nodes);
    // Breadth first (a node's failure link is the longest proper suffix of its string that is a node, so one of a
    // lower depth, whatever the order of siblings).
    const queue: number[] = [];
    for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) queue.push(c);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
        const unit = unitInto[child]!;
        let f = fail[node]!;
        let target = -1;
        for (;;) {
          target = edges.get(f, unit);
          if (target >= 0 || f === 0) break;
          f = fail[f]!;
        }
        fail[child] = target >= 0 && target !== child ? target : 0;
        const to = fail[child]!;
        outputLink[child] = ending[to]!.length ? to : outputLink[to]!;
        queue.push(child);
      }
    }
    const { start, items } = flattened(ending);
    return new SubstringAutomaton(edges, inTerms, fail, outputLink, start, items);
  }

  /** The automaton as arrays (see TermIndex.arrays). */
  arrays(): (Int32Array | Uint8Array)[] {
    return [...this.edges.arrays(), this.inTerms, this.fail, this.outputLink, this.outputStart, this.outputs];
  }

  /** The automaton written out by `arrays` for `terms` terms, if they fit one (lengths agree), else undefined. */
  static fromArrays(arrays: readonly (Int32Array | Uint8Array)[], terms: number): SubstringAutomaton | undefined {
    const [shape, keysA, keysB, values, inTerms, fail, outputLink, outputStart, outputs] = arrays;
    const ints = [shape, keysA, keysB, values, fail, outputLink, outputStart, outputs];
    if (!ints.every((a) => a instanceof Int32Array) || !(inTerms instanceof Uint8Array)) return undefined;
    const [sh, ka, kb, v, f, link, start, out] = ints as Int32Array[];
    const nodes = f!.length;
    if (inTerms.length !== 0x10000 || nodes === 0 || link!.length !== nodes || start!.length !== nodes + 1 || out!.length !== start![nodes] || !PairTable.fits([sh!, ka!, kb!, v!])) return undefined;
    if (out!.some((index) => index < 0 || index >= terms)) return undefined;
    return new SubstringAutomaton(new PairTable([sh!, ka!, kb!, v!]), inTerms, f!, link!, start!, out!);
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

/** What TermIndex.build makes (and TermIndex.fromArrays reads back): the tries and the lists over them. */
interface BuiltTermIndex {
  trie: WordTrie;
  phraseEdges: PairTable;
  hasLonger: Uint8Array;
  rowStart: Int32Array;
  phraseRows: Int32Array;
  substringRows: Int32Array;
  substrings: SubstringAutomaton | undefined;
  wordTables: Uint8Array;
}

/**
 * The layout of TermIndex.arrays: a precomputed index written in another layout is not read (bump it with any change of
 * what the arrays hold or mean).
 */
const TERM_INDEX_LAYOUT = 1;

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
  private readonly rows: TermRow<string>[];
  private readonly tableOf: Int32Array;
  private readonly tableCount: number;
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
  private readonly substringRows: Int32Array;
  private readonly substrings: SubstringAutomaton | undefined;
  /**
   * By term word (number): bit t set when it is a word of a spaced-script term of table t — what a small capital ɪ may
   * spell in that table (see readSmallCapitalI).
   */
  private readonly wordTables: Uint8Array;
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

  private constructor(tables: readonly (readonly TermRow<string>[])[], built: BuiltTermIndex) {
    this.rows = tables.flat();
    this.tableCount = tables.length;
    this.tableOf = new Int32Array(this.rows.length);
    for (let t = 0, at = 0; t < tables.length; at += tables[t]!.length, t++) this.tableOf.fill(t, at, at + tables[t]!.length);
    this.trie = built.trie;
    this.phraseEdges = built.phraseEdges;
    this.hasLonger = built.hasLonger;
    this.rowStart = built.rowStart;
    this.phraseRows = built.phraseRows;
    this.substringRows = built.substringRows;
    this.substrings = built.substrings;
    this.wordTables = built.wordTables;
    this.seen = new Int32Array(this.rows.length);
    this.substringSeen = new Int32Array(this.substringRows.length + 1);
  }

  /** The index of `tables` (at most 8), built from their rows. */
  static build(tables: readonly (readonly TermRow<string>[])[]): TermIndex {
    if (tables.length > 8) throw new Error('TermIndex: at most 8 tables');
    const phrases: { words: string[]; row: number }[] = [];
    const japanese: string[] = [];
    const substringRows: number[] = [];
    let number = 0;
    for (const rows of tables) {
      for (const row of rows) {
        // Words of spaced scripts (English, German, Portuguese with its accents…) match as whole words;
        // Japanese, which has no spaces, as substrings.
        if (!HAS_JAPANESE.test(row.term)) {
          const words = wordsOfTerm(row.term);
          if (words.length > 0) phrases.push({ words, row: number });
        } else {
          substringRows.push(number);
          japanese.push(row.term);
        }
        number++;
      }
    }
    const trie = WordTrie.build(phrases.flatMap((p) => p.words));
    const wordCount = trie.wordCount;
    const wordTables = new Uint8Array(wordCount);
    const tableOfRow = (row: number): number => {
      let t = 0;
      for (let end = tables[0]!.length; row >= end; end += tables[++t]!.length);
      return t;
    };
    // Phrase nodes past the one-word ones, by parent and word.
    const phraseEdges = new PairTable();
    const parents: number[] = [];
    const rowsAt: number[][] = Array.from({ length: wordCount }, () => []);
    for (const { words, row } of phrases) {
      const ids = words.map((w) => trie.idOf(w));
      for (const id of ids) wordTables[id] = wordTables[id]! | (1 << tableOfRow(row));
      let node = ids[0]!;
      for (let k = 1; k < ids.length; k++) {
        const id = ids[k]!;
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
    const hasLonger = new Uint8Array(rowsAt.length);
    for (const parent of parents) hasLonger[parent] = 1;
    const { start: rowStart, items: phraseRows } = flattened(rowsAt);
    return new TermIndex(tables, {
      trie,
      phraseEdges,
      hasLonger,
      rowStart,
      phraseRows,
      substringRows: Int32Array.from(substringRows),
      substrings: japanese.length ? SubstringAutomaton.build(japanese) : undefined,
      wordTables,
    });
  }

  /**
   * The index as a list of typed arrays (what the build writes: src/runtime/term-index.ts), no string or object in it:
   * read back by `fromArrays` as views of the file's bytes, with nothing to build.
   */
  arrays(): (Int32Array | Uint8Array)[] {
    const shape = Int32Array.of(TERM_INDEX_LAYOUT, this.tableCount, this.rows.length, this.substrings ? 1 : 0);
    return [shape, ...this.trie.arrays(), ...this.phraseEdges.arrays(), this.hasLonger, this.rowStart, this.phraseRows, this.substringRows, this.wordTables, ...(this.substrings?.arrays() ?? [])];
  }

  /**
   * The index of `tables` written out by `arrays`, if the arrays fit them (their number of tables and rows, and lengths
   * that agree with each other), else undefined. That they were written for these very rows is the caller's to know
   * (the file is named by termTablesKey).
   */
  static fromArrays(tables: readonly (readonly TermRow<string>[])[], arrays: readonly (Int32Array | Uint8Array)[]): TermIndex | undefined {
    const rowCount = tables.reduce((n, rows) => n + rows.length, 0);
    const [shape] = arrays;
    if (!(shape instanceof Int32Array) || shape.length !== 4 || shape[0] !== TERM_INDEX_LAYOUT || shape[1] !== tables.length || shape[2] !== rowCount) return undefined;
    const trie = WordTrie.fromArrays(arrays.slice(1, 9));
    const [sh, ka, kb, v, hasLonger, rowStart, phraseRows, substringRows, wordTables] = arrays.slice(9, 18);
    const ints = [sh, ka, kb, v, rowStart, phraseRows, substringRows];
    if (!trie || !ints.every((a) => a instanceof Int32Array) || !(hasLonger instanceof Uint8Array) || !(wordTables instanceof Uint8Array)) return undefined;
    const [shp, keysA, keysB, values, start, rows, substringRowList] = ints as Int32Array[];
    const phraseNodes = hasLonger.length;
    if (!PairTable.fits([shp!, keysA!, keysB!, values!]) || phraseNodes < trie.wordCount || wordTables.length !== trie.wordCount) return undefined;
    if (start!.length !== phraseNodes + 1 || rows!.length !== start![phraseNodes]) return undefined;
    if (rows!.some((row) => row < 0 || row >= rowCount) || substringRowList!.some((row) => row < 0 || row >= rowCount)) return undefined;
    const rest = arrays.slice(18);
    let substrings: SubstringAutomaton | undefined;
    if (shape[3] === 1) {
      substrings = SubstringAutomaton.fromArrays(rest, substringRowList!.length);
      if (!substrings || rest.length !== 9) return undefined;
    } else if (rest.length !== 0 || substringRowList!.length !== 0) return undefined;
    return new TermIndex(tables, {
      trie,
      phraseEdges: new PairTable([shp!, keysA!, keysB!, values!]),
      hasLonger,
      rowStart: start!,
      phraseRows: rows!,
      substringRows: substringRowList!,
      substrings,
      wordTables,
    });
  }

  /** Distinct terms found in `text` (normalised here: NFKC, invisible characters removed, lower case), by name, one map per table. */
  match(text: string): Map<string, TermHits>[] {
    const tables = this.tableCount;
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
        const reading = this.readSmallCapitalI(text, t);
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

  /** `text` with each small-capital word holding ɪ replaced by the first of its other readings that is a word of table `table`'s terms. */
  private readSmallCapitalI(text: string, table: number): string {
    const bit = 1 << table;
    const isWord = (reading: string): boolean => {
      const id = this.trie.idOf(reading);
      return id >= 0 && (this.wordTables[id]! & bit) !== 0;
    };
    return text.replace(SMALL_CAPITAL_I_WORD, (word) => smallCapitalIReadings(word).find(isWord) ?? word);
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
    private readonly index = TermIndex.build([rows]),
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
export function pairedTermMatchers<A extends string, B extends string>(
  a: readonly TermRow<A>[],
  b: readonly TermRow<B>[],
  index: TermIndex = TermIndex.build([a, b]),
): [TermMatcher<A>, TermMatcher<B>] {
  const shared: SharedMatch = { text: '', found: [] };
  return [new TermMatcher(a, index, 0, shared), new TermMatcher(b, index, 1, shared)];
}

let categoryAndThemeTables: [TermMatcher<CategoryName>, TermMatcher<ThemeName>] | undefined;

/**
 * The category and theme tables' matchers (terms.ts), paired, made once per process on first use: from `precomputed`
 * (the index's arrays as the build wrote them for these tables, see categoryAndThemeIndexArrays) when given and they fit,
 * else built from the rows.
 */
export function categoryAndThemeMatchers(precomputed?: readonly (Int32Array | Uint8Array)[]): [TermMatcher<CategoryName>, TermMatcher<ThemeName>] {
  if (categoryAndThemeTables) return categoryAndThemeTables;
  const tables = [CATEGORY_TERMS, THEME_TERMS] as const;
  const index = (precomputed && TermIndex.fromArrays(tables, precomputed)) || TermIndex.build(tables);
  return (categoryAndThemeTables = pairedTermMatchers(CATEGORY_TERMS, THEME_TERMS, index));
}

/** The category and theme tables' index, freshly built, as the arrays the build writes (src/runtime/term-index.ts). */
export function categoryAndThemeIndexArrays(): (Int32Array | Uint8Array)[] {
  return TermIndex.build([CATEGORY_TERMS, THEME_TERMS]).arrays();
}

/** The index of the category and theme tables read back from `arrays` (undefined when they do not fit): for tests. */
export function categoryAndThemeIndexFrom(arrays: readonly (Int32Array | Uint8Array)[]): [TermMatcher<CategoryName>, TermMatcher<ThemeName>] | undefined {
  const index = TermIndex.fromArrays([CATEGORY_TERMS, THEME_TERMS], arrays);
  return index && pairedTermMatchers(CATEGORY_TERMS, THEME_TERMS, index);
}

/**
 * termTablesKey of the category and theme tables, as scripts/bundle.mjs computed it for the rows it built into the bundle
 * (esbuild's `define`): hashing ~170 K characters of rows cost ~15 ms of every one-message scan, in code run once. Absent
 * (tsx, tsc's dist/), computed here.
 */
declare const __SPAMLAB_TERM_INDEX_KEY__: string | undefined;

/** What the category and theme index is a function of (see termTablesKey). */
export function categoryAndThemeIndexKey(): string {
  return typeof __SPAMLAB_TERM_INDEX_KEY__ === 'string' ? __SPAMLAB_TERM_INDEX_KEY__ : termTablesKey([CATEGORY_TERMS, THEME_TERMS]);
}

/**
 * What an index of `tables` is a function of: its layout (which stands for the code that reads words and builds the
 * tries), the byte order of its arrays, the elided articles and every row of every table (name, weight, term). A
 * precomputed index is used only under the same key (a file written for other rows is stale). FNV-1a over that text,
 * two 32-bit lanes: a check against a stale file, not against an attacker (who could write the bundle beside it).
 */
export function termTablesKey(tables: readonly (readonly TermRow<string>[])[]): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  let units = 0;
  const add = (text: string): void => {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    units += text.length;
  };
  // Not the patterns' sources: the one-message CLI's bundle writes their property escapes out as ranges (scripts/bundle.mjs).
  add(`${[...ELIDED].join(' ')}\u0000`);
  for (const rows of tables) {
    for (const { name, weight, term } of rows) add(`${name}\u0000${weight}\u0000${term}\u0000`);
    add('\u0001');
  }
  const endian = new Uint8Array(Int32Array.of(1).buffer)[0] === 1 ? 'le' : 'be';
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return `layout ${TERM_INDEX_LAYOUT} ${endian} rows ${tables.map((rows) => rows.length).join('+')} units ${units} fnv ${hex(a)}${hex(b)}`;
}

/**
 * A run of letters holding a small capital ɪ (smallCapitalIReadings says which are small-capital words). Tried from the
 * first letter of a run only (the look-behind): from every letter, a long run without ɪ in a text with one ɪ elsewhere was
 * read to its end again and again (8 KB of one Cyrillic word: 3.4 s; 32 KB: 52 s). A match spans its whole run either way.
 * Not exported: a module-level pattern that is not exported is made on first use by the one-message CLI's build
 * (src/runtime/lazy-patterns.ts), and a scan rarely needs this one; tests reach it through smallCapitalIWord().
 */
const SMALL_CAPITAL_I_WORD = /(?<!\p{L})\p{L}*\u026a\p{L}*/gu;
/** SMALL_CAPITAL_I_WORD, for tests. */
export const smallCapitalIWord = (): RegExp => SMALL_CAPITAL_I_WORD;


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
  // The shown text is cut before it is joined, to what of it maxChars leaves room for: a cut of the joined text made V8
  // flatten all of it first, a copy of the whole shown text (a 2 MB text part's, kept by this memo until the next message)
  // of which maxChars were read. Same text; a text within maxChars is joined as before.
  const head = `${subject}\n${name}\n`;
  const room = maxChars - head.length;
  const text = room <= 0 ? head.slice(0, maxChars) : shown.length <= room ? `${head}${shown}` : `${head}${shown.slice(0, room)}`;
  lastTermText = { subject, name, shown, maxChars, text };
  return text;
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
 * code units. One pass, each code unit read once: ASCII (most text) is told apart by a table on its code unit, other
 * characters by a table of their classes made as they are met — no string per character or word. Returns whether the
 * text has Han, hiragana or katakana (HAS_JAPANESE).
 *
 * Two loops: the inner one reads ASCII word and gap characters and steps the trie where that needs no call (one packed
 * row entry a unit, see WordTrie.asciiRow), and leaves to the outer one, a code unit at a time, what does — a character
 * past ASCII (its class), an apostrophe after a word (the class of the character after it), a trie row to fill, a full
 * buffer, the text's end. The reader this replaced had those calls inside its per-character loop, and spilled and reloaded
 * its state around them at every character (session 52, callgrind: −19 % of its instructions in a scan; the same words,
 * held to it in match-words.test.ts). The inner loop still checks each typed array's map, detached bit and length at every
 * read: TurboFan does not hoist them out of a loop.
 */
function readWords(buffer: WordBuffer, text: string, fold: number, trie: WordTrie): boolean {
  const length = text.length;
  const units = codeUnits(text);
  const { wordIds, elided } = trie;
  // Locals: a module constant read in the loop is a context load and a hole check at every character.
  const wordChar = ASCII_WORD_CHAR;
  const rowBits = ROW_BITS;
  const rowMask = MAX_ROWS;
  let { starts, ends, ids } = buffer;
  let count = 0;
  let japanese = 0;
  let i = 0;
  // The word being read starts at `start` (-1: between words); `node` its place in the trie (-1: no term word begins so),
  // `row` that node's row (-1: none, its children are read from the trie's edges).
  let start = -1;
  let node = 0;
  let row = 0;
  for (;;) {
    // The packed rows, read again after the calls below (a row added may have replaced them).
    const rows = trie.asciiNext;
    for (; i < length; i++) {
      const c = units[i]!;
      if (c >= 0x80) break;
      if (wordChar[c] === 0) {
        if (start < 0) continue;
        if (c === 0x27 || count === starts.length) break;
        starts[count] = start;
        ends[count] = i;
        ids[count++] = node >= 0 ? wordIds[node]! : -1;
        start = -1;
        continue;
      }
      if (start < 0) {
        start = i;
        node = 0;
        row = 0;
      }
      if (node < 0) continue;
      if (row < 0) {
        node = trie.deep(node, c | fold);
        continue;
      }
      const entry = rows[(row << 7) | c | fold]!;
      if (entry === -2) break;
      if (entry < 0) {
        node = -1;
        continue;
      }
      node = entry >> rowBits;
      row = (entry & rowMask) - 1;
    }
    // Where the word being read ends, if it ends here: at the text's end, or at the code unit i read below.
    let end = -1;
    let step = 0;
    if (i >= length) {
      if (start < 0) break;
      end = length;
    } else {
      // The code unit at i, read with the calls the inner loop leaves out.
      const c = units[i]!;
      if (c < 0x80) {
        if (wordChar[c] !== 0) {
          // A trie row's entry not looked up yet (start was set by the inner loop).
          node = trie.next(node, c | fold);
          row = node >= 0 ? trie.rowOf(node) : -1;
          i++;
          continue;
        }
        // After a word: an apostrophe followed by a letter or digit goes on with it, unless what is read is an elided
        // article (the apostrophe ends it, and the next word starts after); anything else ends it.
        if (c === 0x27 && i + 1 < length && (charClass(codePointOfUnits(units, length, i + 1)) & WORD_CHAR) !== 0 && !(node >= 0 && elided[node] === 1)) {
          if (node >= 0) node = trie.next(node, 0x27);
          row = node >= 0 ? trie.rowOf(node) : -1;
          i++;
          continue;
        }
        end = i;
        step = 1;
      } else {
        const cp = codePointOfUnits(units, length, i);
        const kind = charClass(cp);
        japanese |= kind;
        step = cp > 0xffff ? 2 : 1;
        if ((kind & WORD_CHAR) === 0) {
          if (start >= 0) end = i;
        } else {
          if (start < 0) {
            start = i;
            node = 0;
          }
          if (node >= 0) node = trie.next(node, c);
          if (step === 2 && node >= 0) node = trie.next(node, units[i + 1]!);
          row = node >= 0 ? trie.rowOf(node) : -1;
        }
        if (end < 0) {
          i += step;
          continue;
        }
      }
    }
    // Every word the inner loop does not end is recorded here, the text's last one included: a block of its own for the
    // text's end was seen too rarely before TurboFan compiled readWords, compiled to deoptimise, and left at every text
    // that ended in a word (session 52).
    if (count === starts.length) {
      buffer.starts = starts = grownInts(starts);
      buffer.ends = ends = grownInts(ends);
      buffer.ids = ids = grownInts(ids);
    }
    starts[count] = start;
    ends[count] = end;
    ids[count++] = node >= 0 ? wordIds[node]! : -1;
    start = -1;
    if (end === length) break;
    i += step;
  }
  buffer.count = count;
  return (japanese & JAPANESE_CHAR) !== 0;
}

/** A copy of `from` in an array twice its length (readWords' buffer, grown). */
function grownInts(from: Int32Array): Int32Array {
  const grown = new Int32Array(from.length * 2);
  grown.set(from);
  return grown;
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

/** readWords' code units of the text it reads. */
const codeUnits = codeUnitReader();

/**
 * A text as the term tables read it: NFKC, invisible characters dropped, letter-like disguises NFKC leaves (small
 * capitals `ᴘᴀʏᴍᴇɴᴛ`, negative squared letters) read as Latin letters first (so NFKC composes `ᴄ̧` into ç), lower case,
 * ’ as '. None of these changes ASCII: ASCII text (most mail) is only lower-cased.
 */
export const normalForTerms = rememberingLast(function normalForTerms(text: string): string {
  return isAscii(text) ? lowerCased(text) : normalForOtherText(text);
});

/** normalForTerms of a text that is not all ASCII. */
function normalForOtherText(text: string): string {
  // Two-byte whatever is left once a ’ or a letter-like character is read: held one byte a character when it can be.
  return oneByteIfLatin1(lowerCased(foldSprinkledDiacritics(normalizeText(foldLetterlike(text)))).replace(/’/g, "'"));
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

/**
 * readWords over a fresh buffer of `size` entries (grown as it needs), with the category and theme tables' word trie or
 * none (elided articles only): for tests, which hold it to the reader it replaced (match-words.test.ts). `trie(terms)`: the
 * trie read, for such a reader.
 */
export function wordReaderForTests(): {
  trie(terms: boolean): Pick<WordTrie, 'next' | 'wordIds' | 'elided'>;
  read(text: string, fold: number, terms: boolean, size: number): { starts: number[]; ends: number[]; ids: number[]; japanese: boolean };
} {
  const trie = WordTrie.build([...CATEGORY_TERMS, ...THEME_TERMS].filter((r) => !HAS_JAPANESE.test(r.term)).flatMap((r) => wordsOfTerm(r.term)));
  return {
    trie: (terms) => (terms ? trie : NO_TERM_WORDS),
    read(text, fold, terms, size) {
      const buffer = newWordBuffer(size);
      const japanese = readWords(buffer, text, fold, terms ? trie : NO_TERM_WORDS);
      const n = buffer.count;
      return { starts: [...buffer.starts.subarray(0, n)], ends: [...buffer.ends.subarray(0, n)], ids: [...buffer.ids.subarray(0, n)], japanese };
    },
  };
}
