import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPe } from '../test-support/pe-builder.js';
import {
  SEVEN_ZIP_BCJ_PATTERN, SEVEN_ZIP_ENCRYPTED_DOCUMENT, SEVEN_ZIP_ENCRYPTED_NAMES, SEVEN_ZIP_ENCRYPTED_NAMES_DOCUMENT, SEVEN_ZIP_ENCRYPTED_NAMES_PROGRAM, SEVEN_ZIP_ENCRYPTED_PROGRAM,
  SEVEN_ZIP_EXE,
} from '../test-support/sevenzip-fixtures.js';
import { folderEncrypted, listSevenZip, sevenZipFolderData } from './index.js';

/**
 * Session 16: the 7z coder chains a lure uses — the x86 branch filter (BCJ) 7-Zip puts before LZMA2 for a program, and AES
 * with the password in the letter — on archives 7-Zip itself wrote (src/files/test-support/sevenzip-fixtures.ts).
 */
const LIMITS = { maxOutput: 1 << 20, maxDictionary: 1 << 26 };
/** The program of SEVEN_ZIP_EXE and SEVEN_ZIP_ENCRYPTED_PROGRAM. */
const PE = buildPe({ imports: { 'kernel32.dll': ['ExitProcess'], 'urlmon.dll': ['URLDownloadToFileA'] } });

/** The bytes of SEVEN_ZIP_BCJ_PATTERN's Setup.exe: E8/E9 at every offset mod 5, operands topped by 00 and FF, between plain bytes. */
export function bcjPattern(): Uint8Array {
  const b = new Uint8Array(4096);
  let x = 2291;
  for (let i = 0; i < b.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    const r = x >>> 24;
    b[i] = r % 7 === 0 ? 0xe8 + (r & 1) : r % 11 === 0 ? 0xff : r % 13 === 0 ? 0 : r;
  }
  return b;
}

/** The one file of `archive` named `name`, decoded with `password`. */
function fileOf(archive: Uint8Array, name: string, password?: string) {
  const listing = listSevenZip(archive, { maxEntries: 10 })!;
  const entry = listing.entries.find((e) => e.name === name)!;
  const folder = listing.folders[entry.folder]!;
  const out = sevenZipFolderData(archive, folder, LIMITS, password);
  return { listing, folder, out, bytes: out.ok ? Buffer.from(out.data.subarray(entry.offset, entry.offset + entry.size)) : undefined };
}

test('BCJ: the program 7-Zip filtered decodes to the bytes it packed', () => {
  const got = fileOf(SEVEN_ZIP_EXE, 'Fattura_2291.pdf.exe');
  assert.deepEqual(got.folder.coders.map((c) => c.id), ['21', '03030103']);
  assert.deepEqual(got.folder.chain, [0, 1]);
  assert.deepEqual(got.bytes, Buffer.from(PE));
});

test('BCJ: a call/jump at every offset, operands topped by 00 and FF, round-trips through 7-Zip\'s filter', () => {
  const got = fileOf(SEVEN_ZIP_BCJ_PATTERN, 'Setup.exe');
  assert.deepEqual(got.folder.coders.map((c) => c.id), ['21', '03030103']);
  assert.ok(got.out.ok, JSON.stringify(got.out));
  assert.deepEqual(got.bytes, Buffer.from(bcjPattern()));
});

test('AES: the password in the letter opens the block; a wrong or missing one does not', () => {
  const right = fileOf(SEVEN_ZIP_ENCRYPTED_PROGRAM, 'Invoice_2291.pdf', 'inv2291');
  assert.equal(right.listing.encrypted, true);
  assert.equal(folderEncrypted(right.folder), true);
  assert.deepEqual(right.bytes, Buffer.from(PE));
  const missing = fileOf(SEVEN_ZIP_ENCRYPTED_PROGRAM, 'Invoice_2291.pdf');
  assert.deepEqual(missing.out.ok ? 'ok' : missing.out.reason, 'encrypted');
  for (const wrong of ['inv2292', 'INV2291', '', 'mitsumori2291']) {
    const got = fileOf(SEVEN_ZIP_ENCRYPTED_PROGRAM, 'Invoice_2291.pdf', wrong);
    assert.notDeepEqual(got.bytes, Buffer.from(PE), wrong);
  }
  const doc = fileOf(SEVEN_ZIP_ENCRYPTED_DOCUMENT, '見積書_2291.docx', 'mitsumori2291');
  assert.equal(doc.bytes?.subarray(0, 2).toString('latin1'), 'PK');
});

