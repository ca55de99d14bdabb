/**
 * The brand fold's facts of the 128 ASCII code points (flags and folded form: ./normalize.ts `charFold`), written in
 * by the build (scripts/bundle.mjs serves this module with the values computed by `asciiCharFacts` of the same
 * sources). Why: computing them at load ran the fold's two Unicode-property patterns (written out as ranges in the
 * bundle: large to compile) and loaded the UTS-39 table for `skeletonOfChar` in every process, though ASCII mail
 * never needs either. Under tsx and in tsc's dist/ there are none: ./normalize.ts computes them at load.
 */
export interface AsciiCharFacts {
  /** flags[c]: charFold's flags of code point c. */
  flags: number[];
  /** folded[c]: charFold's folded form of code point c. */
  folded: string[];
}

export function precomputedAsciiFacts(): AsciiCharFacts | undefined {
  return undefined;
}
