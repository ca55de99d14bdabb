import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';
import { buildPdf } from '../../files/test-support/pdf-builder.js';
import { buildZip } from '../../files/test-support/zip-builder.js';

/**
 * The words of document attachments (issue 17, item 6), end to end (.eml → parser → every family → score): a callback
 * invoice or a sextortion letter written in a PDF under a body of a few words is read as what it says
 * (ATTACH_DOCUMENT_CALLBACK_SCAM, ATTACH_DOCUMENT_SEXTORTION), through the same composites as the body's words; a genuine
 * invoice keeps its verdict. Each lure is scanned twice, with the PDF's words and with the same PDF drawing nothing,
 * so the change is the document text's doing.
 */
const NOW = new Date('2025-07-15T08:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });
const trusting = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.example.org'] }, services: { now: () => NOW } });

/** A one-page PDF showing `lines` (Helvetica-like simple font, one line per Td), or nothing but a rectangle. */
function letter(lines: string[] | null): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = lines ? ['BT /F1 11 Tf 14 TL 56 760 Td', ...lines.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n') : '0 0 0 rg 56 56 500 700 re f';
  return buildPdf({ flate: true, content, fonts: [{ name: 'F1' }] });
}

/** A Word document whose body is `lines`, one paragraph each. */
function wordDocument(lines: string[]): Buffer {
  const xmlEscape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = `<w:document><w:body>${lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(l)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
  return Buffer.from(buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: body }]));
}

function withPdf(headers: string[], body: string, name: string, pdf: Buffer, type = 'application/pdf'): Uint8Array {
  const b = 'b0undary-doc';
  return new TextEncoder().encode(
    [
      ...headers, 'To: rodrigo@hotmail.com', 'Date: Tue, 15 Jul 2025 10:00:00 +0200', `Message-ID: <${name.length}.${body.length}.${pdf.length}@mailer.example>`, 'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', '', body, `--${b}`,
      `Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '',
      pdf.toString('base64').replace(/(.{76})/g, '$1\r\n'), `--${b}--`, '',
    ].join('\r\n'),
  );
}

const CALLBACK_INVOICE = [
  'NORTON LifeLock', 'Your Digital Security Partner', 'Support: +1 (828) 423-1316', 'Invoice Number: BGYSCLRRBHJ', 'Payment Method: Credit Card',
  'Important Notice: Your Norton Lifelock subscription will automatically renew today for $499.99 USD unless you cancel auto-renewal.',
  'If you did not authorize this transaction, please contact Customer Support immediately at +1 (828) 423-1316.',
];
/** A real shop's invoice: an order, a subscription that renews, a number for questions — and no "did not authorize". */
const GENUINE_INVOICE = [
  'Example Software GmbH', 'Invoice 2025-0714', 'Customer number 48213', 'Example Backup Personal, 12 months: EUR 39.00',
  'Your subscription renews on 14 July 2026. You can manage it in your account.', 'Questions? Call us on +49 30 1234 5678, Monday to Friday.',
];
const SEXTORTION = [
  'Hey. I have bad news for you!', "We hacked your device's operating system and got full access to your account.",
  'We have some very interesting video footage from the camera of your device.',
  'Send 1300 USD in Bitcoin to the BTC address below within 48 hours or the video goes to all your contacts.',
];

/** As the honeypot's (sample-5648): a person's name at free mail, a one-line body the classifier calls spam on its own. */
const SCAM_HEADERS = ['From: Manuel Nelson <mnelson.billing@gmail.com>', 'Subject: Requested invoice BGYSCLRRBHJ'];
const SHORT_BODY = 'Dear customer, your order is paid. Invoice attached.';

async function scan(raw: Uint8Array, trusted = false): Promise<ScanReport> {
  return (trusted ? trusting : scanner).scan({ source: 'document-words.test', raw });
}

test('a callback invoice in a PDF under a body of a few words: the PDF text makes the phishing verdict', async () => {
  const blank = await scan(withPdf(SCAM_HEADERS, SHORT_BODY, 'invoice.pdf', letter(null)));
  const read = await scan(withPdf(SCAM_HEADERS, SHORT_BODY, 'invoice.pdf', letter(CALLBACK_INVOICE)));
  const ids = activeIds(read);
  assert.ok(ids.includes('ATTACH_DOCUMENT_CALLBACK_SCAM'), ids.join(', '));
  const finding = read.findings.find((f) => f.id === 'ATTACH_DOCUMENT_CALLBACK_SCAM')!;
  assert.match(finding.evidence ?? '', /^invoice\.pdf says .*if you did not authorize.* and gives \+1 \(828\) 423-1316 to call$/);
  assert.ok(!activeIds(blank).includes('ATTACH_DOCUMENT_CALLBACK_SCAM'));
  assert.equal(blank.verdict, 'spam', activeIds(blank).join(', '));
  assert.equal(read.verdict, 'phishing', ids.join(', '));
  // The document's words feed only the kinds with a class of their own, never the body's generic categories.
  assert.ok(!ids.includes('CONTENT_CATEGORY_CALLBACK_SCAM') && !ids.includes('CONTENT_CATEGORY_PHISHING'), ids.join(', '));
});

