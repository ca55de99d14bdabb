/**
 * A pattern source whose top-level alternatives each begin with `\b`, rewritten so that a position that begins no word is
 * turned away once instead of once per alternative: consecutive alternatives `\bA|\bB|\bC` become `\b(?=[a-z])(?:A|B|C)`.
 *
 * Why (session 64, issue 18): V8 compiles a pattern without irregexp's optimisations (no quick checks, no Boyer-Moore
 * skip) once the isolate has generated 1 MB of pattern code and holds 16 MB of executable memory (regexp.cc,
 * TooMuchRegExpCode) — in a scan that is after the first few hundred messages, so every pattern first compiled later (and
 * every recompile) runs unoptimised. Unoptimised, each alternative is tried at every position with its own backtrack
 * entry: windfall-offer's GRANT (~150 alternatives) cost ~2,400 instructions a character of the letter, 99 K a message on
 * the SA window from 4 letters. Taking `\b` out of the alternatives rejects the positions inside words and between them
 * in one test; `(?=[a-z])` then rejects the ends of words, where `\b` holds before a space.
 *
 * Exact: `\bA|\bB` and `\b(?:A|B)` try, at every position, the same assertion and then A before B (the assertion is
 * zero-width and captures nothing; no group is numbered differently: the groups added capture nothing). The look-ahead
 * is only added before alternatives that cannot match without first reading a letter a–z (firstReadsLetter: a literal
 * letter, or a group all of whose alternatives do, neither of them optional); under the `i` flag the class and the letter
 * are case-folded alike, so the class still admits every character the letter matches. Alternatives that do not begin
 * with `\b` keep their place between the groups.
 */
export function wordStartAlternatives(source: string): string {
  const out: string[] = [];
  let run: string[] = [];
  let runLetters = false;
  const flush = (): void => {
    if (run.length > 0) out.push(`\\b${runLetters ? '(?=[a-z])' : ''}(?:${run.join('|')})`);
    run = [];
  };
  for (const alternative of topLevelAlternatives(source)) {
    if (!alternative.startsWith('\\b')) {
      flush();
      out.push(alternative);
      continue;
    }
    const body = alternative.slice(2);
    const letters = firstReadsLetter(body);
    if (run.length > 0 && letters !== runLetters) flush();
    runLetters = letters;
    run.push(body);
  }
  flush();
  return out.join('|');
}

/** The top-level alternatives of a pattern source: split at `|` outside groups, classes and escapes. Exported for tests. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  forEachStructural(source, 0, (c, i) => {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  out.push(source.slice(start));
  return out;
}

/** The index of the `)` closing the group opened at `open` (a `(`), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let end = -1;
  forEachStructural(source, open, (c, i) => {
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) end = i;
    return end >= 0;
  });
  return end;
}

/**
 * Calls `visit` with each `(`, `)` and `|` of `source` from `from` on that is outside a character class and not escaped, and
 * its index, until `visit` answers true: the structure both readers above walk.
 */
function forEachStructural(source: string, from: number, visit: (c: '(' | ')' | '|', i: number) => boolean): void {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if ((c === '(' || c === ')' || c === '|') && visit(c, i)) return;
  }
}

/**
 * Whether every match of `body` begins by reading a letter a–z: its first item is a literal letter, or a non-capturing group
 * of alternatives that all do; an optional first item (`?`, `*`, `{0,…}`) only if what follows it does too. Anything else
 * answers false (the look-ahead is then left out: never wrong, only slower). Exported for tests.
 */
export function firstReadsLetter(body: string): boolean {
  const c = body[0];
  let after: number;
  if (c !== undefined && c >= 'a' && c <= 'z') after = 1;
  else if (body.startsWith('(?:')) {
    const end = groupEnd(body, 0);
    if (end < 0) return false;
    const inner = topLevelAlternatives(body.slice(3, end));
    if (!inner.every(firstReadsLetter)) return false;
    after = end + 1;
  } else return false;
  const q = body[after];
  let optional = q === '?' || q === '*';
  let rest = after + 1;
  if (q === '{') {
    const close = body.indexOf('}', after);
    if (close < 0) return false;
    optional = /^\{0*(?:,|\})/.test(body.slice(after, close + 1));
    rest = close + 1;
  }
  if (!optional) return true;
  if (body[rest] === '?') rest++;
  return firstReadsLetter(body.slice(rest));
}
