import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { attachmentsFamily } from '../../checks/attachments/index.js';
import { messageWith } from '../test-support/message.js';
import { buildZip } from '../test-support/zip-builder.js';
import { testServices } from '../../test-support/services.js';
import { listZip } from './index.js';

/**
 * Issue 17 item 8 (session 63): a "zip" of garbage after `PK\3\4` was listed as one encrypted, truncated entry — an archive
 * spamlab had read. With no central directory to vouch for them, local headers no zip writer makes (an unknown method, a
 * version above 6.3, a name empty, cut or with control bytes) are not entries: the listing has none and says why, and the
 * archive counts as unread (ATTACH_ARCHIVE_UNREAD). Real zips cut before their central directory keep their entries.
 */

/** Deterministic bytes of every value (a linear congruential generator seeded per row). */
function noise(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
const SIG = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

test('garbage after PK\\3\\4 is no entry (table of seeds and lengths)', () => {
  for (const seed of [1, 7, 61, 2024, 99991]) {
    for (const length of [26, 64, 4096]) {
      const listing = listZip(Buffer.concat([SIG, noise(seed, length)]), { maxEntries: 100 });
      assert.equal(listing.entries.length, 0, `seed ${seed}, ${length} bytes: ${listing.entries.map((e) => JSON.stringify(e.name)).join(' ')}`);
      if (length >= 26) assert.ok(listing.problems.some((p) => / is no entry \(/.test(p)), listing.problems.join('; '));
    }
  }
});

test('a real zip cut before its central directory keeps its entries (must not; names en, de, ja; stored and deflated)', () => {
  const files = [
    { name: 'invoice_2291.pdf', data: 'x'.repeat(300) },
    { name: 'Rechnung_März.pdf', data: 'Rechnung '.repeat(40), method: 8 as const },
    { name: '請求書_2291.pdf', data: '請求書'.repeat(40) },
  ];
  const z = buildZip(files);
  const central = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  const listing = listZip(z.subarray(0, central), { maxEntries: 100 });
  assert.deepEqual(listing.entries.map((e) => e.name), files.map((f) => f.name));
  assert.ok(!listing.problems.some((p) => / is no entry \(/.test(p)), listing.problems.join('; '));
});

test('a zip of garbage is an archive spamlab could not read (ATTACH_ARCHIVE_UNREAD); a real one is not (must not)', async () => {
  const config = defaultConfig();
  const now = new Date('2025-06-02T08:00:00Z');
  const findingsOf = async (filename: string, content: Uint8Array) => {
    const [check] = attachmentsFamily.create({ config, services: testServices({ now: () => now }, config) });
    return (await check!.run(messageWith([{ filename, content }], 'Please find the shipping documents attached.'), { now, signal: new AbortController().signal })).findings;
  };
  for (const [filename, seed] of [['AWB_7781.zip', 5], ['Zahlungsavis.zip', 11], ['請求書.zip', 17]] as const) {
    const findings = await findingsOf(filename, Buffer.concat([SIG, noise(seed, 4096)]));
    assert.ok(findings.some((f) => f.id === 'ATTACH_ARCHIVE_UNREAD'), `${filename}: ${findings.map((f) => `${f.id} ${f.evidence}`).join('\n')}`);
  }
  const real = await findingsOf('Documents.zip', buildZip([{ name: 'a.txt', data: 'hello' }]));
  assert.ok(!real.some((f) => f.id === 'ATTACH_ARCHIVE_UNREAD'));
});
