import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * Issue 17, item 6, end to end on real honeypot mail (.eml → parser → every family → score): the content
 * findings for words hidden from filters, image lures and scam kinds, with the ids each message must and
 * must not raise and that it is flagged. Messages of the design part of the hand-labelled sample or outside
 * the sample, never of its held-out part (bench/phishing-labels.tsv).
 */
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

/** `gap`: flagged by the old model's spam vote alone, clean since session 29 (the model learnt from modern renderings of its ham). */
const rows: { file: string; expected: string[]; forbidden: string[]; gap?: string }[] = [
  { file: 'sample-193.eml', expected: ['CONTENT_WORDS_JOINED', 'CONTENT_CATEGORY_CRYPTO_SCAM'], forbidden: ['CONTENT_STYLED_LETTERS'] }, // Mining_balance_0.7495_BTC (session 53: in place of a row of the same campaign that draw 8 made held-out)
  // Clean since session 29 (styled letters alone, 1.5); flagged again since session 30 by its generated address and display-name tag.
  { file: 'sample-6081.eml', expected: ['CONTENT_STYLED_LETTERS', 'FROM_LOCAL_PART_GENERATED', 'FROM_DISPLAY_NAME_TAG'], forbidden: ['CONTENT_WORDS_JOINED', 'CONTENT_LOOKALIKE_LETTERS'] }, // 𝐋𝐚𝐚𝐭 𝐠𝐞𝐞𝐧 𝐠𝐞𝐥𝐝 (nl, design part)
  { file: 'sample-6106.eml', expected: ['CONTENT_LOOKALIKE_LETTERS'], forbidden: ['CONTENT_STYLED_LETTERS'] }, // "Ihr P aket wartet auf ZusteIIung"
  { file: 'sample-2176.eml', expected: ['CONTENT_LOOKALIKE_LETTERS'], forbidden: [] }, // ___IMP0RTANT"INF0RMATI0N"____
  { file: 'sample-3853.eml', expected: ['CONTENT_IMAGE_LURE'], forbidden: ['CONTENT_CLASSIFIER_HAM', 'CONTENT_CLASSIFIER_HAM_HIGH'] }, // a prize on zupimages.net (design part)
  { file: 'sample-1038.eml', expected: ['CONTENT_CATEGORY_FINANCE', 'CONTENT_SPAM_TERMS'], forbidden: [] }, // OFERTA DE EMPRÉSTIMO (pt)
  { file: 'sample-4158.eml', expected: ['CONTENT_CATEGORY_SEXTORTION'], forbidden: [] }, // "private vids published"
  // Scams typed into real sites' forms, delivered by the sites' own notifications (en, fr, fa; design part and outside the sample).
  { file: 'sample-6366.eml', expected: ['CONTENT_CRYPTO_AMOUNT_HOST'], forbidden: [] }, // Username: ….pages.dev - WITHDRAW FUNDS 120097 USDT
  { file: 'sample-5441.eml', expected: ['CONTENT_CRYPTO_AMOUNT_HOST'], forbidden: [] }, // Username: www.….blogspot.qa - 1.3409642 BTC
  { file: 'sample-5606.eml', expected: ['CONTENT_CRYPTO_AMOUNT_HOST'], forbidden: [] }, // Votre identifiant … blogspot.fr
  { file: 'sample-5576.eml', expected: ['CONTENT_CRYPTO_AMOUNT_HOST'], forbidden: [] }, // جزئیات ورود … blogspot.pt
  // The funds without a sum, typed into a shop's newsletter form as the subscriber's name (session 10): in the subject,
  // in the greeting, or only in the To display name.
  { file: 'sample-5886.eml', expected: ['CONTENT_CRYPTO_AMOUNT_HOST'], forbidden: [] }, // "incoming transaction … withdrawal of funds -> transfer705.pages.dev"
  { file: 'sample-5901.eml', expected: ['CONTENT_CRYPTO_AMOUNT_HOST'], forbidden: [] }, // the same, only in To
  // Text hidden by <style> rules, not inline styles (session 7): the salad is hidden, what is left is a picture and a link.
  { file: 'sample-1438.eml', expected: ['MIME_HIDDEN_TEXT'], forbidden: [] }, // `.belowView { margin-top: 470500px }` over a copied newsletter (session 50: in place of a row that draw 7 made held-out)
  { file: 'sample-6168.eml', expected: ['MIME_HIDDEN_TEXT', 'CONTENT_IMAGE_LURE'], forbidden: [] }, // nl: "Wij verloten meerdere … cadeau-kaarten" (session 49: in place of a row that draw 6 made held-out)
  { file: 'sample-6188.eml', expected: ['MIME_HIDDEN_TEXT', 'CONTENT_IMAGE_LURE'], forbidden: [] }, // nl: "WIN een … Cadeaukaart van €250", another sender
  // Small capitals (session 7): read as letters by the term tables and counted as styled text.
  { file: 'sample-5988.eml', expected: ['CONTENT_STYLED_LETTERS'], forbidden: [] }, // "~~ᴘᴀʏᴍᴇɴᴛ ʀꜰᴜꜱᴀʟ" cloud-storage lure
  { file: 'sample-5856.eml', expected: ['CONTENT_STYLED_LETTERS', 'CONTENT_NOTICE_LURE', 'PHISH_NOTICE_LURE'], forbidden: [] }, // "~~ᴘ.ᴀ.ʏ.ᴍ.ᴇ.ɴ.ᴛ-ᴅ.ᴇ.ᴄ.ʟ.ɪ.ɴ.ᴇ.ᴅ" cloud storage lure (session 53: in place of a row of the same campaign that draw 8 made held-out, itself in place of a held-out row since session 42; ɪ for l read as declined: notice-lure.test.ts)
  // The alternative read is not the sender's choice (session 8): an HTML part that hides its salad and shows a picture is
  // read as a picture, not as the text/plain copy of the salad; an HTML lure is read before a benign text/plain placed last.
  { file: 'sample-1373.eml', expected: ['CONTENT_IMAGE_LURE', 'MIME_HIDDEN_TEXT'], forbidden: [] }, // "Device Safety Alerts", `.belowView` (design part)
  { file: 'sample-538.eml', expected: ['CONTENT_IMAGE_LURE', 'MIME_HIDDEN_TEXT'], forbidden: [] }, // the same trick, another campaign ("ethereum.org" from iCloud) (session 53: in place of a row that draw 10 made held-out)
  { file: 'sample-383.eml', expected: ['PHISH_NOTICE_LURE', 'URL_SHORTENER', 'FROM_BRAND_DISPLAY_NAME'], forbidden: [] }, // "Someone tried to Iog in"; the plain part is a travel story; "Meta-support" read as the brand since session 30
  { file: 'sample-5986.eml', expected: ['CONTENT_SPAM_TERMS_MANY', 'CONTENT_CATEGORY_PHISHING'], forbidden: [] }, // Receita Federal; plain part last: "O HTML não foi carregado corretamente."
  // Wallet "security" notices (ninth pass, outside the sample): the security ask and the wallet words together are a wallet credential lure.
  { file: 'sample-6041.eml', expected: ['CONTENT_CATEGORY_PHISHING', 'CONTENT_CATEGORY_CRYPTO_SCAM', 'PHISH_WALLET_CREDENTIAL_LURE'], forbidden: [] }, // "Ledger Finance": 2FA must be enabled
  { file: 'sample-2368.eml', expected: ['CONTENT_CATEGORY_PHISHING', 'PHISH_WALLET_CREDENTIAL_LURE'], forbidden: [] }, // "Vault Scanner": Recent Connect Kit breach
  { file: 'sample-1926.eml', expected: ['CONTENT_CATEGORY_PHISHING', 'PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [] }, // "ethereum foundation": AML Compliance Case
];

test('issue 17 content corpus: real honeypot messages raise their content ids and are flagged', async (t) => {
  await assertCorpusRows(t, scanner, rows, (report, row, label) => {
    // A known gap still clean, for the reason the row gives; a change that flags it makes this fail: drop the row's `gap`.
    if (row.gap) assert.equal(report.verdict, 'clean', `known gap closed (${row.gap}): ${label} — remove the row's gap`);
    else assert.notEqual(report.verdict, 'clean', label);
  });
});

/**
 * Session 29: the crypto payout to claim (scam-structure.ts, CONTENT_CRYPTO_CLAIM_UNRELATED), unlabelled honeypot messages
 * (session 40: PHISH_CRYPTO_CLAIM_LINK takes its place when the claim link leads away from the sender's domain; session 47:
 * or when the claim speaks in the name of an organisation the sender is not)
 * carried by the classifier's vote alone before; and the genuine bankruptcy administrator's claims notices of the same corpus,
 * whose links are its own: no claim composite.
 */
const claimRows: { file: string; expected: string[]; forbidden: string[] }[] = [
  { file: 'sample-1953.eml', expected: ['CONTENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_LINK'], forbidden: [] }, // "Bankless" at goldbelly.com: "Verify claimables" (clean before)
  { file: 'sample-1386.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [] }, // "Tether Cashback": claim your airdrop, via a Zendesk ticket
  { file: 'sample-8.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [] }, // "FTXinsurance": withdrawals are now available
  { file: 'sample-3643.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [] }, // cloud mining: "Your balance: 1.3426 BTC"
  { file: 'sample-6393.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [] }, // "Cryptomonnaie 2025": des fonds sont disponibles (fr)
  // Session 47: the claim under an exchange's name the sender is not, its link the insurer's own click tracker.
  { file: 'sample-6333.eml', expected: ['PHISH_CRYPTO_CLAIM_LINK'], forbidden: [] }, // $ASTER token distribution through an insurer's mailer
  { file: 'sample-1353.eml', expected: [], forbidden: ['CONTENT_CRYPTO_CLAIM_UNRELATED', 'PHISH_CRYPTO_CLAIM_LINK'] }, // Kroll's genuine FTX claims bar-date reminder
  { file: 'sample-3211.eml', expected: [], forbidden: ['CONTENT_CRYPTO_CLAIM_UNRELATED', 'PHISH_CRYPTO_CLAIM_LINK'] }, // Kroll's genuine FTX case notice
];

test('issue 17 content corpus, session 29: crypto payouts to claim sent by someone who is not the platform', async (t) => {
  await assertCorpusRows(t, scanner, claimRows, (report, row, label) => {
    if (row.expected.length) assert.notEqual(report.verdict, 'clean', label);
  });
});
