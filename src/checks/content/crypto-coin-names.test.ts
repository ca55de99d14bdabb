import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { ids, mail, scanner } from '../../test-support/classifier-free-scan.js';
import { cryptoAssetIn } from './scam-structure.js';

/**
 * Session 55 (issue 17, helper draw55d), a miss of draw 12's design hundred (a cred row called spam): a GitHub discussion
 * "Solana Microgrant Results … Allocation: 50,00 SOL … Visit <share.google link>, link your wallet, and receive your grant"
 * (design 7373) had the claim ('link your wallet') and the link, but no crypto asset CRYPTO_ASSET knew. Coins by their own
 * names that are no word of any language are assets now: Solana, Dogecoin, Litecoin, XRP. Not "sol" (the sun in es/pt/fr),
 * "ripple", "tron" or "polygon": words.
 */
const NAMES: [string, string | undefined][] = [
  ['Solana Microgrant Results', 'Solana'],
  ['your XRP allocation', 'XRP'],
  ['1.250 Dogecoin', 'Dogecoin'],
  ['Ihr Litecoin-Guthaben', 'Litecoin'],
  // must not: words, and longer words that begin with a name
  ['Hace sol hoy en Madrid', undefined],
  ['the ripple effect of a tron poster and a polygon', undefined],
  ['Solanaceae: the nightshade family', undefined],
  ['xrpd daemon', undefined],
];
for (const [text, asset] of NAMES) {
  test(`cryptoAssetIn: ${JSON.stringify(text)}`, () => assert.equal(cryptoAssetIn(text), asset));
}

const LINK = (words: string) => `<p>${words}</p><p><a href="https://grant-portal.example.net/c?id=8812">Continue</a></p>`;
const CLAIMS: [string, string, string, boolean][] = [
  ['en: a Solana grant, link your wallet', 'Solana Microgrant Results', 'Allocation: 50,00 SOL. Status: wallets are already authorized. Link your wallet and receive your grant.', true],
  ['pt: an XRP balance ready to withdraw', 'Seu saldo XRP', 'Seu saldo de 1.200 XRP está pronto para saque.', true],
  ['es: Dogecoin to claim', 'Dogecoin', 'Reclama tus 3.000 Dogecoin ahora.', true],
  ['de: a Litecoin balance to pay out', 'Litecoin', 'Ihr Guthaben: 3,2 Litecoin. Jetzt auszahlen.', true],
  // must not: "sol" is the sun; a warning about the scheme; no link to act on
  ['es: a summer sale, no coin', 'Verano', 'Hace sol hoy: reclama tu descuento de verano.', false],
  ['en: a warning about the scheme', 'Security tips', 'Scammers write "link your wallet to claim your Solana airdrop". Never do it: it is a scam.', false],
];
for (const [why, subject, words, fires] of CLAIMS) {
  test(`named coin's claim: ${why}`, async () => {
    const r = await scanner.scan({ source: 'crypto-coin-names.test', raw: mail('"Grants" <grants@mailer.example.org>', subject, LINK(words)) });
    assert.equal(ids(r).includes('CONTENT_CRYPTO_CLAIM'), fires, ids(r).join(', '));
  });
}
test("named coin's claim: no link to act on", async () => {
  const r = await scanner.scan({ source: 'crypto-coin-names.test', raw: mail('"Grants" <grants@mailer.example.org>', 'Solana', '<p>Your XRP balance is ready for withdrawal in the app.</p>') });
  assert.ok(!ids(r).includes('CONTENT_CRYPTO_CLAIM'), ids(r).join(', '));
});

test('corpus rows (design only): the Solana grant through a GitHub discussion is phishing', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-7373.eml', expected: ['CONTENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design cred, draw 12: "Solana Microgrant … link your wallet, and receive your grant"' },
  ]);
});
