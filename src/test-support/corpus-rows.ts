import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import type { ScanReport } from '../scan/report.js';
import { phishingPotSamples } from './shared-data.js';

/** One honeypot message (phishing-pot-dev, read in place) and what a scan of it must and must not raise. */
export interface CorpusRow {
  file: string;
  expected: readonly string[];
  forbidden: readonly string[];
  /** The verdict it must get, when the row says. */
  verdict?: string;
  /** Why the row is there, repeated in a failure's message. */
  why?: string;
}

/** Finding ids that count (a composite's parts it replaced are not). */
export const activeIds = (report: ScanReport): string[] => report.findings.filter((f) => !f.replacedBy).map((f) => f.id);

/**
 * Scans each row's message and holds it to the row: every expected id, no forbidden id, the verdict when given;
 * `also` adds a file's own assertion. Skips, saying why, without ../shared/data.
 * @example await assertCorpusRows(t, scanner, [{ file: 'sample-236.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }])
 */
export async function assertCorpusRows<R extends CorpusRow>(
  t: TestContext,
  scanner: { scan(input: { raw: Uint8Array; source: string }): Promise<ScanReport> },
  rows: readonly R[],
  also?: (report: ScanReport, row: R, label: string) => void,
): Promise<void> {
  const samples = phishingPotSamples(t, rows.map((r) => r.file));
  if (!samples) return;
  for (const row of rows) {
    const report = await scanner.scan({ raw: samples.get(row.file)!, source: row.file });
    const ids = activeIds(report);
    const label = row.why ? `${row.file} (${row.why})` : row.file;
    for (const id of row.expected) assert.ok(ids.includes(id), `${label}: ${id} expected in ${ids.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!ids.includes(id), `${label}: ${id} not expected`);
    if (row.verdict) assert.equal(report.verdict, row.verdict, `${label}: ${ids.join(', ')}`);
    also?.(report, row, `${label}: ${ids.join(', ')}`);
  }
}
