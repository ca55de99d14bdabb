import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import type { FindingId } from '../../core/finding-ids.js';
import { createScanner } from '../../runtime/index.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { ids, mail, scanner as ruleScanner, trusted, dmarcPass } from '../../test-support/classifier-free-scan.js';

/**
 * PHISH_CRYPTO_CLAIM_LINK (issue 17, session 40): a crypto payout to claim from someone who is not the platform, whose claim
 * link leads away from the sender's domain, is a wallet drainer — phishing — whatever name the sender borrows. It takes over
 * CONTENT_CRYPTO_CLAIM_UNRELATED's points, so the score stays and only the class moves; adverts, casino bonuses and
 * advance-fee letters keep the spam class, and a platform's own mail (its own links) is never touched.
 */
const table = buildScoreTable(CATALOGUE, defaultConfig().thresholds);
const CLAIM: FindingId[] = ['CONTENT_CRYPTO_CLAIM', 'CONTENT_CRYPTO_CLAIM_ELSEWHERE', 'HDR_ADDRESS_INVALID'];

const rows: { why: string; ids: FindingId[]; composite: boolean; verdict: string }[] = [
  { why: 'a claim link elsewhere from an invalid sender, with a spam vote', ids: ['CONTENT_CLASSIFIER_SPAM_LOW', ...CLAIM], composite: true, verdict: 'phishing' },
  { why: 'with the wallet-lure category and a prize lure on top', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CATEGORY_CRYPTO_SCAM', 'CONTENT_PRIZE_LURE', ...CLAIM], composite: true, verdict: 'phishing' },
  { why: 'a scam letter\'s vocabulary does not make it an advance-fee letter', ids: ['CONTENT_SCAM_LETTER', ...CLAIM], composite: true, verdict: 'phishing' },
  { why: 'sender not the organisation by display name alone', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CRYPTO_CLAIM', 'CONTENT_CRYPTO_CLAIM_ELSEWHERE', 'FROM_DISPLAY_NAME_DOMAIN_MISMATCH'], composite: true, verdict: 'phishing' },
  // Session 47: the link on the sender's own domain (a stolen mailing account's click tracker) under a name it is not.
  { why: 'an unrelated organisation\'s name, the link on the sender\'s own domain', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CRYPTO_CLAIM', 'FROM_ORGANISATION_UNRELATED'], composite: true, verdict: 'phishing' },
  { why: 'a registered brand\'s name, the link on the sender\'s own domain', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CRYPTO_CLAIM', 'FROM_BRAND_DISPLAY_NAME'], composite: true, verdict: 'phishing' },
  // must not
  { why: 'a free-mail sender that names no organisation, the link on no other domain', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CRYPTO_CLAIM', 'FROM_FREEMAIL'], composite: false, verdict: 'spam' },
  { why: 'the claim link goes to the sender\'s own domain (a platform\'s newsletter, unauthenticated)', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CRYPTO_CLAIM', 'FROM_BRAND_UNAUTHENTICATED'], composite: false, verdict: 'spam' },
  { why: 'authenticated sender: no unrelated claim at all', ids: ['CONTENT_CLASSIFIER_SPAM', 'AUTH_DMARC_PASS', ...CLAIM], composite: false, verdict: 'spam' },
  { why: 'a casino advert\'s crypto bonus', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_GAMBLING_ADVERT', ...CLAIM], composite: false, verdict: 'spam' },
  { why: 'an offer (an advert)', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_ADVERT_OFFER', ...CLAIM], composite: false, verdict: 'spam' },
  { why: 'an advance-fee letter (a fee to release the sum)', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CATEGORY_ADVANCE_FEE', ...CLAIM], composite: false, verdict: 'spam' },
  { why: 'many advance-fee words', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_ADVANCE_FEE_MANY', ...CLAIM], composite: false, verdict: 'spam' },
  { why: 'a claim elsewhere from a sender that is the organisation (nothing unrelated)', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CRYPTO_CLAIM'], composite: false, verdict: 'spam' },
];

for (const row of rows) {
  test(`crypto claim link: ${row.why}`, () => {
    const result = scoreFindings(row.ids.map((id) => ({ id, evidence: 'test' })), table);
    const active = result.findings.filter((f) => !f.replacedBy).map((f) => f.id);
    assert.equal(active.includes('PHISH_CRYPTO_CLAIM_LINK'), row.composite, active.join(', '));
    assert.equal(result.verdict, row.verdict, `${result.score}: ${active.join(', ')}`);
    const without = scoreFindings(row.ids.map((id) => ({ id, evidence: 'test' })), buildScoreTable(CATALOGUE, defaultConfig().thresholds, { PHISH_CRYPTO_CLAIM_LINK: 0 }));
    if (row.composite) assert.equal(result.score, without.score + 5 - 0, 'takes the unrelated claim\'s 5 points over, adds none');
    else assert.equal(result.score, without.score);
  });
}

// Whole messages, with the rules alone (no classifier vote).
const AIRDROP = '<p>Your wallet is eligible for the token airdrop. Claim your tokens now: <a href="https://claim-portal.example.net/claim">Claim tokens</a></p>';
const messages: { why: string; raw: Uint8Array; scanner: typeof ruleScanner; fires: boolean }[] = [
  { why: 'an airdrop claim under a crypto newsletter\'s name, link on another domain', raw: mail('"Crypto Daily" <news@mailer.shop-example.com>', 'Claim your airdrop', AIRDROP), scanner: ruleScanner, fires: true },
  {
    why: 'a crypto exchange\'s own newsletter: claim link on its own domain, DMARC pass',
    raw: mail('"Exchange" <news@exchange.example.org>', 'Claim your staking rewards', '<p>Your staking rewards are ready. Claim your tokens in your account: <a href="https://exchange.example.org/rewards">Rewards</a></p>', dmarcPass('exchange.example.org')),
    scanner: trusted,
    fires: false,
  },
  {
    why: 'a crypto media newsletter reporting on an airdrop (news, no payout for the reader)',
    raw: mail('"Crypto Daily" <news@cryptodaily.example.com>', 'The week in crypto', '<p>This week a layer-2 network announced an airdrop to early users; analysts debate the token\'s price. <a href="https://cryptodaily.example.com/articles/1">Read the article</a> <a href="https://www.example.org/report">Full report</a></p>'),
    scanner: ruleScanner,
    fires: false,
  },
];

// Session 53 (helper det53): the payout whose call is the wallet to connect ("To obtain your USDT tokens, simply link your Web3
// purse … Connect your wallet"), with no "claim your": the drainer's own words, read as the claim (CRYPTO_CLAIM_TERMS).
const connect = (from: string, subject: string, body: string, link: string, extra: readonly string[] = []) => mail(from, subject, `<p>${body} <a href="${link}">Open</a></p>`, extra);
messages.push(
  { why: 'en: VIP tokens under a casino\'s name, "connect your wallet", link elsewhere', raw: connect('"Stakehouse" <lana@builder.example.co.za>', 'Your VIP experience', 'You received VIP Platinum rank and USDT tokens. To obtain them, connect your wallet on our site and start enjoying the perks.', 'https://go.example.net/r?id=1'), scanner: ruleScanner, fires: true },
  { why: 'en: "link your wallet" for an NFT reward', raw: connect('"Collectors Club" <news@mailer.example.org>', 'Reward pending', 'A free NFT has been reserved for you. Link your wallet before Friday to receive it.', 'https://mint.example.com/x'), scanner: ruleScanner, fires: true },
  { why: 'pt: "conecte sua carteira" for tokens', raw: connect('"Recompensas" <info@loja.example.com.br>', 'Seus tokens', 'Você recebeu 500 tokens USDT. Conecte sua carteira para receber.', 'https://resgate.example.net/a'), scanner: ruleScanner, fires: true },
  { why: 'de: "verbinden Sie Ihre Wallet" for a bitcoin bonus', raw: connect('"Bonusprogramm" <info@shop.example.de>', 'Ihr Bonus', 'Ihnen wurden 0,02 Bitcoin gutgeschrieben. Verbinden Sie Ihre Wallet, um sie zu erhalten.', 'https://bonus.example.net/b'), scanner: ruleScanner, fires: true },
  // must not
  {
    why: 'a wallet app\'s own mail asking to connect the wallet on its own domain, DMARC pass',
    raw: connect('"Wallet App" <news@walletapp.example.org>', 'New: staking', 'Staking is live for USDT. Connect your wallet in the app to start.', 'https://walletapp.example.org/staking', dmarcPass('walletapp.example.org')),
    scanner: trusted,
    fires: false,
  },
  {
    why: 'a security warning: never connect your wallet to a site from an email',
    raw: connect('"Security Team" <security@exchange.example.org>', 'Stay safe', 'Scammers send fake token airdrops. Never connect your wallet to a site you reached from an email. This is a scam warning.', 'https://exchange.example.org/security'),
    scanner: ruleScanner,
    fires: false,
  },
  {
    why: 'no crypto asset named: "connect your wallet" of a loyalty card',
    raw: connect('"Shop" <news@mailer.example.org>', 'Your card', 'Add our loyalty card to your phone: connect your wallet app and scan the code.', 'https://shop.example.com/card'),
    scanner: ruleScanner,
    fires: false,
  },
);

for (const m of messages) {
  test(`crypto claim link, whole message: ${m.why}`, async () => {
    const report = await m.scanner.scan({ raw: m.raw, source: 'test.eml' });
    assert.equal(ids(report).includes('PHISH_CRYPTO_CLAIM_LINK'), m.fires, ids(report).join(', '));
  });
}

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

// Honeypot messages: design rows of bench/phishing-labels.tsv (draw 2) and unlabelled ones; no held-out file.
const corpus = [
  { file: 'sample-1003.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design, cred: a token "allocation" letter under a crypto newsletter\'s display name, the claim on another domain' },
  { file: 'sample-1953.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design, cred: an airdrop "hunter" under a crypto media name, "Verify claimables" on another domain' },
  { file: 'sample-3306.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'unlabelled: "Connect Your Active Wallet … Claim Incentive" through a shortener' },
  { file: 'sample-5506.eml', expected: ['CONTENT_CRYPTO_CLAIM_UNRELATED'], forbidden: ['PHISH_CRYPTO_CLAIM_LINK'], why: 'design, ham: a wallet maker\'s own subscription mail (its own domain and links) stays as it was (session 53: in place of a row that draw 10 made held-out)' },
  { file: 'sample-1226.eml', expected: ['CONTENT_GAMBLING_ADVERT'], forbidden: ['PHISH_CRYPTO_CLAIM_LINK'], verdict: 'spam', why: 'a casino advert with a crypto bonus stays spam' },
  { file: 'sample-6333.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design (draw 4), cred: a token distribution under an exchange\'s name from an insurer\'s mailing domain, its own click tracker' },
  { file: 'sample-1213.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design (draw 4), cred: a picture whose subject says the wallet "qualifies you for a claim" of tokens' },
  { file: 'sample-893.eml', expected: ['CONTENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design (draw 4), cred: "Secure Your Spot in zkSync Biggest Airdrop Yet!" with no words of its own, a link elsewhere (session 48)' },
  { file: 'sample-3313.eml', expected: ['CONTENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design (draw 9), cred: "VIP Platinum rank and USDT tokens … link your Web3 purse … Connect your wallet" under a casino\'s name from a stranger\'s domain (session 53)' },
  { file: 'sample-1688.eml', expected: ['CONTENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design (draw 5), cred: "Exclusive 48-Hours Airdrop" over a picture from a help-desk tenant (session 48)' },
];

test('crypto claim link: real honeypot messages (outside the held-out parts)', async (t) => {
  await assertCorpusRows(t, scanner, corpus);
});
