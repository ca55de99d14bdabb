import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, textMail, trusted } from '../../test-support/classifier-free-scan.js';

/**
 * Session 64 (issue 17 item 6, helper scam65): the supplier's new bank details that do NOT keep the reader from calling
 * (categories.ts, CONTENT_BANK_DETAILS_NEW and its _STRANGER composite). Session 17's CONTENT_BANK_DETAILS_CHANGED needs
 * "we cannot take calls" too; the letters below (written for this test, plain text, en de fr es pt nl ja) only ask to
 * "confirm by reply", and were clean with the classifier off — all but the English one clean with it too. End to end with
 * the classifier off. Must-not rows: the same letter from the supplier's own authenticated domain, a landlord's new account for
 * the rent (no invoice), a bank's warning, a thread about the same invoice with no change of account.
 */
const scan = (from: string, subject: string, text: string, extra: string[] = []) =>
  trusted.scan({ source: 'bank-details-new.test', raw: textMail([`From: ${from}`, 'To: accounts@customer.example', `Subject: ${subject}`, ...extra], text) });

/** [language, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, new account for invoice and future payments', 'Accounts Payable <ap.dept.billing@gmail.com>', 'Updated banking details',
    'Dear Accounts Team, please be informed that we have changed our bank. All future payments, including the outstanding invoice 4471, should be made to our new account below. Please update your records and confirm once done. Sort code: 23-05-80, account number: 44718820.'],
  ['en, two steps: "not to the old account", details to follow', 'James Porter <j.porter.finance@outlook.com>', 'RE: Invoice 22091 payment',
    'Hi, just a heads up that our bank account is currently under audit, so please do not send the payment for invoice 22091 to the old account. I will send you our new banking details shortly. Can you confirm the amount and when the payment will be released? Thanks, James'],
  ['de, Bankverbindung geändert', 'Buchhaltung <buchhaltung.lieferant@gmail.com>', 'Änderung unserer Bankverbindung',
    'Sehr geehrte Damen und Herren, bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Bitte überweisen Sie die offene Rechnung Nr. 2291 sowie alle zukünftigen Zahlungen auf das folgende Konto: IBAN DE89 3704 0044 0532 0130 00. Bitte bestätigen Sie die Änderung kurz per E-Mail.'],
  ['fr, coordonnées bancaires ont changé', 'Comptabilité <compta.fournisseur@gmail.com>', 'Changement de coordonnées bancaires',
    'Bonjour, nous vous informons que nos coordonnées bancaires ont changé. Merci d\'effectuer le règlement de la facture n° 3381 ainsi que tous les paiements futurs sur notre nouveau compte : IBAN FR76 3000 6000 0112 3456 7890 189. Merci de nous confirmer la mise à jour par retour de mail.'],
  ['es, hemos cambiado de banco', 'Contabilidad <contabilidad.proveedor@gmail.com>', 'Cambio de datos bancarios',
    'Buenos días, les informamos que hemos cambiado de banco. Por favor, realicen el pago de la factura n.º 5512 y todos los pagos futuros a nuestra nueva cuenta: IBAN ES91 2100 0418 4502 0005 1332. Les rogamos confirmen la actualización respondiendo a este correo.'],
  ['pt, dados bancários foram alterados', 'Financeiro <financeiro.fornecedor@gmail.com>', 'Alteração de dados bancários',
    'Bom dia, informamos que os nossos dados bancários foram alterados. Solicitamos que o pagamento da fatura n.º 2207 e todos os pagamentos futuros sejam feitos para a nova conta: IBAN PT50 0002 0123 1234 5678 9015 4. Por favor, confirme a atualização respondendo a este e-mail.'],
  ['nl, bankgegevens zijn gewijzigd', 'Administratie <administratie.leverancier@gmail.com>', 'Wijziging bankgegevens',
    'Goedemorgen, graag informeren wij u dat onze bankgegevens zijn gewijzigd. Wilt u de betaling van factuur 1893 en alle toekomstige betalingen overmaken naar ons nieuwe rekeningnummer: IBAN NL91 ABNA 0417 1643 00. Graag een korte bevestiging per e-mail.'],
  ['ja, 振込先口座が変更', '経理部 <keiri.torihiki@gmail.com>', '振込先口座変更のお知らせ',
    'お世話になっております。このたび弊社の振込先口座が変更となりました。請求書番号 7741 のお支払いおよび今後のお支払いは、下記の新しい口座へお振込みください。銀行名：みずほ銀行 渋谷支店 普通 1234567。変更を確認されましたら、ご返信をお願いいたします。'],
  ['en, answered elsewhere (Reply-To at free mail) from a company domain', 'Northwind Accounts <accounts@northwind-supplies.example>', 'New bank details',
    'Dear customer, our bank details have changed. Please pay the pending invoice 5521 and all future payments to our new account, IBAN GB29 NWBK 6016 1331 9268 19. Kind regards, Accounts'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`new bank details (${kind}) → CONTENT_BANK_DETAILS_NEW_STRANGER, flagged`, async () => {
    const extra = from.includes('northwind-supplies') ? ['Reply-To: northwind.accounts@outlook.com'] : [];
    const r = await scan(from, subject, text, extra);
    assert.ok(ids(r).includes('CONTENT_BANK_DETAILS_NEW_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

test('new bank details: the supplier\'s own authenticated domain reads the finding alone, not flagged', async () => {
  const r = await scan('Northwind Accounts <accounts@northwind-supplies.example>', 'New bank details',
    'Dear customer, our bank details have changed. Please pay the pending invoice 5521 and all future payments to our new account, IBAN GB29 NWBK 6016 1331 9268 19. Kind regards, Accounts', dmarcPass('northwind-supplies.example'));
  assert.ok(ids(r).includes('CONTENT_BANK_DETAILS_NEW'), ids(r).join(', '));
  assert.ok(!ids(r).includes('CONTENT_BANK_DETAILS_NEW_STRANGER'), ids(r).join(', '));
  assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
});

/** [why, sender, subject, text]: none may raise either reading. */
const MUST_NOT: [string, string, string, string][] = [
  ["a private landlord's new account for the rent (no invoice)", 'Peter Lang <peter.lang.55@gmail.com>', 'Neue Kontoverbindung für die Miete',
    'Hallo Anna, ich habe die Bank gewechselt: neue Bankverbindung ab Juli, bitte überweise alle zukünftigen Zahlungen der Miete auf DE89 3704 0044 0532 0130 00. Danke, Peter'],
  ["a bank's warning about invoice fraud", 'Security Team <security@bank.example>', 'Invoice fraud',
    'Fraudsters send e-mails saying "we have changed our bank, pay the outstanding invoices to our new bank account". Always verify any change by calling your usual contact on a number you already have.'],
  ['a supplier chasing its invoice, no change of account', 'Maria Lopez <maria.lopez.design@gmail.com>', 'Invoice 2291',
    'Hi, a friendly reminder that invoice 2291 is still open. Could you let me know when the payment is scheduled? Same account as always. Thanks, Maria'],
  ['a friend: "I changed my bank", no invoice, no payments to make', 'Tom <tom.hansen88@gmail.com>', 'new bank',
    'Hey, I changed our bank account last week, the new bank account app is much better than the old one. See you Friday!'],
];
for (const [why, from, subject, text] of MUST_NOT) {
  test(`new bank details must not: ${why}`, async () => {
    const r = await scan(from, subject, text);
    assert.deepEqual(ids(r).filter((id) => id.startsWith('CONTENT_BANK_DETAILS')), [], ids(r).join(', '));
    assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}
