import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { callbackSubject } from './callback-subject.js';
import { buildMessage } from './fixtures/message.js';

/**
 * Session 64 (issue 17 item 6, helper scam65): the callback invoice drawn in a picture, its number in the subject
 * (callback-subject.ts, CONTENT_CALLBACK_SUBJECT and _STRANGER). End to end with the classifier off: the lures read 4.3–5.3 before
 * (the image lure alone) and were clean; the subjects are written for this test in en de fr es pt nl ja. Must-not rows: a friend's
 * photo with a new phone number, a shop's order confirmation in words, a restaurant's picture newsletter with its number from its
 * own authenticated domain (the finding alone, clean), a picture letter whose subject has no number.
 */
const PICTURE = '<html><body><a href="https://i.imgur.com/a8Xk2Lq.png"><img src="https://i.imgur.com/a8Xk2Lq.png" width="600"></a></body></html>';
/** A body of no words and an attached PNG (no link at all): the other shape these letters come in. */
function attachedPicture(from: string, subject: string): Uint8Array {
  const b = 'b0undary-pic';
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6e1e00000000049454e44ae426082', 'hex');
  return new TextEncoder().encode([
    'Received: from out.sender.example (out.sender.example [203.0.113.9]) by mx.reader.example; Mon, 2 Jun 2025 07:59:00 +0000',
    `From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, 'Date: Mon, 2 Jun 2025 07:58:00 +0000', 'Message-ID: <pic.1@mail.example>', 'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', '', '', `--${b}`,
    'Content-Type: image/png; name="invoice.png"', 'Content-Disposition: attachment; filename="invoice.png"', 'Content-Transfer-Encoding: base64', '', png.toString('base64'), `--${b}--`, '',
  ].join('\r\n'));
}
const enc = (v: string) => (/^[\x20-\x7e]*$/.test(v) ? v : `=?UTF-8?B?${Buffer.from(v).toString('base64')}?=`);

/** [language, sender, subject, shape]. */
const LURES: [string, string, string, 'html' | 'attached'][] = [
  ['en, order confirmed, "call … if not you"', 'Billing Dept <orders.dept4471@gmail.com>', 'Order 88120 confirmed - call +1 (888) 555-0131 if not you', 'html'],
  ['en, renewal with its sum and a support line', 'Jennifer Cole <jennifercole8812@gmail.com>', 'Norton Renewal $399.99 | Support: 1-888-555-0162', 'html'],
  ['en, invoice as an attached picture, no link', 'Accounts <inv2291@outlook.com>', 'Your Invoice INV-2291 - Helpline 1 808 555 0182', 'attached'],
  ['de, Bestellung bestätigt', 'Rechnungsstelle <rechnung.team882@gmail.com>', 'Bestellung 4471 bestätigt - Fragen? +49 30 5555 0144', 'html'],
  ['fr, facture', 'Service Client <facture.service77@gmail.com>', 'Votre facture n° 5521 - assistance +33 1 55 55 01 77', 'attached'],
  ['es, renovación', 'Soporte <renovacion.soporte@gmail.com>', 'Renovación de su suscripción: 349,99 € - llame al +34 91 555 01 77', 'html'],
  ['pt, pagamento', 'Suporte <pagamento.suporte55@gmail.com>', 'Pagamento aprovado R$ 1.249,00 - central 0800 555 0144', 'attached'],
  ['nl, betaling', 'Klantenservice <betaling.service@outlook.com>', 'Betaling € 359,99 ontvangen - bel +31 20 555 0177', 'html'],
  ['ja, ご注文', 'サポート <chuumon.support@gmail.com>', 'ご注文確認 49,800円 お問い合わせ 050-5555-0177', 'attached'],
];
for (const [kind, from, subject, shape] of LURES) {
  test(`picture invoice, number in the subject (${kind}) → CONTENT_CALLBACK_SUBJECT_STRANGER, phishing`, async () => {
    const raw = shape === 'html' ? mail(from, enc(subject), PICTURE) : attachedPicture(from, enc(subject));
    const r = await trusted.scan({ source: 'callback-subject.test', raw });
    assert.ok(ids(r).includes('CONTENT_CALLBACK_SUBJECT_STRANGER'), ids(r).join(', '));
    assert.equal(r.verdict, 'phishing', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html, authenticated domain]: none may raise the reading. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["a friend's photo with a new phone number (no charge named)", 'Tom <tom.hansen88@gmail.com>', 'my new number +44 7700 900123', '<html><body><img src="cid:photo1"></body></html>', ''],
  ["a shop's order confirmation in words, its number in the subject", 'Loja Exemplo <pedidos@lojaexemplo.example>', 'Pedido 55214 confirmado - atendimento (11) 5555-0100',
    '<html><body><img src="https://cdn.example.net/logo.png"><p>Olá Ana, obrigado pela sua compra! O seu pedido 55214 (1 cafeteira, R$ 349,90) foi confirmado e será enviado em até 2 dias úteis. Acompanhe a entrega na sua conta.</p></body></html>', ''],
  ['a picture letter whose subject names a charge but has no number', 'Billing <billing.dept99@gmail.com>', 'Your order 4471 is confirmed', PICTURE, ''],
];
for (const [why, from, subject, html, auth] of MUST_NOT) {
  test(`picture invoice must not: ${why}`, async () => {
    const r = await trusted.scan({ source: 'callback-subject.test', raw: mail(from, subject, html, auth ? dmarcPass(auth) : []) });
    assert.deepEqual(ids(r).filter((id) => id.startsWith('CONTENT_CALLBACK_SUBJECT')), [], ids(r).join(', '));
    assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

test("picture invoice: a restaurant's picture newsletter with its number, from its own authenticated domain, reads the finding alone, clean", async () => {
  const r = await trusted.scan({ source: 'callback-subject.test', raw: mail('Trattoria Roma <news@trattoria-roma.example>', 'Order your Sunday lunch: 030 5555 0123',
    '<html><body><img src="https://trattoria-roma.example/menu.jpg" width="600"></body></html>', dmarcPass('trattoria-roma.example')) });
  assert.ok(ids(r).includes('CONTENT_CALLBACK_SUBJECT'), ids(r).join(', '));
  assert.ok(!ids(r).includes('CONTENT_CALLBACK_SUBJECT_STRANGER'), ids(r).join(', '));
  assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
});

test('linear on a hostile subject: 10× the subject (up to the characters read) takes at most ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: '1 2 3 4 5 6 7 8 9 0 order '.repeat(Math.max(1, n / 24)), html: '<img src="https://i.example.net/a.png">' }), (m) => {
    callbackSubject(m);
  }, 600);
  assert.ok(growth < 40, `10× the subject took ${growth.toFixed(1)}× the CPU`);
});
