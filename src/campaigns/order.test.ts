import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../store/index.js';
import type { StoredMessage } from '../store/types.js';
import { storeDialects } from '../test-support/store-dialects.js';
import { storedMessage } from '../test-support/stored-message.js';
import { driftingCampaignSet, labelledCampaignSet, shuffled, storedLabelled } from '../test-support/campaign-corpus.js';
import { campaignSnapshot, clusterInStore, type CampaignSnapshot } from '../test-support/campaign-store.js';
import { campaignMessageOf, campaignsIndexer } from './store-index.js';
import { CANDIDATE_WINDOW, campaignIdFor, Clusterer } from './cluster.js';
import { lookupKeys, messageFeatures } from './features.js';
import { joinReasons } from './join.js';
import { textFingerprint } from '../neardup/fingerprint.js';
import { prng } from '../test-support/campaign-corpus.js';
import { MemoryCampaignIndex } from './memory-index.js';
import { resolveCampaignId } from './query.js';

const dialects = storeDialects('campaign-order');

const zip = (n: number) => ({ name: `z${n}.zip`, sha256: String(n).repeat(64).slice(0, 64) });

/**
 * One set of messages whose campaigns depend on the arrival order if clustering does: templates of 30
 * (more than the candidates read on each side), some sharing one timestamp; templates that drift (members a
 * few steps apart no longer join, neighbours join weakly on text + link domain); attachment groups and
 * image-only groups (subject + tracking pattern, a weak join) bridged by later messages; one-offs.
 */
function input(): StoredMessage[] {
  const set = [
    ...labelledCampaignSet({ templates: 4, perTemplate: 30, singletons: 20, seed: 9 }).map((m, i) => (i % 7 === 0 ? { ...m, time: Date.UTC(2013, 8, 1) } : m)),
    ...driftingCampaignSet({ chains: 3, perChain: 45, singletons: 10, seed: 4, drift: 0.15 }),
  ].map((m) => storedLabelled(m));
  const t0 = Date.UTC(2014, 0, 1);
  for (let g = 0; g < 3; g++) {
    for (let i = 0; i < 4; i++) set.push(storedMessage({ key: `att-${g}-${i}`, at: t0 + (g * 10 + i) * 1000, sendingIp: `192.0.2.${g}`, fromDomain: `g${g}.example`, attachments: [zip(g + 1)] }));
  }
  set.push(storedMessage({ key: 'bridge-a', at: t0 + 100_000, sendingIp: '198.51.100.1', attachments: [zip(1), zip(2)] }));
  set.push(storedMessage({ key: 'bridge-b', at: t0 + 200_000, sendingIp: '198.51.100.2', attachments: [zip(2), zip(3)] }));
  const subject = 'Your parcel 4411 is waiting for delivery';
  for (let g = 0; g < 2; g++) {
    for (let i = 0; i < 3; i++) {
      set.push(storedMessage({ key: `img-${g}-${i}`, at: t0 + 1_000_000 + (g * 10 + i) * 1000, subject, fromDomain: `img${g}.example`, urls: [`http://track${g}.example/p/${g}${i}a77c0ffee${i}`] }));
    }
  }
  set.push(storedMessage({ key: 'img-bridge', at: t0 + 2_000_000, subject, urls: ['http://track0.example/p/9a88c0ffee1', 'http://track1.example/p/9b99c0ffee2'] }));
  return set;
}

/** Words of `n` made-up tokens from a seeded generator: texts from different seeds share (almost) nothing. */
function words(rnd: () => number, n: number): string[] {
  return Array.from({ length: n }, () => `w${Math.floor(rnd() * 1e6).toString(36)}`);
}

/**
 * A mailing list's footer link files every post under one link-domain key: 80 unrelated posts over ten
 * days, and two posts of one newsletter (text 35–60 % similar, the same list domain: a weak join) with
 * 60 of the others between them in time — more than "the N nearest" would have compared. Plus two copies
 * of one message 29 days apart (join) and two 31 days apart (beyond the window: no join).
 */
