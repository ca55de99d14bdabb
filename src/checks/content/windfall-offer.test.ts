import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { prng } from '../../test-support/campaign-corpus.js';
import { compareSplitOnSamples } from '../../test-support/pattern-sample.js';
import { wordStartAlternatives } from '../../mail/word-start.js';
import { GRANT, GRANT_PARTS, grantWritten, windfallOffer } from './windfall-offer.js';

/**
 * Session 52 (issue 17, helper scam52): a stranger's fortune handed to the reader (windfall-offer.ts, CONTENT_WINDFALL_OFFER and
 * the composite CONTENT_WINDFALL_OFFER_STRANGER). End to end with the classifier off; letters written for the test, from free
 * mail, no links, no personal details asked (details-asked.ts reads those).
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'windfall-offer.test', raw: mail(from, subject, body, auth) });

/** [kind, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en heir', 'Barr. Samuel Osei <samuelosei.chambers@gmail.com>', 'Estate', 'My late client left USD 7.2 million in a bank here and no relative came forward. I want to present you as his next of kin so the funds are released.\n\nReply to me for the details.'],
  ['de widow', 'Frau Renate Klein <renate.klein1952@gmx.de>', 'Spende', 'Ich bin schwer krank und kinderlos. Mein Mann hinterließ 2,6 Millionen Euro. Ich habe Sie ausgewählt, damit das Geld Gutes tut.\n\nAntworten Sie mir bitte.'],
  ['fr lottery', 'Loterie Nationale <loterie.gains.fr@gmail.com>', 'Gagnant', "Votre adresse e-mail a gagné la somme de 480.000 € lors de notre tirage international.\n\nContactez notre agent pour recevoir vos gains."],
  ['es heir', 'Lic. Pedro Vidal <pedrovidal.abogado@hotmail.com>', 'Herencia', 'Un cliente mío falleció dejando 3,8 millones de dólares y usted tiene el mismo apellido.\n\nPuedo presentarle como heredero. Respóndame pronto.'],
  ['pt widow', 'Sra. Lúcia Ramos <luciaramos.doacao@gmail.com>', 'Doação', 'Estou muito doente e decidi doar 1,5 milhões de euros. Eu te escolhi para cuidar desta doação.\n\nAguardo a sua resposta, responda-me.'],
  ['it heir', 'Avv. Franco Rizzi <francorizzi.legale@libero.it>', 'Eredità', 'Un mio cliente è morto lasciando 4 milioni di euro senza eredi. Ha il suo stesso cognome.\n\nMi contatti per procedere.'],
  ['nl widow', 'Mevr. Anke Mulder <ankemulder.gift@outlook.com>', 'Mijn wens', 'Ik ben ernstig ziek en wil 2 miljoen euro aan goede doelen geven. Ik heb u gekozen om dit te doen.\n\nAntwoord mij alstublieft.'],
  ['ja widow', 'Sarah Johnson <sarah.johnson.gift@gmail.com>', 'ご寄付のお願い', '私は病気で余命わずかです。夫が残した300万ドルを、あなたに託したいと思います。\n\nご返信をお待ちしています。'],
  // Led to the reader, the same name as the dead client (session 52's later probe sets).
  ['en led to you', 'Mrs. Ruth Evans <ruthevans.1947@gmail.com>', 'My wish', 'I am a widow with cancer and I hold $2,900,000 in a bank. God directed me to you for this charity work. Please write back.'],
  ['fr same name', 'Me Didier Koné <didierkone.avocat@gmail.com>', 'Succession', "Un client est décédé en laissant 3 900 000 €. Vous portez le même nom que lui. Répondez-moi."],
  // Session 58 (scam58): the foundation that selected the reader as one of its recipients, the firm that found the reader's family name.
  ['en foundation grant', 'Hope Grant Foundation <hope.grant.foundation@outlook.com>', 'Grant', 'Our board has selected you as one of ten recipients of a grant of USD 500,000. Contact our agent to claim it.'],
  ['it family name', 'Studio Conti <studio.conti.eredita@libero.it>', 'Eredità', 'Un imprenditore è morto senza testamento lasciando 6 milioni di euro; abbiamo trovato il suo cognome tra i possibili parenti. Mi risponda.'],
  ['nl foundation grant', 'Stichting Hoop <stichting.hoop.subsidie@outlook.com>', 'Subsidie', 'Het bestuur heeft u geselecteerd als een van tien ontvangers van 400.000 euro. Neemt u contact op met onze agent.'],
  // Session 59 (scam59): the fortune given away through the reader, the box of millions received for the writer.
  ['en through you', 'Mrs. Joan Miller <joan.miller.widow7@gmail.com>', 'Charity', 'I am terminally ill and have $6 million. I wish to distribute it to the poor through you. Reply to me.'],
  ['de durch Sie', 'Frau Ingrid Weiß <ingrid.weiss.witwe@gmx.de>', 'Spende', 'Ich bin schwer krank und besitze 4 Millionen Euro, die ich durch Sie an Waisenhäuser spenden möchte. Antworten Sie mir.'],
  ['it tramite te', 'Sig.ra Lucia Bianchi <lucia.bianchi.dono@libero.it>', 'Donazione', 'Sono gravemente malata e ho 5 milioni di euro che voglio donare ai poveri tramite te. Mi risponda.'],
  ['nl voor mij in ontvangst', 'Kapitein John Smith <capt.johnsmith.army@outlook.com>', 'Hallo', 'Ik ben soldaat in Irak en heb een koffer met 3 miljoen dollar. Kunt u die voor mij in ontvangst nemen tot ik terug ben? Neem contact op.'],
  ['fr recevoir pour moi', 'Sgt. Paul Martin <sgt.paulmartin.onu@yahoo.fr>', 'Bonjour', "Je suis en mission en Syrie avec une malle contenant 2 millions de dollars que vous devez recevoir pour moi. Répondez-moi."],
];
for (const [kind, from, subject, text] of LURES) {
  test(`windfall offer (${kind}) → CONTENT_WINDFALL_OFFER_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_WINDFALL_OFFER_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain, the finding allowed]: none may raise the composite nor be flagged. */
