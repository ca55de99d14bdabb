import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2026-12-01T00:00:00Z') } });

// Design-part `ham` rows of bench/phishing-labels.tsv (genuine mail that reached the honeypot) that read as claims they
// do not make, and lures of the same shapes that must keep theirs (session 39, fp39).
test('corpus: a mailer writing its free-mail customer into From, a gov.br office naming its own address', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-6463.eml', expected: ['FROM_FREEMAIL'], forbidden: ['FROM_REPLYTO_FREEMAIL', 'FROM_REPLYTO_ELSEWHERE'], why: 'a HubSpot newsletter for cafetran.support@gmail.com, From cafetran+2Esupport=gmail.com@…hs-send.com' },
    { file: 'sample-4091.eml', expected: [], forbidden: ['FROM_BRAND_SUBJECT', 'URL_TEXT_BRAND_MISMATCH', 'FROM_BRAND_OWN_DOMAIN'], why: "a town's NFS-e notice from and linking to pederneiras.sp.gov.br" },
    { file: 'sample-5603.eml', expected: ['FROM_REPLYTO_ELSEWHERE'], forbidden: [], why: 'an SSA "document" lure relayed "via research.net" (SurveyMonkey), Reply-To the lure\'s own address: no relayed customer (session 42: in place of a held-out row)' },
  ], (report, row, label) => {
    if (row.file === 'sample-6463.eml') assert.notEqual(report.verdict, 'phishing', label);
  });
});
