import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { muleJob } from './mule-job.js';

/**
 * Session 51 (issue 17, helper scam51): the money-mule job by its structure (mule-job.ts, CONTENT_MULE_JOB and the composite
 * CONTENT_MULE_JOB_STRANGER). End to end with the classifier off (the rows show what the rules decide); letters written for
 * the test, plain paragraphs from free mail, no links — the hardest form.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, text: string, auth: string[] = []) => trusted.scan({ source: 'mule-job.test', raw: mail(from, subject, html(text), auth) });

/** [language, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en', 'Finance Recruiting <finance.recruit.team@gmail.com>', 'Remote role', 'We have a home-based role for a financial agent.\n\nCustomers will send their payments to your own bank account; you then wire the money to our suppliers abroad and keep 8% of each payment as your salary.'],
  ['de', 'Karriere Team <karriere.team2026@gmx.de>', 'Stelle im Homeoffice', 'Für unsere neue Stelle als Zahlungsabwickler (von zu Hause) suchen wir Sie.\n\nSie bekommen Gelder von unseren Kunden auf Ihr privates Konto und überweisen sie an unsere Lieferanten. Als Vergütung behalten Sie 7 % jeder Zahlung.'],
  ['fr', 'Recrutement <recrutement.agence@outlook.fr>', 'Poste à domicile', "Nous recrutons un agent financier à domicile.\n\nVous encaisserez les règlements de nos clients sur votre compte personnel puis vous les reverserez à notre société, en gardant 9 % de chaque règlement."],
  ['es', 'Empleo Global <empleo.global.rrhh@hotmail.com>', 'Puesto de agente', 'Tenemos un puesto de agente financiero desde casa.\n\nUsted recibirá los cobros de nuestros clientes en su cuenta y los transferirá a nuestra empresa. Se queda con el 8% de cada cobro.'],
  ['pt', 'Vagas Brasil <vagas.brasil.rh@gmail.com>', 'Trabalho em casa', 'Temos uma vaga de agente financeiro para trabalho em casa.\n\nVocê vai receber os depósitos dos nossos clientes na sua conta e repassar o valor para a empresa, ficando com 10% de cada depósito.'],
  ['it', 'Selezione Personale <selezione.personale@libero.it>', 'Posizione da casa', "Cerchiamo un agente finanziario per una posizione da casa.\n\nRiceverà gli incassi dei nostri clienti sul suo conto e li trasferirà alla nostra società, trattenendo il 7% di ogni incasso."],
  ['nl', 'Vacatures <vacatures.thuiswerk@outlook.com>', 'Bijbaan vanuit huis', 'Voor een bijbaan vanuit huis zoeken wij een financieel agent.\n\nU ontvangt de betalingen van onze klanten op uw eigen rekening en maakt het geld over naar ons bedrijf. U houdt 8% van elke betaling.'],
  ['ja', '採用担当 <saiyo.tanto.jp@gmail.com>', '在宅の求人', '在宅でできる経理補助のお仕事です。\n\nお客様の代金をあなたの口座で受け取り、当社の指定口座に送金していただきます。報酬は8%です。'],
];
for (const [lang, from, subject, text] of LURES) {
  test(`mule job (${lang}): ${subject} → CONTENT_MULE_JOB_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, text);
    assert.ok(ids(r).includes('CONTENT_MULE_JOB_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

// Session 52: free mail's own DMARC pass says which provider carried the letter, not that its writer owns a domain: the same
// Gmail letter with gmail.com authenticated is still a stranger's (session 51's composite held only without a DMARC pass).
test('mule job from free mail that passes DMARC: still CONTENT_MULE_JOB_STRANGER', async () => {
  const [, from, subject, text] = LURES[0]!;
  const r = await scan(from, subject, text, dmarcPass('gmail.com'));
  assert.ok(ids(r).includes('AUTH_DMARC_PASS'), ids(r).join(', '));
  assert.ok(ids(r).includes('CONTENT_MULE_JOB_STRANGER'), ids(r).join(', '));
});

/** [why, sender, subject, text, authenticated domain]: none may raise CONTENT_MULE_JOB. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['a real job offer from a company domain: the salary into the account, nothing passed on', 'HR <jobs@acme-logistics.example.com>', 'Your offer', 'We are pleased to offer you the position of accountant (part-time). Your salary of EUR 2,400 will be paid into your bank account on the 25th; the annual bonus is up to 10% of salary.', 'acme-logistics.example.com'],
  ['a friend: the rent into her account, passed on, 5 % for the trouble — no job', 'Marta <marta.k1990@gmail.com>', 'rent', 'Hi! Could you receive the rent from the tenants into your account this month and transfer it to Anna when it comes? Keep 5% for the trouble, I insist :)', ''],
  ['a bank warning about money mules', 'Bank <security@bank.example.com>', 'Money mules', 'Criminals offer jobs from home: you receive payments into your account and forward them, keeping 10% of each transfer. This is a scam: never agree.', 'bank.example.com'],
  ['a German payroll notice', 'Personal <lohn@firma.example.de>', 'Gehalt', 'Ihr Gehalt wird ab Juli auf Ihr Konto überwiesen. Die Stelle bleibt in Teilzeit; die Erhöhung beträgt 3 %.', 'firma.example.de'],
];
for (const [why, from, subject, text, auth] of MUST_NOT) {
  test(`mule job must not: ${why}`, async () => {
    const r = await scan(from, subject, text, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_MULE_JOB'), ids(r).join(', '));
  });
}

// Session 57 (scam57): the goods mule and the cheque mule (goodsOrChequeMule), no cut in percent; written for the test.
const GOODS_OR_CHEQUE: [string, string, string, string][] = [
  ['en, reshipping', 'Shipping Jobs <shipping.jobs.remote@gmail.com>', 'Home-based shipping assistant', 'We need a shipping assistant working from home.\n\nYou will accept packages from our suppliers at your home address, check them and reship them abroad. Weekly salary $700.'],
  ['en, relabelling to our customers', 'Warehouse HR <warehouse.hr.hiring@outlook.com>', 'Part-time job', 'Part-time job, no experience needed.\n\nYou receive goods at your residence and send them to our customers with the prepaid labels we email you.'],
  ['de, umpacken', 'Logistik Jobs <logistik.jobs.heim@gmx.de>', 'Nebenjob von zu Hause', 'Nebenjob von zu Hause: Sie nehmen Pakete an Ihre Privatadresse entgegen, packen sie um und versenden sie weiter.\n\nWir zahlen 25 Euro pro Paket.'],
  ['fr, réexpédier', 'Emploi Colis <emploi.colis.domicile@yahoo.fr>', 'Emploi à domicile', 'Nous proposons un emploi à domicile : vous recevrez des colis à votre domicile et vous les réexpédierez à nos clients.\n\nSalaire : 1 800 euros par mois.'],
  ['it, rispedire', 'Lavoro Pacchi <lavoro.pacchi.casa@libero.it>', 'Lavoro da casa', 'Offriamo un lavoro da casa: riceverai pacchi al tuo domicilio e li rispedirai ai nostri clienti.\n\nStipendio 1.500 euro al mese.'],
  ['nl, opnieuw inpakken', 'Thuiswerk Pakketten <thuiswerk.pakketten@outlook.com>', 'Bijbaan vanuit huis', 'Bijbaan vanuit huis: u ontvangt pakketten op uw huisadres, pakt ze opnieuw in en verstuurt ze naar onze klanten.\n\nSalaris 1.500 euro per maand.'],
    ['en, the cheque', 'Mr. Alan Price <alan.price.travel@gmail.com>', 'Personal assistant job', 'I need a part-time assistant while I travel.\n\nI will be sending you a check for $2,450 this week. Deposit it at your bank and wire the balance to my event planner after keeping your first week pay.'],
  ['de, der Scheck', 'Herr Martin Vogel <martin.vogel.reise@gmx.de>', 'Stelle als Assistent', 'Ich suche einen Assistenten in Teilzeit.\n\nIch schicke Ihnen einen Scheck über 2.400 Euro. Lösen Sie ihn bei Ihrer Bank ein und überweisen Sie den Rest an meinen Lieferanten.'],
];
for (const [kind, from, subject, text] of GOODS_OR_CHEQUE) {
  test(`goods or cheque mule (${kind}) → CONTENT_MULE_JOB_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, text);
    assert.ok(ids(r).includes('CONTENT_MULE_JOB_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}
const GOODS_OR_CHEQUE_MUST_NOT: [string, string, string, string, string][] = [
  ["a shop's delivery notice: a parcel at your home, no job", 'Shop <orders@shop.example.com>', 'Your parcel', 'Your package will be delivered to your home address on Tuesday. Print the return label from your account if you want to send it back.', 'shop.example.com'],
  ['a warehouse job at the company site', 'HR <jobs@warehouse.example.com>', 'Warehouse position', 'We are hiring for a full-time position in our warehouse: you will receive goods at the loading dock, repack them and prepare the labels. Salary EUR 2,100.', 'warehouse.example.com'],
  ['a payroll cheque: nothing passed on', 'Payroll <payroll@acme.example.com>', 'Your final pay', 'Your final salary check for the part-time position will be mailed to you this week. Deposit it as usual; the pay slip is attached.', 'acme.example.com'],
  ['a warning about the cheque scam', 'Bank <security@bank.example.com>', 'Fake cheques', 'Fraudsters offer part-time jobs: they send you a check, ask you to deposit it and wire the balance to them. This is a scam.', 'bank.example.com'],
];
for (const [why, from, subject, text, auth] of GOODS_OR_CHEQUE_MUST_NOT) {
  test(`goods or cheque mule must not: ${why}`, async () => {
    const r = await scan(from, subject, text, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_MULE_JOB'), ids(r).join(', '));
  });
}

test('muleJob: no percent sign, no reading', () => {
  assert.equal(muleJob('Job', 'Receive payments into your bank account and forward them; keep ten percent of each transfer. Part-time job.'), null);
});
