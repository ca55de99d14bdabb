/**
 * A bounded memory of answers, forgotten all at once when full: the same texts, hosts and pictures come with message
 * after message (a newsletter's buttons and logo, a campaign's picture), and a pure answer need not be worked out again.
 * Forgetting everything at `max` (rather than the oldest) keeps a hit to one Map probe; a hostile stream of new keys
 * costs one recomputation each, never more memory than `max` entries. The lowest layer's, so that every layer may use it.
 * @example const memo = new BoundedMemo<string, boolean>(4096); memo.get(host) ?? memo.set(host, test(host))
 */
export class BoundedMemo<K, V> {
  readonly #known = new Map<K, V>();

  constructor(readonly max: number) {}

  /** The remembered answer, or undefined. */
  get(key: K): V | undefined {
    return this.#known.get(key);
  }

  /** Remembers an answer not held (after a miss: forgetting every other first when `max` are held) and returns it. */
  set(key: K, value: V): V {
    if (this.#known.size >= this.max) this.#known.clear();
    this.#known.set(key, value);
    return value;
  }

  /** How many answers are held (at most `max`). */
  get size(): number {
    return this.#known.size;
  }
}
