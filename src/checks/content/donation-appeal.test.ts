import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { donationAppeal } from './donation-appeal.js';

/**
 * Session 52 (issue 17, helper scam52): the fake appeal paid to an account (donation-appeal.ts, CONTENT_DONATION_APPEAL and the
 * composite CONTENT_DONATION_APPEAL_STRANGER). End to end with the classifier off; letters written for the test, from free
 * mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'donation-appeal.test', raw: mail(from, subject, body, auth) });

/** [language, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en', 'Flood Victims Aid <floodvictims.aid2026@gmail.com>', 'Help the flood victims', 'Whole villages are under water and families sleep outside.\n\nPlease make a donation by bank transfer; reply and we will send the account details.'],
  ['de', 'Kinderhilfe Ukraine <kinderhilfe.ua.spenden@gmx.de>', 'Bitte helfen Sie', 'Die Kinder im Osten haben kein Essen und keine Medikamente.\n\nIhre Spende kommt direkt an: IBAN DE12 3704 0044 0532 0130 00.'],
  ['fr', 'Solidarité Séisme <solidarite.seisme@yahoo.fr>', 'Appel', "Après le séisme, des familles n'ont plus rien.\n\nFaites un don par virement, nous vous enverrons notre RIB."],
  ['es', 'Ayuda Terremoto <ayuda.terremoto2026@hotmail.com>', 'Ayuda urgente', 'Tras el terremoto miles de familias lo han perdido todo.\n\nEnvíe su donación por PayPal a ayuda.terremoto2026@hotmail.com.'],
  ['pt', 'Ajuda Enchentes <ajuda.enchentes.rs@gmail.com>', 'Doe agora', 'As enchentes deixaram milhares de famílias sem casa.\n\nFaça sua doação via Pix para a chave ajuda.enchentes.rs@gmail.com.'],
  ['it', 'Aiuto Alluvione <aiuto.alluvione.it@libero.it>', 'Aiutateci', "L'alluvione ha distrutto le case di molte famiglie.\n\nFate una donazione con bonifico sul conto che vi invieremo."],
  ['nl', 'Hulp Aardbeving <hulp.aardbeving@outlook.com>', 'Help nu', 'Na de aardbeving hebben gezinnen niets meer.\n\nDoneer via overschrijving, wij sturen u het rekeningnummer.'],
  ['ja', '被災地支援 <hisaichi.shien2026@gmail.com>', '義援金のお願い', '地震で多くの家族が家を失いました。\n\n義援金は下記の口座にお振込みください。'],
  // Session 60: the reader's own bank named beside the appeal's written account stays an appeal (the account number is the sender's).
  ['en: "from your bank account to IBAN …"', 'Flood Relief <flood.relief.help@gmail.com>', 'Please help', 'The flood took everything from hundreds of families.\n\nPlease send your donation from your bank account to IBAN GB29 NWBK 6016 1331 9268 19'],
  ['pt: "faça sua doação via Pix" (the appeal\'s key, not the reader\'s)', 'Ajuda Enchentes <ajuda.enchentes.sul@gmail.com>', 'Doe agora', 'As enchentes deixaram milhares de famílias sem casa.\n\nFaça sua doação via Pix para a chave ajuda.enchentes.sul@gmail.com.'],
];
for (const [lang, from, subject, text] of LURES) {
  test(`donation appeal (${lang}) → CONTENT_DONATION_APPEAL_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_DONATION_APPEAL_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain]: none may raise CONTENT_DONATION_APPEAL. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["a charity's newsletter linking to its donation page, its IBAN beside it", 'Rotes Kreuz <newsletter@redcross.example.org>', 'Unsere Hilfe im Erdbebengebiet', html('Dank Ihrer Spende konnten wir 2.000 Familien versorgen. <a href="https://redcross.example.org/spenden">Jetzt spenden</a> oder per Überweisung: IBAN DE00 1234 5678 9012 3456 78.'), 'redcross.example.org'],
  ['a donation receipt: no account to send to', 'Charity <receipts@charity.example.org>', 'Thank you', html('Thank you for your donation of 50 euros. This letter is your receipt for the tax office.'), 'charity.example.org'],
  ['a warning about fake appeals', 'Police <info@police.example.gov>', 'Fake appeals', html('After the earthquake, fraudsters ask for donations by bank transfer or PayPal. This is a scam: give only through known charities.'), 'police.example.gov'],
  // Session 60 (draw17d): a friend's money *to* the reader — a gift passed on, a bill split, a loan paid back — asks for the reader's
  // own account, from free mail with no link (session 59's lead: the school-fair letter scored 6.3, spam).
  ['en: a friend giving to the school fair through the reader, asking for her IBAN', 'Ben <ben.ward.77@gmail.com>', 'school fair', html('I want to donate 50 euros to the school fair through you, as I cannot come. Reply with your IBAN and I will send it tonight.'), ''],
  ['de: the same, "schick mir deine IBAN"', 'Ben <ben.ward.77@gmail.com>', 'Schulfest', html('Ich spende 50 Euro für das Schulfest über dich, weil ich nicht kommen kann. Schick mir deine IBAN, dann überweise ich es dir heute Abend.'), ''],
  ['en: a collection for a colleague, "what are your bank details"', 'Tom <tom.h@outlook.com>', 'collection for Sarah', html("We are collecting for Sarah's leaving present; I will make a donation of 20 pounds. What are your bank details so I can transfer it?"), ''],
  ['fr: a share of a gift, "envoie-moi ton RIB"', 'Marc <marc.dupont@yahoo.fr>', 'cadeau', html("Pour le cadeau de Julie je fais un don de 30 euros. Envoie-moi ton RIB et je te fais un virement demain."), ''],
  ['pt: a school raffle through the reader, "me manda sua chave Pix"', 'Joana <joana.s@gmail.com>', 'rifa', html('Quero fazer uma doação de 30 reais para a rifa da escola através de você. Me manda sua chave Pix que eu transfiro hoje.'), ''],
  ['nl: a gift to the club through the reader, "stuur je rekeningnummer"', 'Sanne <sanne.devries@outlook.com>', 'club', html('Ik doneer 25 euro aan de voetbalclub via jou, ik kan zaterdag niet komen. Stuur je rekeningnummer, dan maak ik het over.'), ''],
  ['es: a share of a farewell gift, "pásame tu IBAN"', 'Lucia <lucia.g@hotmail.com>', 'despedida', html('Para la despedida de Carlos hago una donación de 20 euros. Pásame tu IBAN y te hago la transferencia.'), ''],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`donation appeal must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_DONATION_APPEAL'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'donation iban '.repeat(n / 14)}` }), (m) => {
    donationAppeal(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
