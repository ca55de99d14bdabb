import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisSession, DEFAULT_LIMITS } from '../analyze/index.js';
import { sniff } from '../magic/index.js';
import { buildCab } from '../test-support/cab-builder.js';
import { buildPe } from '../test-support/pe-builder.js';
import { listCab } from './index.js';

/**
 * Cabinets (issue 17 item 8, the mutation sweep of session 62): a .cab holding a program was not read at all (clean), well-formed
 * or broken. Every name is listed; a stored folder's files are analysed; a header that lies or data cut short are problems, not
 * the end of the listing.
 */
const PE = buildPe({ imports: { 'kernel32.dll': ['WinExec'] } });
const OPTS = { maxEntries: 1000, maxDataBytes: 1 << 26 };
const analyze = (name: string, bytes: Uint8Array) => new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name, bytes });

const broken = (edit: (cab: Buffer) => Buffer): Buffer => edit(Buffer.from(buildCab([{ name: 'Rechnung_2291.exe', data: PE }, { name: 'Lies mich.txt', data: 'Rechnung 2291\n' }])));

test('cabinet: the program inside is listed and analysed, whole or broken (table)', () => {
  const rows: { label: string; cab: Buffer; content: boolean; problem?: RegExp }[] = [
    { label: 'well-formed', cab: broken((c) => c), content: true },
    { label: 'the header claims 4 GiB', cab: broken((c) => (c.writeUInt32LE(0xffffffff, 8), c)), content: true, problem: /header says 4294967295 bytes/ },
    { label: 'the data block cut short', cab: broken((c) => c.subarray(0, c.length - 20)), content: true, problem: /cut short/ },
    { label: 'the data blocks missing', cab: broken((c) => c.subarray(0, c.readUInt32LE(36))), content: false, problem: /cut inside data block/ },
    { label: 'a folder marked MSZIP whose blocks are stored (no "CK"): not unpacked', cab: broken((c) => (c.writeUInt16LE(1, 42), c)), content: false, problem: /not MSZIP/ },
    { label: 'an LZX folder (listed, not extracted: no decoder)', cab: broken((c) => (c.writeUInt16LE(3, 42), c)), content: false, problem: /LZX\): listed, not extracted/ },
  ];
  for (const row of rows) {
    const listing = listCab(row.cab, OPTS)!;
    assert.deepEqual(listing.entries.map((e) => e.name), ['Rechnung_2291.exe', 'Lies mich.txt'], row.label);
    if (row.problem) assert.ok(listing.problems.some((p) => row.problem!.test(p)), `${row.label}: ${listing.problems.join('; ')}`);
    else assert.deepEqual(listing.problems, [], row.label);
    const report = analyze('invoice.cab', row.cab);
    assert.equal(report.archive?.format, 'cab', row.label);
    const program = report.children.find((c) => c.name === 'Rechnung_2291.exe')!;
    assert.ok(program, row.label);
    assert.equal(program.type.kind === 'pe', row.content, `${row.label}: ${program.type.kind} ${program.unavailable ?? ''}`);
  }
});

test('cabinet: what is no cabinet, and a cabinet of documents (must not)', () => {
  assert.equal(listCab(Buffer.from('MSCF'), OPTS), null, 'too short');
  assert.equal(listCab(Buffer.from('PK\x03\x04'.padEnd(64, '\0')), OPTS), null, 'a zip');
  const docs = buildCab([{ name: 'Protokoll.txt', data: 'Protokoll der Sitzung\n' }]);
  assert.equal(sniff(docs).kind, 'cab');
  const listing = listCab(docs, OPTS)!;
  assert.deepEqual(listing.entries.map((e) => [e.name, Buffer.from(e.data ?? []).toString()]), [['Protokoll.txt', 'Protokoll der Sitzung\n']]);
  assert.deepEqual(listing.problems, []);
  const report = analyze('docs.cab', docs);
  assert.ok(!report.children.some((c) => c.type.kind === 'pe'));
  // Bounded: a file table claiming more files than the limit stops there.
  assert.equal(listCab(buildCab(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }))), { ...OPTS, maxEntries: 3 })!.truncated, true);
});

