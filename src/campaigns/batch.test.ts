import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../store/index.js';
import type { StoredMessage } from '../store/types.js';
import { storeDialects } from '../test-support/store-dialects.js';
import { storedMessage } from '../test-support/stored-message.js';
import { labelledCampaignSet, storedLabelled } from '../test-support/campaign-corpus.js';
import { campaignSnapshot, clusterInStore } from '../test-support/campaign-store.js';
import { campaignMessageOf, campaignsIndexer } from './store-index.js';
import { CAMPAIGNS_MIGRATIONS } from './schema.js';
import { Clusterer, prepareMessage } from './cluster.js';
import { MemoryCampaignIndex } from './memory-index.js';
import { listCampaigns } from './query.js';

const dialects = storeDialects('campaign-batch');

const byTimeThenHash = (a: StoredMessage, b: StoredMessage): number => a.at - b.at || (a.hash < b.hash ? -1 : 1);

/**
 * Templates of 30 (more than the 20 candidates read on each side of a message), one-offs, messages sharing one timestamp, and
 * attachment-only groups that a later message bridges (merges), in time order: the order both paths cluster in.
 */
function input(): StoredMessage[] {
  const set = labelledCampaignSet({ templates: 5, perTemplate: 30, singletons: 30, seed: 5 }).map((m, i) => storedLabelled(i % 7 === 0 ? { ...m, time: Date.UTC(2013, 8, 1) } : m));
  const zip = (n: number) => ({ name: `z${n}.zip`, sha256: String(n).repeat(64).slice(0, 64) });
  const t0 = Date.UTC(2014, 0, 1);
  for (let g = 0; g < 3; g++) {
    for (let i = 0; i < 4; i++) set.push(storedMessage({ key: `att-${g}-${i}`, at: t0 + (g * 10 + i) * 1000, sendingIp: `192.0.2.${g}`, fromDomain: `g${g}.example`, attachments: [zip(g + 1)] }));
  }
  // Bridges group 1 into group 0, then group 2 into that one: a chain of merges inside one batch.
  set.push(storedMessage({ key: 'bridge-a', at: t0 + 100_000, sendingIp: '198.51.100.1', attachments: [zip(1), zip(2)] }));
  set.push(storedMessage({ key: 'bridge-b', at: t0 + 200_000, sendingIp: '198.51.100.2', attachments: [zip(2), zip(3)] }));
  return set.sort(byTimeThenHash);
}

for (const dialect of dialects) {
  describe(`campaign clustering per insert batch on ${dialect.name}`, () => {
    it('gives the same campaigns, rows, keys and merges as one message at a time, and as clustering in memory', async (t) => {
      const messages = input();
      const a = await dialect.location(t);
      const b = await dialect.location(t);
      if (!a || !b) return;
      const batched = await clusterInStore(a, messages, 500);
      const single = await clusterInStore(b, messages, 1);

      assert.equal(batched.members.size, messages.length);
      assert.deepEqual(batched.members, single.members);
      assert.deepEqual(batched.campaigns, single.campaigns);
      assert.deepEqual(batched.keys, single.keys);
      assert.deepEqual(batched.merges, single.merges);
      // Both bridges merged inside the one batch: three attachment groups and two bridges are one campaign.
      assert.equal(batched.merges.length, 2, batched.merges.join(' '));
      const attGroup = new Set(messages.filter((m) => m.iocs.length === 0 && m.report.iocs?.hashes.length).map((m) => batched.members.get(m.hash)));
      assert.equal(attGroup.size, 1);
      // Every member is filed under each of its keys (candidates are read around a message's time, so none is dropped).
      assert.equal(batched.keys.length, messages.reduce((n, m) => n + new Set(prepareMessage(campaignMessageOf(m)).keys).size, 0));

      const memory = new MemoryCampaignIndex();
      const clusterer = new Clusterer(memory);
      for (const m of messages) await clusterer.add(campaignMessageOf(m));
      assert.deepEqual(new Map([...memory.members].map(([h, m]) => [h, m.campaignId])), batched.members);

      // Each row's counts are those of its members.
      const store = await openStore(a);
      try {
        const check = await store.all<{ id: string; size: number; ips: number; senders: number; n: number; i: number; s: number }>(
          `SELECT c.id, c.size, c.ips, c.senders, COUNT(*) AS n, COUNT(DISTINCT m.sender_ip) AS i, COUNT(DISTINCT m.sender_domain) AS s
           FROM campaigns c JOIN campaign_members m ON m.campaign_id = c.id GROUP BY c.id, c.size, c.ips, c.senders`,
        );
        assert.equal(check.length, new Set(batched.members.values()).size);
        for (const r of check) assert.deepEqual([Number(r.size), Number(r.ips), Number(r.senders)], [Number(r.n), Number(r.i), Number(r.s)], r.id);
      } finally {
        await store.close();
      }
    });

    it('a message stored again after its message row was pruned is not clustered twice', async (t) => {
      const location = await dialect.location(t);
      if (!location) return;
      const store = await openStore(location);
      try {
        await store.messages.ensureSchema();
        const messages = input().slice(0, 40);
        const indexers = [campaignsIndexer()];
        await store.messages.insertBatch({ messages }, { indexers });
        const before = await campaignSnapshot(store);
        await store.run('DELETE FROM messages');
        await store.messages.insertBatch({ messages }, { indexers });
        assert.deepEqual(await campaignSnapshot(store), before);
      } finally {
        await store.close();
      }
    });

    it('migration 3 fills the distinct counts of existing campaigns and trims keys to the newest 20', async (t) => {
      const location = await dialect.location(t);
      if (!location) return;
      const store = await openStore(location);
      try {
        await store.migrate({ module: 'campaigns', migrations: CAMPAIGNS_MIGRATIONS.migrations.filter((m) => m.version <= 2) });
        await store.run(`INSERT INTO campaigns (id, first_seen, last_seen, size, non_clean, subject) VALUES ('Cold', 1, 30, 30, 30, 's')`);
        for (let i = 0; i < 30; i++) {
          await store.run(
            `INSERT INTO campaign_members (hash, campaign_id, at, subject, sender_ip, sender_domain, verdict, categories, themes, features, joined_with, reasons)
             VALUES (?, 'Cold', ?, 's', ?, ?, 'spam', '[]', '[]', '{}', NULL, '[]')`,
            [`h${i}`, i + 1, `10.0.0.${i % 10}`, i % 2 ? 'a.example' : null],
          );
          await store.run('INSERT INTO campaign_keys (key, at, hash) VALUES (?, ?, ?)', ['d:x.example', i + 1, `h${i}`]);
        }
        await store.migrate(CAMPAIGNS_MIGRATIONS);
        const row = await store.get<{ ips: number; senders: number }>(`SELECT ips, senders FROM campaigns WHERE id = 'Cold'`);
        assert.deepEqual([Number(row!.ips), Number(row!.senders)], [10, 1]);
        const kept = await store.all<{ at: number }>('SELECT at FROM campaign_keys ORDER BY at');
        assert.deepEqual(kept.map((k) => Number(k.at)), Array.from({ length: 20 }, (_, i) => i + 11));
        const [listed] = await listCampaigns(store, { minSize: 1 });
        assert.deepEqual([listed!.ips, listed!.senders, listed!.botnet], [10, 1, true]);
      } finally {
        await store.close();
      }
    });
  });
}
