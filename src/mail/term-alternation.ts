/**
 * The alternation of a list of literal terms for a regular expression, written as a tree of their shared beginnings:
 * `['prize', 'prizes', 'premio']` → `p(?:r(?:ize(?:|s)|emio))`. Why (session 38): irregexp tries the alternatives of a group
 * one after another at every position of the text, so a flat list of ~150 terms cost ~15 ns a character of every text it
 * ran over; with the shared beginnings taken out, a position is turned away after one test per distinct first character.
 *
 * The same matches as the flat list `terms.map(escape).join('|')`, in the same order of preference: at a given position the
 * terms are tried in their order in the list, and terms are only merged under a character they all begin with there, so
 * two terms in different branches cannot both match at that point. That holds because a term is read character by
 * character (code points; a blank ' ' stands for `\s+`, as the term tables write their spaces) and two different characters
 * never match the same text — which is why the pattern must not take the `i` flag, and why a term may hold no blank other
 * than ' ' (a tab or a no-break space would match where `\s+` does: refused with an error). A term that ends where others go on
 * keeps its place among them (see branches).
 * @example new RegExp(`(?<![\\p{L}\\p{N}])(?:${termAlternation(['gift card', 'gift set'])})`, 'gu')
 */
export function termAlternation(terms: readonly string[]): string {
  for (const term of terms) {
    if (/[^\S ]/u.test(term)) throw new Error(`termAlternation: the term ${JSON.stringify(term)} holds a blank other than ' '`);
  }
  return branches(terms.map((term) => Array.from(term))).join('|');
}

/** `text` as a literal inside a regular expression: the pattern syntax's own characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern syntax's own characters (escapeRegExp's class), for one character at a time. */
const SYNTAX = new Set(['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\']);

/**
 * Each character of a term as the pattern reads it: ' ' as any run of blanks, the pattern's own syntax escaped. A set lookup,
 * not escapeRegExp's replace: this runs once per character of every term when a check's pattern is first built, in the
 * start-up of a one-message scan (session 46: the prize-lure pattern's ~350 terms took ~20 ms cold through replace and slices).
 */
function escapeCharacter(ch: string): string {
  return ch === ' ' ? '\\s+' : SYNTAX.has(ch) ? `\\${ch}` : ch;
}

/**
 * The branches for terms (as characters) from index `depth` on: one per character at that index, in the order each first appears.
 * A term that ends here (`prize` among `prizes`, `prize money`) may match where a longer one does too, so it keeps its place: the
 * terms before it and the terms after it are grouped apart (`['abx', 'a', 'aby']` → `a(?:bx||by)`). The terms are not sliced:
 * each level reads its own index.
 */
function branches(terms: readonly (readonly string[])[], depth = 0): string[] {
  // One term left: the rest of it, written out (most of a term list's tails; a level per character cost a Map and a call).
  if (terms.length === 1) {
    const term = terms[0]!;
    let rest = '';
    for (let i = depth; i < term.length; i++) rest += escapeCharacter(term[i]!);
    return [rest];
  }
  const out: string[] = [];
  let rests = new Map<string, (readonly string[])[]>();
  const flush = (): void => {
    for (const [first, list] of rests) {
      const after = branches(list, depth + 1);
      out.push(escapeCharacter(first) + (after.length > 1 ? `(?:${after.join('|')})` : after[0]!));
    }
    rests = new Map();
  };
  for (const term of terms) {
    if (term.length === depth) {
      flush();
      out.push('');
      continue;
    }
    const ch = term[depth]!;
    let list = rests.get(ch);
    if (!list) rests.set(ch, (list = []));
    list.push(term);
  }
  flush();
  return out;
}
