import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { eml, genuine, scams, scamsLeft } from './fixtures/scam-variants.js';

/**
 * Issue 17, item 6, session 55: the scam kinds the issue names, each written in other words and other languages than the
 * corpus rows (sextortion, 419 / inheritance / compensation / lottery, romance and wrong-number openers, task scams, BEC,
 * crypto giveaways and recovered balances, callback phishing), end to end (.eml → parser → every family → verdict).
 * Every must-flag row is a whole message as campaigns send it (free-mail sender, one or no link, Reply-To elsewhere,
 * plain text or HTML); every must-not row is genuine mail that looks close. The texts are written for this test
 * (fixtures/scam-variants.ts). The recipient's MX (mx.company.example) is trusted for Authentication-Results, as a
 * deployment trusts its own: the bank's notice is DMARC-authenticated by it; no scam row carries a result.
 */
const scanner = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.company.example'] }, services: { now: () => new Date('2025-06-02T08:00:00Z') } });
const active = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy).map((f) => `${f.id}(${f.score ?? ''})`);

const thresholds = defaultConfig().thresholds;
/** The score of a report's active findings outside the statistical classifier's (see below). */
const withoutClassifier = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy && !f.id.startsWith('CONTENT_CLASSIFIER_')).reduce((sum, f) => sum + f.score, 0);

// Flagged, and by the content checks of the kinds: without the classifier's vote the score still reaches the verdict's
// threshold (a row the classifier alone carried would pass on wording the model happened to learn).
async function assertFlagged(mail: (typeof scams)[number][1], i: number, kind: string): Promise<void> {
  const r = await scanner.scan({ raw: eml(mail, i), source: `${kind}.eml` });
  assert.notEqual(r.verdict, 'clean', `${r.verdict} ${r.score}: ${active(r).join(', ')}`);
  const needed = r.verdict === 'phishing' ? thresholds.phishing : thresholds.spam;
  assert.ok(withoutClassifier(r) >= needed, `${withoutClassifier(r)} without the classifier; ${r.verdict} ${r.score}: ${active(r).join(', ')}`);
}
for (const [kind, mail] of scams) {
  test(`scam variant is flagged: ${kind}`, () => assertFlagged(mail, scams.findIndex(([k]) => k === kind), kind));
}
// Session 57: the rows of known gaps (fixtures/scam-variants.ts, scamsLeft), as the scam and malware audits keep theirs: the gap
// is asserted to hold (the content checks alone do not reach a verdict's threshold), so a change that closes it fails here and
// the row moves to `scams` — never a todo or a skip that CI would pass over.
for (const [kind, mail] of scamsLeft) {
  test(`scam variant, known gap (NOTES.md, session 57, scam57): ${kind}`, async () => {
    const r = await scanner.scan({ raw: eml(mail, 200 + scamsLeft.findIndex(([k]) => k === kind)), source: `${kind}.eml` });
    const needed = r.verdict === 'phishing' ? thresholds.phishing : thresholds.spam;
    const met = r.verdict !== 'clean' && withoutClassifier(r) >= needed;
    assert.equal(met, false, `known gap closed: ${withoutClassifier(r)} without the classifier; ${r.verdict} ${r.score}: ${active(r).join(', ')} — move the row to \`scams\``);
  });
}

/**
 * The statistical classifier is trained on the SpamAssassin corpus and reads these short synthetic letters as spam more often
 * than real mail with its headers and history (3 of the rows alone reach CONTENT_CLASSIFIER_SPAM, 6 points): its vote is no
 * part of what these rows test. What must hold is that no content check of the scam kinds reads them: without the
 * classifier's findings the score stays below the lowest threshold (phishing, 4).
 */
const lowestThreshold = Math.min(thresholds.phishing, thresholds.spam);
for (const [kind, mail] of genuine) {
  test(`genuine mail is not flagged: ${kind}`, async () => {
    const r = await scanner.scan({ raw: eml(mail, 100 + genuine.findIndex(([k]) => k === kind)), source: `${kind}.eml` });
    assert.ok(withoutClassifier(r) < lowestThreshold, `${withoutClassifier(r)} without the classifier; ${r.verdict} ${r.score}: ${active(r).join(', ')}`);
  });
}
