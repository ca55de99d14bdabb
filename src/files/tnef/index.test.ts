import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisSession, DEFAULT_LIMITS } from '../analyze/index.js';
import { sniff } from '../magic/index.js';
import { buildPe } from '../test-support/pe-builder.js';
import { buildTnef } from '../test-support/tnef-builder.js';
import { documentLinks } from '../document-links.js';
import { listTnef, tnefBodyLinks, tnefBodyText } from './index.js';
import { readMapiProperties } from './mapi.js';

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

/**
 * The MAPI parts of winmail.dat (issue 17 item 8): the body Outlook shows in place of an empty MIME body (legacy attBody,
 * PR_BODY, PR_BODY_HTML, the compressed RTF body), the long file name Outlook shows over the 8.3 title, and a file kept as a
 * data object instead of attAttachData. A lure or a program written only there was read by nothing.
 */
test('TNEF: the body in each form it can take is read, words and links (table)', () => {
  const lure = 'Ihr Postfach ist voll. Bitte bestätigen Sie Ihr Konto';
  const link = 'https://postfach-verify.example.net/login';
  const rows: { label: string; forms: Parameters<typeof buildTnef>[1]; words: RegExp; links: string[] }[] = [
    { label: 'compressed RTF with a HYPERLINK field', forms: { rtf: `{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 ${lure.replace('ä', "\\'e4")}\\par {\\field{\\*\\fldinst HYPERLINK "${link}"}{\\fldrslt Jetzt best\\'e4tigen}}}` }, words: /Postfach ist voll.*bestätigen Sie Ihr Konto/, links: [link] },
    { label: 'HTML body (PR_BODY_HTML)', forms: { html: `<html><head><style>p{color:red}</style></head><body><p>${lure}</p><a href="${link}?a=1&amp;b=2">Login</a></body></html>` }, words: /Postfach ist voll/, links: [`${link}?a=1&b=2`] },
    { label: 'HTML body whose head is never closed (as much mail is)', forms: { html: `<html><head><title>Postfach</title><body><p>${lure}</p><a href="${link}">Login</a></body></head></html>` }, words: /Postfach ist voll/, links: [link] },
    { label: 'plain body (PR_BODY, Unicode)', forms: { text: `${lure}: ${link}.` }, words: /bestätigen Sie Ihr Konto/, links: [link] },
    { label: 'legacy attBody', forms: { legacy: `Your mailbox is full, verify at ${link}` }, words: /mailbox is full/, links: [link] },
  ];
  for (const row of rows) {
    const bytes = buildTnef([], row.forms);
    const listing = listTnef(bytes, OPTS)!;
    assert.deepEqual(listing.problems, [], row.label);
    assert.match(tnefBodyText(listing.body, 10_000), row.words, row.label);
    assert.doesNotMatch(tnefBodyText(listing.body, 10_000), /color:red|fonttbl|Arial/, row.label);
    assert.deepEqual(tnefBodyLinks(listing.body, 10), row.links, row.label);
    // The analysis keeps the words as the file's document text, and the link checks read the links as the letter's.
    const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'winmail.dat', bytes });
    assert.match(report.documentText ?? '', row.words, row.label);
    assert.deepEqual(documentLinks(bytes), row.links, row.label);
  }
  // The same words in two forms are read once.
  const twice = listTnef(buildTnef([], { text: lure, html: `<p>${lure}</p>` }), OPTS)!;
  assert.equal(tnefBodyText(twice.body, 10_000), lure);
  // Bounded: the words to the limit.
  assert.equal(tnefBodyText(listTnef(buildTnef([], { text: 'x'.repeat(5000) }), OPTS)!.body, 100).length, 100);
});

test('TNEF: the long name Outlook shows, a data object, and an embedded message (table)', () => {
  const rows: { label: string; files: Parameters<typeof buildTnef>[0]; names: string[]; problem?: RegExp }[] = [
    { label: '8.3 title and the long name of the same kind', files: [{ name: 'RECHNU~1.PDF', longName: 'Rechnung März 2026.pdf', data: Buffer.from('%PDF-1.4\n') }], names: ['Rechnung März 2026.pdf'] },
    { label: 'a decoy title: a PDF by title, a program by the name shown', files: [{ name: 'invoice.pdf', longName: 'invoice.pdf.exe', data: PE }], names: ['invoice.pdf.exe'], problem: /titled invoice\.pdf is shown as invoice\.pdf\.exe/ },
    { label: 'the program as PR_ATTACH_DATA_OBJ only', files: [{ name: 'update.exe', data: PE, asDataObject: 'binary' }], names: ['update.exe'] },
  ];
  for (const row of rows) {
    const listing = listTnef(buildTnef(row.files), OPTS)!;
    assert.deepEqual(listing.entries.map((e) => e.name), row.names, row.label);
    assert.equal(listing.entries[0]!.data.length, row.files[0]!.data.length, row.label);
    if (row.problem) assert.ok(listing.problems.some((p) => row.problem!.test(p)), `${row.label}: ${listing.problems.join('; ')}`);
    else assert.deepEqual(listing.problems, [], row.label);
  }
  // A program inside a message inside winmail.dat (PR_ATTACH_DATA_OBJ of PT_OBJECT: an interface id, then a TNEF stream):
  // analysed two levels down, as Outlook opens the message and then its attachment.
  const inner = buildTnef([{ name: 'Scan_0042.exe', data: PE }]);
  const outer = buildTnef([{ name: 'Fwd message', data: inner, asDataObject: 'object' }]);
  const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'winmail.dat', bytes: outer });
  const message = report.children[0]!;
  assert.equal(message.archive?.format, 'tnef', 'the embedded message is read as the TNEF it is');
  assert.equal(message.children[0]?.type.kind, 'pe', 'and the program inside it analysed');
});

test('TNEF: broken MAPI properties are problems, never a crash, and what was read before them is kept', () => {
  const good = buildTnef([{ name: 'a.txt', longName: 'a long name.txt', data: Buffer.from('x') }], { text: 'Hello there' });
  for (let cut = 20; cut < good.length; cut += 7) {
    const listing = listTnef(good.subarray(0, cut), OPTS);
    assert.ok(listing, `cut at ${cut}`);
  }
  assert.deepEqual(readMapiProperties(Buffer.from([5, 0, 0, 0])).problem, 'cut inside a property tag');
  assert.match(readMapiProperties(Buffer.from([1, 0, 0, 0, 0x1f, 0, 0, 0x10, 1, 0, 0, 0, 0xff, 0, 0, 0, 0x41, 0])).problem ?? '', /runs past the end/);
  assert.match(readMapiProperties(Buffer.from([1, 0, 0, 0, 0x99, 0x09, 0, 0x10])).problem ?? '', /unknown type/);
  assert.match(readMapiProperties(Buffer.from([0xff, 0xff, 0xff, 0xff, ...Array.from({ length: 5 }, () => [3, 0, 1, 0, 0, 0, 0, 0]).flat()]), 4).problem ?? '', /more than 4 properties/);
});
