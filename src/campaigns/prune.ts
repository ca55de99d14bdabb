import type { Store } from '../store/types.js';
import { lockCampaignWriter, refreshCampaign } from './batch-index.js';
import { CAMPAIGNS_MIGRATIONS } from './schema.js';

/**
 * Deletes campaign members received before `olderThan` (epoch ms) and their lookup keys, for `store prune
 * --analyses`: campaigns left empty are deleted (and the merged ids that resolved to them), campaigns
 * that span the cut are recomputed from the members they keep. One transaction, under the writer lock,
 * so a concurrent ingest neither clusters against half-deleted campaigns nor loses its own writes.
 */
export async function pruneCampaigns(store: Store, olderThan: number): Promise<{ members: number; campaigns: number }> {
  await store.migrate(CAMPAIGNS_MIGRATIONS);
  return store.transaction(async (tx) => {
    await lockCampaignWriter(tx);
    const spanning = await tx.all<{ id: string }>('SELECT id FROM campaigns WHERE first_seen < ? AND last_seen >= ? ORDER BY id', [olderThan, olderThan]);
    const members = await tx.run('DELETE FROM campaign_members WHERE at < ?', [olderThan]);
    await tx.run('DELETE FROM campaign_keys WHERE at < ?', [olderThan]);
    // Every member of these was older than the cut.
    const campaigns = await tx.run('DELETE FROM campaigns WHERE last_seen < ?', [olderThan]);
    for (const { id } of spanning) await refreshCampaign(tx, id);
    await tx.run('DELETE FROM campaign_merges WHERE into_id NOT IN (SELECT id FROM campaigns)');
    return { members: members.changes, campaigns: campaigns.changes };
  });
}
