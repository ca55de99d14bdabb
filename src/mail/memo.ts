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

  /**
   * Remembers an answer not held (after a miss: forgetting every other first when `max` are held) and returns it.
   * A string key or answer is kept as a string of its own (ownString), never as a view of the message's text.
   */
  set(key: K, value: V): V {
    if (this.#known.size >= this.max) this.#known.clear();
    this.#known.set(typeof key === 'string' ? (ownString(key) as K) : key, typeof value === 'string' ? (ownString(value) as V) : value);
    return value;
  }

  /** How many answers are held (at most `max`). */
  get size(): number {
    return this.#known.size;
  }
}

/** V8 makes a string cut from a longer one (slice, substring, a regexp's match…) a view of it from this length on. */
const SHORTEST_VIEW = 13;

/**
 * The same text as a string of its own, for a memory that outlives the message. Why: V8 makes a string of 13 or more
 * characters cut from a longer one a view that keeps the whole longer one alive, and a host name, a style or a link
 * text cut from a message and kept as a key kept the message's header block or HTML with it: over a 1 GiB mbox,
 * ~10 MB of a scan worker's live heap was such texts, held by the memories of this kind (NOTES.md, "The 1 GiB mbox's
 * peak, again", session 22). Joined to a character and cut again, the text is copied once into a string of its own
 * (one character longer) and the view of the message is let go. Shorter strings are copies already.
 * @example cache.set(ownString(host), answer)
 */
export function ownString(text: string): string {
  return text.length < SHORTEST_VIEW ? text : ` ${text}`.slice(1);
}
