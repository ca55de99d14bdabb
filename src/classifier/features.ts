import { fnv1a32, fnv1a32Slice } from './hash.js';

/**
 * String.prototype.charCodeAt called with `.call` in equals (as brands/normalize.ts, links/text-urls.ts): `t.charCodeAt`
 * looks the method up by the text's map, and the texts here are of every representation (flat, sliced, cons, two-byte),
 * so the look-up went megamorphic: ~37 K instructions a message in LoadIC_Megamorphic charged to pushSlice (session 50).
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * What a model reads of a message: its distinct tokens in first-seen order, each with its 32-bit FNV-1a
 * hash (./hash.ts). Models look weights up by hash; a token's text is built only when a classification
 * names it as evidence (a dozen per message, of the hundreds it has).
 */
export interface TokenFeatures {
  /** Distinct tokens. */
  readonly count: number;
  /** `hashes[i] === fnv1a32(token(i))` for i < count (the array may be longer). */
  readonly hashes: Uint32Array;
  token(i: number): string;
}

/**
 * The features of a token list (training, `learn`, tests): dedupe in first-seen order, then hash.
 * @example featuresOf(['a', 'b', 'a']).count // 2
 */
export function featuresOf(tokens: readonly string[]): TokenFeatures {
  const unique = [...new Set(tokens)];
  const hashes = new Uint32Array(unique.length);
  for (let i = 0; i < unique.length; i++) hashes[i] = fnv1a32(unique[i]!);
  return { count: unique.length, hashes, token: (i) => unique[i]! };
}

/**
 * Where the tokeniser puts its tokens (src/classifier/tokenize.ts): a list, or the distinct tokens with
 * their hashes. Both accept at most `maxTokens` tokens, duplicates counted, in the order given.
 */
export interface TokenSink {
  push(token: string): void;
  /** Pushes `prefix + text.slice(start, end)`; a sink that does not need the string does not build it. */
  pushSlice(prefix: string, text: string, start: number, end: number): void;
  /**
   * pushSlice(prefix, text, start, end) where `units` holds `text`'s code units (codeUnitReader, at least up to `end`) and
   * `hash` is the token's `fnv1a32(prefix + text.slice(start, end))`, computed by the reader as it read the word: a sink
   * that compares the body reads it there, and none hashes it again.
   */
  pushHashedUnits(prefix: string, text: string, units: Uint16Array, start: number, end: number, hash: number): void;
  /** Whether the budget is used up (every further token is dropped). */
  full(): boolean;
  /** The tokens held so far (distinct ones, for a sink that keeps each once). */
  readonly size: number;
}

/** The token list itself (what `tokenize` returns). */
export class TokenList implements TokenSink {
  readonly tokens: string[] = [];
  constructor(private readonly maxTokens: number) {}
  push(token: string): void {
    if (this.tokens.length < this.maxTokens) this.tokens.push(token);
  }
  pushSlice(prefix: string, text: string, start: number, end: number): void {
    if (this.tokens.length < this.maxTokens) this.tokens.push(prefix + text.slice(start, end));
  }
  pushHashedUnits(prefix: string, text: string, _units: Uint16Array, start: number, end: number, _hash: number): void {
    this.pushSlice(prefix, text, start, end);
  }
  full(): boolean {
    return this.tokens.length >= this.maxTokens;
  }
  get size(): number {
    return this.tokens.length;
  }
}

/**
 * The distinct tokens with their hashes, built as the tokeniser goes: a body word is hashed where it
 * stands in the text and looked up in an open-addressing table keyed by that hash (confirmed character by
 * character, so two tokens that share a hash stay two), so no string is made for it, no string set is
 * hashed a second time, and a repeated word costs a hash and a comparison. The same features as
 * `featuresOf(tokenize(…))`, in the same order (tested).
 */
export class DistinctTokens implements TokenSink, TokenFeatures {
  count = 0;
  hashes = new Uint32Array(256);
  /** Token i is `prefixes[i] + texts[i].slice(starts[i], ends[i])`. */
  private prefixes: string[] = [];
  private texts: string[] = [];
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  /** Slot → token index + 1 (0: empty); at most half full. */
  private table = new Int32Array(512);
  private pushed = 0;

  constructor(private maxTokens: number) {}

