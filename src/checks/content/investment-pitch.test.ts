import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import { activeIds } from '../../test-support/corpus-rows.js';
import { mulberry32 } from '../../classifier/logistic.js';
import { mangledWord } from '../../test-support/mangled-words.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { CLOSING_WORDS, GUARANTEE_WORDS, investmentPitch, readHead } from './scam-structure.js';

/**
 * Issue 17, session 41 (engineer pitch41): the investment pitch by its structure (scam-structure.ts, CONTENT_INVESTMENT_PITCH)
 * — a quick return, a small stake and a guarantee or closing offer; or two of them where the money is invested. Rows in seven
 * languages, none naming a trading platform; the must-nots are the genuine mail with some of the same parts.
 */
const FIRE: readonly { name: string; text: string }[] = [
  { name: 'en share pitch', text: 'Analysts agree: shares of this energy giant are about to explode. Early buyers already earned 340% in only 6 months. Start with as little as $250. Returns are guaranteed. Places are limited - register today.' },
  { name: 'de Aktien-Pitch', text: 'Unsere Mitglieder erzielten bereits 280 % Gewinn in wenigen Wochen. Mit einer Einzahlung von nur 250 Euro können Sie sofort starten – garantierte Gewinne. Die Plätze sind begrenzt.' },
  { name: 'fr placement', text: 'Nos clients ont obtenu 45 % par mois sur leur capital. Commencez avec seulement 250 € : rendement garanti, sans risque. Places limitées, inscrivez-vous.' },
  { name: 'es acciones', text: 'Nuestros clientes ya ganaron un 300% en tres meses. Con solo 250 euros usted puede empezar hoy mismo. Ganancias garantizadas. Plazas limitadas.' },
  { name: 'pt ações', text: 'Nossos membros já lucraram 250% em poucas semanas. Comece com apenas R$ 1.000. Lucro garantido, sem risco. Vagas limitadas!' },
  { name: 'it azioni', text: 'I nostri iscritti hanno già guadagnato il 320% in pochi mesi. Inizia con soli 250 euro: guadagni garantiti. Posti limitati.' },
  { name: 'nl aandelen', text: 'Onze leden verdienden al 300% in een paar maanden. Begin met slechts 250 euro. Gegarandeerde winst. Beperkte plaatsen.' },
  // Two parts where the money is invested: the crypto fund's daily payments (the honeypot's typeform shape).
  { name: 'en crypto fund, stake and guarantee', text: 'Crypto Investment Fund. Daily Payments from $1000 and up. You are invited to join our project. We guarantee individual conditions and daily payments.' },
  { name: 'de fund, quick sum and closing offer', text: 'Unser Fonds bringt Ihnen täglich bis zu 1.200 Euro. Nur noch wenige freie Plätze!' },
  // Session 51: the stake named as a minimum ("une mise minimum de", "Mindesteinlage von", "un minimo di", "een minimum van").
  { name: 'de Vermögensberater, Mindesteinlage', text: 'Meine Kunden verdienen jeden Monat 15 bis 25 % bei einer Mindesteinlage von 250 €. Die Plätze sind begrenzt.' },
  { name: 'fr gestionnaire, un minimum de', text: 'Mes clients gagnent entre 15 % et 25 % par mois avec un minimum de 250 €. Places limitées.' },
  { name: 'it gestore, un minimo di', text: 'I miei clienti guadagnano dal 15% al 25% al mese con un minimo di 250 €. Posti limitati.' },
  { name: 'nl beheerder, een minimum van', text: 'Mijn klanten verdienen 15% tot 25% per maand met een minimum van 250 euro. Beperkte plaatsen.' },
];

const MUST_NOT: readonly { name: string; text: string }[] = [
  { name: 'a bank savings advert: yearly rate paid monthly', text: 'Fixed Rate Bond: a guaranteed 4.5% AER, interest paid monthly. Open an account from just £1. Limited issue.' },
  { name: 'a fund manager\'s quarterly letter', text: 'Our equity fund returned 12% over the year. Past performance is no guide to future returns; the value of investments can fall. Minimum investment of €5,000.' },
  { name: 'a car loan advert', text: 'Drive away today: low monthly payments from $199, guaranteed approval. Limited time offer.' },
  { name: 'a subscription discount', text: 'Get 20% off your monthly plan, from only $9.99 per month. 30-day money-back guarantee.' },
  { name: 'a product advert (hard ham shape)', text: 'The new edition is only $19, satisfaction guaranteed.' },
  { name: 'a casino cashback advert', text: 'Welcome bonus up to €1500. 20% daily cashback. Play now.' },
  { name: 'a regulator\'s warning', text: 'Scam alert: fraudsters promise 300% in a few months, guaranteed, from as little as $250. This is a scam: do not pay.' },
  { name: 'a savings bank: minimum deposit, yearly rate (session 51)', text: 'Unser Festgeld: 3 % pro Jahr, Mindesteinlage von 500 €. Garantierte Zinsen.' },
  { name: 'a broker\'s newsletter with no promise', text: 'Invest in shares from €1 per trade. Markets moved 12% in 3 months; capital at risk.' },
];

for (const row of FIRE) {
  test(`investmentPitch fires: ${row.name}`, () => {
    assert.ok(investmentPitch(`Notice\n${row.text}`), row.text);
  });
}
for (const row of MUST_NOT) {
  test(`investmentPitch must not: ${row.name}`, () => {
    assert.equal(investmentPitch(`Notice\n${row.text}`), null);
  });
}

