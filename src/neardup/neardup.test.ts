import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDistinctiveSubject, normaliseText, shingles, subjectTemplate, urlPattern } from './normalise.js';
import { bandKeys, decodeSignature, encodeSignature, jaccardEstimate, minhash, NUM_HASHES } from './minhash.js';
import { textFingerprint } from './fingerprint.js';

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
  it('character 3-grams for Japanese, word 2-grams for English', () => {
    const sh = shingles(normaliseText('お支払い確認 please verify your account now'));
    assert.ok(sh.includes('お支払'));
    assert.ok(sh.includes('支払い'));
    assert.ok(sh.includes('w:please verify'));
    assert.ok(sh.includes('w:verify your'));
    assert.ok(!sh.some((s) => s.includes('お') && s.startsWith('w:')));
  });
  it('a one-word text is its own shingle', () => assert.deepEqual(shingles('hi'), ['w:hi']));
  it('is bounded on hostile input', () => assert.ok(shingles(normaliseText('word '.repeat(200_000) + 'x'.repeat(10))).length <= 4_000));
});

describe('MinHash', () => {
  it('is deterministic and of fixed length', () => {
    const a = minhash(['w:a b c', 'w:b c d']);
    assert.equal(a.length, NUM_HASHES);
    assert.deepEqual(minhash(['w:b c d', 'w:a b c']), a);
    assert.deepEqual(decodeSignature(encodeSignature(a)), a.map((v) => v & 0xffff));
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

describe('textFingerprint', () => {
  it('is empty for short texts and equal for per-recipient variants', () => {
    assert.equal(textFingerprint('hi there'), '');
    const t = (who: string, n: number) => `Dear ${who}@example.jp, your parcel ${n} could not be delivered. Please confirm your address and pay the customs fee at http://parcel.example/p/${n}x${n} within two days or it goes back.`;
    const a = textFingerprint(t('bob', 12345));
    assert.equal(a.length, 320);
    assert.equal(a, textFingerprint(t('carol', 99887766)));
  });
});
