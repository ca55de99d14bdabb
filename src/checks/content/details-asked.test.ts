import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows, activeIds } from '../../test-support/corpus-rows.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';
import { detailsForMoney, nameGates, STRANGER_MOVES } from './details-asked.js';

/**
 * Issue 17, session 39: personal details asked for a payout (details-asked.ts). Must-fire rows: the 419, lottery, estate and
 * work-from-home letters in eight languages, written for this table (not copied from any corpus). Must-not rows: realistic ham
 * that has the sum, the details or both — a real invoice, a bank's notice and its warning, a charity appeal with a receipt
 * address, a recruiter, a bitcoin newsletter, a family letter about a grandmother's estate, a conference registration.
 */
test('details asked for money: the stranger letters in eight languages — and invoices, notices, appeals, recruiters, family (table)', () => {
  const rows: { name: string; subject?: string; text: string; reads: boolean }[] = [
    { name: 'en 419, auditor', text: 'Please accept my apologies for contacting you without prior notice. I came across an account worth 8.7 million dollars whose owner died with no relative. I want to present you as the beneficiary and we share it 60/40. All I need is your full name, address, phone number and occupation. Kindly treat this with utmost discretion.', reads: true },
    { name: 'en lottery', text: 'Your email address was drawn in our online promotion and has won the sum of £850,000 GBP. To process your winnings, fill in the form below and return it to your claims agent: Full name, Address, Age, Phone, Occupation.', reads: true },
    { name: 'en job', text: 'We found your resume online. You will earn $650 per week working 2-3 hours a day from home. No experience needed. To proceed, reply with your full name, address, phone number and date of birth.', reads: true },
    { name: 'de 419, same surname', text: 'Ich vertrete den Nachlass eines verstorbenen Kunden, der ein Guthaben von 4.200.000 EUR hinterlassen hat. Da Sie denselben Nachnamen tragen, möchte ich Sie als Erben vorschlagen. Die Summe teilen wir. Bitte senden Sie mir Ihren vollständigen Namen, Ihre Anschrift und Telefonnummer. Behandeln Sie diese Nachricht bitte streng vertraulich.', reads: true },
    { name: 'pt 419, bank manager', text: 'Peço desculpas pelo contato inesperado. Há uma conta de 3,5 milhões de euros sem herdeiros. Proponho apresentá-lo como parente do falecido e dividirmos meio a meio. Envie-me seu nome completo, endereço, número de telefone e uma cópia do documento de identidade.', reads: true },
    { name: 'es estate', text: 'Buscamos a los herederos del difunto Sr. Juan Pérez, quien dejó un patrimonio de 2,1 millones de euros. Usted podría ser familiar. Envíenos su nombre completo, fecha de nacimiento, dirección y número de teléfono.', reads: true },
    { name: 'fr lottery', text: 'Félicitations! Votre adresse e-mail a été tirée au sort et remporte 800 000 euros. Pour réclamer votre gain, envoyez à votre agent: nom complet, adresse, téléphone, âge et profession.', reads: true },
    { name: 'nl estate', text: 'Wij zoeken de erfgenamen van wijlen de heer Hans Jansen, die een nalatenschap van 1,6 miljoen euro heeft achtergelaten. U zou familie kunnen zijn. Stuur ons uw volledige naam, geboortedatum, adres en telefoonnummer.', reads: true },
    { name: 'it lottery', text: 'Congratulazioni, il suo indirizzo è stato estratto e ha vinto 750.000 euro. Per ricevere il premio invii nome e cognome, indirizzo, telefono e professione al nostro agente.', reads: true },
    { name: 'ja 419', text: '突然のご連絡失礼いたします。相続人のいない口座に850万ドルの残高があり、あなたを受取人として申請したいと考えております。資金は折半いたします。お名前、ご住所、電話番号をご返信ください。', reads: true },
    { name: 'en 419, US$10.5M and a share in percent', text: 'There is an abandoned sum of US$10.5M in an account of a customer who died in a plane crash. I need a foreigner to stand as the next of kin. You will take 40% of the total. Please send your full name, your private telephone number, your age and your occupation.', reads: true },
    { name: 'de 419, nearest relative and discretion', text: 'Ein ausländischer Kunde ist verstorben und hat 6.300.000 USD hinterlassen. Ich möchte Sie als nächsten Angehörigen angeben; Sie erhalten 40 %. Schicken Sie mir Ihren vollständigen Namen, Ihre Adresse, Ihre Telefonnummer und Ihren Beruf. Bitte absolute Verschwiegenheit.', reads: true },
    { name: 'en dormant balance forfeited', text: 'Our records show a dormant balance of $48,600 in your name. To release it, please reply with your full name, address, date of birth and phone number within 5 days, after which the balance will be forfeited.', reads: true },
    { name: 'nl lottery, mobile number', text: 'Uw e-mailadres heeft 650.000 euro gewonnen in onze jaarlijkse trekking. Om uw prijs op te eisen stuurt u naar de uitbetalingsagent: volledige naam, adres, mobiel nummer, leeftijd en beroep.', reads: true },
    // Session 42: the dying benefactor (first person; the orphanages the money is for) and the Italian lawyer's polite ask.
    { name: 'nl dying widow, orphanages', text: 'Ik ben de weduwe van wijlen ingenieur Peter Smit. De dokter zegt dat ik niet lang meer te leven heb. Mijn man liet 3.800.000 dollar op een bankrekening achter; ik wil dat u het geld gebruikt voor weeshuizen. Stuur mij uw volledige naam, adres en telefoonnummer.', reads: true },
    { name: 'en dying widow, less privileged', text: 'I was diagnosed with cancer and I do not have long to live. My late husband left 5.2 million dollars which I want you to distribute to the less privileged. Send me your full name, address, phone number and occupation.', reads: true },
    { name: 'de dying benefactor', text: 'Ich bin an Krebs erkrankt und habe nicht mehr lange zu leben. Ein Betrag von 2,5 Millionen Euro soll an Waisenhäuser gehen. Bitte senden Sie mir Ihren vollständigen Namen, Ihre Anschrift und Telefonnummer.', reads: true },
    { name: 'es dying benefactor', text: 'Me queda poco tiempo de vida y deseo que 1,9 millones de dólares vayan a orfanatos. Envíeme su nombre completo, dirección y número de teléfono.', reads: true },
    { name: 'it lawyer, next of kin, risponda', text: 'Un cliente straniero è morto lasciando 6,8 milioni di euro. Le propongo di presentarla come parente più prossimo. Mi risponda con nome completo, indirizzo e numero di telefono.', reads: true },
    // Session 51: the short first letter asks only for the name and a way to reach the reader (phone or postal address).
    { name: 'es 419, name and phone only', text: 'Soy el abogado de un cliente fallecido que dejó 4.100.000 dólares sin herederos. Quiero presentarle a usted como su pariente y nos repartiremos la suma. Respóndame con su nombre completo y su número de teléfono.', reads: true },
    { name: 'it lottery, name and address only', text: 'Il suo indirizzo email ha vinto 600.000 euro nella nostra estrazione. Per ricevere la somma ci invii nome e cognome e indirizzo di casa.', reads: true },
    { name: 'pt estate, name and phone only', text: 'Um cliente faleceu e deixou 2,7 milhões de euros. Como tem o mesmo sobrenome, proponho apresentá-lo como herdeiro; peço sigilo. Envie seu nome completo e telefone.', reads: true },
    { name: 'de win, name and phone only', text: 'Ihre E-Mail-Adresse wurde ausgewählt und hat 500.000 Euro gewonnen. Senden Sie uns Ihren vollständigen Namen und Ihre Telefonnummer.', reads: true },
    { name: 'fr 419, name and "numéro de téléphone" (a kind named in more than one word)', text: 'Un client étranger est mort en laissant 7 500 000 dollars sur son compte. Je cherche un partenaire de confiance pour recevoir ces fonds ; vous aurez 40 %. Envoyez-moi votre nom complet et votre numéro de téléphone.', reads: true },
    { name: 'ja 419, name and phone only', text: '相続人のいない口座に900万ドルが残されています。あなたを受取人として申請し、折半したいと考えています。お名前と電話番号をお知らせください。', reads: true },
    // Must not.
    { name: 'two details, no stranger\'s move: an estate agent\'s viewing (session 51)', text: 'The flat on Park Road is listed at €350,000. To book a viewing, please send me your full name and phone number.', reads: false },
    { name: 'two details, no money: a club asking name and phone (session 51)', text: 'You have won the raffle at the summer fête! Please send your full name and phone number so we can arrange the hamper.', reads: false },
    { name: 'only the name and an e-mail address: no way to reach asked (session 51)', text: 'You were selected for our 1 million euro research grant shortlist. Reply with your full name and e-mail address.', reads: false },
    { name: 'a private car sale (a five-digit sum, details for the contract, no stranger\'s move)', text: 'Hi, the car is yours for €12,500 as agreed. For the sales contract please send me your full name, address and phone number, and bring your ID card on Saturday.', reads: false },
    { name: 'a real invoice (sum, address and phone printed, nothing asked)', text: 'Invoice 2025-0412. Bill to: Anna Meier, Hauptstrasse 4, 8001 Zürich, phone +41 44 555 01 23. Total due: CHF 1,250.00 within 30 days. Thank you for your order.', reads: false },
    { name: "a bank's mortgage notice asking to check the address", text: 'Your mortgage of €250,000 has been renewed at the new rate. Please check in online banking that your name, address and phone number are still correct.', reads: false },
    { name: "a bank's warning that quotes the scam", text: 'Fraudsters claim you have won 1 million. We will never ask you to send your full name, address, date of birth and phone number by e-mail.', reads: false },
    { name: 'a charity appeal with a receipt address', text: 'Help us raise 1 million euros for the children\'s hospital this winter. Make a donation today: to receive your tax receipt, send us your full name, address and phone number.', reads: false },
    { name: 'a recruiter (a salary, a CV and a phone number)', text: 'We have an opening for a senior engineer in Munich, salary €120,000 per year. If you are interested, please send your CV, your phone number and your availability.', reads: false },
    { name: 'a bitcoin newsletter', text: 'Bitcoin crossed $100,000 this week. Our analysts selected three charts for you. Update your profile: name, address and phone number in the app settings.', reads: false },
    { name: "a family letter about grandmother's estate", text: 'Hi all, the notary has finished Grandma\'s estate: the house sold for €450,000 and will be split between the four of us. He needs everyone\'s full name, address and date of birth, please send them to me by Friday. Love, Maria', reads: false },
    { name: 'a conference registration', text: 'Registration for the 2025 meeting is open (budget 1.2 million from the EU grant). Please send your full name, affiliation, address and phone number to the secretariat.', reads: false },
    { name: 'a family letter: the grandmother has not long to live (third person, nl)', text: 'Lieve allemaal, oma heeft niet lang meer te leven. De notaris regelt haar nalatenschap van 450.000 euro. Stuur hem jullie volledige naam, adres en telefoonnummer.', reads: false },
    { name: 'a family letter: the grandmother has not long to live (third person, en)', text: 'Hi all, the doctors say Grandma does not have long to live. The notary is preparing her estate of $450,000; please send him your full name, address and phone number.', reads: false },
  ];
  for (const row of rows) assert.equal(detailsForMoney(row.subject ?? '', row.text) !== null, row.reads, `${row.name}: ${JSON.stringify(detailsForMoney(row.subject ?? '', row.text))}`);
});

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
function eml(headers: string[], body: string): Uint8Array {
  return new TextEncoder().encode(
    [...headers, 'To: someone@example.net', 'Date: Mon, 2 Jun 2025 10:00:00 +0200', `Message-ID: <${body.length}@mail.example>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'),
  );
}

test('details asked for money, end to end: the stranger from free mail gets the composite; an office from its own domain does not', async () => {
  const stranger = await scanner.scan({
    raw: eml(['From: Herr Martin Weber <m.weber.kanzlei@gmx.net>', 'Subject: Vertrauliche Anfrage'], 'Ich bin Rechtsanwalt und vertrete den Nachlass eines verstorbenen Kunden, der ein Guthaben von 4.200.000 EUR hinterlassen hat. Da Sie denselben Nachnamen tragen, möchte ich Sie als Erben vorschlagen. Bitte senden Sie mir Ihren vollständigen Namen, Ihre Anschrift und Telefonnummer. Behandeln Sie diese Nachricht bitte streng vertraulich.'),
    source: 'details-stranger.eml',
  });
  const ids = activeIds(stranger);
  assert.ok(ids.includes('CONTENT_DETAILS_FOR_MONEY') && ids.includes('CONTENT_DETAILS_FOR_MONEY_STRANGER'), ids.join(', '));
  assert.notEqual(stranger.verdict, 'clean', `${stranger.score}: ${ids.join(', ')}`);
  const office = await scanner.scan({
    raw: eml(['From: Kanzlei Weber <info@kanzlei-weber.example.de>', 'Subject: Nachlass Ihrer Tante'], 'Sehr geehrte Frau Meier, im Nachlass Ihrer Tante (Guthaben 1.200.000 EUR) sind Sie als Erbin eingesetzt; die Summe teilen wir gemäß Testament. Bitte senden Sie uns Ihren vollständigen Namen, Ihre Anschrift und Telefonnummer für das Verfahren.'),
    source: 'details-office.eml',
  });
  assert.ok(!activeIds(office).includes('CONTENT_DETAILS_FOR_MONEY_STRANGER'), activeIds(office).join(', '));
  // A bank's own dormancy letter asks for the same (the finding may fire), from its own domain: no composite.
  const bank = await scanner.scan({
    raw: eml(['From: Kundenservice <service@bank.example.de>', 'Subject: Ihr Konto ist nachrichtenlos'], 'Sehr geehrter Herr Braun, Ihr Sparkonto mit einem Guthaben von 15.200,00 EUR ist seit fünf Jahren nachrichtenlos. Um es zu reaktivieren, senden Sie uns bitte Ihren vollständigen Namen, Ihre Anschrift, Ihr Geburtsdatum und eine Kopie Ihres Personalausweises.'),
    source: 'details-bank.eml',
  });
  assert.ok(!activeIds(bank).includes('CONTENT_DETAILS_FOR_MONEY_STRANGER'), activeIds(bank).join(', '));
  assert.equal(bank.verdict, 'clean', `${bank.score}: ${activeIds(bank).join(', ')}`);
});

test('details asked for money: the honeypot letters (dev part, outside the labelled sample)', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-4688.eml', expected: ['CONTENT_DETAILS_FOR_MONEY'], forbidden: [] }, // design: a $2,300,000 "prize award" asks full names, address, phone, id card (session 42: in place of a held-out row)
    { file: 'sample-551.eml', expected: ['CONTENT_DETAILS_FOR_MONEY'], forbidden: [] }, // $30,000,000 "as the beneficiary", bank account asked
  ]);
});

test('details asked for money stays linear on long runs of digits, sums and detail words (CPU guard)', () => {
  const units = ['1', '1,000', '$1', 'full name, ', 'address ', 'phone ', 'send ', '万', 'has won ', '€ 1.'];
  const cpuMs = cpuStopwatch();
  for (const u of units) detailsForMoney('', `full name address phone send has won ${u.repeat(Math.ceil(32_768 / u.length))}x`);
  const ms = cpuMs();
  assert.ok(ms < 1500, `${ms.toFixed(0)} ms of CPU`);
});

test('the name gate: every term NAME_GATE finds holds NAME_HINT (asked first), in any case', () => {
  const { gate, hint } = nameGates;
  // The gate's terms, each class written out (`pr[eé]nom` → prenom, prénom; `[nr]?` → none, n, r).
  const expand = (term: string): string[] => {
    const m = /\[([^\]]+)\](\?)?/.exec(term);
    if (!m) return [term];
    const options = [...m[1]!].concat(m[2] ? [''] : []);
    return options.flatMap((o) => expand(term.slice(0, m.index) + o + term.slice(m.index + m[0].length)));
  };
  const terms = gate.source.split('|').flatMap(expand);
  assert.ok(terms.length >= 20);
  for (const term of terms) {
    for (const text of [term, term.toUpperCase(), `Bitte ${term}:`]) {
      assert.ok(gate.test(text), text);
      assert.ok(hint.test(text), text);
    }
  }
  assert.equal(hint.test('Thanks for the order'), false);
});

test('the share in percent is read before a blank or a full stop (session 51: the group\'s closing \\b never held after "%")', () => {
  for (const t of ['you will take 40 %.', 'you will take 40%.', 'you will take 40 percent.', 'vous aurez 40 %.', 'sie erhalten 30 %.', 'recebera 40%.', 'u ontvangt 20 %', 'riceverai il 30 % subito']) {
    assert.ok(STRANGER_MOVES.some(([, re]) => re.test(t)), t);
  }
  for (const t of ['the 40 % discount', 'a 20% rise']) assert.ok(!STRANGER_MOVES.some(([, re]) => re.test(t)), t);
});
