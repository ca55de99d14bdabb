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
    { label: 'an MSZIP folder (listed, not extracted)', cab: broken((c) => (c.writeUInt16LE(1, 42), c)), content: false, problem: /MSZIP/ },
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
