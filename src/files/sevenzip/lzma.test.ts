import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listSevenZip, sevenZipFolderData } from './index.js';
import { decodeLzma, decodeLzma2, lzma2DictionarySize } from './lzma.js';
import { SEVEN_ZIP_BOOKMARK, SEVEN_ZIP_BOOKMARK_LZMA, SEVEN_ZIP_BOOKMARK_URL, SEVEN_ZIP_ENCRYPTED_NAMES, SEVEN_ZIP_EXE, SEVEN_ZIP_LINES, SEVEN_ZIP_LINES_TEXT, SEVEN_ZIP_MINUTES, SEVEN_ZIP_SHORTCUT_SCRIPT } from '../test-support/sevenzip-fixtures.js';

const LIMITS = { maxOutput: 1 << 20, maxDictionary: 1 << 26 };

// Archives as 7-Zip writes them (LZMA-compressed headers): the names, sizes and coders of each.
const rows = [
  { name: 'a program (BCJ + LZMA2 block) and a text (LZMA2 block)', bytes: SEVEN_ZIP_EXE, entries: [['Fattura_2291.pdf.exe', 2048], ['Leggimi.txt', 16]], coders: ['21', '21', '03030103'], contentDecoded: false },
  { name: 'a shortcut and a script (LZMA2)', bytes: SEVEN_ZIP_SHORTCUT_SCRIPT, entries: [['Rechnung_2291.js', 129], ['Rechnung_2291.url', 96]], coders: ['21'], contentDecoded: true },
  { name: 'a bookmark and minutes (LZMA2)', bytes: SEVEN_ZIP_BOOKMARK, entries: [['Protokoll.txt', 51], ['Sommerfest-Fotos.url', 76]], coders: ['21'], contentDecoded: true },
  { name: 'a bookmark and minutes (LZMA)', bytes: SEVEN_ZIP_BOOKMARK_LZMA, entries: [['Protokoll.txt', 51], ['Sommerfest-Fotos.url', 76]], coders: ['030101'], contentDecoded: true },
  { name: 'text with many matches (-mx9)', bytes: SEVEN_ZIP_LINES, entries: [['lines.txt', SEVEN_ZIP_LINES_TEXT.length], ['s3/Protokoll.txt', 51]], coders: ['21'], contentDecoded: true },
];

for (const row of rows) {
  test(`7z as 7-Zip writes it: ${row.name}`, () => {
    const listing = listSevenZip(row.bytes, { maxEntries: 10 })!;
    assert.deepEqual(listing.problems, []);
    assert.equal(listing.headersCompressed, false);
    assert.equal(listing.headersEncrypted, false);
    assert.deepEqual(listing.entries.map((e) => [e.name, e.size]).sort(), [...row.entries].sort());
    assert.deepEqual(listing.entries.map((e) => e.name).sort(), row.entries.map((e) => e[0]).sort());
    assert.deepEqual(listing.folders.flatMap((f) => f.coders.map((c) => c.id)), row.coders);
    assert.equal(listing.folders.every((f) => f.simple), row.contentDecoded);
    // Every block decodes: one LZMA/LZMA2 coder, or BCJ after LZMA2 (session 16, filters.test.ts).
    assert.deepEqual(listing.folders.map((f) => sevenZipFolderData(row.bytes, f, LIMITS).ok), listing.folders.map(() => true));
  });
}

test('7z content: LZMA and LZMA2 blocks decode to the files 7-Zip packed', () => {
  const text = (bytes: Buffer, name: string): string => {
    const listing = listSevenZip(bytes, { maxEntries: 10 })!;
    const e = listing.entries.find((x) => x.name === name)!;
    const data = sevenZipFolderData(bytes, listing.folders[e.folder]!, LIMITS);
    assert.ok(data.ok);
    return Buffer.from(data.data.subarray(e.offset, e.offset + e.size)).toString('utf8');
  };
  assert.equal(text(SEVEN_ZIP_LINES, 'lines.txt'), SEVEN_ZIP_LINES_TEXT);
  assert.equal(text(SEVEN_ZIP_LINES, 's3/Protokoll.txt'), SEVEN_ZIP_MINUTES);
  assert.equal(text(SEVEN_ZIP_BOOKMARK, 'Protokoll.txt'), SEVEN_ZIP_MINUTES);
  assert.equal(text(SEVEN_ZIP_BOOKMARK_LZMA, 'Protokoll.txt'), SEVEN_ZIP_MINUTES);
  assert.match(text(SEVEN_ZIP_BOOKMARK_LZMA, 'Sommerfest-Fotos.url'), new RegExp(SEVEN_ZIP_BOOKMARK_URL.replace(/[./]/g, '\\$&')));
});

