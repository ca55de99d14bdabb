/**
 * Aho–Corasick multi-pattern search (Aho & Corasick, CACM 1975): every occurrence of every pattern in one
 * pass over the text, so matching hundreds of brand aliases costs one scan instead of one `indexOf` per
 * alias. Patterns and text are compared by UTF-16 code unit.
 */
/** Lower-case ASCII letters and digits: what folded Latin text (src/brands/normalize.ts) consists of. */
const DENSE_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const DENSE_COLUMNS = 36;
/** ASCII code unit → its column in the dense table, or -1. */
const DENSE_COLUMN = new Int8Array(128).fill(-1);
for (let column = 0; column < DENSE_COLUMNS; column++) DENSE_COLUMN[DENSE_CHARS.charCodeAt(column)] = column;

export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern indices that end at each state, including those reached through failure links. */
  private readonly outputs: number[][] = [[]];
  private readonly lengths: number[];
  private readonly transitions = new Map<number, number>();
  /** state × DENSE_COLUMNS + column → next state, for DENSE_CHARS. */
  private readonly dense: Int32Array;

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let to = this.next[state]!.get(c);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.next[state]!.set(c, to);
        }
        state = to;
      }
      this.outputs[state]!.push(index);
    });
    // Breadth-first: a state's failure link is the longest proper suffix of its path that is also a prefix.
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [c, to] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.outputs[to]!.push(...this.outputs[this.fail[to]!]!);
        queue.push(to);
      }
    }
    // One flat table keyed by state × 2^16 + code unit: a single small-integer Map lookup per character.
    this.next.forEach((edges, state) => edges.forEach((to, c) => this.transitions.set(state * 0x10000 + c, to)));
    // For the characters folded brand text is mostly made of, the complete automaton (failure links
    // followed in advance) as an array: one index per character instead of Map lookups. Breadth-first
    // order fills a state's failure target before the state.
    // A state's row is its failure target's row with its own edges written over it.
    const dense = new Int32Array(this.next.length * DENSE_COLUMNS);
    for (const state of [0, ...queue]) {
      const row = state * DENSE_COLUMNS;
      if (state !== 0) dense.copyWithin(row, this.fail[state]! * DENSE_COLUMNS, this.fail[state]! * DENSE_COLUMNS + DENSE_COLUMNS);
      for (const [c, to] of this.next[state]!) {
        const column = c < 128 ? DENSE_COLUMN[c]! : -1;
        if (column >= 0) dense[row + column] = to;
      }
    }
    this.dense = dense;
  }

  /**
   * Calls `onMatch(patternIndex, start)` for every occurrence (overlapping ones included), in order of
   * their end position.
   * @example new AhoCorasick(['he', 'she']).search('ushers', (i, at) => console.log(i, at)) // 1 1, 0 2
   */
  search(text: string, onMatch: (pattern: number, start: number) => void): void {
    const { transitions, fail, outputs, lengths, dense } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const column = c < 128 ? DENSE_COLUMN[c]! : -1;
      if (column >= 0) state = dense[state * DENSE_COLUMNS + column]!;
      else {
        let to = transitions.get(state * 0x10000 + c);
        while (to === undefined && state !== 0) {
          state = fail[state]!;
          to = transitions.get(state * 0x10000 + c);
        }
        state = to ?? 0;
      }
      const out = outputs[state]!;
      for (let k = 0; k < out.length; k++) onMatch(out[k]!, i + 1 - lengths[out[k]!]!);
    }
  }
}
