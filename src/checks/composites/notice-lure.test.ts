import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * PHISH_NOTICE_LURE end to end (issue 17, fourth pass): the lure on the envelope (subject, sender name) in mail
 * that is unwanted and no advert, or whose sender or links belong to no organisation. Synthetic cases first,
 * then real honeypot messages outside the hand-labelled sample (bench/phishing-labels.tsv), which were `spam`
 * before this rule; none of the held-out part.
 */
const NOW = new Date('2025-06-02T08:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });
const trusting = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.example.org'] }, services: { now: () => NOW } });
const active = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy).map((f) => f.id);

function eml(from: string, subject: string, html: string, ...headers: string[]): Uint8Array {
  return new TextEncoder().encode(
    [...headers, `From: ${from}`, 'To: rodrigo@hotmail.com', `Subject: ${subject}`, 'Date: Mon, 2 Jun 2025 10:00:00 +0200', `Message-ID: <${subject.length}.${html.length}@mailer.example>`,
      'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n'),
  );
}

/** A genuine billing notice: it says the same as the lure, from the organisation that holds the account, with its own links. */
const GENUINE_NOTICE =
  '<p>Hello, we could not charge your card for your Example Drive plan this month. Your files are safe; we will try again in three days. You can change the card in your settings at any time.</p><p><a href="https://drive.example/settings/billing">Billing settings</a></p>';

const cases: { name: string; raw: Uint8Array; trusted?: boolean; expected: string[]; forbidden: string[] }[] = [
  {
    name: 'a storage lure whose only content is a picture on another host and one link',
    raw: eml('Cloud Storage <alert@mail.brightwave-news.example>', 'Payment failed: your photos will be deleted today',
      '<a href="https://restore-now.example/r?id=1"><img src="https://i.imgur.com/abc123.png"></a>'),
    expected: ['CONTENT_NOTICE_LURE', 'PHISH_NOTICE_LURE'], forbidden: [],
  },
  {
    name: 'the same notice in words, from the service that holds the account, DMARC-authenticated by a trusted host',
    raw: eml('Example Drive <billing@drive.example>', 'Payment failed: your storage plan', GENUINE_NOTICE, 'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=drive.example; dkim=pass header.d=drive.example; dmarc=pass header.from=drive.example'),
    trusted: true, expected: ['CONTENT_NOTICE_LURE', 'AUTH_DMARC_PASS'], forbidden: ['PHISH_NOTICE_LURE'],
  },
  {
    name: 'a notice that names a problem with nothing the reader holds (an order, an e-mail address)',
    raw: eml('Shop <news@mail.brightwave-news.example>', 'Your order is pending: please confirm your e-mail address', '<a href="https://restore-now.example/r?id=1"><img src="https://i.imgur.com/abc123.png"></a>'),
    expected: [], forbidden: ['CONTENT_NOTICE_LURE', 'PHISH_NOTICE_LURE'],
  },
];

for (const c of cases) {
  test(`notice lure composite: ${c.name}`, async () => {
    const report = await (c.trusted ? trusting : scanner).scan({ source: c.name, raw: c.raw });
    const ids = active(report);
    for (const id of c.expected) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    for (const id of c.forbidden) assert.ok(!ids.includes(id), `${id} not in ${ids.join(', ')}`);
  });
}

const rows: { file: string; expected: string[]; forbidden: string[]; verdict?: string }[] = [
  { file: 'sample-2033.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // pt: Falha na entrega, a picture and salad
  { file: 'sample-2126.eml', expected: ['PHISH_NOTICE_LURE', 'FROM_TENANT_HOST'], forbidden: [], verdict: 'phishing' }, // es: almacenamiento, onmicrosoft.com sender
  { file: 'sample-7286.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // nl: Je foto's worden vanavond verwijderd
  { file: 'sample-7796.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // de: Zahlungsbestätigung … Konto … bestätigen (unlabelled, the same campaign; session 54: in place of a row that draw 11 made held-out)
  { file: 'sample-7016.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // en: Final warning: all your photos and videos will be removed (session 53: in place of a row that draw 10 made held-out)
  { file: 'sample-7791.eml', expected: ['PHISH_NOTICE_LURE', 'FROM_ORGANISATION_UNRELATED'], forbidden: [], verdict: 'phishing' }, // en: Payment overdue, salad body
  { file: 'sample-1196.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // en: Password Expiry, "proton.me IT Support" at a hotel's domain
  // A casino advert that borrows the notice ("Check Your Account … PENDING (PAYOUT)") stays spam: advert vocabulary.
  { file: 'sample-6651.eml', expected: ['CONTENT_NOTICE_LURE', 'CONTENT_ADVERT_OFFER'], forbidden: ['PHISH_NOTICE_LURE'], verdict: 'spam' },
  // "Please verify" with nothing the reader holds named is no notice lure.
  { file: 'sample-2608.eml', expected: [], forbidden: ['CONTENT_NOTICE_LURE', 'PHISH_NOTICE_LURE'] }, // a gutter advert, "Please verify" (session 53: in place of a row that draw 10 made held-out)
];

test('notice lure corpus: real honeypot messages (outside the labelled sample) raise or do not raise PHISH_NOTICE_LURE', async (t) => {
  await assertCorpusRows(t, scanner, rows);
});
