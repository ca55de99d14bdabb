import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { allowanceOffer } from './allowance-offer.js';

/**
 * Session 58 (issue 17 item 6, helper scam58): the "sugar daddy" allowance (allowance-offer.ts, CONTENT_ALLOWANCE_OFFER and the
 * composite CONTENT_ALLOWANCE_OFFER_STRANGER). End to end with the classifier off; letters written for the test (other words
 * than scam-variants' rows), from free mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'allowance-offer.test', raw: mail(from, subject, body, auth) });

/** [language, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, a monthly allowance', 'James <james.wealthy.sd@gmail.com>', 'Be my sugar baby', 'I travel a lot and I am looking for a sugar baby to spoil.\n\nYour allowance will be $4,000 a month. Send me your bank details and I will make the first payment.'],
  ['de, Taschengeld jeden Monat', 'Thomas <thomas.sd.hamburg@gmx.de>', 'Sugar Daddy sucht dich', 'Ich bin ein vielbeschäftigter Sugar Daddy und möchte dich verwöhnen.\n\nDein Taschengeld: 3.000 Euro im Monat. Schick mir deine Bankdaten.'],
  ['fr, une allocation', 'Pierre <pierre.sd.paris@yahoo.fr>', 'Sugar daddy', 'Je cherche une sugar baby à gâter.\n\nAllocation de 800 euros par semaine : envoie-moi le nom de ta banque et ton numéro.'],
  ['es, una mesada', 'Carlos <carlos.sd.madrid@hotmail.com>', 'Sugar daddy busca', 'Soy un sugar daddy y quiero mimarte.\n\nTu mesada será de 900 euros a la semana. Envíame tus datos bancarios.'],
  ['pt, mesada mensal', 'Roberto <roberto.sd.rio@gmail.com>', 'Procuro uma sugar baby', 'Sou um sugar daddy e quero te mimar.\n\nSua mesada será de R$ 5.000 por mês. Me mande os dados bancários.'],
  ['it, una paghetta', 'Marco <marco.sd.milano@libero.it>', 'Cerco una sugar baby', 'Sono un sugar daddy e voglio viziarti.\n\nLa tua paghetta sarà di 700 euro a settimana. Mandami le coordinate bancarie.'],
  ['nl, zakgeld per maand', 'Jan <jan.sd.amsterdam@outlook.com>', 'Sugar daddy zoekt', 'Ik ben een sugar daddy en wil je verwennen.\n\nJe zakgeld is 2.500 euro per maand. Stuur me je bankgegevens.'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`allowance offer (${kind}) → CONTENT_ALLOWANCE_OFFER_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_ALLOWANCE_OFFER_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain ('' for none)]: none may raise CONTENT_ALLOWANCE_OFFER. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["a parent's weekly allowance to the child's bank account", 'Dad <jose.silva.1961@gmail.com>', 'allowance', html('I will send your weekly allowance of 50 euros to your bank account on Friday as usual. Love, Dad'), ''],
  ['a dating site\'s newsletter with its own page', 'SugarMatch <news@sugarmatch.example>', 'New sugar daddies near you', html('Meet a sugar daddy who will spoil you. Members agree an allowance of $1,000 a month. <a href="https://sugarmatch.example/join">Join now</a>; we never ask for your bank details.'), 'sugarmatch.example'],
  ['a spa offer that spoils the reader (no allowance)', 'Spa Hotel <offers@spahotel.example>', 'Verwöhnen Sie sich', html('Lassen Sie sich verwöhnen: Wellness-Wochenende für 299 Euro. Zahlung vor Ort mit Karte.'), 'spahotel.example'],
  ['a police warning about sugar daddy scams', 'Police <info@police.example.gov>', 'Sugar daddy scams', html('Scammers pose as a sugar daddy, promise an allowance of $1,000 a week and ask for your bank details. This is a scam: do not reply.'), 'police.example.gov'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`allowance offer must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_ALLOWANCE_OFFER'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'sugar baby allowance $5 your bank spoil '.repeat(n / 40)}` }), (m) => {
    allowanceOffer(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
