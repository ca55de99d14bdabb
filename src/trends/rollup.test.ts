import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { storeDialects } from '../test-support/store-dialects.js';
import { storedMessage } from '../test-support/stored-message.js';
import { trendsIndexer } from './rollup.js';
import { findEventBursts, findSurges, trendSeries, trendTotals } from './query.js';

const dialects = storeDialects('trends').map((d) => ({ name: d.name, open: async (t: TestContext): Promise<Store | undefined> => {
  const location = await d.location(t);
  return location ? openStore(location) : undefined;
} }));

const DAY = 86_400_000;

for (const dialect of dialects) {
  describe(`trend rollups on ${dialect.name}`, () => {
    it('count new messages by period × dimension × verdict, once, in the insert transaction', async (t) => {
      const store = await dialect.open(t);
      if (!store) return;
      try {
        await store.messages.ensureSchema();
        const indexers = [trendsIndexer()];
        const batch = [
          storedMessage({ key: 'a', at: Date.UTC(2013, 8, 2), verdict: 'malware', categories: ['malware-lure'], attachmentTypes: ['.zip'], brands: ['Trend Micro'] }),
          storedMessage({ key: 'b', at: Date.UTC(2013, 8, 3), verdict: 'spam', categories: ['health', 'marketing'], themes: ['christmas'] }),
          storedMessage({ key: 'c', at: Date.UTC(2013, 9, 1), verdict: 'clean' }),
        ];
        await store.messages.insertBatch({ messages: batch }, { indexers });
        // The same messages again: the store skips known hashes, so the rollups must not change.
        await store.messages.insertBatch({ messages: batch }, { indexers });
        const months = await trendSeries(store, { period: 'month' });
        assert.deepEqual(months, [
          { period: '2013-09', value: '', verdict: 'malware', count: 1 },
          { period: '2013-09', value: '', verdict: 'spam', count: 1 },
          { period: '2013-10', value: '', verdict: 'clean', count: 1 },
        ]);
        const cats = await trendSeries(store, { period: 'week', by: 'category' });
        assert.deepEqual(cats.map((r) => `${r.period} ${r.value || '-'} ${r.verdict} ${r.count}`), [
          '2013-09-02 health spam 1', '2013-09-02 malware-lure malware 1', '2013-09-02 marketing spam 1', '2013-09-30 - clean 1',
        ]);
        assert.deepEqual((await trendSeries(store, { period: 'day', by: 'attachment' })).map((r) => r.value), ['.zip']);
        assert.deepEqual((await trendSeries(store, { period: 'day', by: 'brand' })).map((r) => r.value), ['Trend Micro']);
        assert.deepEqual(await trendTotals(store, { from: Date.UTC(2013, 8, 1), to: Date.UTC(2013, 8, 30) }), {
          messages: 2, byVerdict: { malware: 1, spam: 1 }, first: '2013-09-02', last: '2013-09-03',
        });
        // A rescan moves a message between buckets.
        const before = batch[1]!;
        const current = { ...before, verdict: 'phishing' as const, categories: ['phishing'] };
        await store.transaction((tx) => trendsIndexer().onReplaced!(tx, [{ previous: before, current }]));
        assert.deepEqual((await trendSeries(store, { period: 'month', verdict: 'phishing' })).map((r) => r.count), [1]);
        assert.deepEqual(await trendSeries(store, { period: 'month', verdict: 'spam' }), []);
      } finally {
        await store.close();
      }
    });

    it('finds a planted surge and an event burst from stored messages', async (t) => {
      const store = await dialect.open(t);
      if (!store) return;
      try {
        await store.messages.ensureSchema();
        const messages = [];
        const start = Date.UTC(2013, 5, 3);
        for (let w = 0; w < 30; w++) {
          const weekStart = start + w * 7 * DAY;
          const lure = weekStart >= Date.UTC(2013, 8, 2) && weekStart < Date.UTC(2013, 9, 14) ? 40 : 8 + (w % 3);
          for (let i = 0; i < lure; i++) messages.push(storedMessage({ at: weekStart + (i % 5) * DAY + i * 1000, verdict: 'malware', categories: ['malware-lure'] }));
          const xmas = weekStart >= Date.UTC(2013, 10, 25) && weekStart < Date.UTC(2013, 11, 23) ? 30 : w % 2;
          for (let i = 0; i < xmas; i++) messages.push(storedMessage({ at: weekStart + DAY + i * 1000, verdict: 'spam', themes: ['christmas'] }));
        }
        for (let i = 0; i < messages.length; i += 500) await store.messages.insertBatch({ messages: messages.slice(i, i + 500) }, { indexers: [trendsIndexer()] });
        const surges = await findSurges(store, { period: 'week', by: ['category'] });
        const lure = surges.find((s) => s.series === 'category=malware-lure');
        assert.ok(lure, JSON.stringify(surges.map((s) => s.text.en)));
        assert.equal(lure.start, '2013-09-02');
        assert.match(lure.text.en, /^malware-lure spam [34]\.\d× its 8-week baseline since 2013-09-02/);
        const bursts = await findEventBursts(store, { period: 'week' });
        assert.equal(bursts.length, 1);
        assert.equal(bursts[0]!.theme, 'christmas');
        assert.equal(bursts[0]!.start, '2013-11-25');
      } finally {
        await store.close();
      }
    });
  });
}
