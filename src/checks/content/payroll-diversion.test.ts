import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, textMail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { payrollDiversion } from './payroll-diversion.js';

/**
 * Session 52 (issue 17, helper scam52): payroll diversion (payroll-diversion.ts, CONTENT_PAYROLL_DIVERSION and the composite
 * CONTENT_PAYROLL_DIVERSION_OUTSIDER). End to end with the classifier off; plain-text letters written for the test, to an HR or
 * payroll address.
 */
const scan = (headers: string[], text: string) => trusted.scan({ source: 'payroll-diversion.test', raw: textMail(headers, text) });

/** [language, sender, recipient, subject, text]. */
const LURES: [string, string, string, string, string][] = [
  ['en', 'Kevin Ross <kevinross.home@yahoo.com>', 'hr@harbor-foods.example.com', 'Bank update', 'Hi, I have a new bank account and want my salary to go there starting this month. What form do I need to fill?\n\nKevin'],
  ['de', 'Julia Brandt <julia.brandt.privat@gmx.de>', 'lohn@schreinerei.example.de', 'Konto', 'Hallo, ich habe die Bank gewechselt. Bitte überweisen Sie meinen Lohn künftig auf mein neues Konto, die Daten schicke ich Ihnen gleich.'],
  ['fr', 'Marc Petit <marc.petit.perso@gmail.com>', 'paie@atelier.example.fr', 'RIB', "Bonjour, j'ai une nouvelle banque et je voudrais que ma paie soit versée sur ce compte à partir de ce mois. Je vous envoie mon nouveau RIB."],
  ['es', 'Andrés Molina <andresmolina.casa@hotmail.com>', 'nominas@talleres.example.es', 'Cuenta', 'Buenas, he abierto una nueva cuenta y necesito que me paguéis el sueldo ahí a partir de ahora. ¿Qué necesitáis?'],
  ['pt', 'Beatriz Lopes <beatriz.lopes.pessoal@gmail.com>', 'rh@construtora.example.pt', 'Conta salário', 'Olá, mudei de banco e gostaria que o meu salário fosse pago na nova conta já este mês.'],
  ['it', 'Paolo Greco <paolo.greco.casa@libero.it>', 'personale@officina.example.it', 'Conto', 'Salve, ho aperto un nuovo conto e vorrei ricevere lo stipendio lì da questo mese. Cosa vi serve?'],
  ['nl', 'Daan Visser <daan.visser.thuis@gmail.com>', 'hr@bouwbedrijf.example.nl', 'Salaris', 'Hoi, ik heb een nieuwe rekening geopend. Kunnen jullie mijn salaris voortaan daarop storten?'],
  // A verb of changing beside the account, either way round (session 52's second probe set).
  ['de change', 'Tim Koch <tim.koch.home@gmx.de>', 'buero@spedition.example.de', 'Konto', 'Hallo, bitte ändern Sie meine Bankverbindung für die nächste Lohnzahlung. Die neue IBAN schicke ich gleich.'],
  ['nl change', 'Eva Smit <eva.smit.thuis@outlook.com>', 'hr@kantoor.example.nl', 'Salaris', 'Hoi, ik wil mijn rekeningnummer voor het salaris wijzigen, kan dat nog deze maand?'],
];
for (const [lang, from, to, subject, text] of LURES) {
  test(`payroll diversion (${lang}) → CONTENT_PAYROLL_DIVERSION_OUTSIDER, flagged`, async () => {
    const r = await scan([`From: ${from}`, `To: ${to}`, `Subject: ${subject}`], text);
    assert.ok(ids(r).includes('CONTENT_PAYROLL_DIVERSION_OUTSIDER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, headers, text]: none may raise CONTENT_PAYROLL_DIVERSION. */
const MUST_NOT: [string, string[], string][] = [
  ["a payroll provider's notice to the employee: \"your\" deposit, its own portal", [...dmarcPass('payroll.example.com'), 'From: Payroll Service <notices@payroll.example.com>', 'To: kevin.ross@harbor-foods.example.com', 'Subject: Direct deposit updated'], 'Your direct deposit was changed to a new account ending 4821. If you did not make this change, contact your HR department or sign in at https://payroll.example.com.'],
  ['the employee writing from the company\'s own domain', ['From: Kevin Ross <k.ross@harbor-foods.example.com>', 'To: hr@harbor-foods.example.com', 'Subject: Bank update'], 'Hi, I have a new bank account and want my salary to go there starting this month. What form do I need to fill?'],
  ['HR writing to an employee at home about the new payroll bank', ['From: HR <hr@harbor-foods.example.com>', 'To: kevinross.home@yahoo.com', 'Subject: Payroll'], 'Our company moved its payroll to a new bank. Your salary arrives as before; nothing to do on your side.'],
  ['a reply in a conversation', ['From: Kevin Ross <kevinross.home@yahoo.com>', 'To: hr@harbor-foods.example.com', 'Subject: Re: Bank update', 'In-Reply-To: <a@harbor-foods.example.com>'], 'Thanks, I filled the form; my salary can go to the new account from July.'],
];
for (const [why, headers, text] of MUST_NOT) {
  test(`payroll diversion must not: ${why}`, async () => {
    const r = await scan(headers, text);
    assert.ok(!ids(r).includes('CONTENT_PAYROLL_DIVERSION'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ from: 'x@gmail.com', subject: 'x', text: `my ${'salary payroll '.repeat(n / 15)} ${'change the '.repeat(n / 11)}` }), (m) => {
    payrollDiversion(m, new Set(['gmail.com']));
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
