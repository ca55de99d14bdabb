import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { middlemanOffer } from './middleman-offer.js';

/**
 * Session 59 (issue 17 item 6, helper scam59): the procurement middleman (middleman-offer.ts, CONTENT_MIDDLEMAN_OFFER and the
 * composite CONTENT_MIDDLEMAN_OFFER_STRANGER). End to end with the classifier off; letters written for the test (other words
 * than scam-variants' rows), from free mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'middleman-offer.test', raw: mail(from, subject, body, auth) });

/** [language, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, act as the vendor', 'Mr. John Adebayo <john.adebayo.purchasing@gmail.com>', 'Confidential', 'I head purchasing at an oil firm. Our board buys an additive from a dealer I know at $2,000 a carton and pays $5,600 for it.\n\nI will present you as the vendor to my company and we split the difference. Reply.'],
  ['de, Lieferant vorstellen', 'Herr Paul Okafor <paul.okafor.einkauf@gmx.de>', 'Vertraulich', 'Ich leite den Einkauf eines Konzerns. Ich werde Sie als neuen Lieferanten vorstellen, und wir teilen den Gewinn. Antworten Sie mir.'],
  ['fr, agir comme fournisseur', 'M. Henri Diallo <henri.diallo.achats@yahoo.fr>', 'Affaire', "Je dirige les achats d'un laboratoire. Vous pourriez agir comme fournisseur et nous partagerons les bénéfices. Répondez-moi."],
  ['es, actuar como proveedor', 'Sr. Luis Obi <luis.obi.compras@hotmail.com>', 'Negocio', 'Dirijo las compras de una petrolera. Usted podría actuar como proveedor y repartiremos las ganancias. Respóndame.'],
  ['nl, fungeren als leverancier', 'Dhr. Jan Eze <jan.eze.inkoop@outlook.com>', 'Voorstel', 'Ik leid de inkoop van een chemiebedrijf. U kunt fungeren als leverancier, en we zullen de winst delen. Antwoord mij.'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`middleman offer (${kind}) → CONTENT_MIDDLEMAN_OFFER_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_MIDDLEMAN_OFFER_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain ('' for none)]: none may raise CONTENT_MIDDLEMAN_OFFER. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["a friend's side business: you as the supplier, split the profit", 'Rui <rui.costa.89@gmail.com>', 'cakes', html('My cousin wants you as the supplier for his café. We could split the profit on the catering 50/50. Reply when you can.'), ''],
  ["a buyer's request for quotation", 'Procurement <purchasing@northwind.example>', 'RFQ', html('We would like to register you as a supplier of packaging. Please send your quotation by 20 June.'), 'northwind.example'],
  ['a warning about the middleman scam', 'Police <info@police.example.gov>', 'Fraud alert', html('Scammers ask you to stand as the supplier of a raw material and share the profit. This is a scam: do not reply.'), 'police.example.gov'],
  ['a partnership letter from a company, with its page', 'Acme Partners <partners@acme.example>', 'Partner programme', html('Act as a reseller of our software and share the profits: <a href="https://acme.example/partners">join the programme</a>.'), 'acme.example'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`middleman offer must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_MIDDLEMAN_OFFER'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'als lieferant share the profit supplier '.repeat(n / 40)}` }), (m) => {
    middlemanOffer(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
