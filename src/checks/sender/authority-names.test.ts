import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unrelatedOrganisation } from './organisation.js';

/** Session 57 (det57): public authorities claimed in a display name; people's names and sole traders' shops are no claim. */
const claims: [name: string, hosts: string[], authority: boolean][] = [
  ['Agenzia delle Entrate', ['gmail.com', 'avvisi-accertamento.online'], true],
  ['Finanzamt', ['gmx.de', 'steuer-erstattung-portal.com'], true],
  ['Belastingdienst', ['hotmail.com'], true],
  ['Hacienda', ['gmail.com', 'devoluciones-renta.online'], true],
  ['DGFiP', ['gmail.com'], true],
  ['Bundespolizei', ['gmx.de'], true],
  ['Amtsgericht Köln', ['gmail.com'], true],
  ['Polizia di Stato', ['libero.it'], true],
  ['Questura di Roma', ['libero.it'], true],
  ['Rechtbank Amsterdam', ['outlook.com'], true],
  ['Ministerie van Financiën', ['gmail.com'], true],
  ['Ministry of Finance', ['outlook.com'], true],
  ['Tribunal de Commerce de Paris', ['gmail.com'], true],
  ['Ministry of Justice', ['gmail.com'], true],
  ['Nordwest Versicherung', ['gmail.com'], false],
  ['Polizei Sportverein Hamburg', ['gmx.de'], false],
  ['Gewerkschaft der Polizei', ['gmail.com'], false],
  ['Police Federation', ['outlook.com'], false],
];
const none: [name: string, hosts: string[], text: string][] = [
  ['Justice Smith', ['gmail.com'], 'Are we still on for Saturday? Justice'],
  ["Maria's Bakery", ['gmail.com'], "Thanks for your order at Maria's Bakery! See you then, Maria's Bakery"],
  ["Tony’s Pizza", ['gmail.com'], 'Your order from Tony’s Pizza. Tony’s Pizza'],
  ['Hauptgericht', ['gmail.com'], ''],
  ['Finanzamt München', ['finanzamt-muenchen.de'], ''],
  ['Polizei Berlin', ['berlin.de'], ''],
];

for (const [name, hosts, authority] of claims) {
  test(`"${name}" from ${hosts[0]} claims an organisation${authority ? ', an authority' : ''}`, () => {
    const claim = unrelatedOrganisation(name, hosts, { subject: '', text: '' });
    assert.ok(claim, name);
    assert.equal(claim.authority === true, authority);
  });
}
for (const [name, hosts, text] of none) {
  test(`"${name}" from ${hosts[0]} claims no organisation`, () => {
    assert.equal(unrelatedOrganisation(name, hosts, { subject: '', text }), null);
  });
}
