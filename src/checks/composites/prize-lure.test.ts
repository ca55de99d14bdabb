import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { dmarcPass, ids, mail, scanner, trusted } from '../../test-support/classifier-free-scan.js';

/**
 * Issue 17, session 30: the prize, survey and reward lure's composites (CONTENT_PRIZE_LURE_UNANSWERED, PHISH_PRIZE_SPONSOR_IMPERSONATED).
 * The classifier is switched off, so that each row shows what the rules decide alone (the honeypot's prize lures went clean
 * when the model stopped reading modern HTML as spam): rows that fire, and must-not rows of a shop's or a brand's own mail.
 */

const SURVEY_DE =
  '<p>Lieber Kaufland-Käufer,</p><p>wir möchten Ihnen die einmalige Gelegenheit bieten, eine brandneue Eismaschine zu erhalten. Um Anspruch zu erheben, nehmen Sie einfach an dieser kurzen Umfrage zu Ihren Erfahrungen mit Kaufland teil.</p><p><a href="https://throughfares.example/?a=7395&oc=21549">STARTEN SIE DIE UMFRAGE</a></p><p>Es können Versandgebühren anfallen</p>';

// Session 53 (det53): the prize letter signed in a name its domains do not carry ("Rogers Team.").
const SIGNED = (team: string): string =>
  `<p>Congratulations! You've been selected to receive an exclusive smartphone. Your prize is ready for you.</p><p><a href="https://claim.example.net/t/1">Claim Your Prize</a></p><p>${team}.</p>`;
