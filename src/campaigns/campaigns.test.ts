import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDistinctiveSubject, normaliseText, shingles, subjectTemplate, urlPattern } from './normalise.js';
import { bandKeys, decodeSignature, encodeSignature, jaccardEstimate, minhash, NUM_HASHES } from './minhash.js';
import { messageFeatures, type CampaignMessage } from './features.js';
import { joinReasons } from './join.js';
import { Clusterer } from './cluster.js';
import { MemoryCampaignIndex } from './memory-index.js';
import { summariseCampaign } from './summary.js';
import { pairwiseQuality } from './quality.js';
import { labelledCampaignSet } from '../test-support/campaign-corpus.js';

describe('normaliseText', () => {
  const cases: { description: string; input: string; expected: string }[] = [
    { description: 'recipient address', input: 'Dear bob@example.jp, hello', expected: 'dear {email} , hello' },
    { description: 'URL reduced to its host', input: 'go http://www.evil.example/c/abc?uid=1 now', expected: 'go {url:evil.example} now' },
    { description: 'hex id', input: 'ref 8f3a9b2c1d0e', expected: 'ref {hex}' },
    { description: 'base64-like token', input: 'code dmljdGltQGV4YW1wbGUuanA1 end', expected: 'code {token} end' },
    { description: 'numbers, with separators', input: 'Order 12,345.67 on 2013/09/02', expected: 'order {num} on {num}' },
    { description: 'full-width digits (NFKC)', input: '注文番号１２３４５', expected: '注文番号 {num}' },
    { description: 'half-width katakana (NFKC)', input: 'ｳｲﾙｽﾊﾞｽﾀｰ', expected: 'ウイルスバスター' },
    { description: 'white space collapsed', input: '  a \n\t b  ', expected: 'a b' },
  ];
  for (const c of cases) it(c.description, () => assert.equal(normaliseText(c.input), c.expected));
});

describe('urlPattern', () => {
  const cases = [
    { input: 'http://t.example.com/c/8f3a9b2c1d?uid=dmljdGlt&x=1', expected: 't.example.com/c/{id}?uid&x' },
    { input: 'https://Shop.Example.com/Products/shoes', expected: 'shop.example.com/products/shoes' },
    { input: 'http://x.example/u/bob%40example.jp/12345', expected: 'x.example/u/{id}/{id}' },
    { input: 'www.example.org/a', expected: 'www.example.org/a' },
    { input: 'http://', expected: undefined },
  ];
  for (const c of cases) it(c.input, () => assert.equal(urlPattern(c.input), c.expected));
});

describe('subjectTemplate', () => {
  const cases = [
    { input: 'RE: Fwd: Invoice 4711 for your order from bob@example.com', expected: 'invoice {num} for your order from {email}', distinctive: true },
    { input: 'hello', expected: 'hello', distinctive: false },
    { input: '【警告】今すぐ無料のウイルスチェックを行ってください', expected: '【警告】今すぐ無料のウイルスチェックを行ってください', distinctive: true },
    { input: '返信: {num}', expected: '{num}', distinctive: false },
  ];
  for (const c of cases) {
    it(c.input, () => {
      assert.equal(subjectTemplate(c.input), c.expected);
      assert.equal(isDistinctiveSubject(subjectTemplate(c.input)), c.distinctive);
    });
  }
});

describe('shingles', () => {
  it('character 3-grams for Japanese, word 3-grams for English', () => {
    const sh = shingles(normaliseText('お支払い確認 please verify your account now'));
    assert.ok(sh.includes('お支払'));
    assert.ok(sh.includes('支払い'));
    assert.ok(sh.includes('w:please verify your'));
    assert.ok(!sh.some((s) => s.includes('お') && s.startsWith('w:')));
  });
  it('a short text gives its words as one shingle', () => assert.deepEqual(shingles('hi there'), ['w:hi there']));
  it('is bounded on hostile input', () => assert.ok(shingles(normaliseText('word '.repeat(200_000) + 'x'.repeat(10))).length <= 4_000));
});

describe('MinHash', () => {
  it('is deterministic and of fixed length', () => {
    const a = minhash(['w:a b c', 'w:b c d']);
    assert.equal(a.length, NUM_HASHES);
    assert.deepEqual(minhash(['w:b c d', 'w:a b c']), a);
    assert.deepEqual(decodeSignature(encodeSignature(a)), a);
  });
  it('estimates Jaccard similarity within a few points', () => {
    const universe = Array.from({ length: 400 }, (_, i) => `s${i}`);
    const cases = [
      { a: universe.slice(0, 200), b: universe.slice(0, 200), j: 1 },
      { a: universe.slice(0, 200), b: universe.slice(100, 300), j: 100 / 300 },
      { a: universe.slice(0, 200), b: universe.slice(40, 240), j: 160 / 240 },
      { a: universe.slice(0, 200), b: universe.slice(200, 400), j: 0 },
    ];
    for (const c of cases) assert.ok(Math.abs(jaccardEstimate(minhash(c.a), minhash(c.b)) - c.j) < 0.12, `J=${c.j}`);
  });
  it('similar sets share LSH bands, unrelated sets do not', () => {
    const universe = Array.from({ length: 400 }, (_, i) => `s${i}`);
    const a = bandKeys(minhash(universe.slice(0, 200)));
    const near = bandKeys(minhash(universe.slice(10, 210)));
    const far = bandKeys(minhash(universe.slice(200, 400)));
    assert.ok(a.some((k) => near.includes(k)));
    assert.ok(!a.some((k) => far.includes(k)));
  });
});

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
      features: { signature: '', shingleCount: 0, subjectTemplate: 's', linkDomains: [], trackingPatterns: [], attachmentHashes: [] },
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
