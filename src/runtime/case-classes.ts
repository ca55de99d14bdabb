/**
 * A case-insensitive regular expression (`i` with `u`) rewritten without its `i` flag: each literal character written
 * as the class of the code points it matches under `i`, and each character class as its case closure, so the pattern
 * matches exactly the same strings — for the bundle (scripts/bundle.mjs, the one-message and top-level CLIs only,
 * after the property-class rewrite; the sources keep `i`, which says what is meant).
 *
 * Why: under `i` V8 closes every character class over case (ICU's closeOver) when it compiles a pattern, range by
 * range, including the written-out `\p{L}\p{N}` classes of the property-class rewrite, which are closed already
 * (NOTES.md, session 37, start37). Without `i`, a one-message scan's regexp compilation (CompileIrregexp) took ~51 M
 * instructions instead of ~70 M, the whole scan ~516 M instead of ~550 M (callgrind; session 37, iflag37).
 *
 * The closures are not computed from a case table: each atom's set is read from the running V8 (the build's Node) by
 * asking the original atom, with the literal's own flags, about every code point; `checkSameCaseMatches` then tests
 * every rewritten atom without `i` against its original with `i` on every code point, and throws if one differs. With
 * `u` (not `v`), an atom matches one code point and whether it does depends only on that code point (a character
 * matches under `i` when its simple case fold equals a member's), so equal sets per atom mean equal patterns.
 *
 * Refused (undefined: the literal keeps `i`): no `i` or no `u`, the `v` flag, backreferences (`\1`, `\k<…>`), `\w \W
 * \b \B` (under `iu` `\w` holds U+017F and U+212A, and `\b` looks at two characters), property escapes left
 * unexpanded, and anything else the tokeniser does not know.
 */

import { MAX_CODE_POINT, type Ranges, firstDisagreement, rangesMatched, rangesText } from './code-point-sets.js';

function complement(ranges: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

const size = (ranges: Ranges): number => ranges.reduce((n, [a, b]) => n + b - a + 1, 0);

/** An atom of the original pattern (a character, an escape, a class or `.`) and what it became. */
export interface CaseAtom {
  original: string;
  rewritten: string;
}

type Token = { atom: true; text: string } | { atom: false; text: string };

/** The pattern's tokens, or undefined when it holds anything refused or not understood. */
function tokens(source: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if (n === undefined) return undefined;
      let m: RegExpExecArray | null;
      if (/[1-9kwWbBpP]/.test(n)) return undefined;
      if (n === '0') {
        if (/[0-9]/.test(source[i + 2] ?? '')) return undefined;
        out.push({ atom: true, text: '\\0' });
        i += 2;
      } else if (n === 'u') {
        if ((m = /^\\u\{[0-9a-fA-F]{1,6}\}/.exec(source.slice(i, i + 10)))) {
          out.push({ atom: true, text: m[0] });
          i += m[0].length;
        } else if ((m = /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/.exec(source.slice(i, i + 12))) || (m = /^\\u[0-9a-fA-F]{4}/.exec(source.slice(i, i + 6)))) {
          // A high and a low surrogate escaped one after the other are one code point under u.
          out.push({ atom: true, text: m[0] });
          i += m[0].length;
        } else return undefined;
      } else if (n === 'x') {
        if (!(m = /^\\x[0-9a-fA-F]{2}/.exec(source.slice(i, i + 4)))) return undefined;
        out.push({ atom: true, text: m[0] });
        i += 4;
      } else if (n === 'c') {
        if (!/[A-Za-z]/.test(source[i + 2] ?? '')) return undefined;
        out.push({ atom: true, text: source.slice(i, i + 3) });
        i += 3;
      } else if (/[dDsSfnrtv]/.test(n) || /[\^$\\.*+?()[\]{}|/-]/.test(n)) {
        out.push({ atom: true, text: source.slice(i, i + 2) });
        i += 2;
      } else return undefined;
      continue;
    }
    if (c === '[') {
      // Without v a class does not nest: it ends at the first unescaped `]`.
      let j = i + 1;
      while (j < source.length && source[j] !== ']') {
        if (source[j] === '\\') {
          if (/[1-9kwWbBpP]/.test(source[j + 1] ?? '')) return undefined;
          j += 2;
        } else j++;
      }
      if (j >= source.length) return undefined;
      out.push({ atom: true, text: source.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const group = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i, i + 200))![0];
      if (source[i + 1] === '?' && group === '(') return undefined;
      out.push({ atom: false, text: group });
      i += group.length;
      continue;
    }
    if (c === '{') {
      const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i, i + 40));
      if (!m) return undefined;
      out.push({ atom: false, text: m[0] });
      i += m[0].length;
      continue;
    }
    if (c === ')' || c === '|' || c === '^' || c === '$' || c === '*' || c === '+' || c === '?') {
      out.push({ atom: false, text: c });
      i++;
      continue;
    }
    if (c === ']' || c === '}') return undefined;
    // `.` or a literal character (a whole code point: a surrogate pair is one under u).
    const cp = source.codePointAt(i)!;
    const text = String.fromCodePoint(cp);
    out.push({ atom: true, text });
    i += text.length;
  }
  return out;
}

