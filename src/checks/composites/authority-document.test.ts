import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * Session 53 (issue 17, helper draw53e): the public authority's "statement" to view elsewhere — a letterhead or display name
 * speaking as a social-security or revenue agency, a tax office or a ministry that the sender is not (FROM_AUTHORITY_CLAIMED),
 * and one button to view or download a statement or document on another host, nothing asked (URL_MALWARE_AUTHORITY_DOCUMENT).
 * Draw 9's labelling found it on design row 7471 of draw 8 (an SSA "Your statement is available · View statement" from a
 * Canadian estate agent's mailbox, spam at 9.3). End to end with the shipped model; letters written for this test in en, de,
 * fr, es, pt, nl, ja. Must-nots: the authority's own mail authenticated by DMARC, a bank's statement button (a bank holds the
 * reader's account: credential phishing's ground, not this reading), a tax letter that asks to sign in or pay, list mail
 * naming the agency, an accountant's mail naming the IRS in its subject and signature.
 */
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const services = { now: () => new Date('2026-02-20T08:00:00Z'), classifierModel: shipped };
const scanner = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.mailbox.example'] }, services });

const word = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? s : `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`);
const b64 = (s: string): string => Buffer.from(s).toString('base64').replace(/(.{76})/g, '$1\r\n');

interface Row { why: string; from: string; subject: string; head: string; body: string; button: [string, string]; dmarc?: boolean; list?: boolean; malware: boolean }

function message(row: Row, index: number): Uint8Array {
  const name = row.from.replace(/ ?<.*/, '');
  const address = row.from.replace(/.*</, '').replace(/>.*/, '');
  const domain = address.replace(/.*@/, '');
  const auth = row.dmarc
    ? `spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`
    : `spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=fail header.from=${domain}`;
  const html = `<html><body><h2>${row.head}</h2><p>${row.body}</p><p><a href="${row.button[1]}" style="background:#0a66c2;color:#fff;padding:12px 24px">${row.button[0]}</a></p></body></html>`;
  return new TextEncoder().encode(
    [
      `Authentication-Results: mx.mailbox.example; ${auth}`,
      `From: ${name ? `${word(name)} ` : ''}<${address}>`, 'To: reader@mailbox.example', `Subject: ${word(row.subject)}`, 'Date: Fri, 20 Feb 2026 09:00:00 +0100',
      `Message-ID: <draw53e.${index}@${domain}>`, 'MIME-Version: 1.0',
      ...(row.list ? [`List-Id: <news.lists.${domain}>`, `List-Unsubscribe: <mailto:leave@${domain}>`] : []),
      'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(html), '',
    ].join('\r\n'),
  );
}

