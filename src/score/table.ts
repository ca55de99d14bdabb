import { parseExpression, idsOf, type Expr } from './expression.js';
import { CATALOGUE, SCORE_GROUPS } from '../rules/catalogue.js';
import { precompiledComposites, type PrecompiledComposite } from './precompiled.js';
import type { ScoreEntry, ScoreGroup, Thresholds } from './types.js';

export interface CompiledComposite {
  entry: ScoreEntry;
  expr: Expr;
  replaces: readonly string[];
  /** Ids one of which must be present for `expr` to hold (triggersOf), or null when it can hold with none. */
  triggers: readonly string[] | null;
}

/** The score table in force: every row of every family, composites compiled, overrides applied. */
export interface ScoreTable {
  entries: ReadonlyMap<string, ScoreEntry>;
  composites: readonly CompiledComposite[];
  /** Id → the indices (in `composites`) of the composites it is a trigger of. */
  compositesTriggeredBy: ReadonlyMap<string, readonly number[]>;
  groups: ReadonlyMap<string, ScoreGroup>;
  thresholds: Thresholds;
}

/**
 * Ids one of which must be present for `expr` to hold, or null when it can hold with none of its ids present (a
 * negation). An `and` needs what any one of its terms needs (the shortest such list is kept); an `or` what any term needs.
 * @example triggersOf(parseExpression('(A | B) & C & !D')) // ['C']
 */
export function triggersOf(expr: Expr): string[] | null {
  switch (expr.op) {
    case 'id':
      return [expr.id];
    case 'not':
      return null;
    case 'and': {
      let best: string[] | null = null;
      for (const arg of expr.args) {
        const needs = triggersOf(arg);
        if (needs && (!best || needs.length < best.length)) best = needs;
      }
      return best;
    }
    case 'or': {
      const all: string[] = [];
      for (const arg of expr.args) {
        const needs = triggersOf(arg);
        if (!needs) return null;
        for (const id of needs) if (!all.includes(id)) all.push(id);
      }
      return all;
    }
  }
}

export { CATALOGUE };

export class ScoreTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScoreTableError';
  }
}

/**
 * Builds the table from catalogue rows (src/rules: every id's score, group, class, explanation and
 * composite; tests pass their own). Refuses duplicate ids, unknown groups, composites that name
 * unknown ids and overrides for ids that do not exist (a typo in a config must not silently do nothing).
 * `precompiled`: composites already compiled from these rows (by default the bundle's, ./precompiled.ts, for the shipped
 * catalogue): a row whose expression is as long as the precompiled one's takes its expression and triggers as they are. Overrides
 * change scores only, so what the build checked of those composites (their ids exist) still holds.
 */
export function buildScoreTable(
  rows: readonly ScoreEntry[],
  thresholds: Thresholds,
  overrides: Readonly<Record<string, number>> = {},
  groups: readonly ScoreGroup[] = SCORE_GROUPS,
  precompiled: ReadonlyMap<string, PrecompiledComposite> | undefined = rows === CATALOGUE && groups === SCORE_GROUPS ? precompiledComposites() : undefined,
): ScoreTable {
  const groupMap = new Map(groups.map((g) => [g.name, g]));
  const entries = new Map<string, ScoreEntry>();
  for (const row of rows) {
    if (entries.has(row.id)) throw new ScoreTableError(`score table: id ${row.id} is defined twice`);
    if (!groupMap.has(row.group)) throw new ScoreTableError(`score table: id ${row.id} names unknown group ${row.group}`);
    entries.set(row.id, row);
  }
  for (const [id, score] of Object.entries(overrides)) {
    const row = entries.get(id);
    if (!row) throw new ScoreTableError(`scores: ${id} is not a known finding id`);
    entries.set(id, { ...row, score });
  }
  const composites: CompiledComposite[] = [];
  for (const entry of entries.values()) {
    if (!entry.composite) continue;
    const known = precompiled?.get(entry.id);
    if (known !== undefined && known.length === entry.composite.expression.length) {
      composites.push({ entry, expr: known.expr, replaces: entry.composite.replaces ?? [], triggers: known.triggers });
      continue;
    }
    let expr: Expr;
    try {
      expr = parseExpression(entry.composite.expression);
    } catch (err) {
      throw new ScoreTableError(`score table: ${entry.id}: ${(err as Error).message}`);
    }
    for (const id of [...idsOf(expr), ...(entry.composite.replaces ?? [])]) {
      if (!entries.has(id)) throw new ScoreTableError(`score table: composite ${entry.id} names unknown id ${id}`);
    }
    composites.push({ entry, expr, replaces: entry.composite.replaces ?? [], triggers: triggersOf(expr) });
  }
  const compositesTriggeredBy = new Map<string, number[]>();
  composites.forEach((composite, index) => {
    for (const id of composite.triggers ?? []) {
      const list = compositesTriggeredBy.get(id);
      if (list) list.push(index);
      else compositesTriggeredBy.set(id, [index]);
    }
  });
  return { entries, composites, compositesTriggeredBy, groups: groupMap, thresholds };
}

