/**
 * Start tags of HTML and XML read without a parser, for attribute patterns — linearly. A pattern such as
 * `<a\b[^>]*\shref` or `<Relationship\b[^>]*>` rescans to the end of the text from every `<a` that has no `>` of
 * its own: quadratic in a hostile file (100 KB of `<a ` took 8.7 s, 100 KB of `<Relationship ` 1 s). Here a run
 * of tags without their own `>` shares one search for it, and a tag never reaches past the start of the next tag
 * of the same element, so the tags visited never overlap. There is no limit on how many: decoys placed before
 * the tag that matters must not hide it; nothing is collected, so a file of millions of tags costs no memory.
 */

/** Characters of one tag kept for its attributes to be read from (a real start tag is far shorter). */
export const MAX_TAG_CHARS = 4096;

/**
 * Calls `visit` with each match of `open` (a global pattern for the tag's start, such as `/<a\b/gi`) up to and
 * including the next `>`, cut at the next match and at `maxTagChars`, and `end`, the index just past that text.
 * `visit` returns true to stop.
 */
export function forEachStartTag(text: string, open: RegExp, visit: (tag: string, end: number) => boolean | void, maxTagChars = MAX_TAG_CHARS): void {
  open.lastIndex = 0;
  let start = -1;
  let close = -1;
  for (;;) {
    const m = open.exec(text);
    const next = m === null ? text.length : m.index;
    if (start >= 0) {
      if (close < start) {
        close = text.indexOf('>', start);
        if (close < 0) close = text.length;
      }
      const end = Math.min(close + 1, next, start + maxTagChars);
      if (visit(text.slice(start, end), end) === true) return;
    }
    if (m === null) return;
    start = next;
  }
}

/** Whether some start tag of the element matches `attribute` (read within the tag only). */
export function someStartTag(text: string, open: RegExp, attribute: RegExp): boolean {
  let found = false;
  forEachStartTag(text, open, (tag) => (found = attribute.test(tag)));
  return found;
}
