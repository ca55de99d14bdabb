import type { MessageIndexer, StoredMessage } from '../store/types.js';
import { CANDIDATE_WINDOW, Clusterer, prepareMessage } from './cluster.js';
import { lockCampaignWriter, refreshCampaign, StoreBatchIndex } from './batch-index.js';
import type { CampaignMessage } from './features.js';
import { CAMPAIGNS_MIGRATIONS } from './schema.js';

export { CAMPAIGNS_MIGRATIONS } from './schema.js';

/** What the clusterer is given of a stored message: its scan fingerprint instead of its text. */
export function campaignMessageOf(m: StoredMessage): CampaignMessage {
  const urls = m.iocs.filter((i) => i.kind === 'url').map((i) => i.value);
  const hashes = m.report.iocs?.hashes ?? [];
  return {
    hash: m.hash,
    time: m.at,
    subject: m.subject,
    text: '',
    fingerprint: m.report.fingerprint ?? '',
    urls: urls.length ? urls : (m.report.iocs?.urls ?? []),
    attachments: hashes.map((h) => ({ name: h.name, sha256: h.sha256 })),
    senderIp: m.sendingIp,
    senderDomain: m.fromDomain ?? (m.mailFrom?.includes('@') ? m.mailFrom.slice(m.mailFrom.lastIndexOf('@') + 1) : null),
    verdict: m.verdict,
    categories: m.categories,
    themes: m.themes,
  };
}

/** Stored messages in the order they are clustered: by time, then hash (the same in any batching). */
const byTimeThenHash = (a: StoredMessage, b: StoredMessage): number => a.at - b.at || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0);

/**
 * The MessageIndexer that clusters new messages into campaigns inside the insert transaction, one batch
 * at a time: the writer lock, a few reads for the whole batch, clustering in memory, multi-row writes
 * (./batch-index.ts). A rescan updates the members' verdicts and categories (their text, hence their
 * campaign, did not change).
 */
export function campaignsIndexer(): MessageIndexer {
  return {
    name: 'campaigns',
    migrations: CAMPAIGNS_MIGRATIONS,
    async onStored(tx, stored) {
      await lockCampaignWriter(tx);
      const batch = [...stored].sort(byTimeThenHash).map((m) => prepareMessage(campaignMessageOf(m)));
      const index = await StoreBatchIndex.load(tx, batch, CANDIDATE_WINDOW);
      const clusterer = new Clusterer(index, CANDIDATE_WINDOW);
      for (const p of batch) if (!(await index.has(p.msg.hash))) await clusterer.place(p);
      await index.write(tx);
    },
    async onReplaced(tx, replaced) {
      const touched = new Set<string>();
      for (const { current } of replaced) {
        await tx.run('UPDATE campaign_members SET verdict = ?, categories = ?, themes = ? WHERE hash = ?', [
          current.verdict, JSON.stringify(current.categories), JSON.stringify(current.themes), current.hash,
        ]);
        const row = await tx.get<{ campaign_id: string }>('SELECT campaign_id FROM campaign_members WHERE hash = ?', [current.hash]);
        if (row) touched.add(row.campaign_id);
      }
      for (const id of touched) await refreshCampaign(tx, id, false);
    },
  };
}