const rows: Row[] = [
  { why: 'en SSA statement, View statement, sender an estate agent', from: 'E-Statement-2603 <office.manager@harbourview-realty.ca>', subject: 'Your Statement for Viewing: ID-2603', head: 'Social Security Administration', body: 'Your statement is available. The statement for February 2026 has been prepared and can now be viewed online.', button: ['View statement', 'https://shop-zona-sul.com.br/direct.php'], malware: true },
  { why: 'en IRS letterhead, Download your statement', from: 'Notice 1099 <noreply@greenfield-dental.com>', subject: 'Tax statement ready', head: 'Internal Revenue Service', body: 'Your annual tax statement has been issued and is ready for review.', button: ['Download statement', 'https://files-portal-center.net/st/2026'], malware: true },
  { why: 'de Bundeszentralamt für Steuern, Steuerbescheid ansehen', from: 'Bescheid 2026 <info@baeckerei-mueller-online.de>', subject: 'Ihr Steuerbescheid liegt vor', head: 'Bundeszentralamt für Steuern', body: 'Ihr Steuerbescheid für das Jahr 2025 wurde erstellt und steht zur Ansicht bereit.', button: ['Steuerbescheid ansehen', 'https://bescheid-abruf.com/b/2025'], malware: true },
  { why: 'fr DGFiP, Consulter le document', from: 'Avis 2026 <contact@camping-les-pins.fr>', subject: 'Votre avis est disponible', head: 'Direction Générale des Finances Publiques', body: 'Votre avis de situation a été établi. Il est disponible en ligne dès maintenant.', button: ['Consulter le document', 'https://avis-consultation.net/d/2026'], malware: true },
  { why: 'es Agencia Tributaria, Ver documento', from: 'Notificación <info@talleres-garcia.es>', subject: 'Tiene una notificación disponible', head: 'Agencia Tributaria', body: 'Se ha puesto a su disposición un documento relativo a su declaración.', button: ['Ver documento', 'https://notifica-docs.com/v/77'], malware: true },
  { why: 'pt Receita Federal, Visualizar documento, nothing to pay', from: 'Comunicado <contato@padaria-estrela.com.br>', subject: 'Documento disponível para consulta', head: 'Receita Federal do Brasil', body: 'Um novo documento referente ao seu CPF foi emitido e está disponível para visualização.', button: ['Visualizar documento', 'https://consulta-docs-online.com/d/51'], malware: true },
  { why: 'nl Belastingdienst, Bekijk document', from: 'Bericht <info@bloemen-jansen.nl>', subject: 'Nieuw document beschikbaar', head: 'Belastingdienst', body: 'Er staat een nieuw document voor u klaar over uw aangifte 2025.', button: ['Document bekijken', 'https://berichtenbox-docs.com/b/25'], malware: true },
  { why: 'ja 国税庁, 書類を確認', from: 'お知らせ <info@sakura-seitai.jp>', subject: '通知書のご確認', head: '国税庁', body: 'あなたの確定申告に関する通知書が発行されました。', button: ['書類を確認', 'https://tsuchi-docs.com/v/25'], malware: true },
  { why: 'en the authority as the display name, statement to view elsewhere', from: 'Internal Revenue Service <notice@greenfield-dental.com>', subject: 'Your tax statement', head: 'Your tax statement', body: 'Your annual tax statement has been issued and can be viewed online.', button: ['View statement', 'https://files-portal-center.net/st/2026'], malware: true },
  { why: 'ja the authority as the display name (国税庁)', from: '国税庁 <info@sakura-seitai.jp>', subject: '通知書のご確認', head: '通知書のお知らせ', body: 'あなたの確定申告に関する通知書が発行されました。', button: ['書類を確認', 'https://tsuchi-docs.com/v/25'], malware: true },
  { why: 'en a name claiming an unknown organisation ("Statement 2026") above the SSA letterhead, "Access statement"', from: 'Statement 2026 <notice@harbourview-realty.ca>', subject: 'Your statement is ready', head: 'Social Security Administration', body: 'Your Social Security statement for 2026 is ready.', button: ['Access statement', 'https://shop-zona-sul.com.br/direct.php'], malware: true },
  { why: 'en IRS letterhead, "Review document"', from: 'Case 4471 <billing@lakeside-motors.com>', subject: 'Document 4471', head: 'Internal Revenue Service', body: 'A document about your 2025 return has been issued.', button: ['Review document', 'https://docs-review-center.net/r/4471'], malware: true },
  { why: 'pt Receita Federal, "Acessar documento"', from: 'Comunicado <contato@padaria-estrela.com.br>', subject: 'Documento emitido', head: 'Receita Federal do Brasil', body: 'Um novo documento referente ao seu CPF foi emitido.', button: ['Acessar documento', 'https://consulta-docs-online.com/d/52'], malware: true },
  // Must not.
  { why: 'must not: a DocuSign "Review document" under no authority (a credential lure, not this reading)', from: 'DocuSign via Files <files@lakeside-motors.com>', subject: 'Please review the document', head: 'DocuSign', body: 'You have new documents to review and sign.', button: ['Review document', 'https://docs-review-center.net/r/4471'], malware: false },
  { why: "must not: an accountant's mail naming the IRS in subject and signature, documents on a portal elsewhere", from: 'Dana Whitfield CPA <dana@whitfield-tax.com>', subject: 'Your IRS Form 1040 copies are ready', head: 'Whitfield Tax Services', body: 'Hi Sam, your 2025 return was accepted by the IRS. Your copies are in the portal. Dana Whitfield, CPA, enrolled to practise before the Internal Revenue Service', button: ['View documents', 'https://whitfieldtax.sharefile.com/d-s8f2'], malware: false },
  { why: "must not: the agency's own mail, DMARC pass for its domain", from: 'Social Security Administration <no-reply@ssa.gov>', subject: 'Your statement is available', head: 'Social Security Administration', body: 'Your statement has been prepared and can now be viewed online.', button: ['View statement', 'https://secure.ssa.gov/myssa'], dmarc: true, malware: false },
  { why: 'must not: a bank letterhead with a statement button (not an authority)', from: 'E-Statement <office@harbourview-realty.ca>', subject: 'Your statement is ready', head: 'Banco Estrela', body: 'Your monthly statement has been prepared and can now be viewed online.', button: ['View statement', 'https://statements-view-online.com/s/2'], malware: false },
  { why: 'must not: a tax letter that asks to sign in and pay stays out of this reading', from: 'Aviso <contato@padaria-estrela.com.br>', subject: 'Regularize seu CPF', head: 'Receita Federal do Brasil', body: 'Seu CPF será suspenso. Acesse sua conta com sua senha e pague a taxa de regularização hoje.', button: ['Ver documento', 'https://consulta-docs-online.com/d/51'], malware: false },
  { why: 'must not: a newsletter (list mail) naming the agency', from: 'Retirement Weekly <news@retirement-weekly.com>', subject: 'What changes at Social Security this year', head: 'Social Security Administration', body: 'This week: the new benefit statement and what it tells you.', button: ['View statement guide', 'https://cdn-retire-guides.com/ssa'], list: true, malware: false },
];

