import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, textMail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { refundByReply } from './refund-by-reply.js';

/**
 * Session 62 (issue 17 item 6, helper scam63): the fake refund taken by reply (refund-by-reply.ts, CONTENT_REFUND_BY_REPLY and its
 * _STRANGER composite). End to end with the classifier off; letters written for the test (en de fr es pt nl), plain text, no
 * links. Must-not rows: a landlord returning a deposit (no entitlement phrase), a tax office's notice with its link, a bank's
 * warning that such details are never asked, a consumer warning; a shop's own authenticated refund reads the finding alone.
 */
const scan = (from: string, subject: string, text: string, extra: string[] = []) =>
  trusted.scan({ source: 'refund-by-reply.test', raw: textMail([`From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, ...extra], text) });

/** [language, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, charged twice, routing number', 'Refund Department <refund.dept.2025@outlook.com>', 'Your refund of $489.00', 'Dear customer, we charged you twice for your annual subscription. You are entitled to a refund of $489.00. To process your refund please reply with your full name, bank name, account number and routing number.'],
  ['de, Rückerstattung, IBAN per Antwort', 'Erstattungsabteilung <erstattung.abteilung@gmx.de>', 'Ihre Rückerstattung', 'Sehr geehrter Kunde, wir haben Ihnen Ihr Jahresabonnement doppelt berechnet. Ihnen steht eine Rückerstattung von 389,00 € zu. Bitte antworten Sie mit Ihrem vollständigen Namen, Ihrer Bank und Ihrer IBAN.'],
  ['fr, remboursement, IBAN', 'Service Remboursement <remboursement.service@outlook.fr>', 'Votre remboursement', 'Cher client, votre abonnement annuel a été débité deux fois. Vous avez droit à un remboursement de 289,00 €. Merci de répondre avec votre nom complet, le nom de votre banque et votre IBAN.'],
  ['es, reembolso, número de cuenta', 'Departamento de Reembolsos <reembolsos.dpto@gmail.com>', 'Su reembolso', 'Estimado cliente, le cobramos dos veces su suscripción anual. Tiene derecho a un reembolso de 289,00 €. Para procesarlo responda con su nombre completo, el nombre de su banco y su número de cuenta.'],
  ['pt, reembolso, IBAN', 'Departamento de Reembolso <reembolso.depto@gmail.com>', 'O seu reembolso', 'Caro cliente, a sua assinatura anual foi cobrada duas vezes. Tem direito a um reembolso de 289,00 €. Para o processar responda com o seu nome completo, o nome do seu banco e o seu IBAN.'],
  ['nl, terugbetaling, rekeningnummer', 'Afdeling Terugbetalingen <terugbetaling.afdeling@gmail.com>', 'Uw terugbetaling', 'Beste klant, wij hebben uw jaarabonnement twee keer afgeschreven. U heeft recht op een terugbetaling van € 289,00. Stuur ons uw volledige naam en uw rekeningnummer zodat wij het bedrag kunnen overmaken.'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`refund by reply (${kind}) → CONTENT_REFUND_BY_REPLY_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, text);
    assert.ok(ids(r).includes('CONTENT_REFUND_BY_REPLY_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, text, authenticated domain ('' for none)]: none may raise the reading. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['a landlord returning the deposit (no entitlement phrase)', 'Peter Lang <peter.lang.55@gmail.com>', 'Kaution', 'Hallo Anna, die Wohnung ist in Ordnung. Ich überweise dir die Kaution zurück, schick mir bitte deine IBAN.', ''],
  ["a tax office's notice with its link", 'Tax Office <notices@tax.example.gov>', 'Your tax refund', 'You are entitled to a refund of $310.00. Sign in at https://tax.example.gov/account to confirm your bank account details.', 'tax.example.gov'],
  ["a bank's note that such details are never asked", 'Your Bank <service@bank.example>', 'Refunds', 'If you are entitled to a refund, it is paid to your account automatically. We will never ask you to reply with your account number or IBAN.', 'bank.example'],
  ['a consumer warning about the scheme', 'Consumer Alert <alerts@consumer.example.gov>', 'Fake refund e-mails', 'Scam e-mails say "you are entitled to a refund, reply with your account number and routing number". This is a scam: do not reply.', 'consumer.example.gov'],
];
for (const [why, from, subject, text, auth] of MUST_NOT) {
  test(`refund by reply must not: ${why}`, async () => {
    const r = await scan(from, subject, text, auth ? dmarcPass(auth) : []);
    assert.deepEqual(ids(r).filter((id) => id.startsWith('CONTENT_REFUND_BY_REPLY')), [], ids(r).join(', '));
  });
}

test("refund by reply: a shop's own authenticated refund note reads the finding alone, not flagged", async () => {
  const r = await scan('Kundenservice <service@shop.example.de>', 'Ihre Rückerstattung', 'Ihnen steht eine Rückerstattung von 19,90 € zu. Da Sie per Rechnung bezahlt haben, antworten Sie uns bitte mit Ihrer IBAN.', dmarcPass('shop.example.de'));
  assert.ok(ids(r).includes('CONTENT_REFUND_BY_REPLY'), ids(r).join(', '));
  assert.ok(!ids(r).includes('CONTENT_REFUND_BY_REPLY_STRANGER'), ids(r).join(', '));
  assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
});

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'you are entitled to a refund reply with your iban send '.repeat(n / 55)}` }), (m) => {
    refundByReply(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
