import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { deflateStart, gunzipBounded, gzipFacts } from '../gzip/index.js';
import { analyzeHtml } from '../html/index.js';
import { listIso } from '../iso/index.js';
import { sniff } from '../magic/index.js';
import { biffMacroSheets, clickablePictureLinkIds, externalRelationships, isRemoteLoadingRelationship, relationshipsPartOf } from '../office/index.js';
import { analyzePdf } from '../pdf/index.js';
import { listRar } from '../rar/index.js';
import { analyzeRtf } from '../rtf/index.js';
import { listSevenZip } from '../sevenzip/index.js';
import { listTar } from '../tar/index.js';
import { buildIso } from '../test-support/iso-builder.js';
import { buildPe } from '../test-support/pe-builder.js';
import { tarEntry } from '../test-support/tar-builder.js';
import { buildZip } from '../test-support/zip-builder.js';
import { AnalysisSession, DEFAULT_LIMITS } from './index.js';

test('magic: the types that matter', () => {
  const lnk = Buffer.from('4c0000000114020000000000c000000000000046', 'hex');
  const onenote = Buffer.from('e4525c7b8cd8a74daeb15378d02996d3', 'hex');
  const iso = Buffer.alloc(0x8800);
  iso.write('CD001', 0x8001);
  const rows: [Buffer, string][] = [
    [buildPe(), 'pe'],
    [Buffer.from('\x7fELF\x02\x01\x01'), 'elf'],
    [Buffer.from('cffaedfe07000001', 'hex'), 'macho'],
    [buildZip([{ name: 'a', data: 'b' }]), 'zip'],
    [Buffer.from('Rar!\x1a\x07\x00'), 'rar'],
    [Buffer.from('377abcaf271c0004', 'hex'), '7z'],
    [gzipSync('x'), 'gzip'],
    [iso, 'iso'],
    [Buffer.from('conectix'), 'vhd'],
    [Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'ole'],
    [Buffer.from('%PDF-1.7'), 'pdf'],
    [Buffer.from('{\\rtf1\\ansi'), 'rtf'],
    [lnk, 'lnk'],
    [onenote, 'onenote'],
    [Buffer.from('ITSF\x03\x00\x00\x00'), 'chm'],
    [Buffer.from('<!DOCTYPE html><html>'), 'html'],
    [Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'), 'svg'],
    [Buffer.from('hello world'), 'text'],
  ];
  for (const [bytes, kind] of rows) assert.equal(sniff(bytes).kind, kind, kind);
});

test('tar and gzip: names, contents, bounds', () => {
  const tar = Buffer.concat([tarEntry('docs/a.txt', Buffer.from('hello')), tarEntry('../evil.sh', Buffer.from('#!/bin/sh')), Buffer.alloc(1024)]);
  assert.deepEqual(listTar(tar, { maxEntries: 10 }).entries.map((e) => e.name), ['docs/a.txt', '../evil.sh']);
  const gz = gzipSync(tar);
  assert.equal(gzipFacts(gz).declaredSize, tar.length);
  assert.deepEqual(gunzipBounded(gz, 100), { ok: false, reason: 'too-large' });
  const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'x.tgz', bytes: gz });
  assert.equal(report.children[0]?.name, 'x.tar');
  assert.deepEqual(report.children[0]?.archive?.traversal, ['../evil.sh']);
});

test('rar 4 and 5 headers: names and encryption flags', () => {
  // RAR 4 fixture bytes as in Rspamd's rar4.eml (fake.exe).
  const rar4 = Buffer.from('UmFyIRoHAM+QcwAADQAAAAAAAADSkHQggCgAAQAAAAEAAAADkwbXMiqO6UgdMAgAtIEAAGZha2UuZXhlCsQ9ewBABwA=', 'base64');
  assert.deepEqual(listRar(rar4, { maxEntries: 10 })?.entries.map((e) => [e.name, e.encrypted]), [['fake.exe', false]]);
  // RAR 5: signature, main header, file header "a.exe" with an encryption extra record.
  const vint = (n: number): number[] => (n < 128 ? [n] : [(n & 0x7f) | 0x80, n >> 7]);
  const fileBody = [2, 0x03, ...vint(9), ...vint(0), 0, 5, ...vint(0), 0, 0, ...vint(5), ...Buffer.from('a.exe'), ...vint(2), 1, 0];
  // type 2, flags 0x03 (extra + data), extra size 3, data size 0; file flags 0, size 5, attrs 0, comp 0, host 0
  const fileHeader = [...vint(fileBody.length), ...fileBody];
  const rar5 = Buffer.from([...Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), 0, 0, 0, 0, ...fileHeader]);
  const listing = listRar(rar5, { maxEntries: 10 });
  assert.equal(listing?.version, 5);
  assert.deepEqual(listing?.entries.map((e) => [e.name, e.encrypted]), [['a.exe', true]]);
  for (let cut = 0; cut < rar5.length; cut++) listRar(rar5.subarray(0, cut), { maxEntries: 10 });
});

