import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrandRegistry } from '../../brands/registry.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { customerOf, prizeLure, prizeLureCheck, prizeSponsorElsewhere, vouchersOf } from './prize-lure.js';
import { foldText } from './scam-structure.js';

/**
 * Issue 17, session 30: the brand prize, survey and reward lure (prize-lure.ts). Each table: what must be read, in the corpus
 * languages, and the ordinary mail with some of the same words that must not.
 */
const lureRows: { name: string; text: string; fires: boolean }[] = [
  // Fire: two moves or more, one of them something offered.
  { name: 'de: picked, survey, shipping fee', text: 'Herzliche Glückwünsche! Sie wurden ausgewählt! Nehmen Sie an dieser kurzen Umfrage teil. Es können Versandgebühren anfallen.', fires: true },
  { name: 'de: voucher, selected participants, three questions', text: 'Ihr 100€ Bahngutschein für ausgewählte Teilnehmer. Beantworten Sie 3 kurze Fragen. Jetzt teilnehmen', fires: true },
  { name: 'nl: a raffle of gift cards', text: 'Wij verloten we meerdere Albert Heijn cadeaukaarten!', fires: true },
  { name: 'nl: picked and a chance', text: 'GEFELICITEERD, JE BENT GESELECTEERD! IK WIL WINNEN', fires: true },
  { name: 'en: reward and a chance', text: 'This is your chance to receive a reward', fires: true },
  { name: 'en: selected, claim before it expires', text: 'You have been selected! Claim your reward before it expires, just pay shipping.', fires: true },
  { name: 'fr: win, your opinion', text: 'Votre avis compte ! Gagnez un démarreur portable', fires: true },
  { name: 'es: selected, gift card', text: 'Has sido seleccionado para recibir una tarjeta regalo. Reclama ahora.', fires: true },
  { name: 'pt: you won, last chance', text: 'Você ganhou! Resgate o seu prêmio, última chance.', fires: true },
  { name: 'ja: 当選 and a gift card', text: 'おめでとうございます。ギフト券に当選しました。アンケートに答えて受け取りください。', fires: true },
  // Must not: one move alone, or moves without anything offered.
  { name: 'a survey with a deadline (no offer)', text: 'Please take our short survey about the conference before Friday; the survey closes soon.', fires: false },
  { name: 'congratulations alone', text: 'Congratulations on your new job! Let us have lunch next week.', fires: false },
  { name: 'de: a price list (Preise) and a deadline', text: 'Unsere Preise gelten nur noch bis Freitag, danach steigen sie.', fires: false },
  { name: 'nl: prices and a shop', text: 'Bekijk onze prijzen en bestel vandaag.', fires: false },
  { name: 'a gift word alone', text: 'Looking for a gift? Our new catalogue is out.', fires: false },
  { name: 'ja: a plain announcement', text: '新しいカタログができました。ご覧ください。', fires: false },
];

for (const row of lureRows) {
  test(`prize lure moves: ${row.name}`, () => {
    assert.equal(prizeLure(foldText(row.text)) !== null, row.fires);
  });
}

const customerRows: { name: string; text: string; names: string[] }[] = [
  { name: 'de: Lieber X-Käufer', text: 'Lieber Kaufland-Käufer, wir möchten Ihnen', names: ['Kaufland'] },
  { name: 'de: Liebe/r X Y-Kundin/Kunde', text: 'Liebe/r Toom Baumarkt-Kundin/Kunde, Ihre Meinung ist uns wichtig', names: ['Toom Baumarkt'] },
  { name: 'de: Erfahrungen mit X', text: 'Umfrage zu Ihren Erfahrungen mit OBI teil', names: ['OBI'] },
  { name: 'de: zur X Umfrage, leading function words dropped', text: 'Wichtige Mitteilung zur OBI Umfrage', names: ['OBI'] },
  { name: 'nl: ervaring met X', text: 'neem deze korte enquête in over uw ervaring met Kruidvat.', names: ['Kruidvat'] },
  { name: 'en: Dear X customer', text: 'Dear Acme Hardware customer, thank you', names: ['Acme Hardware'] },
  { name: 'fr: votre expérience X', text: 'Partagez votre expérience Norauto', names: ['Norauto'] },
  { name: 'a sender name "Nachricht von X"', text: 'Nachricht von Obi | Hier ist Ihre Chance', names: ['Obi'] },
  // Session 53 (det53): the sign-off a prize letter speaks as.
  { name: 'en: "X Team." after the prize', text: 'Prize: iPhone 16 Pro Rogers Team. If you no longer wish', names: ['Pro Rogers'] },
  { name: 'en: "The X Team"', text: 'Best regards, The Stake Team', names: ['Stake'] },
  { name: 'de: "Ihr X-Team"', text: 'Viel Glück wünscht Ihr Lidl-Team', names: ['Lidl'] },
  { name: 'a department signs: The Support Team', text: 'Thanks, The Support Team', names: [] },
  { name: 'a department signs: Customer Service Team', text: 'Kind regards, Customer Service Team', names: [] },
  // Must not: no name, or only function words.
  { name: 'Dear Customer', text: 'Dear Customer, your order has shipped', names: [] },
  { name: 'a capitalised heading before Umfrage', text: 'Jetzt An Der Umfrage Teilnehmen', names: [] },
  { name: 'experience with us', text: 'Tell us about your experience with us', names: [] },
];

