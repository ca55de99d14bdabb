/**
 * Pairs of non-negative integers (a node and a code unit, a phrase node and a word) to a non-negative value, in open
 * addressing over typed arrays: the edges of tries and automata (the content terms' tries, src/checks/content/match.ts;
 * the brand automaton, src/brands/aho-corasick.ts), looked up with no string, Map entry or object per look-up. In the
 * lowest layer so that every layer may use it. Its state is typed arrays and numbers only: a table kept in a precomputed
 * file (the term index's arrays, the sender tables' v8.serialize) comes back without an object per entry.
 */
export class PairTable {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private values: Int32Array;
  private shift: number;
  private mask: number;
  private size: number;

  /** An empty table, or one written out by `arrays` (the build's precomputed index: see TermIndex.fromArrays). */
  constructor(arrays?: readonly [Int32Array, Int32Array, Int32Array, Int32Array]) {
    if (arrays) {
      const [shape, keysA, keysB, values] = arrays;
      this.keysA = keysA;
      this.keysB = keysB;
      this.values = values;
      this.shift = shape[0]!;
      this.mask = shape[1]!;
      this.size = shape[2]!;
      return;
    }
    // Built by add(), doubled when half full: the tries are spelled straight into it, with no Map per node or array per
    // edge first (~20,000 nodes made that many short-lived objects, and scanner creation spent most of its time collecting them).
    this.keysA = new Int32Array(16).fill(-1);
    this.keysB = new Int32Array(16);
    this.values = new Int32Array(16);
    this.shift = 28;
    this.mask = 15;
    this.size = 0;
  }

  /** The table as arrays (its shape — shift, mask, size —, then keys and values by slot): the build writes them. */
  arrays(): [Int32Array, Int32Array, Int32Array, Int32Array] {
    return [Int32Array.of(this.shift, this.mask, this.size), this.keysA, this.keysB, this.values];
  }

  /** Whether `arrays` can be a table (lengths and shape agree): a precomputed index is checked before use. */
  static fits(arrays: readonly Int32Array[]): boolean {
    const [shape, keysA, keysB, values] = arrays;
    if (!shape || !keysA || !keysB || !values || shape.length !== 3) return false;
    const [shift, mask, size] = [shape[0]!, shape[1]!, shape[2]!];
    const slots = keysA.length;
    return slots >= 16 && (slots & (slots - 1)) === 0 && mask === slots - 1 && 2 ** (32 - shift) === slots && keysB.length === slots && values.length === slots && size * 2 <= slots;
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
