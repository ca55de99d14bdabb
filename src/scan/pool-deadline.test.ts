import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { createScanPool } from '../runtime/index.js';
import { scanAll, type ScanItem } from './pool.js';
import type { ScanOutcome } from './report.js';

// A message that never finishes (a check stuck in a synchronous loop: what an exponential regular expression
// does) ends at the pool's hard deadline as an error outcome for that message alone: its worker is terminated
// and replaced, the messages batched with it are scanned, and their reports are those of a scan without it.
// Deterministic: the stuck check never returns, so only the deadline can end it, and the deadline (3 s) is
// far above what one small message takes, even on a loaded machine.
const STUCK = new URL('./fixtures/stuck-check-scanner.ts', import.meta.url);
const config = defaultConfig();
const DEADLINE_MS = 3000;

const eml = (i: number, subject: string): string =>
  `From: Sender ${i} <s${i}@example.com>\r\nTo: b@example.org\r\nSubject: ${subject}\r\nMessage-ID: <${i}@example.com>\r\nDate: Thu, 22 Aug 2002 13:17:22 +0000\r\n\r\nhello ${i}, see https://example.net/${i}\r\n`;
const subjects = ['one', 'two', 'STUCK FOREVER please', 'three', 'four', 'five'];
const items = (): ScanItem[] => subjects.map((s, i) => ({ source: `m${i}`, raw: new Uint8Array(Buffer.from(eml(i, s))) }));
const strip = (o: ScanOutcome) => ('error' in o ? o : { ...o, elapsedMs: 0 });

for (const workers of ['thread', 'process'] as const) {
  test(`${workers} workers: a message stuck past the hard deadline is an error for that message; the rest of its batch is scanned`, async () => {
    const reference = createScanPool({ config, threads: 0, scannerModule: STUCK });
    const expected: ScanOutcome[] = [];
    for (const item of items()) if (!new TextDecoder().decode(item.raw).includes('STUCK')) expected.push(await reference.scan(item));
    await reference.close();

    // One worker, every message in one batch: the stuck message holds its batch-mates until the deadline.
    const pool = createScanPool({ config, threads: 1, isolated: true, workers, scannerModule: STUCK, batchSize: 8, taskTimeoutMs: DEADLINE_MS });
    const outcomes: ScanOutcome[] = [];
    for await (const o of scanAll(pool, items(), { ordered: true })) outcomes.push(o);
    const after = await pool.scan({ source: 'after', raw: new Uint8Array(Buffer.from(eml(9, 'after'))) });
    await pool.close();

    assert.deepEqual(outcomes.map((o) => o.source), ['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    assert.deepEqual(outcomes[2], { source: 'm2', error: `scan timed out after ${DEADLINE_MS} ms` });
    // The others: the real engine's reports, the same as scanned alone in this thread.
    assert.deepEqual(outcomes.filter((o) => o.source !== 'm2').map(strip), expected.map(strip));
    assert.ok(expected.every((o) => !('error' in o) && o.iocs.urls.length === 1));
    assert.ok(!('error' in after), 'the replacement worker scans what comes next');
  });
}
