import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import type { FindingId } from '../../core/finding-ids.js';
import { createScanner } from '../../runtime/index.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * ATTACH_MALWARE_LEGAL_DOCUMENT (issue 17, session 40): a court or legal notice whose "process" is an attached document that
 * is only a link (or a picture with a link), asking for nothing, from a sender no court is, is a download lure: malware,
 * as the same notice linked from the message is (URL_MALWARE_LEGAL_NOTICE). A borrowed court or bank name no longer makes
 * it phishing; a document that asks for an account or password still does.
 */
const table = buildScoreTable(CATALOGUE, defaultConfig().thresholds);
const NOTICE: FindingId[] = ['CONTENT_LEGAL_NOTICE_DOCUMENT', 'ATTACH_PDF_LINK_LURE', 'ATTACH_PDF_URI'];

const rows: { why: string; ids: FindingId[]; composite: boolean; verdict: string }[] = [
  { why: 'a court-process PDF that is a picture and a link, from a lookalike sender, spam vote', ids: ['CONTENT_CLASSIFIER_SPAM', 'LOOKALIKE_FROM_DOMAIN', 'ATTACH_DOCUMENT_IMAGE_LINK', ...NOTICE], composite: true, verdict: 'malware' },
  { why: 'a judicial notification PDF from free mail in a bank\'s name, link to a file host', ids: ['FROM_BRAND_SUBJECT', 'HDR_ADDRESS_INVALID', 'URL_FREE_FILE_HOST', 'CONTENT_LEGAL_NOTICE', ...NOTICE], composite: true, verdict: 'malware' },
  { why: 'an office document that is only a link, link through a shortener', ids: ['CONTENT_LEGAL_NOTICE_DOCUMENT', 'ATTACH_OFFICE_LINK_LURE', 'URL_SHORTENER'], composite: true, verdict: 'malware' },
  // must not
  { why: 'the document asks for credentials: phishing stays', ids: ['CONTENT_CLASSIFIER_SPAM', 'ATTACH_DOCUMENT_CREDENTIAL_LURE', 'LOOKALIKE_FROM_DOMAIN', ...NOTICE], composite: false, verdict: 'phishing' },
  { why: 'the message asks for an account', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CATEGORY_PHISHING', 'LOOKALIKE_FROM_DOMAIN', ...NOTICE], composite: false, verdict: 'phishing' },
  { why: 'a lawyer\'s PDF with its text (no link-lure finding)', ids: ['CONTENT_LEGAL_NOTICE_DOCUMENT', 'ATTACH_PDF_URI'], composite: false, verdict: 'clean' },
  { why: 'a court portal\'s notice, authenticated, with a link-only PDF (classifier spam vote)', ids: ['CONTENT_CLASSIFIER_SPAM', 'AUTH_DMARC_PASS', ...NOTICE], composite: false, verdict: 'spam' },
  { why: 'a link-only PDF with no legal notice (an invoice lure stays as it was)', ids: ['CONTENT_CLASSIFIER_SPAM', 'LOOKALIKE_FROM_DOMAIN', 'ATTACH_PDF_LINK_LURE', 'ATTACH_PDF_URI'], composite: false, verdict: 'phishing' },
  { why: 'an advert: this composite stays out (the document-lure reading is unchanged)', ids: ['CONTENT_CLASSIFIER_SPAM', 'CONTENT_ADVERT_OFFER', 'URL_SHORTENER', ...NOTICE], composite: false, verdict: 'phishing' },
];

for (const row of rows) {
  test(`legal document: ${row.why}`, () => {
    const result = scoreFindings(row.ids.map((id) => ({ id, evidence: 'test' })), table);
    const active = result.findings.filter((f) => !f.replacedBy).map((f) => f.id);
    assert.equal(active.includes('ATTACH_MALWARE_LEGAL_DOCUMENT'), row.composite, active.join(', '));
    assert.equal(result.verdict, row.verdict, `${result.score}: ${active.join(', ')}`);
    if (row.composite) assert.ok(!active.includes('PHISH_DOCUMENT_LURE') && !active.includes('PHISH_LEGAL_NOTICE_LURE'), 'the phishing readings are replaced');
  });
}

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

// Honeypot messages: a design row of bench/phishing-labels.tsv (draw 2) and an unlabelled one; no held-out file.
const corpus = [
  { file: 'sample-1786.eml', expected: ['ATTACH_MALWARE_LEGAL_DOCUMENT', 'CONTENT_LEGAL_NOTICE_DOCUMENT', 'ATTACH_DOCUMENT_IMAGE_LINK'], forbidden: ['PHISH_DOCUMENT_LURE'], verdict: 'malware', why: 'design, malware: "Processo Trabalhista (Cartorio online)", no text, a one-page PDF with a picture and a shortener link' },
  { file: 'sample-543.eml', expected: ['ATTACH_MALWARE_LEGAL_DOCUMENT', 'CONTENT_LEGAL_NOTICE'], forbidden: ['PHISH_LEGAL_NOTICE_LURE'], verdict: 'malware', why: 'unlabelled: "Notificacao Judicial" forwarded, in a bank\'s name, a PDF linking to a file host' },
  { file: 'sample-2073.eml', expected: ['PHISH_DOCUMENT_LURE'], forbidden: ['ATTACH_MALWARE_LEGAL_DOCUMENT', 'CONTENT_LEGAL_NOTICE_DOCUMENT', 'ATTACH_MALWARE_DOCUMENT_TO_OPEN'], verdict: 'phishing', why: '"Notificação Emitida … valores a receber" (design cred): a link-only PDF that is no court notice is not a legal document; the letter only sends the reader to it, and a document that is only a link to a page is a credential lure\'s carrier (session 59)' },
];

test('legal document: real honeypot messages (outside the held-out parts)', async (t) => {
  await assertCorpusRows(t, scanner, corpus);
});
