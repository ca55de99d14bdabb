import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { prng } from '../../test-support/campaign-corpus.js';
import { compareSplitOnSamples } from '../../test-support/pattern-sample.js';
import { wordStartAlternatives } from '../../mail/word-start.js';
import { loanOffer, OFFER, OFFER_PARTS, offerWritten } from './loan-offer.js';

/**
 * Session 52 (issue 17, helper scam52): the private lender (loan-offer.ts, CONTENT_LOAN_OFFER and the composite
 * CONTENT_LOAN_OFFER_STRANGER). End to end with the classifier off; letters written for the test, from free mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'loan-offer.test', raw: mail(from, subject, body, auth) });

/** [language, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en', 'Mr. Daniel Brooks <danielbrooks.funds@gmail.com>', 'Financial help', 'Are you in need of money? I am a legitimate lender and I can give you a loan at 2% interest.\n\nWrite back with the amount you need.'],
  ['de', 'Sabine Kraus <sabine.kraus.privat@web.de>', 'Geld leihen', 'Ich verleihe privat Geld an ehrliche Menschen, Beträge von 2.000 bis 80.000 Euro.\n\nAntworten Sie mir mit dem Betrag.'],
  ['fr', 'Mme Sophie Laurent <sophie.laurent.finance@orange.fr>', 'Besoin de financement ?', "Je propose un prêt d'argent rapide et sérieux à toute personne, sans justificatif.\n\nÉcrivez-moi."],
  ['es', 'Sra. Marta Gil <martagil.finanzas@yahoo.es>', 'Ayuda financiera', 'Ofrecemos préstamos personales de 3.000 a 150.000 euros a un interés del 3%.\n\nEscríbame si le interesa.'],
  ['pt', 'Sr. João Costa <joaocosta.financeiro@gmail.com>', 'Crédito', 'Sou credor particular e concedo empréstimos com juros de 2% ao ano.\n\nResponda com o valor desejado.'],
  ['it', 'Sig.ra Anna Conti <annaconti.finanza@libero.it>', 'Finanziamento', 'Offro prestiti a privati e aziende al tasso del 3%, senza garanzie.\n\nMi scriva per informazioni.'],
  ['nl', 'Mevr. Eva de Boer <evadeboer.financiering@outlook.com>', 'Financiering', 'Wij bieden snel leningen aan particulieren, van 1.000 tot 100.000 euro.\n\nStuur mij een e-mail.'],
  ['ja', '個人融資 <kojin.yushi.jp@gmail.com>', 'ご融資のご案内', '個人融資いたします。金利2%、審査なし。\n\nご希望の金額をご返信ください。'],
  // The money put at the reader's disposal, funding offered (session 52's later probe sets).
  ['it disposal', 'Sig. Enzo Villa <enzovilla.privato@gmail.com>', 'Soldi', 'Sono un privato e metto a disposizione somme da 5.000 a 90.000 euro al tasso del 2%. Mi scriva.'],
  ['en funding', 'Alan Price <alanprice.capital@outlook.com>', 'Funding', "I'm offering business funding from $10,000 up to $900,000 at 3% per annum, no collateral. Reply for the form."],
];
for (const [lang, from, subject, text] of LURES) {
  test(`loan offer (${lang}): ${subject} → CONTENT_LOAN_OFFER_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_LOAN_OFFER_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain]: none may raise CONTENT_LOAN_OFFER. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["a bank's loan advert linking to its application page", 'Sparkasse <info@sparkasse.example.de>', 'Ihr Wunschkredit', html('Wir bieten Kredite von 1.000 bis 50.000 Euro ab 3,9 % effektivem Jahreszins. <a href="https://sparkasse.example.de/kredit">Jetzt beantragen</a>'), 'sparkasse.example.de'],
  ['a friend asking to borrow money', 'Lena <lena.hoffmann91@gmail.com>', 'kurze Frage', html('Kannst du mir bis Monatsende 300 Euro leihen? Ich zahle es dir sofort zurück, versprochen.'), ''],
  ["a consumer office's warning about fake private lenders", 'Consumer Office <advice@consumer.example.org>', 'Loan fraud', html('Fraudsters pose as a private lender offering loans at 2% without a credit check. This is a scam: never pay a fee in advance.'), 'consumer.example.org'],
  ['a loan statement with a rate but no offer', 'Bank <statements@bank.example.com>', 'Statement', html('Your mortgage rate stays at 3.1% this year. Your next instalment is due on 1 July.'), 'bank.example.com'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`loan offer must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_LOAN_OFFER'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `je propose ${'pret de '.repeat(n / 8)} ${'1 000 a 2 '.repeat(n / 10)} 2%` }), (m) => {
    loanOffer(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});

test('OFFER run as gated parts: the match of the one pattern it ran as (index and text), every part exercised', () => {
  const written = offerWritten();
  const letters = [
    'We are offering personal and business loans from $1,000 to $50,000 at 3% interest.',
    'Ich biete Kredite an. je propose des prets. ofrezco prestamos. ofereco emprestimos. offro prestiti. wij bieden leningen.',
    'i am a private lender; loan offer; lend money', '個人間融資', 'nothing here at all',
  ];
  for (const text of letters) {
    const a = written.exec(text);
    const b = OFFER(text);
    assert.deepEqual(b && { index: b.index, text: b[0] }, a && { index: a.index, text: a[0] }, text);
  }
  const won = compareSplitOnSamples(written, OFFER, OFFER_PARTS.map((p) => wordStartAlternatives(p.source)), prng(66), 4000);
  won.forEach((n, i) => assert.ok(n >= 20, `part ${i} gave the match ${n} times`));
});
