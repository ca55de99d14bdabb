import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPdf } from '../../files/test-support/pdf-builder.js';
import { dmarcPass, ids, trusted } from '../../test-support/classifier-free-scan.js';

/**
 * Session 64 (issue 17 item 6, helper scam65): the callback charge written in an attached PDF under a body of a few words
 * (ATTACH_DOCUMENT_CALLBACK_CHARGE, and _STRANGER from free mail): a sum, a number to call, the charge disowned or to cancel,
 * no web link to act on in the message or the document. ATTACH_DOCUMENT_CALLBACK_SCAM (the callback words and a number) gave
 * 1.5 and, from free mail, 3 more: 4.5, clean with the classifier off. End to end, classifier off; the invoices are written for
 * this test (en de fr es pt, and one whose number is only the PDF's tel: link). Must-not rows: a vendor's PDF invoice pointing to
 * its portal, the same invoice with a link in the body, a hotel booking (sum and number, no charge disowned), a bank's warning
 * about such invoices, and the scam's own PDF from the vendor's authenticated domain (the finding alone, clean).
 */
function pdf(lines: string[], links: { uri: string; rect: [number, number, number, number] }[] = []): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ['BT /F1 11 Tf 14 TL 56 760 Td', ...lines.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n');
  return buildPdf({ flate: true, content, fonts: [{ name: 'F1' }], links });
}

function withPdf(headers: string[], body: string, file: Buffer): Uint8Array {
  const b = 'b0undary-cb';
  return new TextEncoder().encode([
    'Received: from out.sender.example (out.sender.example [203.0.113.9]) by mx.reader.example; Mon, 2 Jun 2025 07:59:00 +0000',
    ...headers, 'To: reader@mailbox.example', 'Date: Mon, 2 Jun 2025 07:58:00 +0000', `Message-ID: <cb.${file.length}@mail.example>`, 'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', '', body, `--${b}`,
    'Content-Type: application/pdf; name="invoice.pdf"', 'Content-Disposition: attachment; filename="invoice.pdf"', 'Content-Transfer-Encoding: base64', '',
    file.toString('base64').replace(/(.{76})/g, '$1\r\n'), `--${b}--`, '',
  ].join('\r\n'));
}
const scan = (headers: string[], body: string, file: Buffer) => trusted.scan({ source: 'document-callback-charge.test', raw: withPdf(headers, body, file) });

/** [language, sender, subject, shown body, the PDF's lines, the PDF's links]. */
const LURES: [string, string, string, string, string[], { uri: string; rect: [number, number, number, number] }[]][] = [
  ['en, protection plan renewed, cancel the renewal', 'Sarah Holt <sarahholt.billing@gmail.com>', 'Invoice INV-77120', 'Hello, your invoice is attached. Thank you.',
    ['Geek Squad Billing', 'Invoice INV-77120', 'Product: Geek Squad Protection Plan (3 years)', 'Amount: $599.99', 'Your membership has been renewed and the amount will be charged within 24 hours.', 'To cancel the renewal call our helpline +1 (877) 555-0163.'], []],
  ['de, Abonnement verlaengert', 'Lena Fischer <lenafischer.rechnung@gmail.com>', 'Rechnung RE-44821', 'Guten Tag, anbei Ihre Rechnung. Vielen Dank.',
    ['Norton Abrechnung', 'Rechnung RE-44821', 'Produkt: Norton 360 Deluxe, 3 Jahre', 'Betrag: 399,99 EUR', 'Ihr Abonnement wurde verlaengert. Der Betrag wird innerhalb von 24 Stunden abgebucht.', 'Zur Stornierung rufen Sie uns an: +49 30 5555 0188'], []],
  ['fr, abonnement renouvele', 'Julie Martin <juliemartin.facture@gmail.com>', 'Facture FA-9921', 'Bonjour, veuillez trouver votre facture en piece jointe.',
    ['McAfee Facturation', 'Facture FA-9921', 'Produit : McAfee Total Protection, 2 ans', 'Montant : 349,99 EUR', 'Votre abonnement a ete renouvele. Le montant sera preleve sous 24 heures.', 'Pour annuler, appelez le +33 1 55 55 01 88'], []],
  ['es, no autorizo esta compra', 'Diego Ramos <diegoramos.factura@gmail.com>', 'Factura 55190', 'Hola, adjunto su factura.',
    ['Factura 55190', 'Producto: Antivirus Total Security, 2 anos', 'Importe: 329,99 EUR', 'Si no autorizo esta compra, llame al +34 91 555 01 99 para cancelar el pedido.'], []],
  ['pt, nao reconhece a compra', 'Carla Nunes <carlanunes.fatura@gmail.com>', 'Fatura 33817', 'Olá, segue a sua fatura em anexo.',
    ['Fatura 33817', 'Produto: Protecao Total Antivirus, 1 ano', 'Valor: R$ 1.249,00', 'Se nao reconhece esta compra, ligue para 0800 555 0177 para cancelar e receber o reembolso.'], []],
  ['en, the number only as the PDF\'s tel: link', 'Mark Daniels <markdaniels.orders@outlook.com>', 'Order 88412', 'Your order confirmation is attached.',
    ['Order 88412', 'Norton 360 Premium, 5 devices', 'Total: $449.99', 'If you did not authorize this purchase, call our billing desk now.'], [{ uri: 'tel:+18775550163', rect: [56, 600, 300, 620] }]],
];
for (const [kind, from, subject, body, lines, links] of LURES) {
  test(`callback charge in a PDF (${kind}) → ATTACH_DOCUMENT_CALLBACK_CHARGE_STRANGER, phishing`, async () => {
    const r = await scan([`From: ${from}`, `Subject: ${subject}`], body, pdf(lines, links));
    assert.ok(ids(r).includes('ATTACH_DOCUMENT_CALLBACK_CHARGE') && ids(r).includes('ATTACH_DOCUMENT_CALLBACK_CHARGE_STRANGER'), ids(r).join(', '));
    assert.equal(r.verdict, 'phishing', `${r.score}: ${ids(r).join(', ')}`);
  });
}

