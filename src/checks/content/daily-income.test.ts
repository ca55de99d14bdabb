import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { dmarcPass, ids, scanner, textMail } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { dailyIncome } from './daily-income.js';
import { buildMessage } from './fixtures/message.js';

/**
 * Session 54 (issue 17, helper draw54d): a sum promised to the reader by the day or the week (daily-income.ts,
 * CONTENT_DAILY_INCOME_PROMISED). Letters written for the test; the first is the contact-form relay of design 113.
 */
const FORM = (message: string): string => `Name: Robertnag\nE-mail: robert.n@example.net\nMessage:\n${message}\n\n--\nThis e-mail was sent from a contact form on Blue Bakery (https://bakery.example)`;

/** [kind, text]: each must raise the finding. */
const LURES: [string, string][] = [
  ['en card, contact form', FORM('TRANSFERS TO YOUR CARD FROM $3000 (3000 EUR) PER DAY >>> http://news-4356.example.com/go <<<')],
  ['en ATM letter', 'Good day. Between today and the end of the month you will be receiving the sum of $4000 dollars per day through our agent.'],
  ['en earn', 'Join today: you can earn $850 a day from home with our app, no experience needed.'],
  ['de', 'Mit unserem System können Sie jeden Tag Geld verdienen: Sie werden bis zu 1.200 Euro täglich erhalten.'],
  ['fr', 'Inscrivez-vous : vous pouvez gagner 500 € par jour depuis chez vous.'],
  ['es', 'Con nuestra plataforma usted puede ganar hasta 400 € al día sin experiencia.'],
  ['pt', 'Com o nosso robô você pode ganhar R$ 1.500 por dia sem sair de casa.'],
  // Session 56: the card in Portuguese, which only TO_READER's '(no|para o) seu cartao' reads (it is no dead alternative).
  ['pt card, contact form', FORM('TRANSFERÊNCIAS PARA O SEU CARTÃO DE R$ 3000 POR DIA >>> http://news-4356.example.com/go <<<')],
  ['pt card, weekly', 'Depósitos no seu cartão de crédito de R$ 2.500 por semana, automaticamente.'],
  // Session 57: the account the money goes to ("para a sua conta", "para sua conta", "em sua conta"), which only 'na sua conta' read.
  ['pt account, to', 'Transferências para a sua conta de R$ 2.000 por dia, sem sair de casa.'],
  ['pt account, to, no article', 'Depósitos automáticos para sua conta de R$ 900 por dia com o nosso robô.'],
  ['pt wallet, in', 'Receba em sua carteira R$ 1.200 por semana, automaticamente.'],
  ['en unlimited (no limit word)', 'Unlimited income: you will receive $500 per day on autopilot.'],
  ['it', 'Con il nostro metodo puoi guadagnare 300 € al giorno da casa.'],
  ['nl', 'Met ons systeem kunt u elke dag geld verdienen: u kunt tot 900 euro per dag ontvangen? Ja, u kunt € 900 per dag verdienen.'],
  ['en wallet weekly', 'Transfers to your wallet of $2,500 every week, automatically.'],
  // Session 58 (scam58): the one-line pitch as an order, with what the money is earned with in the sentence; "a la semana".
  ['en order, crypto', 'Start earning $1,800 a day with our automated crypto trading app: https://forms.example/x'],
  ['es order, a la semana', 'Gane hasta 2.000 euros a la semana invirtiendo en bitcoin desde casa.'],
  ['fr order', 'Gagnez 600 € par jour grâce au trading automatique de cryptomonnaies.'],
  ['it order', 'Guadagna fino a 400 € al giorno con il trading di criptovalute.'],
  ['pt order', 'Ganhe até R$ 2.000 por dia investindo em bitcoin.'],
];
for (const [kind, text] of LURES) {
  test(`daily income (${kind}) → CONTENT_DAILY_INCOME_PROMISED`, async () => {
    const r = await scanner.scan({ source: 'daily-income.test', raw: textMail(['From: Offer <offer@mailer.example.net>', 'To: reader@mailbox.example', 'Subject: Hello'], text) });
    assert.ok(ids(r).includes('CONTENT_DAILY_INCOME_PROMISED'), `${kind}: ${ids(r).join(', ')}`);
  });
}

