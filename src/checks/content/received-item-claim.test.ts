import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrandRegistry } from '../../brands/registry.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { ids, mail, scanner } from '../../test-support/classifier-free-scan.js';
import { termPattern } from './scam-structure.js';
import { CRYPTO_CLAIM_TERMS } from './terms.js';

/**
 * Session 54 (issue 17, helper draw54d), two misses of draw 11's design hundred (cred rows called spam):
 * - the received item's claim button ("You received an item (NFT - …) … Claim received Item(s)", design 1333) is a crypto claim
 *   (CRYPTO_CLAIM_TERMS 'claim received', 'claim the received'; "claim your received" by 'claim your'), read as the rest only with a crypto asset
 *   named and a link to act on;
 * - Betano, a bookmaker whose "200 % bonus, access your account" lure came from a lookalike host (design 636), is a brand.
 */
const NFT = (button: string) => `<p>Congratulations! You've received an Epic Item!</p><p>Display your NFT proudly or trade it with fellow collectors.</p><p><a href="https://claim-items.example.net/c?id=8812">${button}</a></p>`;
const CLAIMS: [string, string, boolean][] = [
  ['claim received items, NFT named', NFT('Claim received Item(s)'), true],
  ['claim the received tokens', NFT('Claim the received tokens'), true],
  ['claim your received NFT', NFT('Claim your received NFT'), true],
  // must not: no crypto asset named (a parcel "claim received"), no link to act on
  ['a parcel form, no crypto asset', '<p>Your parcel was delivered. <a href="https://post.example.net/f">Claim received parcel</a> if it was damaged.</p>', false],
  ['no link', "<p>Congratulations! You've received an NFT. Claim received items in the app.</p>", false],
];
for (const [why, html, fires] of CLAIMS) {
  test(`received item's claim: ${why}`, async () => {
    const r = await scanner.scan({ source: 'received-item-claim.test', raw: mail('"The Sandbox" <donation@mailer.example.org>', 'You received an item', html) });
    assert.equal(ids(r).includes('CONTENT_CRYPTO_CLAIM'), fires, ids(r).join(', '));
  });
}

test('CRYPTO_CLAIM_TERMS: no row repeats an earlier one or begins with an earlier one and a blank (such a row never matches)', () => {
  // termPattern tries the rows in the list's order at each position, and an earlier row's word ends at the blank; session 56
  // removed 'claim your received', which 'claim your' read wherever it stood.
  const shadowed = CRYPTO_CLAIM_TERMS.filter((t, i) => CRYPTO_CLAIM_TERMS.slice(0, i).some((e) => t === e || t.startsWith(`${e} `)));
  assert.deepEqual(shadowed, []);
  const claim = termPattern(CRYPTO_CLAIM_TERMS, 'u');
  assert.equal(claim.exec('you received an nft. claim your received nft now')?.[0], 'claim your');
  assert.equal(claim.exec('claim received items')?.[0], 'claim received');
});

test('Betano is a brand by its name, not its lookalike host', () => {
  const registry = buildBrandRegistry([], true);
  assert.ok(registry.mentionsInDisplayName('✅ BETANO BONUS').some((m) => m.brand.id === 'betano'));
  assert.ok(!registry.mentionsInDisplayName('Beta Novelties').some((m) => m.brand.id === 'betano'));
});

test('corpus rows (design only): the NFT claim and the Betano lure are phishing', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-1333.eml', expected: ['CONTENT_CRYPTO_CLAIM', 'PHISH_CRYPTO_CLAIM_LINK'], forbidden: [], verdict: 'phishing', why: 'design cred, draw 11: The Sandbox NFT "Claim received Item(s)"' },
    { file: 'sample-636.eml', expected: ['FROM_BRAND_DISPLAY_NAME'], forbidden: [], verdict: 'phishing', why: 'design cred, draw 11: a Betano bonus "access your account" from a lookalike host' },
  ]);
});
