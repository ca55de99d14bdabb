import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../store/index.js';
import type { StoredMessage } from '../store/types.js';
import { storeDialects } from '../test-support/store-dialects.js';
import { storedMessage } from '../test-support/stored-message.js';
import { trendsIndexer } from '../trends/rollup.js';
import { pruneTrends } from '../trends/prune.js';
import { trendSeries } from '../trends/query.js';
import { campaignsIndexer } from './store-index.js';
import { pruneCampaigns } from './prune.js';
import { listCampaigns, resolveCampaignId } from './query.js';

const dialects = storeDialects('campaign-prune');

const day = (d: number): number => Date.UTC(2013, 8, d, 12);
const zip = (n: number) => [{ name: `z${n}.zip`, sha256: String(n).repeat(64) }];

for (const dialect of dialects) {
  describe(`store prune --analyses on ${dialect.name}`, () => {
    it('drops campaign members and whole trend periods older than the cut, recounting campaigns that span it', async (t) => {
      const location = await dialect.location(t);
      if (!location) return;
      const store = await openStore(location);
      try {
        await store.messages.ensureSchema();
        const messages: StoredMessage[] = [
          // Campaign A: entirely before the cut (1–3 September). Campaign B: spans it (2, 20, 21 September).
          ...[1, 2, 3].map((d) => storedMessage({ key: `a${d}`, at: day(d), attachments: zip(1), sendingIp: `192.0.2.${d}` })),
          ...[2, 20, 21].map((d) => storedMessage({ key: `b${d}`, at: day(d), attachments: zip(2), sendingIp: `198.51.100.${d}` })),
          // A bridge before the cut merged C into A: the merged id must not outlive A.
          storedMessage({ key: 'c1', at: day(1) + 1, attachments: zip(3) }),
          storedMessage({ key: 'bridge', at: day(3) + 1, attachments: [...zip(1), ...zip(3)] }),
        ];
        const indexers = [trendsIndexer(), campaignsIndexer()];
        for (const m of messages) await store.messages.insertBatch({ messages: [m] }, { indexers });
        const merged = (await store.all<{ from_id: string }>('SELECT from_id FROM campaign_merges'))[0]!.from_id;
        assert.ok(await resolveCampaignId(store, merged));

        const cut = Date.UTC(2013, 8, 10);
        const campaigns = await pruneCampaigns(store, cut);
        assert.deepEqual(campaigns, { members: 6, campaigns: 1 });
        const left = await listCampaigns(store, { minSize: 1 });
        assert.deepEqual(left.map((c) => [c.size, c.ips, c.firstSeen.slice(0, 10)]), [[2, 2, '2013-09-20']]);
        assert.equal(await resolveCampaignId(store, merged), undefined);
        const keys = await store.all<{ at: number }>('SELECT at FROM campaign_keys');
        assert.ok(keys.length > 0 && keys.every((k) => Number(k.at) >= cut));

        const trends = await pruneTrends(store, cut);
        assert.ok(trends.rows > 0);
        // Days and weeks that ended before the 10th are gone; the month holding the cut keeps every message it counted.
        assert.deepEqual((await trendSeries(store, { period: 'day' })).map((r) => [r.period, r.count]), [['2013-09-20', 1], ['2013-09-21', 1]]);
        assert.deepEqual((await trendSeries(store, { period: 'month' })).map((r) => [r.period, r.count]), [['2013-09', 8]]);
        assert.deepEqual((await trendSeries(store, { period: 'week' })).map((r) => r.period), ['2013-09-16']);
        // Clustering goes on after a prune: a new member of B joins it.
        await store.messages.insertBatch({ messages: [storedMessage({ key: 'b22', at: day(22), attachments: zip(2), sendingIp: '198.51.100.99' })] }, { indexers });
        assert.deepEqual((await listCampaigns(store, { minSize: 1 })).map((c) => [c.size, c.ips]), [[3, 3]]);
      } finally {
        await store.close();
      }
    });
  });
}
