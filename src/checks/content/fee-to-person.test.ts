import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { feeToPerson } from './fee-to-person.js';

/**
 * Session 57 (issue 17 item 6, helper scam57): the fee paid by transfer to a person (fee-to-person.ts, CONTENT_FEE_TO_PERSON and
 * the composite CONTENT_FEE_TO_PERSON_STRANGER). End to end with the classifier off; letters written for the test (other words
 * than scam-variants' rows), from free mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'fee-to-person.test', raw: mail(from, subject, body, auth) });

/** [language and kind, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, a trunk box at the airport', 'Airport Cargo Unit <cargo.unit.airport@gmail.com>', 'Your box is on hold', 'A box registered in your name is on hold at the cargo terminal.\n\nThe demurrage charges of $320 must be settled by Western Union to our officer, Mr. Daniel Brooks, before release.'],
  ['nl, a debt with a court threat, payee by label', 'Incasso Dienst <incasso.dienst.nl@outlook.com>', 'Aanmaning', 'Uw openstaande bedrag van 212 euro is nog niet betaald; zonder betaling volgt beslag op uw loon.\n\nMaak het over naar begunstigde: mevr. A. Visser, IBAN NL91 ABNA 0417 1643 00.'],
    ['en, a debt to a private account', 'Recovery Dept <recovery.dept.collect@outlook.com>', 'Outstanding debt', 'Your outstanding debt of $612.40 has been passed to us.\n\nPay the processing fee and the balance by bank transfer to the account holder, Mrs. Linda Howard, within 3 days.'],
  ['de, ein Paket beim Zoll', 'Zollamt Service <zollamt.service.paket@gmx.de>', 'Paket zurückgehalten', 'Ihr Paket liegt beim Zoll.\n\nBitte überweisen Sie die Zollgebühren von 280 Euro an unseren Sachbearbeiter, Herrn Lukas Maier.'],
  ['fr, un colis en douane', 'Service Douane <service.douane.colis@yahoo.fr>', 'Colis bloqué', 'Votre colis est bloqué à la douane.\n\nRéglez les frais de dédouanement de 190 euros par virement à notre agent, M. Paul Girard.'],
  ['es, un paquete en aduana', 'Aduana Envíos <aduana.envios.es@hotmail.com>', 'Paquete retenido', 'Su paquete está retenido.\n\nPague la tasa de aduana de 210 euros por transferencia a nuestro agente, la Sra. Carmen Ruiz.'],
  ['pt, uma encomenda retida', 'Central Encomendas <central.encomendas.br@gmail.com>', 'Encomenda retida', 'Sua encomenda está retida.\n\nPague a taxa de liberação de R$ 690,00 via PIX para o nosso agente, Sr. Marcos Souza.'],
  ['it, un pacco in dogana', 'Ufficio Dogana <ufficio.dogana.pacchi@libero.it>', 'Pacco in giacenza', 'Il suo pacco è fermo in dogana.\n\nPaghi le spese di sdoganamento di 150 euro con bonifico al nostro agente, Sig. Luca Neri.'],
  ['nl, een pakket bij de douane', 'Douane Dienst <douane.dienst.pakket@outlook.com>', 'Pakket vastgehouden', 'Uw pakket wordt bij de douane vastgehouden.\n\nMaak de inklaringskosten van 95 euro over aan onze agent, dhr. Bram Smit.'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`fee to a person (${kind}) → CONTENT_FEE_TO_PERSON_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_FEE_TO_PERSON_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain ('' for none)]: none may raise CONTENT_FEE_TO_PERSON. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["a courier's duty notice with its payment page", 'Parcel Express <noreply@parcelexpress.example>', 'Import duties', html('Your shipment is subject to customs duties of EUR 18.40.\n\nPlease <a href="https://parcelexpress.example/pay">pay online</a> so that we can deliver it.'), 'parcelexpress.example'],
  ['a marketplace buyer paying a private seller', 'Tom <tom.w.88@gmail.com>', 'Re: the bike', html('Hi, I can pay the 250 euros by bank transfer and pick the bike up on Saturday. Let me know.'), ''],
  ['a colleague passing on a visa fee to be paid by the company', 'Ana <ana.hr@company.example>', 'Visa for the new hire', html('The visa fee of 180 euros for the new hire is paid by bank transfer from our account; the invoice goes to Mr. Costa in finance for approval.'), 'company.example'],
  ['a landlord reminding of the rent', 'Maria Keller <maria.keller@gmx.de>', 'Miete Juni', html('Hallo, bitte denken Sie an die Miete für Juni, per Überweisung auf mein Konto wie immer. Viele Grüße, Maria Keller'), ''],
  ["a club treasurer asking for the unpaid dues by transfer to a named person: no legal threat", 'Tennisclub <tc.kassenwart@gmx.de>', 'Mitgliedsbeitrag', html('Der Mitgliedsbeitrag ist bei einigen noch offen: bitte überweisen Sie die offene Forderung an unsere Kassenwartin, Frau Petra Lang.'), ''],
    ['a warning about the parcel scam', 'Police <info@police.example.gov>', 'Fake customs fees', html('Fraudsters ask for customs fees by bank transfer to "our agent, Mr. …". This is a scam: do not pay.'), 'police.example.gov'],
  ["a freight forwarder's invoice with its own portal", 'Forwarding Ltd <billing@forwarding.example>', 'Invoice 2231: clearance charges', html('Clearance charges for shipment 2231: 140 EUR, payable by bank transfer to Forwarding Ltd, IBAN NL00 BANK 0123 4567 89, or in <a href="https://forwarding.example/portal">your portal</a>. Contact: Mr. Jansen.'), 'forwarding.example'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`fee to a person must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_FEE_TO_PERSON'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'to our mr. customs fee bank transfer '.repeat(n / 37)}` }), (m) => {
    feeToPerson(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
