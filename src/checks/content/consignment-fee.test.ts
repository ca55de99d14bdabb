import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { consignmentFee } from './consignment-fee.js';
import { warnsAboutScheme } from './scam-structure.js';

/**
 * Session 58 (issue 17 item 6, helper scam58): the parcel of money held until the reader pays its customs (consignment-fee.ts,
 * CONTENT_CONSIGNMENT_FEE and the composite CONTENT_CONSIGNMENT_FEE_STRANGER). End to end with the classifier off; letters
 * written for the test (other words than scam-variants' rows), from free mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'consignment-fee.test', raw: mail(from, subject, body, auth) });

/** [language and kind, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, the engineer on the oil rig and his trunk', 'Eng. Mark Davis <eng.markdavis.rig@gmail.com>', 'Sweetheart, the trunk', 'Honey, I shipped you a trunk containing $380,000 in cash and my documents so that it is safe with you.\n\nThe agent says the customs must be cleared first: please pay the clearance for me today, darling.'],
  ['de, die Kiste des Soldaten', 'Sgt. Paul Becker <sgt.paulbecker.camp@gmail.com>', 'Liebling, die Kiste', 'Ich habe dir eine Kiste mit Bargeld und Goldschmuck geschickt.\n\nSie steht beim Zoll: bitte bezahle die Zollgebühren, dann wird sie zu dir gebracht.'],
  ['fr, la malle du médecin', 'Dr Alan Reed <dr.alanreed.mission@gmail.com>', 'Ma chérie, la malle', 'Je t\'ai envoyé une malle contenant mes économies et des bijoux.\n\nElle est bloquée à la douane : paie les frais de dédouanement pour moi, mon amour.'],
  ['es, la maleta del ingeniero', 'Ing. Mark Davis <ing.markdavis.obra@gmail.com>', 'Cariño, la maleta', 'Te envié una maleta con dinero en efectivo y mis joyas.\n\nEstá en la aduana: paga tú los gastos de despacho, por favor, yo te los devuelvo.'],
  ['pt, o baú do soldado', 'Sgt. Paul Costa <sgt.paulcosta.base@gmail.com>', 'Amor, o baú', 'Mandei para você um baú com dinheiro e ouro.\n\nEle está retido na alfândega: pague a taxa de desembaraço para mim, meu amor.'],
  ['it, il baule del medico', 'Dott. Alan Reed <dott.alanreed.missione@gmail.com>', 'Tesoro, il baule', 'Ti ho spedito un baule con i miei risparmi e dei gioielli.\n\nÈ fermo in dogana: paga tu le spese di sdoganamento, ti prego.'],
  ['nl, de koffer van de ingenieur', 'Ir. Mark Davis <ir.markdavis.boorplatform@gmail.com>', 'Schat, de koffer', 'Ik heb je een koffer met contant geld en sieraden gestuurd.\n\nHij staat bij de douane: betaal jij de inklaringskosten voor mij, lieverd.'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`consignment fee (${kind}) → CONTENT_CONSIGNMENT_FEE_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_CONSIGNMENT_FEE_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/**
 * Session 62 (scam63): the fortune deposited with a security, diplomatic or courier company that brings it once a small fee
 * (demurrage, delivery, keeping) is paid — design sample-1208's kind, which came under a forged "Fwd:" with In-Reply-To and
 * References and nothing forwarded (bec-opener's inConversationOrList now reads such a forward as a first letter).
 * [language, sender, subject, text, extra headers].
 */
