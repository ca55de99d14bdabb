import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * Session 53 (issue 17, helper draw53d): the "document ready" notice under a borrowed letterhead (URL_MALWARE_LETTERHEAD_DOCUMENT):
 * a sender whose name claims no one, the letterhead of an agency, bank or broker that no domain of the message belongs to, and one
 * document to view on another site, nothing asked — the fake benefit and tax statements that deliver remote-access installers.
 * The Social Security Administration joins the brand data (it was no brand: its name in a letterhead claimed nothing). Letters
 * written for this test, end to end with the shipped model. Must-nots: the agency's own notice from its domain, authenticated; the
 * same notice in list mail; a letterhead letter that asks to sign in (phishing); a wallet's "view document" under the brand's
 * display name (a drainer's page: phishing); a letter whose link says nothing of a document.
 */
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const services = { now: () => new Date('2026-02-20T08:00:00Z'), classifierModel: shipped };
const scanner = await createScanner({ config: defaultConfig(), services });
const trusting = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.mailbox.example'] }, services });

const word = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? s : `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`);
const b64 = (s: string): string => Buffer.from(s).toString('base64').replace(/(.{76})/g, '$1\r\n');

interface Row { why: string; from: string; subject: string; html: string; dmarc?: boolean; list?: boolean; malware: boolean; verdict?: string }

function message(row: Row, index: number): Uint8Array {
  const name = row.from.replace(/ ?<.*/, '');
  const address = row.from.replace(/.*</, '').replace(/>.*/, '');
  const domain = address.replace(/.*@/, '');
  return new TextEncoder().encode([
    ...(row.dmarc ? [`Authentication-Results: mx.mailbox.example; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`] : []),
    `From: ${name ? `${word(name)} ` : ''}<${address}>`, 'To: reader@mailbox.example', `Subject: ${word(row.subject)}`, 'Date: Fri, 20 Feb 2026 09:00:00 +0100',
    `Message-ID: <draw53d.${index}@${domain}>`, 'MIME-Version: 1.0',
    ...(row.list ? [`List-Id: <notices.lists.${domain}>`, `List-Unsubscribe: <mailto:leave@${domain}>`] : []),
    'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(`<html><body>${row.html}</body></html>`), '',
  ].join('\r\n'));
}
const button = (href: string, text: string) => `<p><a href="${href}" style="background:#1a4480;color:#fff;padding:12px 24px">${text}</a></p>`;
const ssaLetter = (href: string) => `<p><b>Social Security Administration</b></p><h2>Your statement is available</h2><p>Hello,</p><p>The statement for February 2026 has been prepared and can now be viewed online.</p>${button(href, 'View statement')}<p>Reference: PI0-S8U-VN1</p><p>This message was sent automatically. Replies are not monitored.</p>`;

const rows: Row[] = [
  { why: 'en SSA statement under a reference number, from a hijacked agent\'s mailbox', from: 'E-Statement-2603 <candice@homes-realty.example.ca>', subject: 'Your Statement for Viewing: ID-2603', html: ssaLetter('https://shop-files.example.com.br/direct.php'), malware: true },
  { why: 'en IRS statement, no display name', from: '<info@mfree.example.gr>', subject: 'Your tax statement is ready', html: `<p>Internal Revenue Service</p><p>Dear taxpayer,</p><p>Your annual tax statement for 2025 is ready. You can review the document online at any time before April 15.</p>${button('https://docs-center.example.net/irs/view', 'View document')}<p>Internal Revenue Service</p>`, malware: true },
  { why: 'pt Receita Federal statement ("Visualizar documento") from a provider\'s mailbox', from: 'Comunicado 88213 <contato@loja-exemplo.example.com.br>', subject: 'Seu extrato está disponível', html: `<p>Receita Federal do Brasil</p><p>Prezado contribuinte,</p><p>O seu extrato anual foi gerado e já está disponível para consulta.</p>${button('https://consulta-doc.example.net/extrato', 'Visualizar documento')}<p>Receita Federal do Brasil</p>`, malware: true },
  // must not
  { why: 'the agency\'s own notice from its own domain, authenticated', from: 'my Social Security <no-reply@ssa.gov>', subject: 'Your statement is available', html: ssaLetter('https://secure.ssa.gov/myssa/statement'), dmarc: true, malware: false },
  { why: 'the same notice in list mail', from: 'E-Statement-2603 <notices@benefits-news.example.org>', subject: 'Your Statement for Viewing', html: ssaLetter('https://archive.example.net/statement'), list: true, malware: false },
  { why: 'a letterhead letter that asks to sign in and verify the account: phishing', from: 'Statement-53231606 <info@mfree.example.gr>', subject: 'Your account statement', html: `<p>Internal Revenue Service</p><p>Dear taxpayer,</p><p>Your account has been suspended. Sign in and verify your account details and password to view your statement.</p>${button('https://irs-verify.example.net/login', 'View statement')}`, malware: false },
  { why: 'a wallet brand\'s display name over a signing service\'s "view document": not the letterhead arm', from: 'Binance <notifications@sign-docs.example.com>', subject: 'Your contact preferences have been updated', html: `<p>A document has been shared with you for review.</p>${button('https://sign-docs.example.com.evil.example/d/1', 'View document')}`, malware: false },
  { why: 'the letterhead\'s link names no document', from: 'E-Statement-2603 <candice@homes-realty.example.ca>', subject: 'News from us', html: `<p><b>Social Security Administration</b></p><p>Hello, our new office hours start in March.</p>${button('https://shop-files.example.com.br/direct.php', 'Read more')}`, malware: false },
];

for (const [i, row] of rows.entries()) {
  test(`letterhead document: ${row.why}`, async () => {
    const report = await (row.dmarc ? trusting : scanner).scan({ raw: message(row, i), source: `row-${i}` });
    const ids = activeIds(report);
    assert.equal(ids.includes('URL_MALWARE_LETTERHEAD_DOCUMENT'), row.malware, `${report.verdict} ${report.score}: ${ids.join(', ')}`);
    if (row.malware) assert.equal(report.verdict, 'malware', `${report.score}: ${ids.join(', ')}`);
    else assert.notEqual(report.verdict, 'malware', `${report.score}: ${ids.join(', ')}`);
  });
}

// Honeypot messages, design rows (no held-out file, none of draw 8's held-out hundred).
const corpus = [
  { file: 'sample-7471.eml', expected: ['URL_MALWARE_LETTERHEAD_DOCUMENT', 'FROM_ORGANISATION_LETTERHEAD', 'URL_DOCUMENT_VIEW_ELSEWHERE'], forbidden: [], verdict: 'malware', why: 'design malware (draw 8): an SSA "View statement" from an estate agent\'s mailbox, spam before' },
  { file: 'sample-6801.eml', expected: ['URL_DOCUMENT_VIEW_ELSEWHERE', 'FROM_BRAND_DISPLAY_NAME'], forbidden: ['URL_MALWARE_LETTERHEAD_DOCUMENT'], verdict: 'phishing', why: 'design cred: Binance through a signing service\'s "view document": the brand in the display name, no letterhead claim' },
];

test('letterhead document: honeypot design rows', async (t) => {
  await assertCorpusRows(t, scanner, corpus);
});