test('URL_MALWARE_AUTHORITY_DOCUMENT: an authority\'s statement to view elsewhere is malware; its own mail, a bank, a sign-in letter and list mail are not', async () => {
  const wrong: string[] = [];
  for (const [i, row] of rows.entries()) {
    const report = await scanner.scan({ raw: message(row, i), source: `draw53e-${i}.eml` });
    const ids = activeIds(report);
    const fired = ids.includes('URL_MALWARE_AUTHORITY_DOCUMENT');
    if (row.malware !== fired || (row.malware && report.verdict !== 'malware')) wrong.push(`${row.why}: ${report.verdict} ${[...ids].join(' ')}`);
  }
  assert.deepEqual(wrong, []);
});

test('URL_MALWARE_AUTHORITY_DOCUMENT, corpus: design rows of the dev pot keep their ids and verdicts', async (t) => {
  // Design-part messages only: the held-out part of bench/phishing-labels.tsv is measured, never tested on.
  const plain = await createScanner({ config: defaultConfig(), services });
  await assertCorpusRows(t, plain, [
    // Draw 8, design (malware): "Social Security Administration · Your statement is available · View statement" to a shop's
    // direct.php, from an estate agent's mailbox under "E-Statement-2603", DMARC fail; spam 9.3 before session 53.
    { file: 'sample-7471.eml', expected: ['FROM_AUTHORITY_CLAIMED', 'URL_DOCUMENT_VIEW_ELSEWHERE', 'URL_MALWARE_AUTHORITY_DOCUMENT'], forbidden: [], verdict: 'malware' },
    // Draw 9, design (cred): Receita Federal "CPF under cancellation, regularise now" — the authority claimed, a credential
    // lure, not a document to view.
    { file: 'sample-5686.eml', expected: ['FROM_AUTHORITY_CLAIMED'], forbidden: ['URL_MALWARE_AUTHORITY_DOCUMENT'], verdict: 'phishing' },
    { file: 'sample-6988.eml', expected: ['FROM_AUTHORITY_CLAIMED'], forbidden: ['URL_MALWARE_AUTHORITY_DOCUMENT'], verdict: 'phishing' },
    // Draw 1, design (malware): the IRS statement "to open on a trusted desktop" stays with its own reading.
    { file: 'sample-6766.eml', expected: ['FROM_AUTHORITY_CLAIMED'], forbidden: ['URL_MALWARE_AUTHORITY_DOCUMENT'], verdict: 'malware' },
  ]);
});
