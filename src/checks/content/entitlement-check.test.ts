import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configSchema } from '../../config/schema.js';
import { defaultConfig } from '../../config/load.js';
import type { ParsedMessage } from '../../mail/types.js';
import { createScanner } from '../../runtime/index.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';
import { dmarcPass, mail } from '../../test-support/classifier-free-scan.js';
import { testMessage } from '../sender/fixtures/message.js';
import { categoriesCheck } from './categories.js';

/**
 * Issue 17, session 57 (helper draw57d): the entitlement held with a public scheme that is said to expire, to be checked online —
 * the French training account ("vérifiez votre solde … Vérifier mes droits CPF") and holiday vouchers ("Pour vérifier votre
 * éligibilité … Vérification d'éligibilité en ligne"), and the same ask in the other languages (terms.ts, session 57's rows). The
 * check asked for makes the phishing category; an eligibility or a balance only mentioned does not.
 */
const categories = categoriesCheck(configSchema.parse({}).content.categories);
const ctx = { now: new Date('2025-01-01T00:00:00Z'), signal: new AbortController().signal };
const idsOf = async (msg: ParsedMessage) => ((await categories.run(msg, ctx)) as { findings: { id: string }[] }).findings.map((f) => f.id);

const rows: { name: string; fires: boolean; subject: string; text: string }[] = [
  { name: 'fr: training rights that may expire, check the balance', fires: true, subject: 'Votre formation peut être financée par le CPF',
    text: 'Vos droits CPF peuvent financer une formation. Votre financement peut expirer : vérifiez votre solde dès maintenant. Vérifier mes droits' },
  { name: 'fr: holiday vouchers expiring, eligibility online', fires: true, subject: 'Vos Chèques-Vacances expirent bientôt',
    text: 'Les Chèques-Vacances non utilisés expirent le 20 août. Pour vérifier votre éligibilité : vérification d\'éligibilité en ligne.' },
  { name: 'fr: the same without accents', fires: true, subject: 'Rappel', text: 'Verifiez votre eligibilite et verifiez votre solde sur votre compte avant le 31 aout.' },
  { name: 'en: a benefit to claim, eligibility to verify', fires: true, subject: 'Your benefit expires soon',
    text: 'Your energy rebate expires on Friday. Verify your eligibility online to receive it; verification takes a minute.' },
  { name: 'pt: a benefit, eligibility to confirm', fires: true, subject: 'Seu benefício expira hoje',
    text: 'Para receber o pagamento, confirme sua elegibilidade e acesse sua conta.' },
  { name: 'es: an allowance, eligibility to verify', fires: true, subject: 'Su ayuda caduca pronto', text: 'Verifique su elegibilidad y entre en su cuenta con su contraseña.' },
  { name: 'de: a subsidy, the claim to check', fires: true, subject: 'Ihre Förderung läuft ab', text: 'Prüfen Sie Ihren Anspruch jetzt und bestätigen Sie Ihr Konto.' },
  { name: 'nl: an allowance, whether you qualify', fires: true, subject: 'Uw toeslag vervalt', text: 'Controleer of u in aanmerking komt en bevestig uw gegevens.' },
  { name: 'it: a bonus, suitability to verify', fires: true, subject: 'Il tuo bonus scade domani', text: 'Verifica la tua idoneità e conferma il tuo account: verify now.' },
  // An eligibility, a balance or a right mentioned, not asked to be checked: a comparator's advert, a training body's own news,
  // a scholarship, leave that lapses, a loan's review time, a club's balance.
  { name: 'fr: a loan comparator names eligibility', fires: false, subject: 'Trouvez votre crédit idéal',
    text: 'Comparez les offres de plusieurs banques. Vous connaîtrez ainsi votre éligibilité et vos chances d\'obtenir votre prêt.' },
  { name: 'fr: a training body on the training account', fires: false, subject: 'Nos formations de printemps',
    text: 'Votre formation peut être financée par votre compte personnel de formation ; renseignez-vous auprès de votre employeur.' },
  { name: 'en: a scholarship\'s eligibility criteria', fires: false, subject: 'Scholarship applications', text: 'Eligibility criteria are on the website. Applications close on Friday.' },
  { name: 'de: leave that lapses', fires: false, subject: 'Resturlaub', text: 'Ihr Anspruch auf Resturlaub verfällt am 31. März; bitte planen Sie ihn ein.' },
  { name: 'pt: a loan\'s eligibility review', fires: false, subject: 'Sua proposta', text: 'A análise de elegibilidade leva cinco dias úteis. Avisaremos por e-mail.' },
  { name: 'es: eligibility requirements', fires: false, subject: 'Becas 2025', text: 'Los requisitos de elegibilidad están en la web del ayuntamiento.' },
  { name: 'nl: a club card\'s balance', fires: false, subject: 'Clubkaart', text: 'Je tegoed staat in de app; opwaarderen kan aan de bar.' },
  // … and one ask with one ordinary word (each row weighs 1): an employer's note, a telecom's fibre check.
  { name: 'fr: an employer on remote work', fires: false, subject: 'Télétravail', text: 'Pour vérifier votre éligibilité au télétravail, consultez la page de l\'intranet.' },
  { name: 'fr: a telecom\'s fibre check', fires: false, subject: 'La fibre arrive', text: 'Vérifiez votre éligibilité à la fibre en saisissant votre adresse.' },
];