/** What ./precompiled.ts holds for `rows` (the build writes it for the shipped catalogue): each composite by id, as compiled. */
export function compiledComposites(rows: readonly ScoreEntry[], thresholds: Thresholds): [string, PrecompiledComposite][] {
  return buildScoreTable(rows, thresholds, {}, SCORE_GROUPS, undefined).composites.map((c) => [
    c.entry.id,
    { length: c.entry.composite!.expression.length, expr: c.expr, triggers: c.triggers },
  ]);
}

/**
 * Finding ids that can turn a phishing or malware composite away: every id under an odd number of negations in the
 * expression of a composite of class phishing or malware, and, through a composite so negated, the ids that make that
 * composite hold (`!CONTENT_ADVERT_OFFER` in PHISH_NOTICE_LURE; `!(OWN_LINKS & !IMPERSONATION)` blocks by OWN_LINKS, not by
 * IMPERSONATION). With the ids of negative score, these are what may LOWER a phishing or malware verdict: a check that
 * reads text decides them on what the reader sees (src/scan/engine.ts, issue 17 item 8).
 * @example blockingIds(table).has('CONTENT_ADVERT_OFFER') // true
 */
export function blockingIds(table: Pick<ScoreTable, 'entries'> & Partial<Pick<ScoreTable, 'composites'>>): Set<string> {
  const out = new Set<string>();
  const visited = new Set<string>();
  // The table's own compiled expressions when it has them (each composite parsed once per start-up, not twice).
  const compiled = new Map<string, Expr>(table.composites?.map((c) => [c.entry.id, c.expr]));
  const exprOf = (id: string): Expr | undefined => {
    const entry = table.entries.get(id);
    if (!entry?.composite) return undefined;
    let expr = compiled.get(id);
    if (!expr) {
      expr = parseExpression(entry.composite.expression);
      compiled.set(id, expr);
    }
    return expr;
  };
  const walk = (expr: Expr, negated: boolean): void => {
    if (expr.op === 'not') walk(expr.arg, !negated);
    else if (expr.op === 'id') {
      if (negated) out.add(expr.id);
      // A composite inside: its ids count with the polarity they have here (once per composite and polarity).
      const inner = exprOf(expr.id);
      const key = `${negated ? '!' : ''}${expr.id}`;
      if (inner && !visited.has(key)) {
        visited.add(key);
        walk(inner, negated);
      }
    } else for (const arg of expr.args) walk(arg, negated);
  };
  for (const entry of table.entries.values()) {
    if (entry.score < 0) out.add(entry.id);
    if (!entry.composite || (entry.class !== 'phishing' && entry.class !== 'malware')) continue;
    const expr = exprOf(entry.id);
    if (expr) walk(expr, false);
  }
  return out;
}