test('AES: a key stretched past the limit is refused before any hashing; every cut and flipped byte ends in a result', () => {
  const listing = listSevenZip(SEVEN_ZIP_ENCRYPTED_PROGRAM, { maxEntries: 10 })!;
  const folder = listing.folders[0]!;
  const aes = folder.coders.find((c) => c.id === '06f10701')!;
  const props = Uint8Array.from(aes.props);
  props[0] = (props[0]! & 0xc0) | 30;
  const stretched = { ...folder, coders: folder.coders.map((c) => (c === aes ? { ...c, props } : c)) };
  const out = sevenZipFolderData(SEVEN_ZIP_ENCRYPTED_PROGRAM, stretched, LIMITS, 'inv2291');
  assert.deepEqual(out.ok ? 'ok' : [out.reason, out.detail], ['limit', 'AES key stretched 2^30 times, over 2^20']);
  for (const archive of [SEVEN_ZIP_BCJ_PATTERN, SEVEN_ZIP_ENCRYPTED_PROGRAM]) {
    for (let cut = 32; cut < archive.length; cut += 61) {
      const l = listSevenZip(archive.subarray(0, cut), { maxEntries: 10 });
      for (const f of l?.folders ?? []) sevenZipFolderData(archive.subarray(0, cut), f, LIMITS, 'inv2291');
    }
    for (let at = 32; at < archive.length; at += 37) {
      const flipped = Uint8Array.from(archive);
      flipped[at] = flipped[at]! ^ 0x5a;
      const l = listSevenZip(flipped, { maxEntries: 10 });
      for (const f of l?.folders ?? []) sevenZipFolderData(flipped, f, LIMITS, 'inv2291');
    }
  }
});

test('AES: names encrypted too (-mhe) are listed with the letter\'s password, and the block opens with it', () => {
  const rows: [string, Uint8Array, string[], string, string[]][] = [
    ['a program named .pdf', SEVEN_ZIP_ENCRYPTED_NAMES_PROGRAM, ['nope', 'inv2291'], 'inv2291', ['Invoice_2291.pdf']],
    ['a program named .pdf.exe (7-Zip 26.02 of session 15)', SEVEN_ZIP_ENCRYPTED_NAMES, ['inv2291'], 'inv2291', ['Fattura_2291.pdf.exe']],
    ['a Word file (PPAP)', SEVEN_ZIP_ENCRYPTED_NAMES_DOCUMENT, ['mitsumori2291'], 'mitsumori2291', ['見積書_2291.docx']],
  ];
  for (const [name, archive, passwords, opener, names] of rows) {
    const closed = listSevenZip(archive, { maxEntries: 10 })!;
    assert.deepEqual([closed.headersEncrypted, closed.entries.length], [true, 0], name);
    const wrong = listSevenZip(archive, { maxEntries: 10, passwords: ['wrong', 'INV2291'] })!;
    assert.deepEqual([wrong.headersEncrypted, wrong.headerOpenedWith, wrong.entries.length], [true, undefined, 0], name);
    const open = listSevenZip(archive, { maxEntries: 10, passwords })!;
    assert.deepEqual([open.headersEncrypted, open.headerOpenedWith, open.encrypted, open.entries.map((e) => e.name)], [false, opener, true, names], name);
    const data = sevenZipFolderData(archive, open.folders[0]!, LIMITS, opener);
    assert.ok(data.ok && data.data.length === open.entries[0]!.size, name);
  }
});
