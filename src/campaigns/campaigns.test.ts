import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messageFeatures, type CampaignMessage } from './features.js';
import { joinReasons } from './join.js';
import { Clusterer } from './cluster.js';
import { MemoryCampaignIndex } from './memory-index.js';
import { summariseCampaign } from './summary.js';
import { pairwiseQuality } from './quality.js';
import { labelledCampaignSet } from '../test-support/campaign-corpus.js';

const msg = (over: Partial<CampaignMessage>): CampaignMessage => ({
  hash: 'f'.repeat(64), time: Date.UTC(2013, 8, 2), subject: '', text: '', urls: [], attachments: [],
  senderIp: null, senderDomain: null, verdict: 'spam', categories: [], themes: [], ...over,
});

const body = (who: string, token: string): string =>
  `Dear ${who}@example.jp, your account has been suspended because of unusual activity. To keep using our service ` +
  `you must verify your identity within 24 hours. Click http://secure-check.example/v/${token} and log in with your ` +
  `password. If you do not verify, your mailbox will be deleted permanently. Thank you, the security team. Ticket ${token.length * 1000}`;

describe('joinReasons', () => {
  it('per-recipient variants of one template join on text', () => {
    const a = messageFeatures(msg({ text: body('bob', 'a1b2c3d4e5f6'), urls: ['http://secure-check.example/v/a1b2c3d4e5f6'] }));
    const b = messageFeatures(msg({ text: body('carol', 'ffe0129bcd77'), urls: ['http://secure-check.example/v/ffe0129bcd77'] }));
    const reasons = joinReasons(a, b);
    assert.ok(reasons.some((r) => r.kind === 'text'), JSON.stringify(reasons));
    assert.ok(reasons.some((r) => r.kind === 'tracking-url' && r.evidence.includes('secure-check.example/v/{id}')));
  });
  it('the same attachment joins on its own', () => {
    const att = [{ name: 'fax.zip', sha256: 'a'.repeat(64) }];
    const reasons = joinReasons(messageFeatures(msg({ subject: 'x', attachments: att })), messageFeatures(msg({ subject: 'y', attachments: att })));
    assert.equal(reasons[0]?.kind, 'attachment');
  });
  it('a shared link domain alone does not join', () => {
    const a = messageFeatures(msg({ text: 'completely different words about gardening and roses in spring time today', urls: ['http://news.example.com/a'] }));
    const b = messageFeatures(msg({ text: 'quarterly results show revenue growth across all regions of the company', urls: ['http://news.example.com/b'] }));
    assert.deepEqual(joinReasons(a, b), []);
  });
  it('subject template plus tracking pattern join image-only mail', () => {
    const a = messageFeatures(msg({ subject: 'Your parcel 12345 is waiting for delivery', urls: ['http://t.example/p/abc123def456'] }));
    const b = messageFeatures(msg({ subject: 'Your parcel 98765 is waiting for delivery', urls: ['http://t.example/p/zzz999yyy888'] }));
    assert.deepEqual(joinReasons(a, b).map((r) => r.kind), ['subject', 'tracking-url', 'link-domain']);
  });
});

describe('Clusterer', () => {
  it('groups a labelled set with high pairwise precision and recall, idempotently', async () => {
    const set = labelledCampaignSet({ templates: 12, perTemplate: 15, singletons: 60, seed: 7 });
    const index = new MemoryCampaignIndex();
    const clusterer = new Clusterer(index);
    for (const m of set) await clusterer.add(m);
    for (const m of set.slice(0, 10)) assert.equal(await clusterer.add(m), undefined, 're-adding is a no-op');
    const q = pairwiseQuality(set.map((m) => ({ label: m.label, cluster: index.members.get(m.hash)!.campaignId })));
    assert.ok(q.precision >= 0.95, `precision ${q.precision}`);
    assert.ok(q.recall >= 0.9, `recall ${q.recall}`);
  });
  it('merges two campaigns when a message bridges them, keeping the older id', async () => {
    const index = new MemoryCampaignIndex();
    const c = new Clusterer(index);
    const att1 = { name: 'a.zip', sha256: '1'.repeat(64) };
    const att2 = { name: 'b.zip', sha256: '2'.repeat(64) };
    const first = await c.add(msg({ hash: 'a'.repeat(64), time: 1000, attachments: [att1] }));
    const second = await c.add(msg({ hash: 'b'.repeat(64), time: 2000, attachments: [att2] }));
    assert.notEqual(first!.campaignId, second!.campaignId);
    const bridge = await c.add(msg({ hash: 'c'.repeat(64), time: 3000, attachments: [att1, att2] }));
    assert.equal(bridge!.campaignId, first!.campaignId);
    assert.deepEqual(bridge!.merged, [second!.campaignId]);
    assert.equal(new Set([...index.members.values()].map((m) => m.campaignId)).size, 1);
  });
});

describe('summariseCampaign', () => {
  it('says botnet when many IPs send one template, and keeps reasons and samples', async () => {
    const set = labelledCampaignSet({ templates: 1, perTemplate: 30, singletons: 0, seed: 3 });
    const index = new MemoryCampaignIndex();
    const c = new Clusterer(index);
    for (const m of set) await c.add(m);
    const [[id, members]] = [...index.campaigns()] as [[string, never[]]];
    const s = summariseCampaign(id, members);
    assert.equal(s.size, 30);
    assert.equal(s.ips, 30);
    assert.match(s.botnet ?? '', /30 distinct IPs .* botnet indicator/);
    assert.ok(s.joinedBy.some((j) => j.kind === 'text'));
    assert.ok(s.samples.length >= 2 && s.samples.length <= 5);
    assert.ok(s.firstSeen <= s.lastSeen);
  });
  it('no botnet for one relay', () => {
    const members = [1, 2, 3, 4, 5, 6].map((i) => ({
      hash: String(i).repeat(64), campaignId: 'C', time: i, subject: 's', senderIp: '192.0.2.1', senderDomain: 'list.example',
      verdict: 'clean', categories: [], themes: [], joinedWith: null, reasons: [],
      features: { signature: '', subjectTemplate: 's', linkDomains: [], trackingPatterns: [], attachmentHashes: [] },
    }));
    assert.equal(summariseCampaign('C', members).botnet, null);
  });
});

describe('pairwiseQuality', () => {
  it('counts pairs from contingency tables', () => {
    const q = pairwiseQuality([
      { label: 'a', cluster: '1' }, { label: 'a', cluster: '1' }, { label: 'a', cluster: '2' },
      { label: 'b', cluster: '2' }, { label: null, cluster: '3' },
    ]);
    assert.equal(q.truePairs, 3);
    assert.equal(q.predictedPairs, 2);
    assert.equal(q.precision, 0.5);
    assert.equal(q.recall, 1 / 3);
  });
});
