import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { ids, mail, scanner } from '../../test-support/classifier-free-scan.js';

/**
 * Session 55 (issue 17, helper draw55d), a miss of draw 12's design hundred (a cred row called spam): "Scan your Iedger now"
 * from a "Vault Scanner" (design 2223) spells the brand with a capital I for its l in the subject and eight times in the text,
 * so that no wallet term reads it; CONTENT_LOOKALIKE_LETTERS saw the disguise, but only the cross-script disguise
 * (FROM_MIXED_SCRIPT_DISGUISE) counted as PHISH_DISGUISED_LURE. The Latin disguise counts now, with the same lure signs, in
 * mail that is no advert (a casino's "B0NUS", a shop's "C0NSUMER" deals are written past filters too, and are spam).
 */
const LINK = (words: string) => `<p>${words}</p><p><a href="https://scan-portal.example.net/s?id=8812">Continue</a></p>`;
const ROWS: { why: string; from: string; subject: string; words: string; fires: boolean }[] = [
  { why: 'en: a wallet brand with a capital I for its l', from: '"Vault Scanner" <hello@william-project.example>', subject: 'Scan your Iedger now', words: 'Security issues were reported in Iedger Live. Run our easy web scan before your crypto is stolen.', fires: true },
  { why: 'pt: a card brand with a small l for its I', from: '"Relacionamento" <aviso@pontos-cliente.example>', subject: 'Seus pontos lTAUCARD expiram hoje', words: 'Acesse sua conta e resgate seus pontos antes que expirem.', fires: true },
  { why: 'de: a parcel notice with II for ll', from: '"DHL Paket" <info@paket-info.example>', subject: 'DHL: Ihre ZusteIIung ist fehlgeschlagen', words: 'Bitte bestätigen Sie Ihre Adresse, um die Zustellung neu zu planen.', fires: true },
  { why: 'fr: a cloud brand in confusables', from: '"Stockage" <info@stockage-alerte.example>', subject: 'Votre espace lCIoud est plein', words: 'Vos photos seront supprimées. Mettez à jour votre moyen de paiement.', fires: true },
  // must not: an advert (a casino, a shop) written past filters; the disguise with no lure sign; the brand spelt as it is
  { why: 'de: a casino bonus in zeros', from: '"Slot Hunter" <angebote@casino-news.example>', subject: 'Ihr B0NUS wartet: 200 Freispiele', words: 'Willkommensbonus und 200 Freispiele ohne Einzahlung. Jetzt spielen im Online Casino!', fires: false },
  { why: 'en: a shop offer in zeros naming a brand', from: '"Deals" <deals@offers-daily.example>', subject: 'C0NSUMER deals on Samsung TVs', words: 'Save 40 % on Samsung TVs this weekend. Order now, free shipping.', fires: false },
  { why: 'en: shouting in zeros, no lure sign', from: '"Anna" <anna@club-news.example>', subject: 'MEET THE C0MMUNITY tonight', words: 'We meet at eight at the club house. Bring a friend.', fires: false },
  { why: 'en: the brand spelt as it is', from: '"Vault Scanner" <hello@william-project.example>', subject: 'Scan your Ledger now', words: 'Security issues were reported in Ledger Live. Run our easy web scan before your crypto is stolen.', fires: false },
];
for (const row of ROWS) {
  test(`Latin disguise: ${row.why}`, async () => {
    const r = await scanner.scan({ source: 'latin-disguise-lure.test', raw: mail(row.from, row.subject, LINK(row.words)) });
    assert.equal(ids(r).includes('PHISH_DISGUISED_LURE'), row.fires, ids(r).join(', '));
  });
}

test('corpus rows (design only): the "Iedger" scanner is phishing; a casino advert in zeros is not', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-2223.eml', expected: ['CONTENT_LOOKALIKE_LETTERS', 'PHISH_DISGUISED_LURE'], forbidden: [], verdict: 'phishing', why: 'design cred, draw 12: "Scan your Iedger now" from a Vault Scanner' },
    { file: 'sample-5398.eml', expected: ['CONTENT_LOOKALIKE_LETTERS', 'CONTENT_GAMBLING_ADVERT'], forbidden: ['PHISH_DISGUISED_LURE'], why: 'design spam: a casino "B0NUS" advert' },
  ]);
});
