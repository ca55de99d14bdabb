import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { phishingPotSamples } from '../../test-support/shared-data.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * PHISH_CREDENTIAL_LURE_UNWANTED end to end (issue 17, session 9): credential-lure vocabulary in the body of mail the
 * classifier calls spam, not authenticated, no advert and no prize or advance-fee letter. Real honeypot messages
 * outside the hand-labelled sample (bench/phishing-labels.tsv) that were `spam` before; none of the held-out part.
 * Also the session's other two readings of the same lures: a Google Calendar invitation whose description the
 * template's `font-size: 0` cells used to hide, and parcels left "waiting" on the envelope.
 */
const NOW = new Date('2025-06-02T08:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });
const active = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy).map((f) => f.id);

const rows: { file: string; expected: string[]; forbidden: string[]; verdict?: string }[] = [
  { file: 'sample-1206.eml', expected: ['PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [], verdict: 'phishing' }, // mailbox: stop sending and receiving unless verified
  { file: 'sample-1188.eml', expected: ['PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [], verdict: 'phishing' }, // mailbox: "the Prime version of your Mailbox will be replaced", update and restore it, from gmail (unlabelled; session 54: in place of a row that draw 11 made held-out)
  { file: 'sample-2373.eml', expected: ['PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [], verdict: 'phishing' }, // parcel sent back, address incorrect (session 42: in place of a held-out row)
  { file: 'sample-4213.eml', expected: ['PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [], verdict: 'phishing' }, // es: GLS, cargo aduanero pendiente
  { file: 'sample-6153.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // nl: pakket dat op bezorging wacht, a picture
  { file: 'sample-6106.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // de: "D P D Versand", P aket wartet auf ZusteIIung
  // The same by telephone: a calendar invitation announcing an automatic renewal "debited from your account", a number to call.
  { file: 'sample-6121.eml', expected: ['PHISH_CREDENTIAL_LURE_UNWANTED', 'CONTENT_CATEGORY_CALLBACK_SCAM'], forbidden: [], verdict: 'phishing' },
  // A 419 letter asking for "payment information" and "verification" stays the advance-fee scam it is.
  { file: 'sample-4613.eml', expected: ['CONTENT_CATEGORY_PHISHING', 'CONTENT_CATEGORY_ADVANCE_FEE'], forbidden: ['PHISH_CREDENTIAL_LURE_UNWANTED'], verdict: 'spam' }, // a "Federal Bureau of Investigation" letter (session 50: in place of a row that draw 7 made held-out)
  // A casino advert that asks to confirm a payment to the account ("Konto … Zahlung … bestätigen") is not a lure: no spam band, an advert.
  { file: 'sample-6726.eml', expected: ['CONTENT_CATEGORY_PHISHING'], forbidden: ['PHISH_CREDENTIAL_LURE_UNWANTED'], verdict: 'spam' },
  // A Portuguese casino advert ("200% de bônus +50 RODADAS GRATIS … Acesse sua conta … Resgatar Bônus") makes an offer (ninth pass).
  // Spam by the old model's vote alone; 5.3, clean, since session 29 (the model learnt from modern renderings): no phishing either way.
  { file: 'sample-636.eml', expected: ['CONTENT_CATEGORY_PHISHING', 'CONTENT_ADVERT_OFFER'], forbidden: ['PHISH_CREDENTIAL_LURE_UNWANTED', 'PHISH_NOTICE_LURE'] },
  // Casino adverts that stayed under the spam line for want of their words (de "Willkommenspaket … JETZT SPIELEN", nl "Geen storting vereist").
  { file: 'sample-6206.eml', expected: ['CONTENT_ADVERT_OFFER', 'CONTENT_SPAM_TERMS_MANY'], forbidden: ['PHISH_CREDENTIAL_LURE_UNWANTED'], verdict: 'spam' },
  { file: 'sample-6718.eml', expected: ['CONTENT_ADVERT_OFFER', 'CONTENT_SPAM_TERMS_MANY'], forbidden: ['PHISH_CREDENTIAL_LURE_UNWANTED'], verdict: 'spam' },
];

test('credential lure in unwanted mail: real honeypot messages (outside the labelled sample)', async (t) => {
  await assertCorpusRows(t, scanner, rows);
});

test('a calendar invitation is read as shown: the description under font-size 0 cells is text, not hidden', async (t) => {
  const samples = phishingPotSamples(t, ['sample-7051.eml']);
  if (!samples) return;
  const report = await scanner.scan({ raw: samples.get('sample-7051.eml')!, source: 'sample-7051.eml' });
  const ids = active(report);
  assert.ok(ids.includes('CONTENT_CATEGORY_CALLBACK_SCAM'), ids.join(', '));
  assert.ok(!ids.includes('MIME_HIDDEN_TEXT'), ids.join(', '));
});

test('credential vocabulary in mail the classifier does not call spam raises no composite', async () => {
  const raw = new TextEncoder().encode(
    ['From: IT Desk <it@example.org>', 'To: staff@example.org', 'Subject: Password change on Friday', 'Date: Mon, 2 Jun 2025 10:00:00 +0200',
      'Message-ID: <1@example.org>', '', 'Hi all, on Friday we move the mail server. Your password and your account stay the same; your mailbox will be unavailable for an hour. Thanks, Anna', ''].join('\r\n'),
  );
  const report = await scanner.scan({ raw, source: 'it-desk' });
  assert.ok(!active(report).includes('PHISH_CREDENTIAL_LURE_UNWANTED'), active(report).join(', '));
  assert.equal(report.verdict, 'clean');
});
