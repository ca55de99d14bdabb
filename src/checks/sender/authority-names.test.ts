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
  // Session 58 (det58): authorities named in Japanese, Chinese and Korean, no government host in the message.
  ['国税庁', ['gmail.com', 'kanpu-uketori.online'], true],
  ['東京地方裁判所', ['saiban-tsuchi-center.com'], true],
  ['捜査課', ['gmail.com'], true],
  ['警視庁 サイバー犯罪対策課', ['outlook.jp'], true],
  ['日本年金機構', ['yahoo.co.jp', 'nenkin-jukyu-kakunin.com'], true],
  ['横浜市役所', ['gmail.com'], true],
  ['金融庁', ['gmail.com'], true],
  ['上海市公安局', ['163.com'], true],
  ['台北地方法院', ['gmail.com'], true],
  ['서울중앙지방검찰청', ['naver.com'], true],
  ['국세청', ['gmail.com'], true],
  // Session 58: an authority's name spelled in a host under a generic top-level domain answers nothing.
  ['Hacienda', ['gmail.com', 'hacienda-devolucion.online'], true],
  ['Polizei', ['gmx.de', 'polizei-online-verfahren.com'], true],
  ['Bundespolizei', ['bundespolizei-service.com'], true],
  ['Receita Federal', ['gmail.com', 'receita-federal-regularizar.online'], true],
  ['Federal Police', ['outlook.com', 'federal-police-case.online'], true],
  ['DGFiP', ['gmail.com', 'dgfip-remboursement.io'], true],
];
const none: [name: string, hosts: string[], text: string][] = [
  ['Justice Smith', ['gmail.com'], 'Are we still on for Saturday? Justice'],
  ["Maria's Bakery", ['gmail.com'], "Thanks for your order at Maria's Bakery! See you then, Maria's Bakery"],
  ["Tony’s Pizza", ['gmail.com'], 'Your order from Tony’s Pizza. Tony’s Pizza'],
  ['Hauptgericht', ['gmail.com'], ''],
  ['Finanzamt München', ['finanzamt-muenchen.de'], ''],
  ['Polizei Berlin', ['berlin.de'], ''],
  // Session 58: a government's host answers an authority named in Japanese, Chinese or Korean; an authority's union or club claims
  // nothing; a person's or a shop's name in those scripts claims nothing (session 20).
  ['国税庁', ['e-tax.nta.go.jp'], ''],
  ['横浜市役所', ['mail-haishin.example.jp', 'www.city.yokohama.lg.jp'], ''],
  ['大阪府警察', ['gmail.com', 'www.police.pref.osaka.lg.jp'], ''],
  ['千葉市役所', ['gmail.com', 'www.city.chiba.jp'], ''],
  ['경찰청', ['police.go.kr'], ''],
  ['서울특별시', ['seoul.go.kr'], ''],
  ['上海市公安局', ['gaj.sh.gov.cn'], ''],
  ['警察共済組合', ['kyosai-kumiai.example.jp'], ''],
  ['裁判所 職員組合', ['gmail.com'], ''],
  ['山田太郎', ['gmail.com'], ''],
  ['さくら文具店', ['gmail.com'], ''],
  // Session 58: an authority's name in a country's domain still answers it (`bundespolizei.de`, `polizei-bw.de`), and a firm's own
  // word in its .com answers its name (`Court Reporting` at courtreporting.com); an authority's club keeps its exception.
  ['Bundespolizei', ['bundespolizei.de'], ''],
  ['Polizei', ['polizei-bw.de'], ''],
  ['Hacienda', ['agenciatributaria.gob.es', 'sede.hacienda.gob.es'], ''],
  ['Court Reporting Services', ['courtreporting-services.com'], ''],
  ['Polizei Sportverein', ['polizei-sportverein.com'], ''],
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

/** Session 58 (review): a government's host by its suffix; `.mp` alone is a top-level domain anyone can buy, `mp.br` Brazil's prosecutors'. */
test('governmentHost reads government suffixes, not a commercial top-level domain that shares one', async () => {
  const { governmentHost } = await import('./organisation.js');
  for (const host of ['www.courts.go.jp', 'city.yokohama.lg.jp', 'www.police.go.kr', 'www.korea.kr', 'www.mpf.mp.br', 'irs.gov', 'gov.uk', 'pref.aichi.jp']) assert.equal(governmentHost(host), true, host);
  for (const host of ['hacienda-devolucion.online', 'tribunal.mp', 'courts.example.com', 'gmail.com', 'police-notice.io']) assert.equal(governmentHost(host), false, host);
});