const INVOICE = ['Example Software GmbH', 'Invoice 2025-0714', 'Example Backup Personal, 12 months: EUR 39.00', 'Your subscription renews on 14 July 2026.',
  'If you did not authorize this purchase, call us on +49 30 1234 5678.'];
/** [why, headers, body, PDF]: none may raise the reading. */
const MUST_NOT: [string, string[], string, Buffer][] = [
  ["a vendor's PDF invoice that points to its portal", ['From: Example Software <billing@example-software.example>', 'Subject: Your invoice 2025-0714'], 'Hello, your invoice is attached.',
    pdf([...INVOICE, 'Manage or cancel your subscription at https://account.example-software.example'])],
  ['the same invoice with the portal linked in the body', ['From: Example Software <billing@example-software.example>', 'Subject: Your invoice 2025-0714'], 'Hello, your invoice is attached. Your account: https://account.example-software.example',
    pdf(INVOICE)],
  ['a hotel booking: a sum and a number, no charge disowned', ['From: Hotel Seeblick <info.hotelseeblick@gmail.com>', 'Subject: Buchungsbestaetigung'], 'Guten Tag, anbei Ihre Buchungsbestätigung.',
    pdf(['Hotel Seeblick', 'Buchung 4471, 12.-14. Juli', 'Gesamtpreis: 240,00 EUR', 'Fragen? Rufen Sie uns an: +49 8821 5555 01'])],
  ["a bank's warning that describes the fake invoice", ['From: Example Bank <security@examplebank.example>', 'Subject: Fake invoices'], 'Please read the attached notice.',
    pdf(['Beware of fake invoices', 'Scammers send a PDF invoice for $499.99 that says: if you did not authorize this purchase, call +1 (877) 555-0163.', 'This is a scam: do not call the number.'])],
];
for (const [why, headers, body, file] of MUST_NOT) {
  test(`callback charge in a PDF must not: ${why}`, async () => {
    const r = await scan(headers, body, file);
    assert.deepEqual(ids(r).filter((id) => id.startsWith('ATTACH_DOCUMENT_CALLBACK_CHARGE')), [], ids(r).join(', '));
    assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

test("callback charge in a PDF: from the vendor's authenticated domain, the finding alone and clean", async () => {
  const r = await scan(['From: Example Software <billing@example-software.example>', 'Subject: Your invoice 2025-0714', ...dmarcPass('example-software.example')], 'Hello, your invoice is attached.', pdf(INVOICE));
  assert.ok(ids(r).includes('ATTACH_DOCUMENT_CALLBACK_CHARGE'), ids(r).join(', '));
  assert.ok(!ids(r).includes('ATTACH_DOCUMENT_CALLBACK_CHARGE_STRANGER'), ids(r).join(', '));
  assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
});