function crowdedKeyInput(): { messages: StoredMessage[]; pair: [StoredMessage, StoredMessage] } {
  const t0 = Date.UTC(2021, 4, 1);
  const hour = 3_600_000;
  const list = (key: string, at: number, text: string) =>
    storedMessage({ key, at, subject: `post ${key}`, fingerprint: textFingerprint(text), urls: [`https://lists.example/archive/${key}`] });
  const rnd = prng(11);
  const messages: StoredMessage[] = [];
  for (let i = 0; i < 80; i++) messages.push(list(`post-${i}`, t0 + i * 3 * hour, words(rnd, 60).join(' ')));
  const shared = words(rnd, 45);
  const a = list('letter-a', t0 + 10 * 3 * hour + 1, [...shared, ...words(rnd, 35)].join(' '));
  const b = list('letter-b', t0 + 70 * 3 * hour + 1, [...shared, ...words(rnd, 35)].join(' '));
  messages.push(a, b);
  const day = 86_400_000;
  const copy = words(rnd, 60).join(' ');
  const solo = (key: string, at: number) => storedMessage({ key, at, fingerprint: textFingerprint(copy), subject: `notice ${key}` });
  messages.push(solo('near-1', t0 + 100 * day), solo('near-2', t0 + 129 * day), solo('far-1', t0 + 200 * day), solo('far-2', t0 + 231 * day));
  return { messages, pair: [a, b] };
}

const byTime = (a: StoredMessage, b: StoredMessage): number => a.at - b.at || (a.hash < b.hash ? -1 : 1);

/** The campaigns as sets of members (ids aside). */
const partition = (members: Map<string, string>): string[] => {
  const groups = new Map<string, string[]>();
  for (const [hash, id] of members) groups.set(id, [...(groups.get(id) ?? []), hash]);
  return [...groups.values()].map((g) => g.sort().join(',')).sort();
};

