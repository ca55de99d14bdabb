import { test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * Issue 17, fifth pass (session 6): real honeypot messages outside the hand-labelled sample (bench/phishing-labels.tsv;
 * none of its held-out part) that were `spam` or `clean` before, with the ids each general rule must now raise, and
 * messages of the same shapes that must not raise them. One row per rule and shape:
 *   - notice words read through lookalike letters, and what threatens the object (a sign-in attempt, a risk);
 *   - the notice-lure composite on the classifier's low band with a weaker sign, and without any advert offer
 *     (an opt-out footer is no offer);
 *   - callback terms outside English;
 *   - brand names in capitals (the brand fold reads i as l, as it read a capital I);
 *   - a courier's parcel words beside its weak alias; brands seen in the honeypot's lures;
 *   - share.google as a file host;
 *   - an advert's own trade name on an app host (an offer, and no impersonation but an unknown organisation) is no
 *     impersonation.
 */
const NOW = new Date('2025-06-02T08:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });

const rows: { file: string; expected: string[]; forbidden: string[]; verdict?: string; why: string }[] = [
  { file: 'sample-236.eml', expected: ['CONTENT_NOTICE_LURE', 'PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing', why: 'en: "Someone tried to Iog in To Your Account" (a capital I for l)' },
  { file: 'sample-7728.eml', expected: ['CONTENT_NOTICE_LURE', 'PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing', why: 'en: "Your Storage Is at Risk – Fix Billing Now"' },
  { file: 'sample-2148.eml', expected: ['PHISH_NOTICE_LURE', 'CONTENT_WORDS_JOINED'], forbidden: [], verdict: 'phishing', why: 'es: "paquete pendiente de entrega" under the sender name "E n t r e g a fallida" (session 29: no longer the classifier\'s low band)' },
  { file: 'sample-3188.eml', expected: ['PHISH_NOTICE_LURE', 'FROM_DISPLAY_NAME_REFERENCE'], forbidden: [], verdict: 'phishing', why: 'pt: "Transação pendente" from free mail, a reference number in the sender name' },
  { file: 'sample-3366.eml', expected: ['PHISH_NOTICE_LURE', 'CONTENT_CATEGORY_MARKETING'], forbidden: ['CONTENT_ADVERT_OFFER'], verdict: 'phishing', why: 'nl: "Levering mislukt" (a FedEx name on a classifieds site\'s address), a body of opt-out lines (unlabelled; session 54: in place of a row that draw 11 made held-out)' },
  { file: 'sample-3533.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing', why: 'de: "fehlgeschlagene Zustellung" (an inflected participle)' },
  { file: 'sample-3188.eml', expected: ['CONTENT_CATEGORY_CALLBACK_SCAM', 'PHISH_IMPERSONATION_CALLBACK'], forbidden: [], verdict: 'phishing', why: 'pt: a purchase "em análise", "Caso não reconheça, ligue para área de segurança" (session 42: in place of a held-out row)' },
  { file: 'sample-1131.eml', expected: ['FROM_BRAND_DISPLAY_NAME'], forbidden: [], verdict: 'phishing', why: '"BANCO DO BRADESCO LIVELO" in capitals from an unrelated domain: names Bradesco and, its capital I read as l, Livelo (session 42: in place of a held-out row)' },
  { file: 'sample-1873.eml', expected: ['FROM_BRAND_DISPLAY_NAME'], forbidden: [], verdict: 'phishing', why: '"BANCO DO BRASIL" in capitals, points to redeem' },
  { file: 'sample-431.eml', expected: ['FROM_BRAND_DISPLAY_NAME'], forbidden: [], verdict: 'phishing', why: '"UPS Parcel": a weak alias with a parcel word' },
  { file: 'sample-7883.eml', expected: ['FROM_BRAND_DISPLAY_NAME', 'PHISH_IMPERSONATION_TENANT_HOST'], forbidden: [], verdict: 'phishing', why: '"Consorsbank" (a registered brand now; unregistered, its compound tail makes it FROM_ORGANISATION_UNRELATED: organisation.test.ts)' },
  { file: 'sample-4298.eml', expected: ['FROM_BRAND_DISPLAY_NAME'], forbidden: [], verdict: 'phishing', why: '"Celsius Corporate Restructuring": a debtor\'s weak alias with a claims agent\'s words, an "E-Claim" login code (session 48, a draw-5 design row)' },
  { file: 'sample-123.eml', expected: ['FROM_ORGANISATION_UNRELATED', 'PHISH_IMPERSONATION_CREDENTIAL_LURE'], forbidden: [], verdict: 'phishing', why: '"Stellar Foundation" from a wellness shop\'s domain: a staking event through an open redirect (session 48, a draw-5 design row)' },
  { file: 'sample-7373.eml', expected: ['CONTENT_CRYPTO_AMOUNT_HOST', 'URL_FREE_FILE_HOST'], forbidden: [], why: 'a form-typed SOL scam on share.google' },
  // Must not: casino adverts that borrow a notice's words or a bank's name stay adverts.
  { file: 'sample-6651.eml', expected: ['CONTENT_NOTICE_LURE', 'CONTENT_ADVERT_OFFER'], forbidden: ['PHISH_NOTICE_LURE'], verdict: 'spam', why: 'a casino "Check Your Account … PENDING (PAYOUT)"' },
  { file: 'sample-7173.eml', expected: [], forbidden: ['FROM_ORGANISATION_UNRELATED'], why: '"Dragonia Spielbank": a casino, not a bank' },
  { file: 'sample-7668.eml', expected: ['FROM_ORGANISATION_UNRELATED', 'FROM_TENANT_HOST', 'CONTENT_ADVERT_OFFER'], forbidden: ['PHISH_IMPERSONATION_TENANT_HOST'], verdict: 'spam', why: '"Wildzy Casino" on a Firebase sender: an advert under its own trade name' },
  { file: 'sample-5696.eml', expected: ['FROM_ORGANISATION_UNRELATED', 'PHISH_IMPERSONATION_TENANT_HOST'], forbidden: [], verdict: 'phishing', why: '"MaPrimeRénov Info" (a French state aid) from an unrelated domain: no offer, still an impersonation' },
];

test('fifth-pass corpus: real honeypot messages (outside the labelled sample) raise the new rules, adverts do not', async (t) => {
  await assertCorpusRows(t, scanner, rows);
});
