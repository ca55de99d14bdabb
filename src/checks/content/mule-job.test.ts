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

test('muleJob: no percent sign, no reading', () => {
  assert.equal(muleJob('Job', 'Receive payments into your bank account and forward them; keep ten percent of each transfer. Part-time job.'), null);
});
