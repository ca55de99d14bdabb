import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { activeIds } from '../../test-support/corpus-rows.js';
import { buildPdf } from '../../files/test-support/pdf-builder.js';
import { encryptBuiltPdf, type Scheme } from '../../files/test-support/pdf-encrypt.js';

/**
 * Session 43 (engineer pdf43): a PDF locked with the password the letter gives, end to end (.eml → parser → every family →
 * score). Opened (src/files/pdf/decrypt.ts), it is judged by its content as the same PDF unlocked is: its link is a link of
 * the message (the links family reads the same decrypted copy), its shape and script are the attachments family's; that
 * the letter's password opened it is a fact (ATTACH_PDF_DECRYPTED, and ATTACH_DOCUMENT_PASSWORD_IN_BODY says it opens).
 * A PDF that opens with no password (an owner password only) is no locked document; one no given password opens stays
 * ATTACH_PDF_ENCRYPTED with the reason.
 */
const NOW = new Date('2025-07-15T08:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });

function message(headers: string[], body: string, name: string, file: Buffer): Uint8Array {
  const b = 'b0undary-locked';
  return new TextEncoder().encode(
    [
      ...headers, 'To: rodrigo@hotmail.com', 'Date: Tue, 15 Jul 2025 10:00:00 +0200', `Message-ID: <${name.length}.${body.length}.${file.length}@mailer.example>`, 'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', '', body, `--${b}`,
      `Content-Type: application/pdf; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '',
      file.toString('base64').replace(/(.{76})/g, '$1\r\n'), `--${b}--`, '',
    ].join('\r\n'),
  );
}
const scan = (raw: Uint8Array): Promise<ScanReport> => scanner.scan({ source: 'locked-pdf.test', raw });

const LURE_HEADERS = ['From: Accounts Team <accounts.team2291@gmail.com>', 'Subject: Document shared with you'];
const LANDING = 'https://view-secure-file.top/index.php';
/** A picture under one link over most of the page. */
const PICTURE = buildPdf({ content: 'q 500 0 0 700 56 46 cm /Im1 Do Q', image: true, links: [{ uri: LANDING, rect: [56, 46, 556, 746] }] });
/** A few words calling to view, and a link (written as a hex string: the raw bytes never show it). */
const SECURE = buildPdf({ flate: true, content: 'BT /F1 11 Tf 14 TL 56 760 Td (Secure Document) Tj T* (You have received a secure PDF document.) Tj T* (Click here to view the document) Tj ET', fonts: [{ name: 'F1' }], links: [{ uri: LANDING, rect: [56, 700, 300, 720], hex: true }] });

/** What the same document gives whether locked or not: the link findings, the document's shape, the indicators. */
const CONTENT_IDS = /^(?:URL_|ATTACH_DOCUMENT_IMAGE_LINK$|ATTACH_DOCUMENT_CREDENTIAL_LURE$|ATTACH_PDF_URI$|ATTACH_PDF_LINK_LURE$)/;
const contentOf = (r: ScanReport) => ({ ids: activeIds(r).filter((id) => CONTENT_IDS.test(id)).sort(), domains: [...r.iocs.domains].sort() });

const ROWS: { name: string; pdf: Buffer; scheme: Scheme; body: string; password: string; expected: string[] }[] = [
  { name: 'a linked picture, R6 (AES-256), "Password: 4721"', pdf: PICTURE, scheme: 'R6', body: 'Please see the attached document. Password: 4721', password: '4721', expected: ['ATTACH_DOCUMENT_IMAGE_LINK', 'URL_SUSPICIOUS_TLD'] },
  { name: 'a linked picture, R4 AES-128, "Das Passwort lautet: 4721"', pdf: PICTURE, scheme: 'R4-AES', body: 'Bitte sehen Sie das Dokument im Anhang. Das Passwort lautet: 4721', password: '4721', expected: ['ATTACH_DOCUMENT_IMAGE_LINK', 'URL_SUSPICIOUS_TLD'] },
  { name: 'a "secure document" letter, R3 RC4, "Senha do PDF: 2291"', pdf: SECURE, scheme: 'R3', body: 'Segue o documento em anexo. Senha do PDF: 2291', password: '2291', expected: ['ATTACH_DOCUMENT_CREDENTIAL_LURE', 'URL_SUSPICIOUS_TLD'] },
  { name: 'a linked picture, R3 RC4, "Senha do PDF 123" (the letter\'s password read as "do"; "123" tried after it)', pdf: PICTURE, scheme: 'R3', body: 'Veja como no arquivo em anexo. Senha do PDF 123', password: '123', expected: ['ATTACH_DOCUMENT_IMAGE_LINK', 'URL_SUSPICIOUS_TLD'] },
  { name: 'a "secure document" letter, R2 RC4 40-bit, "パスワード：8812"', pdf: SECURE, scheme: 'R2', body: '添付ファイルをご確認ください。パスワード：8812', password: '8812', expected: ['ATTACH_DOCUMENT_CREDENTIAL_LURE', 'URL_SUSPICIOUS_TLD'] },
];

for (const row of ROWS) {
  test(`locked with the letter's password: ${row.name} reads as the same PDF unlocked`, async () => {
    const plain = await scan(message(LURE_HEADERS, row.body, 'Document.pdf', row.pdf));
    const locked = await scan(message(LURE_HEADERS, row.body, 'Document.pdf', encryptBuiltPdf(row.pdf, { scheme: row.scheme, userPassword: row.password, ownerPassword: 'owner-8d2k' })));
    const ids = activeIds(locked);
    for (const id of row.expected) assert.ok(ids.includes(id), `${id} not in ${ids.join(', ')}`);
    assert.deepEqual(contentOf(locked), contentOf(plain));
    assert.ok(locked.iocs.domains.includes('view-secure-file.top'), locked.iocs.domains.join(', '));
    const decrypted = locked.findings.find((f) => f.id === 'ATTACH_PDF_DECRYPTED');
    assert.match(decrypted?.evidence ?? '', new RegExp(`opened with the letter's password "${row.password}"`), ids.join(', '));
    assert.ok(!ids.includes('ATTACH_PDF_ENCRYPTED'), ids.join(', '));
    assert.match(locked.findings.find((f) => f.id === 'ATTACH_DOCUMENT_PASSWORD_IN_BODY')?.evidence ?? '', new RegExp(`"${row.password}", which opens`), ids.join(', '));
  });
}

test('script inside a locked PDF is found once the letter\'s password opens it', async () => {
  const withScript = Buffer.from(buildPdf({ content: 'BT ET' }).toString('latin1').replace('<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (this.exportDataObject\\({cName: "a.exe", nLaunch: 2}\\)) >> >>'), 'latin1');
  const report = await scan(message(LURE_HEADERS, 'Invoice attached, password: inv-77', 'Invoice.pdf', encryptBuiltPdf(withScript, { scheme: 'R4-AES', userPassword: 'inv-77', ownerPassword: 'x' })));
  assert.match(report.findings.find((f) => f.id === 'ATTACH_PDF_JAVASCRIPT')?.evidence ?? '', /exportDataObject/, activeIds(report).join(', '));
});

test('a PDF with an owner password only opens with none: no locked document, no encryption finding', async () => {
  const headers = ['From: Example Software <billing@example-software.example>', 'Subject: Your invoice 2025-0714'];
  const invoice = buildPdf({ flate: true, content: 'BT /F1 11 Tf 56 760 Td (Invoice 2025-0714, total EUR 60.69, due 28 July 2025.) Tj ET', fonts: [{ name: 'F1' }] });
  for (const scheme of ['R3', 'R6'] as Scheme[]) {
    const report = await scan(message(headers, 'Hello, your invoice is attached. The password for your online account is unchanged: see our portal.', 'invoice.pdf', encryptBuiltPdf(invoice, { scheme, userPassword: '', ownerPassword: 'perm-only' })));
    const ids = activeIds(report);
    assert.match(report.findings.find((f) => f.id === 'ATTACH_PDF_DECRYPTED')?.evidence ?? '', /opened with no password/, `${scheme}: ${ids.join(', ')}`);
    for (const id of ['ATTACH_PDF_ENCRYPTED', 'ATTACH_DOCUMENT_PASSWORD_IN_BODY']) assert.ok(!ids.includes(id), `${scheme}: ${id} in ${ids.join(', ')}`);
  }
});

test('a wrong password keeps it locked: ATTACH_PDF_ENCRYPTED says why, and nothing of its content is read', async () => {
  const report = await scan(message(LURE_HEADERS, 'Please see the attached document. Password: 1111', 'Document.pdf', encryptBuiltPdf(PICTURE, { scheme: 'R6', userPassword: '4721', ownerPassword: 'o' })));
  const ids = activeIds(report);
  assert.match(report.findings.find((f) => f.id === 'ATTACH_PDF_ENCRYPTED')?.evidence ?? '', /R6, AES-256\): neither the empty password nor the letter's (?:password|\d+ passwords) open it/, ids.join(', '));
  for (const id of ['ATTACH_PDF_DECRYPTED', 'ATTACH_DOCUMENT_IMAGE_LINK', 'URL_SUSPICIOUS_TLD']) assert.ok(!ids.includes(id), `${id} in ${ids.join(', ')}`);
  assert.ok(ids.includes('ATTACH_DOCUMENT_PASSWORD_IN_BODY'), ids.join(', '));
});