test('7z: a header encrypted with -mhe lists nothing and says so', () => {
  const listing = listSevenZip(SEVEN_ZIP_ENCRYPTED_NAMES, { maxEntries: 10 })!;
  assert.equal(listing.headersEncrypted, true);
  assert.deepEqual(listing.entries.map((e) => e.name), []);
});

test('7z: a compressed header over the limit is a limit, not a silent skip', () => {
  const listing = listSevenZip(SEVEN_ZIP_LINES, { maxEntries: 10, maxHeaderBytes: 16 })!;
  assert.equal(listing.headersCompressed, true);
  assert.match(listing.headerLimit ?? '', /over the limit of 16/);
  assert.deepEqual(listing.entries.map((e) => e.name), []);
  const dictionary = listSevenZip(SEVEN_ZIP_LINES, { maxEntries: 10, maxDictionary: 8 })!;
  assert.match(dictionary.headerLimit ?? '', /dictionary/);
});

test('LZMA/LZMA2: declared sizes and dictionaries over the limits are refused before anything is allocated', () => {
  const props = Buffer.from([0x5d, 0x00, 0x00, 0x10, 0x00]);
  const huge = decodeLzma(props, Buffer.alloc(16), 2 ** 40, LIMITS);
  assert.deepEqual(huge.ok ? 'ok' : [huge.reason], ['limit']);
  const bigDictionary = decodeLzma(Buffer.from([0x5d, 0x00, 0x00, 0x00, 0x40]), Buffer.alloc(16), 1 << 20, { maxOutput: 1 << 21, maxDictionary: 1 << 16 });
  assert.deepEqual(bigDictionary.ok ? 'ok' : [bigDictionary.reason], ['limit']);
  const lzma2 = decodeLzma2(Buffer.from([18]), Buffer.alloc(16), 2 ** 33, LIMITS);
  assert.deepEqual(lzma2.ok ? 'ok' : [lzma2.reason], ['limit']);
  assert.equal(lzma2DictionarySize(0), 4096);
  assert.equal(lzma2DictionarySize(18), 2 ** 21);
  assert.equal(lzma2DictionarySize(40), 0xffffffff);
  assert.equal(lzma2DictionarySize(41), undefined);
  assert.deepEqual(decodeLzma(Buffer.from([225, 0, 0, 1, 0]), Buffer.alloc(16), 10, LIMITS).ok, false);
});

test('LZMA/LZMA2: every truncation and every flipped byte of real archives ends in a result, never a throw or an overrun', () => {
  // The 59 KB text archive every 7th cut and flip (its block decodes in full each time), the small ones at every byte.
  for (const [bytes, step] of [[SEVEN_ZIP_SHORTCUT_SCRIPT, 1], [SEVEN_ZIP_BOOKMARK_LZMA, 1], [SEVEN_ZIP_EXE, 1], [SEVEN_ZIP_LINES, 7]] as const) {
    const listing = listSevenZip(bytes, { maxEntries: 10 })!;
    for (let cut = 0; cut < bytes.length; cut += step) {
      const part = bytes.subarray(0, cut);
      const l = listSevenZip(part, { maxEntries: 10 });
      if (l) for (const f of l.folders) sevenZipFolderData(part, f, LIMITS);
      for (const f of listing.folders) {
        const r = sevenZipFolderData(part, f, LIMITS);
        if (r.ok) assert.equal(r.data.length, f.unpackSize);
      }
    }
    for (let at = 32; at < bytes.length; at += step) {
      const bad = Buffer.from(bytes);
      bad[at] = bad[at]! ^ 0x5a;
      const l = listSevenZip(bad, { maxEntries: 10 });
      for (const f of l?.folders ?? []) {
        const r = sevenZipFolderData(bad, f, LIMITS);
        if (r.ok) assert.ok(r.data.length <= LIMITS.maxOutput);
      }
    }
  }
});
