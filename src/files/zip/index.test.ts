import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildOverlappingZipBomb, buildZip } from '../test-support/zip-builder.js';
import { decodeZipName, listZip, readZipEntry } from './index.js';
import { crc32 } from './crc32.js';

test('crc32 check value', () => {
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
});

test('lists and extracts stored and deflated entries', () => {
  const zip = buildZip([
    { name: 'a.txt', data: 'hello', method: 0 },
    { name: 'dir/b.txt', data: 'x'.repeat(5000) },
  ]);
  const listing = listZip(zip, { maxEntries: 10 });
  assert.deepEqual(listing.entries.map((e) => e.name), ['a.txt', 'dir/b.txt']);
  assert.deepEqual(listing.problems, []);
  const b = readZipEntry(zip, listing.entries[1]!, { maxOutputLength: 10_000 });
  assert.ok(b.ok && b.data.length === 5000);
  const capped = readZipEntry(zip, listing.entries[1]!, { maxOutputLength: 100 });
  assert.deepEqual(capped, { ok: false, reason: 'too-large' });
});

test('name decoding: UTF-8 flag, unflagged UTF-8, Shift_JIS, CP437', () => {
  assert.deepEqual(decodeZipName(Buffer.from('請求書.exe'), 0x800), { name: '請求書.exe', encoding: 'utf-8' });
  assert.deepEqual(decodeZipName(Buffer.from('請求書.exe'), 0), { name: '請求書.exe', encoding: 'utf-8-unflagged' });
  // 請求書 in Shift_JIS (cp932).
  assert.deepEqual(decodeZipName(Buffer.from([0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91, 0x2e, 0x65, 0x78, 0x65]), 0), { name: '請求書.exe', encoding: 'shift_jis' });
  assert.deepEqual(decodeZipName(Buffer.from([0x82, 0x2e, 0x74]), 0), { name: 'é.t', encoding: 'cp437' });
});

test('ZipCrypto entries open with the right password only', () => {
  const zip = buildZip([{ name: 'macro.xlsm', data: 'secret content '.repeat(50), password: 'sa' }]);
  const [entry] = listZip(zip, { maxEntries: 10 }).entries;
  assert.ok(entry?.encrypted && !entry.aes);
  assert.deepEqual(readZipEntry(zip, entry, { maxOutputLength: 1e6 }), { ok: false, reason: 'encrypted' });
  assert.deepEqual(readZipEntry(zip, entry, { maxOutputLength: 1e6, passwords: ['wrong'] }).ok, false);
  const opened = readZipEntry(zip, entry, { maxOutputLength: 1e6, passwords: ['wrong', 'sa'] });
  assert.ok(opened.ok && opened.decryptedWith === 'sa' && Buffer.from(opened.data).toString().startsWith('secret content'));
});

test('overlapping entries are marked', () => {
  const bomb = buildOverlappingZipBomb(50, 1 << 20);
  const listing = listZip(bomb, { maxEntries: 1000 });
  assert.equal(listing.entries.length, 50);
  assert.equal(listing.entries.filter((e) => e.overlaps).length, 49);
});

test('hostile bytes never throw', () => {
  const zip = buildZip([{ name: 'a.txt', data: 'hello world '.repeat(100) }]);
  let seed = 7;
  for (let i = 0; i < 2000; i++) {
    const copy = Buffer.from(zip);
    for (let k = 0; k < 6; k++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      copy[seed % copy.length] = seed >>> 24;
    }
    const cut = copy.subarray(0, (seed >>> 3) % (copy.length + 1));
    const listing = listZip(cut, { maxEntries: 100 });
    for (const e of listing.entries) readZipEntry(cut, e, { maxOutputLength: 1e5 });
  }
});