const DEPOSITED: [string, string, string, string, string[]][] = [
  ['en, under a forward that forwards nothing', 'Miss Grace Lane <sister.grace.lane22@gmail.com>', 'Fwd: Dear friend', 'Dear Friend, I have deposited the US$4,500,000.00 with the ORION SECURITY COMPANY here in Ghana, and they will bring the fund to you in a sealed box.\n\nThe only money they will require from you is $120 for demurrage, and if you pay the $120 to them, they will deliver the cash to your house.\n\nContact the director at orion.security.desk@outlook.com.', ['In-Reply-To: <forged.1@mail.example>', 'References: <forged.1@mail.example>']],
  ['en, first letter, keeping fee', 'Barr. John Okafor <barr.john.okafor@gmail.com>', 'Your fund', 'I lodged your fund of $2.8 million with a diplomatic courier company in Lome. Pay the keeping fee of $250 today so that they release the box to you.', []],
  ['de, bei einer Sicherheitsfirma hinterlegt', 'Frau Anna Lenz <anna.lenz.stiftung@gmail.com>', 'Ihr Geld', 'Ich habe 3.500.000 Dollar für Sie bei einer Sicherheitsfirma in Accra hinterlegt.\n\nBitte bezahlen Sie die Lagergebühren von 150 Euro, damit die Firma Ihnen das Geld bringt.', []],
  ['fr, déposé auprès d\'une société de sécurité', 'Mme Claire Dubois <claire.dubois.fondation@gmail.com>', 'Vos fonds', "J'ai fait déposer la somme de 2 500 000 euros auprès d'une société de sécurité à Cotonou.\n\nPayez les frais de garde de 200 euros pour qu'elle vous livre les fonds.", []],
  ['es, depositado en una empresa de seguridad', 'Sra. Elena Ruiz <elena.ruiz.fundacion@gmail.com>', 'Sus fondos', 'El dinero de su herencia fue depositado en una empresa de seguridad en Madrid.\n\nPague los gastos de almacenaje de 180 euros para que le entreguen la caja.', []],
];
for (const [kind, from, subject, text, extra] of DEPOSITED) {
  test(`consignment fee, the fortune deposited with a security company (${kind}) → CONTENT_CONSIGNMENT_FEE_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text), extra);
    assert.ok(ids(r).includes('CONTENT_CONSIGNMENT_FEE_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

test('consignment fee must not: a real forward of the same letter (its separator and header block) is still a conversation', async () => {
  const text = 'Look at this one, delete it.\n\n---------- Forwarded message ---------\nFrom: Miss Grace Lane &lt;sister.grace.lane22@gmail.com&gt;\nDate: Mon, 2 Jun 2025\n\nDear Friend, I have deposited the US$4,500,000.00 with the ORION SECURITY COMPANY. The only money they will require from you is $120 for demurrage; pay the $120 to them.';
  const r = await scan('Tom Berg <tom.berg@company.example>', 'Fwd: Dear friend', html(text), ['In-Reply-To: <a.1@company.example>', 'References: <a.1@company.example>']);
  assert.ok(!ids(r).includes('CONTENT_CONSIGNMENT_FEE'), ids(r).join(', '));
});

test("consignment fee must not: a company's funds deposited with an escrow agent, a courier's delivery fee for goods", async () => {
  const escrow = await scan('Closing Desk <closing@titleco.example>', 'Closing funds', html('We have deposited the funds of $450,000 with the escrow agent named in your contract. Please pay the recording fee at closing.'), dmarcPass('titleco.example'));
  assert.ok(!ids(escrow).includes('CONTENT_CONSIGNMENT_FEE'), ids(escrow).join(', '));
  const courier = await scan('Maria <maria.silva.77@gmail.com>', 'the sofa', html('The delivery company will bring the sofa on Friday. Please pay the delivery fee of 40 euros to the driver.'));
  assert.ok(!ids(courier).includes('CONTENT_CONSIGNMENT_FEE'), ids(courier).join(', '));
});

/** [why, sender, subject, html body, authenticated domain ('' for none)]: none may raise CONTENT_CONSIGNMENT_FEE. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["a friend's birthday parcel that may owe import duties", 'Sophie <sophie.wagner.91@gmail.com>', 'your parcel', html('I sent you a box with your birthday present and some chocolates. The customs might ask you to pay a small fee, sorry!'), ''],
  ["a courier's duty notice with its page", 'Parcel Express <noreply@parcelexpress.example>', 'Import duties', html('Your package with the jewellery you ordered is held at customs. Please <a href="https://parcelexpress.example/pay">pay the duties online</a>.'), 'parcelexpress.example'],
  ['a shop\'s cash on delivery parcel (no customs)', 'Shop <orders@shop.example>', 'Your order ships today', html('Your package with the gold necklace ships today. Please pay the courier in cash on delivery.'), 'shop.example'],
  ['a police warning about the soldier\'s box', 'Police <info@police.example.gov>', 'Romance scams', html('Scammers claim to have sent you a box containing cash and gold and ask you to pay the customs. This is a scam: do not pay.'), 'police.example.gov'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`consignment fee must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_CONSIGNMENT_FEE'), ids(r).join(', '));
  });
}

// The writer's own "ich kann nicht zahlen" is no warning (scam-structure's UNABLE_BEFORE); the reader told "nicht zahlen" is.
test('warnsAboutScheme: the writer unable to pay warns of nothing; "zahlen Sie nicht" still warns', () => {
  assert.equal(warnsAboutScheme('ich kann von hier aus nicht zahlen, liebling'), false);
  assert.equal(warnsAboutScheme('ik kan van hieruit niet betalen, schat'), false);
  assert.equal(warnsAboutScheme('das ist betrug: bitte nicht zahlen'), true);
  assert.equal(warnsAboutScheme('u moet niet betalen'), true);
});

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'box with cash customs pay box containing '.repeat(n / 41)}` }), (m) => {
    consignmentFee(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
