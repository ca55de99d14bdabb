import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisSession, DEFAULT_LIMITS } from '../analyze/index.js';
import { sniff } from '../magic/index.js';
import { buildPe } from '../test-support/pe-builder.js';
import { buildTnef } from '../test-support/tnef-builder.js';
import { listTnef } from './index.js';

/**
 * winmail.dat (TNEF; issue 17 item 8, the mutation sweep of session 62): a program sent inside it was not read (clean), while
 * Outlook shows it as an attachment of its own. Each attachment (title and data) is listed and analysed.
 */
const PE = buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'] } });
const OPTS = { maxEntries: 1000 };

test('TNEF: the attachments inside winmail.dat are listed and a program among them analysed (table)', () => {
  const two = buildTnef([{ name: 'Factura_0423.pdf.exe', data: PE }, { name: 'nota.txt', data: Buffer.from('hola\n') }]);
  const rows: { label: string; bytes: Buffer; names: string[]; programWhole: boolean; problem?: RegExp }[] = [
    { label: 'a program and a note', bytes: two, names: ['Factura_0423.pdf.exe', 'nota.txt'], programWhole: true },
    { label: 'the program alone, its stream cut inside its data', bytes: buildTnef([{ name: '請求書.exe', data: PE }]).subarray(0, 120 + PE.length / 2), names: ['請求書.exe'], programWhole: false, problem: /runs past the end/ },
  ];
  for (const row of rows) {
    assert.equal(sniff(row.bytes).kind, 'tnef', row.label);
    const listing = listTnef(row.bytes, OPTS)!;
    assert.equal(listing.entries.length, row.names.length, row.label);
    if (row.problem) assert.ok(listing.problems.some((p) => row.problem!.test(p)), `${row.label}: ${listing.problems.join('; ')}`);
    const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'winmail.dat', bytes: row.bytes });
    assert.equal(report.archive?.format, 'tnef', row.label);
    const program = report.children[0]!;
    assert.equal(program.type.kind, 'pe', row.label);
    assert.equal(program.size === PE.length, row.programWhole, row.label);
  }
});

test('TNEF: no attachment, and what is no TNEF (must not)', () => {
  const none = buildTnef([]);
  assert.deepEqual(listTnef(none, OPTS)?.entries, []);
  assert.equal(listTnef(Buffer.from('MSCF0000'), OPTS), null);
  assert.equal(listTnef(Buffer.from([0x78, 0x9f]), OPTS), null);
  const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'winmail.dat', bytes: none });
  assert.deepEqual(report.children, []);
  // Bounded: attachments past the limit are counted, not listed.
  const many = buildTnef(Array.from({ length: 4 }, (_, i) => ({ name: `n${i}.txt`, data: Buffer.from('x') })));
  const capped = listTnef(many, { maxEntries: 2 })!;
  assert.equal(capped.entries.length, 2);
  assert.equal(capped.truncated, true);
});