test('a callback invoice whose number is only its link (a PDF tel: action, octal-escaped as real files write it): the link is the number to call', async () => {
  const esc = (t: string) => t.replace(/[\\()]/g, (c) => `\\${c}`);
  const words = CALLBACK_INVOICE.map((l) => l.replace(/\+1 \(828\) 423-1316/g, 'the number below')).filter((l) => !/^Support:/.test(l));
  const content = ['BT /F1 11 Tf 14 TL 56 760 Td', ...words.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n');
  const rows: [string, { uri: string; rect: [number, number, number, number] }[], RegExp | undefined][] = [
    ['tel: written plainly', [{ uri: 'tel:+18284231316', rect: [56, 600, 300, 620] }], /and gives \+18284231316 to call$/],
    ['tel\\072 (octal for the colon)', [{ uri: 'tel\\072+18284231316', rect: [56, 600, 300, 620] }], /and gives \+18284231316 to call$/],
    ['no number at all', [], undefined],
  ];
  for (const [name, links, evidence] of rows) {
    const read = await scan(withPdf(SCAM_HEADERS, SHORT_BODY, 'invoice.pdf', buildPdf({ flate: true, content, fonts: [{ name: 'F1' }], links })));
    const finding = read.findings.find((f) => f.id === 'ATTACH_DOCUMENT_CALLBACK_SCAM');
    if (evidence) assert.match(finding?.evidence ?? '', evidence, name);
    else assert.equal(finding, undefined, name);
  }
});

test('the same invoice as a Word document: its body\'s runs are read the same way', async () => {
  const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const read = await scan(withPdf(SCAM_HEADERS, SHORT_BODY, 'invoice.docx', wordDocument(CALLBACK_INVOICE), docx));
  const ids = activeIds(read);
  assert.match(read.findings.find((f) => f.id === 'ATTACH_DOCUMENT_CALLBACK_SCAM')?.evidence ?? '', /^invoice\.docx says /, ids.join(', '));
  assert.equal(read.verdict, 'phishing', ids.join(', '));
  const genuine = await scan(withPdf(SCAM_HEADERS, SHORT_BODY, 'invoice.docx', wordDocument(GENUINE_INVOICE), docx));
  assert.ok(!activeIds(genuine).includes('ATTACH_DOCUMENT_CALLBACK_SCAM'), activeIds(genuine).join(', '));
});

test('a sextortion letter in a PDF: ATTACH_DOCUMENT_SEXTORTION names the file, and the message is flagged', async () => {
  const headers = ['From: Support <info@mailbox-notice.example>', 'Subject: Your account'];
  const read = await scan(withPdf(headers, 'See the attached file.', 'message.pdf', letter(SEXTORTION)));
  const ids = activeIds(read);
  assert.ok(ids.includes('ATTACH_DOCUMENT_SEXTORTION'), ids.join(', '));
  assert.match(read.findings.find((f) => f.id === 'ATTACH_DOCUMENT_SEXTORTION')!.evidence ?? '', /^message\.pdf says .*hacked/);
  assert.notEqual(read.verdict, 'clean', ids.join(', '));
});

const mustNot: { name: string; headers: string[]; lines: string[]; trusted?: boolean }[] = [
  {
    name: 'a genuine invoice with a number for questions, from an unauthenticated shop: no callback finding',
    headers: ['From: Example Software <billing@example-software.example>', 'Subject: Your invoice 2025-0714'],
    lines: GENUINE_INVOICE,
  },
  {
    name: 'the callback wording in a genuine statement from a DMARC-authenticated sender: never phishing',
    headers: ['Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example-software.example; dkim=pass header.d=example-software.example; dmarc=pass header.from=example-software.example',
      'From: Example Software <billing@example-software.example>', 'Subject: Your invoice 2025-0714'],
    lines: [...GENUINE_INVOICE, 'If you did not authorize this purchase, call us on +49 30 1234 5678 and we refund it in full.'],
    trusted: true,
  },
];

for (const row of mustNot) {
  test(`must not: ${row.name}`, async () => {
    const body = 'Hello, thank you for your order. Your invoice is attached as a PDF. Kind regards, the Example Software team.';
    const blank = await scan(withPdf(row.headers, body, 'invoice-2025-0714.pdf', letter(null)), row.trusted);
    const read = await scan(withPdf(row.headers, body, 'invoice-2025-0714.pdf', letter(row.lines)), row.trusted);
    const ids = activeIds(read);
    if (!row.trusted) assert.ok(!ids.includes('ATTACH_DOCUMENT_CALLBACK_SCAM'), ids.join(', '));
    assert.notEqual(read.verdict, 'phishing', ids.join(', '));
    assert.ok(!ids.some((id) => id.startsWith('PHISH_')), ids.join(', '));
    if (!row.trusted) assert.equal(read.verdict, blank.verdict, ids.join(', '));
  });
}

test('corpus: honeypot messages outside the labelled sample whose PDF says what the body does not', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-5648.eml', expected: ['ATTACH_DOCUMENT_CALLBACK_SCAM', 'PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [], verdict: 'phishing', why: 'a NORTON LifeLock invoice in the PDF, a 40-character body' },
    { file: 'sample-96.eml', expected: ['ATTACH_DOCUMENT_SEXTORTION'], forbidden: ['ATTACH_DOCUMENT_CALLBACK_SCAM'], verdict: 'spam', why: 'a sextortion letter in the PDF' },
    { file: 'sample-4091.eml', expected: [], forbidden: ['ATTACH_DOCUMENT_CALLBACK_SCAM', 'ATTACH_DOCUMENT_SEXTORTION', 'PHISH_CREDENTIAL_LURE_UNWANTED'], why: 'a genuine municipal Nota Fiscal PDF' },
  ], (report, row, label) => {
    if (row.file === 'sample-4091.eml') assert.notEqual(report.verdict, 'phishing', label);
  });
});