test('7z: encoded (compressed) headers are reported, plain headers list names', () => {
  const header = Buffer.from([0x01, 0x05, 0x01, 0x11, 0x0b, 0x00, ...Buffer.from('a.js\0', 'utf16le'), 0x00, 0x00]);
  const sig = Buffer.alloc(32);
  Buffer.from('377abcaf271c0004', 'hex').copy(sig);
  sig.writeBigUInt64LE(0n, 12);
  sig.writeBigUInt64LE(BigInt(header.length), 20);
  const listing = listSevenZip(Buffer.concat([sig, header]), { maxEntries: 10 });
  assert.deepEqual(listing?.entries.map((e) => e.name), ['a.js']);
  const encoded = Buffer.from([0x17, 0x06, 0x00, 0x01, 0x09, 0x10, 0x00, 0x07, 0x0b, 0x01, 0x00, 0x01, 0x24, 0x06, 0xf1, 0x07, 0x01, 0x00, 0x0c, 0x20, 0x00, 0x00]);
  sig.writeBigUInt64LE(BigInt(encoded.length), 20);
  assert.equal(listSevenZip(Buffer.concat([sig, encoded]), { maxEntries: 10 })?.headersEncrypted, true);
});

test('ISO 9660: files in the image are listed and analysed', () => {
  const big = buildIso([{ name: 'INVOICE.EXE', data: buildPe() }]);
  assert.deepEqual(listIso(big, { maxEntries: 10 })?.entries.map((e) => e.path), ['INVOICE.EXE']);
  const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'doc.iso', bytes: big });
  assert.equal(report.type.kind, 'iso');
  assert.equal(report.children[0]?.type.kind, 'pe');
});

test('RTF objects, BIFF macro sheets, OOXML relationships, HTML facts', () => {
  const rtf = analyzeRtf(Buffer.from('{\\rtf1{\\object\\objemb\\objupdate{\\*\\objclass Equation.3}{\\*\\objdata 0105000002000000 0b0000004571756174696f6e2e3300}}}'));
  assert.equal(rtf.objects, 1);
  assert.ok(rtf.autoUpdate && rtf.classes.includes('Equation.3') && rtf.embeddedClassHints.includes('Equation.3'));

  const name = Buffer.from('Macro1');
  const bound = Buffer.concat([Buffer.from([0x85, 0x00, 8 + name.length, 0x00, 0, 0, 0, 0, 0x02, 0x01, name.length, 0x00]), name]);
  assert.deepEqual(biffMacroSheets(Buffer.concat([Buffer.from([0x09, 0x08, 0, 0]), bound, Buffer.from([0x0a, 0, 0, 0])])), [{ name: 'Macro1', state: 'very hidden' }]);

  const rels = externalRelationships('word/_rels/document.xml.rels', '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="mhtml:http://x.example/a.html!x-usc:http://x.example/a.html" TargetMode="External"/>');
  assert.ok(isRemoteLoadingRelationship(rels[0]!));

  const html = analyzeHtml('<svg xmlns="http://www.w3.org/2000/svg"><script>window.location.href = "https://phish.example/login"</script></svg>', { maxPayloadBytes: 1e6 });
  assert.deepEqual(html.redirects, ['https://phish.example/login']);
  assert.equal(html.smuggling, false);
});

