import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { mulberry32 } from '../../classifier/logistic.js';
import { chatAppOffer, WEB_IN_TEXT, webAddressInText } from './chat-app-offer.js';

/**
 * Session 52 (issue 17, helper scam52): money offered with the answer on a chat app (chat-app-offer.ts, CONTENT_CHAT_APP_OFFER
 * and the composite CONTENT_CHAT_APP_OFFER_STRANGER). End to end with the classifier off; letters written for the test, plain
 * paragraphs from free mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'chat-app-offer.test', raw: mail(from, subject, body, auth) });

/** [kind, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en mentor', 'Grace <grace.liu.fx@gmail.com>', 'hello', 'Hi, I am Grace. My aunt works as an analyst and I follow her gold trading plan, the profits are steady every week.\n\nI can teach you if you want. My WhatsApp is +1 646 555 0143.'],
  ['de side job', 'Jobs Team <jobteam.online@gmx.de>', 'Nebenverdienst', 'Einfacher Nebenverdienst: Sie folgen Kanälen und bewerten Videos, 80 bis 250 Euro pro Tag.\n\nMelden Sie sich bei Telegram: @anna_jobs_de'],
  ['es lender', 'Credito Rapido <creditorapido.es@hotmail.com>', 'dinero urgente', '¿Necesita dinero? Damos préstamos rápidos a todas las personas.\n\nEscríbanos por WhatsApp 0034 611 902 347.'],
  ['fr task', 'Equipe RH <equipe.rh.mission@outlook.fr>', 'Mission simple', 'Mission simple sur votre téléphone : noter des hôtels, vous gagnez entre 60 et 300 € par jour.\n\nAjoutez notre responsable sur WhatsApp : +33 6 44 12 90 31'],
  ['pt investment', 'Mariana <mariana.invest.br@gmail.com>', 'oi', 'Oi! Tenho um grupo de investimentos com sinais diários, os lucros são ótimos.\n\nMe chama no Telegram: @mariana_sinais'],
  ['it earnings', 'Lavoro Facile <lavorofacile.casa@libero.it>', 'Lavoro da casa', 'Lavoro da casa con il cellulare, guadagni fino a 200 euro al giorno.\n\nScrivici su WhatsApp al numero +39 351 228 4471.'],
  ['nl loan', 'Snelle Lening <snellelening.nl@outlook.com>', 'geld nodig?', 'Snel een lening nodig zonder gedoe?\n\nStuur ons een bericht via WhatsApp: +31 6 29 81 44 03.'],
  ['ja side job', '副業案内 <fukugyou.annai@gmail.com>', '在宅ワーク', 'スマホだけでできる在宅ワークです。報酬は1日1万円以上。\n\nLINEのIDはwork2288です。'],
  // A percentage made, returns (session 52's later probe sets).
  ['en percentage made', 'Ivy <ivy.wong.hk@gmail.com>', 'hi', 'I do BTC contracts with a small team, we made 30% last month. My Telegram is @ivy_wong88 if you want to learn.'],
  ['de returns', 'Mia <mia.zhao.de@gmail.com>', 'Hallo', 'Ich investiere mit einem Analysten in Gold, jeden Monat gute Renditen. Schreib mir bei Telegram @mia_gold_de'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`chat-app offer (${kind}) → CONTENT_CHAT_APP_OFFER_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_CHAT_APP_OFFER_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain]: none may raise CONTENT_CHAT_APP_OFFER. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['a company job advert linking to its own page, WhatsApp for questions', 'Careers <jobs@logistik.example.de>', 'Stellenangebot', html('Wir suchen Fahrer in Teilzeit, Gehalt 2.400 Euro. Bewerbung: <a href="https://logistik.example.de/jobs">Jetzt bewerben</a>. Fragen per WhatsApp: +49 170 1234567'), 'logistik.example.de'],
  ['a friend selling a bike: a price, no earnings', 'Jonas <jonas.weber88@gmail.com>', 'Fahrrad', html('Ich verkaufe mein altes Fahrrad für 150 Euro. Bei Interesse schreib mir auf WhatsApp: 0176 2233 4455'), ''],
  ['a bank warning about chat-app job scams', 'Bank <security@bank.example.com>', 'Job scams', html('Scammers offer easy jobs, earn 300 a day, and ask you to contact them on WhatsApp +44 7700 900123. This is a scam: never reply.'), 'bank.example.com'],
  ['a help line in a loan letter is no LINE', 'Lender <loans@lender.example.com>', 'Your loan', html('Your loan statement is ready. Questions? Our help line 0800 123 4567 is open daily.'), 'lender.example.com'],
  ['a charity newsletter with a WhatsApp channel and its own donation page', 'Charity <news@charity.example.org>', 'News', html('Thanks to your donations we opened a school. Follow our WhatsApp channel +44 20 7946 0000 and <a href="https://charity.example.org/give">give</a>.'), 'charity.example.org'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`chat-app offer must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_CHAT_APP_OFFER'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ from: 'x@gmail.com', subject: 'x', text: `whatsapp ${'+4 9 '.repeat(n / 5)} earn ${'telegram @'.repeat(n / 10)}` }), (m) => {
    chatAppOffer(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});

test('webAddressInText: the same answer as WEB_IN_TEXT on seeded texts (addresses, chat links, ſ, word characters before them)', () => {
  const PIECES = ['http://', 'https://', 'HTTPS://', 'httpſ://', 'htp://', 'xhttp://', '://', 'www.', 'WWW.', 'wwww.', 'a.www.', '@www.', 'éwww.', 'wa.me/', 't.me/', 'line.me/', 'chat.whatsapp.com/', 'example.com/', ' ', ' ', '\n', 'a', '1', '.', '@', 'ſ', 'é', '_', '/', 'http', 's'];
  const r = mulberry32(5252);
  let found = 0;
  for (let n = 0; n < 20_000; n++) {
    let t = '';
    const parts = 1 + Math.floor(r() * 8);
    for (let k = 0; k < parts; k++) t += PIECES[Math.floor(r() * PIECES.length)]!;
    const expected = WEB_IN_TEXT.test(t);
    if (expected) found++;
    assert.equal(webAddressInText(t), expected, JSON.stringify(t));
  }
  assert.ok(found > 2_000 && found < 18_000, `found ${found}`);
});