/**
 * MSZIP folders (session 63): "CK" and raw deflate per CFDATA block, each block's window carried over from the one before. A
 * program inside is analysed like one inside a zip; a block that does not inflate ends the folder with what came before kept;
 * the unpacked bytes stay within maxDataBytes.
 */
test('cabinet: an MSZIP folder is unpacked and the program inside analysed (table: one block, many blocks with the window carried over)', () => {
  // Text that repeats across the 32 KB block edges: later blocks' deflate refers back into the block before.
  const letter = Buffer.from('Sehr geehrte Damen und Herren, anbei die Rechnung 2291. 請求書をお送りします。 Please find the invoice. '.repeat(1200));
  const rows: { label: string; files: { name: string; data: Uint8Array }[] }[] = [
    { label: 'one block', files: [{ name: 'Rechnung_2291.exe', data: PE }, { name: 'Lies mich.txt', data: Buffer.from('Rechnung 2291\n') }] },
    { label: 'a letter of several blocks first, the program after it', files: [{ name: 'Lies mich.txt', data: letter }, { name: 'Rechnung_2291.exe', data: PE }] },
  ];
  for (const row of rows) {
    const cab = buildCab(row.files, { mszip: true });
    assert.equal(cab.readUInt16LE(42), 1, 'MSZIP');
    const listing = listCab(cab, OPTS)!;
    assert.deepEqual(listing.problems, [], row.label);
    for (const f of row.files) assert.ok(Buffer.from(listing.entries.find((e) => e.name === f.name)!.data!).equals(Buffer.from(f.data)), `${row.label}: ${f.name} unpacked whole`);
    const program = analyze('invoice.cab', cab).children.find((c) => c.name === 'Rechnung_2291.exe')!;
    assert.equal(program.type.kind, 'pe', row.label);
  }
});

test('cabinet: a broken MSZIP folder keeps what came before, and unpacking stays within maxDataBytes (must not run past)', () => {
  const letter = Buffer.from('Minutes of the meeting; the budget review moves to Thursday. '.repeat(2000));
  const cab = buildCab([{ name: 'Rechnung_2291.exe', data: PE }, { name: 'minutes.txt', data: letter }], { mszip: true });
  // The second block's deflate data turned to garbage: the program (in the first block) is still there.
  const first = cab.readUInt32LE(36);
  const second = first + 8 + cab.readUInt16LE(first + 4);
  for (let i = second + 10; i < second + 8 + cab.readUInt16LE(second + 4); i++) cab[i] = 0xff;
  const listing = listCab(cab, OPTS)!;
  assert.ok(listing.problems.some((p) => /data block 2 does not inflate/.test(p)), listing.problems.join('; '));
  assert.ok(Buffer.from(listing.entries[0]!.data!).equals(PE), 'the program before the damage');
  assert.equal(analyze('invoice.cab', cab).children.find((c) => c.name === 'Rechnung_2291.exe')!.type.kind, 'pe');
  // Bounded: with 40,000 bytes allowed, a folder of ~125 KB is unpacked two blocks far and no further.
  const whole = buildCab([{ name: 'minutes.txt', data: letter }], { mszip: true });
  const small = listCab(whole, { maxEntries: 10, maxDataBytes: 40_000 })!;
  assert.equal(small.entries[0]!.data, undefined, 'a file larger than the bound is not given');
  const bounded = listCab(buildCab([{ name: 'a.txt', data: letter.subarray(0, 30_000) }, { name: 'b.txt', data: letter }], { mszip: true }), { maxEntries: 10, maxDataBytes: 40_000 })!;
  assert.ok(bounded.entries[0]!.data && bounded.entries[0]!.data.length === 30_000, 'the first file, within the bound');
  assert.ok(bounded.problems.some((p) => /size limit/.test(p)), bounded.problems.join('; '));
});