test('PDF: /Launch target, embedded file name, hex-escaped names, bounded streams', () => {
  const pdf = Buffer.from('%PDF-1.5\n1 0 obj << /Type /Action /S /L#61unch /Win << /F (cmd.exe) >> >> endobj\n2 0 obj << /Type /Filespec /F (invoice.exe) /EF << /F 3 0 R >> >> endobj\n3 0 obj << /Type /EmbeddedFile /Length 5 >>\nstream\nMZabc\nendstream endobj\n');
  const facts = analyzePdf(pdf, { maxStreams: 10, maxStreamBytes: 1e6, maxTotalInflated: 1e6 });
  assert.deepEqual(facts.obfuscatedNames, ['Launch']);
  assert.deepEqual(facts.launchTargets, ['cmd.exe']);
  assert.deepEqual(facts.embeddedFileNames, ['invoice.exe']);
  assert.equal(facts.embeddedFiles.length, 1);
});

test('OOXML: a whole picture or shape that is a link, by relationship id; a link on text is not one', () => {
  const rows: { xml: string; ids: string[] }[] = [
    { xml: '<p:pic><p:nvPicPr><p:cNvPr id="54" name="Shape 54"><a:hlinkClick r:id="rId3"/></p:cNvPr></p:nvPicPr></p:pic>', ids: ['rId3'] },
    { xml: '<wp:docPr id="1" name="Picture 1">\n  <a:hlinkClick xmlns:a="x" r:id="rId7"/></wp:docPr>', ids: ['rId7'] },
    { xml: '<a:r><a:rPr lang="en"><a:hlinkClick r:id="rId2"/></a:rPr><a:t>read more</a:t></a:r>', ids: [] },
    { xml: '<w:hyperlink r:id="rId4"><w:r><w:t>the wiki</w:t></w:r></w:hyperlink>', ids: [] },
    { xml: '<p:cNvPr id="2" name="Title 1"/><a:hlinkClick r:id="rId5"/>', ids: [] },
  ];
  for (const row of rows) assert.deepEqual(clickablePictureLinkIds(row.xml), row.ids, row.xml);
  assert.equal(relationshipsPartOf('ppt/slides/slide1.xml'), 'ppt/slides/_rels/slide1.xml.rels');
  assert.equal(relationshipsPartOf('word/document.xml'), 'word/_rels/document.xml.rels');
  assert.equal(externalRelationships('x.rels', '<Relationship Id="rId3" Type="t/hyperlink" Target="https://a.example/" TargetMode="External"/>')[0]?.id, 'rId3');
});

test('gzip: a cut stream or a trailer that does not match still gives its bytes, marked damaged; every header field is skipped', () => {
  const data = Buffer.from('MZ'.padEnd(5000, 'x'));
  const gz = gzipSync(data);
  assert.deepEqual(gunzipBounded(gz, 1 << 20), { ok: true, data });
  const badCrc = Buffer.from(gz);
  badCrc.writeUInt32LE(0, gz.length - 8);
  assert.deepEqual(gunzipBounded(badCrc, 1 << 20), { ok: true, data, damaged: true });
  const badSize = Buffer.from(gz);
  badSize.writeUInt32LE(0xfffffff0, gz.length - 4);
  assert.deepEqual(gunzipBounded(badSize, 1 << 20), { ok: true, data, damaged: true });
  const cut = gunzipBounded(gz.subarray(0, gz.length - 12), 1 << 20);
  assert.ok(cut.ok && cut.damaged && cut.data.length > 0 && data.subarray(0, cut.data.length).equals(Buffer.from(cut.data)));
  assert.deepEqual(gunzipBounded(badSize, 100), { ok: false, reason: 'too-large' });
  assert.deepEqual(gunzipBounded(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]), 1 << 20), { ok: false, reason: 'corrupt' });
  // FEXTRA (4 bytes), FNAME, FCOMMENT and FHCRC before the deflate data: the raw inflating starts after all of them.
  const raw = gz.subarray(10, gz.length - 8);
  const header = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x08 | 0x10 | 0x02, 0, 0, 0, 0, 0, 3, 4, 0, 1, 2, 3, 4]), Buffer.from('a.exe\0note\0', 'latin1'), Buffer.from([0, 0])]);
  assert.equal(deflateStart(Buffer.concat([header, raw])), header.length);
  assert.deepEqual(gunzipBounded(Buffer.concat([header, raw, Buffer.alloc(8)]), 1 << 20), { ok: true, data, damaged: true });
  assert.equal(deflateStart(header), undefined);
  assert.equal(deflateStart(Buffer.from('hello world')), undefined);
});
