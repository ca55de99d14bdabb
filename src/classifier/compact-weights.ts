/**
 * A read-only view of a mostly-zero weight table: the non-zero weights in index order, found through a
 * bitmap of which indices hold one and, per 32-index word, how many non-zero weights come before it.
 *
 * Why: the shipped logistic model has 2^20 buckets of which ~83 K are non-zero. As a dense Float32Array it
 * is 4 MB, filled at start-up at 83 K scattered places (page faults) and read at random places per token
 * (cache misses). This view is ~0.6 MB for the same floats — the bitmap word and its rank sit side by side,
 * so a look-up touches one cache line of the index and one of the values. Training and `learn` need the
 * dense array (src/classifier/logistic.ts goes back to it before the first update).
 * @example CompactWeights.fromSorted(4096, new Uint32Array([3, 70]), new Float32Array([0.5, -1])).get(70) // -1
 */
export class CompactWeights {
  private constructor(
    /** Per word w of 32 indices: [2w] non-zero weights before it, [2w + 1] which of its indices hold one. */
    private readonly index: Uint32Array,
    /** The non-zero weights, by ascending index. */
    private readonly values: Float32Array,
    /** How many indices the dense table has. */
    readonly length: number,
  ) {}

  /**
   * From (index, value) pairs with strictly ascending indices below `length` (what a model file holds); zero
   * values are left out, as a dense table would read 0 there. Returns undefined when the indices are not
   * strictly ascending or out of range: the caller fills a dense table instead (later pairs win there).
   */
  static fromSorted(length: number, indices: ArrayLike<number>, values: ArrayLike<number>): CompactWeights | undefined {
    const words = Math.ceil(length / 32);
    const index = new Uint32Array(words * 2);
    let nonZero = 0;
    let previous = -1;
    for (let i = 0; i < indices.length; i++) {
      const j = indices[i]!;
      if (!(j > previous) || j >= length) return undefined;
      previous = j;
      if (values[i] !== 0) nonZero++;
    }
    const kept = new Float32Array(nonZero);
    let k = 0;
    for (let i = 0; i < indices.length; i++) {
      const value = values[i]!;
      if (value === 0) continue;
      const j = indices[i]!;
      index[((j >>> 5) << 1) + 1]! |= 1 << (j & 31);
      kept[k++] = value;
    }
    let before = 0;
    for (let w = 0; w < words; w++) {
      index[w << 1] = before;
      before += popcount32(index[(w << 1) + 1]!);
    }
    return new CompactWeights(index, kept, length);
  }

  /**
   * The view from the two arrays `parts` gave, used as they are (no table filled: what the build writes beside the
   * bundle for the shipped model, src/runtime/model.ts). Undefined when their sizes do not fit `length`.
   */
  static fromParts(length: number, index: Uint32Array, values: Float32Array): CompactWeights | undefined {
    const words = Math.ceil(length / 32);
    if (words === 0 || index.length !== words * 2) return undefined;
    const last = (words - 1) << 1;
    return index[last]! + popcount32(index[last + 1]!) === values.length ? new CompactWeights(index, values, length) : undefined;
  }

  /** The view's two arrays (for `fromParts`; not to be changed). */
  parts(): { index: Uint32Array; values: Float32Array } {
    return { index: this.index, values: this.values };
  }

  /** The weight at `i` (0 ≤ i < length): what the dense table holds there. */
  get(i: number): number {
    const at = (i >>> 5) << 1;
    const bits = this.index[at + 1]!;
    const bit = 1 << (i & 31);
    if ((bits & bit) === 0) return 0;
    return this.values[this.index[at]! + popcount32(bits & (bit - 1))]!;
  }

  /** The dense table (for training and `learn`, which update weights in place). */
  toDense(): Float32Array {
    const dense = new Float32Array(this.length);
    this.forEachNonZero((i, value) => {
      dense[i] = value;
    });
    return dense;
  }

  /** Calls `visit` with each non-zero weight, by ascending index. */
  forEachNonZero(visit: (i: number, value: number) => void): void {
    let k = 0;
    for (let w = 0; w < this.index.length >>> 1; w++) {
      let bits = this.index[(w << 1) + 1]!;
      while (bits !== 0) {
        const low = bits & -bits;
        visit((w << 5) + 31 - Math.clz32(low), this.values[k++]!);
        bits ^= low;
      }
    }
  }
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
