/**
 * Zero-width characters inside a word, told from zero-width spacing (issue 17, session 22).
 *
 * A zero-width character between two letters ("de\u200ctec\u200cted") splits a word so that a filter no longer reads it;
 * that is the evasion MIME_INVISIBLE_CHARS names. Newsletter templates write the same characters as spacing: after
 * the preheader text, runs of `&zwnj;&nbsp;` (or `\u200c ` in the plain part) keep a mail client from filling its
 * preview line with the body — hundreds of them, never inside a word. So a run of zero-width characters counts as
 * hidden in a word only when the characters on both sides of it are not blank; a run beside a blank, at the start or
 * end of the text, or next to a block boundary is spacing. Bidi controls (embeddings, overrides, isolates) reorder
 * what is shown wherever they stand and always count, as before.
 */

/** A run of zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and bidi controls (Unicode TR #9). */
const INVISIBLE_RUN = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]+/g;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BLANK = /\s/;

/** What one piece of text holds: `inWord` characters hidden inside words; `open`, a run at its end after a letter. */
export interface InvisibleRuns {
  inWord: number;
  /** Zero-width characters ending the text right after a non-blank character: inside a word if the next text goes on with one. */
  open: number;
}

/**
 * The invisible characters of `text` that hide inside words. `wordBefore`: whether the text shown just before this
 * piece ended in a non-blank character (false at a block boundary or at the start). `carried`: zero-width characters
 * left open by the piece before (an entity or a tag may split a run from its word); they join a run at this piece's
 * start, or are decided by its first character.
 * @example invisibleRuns('de\u200ctec\u200cted \u200c\u00a0\u200c', false, 0) // { inWord: 2, open: 0 }
 */
export function invisibleRuns(text: string, wordBefore: boolean, carried: number): InvisibleRuns {
  let inWord = 0;
  let open = 0;
  let pending = carried;
  if (pending && text.length) {
    const first = text[0] as string;
    // A run that does not start this piece: the carried one ends here, inside a word if a letter follows.
    if (!isInvisible(first)) {
      if (!BLANK.test(first)) inWord += pending;
      pending = 0;
    }
  }
  INVISIBLE_RUN.lastIndex = 0;
  for (let m = INVISIBLE_RUN.exec(text); m; m = INVISIBLE_RUN.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    const length = run.length + (start === 0 ? pending : 0);
    if (start === 0) pending = 0;
    if (BIDI_CONTROL.test(run)) {
      inWord += length;
      continue;
    }
    const before = start > 0 ? !BLANK.test(text[start - 1] as string) : wordBefore || carried > 0;
    if (!before) continue;
    if (end === text.length) open = length;
    else if (!BLANK.test(text[end] as string)) inWord += length;
  }
  // An empty piece keeps what was carried open.
  if (pending) open += pending;
  return { inWord, open };
}

function isInvisible(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * The invisible characters hidden inside words of a whole text (a plain-text part): a run at either end is spacing.
 * @example invisibleInWords('V\u200Bi\u200Ba\u200Bg\u200Br\u200Ba') // 5
 */
export function invisibleInWords(text: string): number {
  return invisibleRuns(text, false, 0).inWord;
}