const MUST_NOT: [string, string, string, string, string, boolean][] = [
  ["an executor's letter from its own domain about a known aunt's estate", 'Notariat Weber <kanzlei@notariat-weber.example.de>', 'Nachlass Ihrer Tante', html('Ihre verstorbene Tante Maria hat Sie als Erben eingesetzt; der Nachlass beträgt 84.000 Euro. Bitte antworten Sie mir mit einem Terminvorschlag.'), 'notariat-weber.example.de', true],
  ["a lottery operator's win notice linking to the player's account", 'Lotto <service@lotto.example.com>', 'Your ticket won', html('Congratulations, your ticket won USD 25,000 in Saturday\'s draw. Claim it in <a href="https://lotto.example.com/account">your account</a>.'), 'lotto.example.com', false],
  ['a sister about grandmother\'s will from free mail', 'Clara <clara.meyer84@gmail.com>', 'Oma', html('Oma hat uns je 20.000 Euro hinterlassen, Mama kümmert sich um alles. Melde dich doch am Wochenende!'), '', false],
  // Session 58: heir hunters name the reader's family name too, from their own domain with their page.
  ['a probate research firm from its own domain with its page', 'Fraser & Co <cases@fraserco.example>', 'An estate', html('A cousin of yours died without a will leaving GBP 240,000; our research found your family name among the possible relatives. Nothing to pay: see <a href="https://fraserco.example/cases">our website</a> or reply.'), 'fraserco.example', false],
  // Session 59: a neighbour keeps a parcel with a price, a friend hands on money to a charity through the reader (no millions).
  ['a neighbour asking to keep a parcel for her', 'Julia <julia.meyer.84@gmail.com>', 'parcel', html('Could you keep the parcel for me on Friday? It is the new TV, 1,200 euros. Let me know, thanks!'), '', false],
  ['a friend giving to the school fair through the reader', 'Ben <ben.ward.77@gmail.com>', 'fair', html('I want to donate 50 euros to the school fair through you, as I cannot come. I will give you the cash on Monday; reply if that is ok.'), '', false],
  ['a charity newsletter about a bequest, with its page', 'Charity <news@charity.example.org>', 'A gift', html('A supporter left us £1 million in her will. Thank you to everyone who remembers us: <a href="https://charity.example.org/legacy">leave a gift</a>.'), 'charity.example.org', false],
];
for (const [why, from, subject, body, auth, findingAllowed] of MUST_NOT) {
  test(`windfall offer must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_WINDFALL_OFFER_STRANGER'), ids(r).join(', '));
    if (!findingAllowed) assert.ok(!ids(r).includes('CONTENT_WINDFALL_OFFER'), ids(r).join(', '));
    assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'12 345 '.repeat(n / 7)} ${'same name '.repeat(n / 10)}` }), (m) => {
    windfallOffer(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});

test('GRANT run as gated parts: the match of the one pattern it ran as (index and text), every part exercised', () => {
  const written = grantWritten();
  const letters = [
    'I have chosen you as the beneficiary of US$ 5,000,000.',
    'ich habe sie ausgewahlt. je vous ai choisi. le he elegido. o escolhi. ho scelto lei. heb ik u gekozen.',
    'my late client has the same last name as you; your family name is among the relatives.',
    'I need you to receive the box for me; donate it through you.',
    'あなたを選びました。受取人として',
    'nothing here at all', 'sie als erben und als erben einsetzen',
  ];
  for (const text of letters) {
    const a = written.exec(text);
    const b = GRANT(text);
    assert.deepEqual(b && { index: b.index, text: b[0] }, a && { index: a.index, text: a[0] }, text);
  }
  const won = compareSplitOnSamples(written, GRANT, GRANT_PARTS.map((p) => wordStartAlternatives(p.source)), prng(66), 4000);
  won.forEach((n, i) => assert.ok(n >= 20, `part ${i} gave the match ${n} times`));
});