for (const row of customerRows) {
  test(`prize sponsor named as the reader's organisation: ${row.name}`, () => {
    assert.deepEqual(customerOf(row.text), row.names);
  });
}

// Session 38: the reward named for an organisation in the subject or the sender's name.
const voucherRows: { name: string; envelope: string; names: string[] }[] = [
  { name: 'en: Your X Reward', envelope: 'CONGRATS__Your Hilton Reward Has Arrived__ Open Immediately!', names: ['Hilton'] },
  { name: 'en: a two-word organisation', envelope: "You've received a $90 State Farm Reward - Open immediately!", names: ['State Farm'] },
  { name: 'de: X-Gutschein', envelope: '500€ EDEKA-Gutschein erhalten', names: ['EDEKA'] },
  { name: 'de: X Geschenkkarte', envelope: 'Gewinnen Sie 4x250€ Lidl Geschenkkarte', names: ['Lidl'] },
  { name: 'nl: X-cadeaukaart', envelope: 'Ontvang uw Intratuin-cadeaukaart', names: ['Intratuin'] },
  { name: 'en: X Gift Card', envelope: 'Your Best Buy Gift Card is waiting', names: ['Best Buy'] },
  { name: 'en: a shout before the name', envelope: 'CONGRATS Your Hilton Reward Has Arrived', names: ['Hilton'] },
  // Must not: no name before the word, a prize's kind, the programme's plural, a lower-case word.
  { name: 'Your Reward', envelope: 'Your Reward Worth $100', names: [] },
  { name: 'a casino reward', envelope: 'Your Casino Reward is waiting', names: [] },
  { name: 'an advert\'s Rewards programme', envelope: 'Dragonia Rewards Team', names: [] },
  { name: 'a lower-case word', envelope: 'claim your gift card today', names: [] },
];
for (const row of voucherRows) {
  test(`prize sponsor named by the reward in the subject or name: ${row.name}`, () => {
    assert.deepEqual(vouchersOf(row.envelope), row.names);
  });
}

const registry = buildBrandRegistry([], true);

test('prize sponsor: a registered brand in the subject not owning the domains is the sponsor; owning one, it is not', () => {
  assert.equal(prizeSponsorElsewhere(registry, 'Wij verloten meerdere Albert Heijn cadeaukaarten', '', ['mail-serve.example', 'webrentals.example'])?.name, 'Albert Heijn');
  assert.equal(prizeSponsorElsewhere(registry, 'Wij verloten meerdere Albert Heijn cadeaukaarten', '', ['ah.nl']), null);
});

test('prize sponsor: a brand named in the text alone (the prize\'s maker) is no sponsor', () => {
  assert.equal(prizeSponsorElsewhere(registry, 'Win one of five keyboards', 'This week we give away five Microsoft keyboards.', ['lockergnome.example']), null);
});

test('prize sponsor: the reward named in the subject is the sponsor unless a domain bears its name; in the text alone it is not', () => {
  assert.equal(prizeSponsorElsewhere(registry, 'CONGRATS Your Hilton Reward Has Arrived', '', ['lflwfzlvwz.example'])?.name, 'Hilton');
  assert.equal(prizeSponsorElsewhere(registry, 'CONGRATS Your Hilton Reward Has Arrived', '', ['news.hilton.example']), null);
  assert.equal(prizeSponsorElsewhere(registry, 'Our study', 'Complete the study for a chance to win a Target Gift Card.', ['uni.example']), null);
});

test('prize sponsor: an unregistered organisation is related by its words in a domain', () => {
  assert.equal(prizeSponsorElsewhere(registry, '', 'Lieber Toom-Kunde, Ihre Meinung zählt', ['stayfriends.example'])?.name, 'Toom');
  assert.equal(prizeSponsorElsewhere(registry, '', 'Lieber Toom-Kunde, Ihre Meinung zählt', ['news.toom.example']), null);
});

const check = prizeLureCheck(registry);
const ids = (m: Parameters<typeof check.run>[0]) => (check.run(m, { now: new Date(0), signal: new AbortController().signal }) as { findings: { id: string }[] }).findings.map((f) => f.id);

/** The check's ids for a message with one link to act on. */
function idsWithLink(fields: Parameters<typeof buildMessage>[0], href: string): string[] {
  const msg = buildMessage(fields);
  msg.htmlFacts.links.push({ href, kind: 'a', text: 'Go', partPath: '' });
  return ids(msg);
}

