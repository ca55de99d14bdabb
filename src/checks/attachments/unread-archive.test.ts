import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { defaultConfig } from '../../config/load.js';
import { messageWith } from '../../files/test-support/message.js';
import { buildPdf } from '../../files/test-support/pdf-builder.js';
import { buildPe } from '../../files/test-support/pe-builder.js';
import { buildTar } from '../../files/test-support/tar-builder.js';
import { buildZip } from '../../files/test-support/zip-builder.js';
import { buildCab } from '../../files/test-support/cab-builder.js';
import { testServices } from '../../test-support/services.js';
import { translateEvidence } from '../../rules/explain.js';
import { attachmentsFamily } from './index.js';

/**
 * Session 62 (issue 17, helper mal63): ATTACH_ARCHIVE_UNREAD — an archive of a format no lister here opens, by its magic bytes
 * (ACE, ARJ, Microsoft Cabinet, xz, bzip2) or, when the bytes are of no other known kind, by its name (LZH/LHA, compress .z,
 * uuencoded .uue/.xxe, ALZ, EGG, Zstandard). Must not fire on what is opened (zip, gzip, tar) nor on a file whose bytes are another
 * kind whatever its name (a PDF called .xz, a zip called .cab).
 */
const NOW = new Date('2025-06-02T08:00:00Z');
const config = defaultConfig();
const PE = buildPe({ imports: { 'kernel32.dll': ['ExitProcess'] } });
const filler = Buffer.alloc(256, 0x37);
/** Compressed data: bytes of every value, as an LZH member's or a compress stream's body is. */
const compressed = Buffer.from(Array.from({ length: 512 }, (_v, i) => (i * 151 + 7) & 0xff));
const magic = {
  ace: Buffer.concat([Buffer.alloc(7, 0), Buffer.from('**ACE**'), filler]),
  arj: Buffer.concat([Buffer.from([0x60, 0xea, 0x20, 0x00]), filler]),
  cab: Buffer.concat([Buffer.from('MSCF'), Buffer.alloc(4), filler]),
  xz: Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), filler]),
  bzip2: Buffer.concat([Buffer.from('BZh91AY&SY'), filler]),
  lzh: Buffer.concat([Buffer.from([0x24, 0xb3]), Buffer.from('-lh5-'), compressed]),
};
const uue = Buffer.from('begin 644 Pagamento.exe\nM35J0``,````$````__\\``+@`````````0```````````````````````````\n`\nend\n');

const fire: { name: string; filename: string; content: Uint8Array; format: RegExp }[] = [
  { name: 'ACE by its magic, named .ace', filename: 'AWB_7781_2291.ace', content: magic.ace, format: /ACE archive/ },
  { name: 'ARJ by its magic, named .arj', filename: 'Zahlungsavis.arj', content: magic.arj, format: /ARJ archive/ },
  { name: 'Microsoft Cabinet by its magic, its tables garbage (listed: no entry, only damage)', filename: 'Factura_2291.cab', content: magic.cab, format: /Microsoft Cabinet/ },
  { name: 'xz by its magic', filename: 'Bon_de_commande.xz', content: magic.xz, format: /xz data/ },
  { name: 'bzip2 by its magic', filename: 'Fattura.bz2', content: magic.bzip2, format: /bzip2 data/ },
  { name: 'ARJ by its magic under a harmless name', filename: 'Scan_0042.pdf', content: magic.arj, format: /ARJ archive/ },
  { name: 'LZH by its name (no magic at the start)', filename: '請求書_2291.lzh', content: magic.lzh, format: /\.lzh archive/ },
  { name: 'LHA by its name', filename: 'Orden_de_compra.lha', content: magic.lzh, format: /\.lha archive/ },
  { name: 'uuencoded text by its name', filename: 'Boleto_2291.uue', content: uue, format: /\.uue archive/ },
  { name: 'compress .z by its name', filename: 'Payment_Advice.z', content: Buffer.concat([Buffer.from([0x1f, 0x9d, 0x90]), compressed]), format: /\.z archive/ },
];
const quiet: { name: string; filename: string; content: Uint8Array }[] = [
  { name: 'a zip is opened', filename: 'Documents.zip', content: buildZip([{ name: 'a.txt', data: 'hello' }]) },
  { name: 'a gzip is opened', filename: 'log.gz', content: gzipSync(Buffer.from('line\n'.repeat(20))) },
  { name: 'a tar is opened', filename: 'photos.tar', content: buildTar([{ name: 'a.txt', data: Buffer.from('hello') }]) },
  { name: 'a .z that is gzip is opened', filename: 'report.z', content: gzipSync(Buffer.from('report\n')) },
  { name: 'a PDF named .xz is a PDF', filename: 'statement.xz', content: buildPdf({ content: 'BT /F1 12 Tf 72 720 Td (Statement) Tj ET', fonts: [{ name: 'F1' }] }) },
  { name: 'a zip named .cab is opened', filename: 'drivers.cab', content: buildZip([{ name: 'readme.txt', data: 'drivers' }]) },
  { name: 'a cabinet is opened (files/cab)', filename: 'drivers.cab', content: buildCab([{ name: 'readme.txt', data: 'drivers' }]) },
  { name: 'an empty zip is no damage', filename: 'empty.zip', content: buildZip([]) },
  { name: 'a program named .arj is a program', filename: 'tool.arj', content: PE },
  { name: 'a plain text file', filename: 'notes.txt', content: Buffer.from('notes\n') },
];

async function findingsOf(filename: string, content: Uint8Array) {
  const [check] = attachmentsFamily.create({ config, services: testServices({ now: () => NOW }, config) });
  return (await check!.run(messageWith([{ filename, content }], 'Anbei die Unterlagen.'), { now: NOW, signal: new AbortController().signal })).findings;
}

for (const row of fire) {
  test(`unread archive fires: ${row.name}`, async () => {
    const findings = await findingsOf(row.filename, row.content);
    const unread = findings.find((f) => f.id === 'ATTACH_ARCHIVE_UNREAD');
    assert.ok(unread, findings.map((f) => `${f.id} ${f.evidence}`).join('\n'));
    assert.ok(unread.evidence.startsWith(`${row.filename}: `), unread.evidence);
    assert.match(unread.evidence, row.format);
  });
}

for (const row of quiet) {
  test(`unread archive does not fire: ${row.name}`, async () => {
    const findings = await findingsOf(row.filename, row.content);
    assert.ok(!findings.some((f) => f.id === 'ATTACH_ARCHIVE_UNREAD'), findings.map((f) => `${f.id} ${f.evidence}`).join('\n'));
  });
}

test('unread archive: the evidence in Japanese keeps the file and the format', async () => {
  const findings = await findingsOf('AWB_7781_2291.arj', magic.arj);
  const unread = findings.find((f) => f.id === 'ATTACH_ARCHIVE_UNREAD')!;
  assert.equal(translateEvidence('ATTACH_ARCHIVE_UNREAD', unread.evidence, 'ja'), 'AWB_7781_2291.arj: ARJ archive(開けない形式のため、中身は確認されていません)');
});