test('an entitlement check asked for makes the phishing category in six languages; one mentioned does not (table)', async () => {
  for (const row of rows) {
    const ids = await idsOf(testMessage({ subject: row.subject, text: row.text, visibleText: row.text }));
    assert.equal(ids.includes('CONTENT_CATEGORY_PHISHING'), row.fires, `${row.name}: ${ids.join(', ')}`);
  }
});

const scanner = await createScanner({ config: defaultConfig() });

test('the French training-account and holiday-voucher lures: phishing, not spam (design rows of draw 14)', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-6391.eml', expected: ['CONTENT_CATEGORY_PHISHING', 'PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [], verdict: 'phishing', why: '"Plateforme CPF Formation" from a school\'s account: vérifiez votre solde, Vérifier mes droits CPF' },
    { file: 'sample-5798.eml', expected: ['CONTENT_CATEGORY_PHISHING', 'PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [], verdict: 'phishing', why: '"ANCV Dossier" through SES: Chèques-Vacances expiring, vérifier votre éligibilité' },
  ]);
});

// Genuine look-alikes at scan level (the classifier on, mx.reader.example's results trusted): the scheme's own notice and an
// employer's note ask the same checks from a domain that authenticates as itself (each scored as before the rows).
const trustedScanner = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.reader.example'] } });

test('the scheme\'s own notice and an employer\'s note with the same asks are no lure (DMARC passing for the sender)', async () => {
  const rows: { name: string; raw: Uint8Array }[] = [
    { name: 'the training account\'s own notice', raw: mail('Mon Compte Formation <info@moncompteformation.gouv.fr>', 'Vos droits CPF ont été mis à jour',
      '<p>Bonjour, vos droits CPF ont été mis à jour. Vérifiez votre solde dans votre espace personnel.</p><p><a href="https://www.moncompteformation.gouv.fr/espace">Mon espace</a></p>',
      dmarcPass('moncompteformation.gouv.fr')) },
    { name: 'an employer on remote work', raw: mail('Ressources humaines <rh@entreprise.example>', 'Télétravail : nouvelles règles',
      '<p>Bonjour à tous, pour vérifier votre éligibilité au télétravail, consultez la page de l\'intranet. Connexion sécurisée avec votre badge.</p><p><a href="https://intranet.entreprise.example/teletravail">Intranet</a></p>',
      dmarcPass('entreprise.example')) },
  ];
  for (const row of rows) {
    const report = await trustedScanner.scan({ raw: row.raw, source: row.name });
    const ids = activeIds(report);
    assert.ok(!ids.includes('PHISH_CREDENTIAL_LURE_UNWANTED'), `${row.name}: ${ids.join(', ')}`);
    assert.notEqual(report.verdict, 'phishing', `${row.name}: ${ids.join(', ')}`);
  }
});