const checkRows: { name: string; fields: Parameters<typeof buildMessage>[0]; href: string; expected: string[] }[] = [
  {
    name: 'a survey lure to another domain in a brand\'s name',
    fields: { fromName: 'Sie sind ausgewählt', from: 'service@friends-mailer.example', subject: 'Dies ist Ihre Chance, eine Belohnung zu erhalten', html: '<p>Sehr geehrter Douglas-Kunde, nehmen Sie an unserer Umfrage teil und erhalten Sie ein Geschenkset!</p>' },
    href: 'https://upsearching.example/C61/',
    expected: ['CONTENT_PRIZE_LURE', 'CONTENT_PRIZE_LURE_ELSEWHERE', 'CONTENT_PRIZE_SPONSOR_ELSEWHERE'],
  },
  {
    name: 'a shop\'s own raffle, every link its own, is only the lure',
    fields: { fromName: 'Gartenmarkt Müller', from: 'news@gartenmarkt-mueller.example', subject: 'Gewinnspiel: gewinnen Sie einen Rasenmäher', html: '<p>Liebe Gartenmarkt-Kunden, beim Gewinnspiel verlosen wir einen Rasenmäher. Letzte Chance bis Sonntag!</p>' },
    href: 'https://www.gartenmarkt-mueller.example/gewinnspiel',
    expected: ['CONTENT_PRIZE_LURE'],
  },
];

for (const row of checkRows) {
  test(`prize lure check: ${row.name}`, () => {
    assert.deepEqual(idsWithLink(row.fields, row.href), row.expected);
  });
}

test('prize lure check: a letter with no lure has no finding', () => {
  assert.deepEqual(ids(buildMessage({ subject: 'Minutes of the meeting', text: 'Attached are the minutes. Please send your feedback by Friday.' })), []);
});

test('prize lure: linear in the text (no super-linear pattern over long runs of names or letters)', () => {
  const names = cpuGrowth((n) => `${'Lieber Aaaa Bbbb Cccc-Dddd '.repeat(n / 27)}`, (t) => customerOf(t), 3_000);
  assert.ok(names < 40, `names: growth ${names}`);
  const vouchers = cpuGrowth((n) => `${'Your Aaaa Bbbb-Cccc Dddd '.repeat(n / 25)}`, (t) => vouchersOf(t), 3_000);
  assert.ok(vouchers < 40, `vouchers: growth ${vouchers}`);
  const letters = cpuGrowth((n) => foldText(`${'gewinnen '.repeat(n / 18)}${'x'.repeat(n / 2)}`), (t) => prizeLure(t), 3_000);
  assert.ok(letters < 40, `letters: growth ${letters}`);
});

test('prizeLure reads the Japanese terms of a move with its Latin ones, each under its move', () => {
  const lure = prizeLure(foldText('当選しました! Congratulations: your ギフトカード and a gift card are waiting. Claim your prize, 送料のみ.'));
  assert.deepEqual(lure?.moves, { picked: ['当選しました', 'congratulations'], reward: ['ギフトカード', 'gift card', 'prize'], claim: ['claim your', '送料のみ'] });
});

/**
 * The moves pattern's word boundaries (session 40; a guard for any rewrite of the pattern, e.g. one without the `u` flag or
 * with its classes written out): a term is read only when no letter, digit, `@` or `.` stands before it and no letter, digit
 * or `@`, nor a dot and a letter, after it — in any script, astral ones too.
 */
const boundaryRows: { name: string; before: string; after: string; read: boolean }[] = [
  { name: 'blanks', before: ' ', after: ' ', read: true },
  { name: 'punctuation', before: '(', after: ').', read: true },
  { name: 'a dot at the end of a sentence', before: ' ', after: '. ', read: true },
  { name: 'a digit after', before: ' ', after: '2 ', read: false },
  { name: 'a Cyrillic letter before', before: ' ж', after: ' ', read: false },
  { name: 'a Greek letter after', before: ' ', after: 'λ ', read: false },
  { name: 'an Arabic-Indic digit before', before: ' \u0663', after: ' ', read: false },
  { name: 'an astral letter before (mathematical bold A)', before: ' \u{1d400}', after: ' ', read: false },
  { name: 'an astral digit after (mathematical bold 1)', before: ' ', after: '\u{1d7cf} ', read: false },
  { name: 'an address', before: ' me@', after: ' ', read: false },
  { name: 'inside a host name', before: ' www.', after: ' ', read: false },
  { name: 'a host name after', before: ' ', after: '.com ', read: false },
  { name: 'an at sign after', before: ' ', after: '@x ', read: false },
];

for (const row of boundaryRows) {
  test(`prize lure moves, a term's boundaries: ${row.name}`, () => {
    // Picked and a deadline read elsewhere, so the lure is found either way; only whether the reward term is read differs.
    const lure = prizeLure(foldText(`You have been selected, last chance.${row.before}reward${row.after}`));
    assert.ok(lure);
    assert.equal(lure.moves.reward !== undefined, row.read, JSON.stringify(lure.moves));
  });
}