test('investmentPitch: a percentage below two digits or a discount is no quick return', () => {
  assert.equal(investmentPitch('x\nEarn 8% per month, guaranteed, from only $250.'), null);
  assert.equal(investmentPitch('x\nSave 30% off each month, guaranteed, from only $250.'), null);
  assert.ok(investmentPitch('x\nEarn 18% per month, guaranteed, from only $250.'));
});

const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z'), classifierModel: shipped } });

// The crypto fund pitch sent through a form service's notification (the honeypot's shape; session 54: the corpus row that
// showed it became a held-out row of draw 11, and no design or free pot file carries CONTENT_INVESTMENT_PITCH, so the letter
// is built here in other words).
test('the crypto fund pitch in a form service\'s notification reaches a scan', async () => {
  const raw = new TextEncoder().encode(['From: "Form Alerts" <alerts@forms-service.example>', 'To: reader@mailbox.example', 'Subject: Bonus code #5521',
    'Date: Mon, 2 Jun 2025 10:00:00 +0200', 'Message-ID: <f.1@forms-service.example>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
    'Digital Asset Growth Fund. Daily income from $800 and more.', 'Dear participant, you are invited to join our programme.',
    'We guarantee stable daily payouts to every member.', 'Your personal bonus code: K7Q2-PLM9', '',
    'You received this notification because a form was submitted with your address.', ''].join('\r\n'));
  const r = await scanner.scan({ raw, source: 'fund-pitch.eml' });
  assert.ok(activeIds(r).includes('CONTENT_INVESTMENT_PITCH'), activeIds(r).join(', '));
});

test('the finding reaches a scan: a pitch letter is flagged', async () => {
  const raw = new TextEncoder().encode(['From: "Borsa Oggi" <redazione@notizie-borsa.example>', 'To: reader@mailbox.example', 'Subject: Azioni', 'Date: Mon, 2 Jun 2025 10:00:00 +0200',
    'Message-ID: <p.1@notizie-borsa.example>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', FIRE[5]!.text, ''].join('\r\n'));
  const r = await scanner.scan({ raw, source: 'pitch.eml' });
  assert.ok(activeIds(r).includes('CONTENT_INVESTMENT_PITCH'));
});

/**
 * Session 53 (issue 18): in an ASCII head, GUARANTEE and CLOSING run only where headRead's trigrams hold one of their word lists.
 * Seeded ASCII texts of their phrases (cut, a letter changed or dropped, any case, glued), sums, percentages, stakes and periods:
 * the pitch with the trigrams is the pitch without them, and each list is needed by some phrase.
 */
const PROMISES = [
  'guaranteed', 'we guarantee', 'wir garantieren', 'nous vous garantissons', 'nous garantissons', 'garantizamos', 'garantimos', 'garantiamo', 'wij garanderen',
  'risk-free', 'risk free', 'no risk', 'without risk', 'garantiert', 'garantierte', 'garantierten', 'garantie', 'ohne risiko', 'risikofrei', 'garanti', 'garanties',
  'sans risque', 'garantizados', 'aseguradas', 'asegurado', 'sin riesgo', 'garantido', 'sem risco', 'garantita', 'senza rischio', 'senza rischi', 'gegarandeerde',
  'gegarandeerd', 'zonder risico', 'risicoloos', 'limited places', 'limited spots', 'seats are limited', 'spots limited', 'last spots', 'last seats',
  'closes at midnight', 'closes tonight', 'today only', 'platze sind begrenzt', 'begrenzte platze', 'nur noch wenige', 'letzte platze', 'places limitees',
  'dernieres places', 'plazas limitadas', 'ultimas plazas', 'vagas limitadas', 'ultimas vagas', 'posti limitati', 'ultimi posti', 'beperkte plaatsen',
  'laatste plaatsen',
];
const PITCH_PARTS = ['earned 340% in only 6 months', '45 % par mois', 'start with as little as $250', 'only 250 euro', 'from $1000', 'shares', 'crypto',
  'up to 1.200 euro per day', 'invest', '20% off', 'the', 'fund', 'minimum of 250 eur', 'daily', 'www.example.com', '12%'];

test('investmentPitch: with an ASCII head\'s trigrams, the same pitch as without them (seeded texts)', () => {
  const r = mulberry32(53);
  const seps = [' ', ' ', '. ', ', ', '\n', '', '-', '  '];
  let pitches = 0;
  let turned = 0;
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    for (let k = 1 + Math.floor(r() * 10); k > 0; k--) {
      const w = mangledWord(r() < 0.5 ? PROMISES[Math.floor(r() * PROMISES.length)]! : PITCH_PARTS[Math.floor(r() * PITCH_PARTS.length)]!, r);
      text += w + seps[Math.floor(r() * seps.length)];
    }
    const head = `Notice\n${text}`;
    const grams = readHead(head, 7).grams;
    if (!gramsMayMatch(gramGate(GUARANTEE_WORDS), grams) || !gramsMayMatch(gramGate(CLOSING_WORDS), grams)) turned++;
    const alone = investmentPitch(head);
    if (alone) pitches++;
    assert.deepEqual(investmentPitch(head, grams), alone, head);
  }
  assert.ok(pitches > 1_000 && turned > 2_000, `pitches ${pitches}, turned ${turned}`);
});

test('investmentPitch: each of GUARANTEE_WORDS and CLOSING_WORDS is needed (without it, a phrase of the pattern is turned away)', () => {
  for (const words of [GUARANTEE_WORDS, CLOSING_WORDS]) {
    const needless = words.filter((_, i) => {
      const without = gramGate(words.filter((_, k) => k !== i));
      return !PROMISES.some((p) => !gramsMayMatch(without, readHead(`x\n${p}`, 2).grams) && gramsMayMatch(gramGate(words), readHead(`x\n${p}`, 2).grams));
    });
    assert.deepEqual(needless, []);
  }
});
