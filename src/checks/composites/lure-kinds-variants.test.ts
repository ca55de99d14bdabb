import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import type { ScanReport } from '../../scan/report.js';
import { eml } from './fixtures/malware-variants.js';
import { genuine, lures } from './fixtures/lure-kinds-variants.js';

/**
 * Issue 17, session 57 (det57): the lure kinds session 56's malware-variants table left out of reach — file hosts whose address
 * does not end in the file's name, an authority or organisation in a free-mail display name, police and court summons wording
 * in the letter, a brandless credential lure on the sender's own unknown domain — as whole messages, one kind × one language a
 * row, end to end (.eml → parser → every family → verdict, the shipped classifier model, the recipient's MX trusted for
 * Authentication-Results). Every lure must end in one of its verdicts and, where the row names one, carry the finding the row is
 * about; every genuine look-alike must stay unflagged as phishing or malware and without the findings it names, and the plainly
 * genuine (authenticated) ones under the lowest threshold without the classifier's vote. Session 58 (draw15d) adds kinds 5 and 6:
 * an order or parcel delayed on the envelope, and an airdrop with no words of its own whose link's host is the claim or whose
 * sender is named after the coin on free mail.
 */
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const scanner = await createScanner({
  config: { ...defaultConfig(), trustedAuthservIds: ['mx.company.example'] },
  services: { now: () => new Date('2025-06-02T08:00:00Z'), classifierModel: shipped },
});
const activeIds = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy).map((f) => f.id as string);
const active = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy).map((f) => `${f.id}(${f.score ?? ''})`);
const thresholds = defaultConfig().thresholds;
const withoutClassifier = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy && !f.id.startsWith('CONTENT_CLASSIFIER_')).reduce((sum, f) => sum + f.score, 0);
const lowestThreshold = Math.min(thresholds.phishing, thresholds.spam);
const print = process.env.LURE_KINDS_PRINT;

lures.forEach(({ kind, mail, verdicts, finding, gap }, i) => {
  test(`lure kind is called ${verdicts.join(' or ')}${gap ? ' (known gap: not yet)' : ''}: ${kind}`, async () => {
    const r = await scanner.scan({ raw: eml(mail, 300 + i), source: `lure-kind-${i}.eml` });
    if (print) console.log(`LURE\t${kind}\t${r.verdict}\t${r.score}\t${active(r).join(',')}`);
    const why = `${r.verdict} ${r.score}: ${active(r).join(', ')}`;
    // Session 58: a known gap is asserted as one, so that closing it fails here and the row loses its gap.
    if (gap) assert.ok(!verdicts.includes(r.verdict), `known gap closed (${gap}): ${why} — remove the row's gap`);
    else assert.ok(verdicts.includes(r.verdict), why);
    if (finding) assert.ok(activeIds(r).includes(finding), `no ${finding}; ${why}`);
  });
});

genuine.forEach(({ kind, mail, plain, never }, i) => {
  test(`genuine look-alike is not flagged: ${kind}`, async () => {
    const r = await scanner.scan({ raw: eml(mail, 400 + i), source: `lure-kind-genuine-${i}.eml` });
    if (print) console.log(`GENUINE\t${kind}\t${r.verdict}\t${r.score}\t${active(r).join(',')}`);
    const why = `${r.verdict} ${r.score}: ${active(r).join(', ')}`;
    assert.ok(r.verdict !== 'phishing' && r.verdict !== 'malware', why);
    for (const id of never ?? []) assert.ok(!activeIds(r).includes(id), `${id} fired; ${why}`);
    if (plain) assert.ok(withoutClassifier(r) < lowestThreshold, `${withoutClassifier(r)} without the classifier; ${why}`);
  });
});