  /**
   * Empties the set for the next message, keeping its arrays (a scan reuses one per classifier check: growing
   * and rehashing fresh arrays was ~4 % of the bytes a scan allocates). The previous message's features are
   * gone after this: a caller must be done with them (classify builds its evidence strings before returning).
   */
  reset(maxTokens: number): this {
    this.maxTokens = maxTokens;
    if (this.count * 8 < this.table.length) {
      // Few tokens in a table grown for a big message: clear their slots rather than the whole table.
      const mask = this.table.length - 1;
      for (let i = 0; i < this.count; i++) {
        let slot = this.hashes[i]! & mask;
        while (this.table[slot] !== i + 1) slot = (slot + 1) & mask;
        this.table[slot] = 0;
      }
    } else {
      this.table.fill(0);
    }
    this.pushed = 0;
    // Drop the texts (they would keep the last message's body alive until the next one), keeping the arrays'
    // storage: `length = 0` would free it.
    this.texts.fill('', 0, this.count);
    this.count = 0;
    return this;
  }

  full(): boolean {
    return this.pushed >= this.maxTokens;
  }

  get size(): number {
    return this.count;
  }

  push(token: string): void {
    this.pushSlice('', token, 0, token.length);
  }

  pushSlice(prefix: string, text: string, start: number, end: number): void {
    if (this.pushed >= this.maxTokens) return;
    this.pushed++;
    const h = fnv1a32Slice(prefix, text, start, end);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) {
        this.table[slot] = this.add(h, prefix, text, start, end) + 1;
        if (this.count * 2 > this.table.length) this.rehash();
        return;
      }
      if (this.hashes[entry - 1] === h && this.equals(entry - 1, prefix, text, start, end)) return;
    }
  }

  /**
   * pushSlice with the hash given (see TokenSink.pushHashedUnits), the body compared in `units` against a token held with the
   * same prefix and text (a repeated word of the body: most of them); the same tokens as pushSlice. Its probe loop is
   * pushSlice's written again (duplicates lists the pair): a shared probe would take the units as a maybe-absent argument
   * in the classifier's hottest loop, and that has not been measured; merge them only with a callgrind pair beside.
   */
  pushHashedUnits(prefix: string, text: string, units: Uint16Array, start: number, end: number, h: number): void {
    if (this.pushed >= this.maxTokens) return;
    this.pushed++;
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) {
        this.table[slot] = this.add(h, prefix, text, start, end) + 1;
        if (this.count * 2 > this.table.length) this.rehash();
        return;
      }
      if (this.hashes[entry - 1] === h && this.equalsInUnits(entry - 1, prefix, text, units, start, end)) return;
    }
  }

  token(i: number): string {
    const text = this.texts[i]!;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    const body = start === 0 && end === text.length ? text : text.slice(start, end);
    return this.prefixes[i]! + body;
  }

  private add(h: number, prefix: string, text: string, start: number, end: number): number {
    const i = this.count++;
    if (i === this.hashes.length) {
      this.hashes = grow(this.hashes, new Uint32Array(i * 2));
      this.starts = grow(this.starts, new Int32Array(i * 2));
      this.ends = grow(this.ends, new Int32Array(i * 2));
    }
    this.hashes[i] = h;
    this.prefixes[i] = prefix;
    this.texts[i] = text;
    this.starts[i] = start;
    this.ends[i] = end;
    return i;
  }

  private equals(i: number, prefix: string, text: string, start: number, end: number): boolean {
    const p = this.prefixes[i]!;
    const t = this.texts[i]!;
    const s = this.starts[i]!;
    const length = prefix.length + end - start;
    if (p.length + this.ends[i]! - s !== length) return false;
    // The usual case (a repeated word, the same prefix): the bodies alone, one simple loop.
    if (p === prefix) {
      for (let k = 0; k < end - start; k++) if (charCodeAt.call(t, s + k) !== charCodeAt.call(text, start + k)) return false;
      return true;
    }
    for (let k = 0; k < length; k++) {
      const a = k < p.length ? charCodeAt.call(p, k) : charCodeAt.call(t, s + k - p.length);
      const b = k < prefix.length ? charCodeAt.call(prefix, k) : charCodeAt.call(text, start + k - prefix.length);
      if (a !== b) return false;
    }
    return true;
  }

  /** equals, read from `units` (`text`'s code units) when token i has the same prefix and text. */
  private equalsInUnits(i: number, prefix: string, text: string, units: Uint16Array, start: number, end: number): boolean {
    if (this.prefixes[i] !== prefix || this.texts[i] !== text) return this.equals(i, prefix, text, start, end);
    const s = this.starts[i]!;
    if (this.ends[i]! - s !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (units[s + k] !== units[start + k]) return false;
    return true;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let i = 0; i < this.count; i++) {
      let slot = this.hashes[i]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = i + 1;
    }
    this.table = table;
  }
}

function grow<T extends Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
