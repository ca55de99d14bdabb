import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';
import { buildPdf } from '../../files/test-support/pdf-builder.js';
import { buildZip } from '../../files/test-support/zip-builder.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { documentLurePatterns } from './analyze.js';
import { translateEvidence } from '../../rules/explain.js';

/**
 * Lures whose shape is the document (issue 17, session 13), end to end (.eml → parser → every family → score): a PDF
 * that is a picture under one link (ATTACH_DOCUMENT_IMAGE_LINK), a document of a few words calling to view or sign in
 * with a link elsewhere (ATTACH_DOCUMENT_CREDENTIAL_LURE), in PDF, Word, PowerPoint and Excel form; the document's links
 * read as links of the message. Must-nots: a genuine invoice with a link to its portal, a document linking to the
 * sender's own site, a scan with no link, a picture with a footer link.
 */
const NOW = new Date('2025-07-15T08:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
/** A one-page PDF showing `lines`, with link annotations. */
function pdfLetter(lines: string[], links: { uri: string; rect: [number, number, number, number] }[] = []): Buffer {
  return buildPdf({ flate: true, content: ['BT /F1 11 Tf 14 TL 56 760 Td', ...lines.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n'), fonts: [{ name: 'F1' }], links });
}
/** A one-page PDF that draws one picture and no text. */
const picturePdf = (links: { uri: string; rect: [number, number, number, number] }[]): Buffer => buildPdf({ content: 'q 500 0 0 700 56 46 cm /Im1 Do Q', image: true, links });

const xml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const rel = (id: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xml(target)}" TargetMode="External"/>`;
function docx(lines: string[], href: string): Buffer {
  const body = `<w:document><w:body>${lines.map((l, i) => `<w:p>${i === lines.length - 1 ? '<w:hyperlink r:id="rId9">' : ''}<w:r><w:t xml:space="preserve">${xml(l)}</w:t></w:r>${i === lines.length - 1 ? '</w:hyperlink>' : ''}</w:p>`).join('')}</w:body></w:document>`;
  return Buffer.from(buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: body }, { name: 'word/_rels/document.xml.rels', data: `<Relationships>${rel('rId9', href)}</Relationships>` }]));
}
/** A one-slide deck: its words (none: a picture only) and a picture that is a link. */
function pptx(lines: string[], href: string): Buffer {
  const words = lines.map((l) => `<p:sp><p:txBody><a:p><a:r><a:t>${xml(l)}</a:t></a:r></a:p></p:txBody></p:sp>`).join('');
  const slide = `<p:sld><p:cSld><p:spTree>${words}<p:pic><p:nvPicPr><p:cNvPr id="4" name="Picture 3"><a:hlinkClick r:id="rId3"/></p:cNvPr></p:nvPicPr></p:pic></p:spTree></p:cSld></p:sld>`;
  return Buffer.from(buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'ppt/slides/slide1.xml', data: slide }, { name: 'ppt/slides/_rels/slide1.xml.rels', data: `<Relationships>${rel('rId3', href)}</Relationships>` }]));
}
function xlsx(lines: string[], href: string): Buffer {
  return Buffer.from(buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/sharedStrings.xml', data: `<sst>${lines.map((l) => `<si><t>${xml(l)}</t></si>`).join('')}</sst>` },
    { name: 'xl/worksheets/sheet1.xml', data: '<worksheet><sheetData/><hyperlinks><hyperlink ref="A3" r:id="rId1"/></hyperlinks></worksheet>' },
    { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: `<Relationships>${rel('rId1', href)}</Relationships>` },
  ]));
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function message(headers: string[], body: string, name: string, file: Buffer): Uint8Array {
  const b = 'b0undary-lure';
  const type = TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
  return new TextEncoder().encode(
    [
      ...headers, 'To: rodrigo@hotmail.com', 'Date: Tue, 15 Jul 2025 10:00:00 +0200', `Message-ID: <${name.length}.${body.length}.${file.length}@mailer.example>`, 'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', '', body, `--${b}`,
      `Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '',
      file.toString('base64').replace(/(.{76})/g, '$1\r\n'), `--${b}--`, '',
    ].join('\r\n'),
  );
}

const scan = (raw: Uint8Array): Promise<ScanReport> => scanner.scan({ source: 'document-lure.test', raw });

/** Free mail, a body of a few words: the honeypot's document lures (sample-553, -591). */
const LURE_HEADERS = ['From: Accounts Team <accounts.team2291@gmail.com>', 'Subject: Document shared with you'];
const LURE_BODY = 'Please see the attached document.';
const LANDING = 'https://secure-docs-view.web.app/view?id=83jd92';
const SECURE_DOCUMENT = ['Secure Document', 'You have received a secure PDF document via OneDrive.', 'Click here to view the document', 'This link expires in 24 hours.'];
const ACCOUNT_LETTER = [
  'Dear Customer,', 'We have detected unusual payment activity on your account.', 'For your security, we have temporarily placed your account on hold.',
  'To restore your account access, please verify the required information via the button below.', 'Verify now', 'Thank you for your understanding.', 'Customer Service',
];

const lures: { name: string; file: string; bytes: Buffer; expected: string; evidence: RegExp }[] = [
  { name: 'a PDF that is a picture under one link over most of the page', file: 'Document.pdf', bytes: picturePdf([{ uri: LANDING, rect: [56, 46, 556, 746] }]), expected: 'ATTACH_DOCUMENT_IMAGE_LINK', evidence: /^Document\.pdf: a picture and no text on 1 page, a link over 72 % of the page, to https:\/\/secure-docs-view\.web\.app\// },
  { name: 'a slide that is only a linked picture', file: 'INFO.pptx', bytes: pptx([], 'https://giftether.space/'), expected: 'ATTACH_DOCUMENT_IMAGE_LINK', evidence: /^INFO\.pptx: no words, a picture that is a link, to https:\/\/giftether\.space\/$/ },
  { name: 'a "secure document" PDF of a few words', file: 'Secure.pdf', bytes: pdfLetter(SECURE_DOCUMENT, [{ uri: LANDING, rect: [56, 700, 300, 720] }]), expected: 'ATTACH_DOCUMENT_CREDENTIAL_LURE', evidence: /^Secure\.pdf says "Secure Document" in 23 words and links to https:\/\/secure-docs-view/ },
  { name: 'the same as a Word document with a hyperlink', file: 'Secure.docx', bytes: docx(SECURE_DOCUMENT, LANDING), expected: 'ATTACH_DOCUMENT_CREDENTIAL_LURE', evidence: /^Secure\.docx says /i },
  { name: 'the same as a slide with words and a linked button', file: 'Secure.pptx', bytes: pptx(SECURE_DOCUMENT, LANDING), expected: 'ATTACH_DOCUMENT_CREDENTIAL_LURE', evidence: /^Secure\.pptx says / },
  { name: 'the same as a workbook', file: 'Secure.xlsx', bytes: xlsx(SECURE_DOCUMENT, LANDING), expected: 'ATTACH_DOCUMENT_CREDENTIAL_LURE', evidence: /^Secure\.xlsx says / },
  { name: 'an "account on hold, verify via the button below" letter', file: 'Notice.pdf', bytes: pdfLetter(ACCOUNT_LETTER, [{ uri: 'https://urlzs.com/kiSYM', rect: [56, 600, 200, 620] }]), expected: 'ATTACH_DOCUMENT_CREDENTIAL_LURE', evidence: /^Notice\.pdf says "unusual payment activity" and "verify the required information" in 45 words and links to https:\/\/urlzs\.com\/kiSYM$/ },
  { name: 'German: "Dokument anzeigen"', file: 'Rechnung.pdf', bytes: pdfLetter(['Sicheres Dokument', 'Sie haben ein neues Dokument erhalten.', 'Dokument anzeigen'], [{ uri: LANDING, rect: [56, 700, 300, 720] }]), expected: 'ATTACH_DOCUMENT_CREDENTIAL_LURE', evidence: /says "Dokument anzeigen"/ },
  { name: 'Portuguese: "visualizar documento"', file: 'Boleto.pdf', bytes: pdfLetter(['Documento protegido', 'Clique para visualizar documento'], [{ uri: LANDING, rect: [56, 700, 300, 720] }]), expected: 'ATTACH_DOCUMENT_CREDENTIAL_LURE', evidence: /says "visualizar documento"/ },
];

// Session 42: a document of no words, only a linked picture, that "Please see the attached document." sends the reader to, from
// free mail, was the document sent as the whole message — malware (ATTACH_MALWARE_DOCUMENT_TO_OPEN). Session 59 (mal59, the lead's
// class decision): its link is a web page here (LANDING), so it is a credential lure's carrier like the document that calls to view
// or sign in (ATTACH_DOCUMENT_CREDENTIAL_LURE) — phishing; malware only when the link names a file (document-referred.test).
const verdictOf = (_expected: string): string => 'phishing';
for (const row of lures) {
  test(`lure: ${row.name} → ${row.expected}, ${verdictOf(row.expected)} under a body of a few words`, async () => {
    const report = await scan(message(LURE_HEADERS, LURE_BODY, row.file, row.bytes));
    const ids = activeIds(report);
    const finding = report.findings.find((f) => f.id === row.expected);
    assert.ok(finding, ids.join(', '));
    assert.match(finding.evidence ?? '', row.evidence);
    assert.equal(report.verdict, verdictOf(row.expected), ids.join(', '));
    // The evidence in Japanese: the template rewrites it, keeping the file and the link.
    const ja = translateEvidence(row.expected, finding.evidence ?? '', 'ja');
    assert.match(ja, /(?:文字がなく|と書かれた)/, ja);
    assert.ok(ja.includes(row.file), ja);
  });
}

test('the document\'s links are links of the message: a Word hyperlink to a cheap suffix and an Office picture link', async () => {
  const report = await scan(message(LURE_HEADERS, LURE_BODY, 'Secure.docx', docx(SECURE_DOCUMENT, 'https://view-secure-file.top/index.php')));
  const tld = report.findings.find((f) => f.id === 'URL_SUSPICIOUS_TLD');
  assert.match(tld?.evidence ?? '', /view-secure-file\.top/, activeIds(report).join(', '));
  assert.ok(report.iocs.domains.includes('view-secure-file.top'), report.iocs.domains.join(', '));
});

/** A genuine invoice: many lines, amounts, an address, "view and pay online" at the billing provider's portal. */
const GENUINE_INVOICE = [
  'Example Software GmbH', 'Hauptstrasse 12, 10115 Berlin', 'Invoice 2025-0714', 'Customer number 48213', 'Invoice date: 14 July 2025',
  'Example Backup Personal, 12 months: EUR 39.00', 'Example Sync add-on, 12 months: EUR 12.00', 'Subtotal: EUR 51.00', 'VAT 19 %: EUR 9.69', 'Total: EUR 60.69',
  'Payment due by 28 July 2025 by bank transfer to IBAN DE89 3704 0044 0532 0130 00, or by card.', 'You can view and pay this invoice online in your customer portal.',
  'Your subscription renews on 14 July 2026. You can manage or cancel it in your account at any time.', 'Questions? Call us on +49 30 1234 5678, Monday to Friday.',
  'Example Software GmbH, Amtsgericht Berlin HRB 123456, VAT ID DE123456789', 'Thank you for your business.',
];
const VENDOR = ['From: Example Software <billing@example-software.example>', 'Subject: Your invoice 2025-0714'];
const VENDOR_BODY = 'Hello, thank you for your order. Your invoice is attached as a PDF; you can also view and pay it in your customer portal. Kind regards, the Example Software team.';

const mustNot: { name: string; headers: string[]; body: string; file: string; bytes: Buffer; forbidden: string[] }[] = [
  {
    name: 'a genuine invoice PDF with a link to the billing provider\'s portal',
    headers: VENDOR, body: VENDOR_BODY, file: 'invoice-2025-0714.pdf',
    bytes: pdfLetter(GENUINE_INVOICE, [{ uri: 'https://portal.billing-provider.example/pay/2025-0714', rect: [56, 420, 400, 434] }]),
    forbidden: ['ATTACH_DOCUMENT_CREDENTIAL_LURE', 'ATTACH_DOCUMENT_IMAGE_LINK'],
  },
  {
    name: 'the same invoice as a Word document',
    headers: VENDOR, body: VENDOR_BODY, file: 'invoice-2025-0714.docx',
    bytes: docx(GENUINE_INVOICE, 'https://portal.billing-provider.example/pay/2025-0714'),
    forbidden: ['ATTACH_DOCUMENT_CREDENTIAL_LURE', 'ATTACH_DOCUMENT_IMAGE_LINK'],
  },
  {
    name: 'a short "view your document" notice that links to the sender\'s own site',
    headers: VENDOR, body: VENDOR_BODY, file: 'notice.pdf',
    bytes: pdfLetter(['Your document is ready', 'Click here to view the document'], [{ uri: 'https://portal.example-software.example/doc/1', rect: [56, 700, 300, 720] }]),
    forbidden: ['ATTACH_DOCUMENT_CREDENTIAL_LURE'],
  },
  {
    name: 'a scanned letter: a picture, no text, no link',
    headers: VENDOR, body: VENDOR_BODY, file: 'scan.pdf', bytes: picturePdf([]), forbidden: ['ATTACH_DOCUMENT_IMAGE_LINK'],
  },
  {
    name: 'an encrypted PDF of a picture under a link (its streams are not read: ATTACH_PDF_ENCRYPTED says what there is to say)',
    headers: VENDOR, body: VENDOR_BODY, file: 'locked.pdf', bytes: buildPdf({ content: 'q 500 0 0 700 56 46 cm /Im1 Do Q', image: true, encrypt: true, links: [{ uri: LANDING, rect: [56, 46, 556, 746] }] }), forbidden: ['ATTACH_DOCUMENT_IMAGE_LINK'],
  },
  {
    name: 'a picture flyer with a small link in its footer',
    headers: VENDOR, body: VENDOR_BODY, file: 'flyer.pdf', bytes: picturePdf([{ uri: 'https://www.example.org/', rect: [56, 20, 250, 40] }]), forbidden: ['ATTACH_DOCUMENT_IMAGE_LINK'],
  },
];

for (const row of mustNot) {
  test(`must not: ${row.name}`, async () => {
    const report = await scan(message(row.headers, row.body, row.file, row.bytes));
    const ids = activeIds(report);
    for (const id of row.forbidden) assert.ok(!ids.includes(id), `${id} in ${ids.join(', ')}`);
    assert.notEqual(report.verdict, 'phishing', ids.join(', '));
    assert.ok(!ids.some((id) => id.startsWith('PHISH_')), ids.join(', '));
  });
}

test('the calls a lure is made of are matched in linear time on adversarial text (8 KB → 80 KB)', () => {
  const units = ['click ', 'click on the ', 'view the secure ', 'sign in ', 'shared a ', 'account has been temporar', 'account ', 'verify your ', 'clique ', 'アカウントを'];
  for (const re of documentLurePatterns()) {
    for (const unit of units) {
      const ratio = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), (text) => re.exec(text), 8 * 1024);
      assert.ok(ratio < 40, `${re.source.slice(0, 30)} on "${unit}": 10× input took ${ratio.toFixed(1)}× the time`);
    }
  }
});

test('corpus: honeypot messages outside the labelled sample whose document is the lure', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-553.eml', expected: ['ATTACH_DOCUMENT_IMAGE_LINK', 'ATTACH_PDF_LINK_LURE'], forbidden: ['ATTACH_DOCUMENT_CREDENTIAL_LURE'], verdict: 'phishing', why: 'a one-page PDF of one picture under a link over 39 % of the page, no subject, from iCloud' },
    { file: 'sample-591.eml', expected: ['ATTACH_DOCUMENT_IMAGE_LINK', 'ATTACH_OFFICE_LINK_LURE', 'URL_SUSPICIOUS_TLD'], forbidden: [], verdict: 'phishing', why: 'a PowerPoint slide that is one picture linked to giftether.space' },
    // Session 40: a design row of draw 2 since (labelled malware); the court notice as a link-only document is ATTACH_MALWARE_LEGAL_DOCUMENT.
    { file: 'sample-1786.eml', expected: ['ATTACH_DOCUMENT_IMAGE_LINK', 'ATTACH_MALWARE_LEGAL_DOCUMENT'], forbidden: [], verdict: 'malware', why: 'a "labour lawsuit" PDF: one picture under a link over the whole page' },
    { file: 'sample-868.eml', expected: ['ATTACH_DOCUMENT_CREDENTIAL_LURE'], forbidden: ['ATTACH_DOCUMENT_IMAGE_LINK'], verdict: 'phishing', why: 'an Amazon "account placed on hold, click the button below" letter of 137 words in the PDF' },
    { file: 'sample-2053.eml', expected: ['ATTACH_DOCUMENT_CREDENTIAL_LURE', 'ATTACH_NAME_OBFUSCATED'], forbidden: [], verdict: 'phishing', why: '"unusuaI payment activity … verify the required information via the button below", a shortened link' },
    { file: 'sample-1968.eml', expected: ['URL_FREE_FILE_HOST'], forbidden: [], verdict: 'phishing', why: 'an Amazon "account on hold" PDF that links to a script.google.com page, read as a link of the message (session 53: in place of a row that draw 8 made held-out)' },
    { file: 'sample-4091.eml', expected: [], forbidden: ['ATTACH_DOCUMENT_CREDENTIAL_LURE', 'ATTACH_DOCUMENT_IMAGE_LINK'], why: 'a genuine municipal Nota Fiscal PDF' },
  ]);
});
