import { lazyRegExp } from './lazy-regexp.js';

/**
 * One part of a split alternation: `source`, a run of the written alternation's alternatives in their order, and `gates`,
 * patterns each of which every match of `source` holds (a word the part cannot match without: tested on the whole text,
 * so a gate that finds its word inside the match finds it in the text). A part whose gates do not all hold is not run
 * and its pattern is never made.
 */
export interface GatedPart {
  source: string;
  gates: readonly Gate[];
}

/** A gate: a pattern (neither global nor sticky) or anything that tests a text the same way, such as a lazily made pattern's holder. */
export interface Gate {
  test(text: string): boolean;
}

/** A gate made from a source on its first test (lazyRegExp's reason: a module's load pays for no pattern it never runs). */
export function lazyGate(make: () => RegExp): Gate {
  const pattern = lazyRegExp(make);
  return { test: (text) => pattern().test(text) };
}

/** How gatedAlternation makes each part's pattern. */
export interface GatedAlternationOptions {
  /** The patterns' flags (neither `g` nor `y`). */
  flags?: string;
  /**
   * A rewrite of each part's source into the one its pattern runs (wordStartAlternatives: the same matches), made when the
   * part first runs.
   */
  prepare?: (source: string) => string;
}

/**
 * A written alternation `A|B|…|Z` run as parts (contiguous runs of its alternatives, in order), each run only when its gates
 * hold, the leftmost match kept and, where two parts match at one place, the earlier part's: the match the written
 * alternation gives. Exact because at each position the alternation tries its alternatives in order and returns the first
 * that matches there, and its match is at the leftmost position where any does: a part's leftmost match is at the leftmost
 * position where one of its alternatives matches, with the first of them; the earliest part matching at the smallest of
 * those positions holds the written alternation's first matching alternative at its leftmost position. A part skipped by
 * its gates cannot match. Needs patterns that are neither global nor sticky (each exec starts at 0) and whose groups are
 * not back-referenced across parts; a part's capture groups are numbered within the part.
 *
 * Why (session 66, issue 18): V8 compiles a pattern without irregexp's optimisations once the isolate holds 16 MB of
 * executable memory (NOTES.md, session 64, cpu65), and a big alternation of many languages compiles to hundreds of KB of
 * machine code (twice when it reads a two-byte text), all of it for any letter that reaches it. Split, a letter compiles
 * only the parts whose words it holds (version-update's UPDATE_THE_THING was the first, one pattern a language).
 */
export function gatedAlternation(parts: readonly GatedPart[], options: GatedAlternationOptions = {}): (text: string) => RegExpExecArray | null {
  const { flags = '', prepare } = options;
  // The source is prepared with the part's pattern, on its first run: a module's load pays for neither (lazyRegExp's reason).
  const made = parts.map((p) => ({ gates: p.gates, pattern: lazyRegExp(() => new RegExp(prepare ? prepare(p.source) : p.source, flags)) }));
  return (text) => {
    let best: RegExpExecArray | null = null;
    for (const { gates, pattern } of made) {
      if (!gates.every((g) => g.test(text))) continue;
      const m = pattern().exec(text);
      if (m && (best === null || m.index < best.index)) best = m;
      if (best !== null && best.index === 0) break;
    }
    return best;
  };
}

/** The parts joined back into the one alternation they were written as (the reference the tests hold a split to). */
export function writtenAlternation(parts: readonly GatedPart[], flags = ''): RegExp {
  return new RegExp(parts.map((p) => p.source).join('|'), flags);
}
