/**
 * Unicode property escapes (`\p{L}`, `\p{Script=Cyrillic}`…) of a regular expression written out as the
 * explicit code-point ranges they stand for, for the bundle (scripts/bundle.mjs rewrites the literals of the
 * sources with this at build time; the sources keep `\p{…}`, which says what is meant).
 *
 * Why: V8 builds a property escape's set from ICU's tables every time it parses the pattern — once when the
 * literal is created and again when it is first compiled, for each of the one-byte and two-byte forms — and
 * then sorts and merges the sets of a class like `[\p{L}\p{N}]`. A one-message scan creates ~50 such
 * patterns: ~100 M instructions of a ~720 M start (callgrind), where the same ranges spelled out, already
 * sorted and merged, parse in a fraction of that.
 *
 * The ranges are not a copy of a Unicode table: they are read from the running V8 (the build's Node), by
 * asking the original class about every code point, so the rewritten class holds exactly the code points
 * the original does with that Node's Unicode version. A class's matching depends only on that set (with
 * the i flag too: a character matches when its case fold equals a member's), which `checkSameMatches`
 * confirms for every code point with the pattern's own flags; the build fails if it ever differs.
 *
 * Only patterns with the u flag and without v (where `\p{…}` means a property; v has nested classes and
 * set operations, not handled) are rewritten.
 *
 * Only for the code-cached one-message CLIs (cli-scan.cjs, cli-top.cjs), where start-up is the cost: the
 * spelled-out classes match slower, and a scan through the rewritten modules cost 1.14–1.21× the CPU of the
 * same modules with `\p{…}` (one thread, alternating blocks; NOTES.md, "session 14, engineer pool16"), so
 * the modules worker threads and long-lived commands scan with keep the escapes (the mechanism is not pinned).
 */

import { MAX_CODE_POINT, firstDisagreement, rangesMatched, rangesText } from './code-point-sets.js';

/** The code points a class matches (text of a class or a single escape, read with the u flag), as ranges. */
function rangesOf(classText: string, cache: Map<string, Array<[number, number]>>): Array<[number, number]> {
  const known = cache.get(classText);
  if (known) return known;
  const ranges = rangesMatched(classText, 'u');
  cache.set(classText, ranges);
  return ranges;
}

/** A class (or escape) of the original pattern and what it became. */
export interface RewrittenClass {
  original: string;
  rewritten: string;
}

const PROPERTY = /\\[pP]\{/;

/**
 * `source` (a pattern's text, as between the slashes of a literal) with each character class that holds a
 * property escape, and each property escape outside a class, replaced by the explicit class of the same code
 * points (`[^…]` stays negated: its set is the inner part's). Unchanged when `flags` has no u, or has v.
 * `classes` collects what was replaced, for `checkSameMatches`.
 */
export function expandPropertyClasses(source: string, flags: string, classes: RewrittenClass[] = [], cache = new Map<string, Array<[number, number]>>()): string {
  if (!flags.includes('u') || flags.includes('v') || !PROPERTY.test(source)) return source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i);
        if (end < 0) throw new Error(`property-classes: unterminated property escape in /${source}/`);
        const escape = source.slice(i, end + 1);
        const rewritten = `[${rangesText(rangesOf(escape, cache))}]`;
        classes.push({ original: escape, rewritten });
        out += rewritten;
        i = end + 1;
        continue;
      }
      // Any other escape: its second character is never a class boundary (\u{…}, \x41, \k<name> hold none).
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      // Without the v flag a class does not nest: it ends at the first unescaped `]` (`[]` and `[^]` included).
      let j = i + 1;
      const negated = source[j] === '^';
      if (negated) j++;
      const innerStart = j;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) throw new Error(`property-classes: unterminated class in /${source}/`);
      const whole = source.slice(i, j + 1);
      const inner = source.slice(innerStart, j);
      if (PROPERTY.test(inner)) {
        const rewritten = `[${negated ? '^' : ''}${rangesText(rangesOf(`[${inner}]`, cache))}]`;
        classes.push({ original: whole, rewritten });
        out += rewritten;
      } else out += whole;
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Throws unless each rewritten class matches exactly the code points its original does, every code point
 * from U+0000 to U+10FFFF (lone surrogates included) tested alone with `flags`' i and u.
 */
export function checkSameMatches(classes: readonly RewrittenClass[], flags: string): void {
  const f = `${flags.includes('i') ? 'i' : ''}u`;
  for (const { original, rewritten } of classes) {
    const a = new RegExp(`^${original}$`, f);
    const b = new RegExp(`^${rewritten}$`, f);
    const cp = firstDisagreement(a, b);
    if (cp >= 0) throw new Error(`property-classes: ${rewritten.length > 80 ? `${rewritten.slice(0, 80)}…` : rewritten} differs from ${original} (/${f}) at U+${cp.toString(16).toUpperCase()}`);
  }
}

/**
 * `source` with each escape of a non-ASCII code point (`\u00e9`, and with the u flag `\u{1d400}`) written as the
 * character itself; surrogates stay escaped (two of them written out could pair into one code point, see code-point-sets.ts' member). The
 * same pattern: an escape of a code point that is no syntax character means that code point, as the character does.
 *
 * Why: the bundle spells property classes out as escapes (its source must be ASCII), ~900 KB of them in a one-message
 * scan's patterns, and V8 reads an escape several times slower than a character — at each of the pattern's two parses.
 * A pattern given to `new RegExp` as a string (the string's escapes decoded when the script is compiled, so kept in
 * its code cache) costs ~40 % less to make and compile (scripts/bundle.mjs, propertyClasses).
 */
export function unescapeNonAscii(source: string, flags: string): string {
  const unicode = flags.includes('u') || flags.includes('v');
  let out = '';
  let i = 0;
  while (i < source.length) {
    if (source[i] !== '\\') {
      out += source[i++];
      continue;
    }
    const escape = unicode && source[i + 1] === 'u' && source[i + 2] === '{' ? /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i, i + 10)) : source[i + 1] === 'u' ? /^\\u([0-9a-fA-F]{4})/.exec(source.slice(i, i + 6)) : null;
    const cp = escape ? parseInt(escape[1]!, 16) : -1;
    if (escape && cp >= 0x80 && cp <= MAX_CODE_POINT && (cp < 0xd800 || cp > 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += escape[0].length;
    } else {
      // Any other escape whole (its second character is never the start of another escape).
      out += source.slice(i, i + 2);
      i += 2;
    }
  }
  return out;
}
