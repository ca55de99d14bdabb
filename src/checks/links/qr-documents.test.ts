import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { pdfWithPictures } from '../../files/test-support/pdf-pictures.js';
import { pngOf, qrMatrix, rasterOf } from '../../files/test-support/qr-images.js';
import { buildZip } from '../../files/test-support/zip-builder.js';

// QR codes inside attached documents (issue 17, session 14), scanned end to end: raw .eml → MIME parser → every family
// → score. The code's URL is a link of the message, so the QR findings and PHISH_QR_CREDENTIAL_LURE apply as to a
// picture in the body. Expected AND forbidden ids per case.
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-03-04T10:00:00Z') } });

function pdfWithCode(payload: string): Buffer {
  const r = rasterOf(qrMatrix(payload), 5);
  return pdfWithPictures([{ dict: `/Width ${r.width} /Height ${r.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, data: deflateSync(r.gray) }]);
}
function docxWithCode(payload: string): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'word/document.xml', data: '<w:document><w:body><w:p><w:r><w:t>Scan</w:t></w:r></w:p></w:body></w:document>' },
    { name: 'word/media/image1.png', data: pngOf(rasterOf(qrMatrix(payload), 5)), method: 0 },
  ]);
}

function eml(from: string, subject: string, body: string, file: { name: string; type: string; bytes: Buffer }): Buffer {
  const b64 = file.bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from([
    `From: ${from}`, 'To: staff@example-corp.com', `Subject: ${subject}`, 'Date: Tue, 04 Mar 2025 09:00:00 +0000', 'Message-ID: <qr-doc@example.net>',
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain; charset=utf-8', '', body, '',
    '--b1', `Content-Type: ${file.type}; name="${file.name}"`, `Content-Disposition: attachment; filename="${file.name}"`, 'Content-Transfer-Encoding: base64', '', b64, '--b1--', '',
  ].join('\r\n'));
}

const LURE = 'https://m365-auth.example-verify.top/reauth?u=staff';
const QR_LURE = ['URL_QR_CODE', 'URL_QR_HOST_ELSEWHERE', 'URL_QR_ONLY_LINK', 'URL_QR_SCAN_LURE', 'PHISH_QR_CREDENTIAL_LURE'];
const MFA_BODY = 'Your multi-factor authentication expires today. Scan the code in the attached document with your phone to re-validate your password and keep access to your mailbox.';
const CASES: { name: string; raw: Buffer; verdict: string; expected: string[]; forbidden: string[] }[] = [
  { name: 'an MFA notice whose code is a picture in the attached PDF', raw: eml('IT Support <it@helpdesk-mail.example.net>', 'Action required: MFA re-validation', MFA_BODY, { name: 'MFA_Instructions.pdf', type: 'application/pdf', bytes: pdfWithCode(LURE) }), verdict: 'phishing', expected: QR_LURE, forbidden: ['URL_QR_LIMIT_REACHED', 'URL_QR_IMAGE_BROKEN'] },
  { name: 'the same notice with the code in a Word document', raw: eml('IT Support <it@helpdesk-mail.example.net>', 'Action required: MFA re-validation', MFA_BODY, { name: 'MFA_Instructions.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: docxWithCode(LURE) }), verdict: 'phishing', expected: QR_LURE, forbidden: ['URL_QR_LIMIT_REACHED'] },
  // A Swiss QR-bill: the code carries payment data, no link: noted, nothing more.
  { name: 'an invoice PDF with a QR-bill payment code', raw: eml('Billing <billing@example-utility.ch>', 'Your invoice 2025-03', 'Dear customer, please find your invoice for March attached. Kind regards, your utility', { name: 'invoice.pdf', type: 'application/pdf', bytes: pdfWithCode('SPC\n0200\n1\nCH4431999123000889012\nS\nExample Utility AG\n') }), verdict: 'not phishing', expected: ['URL_QR_PAYLOAD'], forbidden: ['URL_QR_CODE', 'PHISH_QR_CREDENTIAL_LURE', 'URL_QR_HOST_ELSEWHERE'] },
  // An event ticket whose code leads to the organiser's own site.
  { name: 'a ticket PDF whose code leads to the sender\'s own site', raw: eml('Tickets <tickets@example-arena.com>', 'Your tickets', 'Your tickets for Saturday are attached. Show the code at the entrance.', { name: 'tickets.pdf', type: 'application/pdf', bytes: pdfWithCode('https://www.example-arena.com/t/8FJ2K') }), verdict: 'not phishing', expected: ['URL_QR_CODE'], forbidden: ['URL_QR_HOST_ELSEWHERE', 'URL_QR_SCAN_LURE', 'PHISH_QR_CREDENTIAL_LURE'] },
];

for (const c of CASES) {
  test(`qr in documents: ${c.name}`, async () => {
    const report = await scanner.scan({ raw: c.raw, source: c.name });
    const ids = new Set(report.findings.map((f) => f.id));
    for (const id of c.expected) assert.ok(ids.has(id), `expected ${id} in ${[...ids].join(', ')}`);
    for (const id of c.forbidden) assert.ok(!ids.has(id), `forbidden ${id} fired`);
    // The short synthetic bodies of the must-nots are the content classifier's to judge; here only: not phishing.
    if (c.verdict === 'not phishing') assert.notEqual(report.verdict, 'phishing');
    else assert.equal(report.verdict, c.verdict, report.findings.map((f) => `${f.id} ${f.score}`).join(', '));
  });
}
