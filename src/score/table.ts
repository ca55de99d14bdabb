import { parseExpression, idsOf, type Expr } from './expression.js';
import { CATALOGUE, SCORE_GROUPS } from '../rules/catalogue.js';
import type { ScoreEntry, ScoreGroup, Thresholds } from './types.js';

export interface CompiledComposite {
  entry: ScoreEntry;
  expr: Expr;
  replaces: readonly string[];
}

/** The score table in force: every row of every family, composites compiled, overrides applied. */
export interface ScoreTable {
  entries: ReadonlyMap<string, ScoreEntry>;
  composites: readonly CompiledComposite[];
  groups: ReadonlyMap<string, ScoreGroup>;
  thresholds: Thresholds;
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
 */
export function buildScoreTable(
  rows: readonly ScoreEntry[],
  thresholds: Thresholds,
  overrides: Readonly<Record<string, number>> = {},
  groups: readonly ScoreGroup[] = SCORE_GROUPS,
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
    let expr: Expr;
    try {
      expr = parseExpression(entry.composite.expression);
    } catch (err) {
      throw new ScoreTableError(`score table: ${entry.id}: ${(err as Error).message}`);
    }
    for (const id of [...idsOf(expr), ...(entry.composite.replaces ?? [])]) {
      if (!entries.has(id)) throw new ScoreTableError(`score table: composite ${entry.id} names unknown id ${id}`);
    }
    composites.push({ entry, expr, replaces: entry.composite.replaces ?? [] });
  }
  return { entries, composites, groups: groupMap, thresholds };
}
