import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { prng } from '../../test-support/campaign-corpus.js';
import { compareSplitOnSamples } from '../../test-support/pattern-sample.js';
import { wordStartAlternatives } from '../../mail/word-start.js';
import { HELP_MOVE, HELP_MOVE_PARTS, helpMoveWritten, REWARD, REWARD_PARTS, rewardWritten, transferShare } from './transfer-share.js';

/**
 * Session 61 (issue 17, helper scam62): the 419 business proposal (transfer-share.ts, CONTENT_TRANSFER_SHARE and its _STRANGER
 * composite) — a fortune the reader is asked to help move or receive, for a share. End to end with the classifier off: letters
 * written for the test in en de fr es pt it nl ja, from free mail, no links. Must-not rows: the genuine mail each move looks like
 * (an estate agent's sale proceeds less its commission, a notary's inheritance less its fee, a bank's deposit at 12 % a year, a
 * sales job's commission, a partnership enquiry, a refund to the reader's account, a warning about the scheme).
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'transfer-share.test', raw: mail(from, subject, body, auth) });

/** [language and wording, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, the bank manager\'s dormant account, "20% of the total sum for you"', 'Mr. Daniel Okoro <daniel.okoro.mgr@gmail.com>', 'Confidential business proposal', 'Dear friend, I am the manager of the audit department of a bank here. A foreign customer died without a next of kin and left US$ 12,500,000 in a dormant account. I am seeking your assistance to transfer this fund into your account as his foreign partner. You will receive 20% of the total sum for your assistance. Please reply with your full name and telephone number.'],
  ['en, the box at the security company, "compensation for your assistance"', 'Mrs. Grace Mensah <grace.mensah22@yahoo.com>', 'Urgent assistance', 'I am the widow of a late minister. Before his death my husband deposited 8.5 million dollars in a trunk with a security company. I need a trustworthy person to help me receive the consignment on my behalf and invest it in your country. Your compensation for your assistance will be 30% of the money. Reply urgently.'],
  ['de, "auf Ihr Konto überweisen", "Sie erhalten 30 %"', 'Dr. Hans Keller <hans.keller.bank@gmx.de>', 'Vertraulicher Vorschlag', 'Sehr geehrter Herr, ich bin Direktor einer Bank. Ein verstorbener Kunde hat 7,2 Millionen Euro ohne Erben hinterlassen. Ich bitte um Ihre Hilfe, diese Summe auf Ihr Konto zu überweisen. Sie erhalten 30 % für Ihre Unterstützung. Antworten Sie mir bitte vertraulich.'],
  ['fr, "virer sur votre compte", "vous recevrez 25 %"', 'Maître Paul Kouassi <paul.kouassi.avocat@yahoo.fr>', 'Proposition confidentielle', "Bonjour, je suis avocat. Un client décédé a laissé la somme de 4 500 000 euros sans héritier. J'ai besoin de votre aide pour transférer ces fonds sur votre compte bancaire. Vous recevrez 25 % du montant total pour votre collaboration. Répondez-moi au plus vite."],
  ['es, "a su cuenta", "le daré el 30 %"', 'Sr. Carlos Mbeki <carlos.mbeki.banco@hotmail.com>', 'Propuesta de negocio', 'Estimado amigo, soy gerente de un banco. Un cliente fallecido dejó 9,8 millones de dólares sin heredero. Necesito su ayuda para transferir estos fondos a su cuenta bancaria como socio extranjero. Le daré el 30 % del total por su colaboración. Espero su respuesta.'],
  ['pt, "para a sua conta", "você receberá 35 %"', 'Dr. João Mensah <joao.mensah.banco@gmail.com>', 'Proposta confidencial', 'Prezado amigo, sou diretor de um banco. Um cliente falecido deixou 6,5 milhões de dólares sem herdeiro. Preciso da sua ajuda para transferir esses fundos para a sua conta. Você receberá 35 % do valor total pela sua colaboração. Aguardo sua resposta.'],
  ['it, "sul suo conto", "le offro il 30 %"', 'Avv. Marco Diallo <marco.diallo.avv@libero.it>', 'Proposta riservata', "Gentile amico, sono un avvocato. Un mio cliente defunto ha lasciato 5,3 milioni di euro senza eredi. Chiedo il suo aiuto per trasferire questi fondi sul suo conto bancario. Le offro il 30 % della somma per la sua collaborazione. Attendo una sua risposta."],
  ['nl, "naar uw rekening", "u ontvangt 30 %"', 'Dhr. Peter Owusu <peter.owusu.bank@outlook.com>', 'Vertrouwelijk voorstel', 'Geachte heer, ik ben directeur van een bank. Een overleden klant heeft 4,7 miljoen euro nagelaten zonder erfgenaam. Ik vraag uw hulp om dit bedrag naar uw rekening over te maken. U ontvangt 30 % van het totale bedrag voor uw medewerking. Graag uw antwoord.'],
  ['ja, あなたの口座に送金, 40%を報酬として', '山田 太郎 <yamada.taro.bank@gmail.com>', '極秘のご提案', '私は銀行の支店長です。亡くなった顧客の口座に1500万ドルが残っています。この資金をあなたの口座に送金するためにご協力ください。総額の40%を報酬としてお支払いします。ご返信をお待ちしています。'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`419 business proposal (${kind}) → CONTENT_TRANSFER_SHARE_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_TRANSFER_SHARE_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain ('' for none)]: none may raise CONTENT_TRANSFER_SHARE. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["an estate agent: the sale proceeds to the seller's account, less its commission", 'Sales <sales@harbourhomes.example>', 'Completion of your sale', html('Dear Ana, the sale of your house completed today. We will transfer the proceeds of £450,000 to your bank account tomorrow, less our commission of 10% of the total sum as agreed.'), 'harbourhomes.example'],
  ["a notary: the inheritance to the heir's account, less the fee", 'Notariat Weber <kanzlei@notariat-weber.example>', 'Nachlass', html('Sehr geehrte Frau Silva, Ihr Erbteil von 120.000 Euro wird nächste Woche auf Ihr Konto überwiesen. Unser Honorar beträgt 12 % des Betrags und wird vorher abgezogen.'), 'notariat-weber.example'],
  ["a bank's fixed deposit: 12 % a year paid into the account", 'Savings <offers@northbank.example>', 'Fixed deposit', html('Open a fixed deposit from $10,000 and you will receive 12% a year. The interest is transferred to your account every quarter.'), 'northbank.example'],
  ["a sales job's commission on each sale", 'Careers <jobs@solarhomes.example>', 'Sales representative', html('Join our team: you will receive 15% commission on each sale, transferred to your account monthly. Top representatives earn over $100,000 a year.'), 'solarhomes.example'],
  ['a partnership enquiry for a $5 million project', 'Ana Ruiz <ana.ruiz@ventures.example>', 'Partnership', html('Dear Sir, we are looking for a foreign partner for a solar project of 5 million dollars in Chile. Your company would hold 20% of the shares. Could we have a call next week?'), 'ventures.example'],
  ["a refund of a deposit to the reader's account", 'Bookings <bookings@villa-sol.example>', 'Refund', html('Dear guest, we have transferred the refund of 12,000 euros to your account. Thank you for your patience, and for your help with the paperwork.'), 'villa-sol.example'],
  ['a warning about the 419 letter', 'Fraud desk <alerts@bank.example>', 'Beware of the 419 letter', html('Scammers write that a dead client left 10 million dollars and ask your help to transfer the fund into your account, promising 30% of the total sum. This is a scam: do not answer.'), 'bank.example'],
  ['a friend: I won the lottery, 10 % for you, no help asked', 'Marta <marta.gomez.84@gmail.com>', 'guess what', html('¡Hola! Me ha tocado la lotería, 120.000 euros. Te daré el 10 % para tu viaje, ya verás. Un abrazo.'), ''],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`419 business proposal must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    const got = ids(r).filter((id) => id.startsWith('CONTENT_TRANSFER_SHARE'));
    assert.deepEqual(got, [], ids(r).join(', '));
  });
}

test('a link to act on, a reply in a thread: not read', () => {
  const text = 'I am seeking your assistance to transfer this fund of 12 million dollars into your account. You will receive 20% of the total sum for your assistance.';
  assert.ok(transferShare(buildMessage({ subject: 'Proposal', text })));
  assert.equal(transferShare(buildMessage({ subject: 'Proposal', text: `${text} Details: https://fund-desk.example/apply` })), null);
  assert.equal(transferShare(buildMessage({ subject: 'Re: Proposal', text, headers: [['In-Reply-To', '<a1@mail.example>']] })), null);
});

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'million assist transfer your account 20% of the total sum for your assistance you '.repeat(n / 80)}` }), (m) => {
    transferShare(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});

test('REWARD run as gated parts: the match of the one alternation it was written as (index and text), every part exercised', () => {
  const written = rewardWritten();
  const parts = REWARD_PARTS.map((p) => new RegExp(p.source));
  const won = REWARD_PARTS.map(() => 0);
  const same = (text: string): boolean => {
    const a = written.exec(text);
    const b = REWARD(text);
    assert.deepEqual(b && { index: b.index, text: b[0] }, a && { index: a.index, text: a[0] }, text);
    if (a) won[parts.findIndex((p) => p.exec(text)?.index === a.index && p.exec(text)?.[0] === a[0])]!++;
    return a !== null;
  };
  const letters = [
    'you will receive 20% of the total sum for your assistance.',
    '30% of the money for you and 70 % for me',
    'sie erhalten 30 % der summe. vous recevrez 25 pour cent du montant.',
    'le dare el 30 por ciento del total; voce recebera o 30 por cento do valor',
    'ricevera il 30 per cento della somma; u ontvangt 30 procent van het bedrag',
    'your compensation for your assistance will be 20%',
    'for your kind cooperation you get a share of 15 %',
    'a deposit at 12 % a year, 20% off, 30 percent interest',
    '報酬として30%を差し上げます。30%の報酬',
    'nothing here at all',
  ];
  let matched = 0;
  for (const text of letters) if (same(text)) matched++;
  assert.ok(matched >= 8, `${matched} letters matched`);
  const next = prng(66);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const pieces = [
    'you', 'yours', 'yourself', 'ihnen', 'vous', 'usted', 'voce', 'lei', 'u', 'you will get', "you'll receive", 'you shall take', 'you would be given',
    'you be entitled to', 'you have', 'offer you', 'give to you', 'pay you', 'sie erhalten', 'erhalten sie', 'bekommen sie', 'biete ich ihnen',
    'gebe ich ihnen', 'vous recevrez', 'vous aurez', 'je vous offre', 'je vous donnerai', 'vous offrir', 'vous donner', 'usted recibira',
    'recibira usted', 'le ofrezco', 'le dare', 'le daremos el', 'ofrecerle un', 'darle', 'voce recebera o', 'recebera', 'lhe ofereco',
    'lhe darei um', 'te darei', 'vou te dar', 'oferecer-lhe', 'ricevera il', 'le offro', 'le daro', 'ti daro un', 'offrirle', 'u ontvangt',
    'ontvangt u', 'krijgt u', 'bied ik u', 'geef ik u',
    '20%', '30 %', '12.5%', '40 percent', '25 per cent', '30 prozent', '20 pour cent', '20 pourcent', '30 por ciento', '30 porciento',
    '30 por cento', '30 per cento', '20 procent', '5%', '20% a year', '12 % interest', '30% off', '10 % per annum', '15% p.a', '20 % on each sale',
    'of the total sum', 'of the fund', 'from the amount', 'der summe', 'des betrages', 'du montant', 'de la somme', 'del monto', 'do valor',
    'della somma', "dell'importo", 'van het bedrag', 'of the total value', 'of the funds',
    'for you', 'to you', 'as your share', 'fur sie', 'an sie', 'pour vous', 'a vous', 'para usted', 'a usted', 'para voce', 'para vc',
    'per lei', 'a lei', 'per te', 'voor u', 'aan u',
    'compensation', 'share', 'commission', 'reward', 'rewards', 'percentage', 'anteil', 'belohnung', 'recompense', 'comision', 'parte',
    'recompensa', 'comissao', 'commissione', 'compenso', 'commissie', 'aandeel', 'vergoeding', 'provision', 'compensated', 'remuneration',
    'for your assistance', 'for your help', 'for the services', 'for your kind cooperation', 'for my role', 'fur ihre hilfe', 'pour votre aide',
    'por su ayuda', 'para su colaboracion', 'pela sua ajuda', 'por ajuda', 'per il suo aiuto', 'voor uw hulp',
    '30%の報酬', '報酬として30%', '20 パーセント', 'お礼', '取り分として', '差し上げ', '。',
    'the', 'and', 'money', 'x', '12', '1',
  ];
  const blanks = [' ', ' ', ' ', '', '.', ', ', '\n', '! '];
  for (let n = 0; n < 4000; n++) {
    let text = '';
    const words = 2 + Math.floor(next() * 12);
    for (let w = 0; w < words; w++) text += pick(pieces) + pick(blanks);
    if (same(text)) matched++;
  }
  assert.ok(matched >= 1000, `${matched} texts matched`);
  won.forEach((n, i) => assert.ok(n >= 5, `part ${i} gave the match ${n} times`));
  const sampled = compareSplitOnSamples(written, REWARD, REWARD_PARTS.map((p) => p.source), prng(67), 4000);
  sampled.forEach((n, i) => assert.ok(n >= 20, `part ${i} gave the match ${n} times on samples`));
});

test('HELP_MOVE run as gated parts: the match of the one pattern it ran as (index and text), every part exercised', () => {
  const written = helpMoveWritten();
  const letters = [
    'I am seeking your assistance to transfer this fund into your account as his foreign partner.',
    'ich bitte um ihre hilfe, das geld zu uberweisen. auf ihr konto uberweisen. virer sur votre compte.',
    'receive the money on our behalf; provide me with a bank account', 'あなたの口座に送金', 'nothing here at all',
  ];
  for (const text of letters) {
    const a = written.exec(text);
    const b = HELP_MOVE(text);
    assert.deepEqual(b && { index: b.index, text: b[0] }, a && { index: a.index, text: a[0] }, text);
  }
  const won = compareSplitOnSamples(written, HELP_MOVE, HELP_MOVE_PARTS.map((p) => wordStartAlternatives(p.source)), prng(68), 4000);
  won.forEach((n, i) => assert.ok(n >= 20, `part ${i} gave the match ${n} times`));
});
