/**
 * Aho–Corasick multi-pattern search (Aho & Corasick, CACM 1975): every occurrence of every pattern in one
 * pass over the text, so matching hundreds of brand aliases costs one scan instead of one `indexOf` per
 * alias. Patterns and text are compared by UTF-16 code unit.
 */
import { PairTable } from '../mail/pair-table.js';

/** Lower-case ASCII letters and digits: what folded Latin text (src/brands/normalize.ts) consists of. */
const DENSE_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const DENSE_COLUMNS = 36;
/** ASCII code unit → its column in the dense table, or -1. */
export const DENSE_COLUMN = new Int8Array(128).fill(-1);
for (let column = 0; column < DENSE_COLUMNS; column++) DENSE_COLUMN[DENSE_CHARS.charCodeAt(column)] = column;

/** Shared by every state no pattern ends at (most of them). */
const NONE: readonly number[] = Object.freeze([]);

export class AhoCorasick {
  private readonly fail: Int32Array;
  /**
   * Pattern indices that end at each state, including those reached through failure links: state s's are
   * `outList[outStart[s] … outStart[s + 1])`. Flat typed arrays, not an array per state: the search reads them at
   * every character, and a state's array (and its length) was a pointer chase per character of text.
   */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly lengths: number[];
  /**
   * The trie's edges, (state, code unit) → state, in typed arrays. Not a Map: the brand automaton comes back from the
   * build's sender tables (src/runtime/sender-tables.ts) at every start, and v8.deserialize inserts a Map's ~5,000
   * entries one by one through a call into JavaScript each (~10 M instructions of a one-message scan; typed arrays are
   * copied as bytes).
   */
  private readonly transitions = new PairTable();
  /**
   * state × DENSE_COLUMNS + column → next state, for DENSE_CHARS. Two bytes a state when the states fit (the brand
   * automaton's ~4,700 × 36 columns: 340 KB instead of 680 KB): its search reads a row at random per character of text,
   * a cache miss each, and a smaller table keeps more rows in the caches (session 22).
   */
  private readonly dense: Uint16Array | Int32Array;

  // Built in typed arrays, without a Map or an array per state: it runs at start-up (the brand
  // automaton, ~4,700 states), where allocating those cost most of its time.
  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    const capacity = 1 + this.lengths.reduce((sum, n) => sum + n, 0);
    const transitions = this.transitions;
    // Each state's children as a linked list: first child, next sibling, and the code unit leading to it.
    const firstChild = new Int32Array(capacity).fill(-1);
    const nextSibling = new Int32Array(capacity).fill(-1);
    const unit = new Uint16Array(capacity);
    const outputs: (readonly number[])[] = [NONE];
    let states = 1;
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let to = transitions.get(state, c);
        if (to === -1) {
          to = states++;
          transitions.add(state, c, to);
          unit[to] = c;
          nextSibling[to] = firstChild[state]!;
          firstChild[state] = to;
          outputs.push(NONE);
        }
        state = to;
      }
      outputs[state] = outputs[state] === NONE ? [index] : [...outputs[state]!, index];
    });
    // Breadth-first: a state's failure link is the longest proper suffix of its path that is also a prefix.
    const fail = new Int32Array(states);
    const order = new Int32Array(states); // states breadth-first, the root first
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const state = order[head]!;
      for (let to = firstChild[state]!; to !== -1; to = nextSibling[to]!) {
        order[tail++] = to;
        if (state === 0) continue; // depth 1: fails to the root
        const c = unit[to]!;
        let f = fail[state]!;
        while (f !== 0 && transitions.get(f, c) === -1) f = fail[f]!;
        const target = transitions.get(f, c);
        fail[to] = target !== -1 && target !== to ? target : 0;
        const inherited = outputs[fail[to]!]!;
        if (inherited.length > 0) outputs[to] = outputs[to]!.concat(inherited);
      }
    }
    this.fail = fail;
    const outStart = new Int32Array(states + 1);
    for (let state = 0; state < states; state++) outStart[state + 1] = outStart[state]! + outputs[state]!.length;
    const outList = new Int32Array(outStart[states]!);
    for (let state = 0; state < states; state++) outList.set(outputs[state]!, outStart[state]!);
    this.outStart = outStart;
    this.outList = outList;
    // For the characters folded brand text is mostly made of, the complete automaton (failure links
    // followed in advance) as an array: one index per character instead of Map lookups. Breadth-first
    // order fills a state's failure target before the state.
    // A state's row is its failure target's row with its own edges written over it.
    const dense = states <= 0x10000 ? new Uint16Array(states * DENSE_COLUMNS) : new Int32Array(states * DENSE_COLUMNS);
    for (let k = 0; k < states; k++) {
      const state = order[k]!;
      const row = state * DENSE_COLUMNS;
      if (state !== 0) dense.copyWithin(row, fail[state]! * DENSE_COLUMNS, fail[state]! * DENSE_COLUMNS + DENSE_COLUMNS);
      for (let to = firstChild[state]!; to !== -1; to = nextSibling[to]!) {
        const c = unit[to]!;
        const column = c < 128 ? DENSE_COLUMN[c]! : -1;
        if (column >= 0) dense[row + column] = to;
      }
    }
    this.dense = dense;
  }

  /**
   * The complete automaton over DENSE_CHARS, for a caller that walks it itself while it makes the text (the ASCII brand
   * fold, src/brands/normalize.ts): from state s, the character of column k leads to `next[s * DENSE_COLUMNS + k]`, and
   * the patterns ending at s are `outList[outStart[s] … outStart[s + 1])`, each `lengths[pattern]` long. Read only.
   */
  denseView(): { readonly next: Uint16Array | Int32Array; readonly outStart: Int32Array; readonly outList: Int32Array; readonly lengths: readonly number[] } {
    return { next: this.dense, outStart: this.outStart, outList: this.outList, lengths: this.lengths };
  }

  /**
   * Calls `onMatch(patternIndex, start)` for every occurrence (overlapping ones included), in order of
   * their end position.
   * @example new AhoCorasick(['he', 'she']).search('ushers', (i, at) => console.log(i, at)) // 1 1, 0 2
   */
  search(text: string, onMatch: (pattern: number, start: number) => void): void {
    const { transitions, fail, outStart, outList, lengths, dense } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const column = c < 128 ? DENSE_COLUMN[c]! : -1;
      if (column >= 0) state = dense[state * DENSE_COLUMNS + column]!;
      else {
        let to = transitions.get(state, c);
        while (to === -1 && state !== 0) {
          state = fail[state]!;
          to = transitions.get(state, c);
        }
        state = to === -1 ? 0 : to;
      }
      for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) {
        const pattern = outList[k]!;
        onMatch(pattern, i + 1 - lengths[pattern]!);
      }
    }
  }
}
