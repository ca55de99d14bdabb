import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { prng } from '../../test-support/campaign-corpus.js';
import { compareSplitOnSamples } from '../../test-support/pattern-sample.js';
import { wordStartAlternatives } from '../../mail/word-start.js';
import { HIRED, HIRED_PARTS, hiredWritten, jobFee } from './job-fee.js';

/**
 * Session 58 (issue 17 item 6, helper scam58): the advance-fee job (job-fee.ts, CONTENT_JOB_FEE and the composite
 * CONTENT_JOB_FEE_STRANGER). End to end with the classifier off; letters written for the test (other words than scam-variants'
 * rows), from free mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'job-fee.test', raw: mail(from, subject, body, auth) });

/** [language and kind, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, a nanny post abroad and its permit', 'Nanny Placement UK <nanny.placement.uk@gmail.com>', 'You have been shortlisted', 'Good news: you have been shortlisted for the live-in nanny job in London, £2,900 a month.\n\nYou will need to pay the work permit fee of £420 before the family can book your flight. Reply for the account details.'],
  ['en, a hotel job and its registration fee', 'Hotel Careers Dubai <hotel.careers.dubai@outlook.com>', 'Offer of employment', 'We are delighted to offer you the position of receptionist at our hotel in Dubai (salary AED 9,000).\n\nThe registration fee of USD 180 is payable by the candidate within 5 days.'],
  ['de, eine Stelle in Norwegen und die Visumgebühr', 'Jobs Norwegen <jobs.norwegen.team@gmx.de>', 'Zusage für Ihre Bewerbung', 'Ihre Bewerbung wurde angenommen: Sie wurden für die Stelle als Fahrer in Oslo ausgewählt, Gehalt 4.200 Euro.\n\nFür das Visum müssen Sie vorab eine Visumgebühr von 290 Euro bezahlen.'],
  ['fr, un poste et la formation payante', 'RH Recrutement <rh.recrutement.poste@yahoo.fr>', 'Candidature retenue', 'Votre candidature a été retenue pour le poste de télévendeur à domicile, salaire 1 900 euros.\n\nVous devez payer les frais de formation de 149 euros avant de commencer.'],
  ['es, un empleo y el equipo', 'Empleo Remoto <empleo.remoto.rrhh@hotmail.com>', 'Ha sido seleccionado', 'Usted ha sido seleccionado para el puesto de asistente virtual, con un salario de 1.600 euros.\n\nDebe pagar el coste del equipo (portátil y auriculares), 380 euros, a nuestro proveedor.'],
  ['pt, uma vaga e a taxa de inscrição', 'Vagas Europa <vagas.europa.rh@gmail.com>', 'Você foi selecionado', 'Parabéns, você foi selecionado para a vaga de motorista em Lisboa, salário de 1.700 euros.\n\nÉ necessário pagar a taxa de inscrição de 120 euros para concluir a sua contratação.'],
  ['it, un impiego e la pratica', 'Lavoro Estero <lavoro.estero.hr@libero.it>', 'Candidatura approvata', 'La sua candidatura è stata approvata per la posizione di cameriere a Malta, stipendio 1.500 euro.\n\nDeve pagare le spese di pratica di 200 euro entro tre giorni.'],
  ['nl, een functie en de bemiddelingskosten', 'Banen Buitenland <banen.buitenland.nl@outlook.com>', 'U bent aangenomen', 'U bent aangenomen voor de functie van heftruckchauffeur in Dubai, salaris 3.500 euro.\n\nU moet eerst 250 euro bemiddelingskosten betalen.'],
  // Session 62 (scam63): other wordings — the post offered ("Ihnen die Stelle … anzubieten", "oferecer o cargo"), the work equipment
  // to buy, the mandatory training to pay ("pagar la formación obligatoria"), European Portuguese "tem de pagar".
  ['de, die Stelle angeboten, Arbeitsausrüstung zu kaufen', 'Personalabteilung <personal.abteilung.hr@gmail.com>', 'Stellenangebot', 'Sehr geehrter Bewerber, wir freuen uns, Ihnen die Stelle als Datenerfasser im Homeoffice für 35 € pro Stunde anzubieten. Vor Arbeitsbeginn müssen Sie Ihre Arbeitsausrüstung für 250 € bei unserem Partner kaufen, die Kosten werden mit Ihrem ersten Gehalt erstattet.'],
  ['es, la formación obligatoria', 'Recursos Humanos <rrhh.seleccion.global@gmail.com>', 'Oferta de empleo', 'Estimado candidato, nos complace ofrecerle el puesto de operador de datos desde casa por 30 € la hora. Antes de empezar debe pagar la formación obligatoria de 150 €, que le será reembolsada con su primer sueldo.'],
  ['pt, o cargo oferecido, tem de pagar a formação', 'Recursos Humanos <rh.recrutamento.global@gmail.com>', 'Oferta de emprego', 'Caro candidato, temos o prazer de lhe oferecer o cargo de operador de dados em casa por 30 € à hora. Antes de começar tem de pagar a formação obrigatória de 150 €, que será reembolsada com o seu primeiro salário.'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`job fee (${kind}) → CONTENT_JOB_FEE_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_JOB_FEE_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain ('' for none)]: none may raise CONTENT_JOB_FEE. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['an employer that pays the work permit', 'Careers <careers@northwind.example>', 'Your offer', html('We are pleased to offer you the position of engineer in Oslo.\n\nThe company pays all visa and work permit fees; you do not need to pay anything.'), 'northwind.example'],
  ['a friend telling of her own visa fee', 'Carla <carla.mendes.88@gmail.com>', 'the job!', html('I got the job in Toronto! I have to pay the visa fee myself, about 350 dollars, but they pay the flight.'), ''],
  ['a university admission with its deposit (no job)', 'Admissions <admissions@uni.example>', 'You have been admitted', html('You have been accepted to the MSc programme. You are required to pay the enrolment deposit of EUR 500 by 1 July.'), 'uni.example'],
  ['an exchange programme that links to the government fee page', 'Camp Exchange <placements@campexchange.example>', 'Placement', html('You have been selected as a camp counselor (salary USD 2,400). You are required to pay the SEVIS fee of USD 220 at <a href="https://www.fmjfee.com">fmjfee.com</a>.'), 'campexchange.example'],
  ['a recruiter saying the candidate pays nothing (de)', 'Julia Brandt <julia.brandt@techtalent.example>', 'Stelle', html('Sie wurden für die Stelle als Lagerleiter ausgewählt. Für Bewerber entstehen keine Kosten; die Visumgebühren zahlen Sie nicht.'), 'techtalent.example'],
  ['an employer offering the post whose company pays the equipment (de)', 'Karriere <karriere@firma.example.de>', 'Ihr Angebot', html('Wir freuen uns, Ihnen die Stelle als Entwickler anzubieten. Ihre Arbeitsausrüstung müssen Sie nicht selbst kaufen: die übernimmt das Unternehmen, für Sie entstehen keine Kosten.'), 'firma.example.de'],
  ['a warning about job-fee scams', 'Jobs Board <safety@jobsboard.example>', 'Fake job offers', html('Scammers tell you that you have been selected for a job and that you must pay a visa fee to their agent. This is a scam: real employers never ask you to pay.'), 'jobsboard.example'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`job fee must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_JOB_FEE'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'you have been selected for the job', text: `${'you must pay the visa fee salary job. '.repeat(n / 38)}` }), (m) => {
    jobFee(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});

test('HIRED run as gated parts: the match of the one pattern it ran as (index and text), every part exercised', () => {
  const written = hiredWritten();
  const letters = [
    'Congratulations, you have been selected for the position.', 'sie wurden ausgewahlt. vous avez ete retenu. ha sido seleccionado.',
    'voce foi contratado. e stato assunto. u bent aangenomen. 採用が決定しました', 'nothing here at all',
  ];
  for (const text of letters) {
    const a = written.exec(text);
    const b = HIRED(text);
    assert.deepEqual(b && { index: b.index, text: b[0] }, a && { index: a.index, text: a[0] }, text);
  }
  const won = compareSplitOnSamples(written, HIRED, HIRED_PARTS.map((p) => wordStartAlternatives(p.source)), prng(70), 4000);
  won.forEach((n, i) => assert.ok(n >= 20, `part ${i} gave the match ${n} times`));
});
