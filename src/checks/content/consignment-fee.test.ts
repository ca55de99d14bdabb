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
