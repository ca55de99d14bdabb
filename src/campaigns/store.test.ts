import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { storeDialects } from '../test-support/store-dialects.js';
import { storedMessage } from '../test-support/stored-message.js';
import { storedLabelledSet } from '../test-support/campaign-corpus.js';
import { campaignsIndexer } from './store-index.js';
import { getCampaign, listCampaigns, resolveCampaignId, campaignSizeHistogram } from './query.js';
import { pairwiseQuality } from './quality.js';

const dialects = storeDialects('campaigns');

for (const dialect of dialects) {
  describe(`campaigns on ${dialect.name}`, () => {
    it('cluster stored messages incrementally across runs, idempotently, and explain each campaign', async (t) => {
      const location = await dialect.location(t);
      if (!location) return;
      const { messages, labels } = storedLabelledSet({ templates: 6, perTemplate: 12, singletons: 20, seed: 11 });
      const half = Math.floor(messages.length / 2);
      // Two runs (two store connections, as two ingest processes one after the other), then a re-ingest.
      for (const part of [messages.slice(0, half), messages.slice(half), messages]) {
        const store = await openStore(location);
        try {
          await store.messages.ensureSchema();
          for (let i = 0; i < part.length; i += 25) await store.messages.insertBatch({ messages: part.slice(i, i + 25) }, { indexers: [campaignsIndexer()] });
        } finally {
          await store.close();
        }
      }
      const store: Store = await openStore(location);
      try {
        const rows = await store.all<{ hash: string; campaign_id: string }>('SELECT hash, campaign_id FROM campaign_members');
        assert.equal(rows.length, messages.length, 'every message is a member exactly once');
        const q = pairwiseQuality(rows.map((r) => ({ label: labels.get(r.hash) ?? null, cluster: r.campaign_id })));
        assert.ok(q.precision >= 0.95 && q.recall >= 0.9, JSON.stringify(q));
        const list = await listCampaigns(store, { limit: 10 });
        assert.equal(list.length, 6);
        assert.ok(list.every((c) => c.size === 12 && c.ips === 12 && c.botnet && c.senders === 12), JSON.stringify(list[0]));
        assert.ok(list[0]!.firstSeen <= list[0]!.lastSeen);
        const histogram = await campaignSizeHistogram(store);
        assert.deepEqual(histogram, [{ band: '5-19', campaigns: 6, messages: 72 }]);
        const summary = await getCampaign(store, list[0]!.id);
        assert.ok(summary);
        assert.equal(summary.size, 12);
        assert.match(summary.botnet ?? '', /12 distinct IPs .* botnet indicator/);
        assert.ok(summary.joinedBy.length > 0 && summary.joinedBy[0]!.count >= 11, JSON.stringify(summary.joinedBy));
        assert.ok(summary.iocs.linkDomains.length >= 1);
        assert.equal(await resolveCampaignId(store, list[0]!.id.slice(0, 8)), list[0]!.id);
        assert.equal(await getCampaign(store, 'Cffffffffffff'), undefined);
        assert.equal(await resolveCampaignId(store, "x' OR 1=1 --"), undefined);
      } finally {
        await store.close();
      }
    });

    it('a merged campaign id still resolves to the campaign it joined', async (t) => {
      const location = await dialect.location(t);
      if (!location) return;
      const store = await openStore(location);
      try {
        await store.messages.ensureSchema();
        const a = { name: 'a.zip', sha256: '1'.repeat(64) };
        const b = { name: 'b.zip', sha256: '2'.repeat(64) };
        const indexers = [campaignsIndexer()];
        await store.messages.insertBatch({ messages: [storedMessage({ key: 'm1', at: 1000, attachments: [a] })] }, { indexers });
        await store.messages.insertBatch({ messages: [storedMessage({ key: 'm2', at: 2000, attachments: [b] })] }, { indexers });
        const before = await listCampaigns(store, { minSize: 1 });
        assert.equal(before.length, 2);
        await store.messages.insertBatch({ messages: [storedMessage({ key: 'm3', at: 3000, attachments: [a, b] })] }, { indexers });
        const afterMerge = await listCampaigns(store, { minSize: 1 });
        assert.equal(afterMerge.length, 1);
        assert.equal(afterMerge[0]!.size, 3);
        const older = before.find((c) => c.firstSeen === new Date(1000).toISOString())!;
        const newer = before.find((c) => c.id !== older.id)!;
        assert.equal(afterMerge[0]!.id, older.id);
        assert.equal(await resolveCampaignId(store, newer.id), older.id);
        const summary = await getCampaign(store, newer.id);
        assert.ok(summary!.joinedBy.some((j) => j.example.includes('same attachment')));
      } finally {
        await store.close();
      }
    });
  });
}