/** [why, headers, text]: none may raise the finding. */
const MUST_NOT: [string, string[], string][] = [
  ['a car hire price per day', ['From: Rentals <booking@rentals.example>', 'Subject: Your booking'], 'Your compact car costs $30 per day; the total of $210 will be charged to your card at pick-up.'],
  ["an ATM's daily limit", ['From: Bank <notice@bank.example>', 'Subject: Your new card'], 'With your new card you can withdraw up to $500 per day at any ATM.'],
  ['a hotel rate', ['From: Hotel <stay@hotel.example>', 'Subject: Reservation'], 'The room rate is 120 € per day, breakfast included, to be paid at the desk.'],
  ['an employer\'s list mail about day rates', ['From: Jobs <jobs@staffing.example>', 'Subject: New shifts', 'List-Id: <shifts.staffing.example>', 'List-Unsubscribe: <https://staffing.example/u>'], 'This week you can earn $180 per day on weekend shifts at the harbour warehouse.'],
  ['a monthly salary', ['From: HR <hr@company.example>', 'Subject: Offer'], 'You will receive $4,000 per month, paid on the last working day.'],
  ['a per-day fee charged, not paid', ['From: Library <lib@city.example>', 'Subject: Overdue'], 'A fee of $0.25 per day is added to your account for each overdue book.'],
  // Session 57: the Portuguese account as the way a charge or a limit goes, not money coming to the reader.
  ['pt: a hire charged to the account by the day', ['From: Locadora <reservas@locadora.example>', 'Subject: Sua reserva'], 'O aluguel de R$ 150 por dia será debitado em sua conta na retirada do carro.'],
  // … and a limit to the account by the day, in any language, is a ceiling (each read as the lure before session 57).
  ['pt: a transfer limit', ['From: Banco <aviso@banco.example>', 'Subject: Novo limite'], 'O limite de transferência para a sua conta poupança é de R$ 5.000 por dia.'],
  ['en: a transfer limit', ['From: Bank <notice@bank.example>', 'Subject: Your limits'], 'From Monday the transfer limit to your account is $5,000 per day.'],
  ['de: a transfer limit (a compound)', ['From: Bank <info@bank.example>', 'Subject: Ihr Limit'], 'Das Überweisungslimit auf Ihr Konto beträgt ab Montag 5.000 € pro Tag.'],
  ['fr: a transfer ceiling', ['From: Banque <info@banque.example>', 'Subject: Plafonds'], 'Le plafond de virement sur votre compte est de 5 000 € par jour.'],
  // Session 58: the order to earn by the day without what it is earned with is a gig platform's advert.
  ['a delivery platform\'s order to earn by the week', ['From: Rides <drive@rides.example>', 'Subject: Drive with us'], 'Earn up to $300 a week driving in your free time. Sign up in the app.'],
  ['a friend on what the trader earns', ['From: Leo <leo.martins.90@gmail.com>', 'Subject: that job'], 'My cousin says the traders at his bank earn $900 a day in bonuses, crazy.'],
];
for (const [why, headers, text] of MUST_NOT) {
  test(`daily income must not: ${why}`, async () => {
    const r = await scanner.scan({ source: 'daily-income.test', raw: textMail([...headers, 'To: reader@mailbox.example'], text) });
    assert.ok(!ids(r).includes('CONTENT_DAILY_INCOME_PROMISED'), `${why}: ${ids(r).join(', ')}`);
  });
}

test('a text warning about the scheme is not the lure', () => {
  const m = buildMessage({ subject: 'Security tips', text: 'Beware of scammers: no one will transfer to your card $3000 per day. Never trust such promises, it is a scam.' });
  assert.equal(dailyIncome(m), null);
});

test('the lure from a DMARC-passing sender is still read (the site relays the form)', async () => {
  const raw = textMail(['From: Blue Bakery <wordpress@bakery.example>', 'To: owner@bakery.example', 'Subject: Blue Bakery "[your-subject]"', ...dmarcPass('bakery.example')], FORM('TRANSFERS TO YOUR CARD FROM $3000 PER DAY >>> http://news-4356.example.com/go'));
  const r = await scanner.scan({ source: 'daily-income.test', raw });
  assert.ok(ids(r).includes('CONTENT_DAILY_INCOME_PROMISED'), ids(r).join(', '));
});

test('corpus rows (design only): the contact-form relay of design 113 is flagged', async (t) => {
  await assertCorpusRows(t, scanner, [{ file: 'sample-113.eml', expected: ['CONTENT_DAILY_INCOME_PROMISED'], forbidden: [], verdict: 'spam', why: 'design scam, draw 11: "TRANSFERS TO YOUR CARD FROM $3000 PER DAY" through a WordPress contact form' }]);
});

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `$1 day ${'to your card '.repeat(n / 13)}` }), (m) => {
    dailyIncome(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
