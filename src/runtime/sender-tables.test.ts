import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { AhoCorasick } from '../brands/aho-corasick.js';
import { BrandRegistry } from '../brands/registry.js';
import { defaultConfig } from '../config/load.js';
import { DomainList } from '../links/lists/index.js';
import { LookalikeDetector } from '../lookalike/detector.js';
import { deserializeSenderTables, precomputedSenderTables, senderTablesKey, serializeSenderTables } from './sender-tables.js';
import { buildSenderTables } from './services.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-sender-tables-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const sender = defaultConfig().sender;
const key = senderTablesKey(sender);
const bytes = serializeSenderTables(buildSenderTables(sender), key);
const file = path.join(dir, 'sender-tables.bin');
writeFileSync(file, bytes);

const HOSTS = ['paypal.com', 'paypa1.com', 'paypal-secure-login.com', 'torendmicro.com', 'amaz0n.co.jp', 'rakuten-card.co.jp.example.net', 'gmail.com', 'yahoo.co.uk', 'example.org', 'mufg-jp.com', 'appleid.apple.com.verify.io', '192.0.2.1', ''];
const NAMES = ['PayPal Service', 'Amazon.co.jp', 'ウイルスバスター', 'Apple Support Team', 'Bank of America Alerts', 'John Smith', 'Rakuten Card Co., Ltd.'];

describe('precomputed sender tables', () => {
  it('come back as working objects that answer exactly as freshly built ones', () => {
    const restored = precomputedSenderTables(sender, file);
    assert.ok(restored);
    assert.ok(restored.registry instanceof BrandRegistry);
    assert.ok(restored.detector instanceof LookalikeDetector);
    assert.ok((restored.registry as unknown as { strongMatcher: unknown }).strongMatcher instanceof AhoCorasick);
    const fresh = buildSenderTables(sender);
    assert.deepEqual([...restored.freemail].sort(), [...fresh.freemail].sort());
    for (const host of HOSTS) assert.deepEqual(restored.detector.detect(host), fresh.detector.detect(host), host);
    for (const name of NAMES) assert.deepEqual(restored.registry.mentionsInDisplayName(name), fresh.registry.mentionsInDisplayName(name), name);
    assert.deepEqual(restored.registry.mentionsInText('Your PayPal and Amazon accounts'), fresh.registry.mentionsInText('Your PayPal and Amazon accounts'));
    const lists = Object.keys(fresh.linkLists) as (keyof typeof fresh.linkLists)[];
    assert.deepEqual(Object.keys(restored.linkLists), lists);
    const linkHosts = ['bit.ly', 'www.bit.ly', 'BIT.LY.', 'drive.google.com', 'docs.google.com', 'x.top', 'a.b.zip', 'wetransfer.com', 'we.tl', 'sites.google.com', 'example.com', 'a.github.io', ''];
    for (const list of lists) {
      assert.ok(restored.linkLists[list] instanceof DomainList);
      assert.equal(restored.linkLists[list].size, fresh.linkLists[list].size, list);
      for (const host of [...linkHosts, ...HOSTS]) for (const p of ['/', '/file/d/1', '/forms/x']) assert.equal(restored.linkLists[list].match(host, p), fresh.linkLists[list].match(host, p), `${list} ${host}${p}`);
    }
  });

  it('are not used for another sender section: a custom brand gets tables of its own that know it', () => {
    const custom = { ...sender, brands: [{ id: 'zorblax', name: 'Zorblax Bank', domains: ['zorblax.com'], aliases: ['Zorblax'] }] } as typeof sender;
    assert.notEqual(senderTablesKey(custom), key);
    assert.equal(precomputedSenderTables(custom, file), undefined);
    assert.equal(precomputedSenderTables({ ...sender, lookalike: { ...sender.lookalike, minLengthEdit1: 4 } }, file), undefined);
    const own = buildSenderTables(custom);
    assert.equal(own.detector.detect('zorb1ax.com')?.brandId, 'zorblax');
    assert.equal(own.registry.mentionsInDisplayName('Zorblax Support')[0]?.brand.id, 'zorblax');
  });

  it('ignore a missing, cut, corrupt or foreign file', () => {
    assert.equal(precomputedSenderTables(sender, path.join(dir, 'absent.bin')), undefined);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 1000]! ^= 0xff;
    for (const broken of [bytes.subarray(0, bytes.length - 10), bytes.subarray(0, 40), flipped, Buffer.from('garbage'), Buffer.alloc(0)]) {
      assert.equal(deserializeSenderTables(broken, key), undefined);
    }
  });

  it('refuse to serialise what they cannot carry (a function, an unknown class)', () => {
    const tables = buildSenderTables(sender);
    assert.throws(() => serializeSenderTables({ ...tables, extra: () => 1 } as typeof tables, key), /function/);
    // state V8 does not serialise (a Set's own properties) is caught by comparing the copy with the original
    assert.throws(() => serializeSenderTables({ ...tables, freemail: Object.assign(new Set<string>(), { extra: 1 }) }, key), /differs/);
    class Other {}
    assert.throws(() => serializeSenderTables({ ...tables, freemail: new Set([new Other() as unknown as string]) }, key), /Other/);
  });
});
