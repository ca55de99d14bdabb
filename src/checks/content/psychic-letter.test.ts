import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, textMail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { prng } from '../../test-support/campaign-corpus.js';
import { compareSplitOnSamples } from '../../test-support/pattern-sample.js';
import { psychicLetter, REVELATION, REVELATION_PARTS, revelationWritten } from './psychic-letter.js';

/**
 * Session 62 (issue 17 item 6, helper scam63): the clairvoyant's letter (psychic-letter.ts, CONTENT_PSYCHIC_LETTER and its
 * _STRANGER composite) — a medium or "the angels" have seen the reader in person and fortune is coming. End to end with the
 * classifier off; letters written for the test (en de fr es pt nl ja). Must-not rows: horoscope columns by sign, a psychic shop's
 * newsletter, a friend's own visit to a medium, a friend who will "see you" tomorrow, a warning about the scheme; an astrologer's
 * own authenticated newsletter in the first person reads the finding alone and stays clean.
 */
const scan = (from: string, subject: string, text: string, extra: string[] = []) =>
  trusted.scan({ source: 'psychic-letter.test', raw: textMail([`From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, ...extra], text) });

/** [language and wording, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, your name came to me, the spirits showed me', 'Madame Clara <clara.voyance@gmail.com>', 'A message from the spirits about your future', 'Dear friend, I am Clara, a clairvoyant and medium for 30 years. Last night, during a meditation, your name came to me very clearly. The spirits showed me that a great change is coming in your life: money, love and luck are waiting for you. Reply to me today so that I can send you your full reading. Only 29 euros for the talisman.'],
  ['en, I see in your future', 'Astrologer Vincent <vincent.astro.guide@outlook.com>', 'Your destiny', 'Hello, I am Vincent, an astrologer. I see in your future a sum of money that will change everything, but a dark energy blocks your path. Write back and I will tell you how to open the door to your fortune.'],
  ['de, Ihr Name ist mir erschienen, die Engel', 'Hellseherin Maria <maria.hellseherin@web.de>', 'Die Engel haben mir Ihren Namen gezeigt', 'Liebe Freundin, lieber Freund, ich bin Maria, Hellseherin und Medium. Heute Nacht ist mir Ihr Name erschienen. In Ihrem Horoskop sehe ich eine große Wende: Geld, Liebe und Glück kommen zu Ihnen. Antworten Sie mir noch heute, damit ich Ihnen Ihre vollständige Deutung schicken kann. Nur 39 Euro.'],
  ['fr, votre prénom m\'est apparu', 'Voyante Sandrine <sandrine.voyance@orange.fr>', "Votre avenir m'a été révélé", "Chère amie, cher ami, je suis Sandrine, voyante et médium depuis 25 ans. Cette nuit, votre prénom m'est apparu pendant ma méditation. Les astres m'ont montré votre chemin : argent, amour et chance vous attendent. Répondez-moi aujourd'hui pour recevoir votre voyance complète."],
  ['es, los ángeles me mostraron su nombre', 'Vidente Lucía <lucia.vidente@hotmail.com>', 'Los ángeles me hablaron de usted', 'Querida amiga, soy Lucía, vidente y médium desde hace 20 años. Anoche los ángeles me mostraron su nombre. Veo en su destino un gran cambio: dinero, amor y suerte le esperan. Respóndame hoy para recibir su lectura completa. Solo 30 euros.'],
  ['pt, revelaram-me o seu nome', 'Vidente Rosa <rosa.vidente@gmail.com>', 'Os anjos revelaram o seu nome', 'Querida amiga, sou a Rosa, vidente e médium há 20 anos. Esta noite os anjos revelaram-me o seu nome. Vejo no seu destino uma grande mudança: dinheiro, amor e sorte esperam por si. Responda-me hoje para receber a sua leitura completa.'],
  ['nl, ik zie in uw toekomst', 'Helderziende Anna <anna.helderziend@gmail.com>', 'De engelen lieten mij uw naam zien', 'Beste vriend, ik ben Anna, helderziende en medium. Vannacht lieten de engelen mij uw naam zien. Ik zie in uw toekomst een grote verandering: geld, liefde en geluk wachten op u. Antwoord mij vandaag om uw volledige lezing te ontvangen.'],
  ['ja, あなたのお名前が浮かびました', '霊能者 美代子 <miyoko.reinou@gmail.com>', 'あなたの守護霊からのメッセージ', 'はじめまして。霊能者の美代子と申します。昨夜の瞑想中に、あなたのお名前がはっきりと浮かびました。あなたの守護霊が、近いうちに大きな幸運と金運が訪れると告げています。今日中にご返信ください。鑑定料は3,000円のみです。'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`psychic letter (${kind}) → CONTENT_PSYCHIC_LETTER_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, text);
    assert.ok(ids(r).includes('CONTENT_PSYCHIC_LETTER_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

test("psychic letter: the bulk sender's html letter with a link to the seer's page (design sample-1426's shape) is read too", async () => {
  const html = '<p>Medium Celeste – Glück, Geld, Liebe</p><p>Der Himmel hat beschlossen, Ihnen eine gerechte Belohnung anzubieten. Ich sehe Sie als ein Wesen, das in trauriger Einsamkeit versunken ist. Ich habe beschlossen, die Hilfe der Engel geradewegs auf Sie zu richten: das Glück wendet sich zu Ihren Gunsten.</p><p><a href="https://horoskop-der-engel.example/start">Entdecken Sie Ihr Horoskop der Engel</a></p>';
  const r = await trusted.scan({ source: 'psychic-letter.test', raw: mail('"Medium Celeste" <service@mailer.example>', 'VORHERSAGEN IM HOROSKOP DER ENGEL', html, ['List-Unsubscribe: <https://mailer.example/u>']) });
  assert.ok(ids(r).includes('CONTENT_PSYCHIC_LETTER'), ids(r).join(', '));
});

/** [why, sender, subject, text, authenticated domain ('' for none)]: none may raise the reading. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['a horoscope column by sign (en)', 'Daily Stars <news@stars-daily.example>', 'Your weekly horoscope', 'Aries: money matters improve this week, and luck favours bold moves. Taurus: love is in the air. Leo: the stars suggest patience with family. Read all twelve signs on our website.', 'stars-daily.example'],
  ['a horoscope column by sign (de)', 'Horoskop-Redaktion <redaktion@zeitung.example.de>', 'Ihr Wochenhoroskop', 'Widder: In Geldfragen haben Sie diese Woche Glück. Stier: Die Sterne raten zu Geduld. Löwe: Liebe liegt in der Luft.', 'zeitung.example.de'],
  ["a psychic shop's newsletter (book a reading)", 'Tarot House <hello@tarothouse.example>', 'New readers this month', 'Our mediums and tarot readers are available every evening. Book a reading about love, money or career from 20 euros. Gift cards available.', 'tarothouse.example'],
  ["a friend's own visit to a medium (en)", 'Jess <jess.miller.87@gmail.com>', 'lol', 'I went to a psychic yesterday for fun. She told me I will come into money next year and meet someone lucky. I will see you tomorrow at lunch and tell you everything!', ''],
  ["a friend's own visit to a vidente (es)", 'Marta <marta.lopez.88@gmail.com>', 'jaja', 'Ayer fui a una vidente por curiosidad. Me dijo que voy a tener suerte con el dinero este año. Te veo mañana y te cuento.', ''],
  ['a friend who will see you tomorrow (de)', 'Lena <lena.becker.91@gmx.de>', 'Morgen', 'Hallo! Ich sehe Sie morgen beim Engel-Chor, und dann feiern wir dein Glück mit dem neuen Job.', ''],
  ['a warning about psychic scams', 'Consumer Alert <alerts@consumer.example.gov>', 'Psychic letter scams', 'Scam letters from a "medium" claim that your name came to me during meditation and that money and luck are coming. This is a scam: do not pay for the talisman.', 'consumer.example.gov'],
  ['a Japanese horoscope newsletter (運勢 by sign)', '占いマガジン <news@uranai.example.jp>', '今週の運勢', '牡羊座：今週は金運が上昇します。牡牛座：恋愛運が好調です。獅子座：星占いでは家族との時間が大切です。', 'uranai.example.jp'],
];
for (const [why, from, subject, text, auth] of MUST_NOT) {
  test(`psychic letter must not: ${why}`, async () => {
    const r = await scan(from, subject, text, auth ? dmarcPass(auth) : []);
    assert.deepEqual(ids(r).filter((id) => id.startsWith('CONTENT_PSYCHIC_LETTER')), [], ids(r).join(', '));
  });
}

test("psychic letter: an astrologer's own authenticated newsletter in the first person reads the finding alone, not flagged", async () => {
  const r = await scan('Astro Vera <vera@astrovera.example>', 'Your month ahead', 'Dear subscriber, as your astrologer this month I see in your chart a window of luck with money around the full moon. Read the full forecast on my site.', dmarcPass('astrovera.example'));
  assert.ok(ids(r).includes('CONTENT_PSYCHIC_LETTER'), ids(r).join(', '));
  assert.ok(!ids(r).includes('CONTENT_PSYCHIC_LETTER_STRANGER'), ids(r).join(', '));
  assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
});

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'medium angels your name your name your name luck ich sehe '.repeat(n / 58)}` }), (m) => {
    psychicLetter(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});

test('REVELATION run as gated parts: the match of the one alternation it was written as (index and text), every part exercised', () => {
  const written = revelationWritten();
  const letters = [
    'your name came to me in a dream; i saw you', 'ich sehe sie. je vous vois. me mostraron su destino. vejo no seu futuro. ik zie u',
    'あなたのお名前が浮かびました', 'nothing here at all', 'i see you tomorrow at the office',
  ];
  for (const text of letters) {
    const a = written.exec(text);
    const b = REVELATION(text);
    assert.deepEqual(b && { index: b.index, text: b[0] }, a && { index: a.index, text: a[0] }, text);
  }
  const won = compareSplitOnSamples(written, REVELATION, REVELATION_PARTS.map((p) => p.source), prng(69), 4000);
  won.forEach((n, i) => assert.ok(n >= 20, `part ${i} gave the match ${n} times`));
});