for (const dialect of dialects) {
  describe(`campaigns are a function of the set of messages on ${dialect.name}`, () => {
    it('the same messages in different orders and batch cuttings give the same campaigns, ids and rows', async (t) => {
      const messages = input();
      const runs: [string, StoredMessage[], number][] = [
        ['time order, batches of 500', [...messages].sort(byTime), 500],
        ['reverse time order, batches of 7', [...messages].sort(byTime).reverse(), 7],
        ['shuffled (seed 1), batches of 60', shuffled(messages, 1), 60],
        ['shuffled (seed 2), one message per batch', shuffled(messages, 2), 1],
      ];
      const snapshots: CampaignSnapshot[] = [];
      for (const [, order, size] of runs) {
        const location = await dialect.location(t);
        if (!location) return;
        snapshots.push(await clusterInStore(location, order, size));
      }
      const [reference] = snapshots;
      assert.equal(reference!.members.size, messages.length);
      for (let i = 1; i < runs.length; i++) {
        assert.deepEqual(partition(snapshots[i]!.members), partition(reference!.members), runs[i]![0]);
        assert.deepEqual(snapshots[i]!.members, reference!.members, runs[i]![0]);
        assert.deepEqual(snapshots[i]!.campaigns, reference!.campaigns, runs[i]![0]);
        assert.equal(snapshots[i]!.keys.length, reference!.keys.length, runs[i]![0]);
      }
      // Each campaign is named after its first member by time, whose subject it carries.
      const byHash = new Map(messages.map((m) => [m.hash, m]));
      const groups = new Map<string, StoredMessage[]>();
      for (const [hash, id] of reference!.members) groups.set(id, [...(groups.get(id) ?? []), byHash.get(hash)!]);
      for (const [id, list] of groups) assert.equal(id, campaignIdFor(list.sort(byTime)[0]!.hash));
      // The drifting templates held together: their members are in few campaigns, not scattered by order.
      const drift = messages.filter((m) => m.iocs.some((i) => i.value.includes('://drift')));
      const driftCampaigns = new Set(drift.map((m) => reference!.members.get(m.hash)));
      assert.ok(driftCampaigns.size <= 12, `${driftCampaigns.size} campaigns for 3 drifting templates`);
      // The in-memory clusterer, in yet another order, agrees.
      const memory = new MemoryCampaignIndex();
      const clusterer = new Clusterer(memory);
      for (const m of shuffled(messages, 3)) await clusterer.add(campaignMessageOf(m));
      assert.deepEqual(new Map([...memory.members].map(([h, m]): [string, string] => [h, m.campaignId]).sort(([a], [b]) => (a < b ? -1 : 1))), reference!.members);
    });

    it('members far apart under a crowded key join in every order; members further apart than the window never join', async (t) => {
      const { messages, pair } = crowdedKeyInput();
      // Preconditions: the two letters join only weakly and only through the list's link domain, and the
      // key holds more entries between them than were once compared — the case order used to decide.
      const [fa, fb] = pair.map((m) => messageFeatures(campaignMessageOf(m)));
      assert.deepEqual(joinReasons(fa!, fb!).map((r) => r.kind), ['text', 'link-domain']);
      assert.deepEqual(lookupKeys(fa!).filter((k) => lookupKeys(fb!).includes(k)), ['d:lists.example']);
      const between = messages.filter((m) => m.at > pair[0].at && m.at < pair[1].at).length;
      assert.ok(between >= 60 && between < CANDIDATE_WINDOW.perSide, `${between} posts between the letters`);
      const unrelated = messages.filter((m) => m.hash !== pair[0].hash && m.subject.startsWith('post post-'));
      for (const m of unrelated.slice(0, 10)) assert.deepEqual(joinReasons(fa!, messageFeatures(campaignMessageOf(m))), []);

      const runs: [string, StoredMessage[], number][] = [
        ['time order, batches of 500', [...messages].sort(byTime), 500],
        ['time order, one per batch', [...messages].sort(byTime), 1],
        ['shuffled (seed 5), batches of 9', shuffled(messages, 5), 9],
      ];
      for (const [name, order, size] of runs) {
        const location = await dialect.location(t);
        if (!location) return;
        const { members } = await clusterInStore(location, order, size);
        const id = (key: string) => members.get(messages.find((m) => m.subject.endsWith(key))!.hash);
        assert.equal(id('letter-a'), id('letter-b'), `${name}: the letters are one campaign`);
        assert.equal(id('near-1'), id('near-2'), `${name}: copies 29 days apart join`);
        assert.notEqual(id('far-1'), id('far-2'), `${name}: copies 31 days apart do not`);
        assert.equal(new Set(unrelated.map((m) => members.get(m.hash))).size, unrelated.length, `${name}: unrelated posts stay apart`);
      }
    });

    it('a message that bridges two campaigns merges them, on a weak join too; an older member arriving late renames the campaign', async (t) => {
      const location = await dialect.location(t);
      if (!location) return;
      const store = await openStore(location);
      try {
        await store.messages.ensureSchema();
        const indexers = [campaignsIndexer()];
        const subject = 'Your parcel 4411 is waiting for delivery';
        const t0 = Date.UTC(2020, 0, 1);
        const group = (g: number) => [0, 1, 2].map((i) => storedMessage({ key: `w-${g}-${i}`, at: t0 + (g * 10 + i + 1) * 60_000, subject, sendingIp: `192.0.2.${g * 3 + i}`, fromDomain: `w${g}.example`, urls: [`http://track${g}.example/p/${g}${i}f00dcafe${i}`] }));
        const [a, b] = [group(0), group(1)];
        await store.messages.insertBatch({ messages: [...a, ...b] }, { indexers });
        let s = await campaignSnapshot(store);
        assert.equal(partition(s.members).length, 2, 'two image-only campaigns (subject + tracking pattern)');
        const idA = campaignIdFor(a[0]!.hash);
        const idB = campaignIdFor(b[0]!.hash);
        assert.deepEqual(new Set(s.members.values()), new Set([idA, idB]));

        // Joins both only weakly (no text, no attachment): still one campaign now, named after its first member.
        const bridge = storedMessage({ key: 'w-bridge', at: t0 + 3_600_000, subject, sendingIp: '198.51.100.7', urls: ['http://track0.example/p/9a88f00dcafe1', 'http://track1.example/p/9b99f00dcafe2'] });
        await store.messages.insertBatch({ messages: [bridge] }, { indexers });
        s = await campaignSnapshot(store);
        assert.deepEqual(new Set(s.members.values()), new Set([idA]));
        assert.equal(await resolveCampaignId(store, idB), idA);

        // An older member arriving late becomes the representative: the campaign takes its id and subject.
        const early = storedMessage({ key: 'w-early', at: t0, subject: 'Your parcel 1200 is waiting for delivery', sendingIp: '198.51.100.8', urls: ['http://track1.example/p/0c00f00dcafe3'] });
        await store.messages.insertBatch({ messages: [early] }, { indexers });
        s = await campaignSnapshot(store);
        const idEarly = campaignIdFor(early.hash);
        assert.deepEqual(new Set(s.members.values()), new Set([idEarly]));
        assert.equal(await resolveCampaignId(store, idA), idEarly);
        assert.equal(await resolveCampaignId(store, idB), idEarly);
        const row = await store.get<{ first_seen: number; last_seen: number; size: number; subject: string; ips: number; senders: number }>('SELECT first_seen, last_seen, size, subject, ips, senders FROM campaigns WHERE id = ?', [idEarly]);
        assert.deepEqual([Number(row!.first_seen), Number(row!.last_seen), Number(row!.size), row!.subject, Number(row!.ips), Number(row!.senders)], [t0, t0 + 3_600_000, 8, early.subject, 8, 3]);
      } finally {
        await store.close();
      }
    });
  });
}
