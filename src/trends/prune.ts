import type { Store } from '../store/types.js';
import { PERIOD_KINDS, periodOf } from './period.js';
import { TRENDS_MIGRATIONS } from './rollup.js';

/**
 * Deletes the trend counters of periods that ended before `olderThan` (epoch ms), for `store prune
 * --analyses`. Whole periods only: the day, week and month holding the cut keep all their counts, so no
 * period is left counting part of its messages. Period labels sort as their dates, so "ended before the
 * cut" is "label below the label of the period holding the cut".
 */
export async function pruneTrends(store: Store, olderThan: number): Promise<{ rows: number }> {
  await store.migrate(TRENDS_MIGRATIONS);
  return store.transaction(async (tx) => {
    let rows = 0;
    for (const kind of PERIOD_KINDS) rows += (await tx.run('DELETE FROM trend_counts WHERE period_kind = ? AND period < ?', [kind, periodOf(olderThan, kind)])).changes;
    return { rows };
  });
}
