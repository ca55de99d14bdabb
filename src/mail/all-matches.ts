/**
 * `text.matchAll(re)` for a held global pattern, run on the pattern itself instead of on a copy (issue 18, session 66).
 *
 * Why: `String.prototype.matchAll` (RegExp.prototype[@@matchAll]) matches with a new RegExp made by the species constructor,
 * `new RegExp(re, flags)`. That copy finds its compiled code only through V8's regexp compilation cache, which keeps an entry
 * for two full collections after its last look-up (there is no V8 flag for it: --no-flush-bytecode, --bytecode-old-age and
 * --no-compilation-cache change nothing). A pattern that only some letters reach (details-asked's DETAIL_KINDS: two messages of
 * the 300 in the SA window) is therefore parsed and compiled again whenever two collections passed since its last use — in
 * bench:regexp-code's eighth pass as in its first — and once the isolate is past V8's 16 MB line every such compile is
 * unoptimised. The held pattern keeps its code for as long as it lives: `exec` on it compiles once.
 *
 * Exact: the same matches as `[...text.matchAll(re)]` — matching starts at `re.lastIndex` as the copy's does, an empty match
 * advances by one code point under `u`/`v` (one code unit otherwise), as AdvanceStringIndex does — and, as matchAll leaves
 * `re` untouched, its `lastIndex` is put back. Eager (an array, not an iterator): the caller's loop may use `re` itself between
 * matches. A non-global pattern throws, as matchAll does.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches wants a global pattern, not /${re.source}/${re.flags}`);
  const fullUnicode = re.unicode || re.flags.includes('v');
  const saved = re.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, fullUnicode);
    }
  } finally {
    re.lastIndex = saved;
  }
  return found;
}

/** AdvanceStringIndex: past one code point under `u`/`v` (a surrogate pair is two code units), else one code unit. */
function advance(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