/** Atoms whose set the `i` flag never changes, kept as written (the check confirms it). */
const CASELESS = /^(?:\.|\\[dDsS])$/;

/**
 * `source` rewritten to match the same strings without `i`, with the flags that go with it, or undefined when refused
 * (see the module's comment). `atoms` collects the rewritten atoms (each distinct text once, for
 * `checkSameCaseMatches`); `cache` keeps each atom's rewrite across patterns of the same flags.
 */
export function dropCaseFlag(
  source: string,
  flags: string,
  atoms: CaseAtom[] = [],
  cache = new Map<string, string>(),
): { source: string; flags: string } | undefined {
  if (!flags.includes('i') || !flags.includes('u') || flags.includes('v')) return undefined;
  const list = tokens(source);
  if (!list) return undefined;
  // What decides one atom's set: u, i and s (`.`); not g, y, m or d.
  const setFlags = `i${flags.includes('s') ? 's' : ''}u`;
  let out = '';
  for (const token of list) {
    if (!token.atom) {
      out += token.text;
      continue;
    }
    const key = `${setFlags} ${token.text}`;
    let rewritten = cache.get(key);
    if (rewritten === undefined) {
      if (CASELESS.test(token.text)) rewritten = token.text;
      else {
        const set = rangesMatched(token.text, setFlags);
        if (set.length === 1 && set[0]![0] === set[0]![1] && !token.text.startsWith('[')) rewritten = token.text;
        else if (size(set) > (MAX_CODE_POINT + 1) / 2) rewritten = `[^${rangesText(complement(set))}]`;
        else rewritten = `[${rangesText(set)}]`;
      }
      cache.set(key, rewritten);
      atoms.push({ original: token.text, rewritten });
    }
    out += rewritten;
  }
  return { source: out, flags: flags.replace('i', '') };
}

/**
 * Throws unless each rewritten atom without `i` matches exactly the code points its original does with `i`, every code
 * point from U+0000 to U+10FFFF (lone surrogates included), with `flags`' s and u.
 */
export function checkSameCaseMatches(atoms: readonly CaseAtom[], flags: string): void {
  const s = flags.includes('s') ? 's' : '';
  for (const { original, rewritten } of atoms) {
    const a = new RegExp(`^${original}$`, `i${s}u`);
    const b = new RegExp(`^${rewritten}$`, `${s}u`);
    const cp = firstDisagreement(a, b);
    if (cp >= 0) {
      throw new Error(`case-classes: ${rewritten.length > 80 ? `${rewritten.slice(0, 80)}…` : rewritten} (without i) differs from ${original.length > 80 ? `${original.slice(0, 80)}…` : original} (/i${s}u) at U+${cp.toString(16).toUpperCase()}`);
    }
  }
}
