import type { Expr } from './expression.js';

/** One composite of the shipped catalogue as buildScoreTable compiles it. */
export interface PrecompiledComposite {
  /**
   * The length of the expression it was compiled from: a row whose expression is of another length is parsed (the bundle's
   * data and its catalogue are of one build; the text itself is left out, 33 KB more to read at every start).
   */
  length: number;
  expr: Expr;
  triggers: readonly string[] | null;
}

/**
 * The shipped catalogue's composites compiled at build time, by id: scripts/bundle.mjs replaces this module in the bundle by
 * its value for the bundle's own catalogue (`compiledComposites` of ./table.ts, run on tsc's output of the same sources). Why
 * (issue 18, session 48): parsing the 68 composites' 33 KB of expressions, with their ids and triggers, was ~2 ms of a one-message
 * scan's start-up, all of it cold code. Here (tsx, tsc's output): none, and buildScoreTable parses as always.
 */
export function precompiledComposites(): ReadonlyMap<string, PrecompiledComposite> | undefined {
  return undefined;
}
