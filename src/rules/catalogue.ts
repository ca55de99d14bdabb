import { ALL_FINDING_IDS } from '../core/finding-ids.js';
import type { ScoreEntry } from '../core/finding.js';
import { COMPOSITES } from './composites.js';
import { FINDINGS } from './findings.js';

export { SCORE_GROUPS } from './groups.js';

/**
 * The catalogue as score-table rows (src/score/table.ts compiles them): every finding id in catalogue
 * order with its row of ./findings.ts and its composite of ./composites.ts, if any.
 */
export const CATALOGUE: readonly ScoreEntry[] = ALL_FINDING_IDS.map((id) => {
  const { en, ja, ...row } = FINDINGS[id];
  const composite = COMPOSITES[id];
  return { id, ...row, description: { en, ja }, ...(composite ? { composite } : {}) };
});
