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
 * Session 41 (issue 17, src/checks/composites/brand-claims.ts): a brand claimed by a message that is not the brand's —
 * PHISH_HIDDEN_WORDS_BRAND (letters hidden inside words, with a brand claimed by another sender) and
 * PHISH_OFFICIAL_SITE_ELSEWHERE (a link presented as the brand's official website, on a host that is neither the brand's nor
 * the sender's). Each must not fire on the brand's own authenticated mail, nor without the brand claim.
 */
const table = buildScoreTable(CATALOGUE, defaultConfig().thresholds);

const rows: { why: string; ids: FindingId[]; fires: FindingId | null; verdict: string }[] = [
  { why: 'hidden runs in words, brand in the signature of an unrelated sender (rules alone reach the line)', ids: ['MIME_HIDDEN_TEXT_IN_WORDS', 'FROM_BRAND_SUBJECT'], fires: 'PHISH_HIDDEN_WORDS_BRAND', verdict: 'phishing' },
  { why: 'hidden runs in words, the brand\'s own domain unauthenticated', ids: ['MIME_HIDDEN_TEXT_IN_WORDS', 'FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_UNAUTHENTICATED'], fires: 'PHISH_HIDDEN_WORDS_BRAND', verdict: 'phishing' },
  { why: 'hidden runs in words, an organisation no domain belongs to', ids: ['MIME_HIDDEN_TEXT_IN_WORDS', 'FROM_ORGANISATION_UNRELATED', 'CONTENT_CLASSIFIER_SPAM_LOW'], fires: 'PHISH_HIDDEN_WORDS_BRAND', verdict: 'phishing' },
  { why: 'an official-site link elsewhere, brand in the subject', ids: ['URL_OFFICIAL_SITE_ELSEWHERE', 'FROM_BRAND_SUBJECT'], fires: 'PHISH_OFFICIAL_SITE_ELSEWHERE', verdict: 'phishing' },
  { why: 'an official-site link elsewhere, brand in the display name', ids: ['URL_OFFICIAL_SITE_ELSEWHERE', 'FROM_BRAND_DISPLAY_NAME'], fires: 'PHISH_OFFICIAL_SITE_ELSEWHERE', verdict: 'phishing' },
  // must not
  { why: 'hidden runs in words and no brand claimed (a casino advert\'s trick)', ids: ['MIME_HIDDEN_TEXT_IN_WORDS', 'CONTENT_CLASSIFIER_SPAM'], fires: null, verdict: 'spam' },
  { why: 'hidden text that is not inside words (a preheader) with a brand named', ids: ['MIME_HIDDEN_TEXT', 'FROM_BRAND_SUBJECT'], fires: null, verdict: 'clean' },
  { why: 'hidden runs in words with the brand authenticated', ids: ['MIME_HIDDEN_TEXT_IN_WORDS', 'FROM_BRAND_SUBJECT', 'AUTH_DMARC_PASS_BRAND'], fires: null, verdict: 'clean' },
  { why: 'hidden runs in words, the sender\'s own domain DMARC-passes', ids: ['MIME_HIDDEN_TEXT_IN_WORDS', 'FROM_ORGANISATION_UNRELATED', 'AUTH_DMARC_PASS'], fires: null, verdict: 'clean' },
  { why: 'styled letters with a brand named (adverts write so too): not this composite', ids: ['CONTENT_STYLED_LETTERS', 'FROM_BRAND_SUBJECT', 'CONTENT_CLASSIFIER_SPAM'], fires: null, verdict: 'spam' },
  { why: 'an official-site link elsewhere with no brand claimed by the sender', ids: ['URL_OFFICIAL_SITE_ELSEWHERE'], fires: null, verdict: 'clean' },
  { why: 'an official-site link elsewhere, the brand authenticated', ids: ['URL_OFFICIAL_SITE_ELSEWHERE', 'FROM_BRAND_DISPLAY_NAME', 'AUTH_DMARC_PASS_BRAND'], fires: null, verdict: 'clean' },
];

for (const row of rows) {
  test(`brand claims: ${row.why}`, () => {
    const result = scoreFindings(row.ids.map((id) => ({ id, evidence: 'test' })), table);
    const active = result.findings.filter((f) => !f.replacedBy).map((f) => f.id);
    for (const id of ['PHISH_HIDDEN_WORDS_BRAND', 'PHISH_OFFICIAL_SITE_ELSEWHERE'] as const) {
      assert.equal(active.includes(id), row.fires === id, `${id}: ${active.join(', ')}`);
    }
    assert.equal(result.verdict, row.verdict, `${result.score}: ${active.join(', ')}`);
  });
}

// Whole messages, with the rules alone (no classifier vote).
const SPLIT = (word: string, filler: string): string => `${word.slice(0, 3)}<span style="font-size:0.0000001em">${filler}</span>${word.slice(3)}`;
const LURE_WORDS = ['security', 'devices', 'vulnerability', 'recommended', 'protect', 'assets'];
const HIDDEN_LURE = `<p>Several ${LURE_WORDS.map((w, i) => SPLIT(w, ['massif', 'Estuaire', 'Fouquet', 'contemporaine', 'Beauchamp', 'Limagne'][i]!)).join(' ')}.</p><p>&copy; Ledger SAS. All rights reserved.</p><p><a href="https://trk.mailer.example/click?u=1">Scan now</a></p>`;
const messages: { why: string; raw: Uint8Array; scanner: typeof ruleScanner; id: FindingId; fires: boolean }[] = [
  { why: 'a wallet maker\'s footer with lure words split by hidden runs, from a shop\'s mailbox', raw: mail('"Security Team" <security@shop-example.com>', 'Secure your device now', HIDDEN_LURE), scanner: ruleScanner, id: 'PHISH_HIDDEN_WORDS_BRAND', fires: true },
  {
    why: 'a shop\'s newsletter with a hidden preheader block and a brand it sells (nothing hidden inside a word)',
    raw: mail('"Shop" <news@shop-example.com>', 'New Ledger wallets in stock', '<span style="display:none">This week: hardware wallets</span><p>The Ledger Nano X is back in stock at our shop.</p><p><a href="https://shop-example.com/wallets">See the wallets</a></p>'),
    scanner: ruleScanner,
    id: 'PHISH_HIDDEN_WORDS_BRAND',
    fires: false,
  },
  {
    why: '"Open the official website" for the brand in the subject, on an unrelated host',
    raw: mail('<info@bookshop-example.es>', 'Binance Cybersecurity', '<p><a href="https://axobox-example.com/vt/track.php">Open the official website</a></p>'),
    scanner: ruleScanner,
    id: 'PHISH_OFFICIAL_SITE_ELSEWHERE',
    fires: true,
  },
  {
    why: '"Acesse o site oficial" under a bank\'s display name, on an unrelated host',
    raw: mail('"Itaú" <aviso@notifica-example.com>', 'Atualização cadastral', '<p>Prezado cliente, <a href="https://portal-example.top/itau">Acesse o site oficial</a></p>'),
    scanner: ruleScanner,
    id: 'PHISH_OFFICIAL_SITE_ELSEWHERE',
    fires: true,
  },
  {
    why: 'the brand\'s own authenticated mail linking its official site on its own domain',
    raw: mail('"Binance" <do-not-reply@binance.com>', 'Binance security tips', '<p><a href="https://www.binance.com/en/support">Visit the official website</a></p>', dmarcPass('binance.com')),
    scanner: trusted,
    id: 'PHISH_OFFICIAL_SITE_ELSEWHERE',
    fires: false,
  },
  {
    why: 'a travel newsletter pointing to a museum\'s official site, no brand named in subject or sender',
    raw: mail('"City Guide" <news@cityguide-example.com>', 'Weekend ideas', '<p>The museum reopens on Saturday. <a href="https://museum-example.org/">Official website</a></p>'),
    scanner: ruleScanner,
    id: 'PHISH_OFFICIAL_SITE_ELSEWHERE',
    fires: false,
  },
];

for (const m of messages) {
  test(`brand claims, whole message: ${m.why}`, async () => {
    const report = await m.scanner.scan({ raw: m.raw, source: 'test.eml' });
    assert.equal(ids(report).includes(m.id), m.fires, ids(report).join(', '));
  });
}

// URL_BRAND_OWN_TRACKING: a brand's own mail that answers for itself does not pay for its own tracking; a spoof of the brand's
// domain (authentication known and failing or not passing) does.
const TRACKING: FindingId[] = ['URL_WEB_BUG', 'URL_EMAIL_IN_URL', 'URL_UNIQUE_TOKEN'];
const trackingRows: { why: string; ids: FindingId[]; fires: boolean }[] = [
  { why: 'own domain, own links only, nothing known of authentication', ids: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY', 'CONTENT_CLASSIFIER_SPAM_LOW', ...TRACKING], fires: true },
  { why: 'own domain, own links only, DMARC pass for the brand', ids: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY', 'AUTH_DMARC_PASS_BRAND', 'AUTH_DMARC_PASS', ...TRACKING], fires: true },
  // must not
  { why: 'own domain, own links only, DMARC fail (a spoof)', ids: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY', 'AUTH_DMARC_FAIL', ...TRACKING], fires: false },
  { why: 'own domain, own links only, authentication known and not passing (SPF fail)', ids: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY', 'AUTH_SPF_FAIL', ...TRACKING], fires: false },
  { why: 'own domain, links elsewhere too', ids: ['FROM_BRAND_OWN_DOMAIN', ...TRACKING], fires: false },
  { why: 'own links only but a link text naming another brand', ids: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY', 'URL_TEXT_BRAND_MISMATCH', ...TRACKING], fires: false },
  { why: 'own links only with a credential lure\'s words', ids: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY', 'CONTENT_CATEGORY_PHISHING', ...TRACKING], fires: false },
  { why: 'a sender at no brand\'s domain with its own links', ids: ['FROM_OWN_LINKS_ONLY', ...TRACKING], fires: false },
];

for (const row of trackingRows) {
  test(`brand's own tracking: ${row.why}`, () => {
    const result = scoreFindings(row.ids.map((id) => ({ id, evidence: 'test' })), table);
    const active = result.findings.filter((f) => !f.replacedBy).map((f) => f.id);
    assert.equal(active.includes('URL_BRAND_OWN_TRACKING'), row.fires, active.join(', '));
    for (const id of TRACKING) assert.equal(active.includes(id), !row.fires, `${id}: ${active.join(', ')}`);
  });
}

test('brand\'s own tracking, whole messages: the bank\'s own newsletter is not charged for its web bug; a DMARC-failing copy is', async () => {
  const html = '<p>Seu carro novo te espera com condições especiais.</p><p><a href="https://tr.santander.com.br/f/a/abc?u=cmVhZGVyQG1haWxib3guZXhhbXBsZQ">Simule agora</a></p><img src="https://tr.santander.com.br/q/pixel.gif" width="1" height="1">';
  const genuine = await trusted.scan({ raw: mail('"Santander" <sitesantander@santander.com.br>', 'Condições especiais', html, dmarcPass('santander.com.br')), source: 'test.eml' });
  assert.ok(ids(genuine).includes('URL_BRAND_OWN_TRACKING'), ids(genuine).join(', '));
  assert.ok(!ids(genuine).includes('URL_WEB_BUG'), ids(genuine).join(', '));
  const fail = ['Authentication-Results: mx.reader.example; spf=fail smtp.mailfrom=santander.com.br; dkim=none; dmarc=fail header.from=santander.com.br'];
  const spoof = await trusted.scan({ raw: mail('"Santander" <sitesantander@santander.com.br>', 'Condições especiais', html, fail), source: 'test.eml' });
  assert.ok(!ids(spoof).includes('URL_BRAND_OWN_TRACKING'), ids(spoof).join(', '));
  assert.ok(ids(spoof).includes('URL_WEB_BUG'), ids(spoof).join(', '));
});

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

// Honeypot messages: design rows of bench/phishing-labels.tsv (draw 3) and unlabelled ones; no held-out file.
const corpus = [
  { file: 'sample-2153.eml', expected: ['PHISH_HIDDEN_WORDS_BRAND'], forbidden: [], verdict: 'phishing', why: 'design 3, cred: a Ledger "scan your device" lure through a shop\'s mailing account, words split by hidden runs' },
  { file: 'sample-3703.eml', expected: ['PHISH_HIDDEN_WORDS_BRAND'], forbidden: [], verdict: 'phishing', why: 'unlabelled: a Bradesco "Prime Digital" welcome from bradesco.com.br unauthenticated, words split by hidden runs' },
  { file: 'sample-991.eml', expected: ['PHISH_OFFICIAL_SITE_ELSEWHERE'], forbidden: [], verdict: 'phishing', why: 'design 3, cred: "Binance Cybersecurity", "Open the official website" on an unrelated host' },
  { file: 'sample-5723.eml', expected: [], forbidden: ['PHISH_OFFICIAL_SITE_ELSEWHERE', 'URL_OFFICIAL_SITE_ELSEWHERE'], why: 'a Bitcoin advert\'s "site officiel" behind a tracker, no registered brand claimed: not this rule' },
  { file: 'sample-973.eml', expected: ['URL_BRAND_OWN_TRACKING'], forbidden: ['PHISH_OFFICIAL_SITE_ELSEWHERE', 'PHISH_HIDDEN_WORDS_BRAND', 'URL_WEB_BUG', 'URL_EMAIL_IN_URL'], verdict: 'clean', why: 'design 3, ham: Santander\'s own marketing, every link on its own domain, nothing known of authentication' },
  { file: 'sample-4916.eml', expected: ['URL_WEB_BUG'], forbidden: ['URL_BRAND_OWN_TRACKING'], verdict: 'spam', why: 'unlabelled: a loyalty brand\'s mail on its own domain whose link text names another brand: tracking still counted' },
];

test('brand claims: real honeypot messages (outside the held-out parts)', async (t) => {
  await assertCorpusRows(t, scanner, corpus);
});
