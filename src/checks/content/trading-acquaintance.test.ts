import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, textMail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { tradingAcquaintance } from './trading-acquaintance.js';

/**
 * Session 62 (issue 17 item 6, helper scam63): the pig-butchering opener (trading-acquaintance.ts, CONTENT_TRADING_ACQUAINTANCE
 * and its _STRANGER composite) — a feigned acquaintance who tells of her own trading gains in figures. End to end with the
 * classifier off; letters written for the test (en de fr es pt nl; the Japanese form is investment-pitch-japanese's), plain
 * text, no links. Must-not rows take one move away each: a genuine wrong-contact note, a broker's newsletter with its link, a
 * reply in a conversation, a trade-fair contact with no gain in figures, a warning about the scheme.
 */
const scan = (from: string, subject: string, text: string, extra: string[] = []) =>
  trusted.scan({ source: 'trading-acquaintance.test', raw: textMail([`From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, ...extra], text) });

/** [language and wording, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, is this you? we met at the dinner', 'Lily <lily.chen.hk@gmail.com>', 'Hi, is this Anna?', 'Hi Anna, is this you? We met at the dinner last week, you said you wanted to know more about crypto. My uncle is a senior analyst and I have been earning 20% a week following his trading signals. Let me know if you want me to show you.'],
  ['en, wrong contact, USDT', 'Jenny Wong <jennywong88@outlook.com>', 'Sorry', 'Hello, sorry, I think I added the wrong contact, I was looking for Mr. David. Anyway nice to meet you. I work in the wine business and I also do USDT arbitrage; last month I made $4,800 with it.'],
  ['de, bist du das? Krypto-Handel', 'Lisa Wang <lisa.wang.sh@gmail.com>', 'Hallo, ist das Thomas?', 'Hallo Thomas, bist du das? Wir haben uns letzte Woche beim Abendessen getroffen. Mein Onkel ist Analyst und ich verdiene jede Woche 15 % mit Krypto-Handel nach seinen Signalen. Soll ich es dir zeigen?'],
  ['fr, c\'est bien toi ? signaux de trading', 'Chloé Zhang <chloe.zhang.paris@gmail.com>', 'Bonjour', "Bonjour Julien, c'est bien toi ? On s'est rencontrés au dîner de la semaine dernière. Mon oncle est analyste et je gagne 20 % par semaine en suivant ses signaux sur le trading de crypto. Tu veux que je te montre ?"],
  ['es, ¿eres tú? trading de criptomonedas', 'Sofía Lin <sofia.lin.trade@gmail.com>', 'Hola', 'Hola Carlos, ¿eres tú? Nos conocimos en la cena de la semana pasada. Mi tío es analista y gano un 20 % cada semana con el trading de criptomonedas siguiendo sus señales. ¿Quieres que te enseñe?'],
  ['pt, lembra-se de mim? sinais de cripto', 'Ana Li <ana.li.trade@gmail.com>', 'Olá', 'Olá Pedro, lembra-se de mim? Nos conhecemos no jantar da semana passada. O meu tio é analista e ganho 20 % por semana com trading de cripto seguindo os sinais dele. Quer que lhe mostre?'],
  ['nl, ben jij het? crypto trading', 'Emma Chen <emma.chen.ams@gmail.com>', 'Hoi', 'Hoi Pieter, ben jij het? We hebben elkaar vorige week bij het diner ontmoet. Mijn oom is analist en ik verdien elke week 20 % met crypto trading op basis van zijn signalen. Zal ik het je laten zien?'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`trading acquaintance (${kind}) → CONTENT_TRADING_ACQUAINTANCE_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, text);
    assert.ok(ids(r).includes('CONTENT_TRADING_ACQUAINTANCE_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, text, extra headers, authenticated domain ('' for none)]: none may raise the reading. */
const MUST_NOT: [string, string, string, string, string[], string][] = [
  ['a genuine wrong-contact note (no gain, no trading)', 'Maria <maria.silva.77@gmail.com>', 'oops', 'Sorry, wrong contact! I meant to send the recipe to my sister. Have a nice day.', [], ''],
  ["a broker's newsletter with its link", 'Account Desk <desk@broker.example>', 'Do you remember me?', 'Do you remember me? I am your account manager; with our crypto fund I made 20% this year. Log in at https://broker.example/account to see your statement.', [], 'broker.example'],
  ['a reply in a conversation', 'Tom <tom.baker77@gmail.com>', 'Re: dinner', 'Is this you on the photo? We met at the dinner, right? I made 15% with bitcoin last year, crazy.', ['In-Reply-To: <x.1@mailbox.example>', 'References: <x.1@mailbox.example>'], ''],
  ['a trade-fair contact with no gain in figures (de)', 'Jan Vogel <j.vogel@firma.example.de>', 'Messe', 'Wir haben uns auf der Messe kennengelernt. Unser Gold-Sponsor lädt Sie zum Abendessen ein; sagen Sie mir Bescheid.', [], 'firma.example.de'],
  ['a warning about the scheme', 'Consumer Alert <alerts@consumer.example.gov>', 'Wrong-number crypto scams', 'Scammers write "is this you? we met at the dinner" and then say "I have been earning 20% a week with crypto signals". This is a scam: do not answer.', [], 'consumer.example.gov'],
];
for (const [why, from, subject, text, extra, auth] of MUST_NOT) {
  test(`trading acquaintance must not: ${why}`, async () => {
    const r = await scan(from, subject, text, [...extra, ...(auth ? dmarcPass(auth) : [])]);
    assert.deepEqual(ids(r).filter((id) => id.startsWith('CONTENT_TRADING_ACQUAINTANCE')), [], ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'crypto is this you we met at the i have been earning 20 '.repeat(n / 56)}` }), (m) => {
    tradingAcquaintance(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