const rows: { name: string; raw: Uint8Array; auth?: boolean; verdict?: string; expected: string[]; forbidden: string[] }[] = [
  {
    name: 'en: a prize letter signed "Northwind Team", from and linking to domains of other names',
    raw: mail('"Smartphone" <winner_88@vargas.example.shop>', 'Important for you !', SIGNED('Northwind Team')),
    expected: ['CONTENT_PRIZE_LURE', 'CONTENT_PRIZE_SPONSOR_ELSEWHERE', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
    forbidden: [],
  },
  {
    name: 'must not: the same letter signed by a department ("The Support Team")',
    raw: mail('"Smartphone" <winner_88@vargas.example.shop>', 'Important for you !', SIGNED('The Support Team')),
    expected: ['CONTENT_PRIZE_LURE'],
    forbidden: ['CONTENT_PRIZE_SPONSOR_ELSEWHERE', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
  },
  {
    name: 'must not: a shop\'s own giveaway signed with its own name, its own links',
    raw: mail('"Northwind" <news@northwind.example>', 'Our summer giveaway', '<p>Congratulations to last month\'s winners! Enter our summer giveaway for a chance to win a smartphone.</p><p><a href="https://northwind.example/giveaway">Enter</a></p><p>The Northwind Team</p>'),
    expected: [],
    forbidden: ['CONTENT_PRIZE_SPONSOR_ELSEWHERE', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
  },
  // Fire: the lure from a sender that is not the one it names, or whose links lead elsewhere.
  {
    name: 'de: a survey lure in a supermarket\'s name from a community site\'s sender, its link elsewhere',
    raw: mail('Herzliche Glückwünsche. <service@friends-mailer.example>', 'Herzliche Glückwünsche! Sie wurden ausgewählt!', SURVEY_DE),
    verdict: 'phishing',
    expected: ['CONTENT_PRIZE_LURE', 'CONTENT_PRIZE_LURE_UNANSWERED', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
    forbidden: [],
  },
  {
    name: 'nl: a raffle of a chain\'s gift cards under a picture, from a throw-away sender',
    raw: mail('Hiep Hiep Hoera! <newsletters.xk@mail-serve.example>', 'Wij verloten we meerdere Albert Heijn c.adeaukaarten.PAQO', '<a href="http://r.webrentals.example/r754e.php?32=1o1668"><img src="http://img.webrentals.example/ah.png" width="600" height="900"></a>'),
    verdict: 'phishing',
    expected: ['CONTENT_PRIZE_LURE_UNANSWERED', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
    forbidden: [],
  },
  {
    name: 'de: a rail voucher lure from an app host',
    raw: mail('Reisevorteil Deutschland <noreply@node-worker-prod.web.app>', 'Ihr 100€ Bahngutschein wartet auf Bestätigung', '<p>100€ Bahngutschein heute verfügbar für ausgewählte Teilnehmer. Beantworten Sie 3 kurze Fragen.</p><p><a href="https://playmodx.example/debahn">JETZT TEILNEHMEN</a></p>'),
    expected: ['CONTENT_PRIZE_LURE_UNANSWERED'],
    forbidden: [],
  },
  {
    name: 'nl: a survey lure in a drugstore\'s name whose every link is the lure\'s own domain',
    raw: mail('klant aanbiedingen <afdeling@aprimarse.example>', 'Je hebt een tandenborstel gewonnen', '<p>Gefeliciteerd! U bent gekozen voor een snel onderzoek naar winkelpromoties bij Kruidvat. Om te claimen, neem gewoon deze korte enquête in over uw ervaring met Kruidvat.</p><p><a href="https://click.sas.aprimarse.example/QkE1">BEGIN NU</a></p>'),
    expected: ['CONTENT_PRIZE_SPONSOR_ELSEWHERE', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
    forbidden: [],
  },
  {
    // Session 38: the sponsor named by its reward in the subject ("Your X Reward"), the composite alone reaching the phishing line.
    name: 'en: "Your Hilton Reward Has Arrived" from a generated domain, its link elsewhere',
    raw: mail('Hotel Department <zuxq@lflwfzlvwz.example>', 'CONGRATS__Your Hilton Reward Has Arrived__ Open Immediately!', '<p>Congratulations! Complete this short 30-second survey about your travel experience to select one of our exclusive reward offers.</p><p><a href="https://t.ly.example/Abc">Confirm here</a></p>'),
    verdict: 'phishing',
    expected: ['CONTENT_PRIZE_SPONSOR_ELSEWHERE', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
    forbidden: [],
  },
  // Must not: a shop's own raffle, a brand's own authenticated survey, a newsletter's giveaway.
  {
    name: 'de: a garden shop\'s own raffle, every link its own (no result known)',
    raw: mail('Gartenmarkt Müller <news@gartenmarkt-mueller.example>', 'Gewinnspiel: gewinnen Sie einen Rasenmäher', '<p>Liebe Gartenmarkt-Kunden, beim Gewinnspiel verlosen wir einen Rasenmäher. Letzte Chance bis Sonntag!</p><p><a href="https://www.gartenmarkt-mueller.example/gewinnspiel">Mitmachen</a></p>'),
    expected: ['CONTENT_PRIZE_LURE'],
    forbidden: ['CONTENT_PRIZE_LURE_UNANSWERED', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
  },
  {
    name: 'en: a retailer\'s own survey with a gift-card draw, DMARC-authenticated, via a survey host',
    raw: mail('Acme Stores <survey@acme-stores.example>', 'Tell us about your visit for a chance to win a $100 gift card', '<p>Dear Acme Stores customer, take our short survey about your experience with Acme Stores for a chance to win a $100 gift card.</p><p><a href="https://surveys.medallia.example/acme?id=1">Start the survey</a></p>', dmarcPass('acme-stores.example')),
    auth: true,
    expected: ['CONTENT_PRIZE_LURE', 'AUTH_DMARC_PASS'],
    forbidden: ['CONTENT_PRIZE_LURE_UNANSWERED', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
  },
  {
    name: 'en: a tech newsletter with a giveaway among its stories, linking to its own site',
    raw: mail('Gadget Weekly <news@gadgetweekly.example>', 'This week: five keyboards to win', `<p>This week's prizes are five Microsoft keyboards: your chance to win one.</p>${'<p>Story of the week about laptops, phones and the cloud, with reviews and prices. </p>'.repeat(20)}<p><a href="https://gadgetweekly.example/giveaway">Enter</a> <a href="https://gadgetweekly.example/story1">Read</a> <a href="https://tracker.example/c?1">Deals</a></p>`),
    expected: ['CONTENT_PRIZE_LURE'],
    forbidden: ['CONTENT_PRIZE_LURE_UNANSWERED', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
  },
  {
    name: 'en: a university study whose text raffles a store\'s gift card (the reward named in the text, not the subject)',
    raw: mail('Jane Roe <jroe@psych.uni.example>', 'Invitation: a short survey on sleep', '<p>You have been selected for our sleep study. Complete the short survey for a chance to win a Target Gift Card.</p><p><a href="https://psych.uni.example/sleep">Start</a></p>'),
    expected: ['CONTENT_PRIZE_LURE'],
    forbidden: ['CONTENT_PRIZE_SPONSOR_ELSEWHERE', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
  },
  {
    // Session 38: the same study signed by its group's name, which names no organisation to impersonate.
    name: 'en: a university study from its "Study Team", a store\'s gift card raffled in the text',
    raw: mail('Study Team <study@psych.uni.example>', 'Invitation: take part in our sleep study', '<p>You have been selected to take part in our research study on sleep. Everyone who completes the survey gets a chance to win a $50 Target gift card.</p><p><a href="https://survey.psych.uni.example/s/sleep">Start the survey</a></p><p>The Sleep Study Team</p>'),
    expected: ['CONTENT_PRIZE_LURE'],
    forbidden: ['FROM_ORGANISATION_UNRELATED', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
  },
  {
    name: 'ja: a shop\'s own campaign whose every link is its own',
    raw: mail('さくら文具店 <info@sakura-bungu.example>', '【抽選】ギフト券が当たるキャンペーン', '<p>おめでとうございます。アンケートにお答えいただいた方の中から抽選でギフト券をプレゼントします。</p><p><a href="https://sakura-bungu.example/campaign">応募する</a></p>'),
    expected: ['CONTENT_PRIZE_LURE'],
    forbidden: ['CONTENT_PRIZE_LURE_UNANSWERED', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'],
  },
];

for (const row of rows) {
  test(`prize lure composites: ${row.name}`, async () => {
    const r = await (row.auth ? trusted : scanner).scan({ raw: row.raw, source: 'row.eml' });
    const found = ids(r);
    for (const id of row.expected) assert.ok(found.includes(id), `${id} expected in ${found.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!found.includes(id), `${id} not expected in ${found.join(', ')}`);
    if (row.verdict) assert.equal(r.verdict, row.verdict, `${r.verdict} ${r.score}: ${found.join(', ')}`);
  });
}

// Honeypot messages: design rows of bench/phishing-labels.tsv; no held-out file (session 53, det53).
const corpus = [
  { file: 'sample-4126.eml', expected: ['CONTENT_PRIZE_SPONSOR_ELSEWHERE', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'], forbidden: [], verdict: 'phishing', why: 'design, prize: "an exclusive iPhone 16 Pro from Rogers … Rogers Team." from a .shop mailer, links to a bare IP' },
  { file: 'sample-4128.eml', expected: ['CONTENT_PRIZE_SPONSOR_ELSEWHERE', 'PHISH_PRIZE_SPONSOR_IMPERSONATED'], forbidden: [], verdict: 'phishing', why: 'design (draw 8), prize: the same campaign' },
];
const realScanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
test('prize lure composites: real honeypot messages (outside the held-out parts)', async (t) => {
  await assertCorpusRows(t, realScanner, corpus);
});
