import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';
import { buildPdf } from '../../files/test-support/pdf-builder.js';
import { translateEvidence } from '../../rules/explain.js';

/**
 * Session 50 (issue 17, helper pot50): the crypto payout to claim whose link is the attached document's — a line "You are now
 * rich 22271$ on your balance", "quickly withdraw your 28,281$" or "Accounts with a balance of 22.921$ will be blocked" over a
 * line of filler, a subject naming the coin, and a PDF
 * that is one picture under one link (ATTACH_PDF_LINK_LURE, ATTACH_DOCUMENT_IMAGE_LINK). ATTACH_DOCUMENT_CRYPTO_CLAIM (0) reads
 * the claim in the subject, the shown text and the documents' names; PHISH_CRYPTO_CLAIM_DOCUMENT (5) weighs it. End to end
 * (.eml → parser → every family → score), letters written for the test in eight languages; must-nots below.
 */
const NOW = new Date('2025-07-15T08:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });

/** A one-page PDF that draws one picture and no text, a link over most of it. */
const picturePdf = (uri: string): Buffer => buildPdf({ content: 'q 500 0 0 700 56 46 cm /Im1 Do Q', image: true, links: [{ uri, rect: [56, 46, 556, 746] }] });
const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
/** A one-page PDF of `lines` of text, no link. */
const textPdf = (lines: string[]): Buffer => buildPdf({ flate: true, content: ['BT /F1 11 Tf 14 TL 56 760 Td', ...lines.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n'), fonts: [{ name: 'F1' }] });

function message(from: string, subject: string, body: string, name: string, file: Buffer): Uint8Array {
  const b = 'b0undary-claim';
  return new TextEncoder().encode(
    [
      `From: ${from}`, `Subject: ${subject}`, 'To: undisclosed-recipients:;', 'Date: Tue, 15 Jul 2025 10:00:00 +0200', `Message-ID: <${subject.length}.${body.length}@mailer.example>`, 'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body, `--${b}`,
      `Content-Type: application/pdf; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '',
      file.toString('base64').replace(/(.{76})/g, '$1\r\n'), `--${b}--`, '',
    ].join('\r\n'),
  );
}
const scan = (raw: Uint8Array): Promise<ScanReport> => scanner.scan({ source: 'crypto-claim-document.test', raw });

const LINK = 'https://bit.ly/3xYzAbC';
/** [language, sender, subject, body, file name]: the lure as the honeypot's free-mail senders write it, in other words. */
const LURES: [string, string, string, string, string][] = [
  ['en', 'Marta Selling <martaselling77@gmail.com>', 'Transfer_0.6120_BTC', 'Hurry up and withdraw your 19,402$ before the account is closed\n\nThe owl flew over the castle at dusk.', 'BTC.Balance.0.6120.pdf'],
  ['en', 'Dora Kell <dorakell.k@outlook.com>', 'Bitcoin mining report', 'You are rich now: 31 877$ on your balance\n\nShe closed the book and looked outside.', 'Mining_report.pdf'],
  // No "your": the sum and its loss, the coin's sum in the subject.
  ['en', 'Ruth Calder <ruthcalder.rc@gmail.com>', 'Wallet.transfer.0.8120.Bitcoin', 'Wallets holding 18.440$ get frozen tonight\n\nThe kettle whistled in the empty kitchen.', 'Wallet.0.8120.BTC.pdf'],
  ['de', 'Mia Brandt <miabrandt.de@gmail.com>', 'Kontostand_0,6630_BTC', 'Konten mit 12.300 € werden morgen gesperrt\n\nDer Hund schlief vor dem Kamin.', 'Konto_BTC.pdf'],
  ['de', 'Jana Holt <jana.holt93@gmail.com>', 'Bitcoin-Gutschrift 0,5311 BTC', 'Ihr Guthaben: 24.118 € – heben Sie Ihr Geld heute noch ab\n\nDer Zug fuhr langsam in den Bahnhof ein.', 'Guthaben.BTC.pdf'],
  ['fr', 'Lucie Marin <lucie.marin.fr@gmail.com>', 'Virement Bitcoin 0,4410 BTC', 'Retirez votre gain de 17 560 € avant la fermeture du compte\n\nLe chat dormait sur le rebord de la fenêtre.', 'Solde_BTC.pdf'],
  ['es', 'Nora Vidal <noravidal.es@hotmail.com>', 'Transferencia 0.7210 BTC', 'Su saldo es de 22.930 $. Retira tus fondos hoy mismo\n\nEl perro corría por la playa al amanecer.', 'Saldo.Bitcoin.pdf'],
  ['pt', 'Clara Souto <clarasouto.br@gmail.com>', 'Transferência 0,3981 BTC', 'Seu saldo: R$ 98.400. Saque seu dinheiro antes que a conta seja bloqueada\n\nO vento soprava forte naquela tarde.', 'Saldo_Bitcoin.pdf'],
  ['it', 'Elena Riva <elenariva.it@gmail.com>', 'Bonifico 0,5120 BTC', 'Il tuo saldo è di 21.300 €: ritira il tuo denaro oggi\n\nLa barca scivolava piano sul lago.', 'Saldo.BTC.pdf'],
  ['nl', 'Sanne Vos <sanne.vos.nl@gmail.com>', 'Overboeking 0,4402 BTC', 'Uw saldo: € 19.870 – neem uw saldo op voordat het verloopt\n\nDe fiets stond tegen de muur.', 'Saldo_BTC.pdf'],
  ['ja', 'Aiko <aiko.tanaka0711@gmail.com>', 'ビットコイン送金 0.5312 BTC', 'あなたの残高は 2,400,000 円です。本日中に出金してください。\n\n雨が静かに降っていた。', 'BTC_残高.pdf'],
];

for (const [lang, from, subject, body, name] of LURES) {
  test(`crypto payout whose link is the PDF (${lang}): ${subject} → PHISH_CRYPTO_CLAIM_DOCUMENT, phishing`, async () => {
    const report = await scan(message(from, subject, body, name, picturePdf(LINK)));
    const ids = activeIds(report);
    assert.ok(ids.includes('ATTACH_DOCUMENT_CRYPTO_CLAIM'), ids.join(', '));
    assert.ok(ids.includes('PHISH_CRYPTO_CLAIM_DOCUMENT'), ids.join(', '));
    assert.equal(report.verdict, 'phishing', ids.join(', '));
    const finding = report.findings.find((f) => f.id === 'ATTACH_DOCUMENT_CRYPTO_CLAIM')!;
    assert.match(finding.evidence ?? '', new RegExp(`the way on is ${name.replace(/[.]/g, '\\.')}`));
    // The evidence in Japanese keeps the file's name.
    assert.ok(translateEvidence('ATTACH_DOCUMENT_CRYPTO_CLAIM', finding.evidence ?? '', 'ja').includes(name));
  });
}

/** [why, sender, subject, body, file name, the PDF]: none may raise the claim. */
const MUST_NOT: [string, string, string, string, string, Buffer][] = [
  // The scheme named as a warning: a security notice about the same PDFs.
  ['a warning about the BTC-balance PDFs', 'IT Security <security.alerts.team@gmail.com>', 'Warning: fake BTC balance PDFs', 'Beware of this scam: mails saying "withdraw your balance" with a PDF attached. Do not open the link.', 'Example_scam.pdf', picturePdf(LINK)],
  // No coin named: an invoice lure's PDF is another lure (the document composites read it).
  ['an invoice PDF that is one link, no coin named', 'Billing <billing.dept.2291@gmail.com>', 'Invoice 2291', 'Please withdraw your objection and pay the attached invoice.', 'Invoice_2291.pdf', picturePdf(LINK)],
  // The PDF is a statement with words and no link: no document lure, so nothing to claim through it.
  ['a statement PDF with no link', 'Marta Selling <martaselling77@gmail.com>', 'Your BTC statement', 'Your balance statement for June is attached; you can withdraw your funds in the app.', 'Statement.pdf', textPdf(['Statement June 2025', 'Opening balance 0.5000 BTC', 'Closing balance 0.5120 BTC'])],
];

for (const [why, from, subject, body, name, pdf] of MUST_NOT) {
  test(`must not: ${why}`, async () => {
    const report = await scan(message(from, subject, body, name, pdf));
    const ids = activeIds(report);
    assert.ok(!ids.includes('ATTACH_DOCUMENT_CRYPTO_CLAIM'), ids.join(', '));
    assert.ok(!ids.includes('PHISH_CRYPTO_CLAIM_DOCUMENT'), ids.join(', '));
  });
}

test('corpus: BTC-balance PDFs of the honeypot (unlabelled and design rows)', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-183.eml', expected: ['ATTACH_PDF_LINK_LURE', 'ATTACH_DOCUMENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_DOCUMENT'], forbidden: ['ATTACH_MALWARE_DOCUMENT_TO_OPEN'], verdict: 'phishing', why: '"The main thing is to have time to withdraw your 25,371$", a PDF that is one bit.ly link, from gmail (unlabelled)' },
    { file: 'sample-191.eml', expected: ['ATTACH_DOCUMENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_DOCUMENT'], forbidden: ['ATTACH_MALWARE_DOCUMENT_TO_OPEN'], verdict: 'phishing', why: '"Accounts with a balance of 22.921$ will be blocked" (no "your": the sum named), a design scam row of draw 5' },
    { file: 'sample-193.eml', expected: ['ATTACH_DOCUMENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_DOCUMENT'], forbidden: ['ATTACH_MALWARE_DOCUMENT_TO_OPEN'], verdict: 'phishing', why: '"12,926$ burn out in 24 hours", a design scam row of draw 5' },
  ]);
});
