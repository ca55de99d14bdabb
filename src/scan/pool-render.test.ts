import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { openSources } from '../mail/sources/index.js';
import { createScanPool } from '../runtime/index.js';
import type { FakeLine } from './fixtures/fake-render.js';
import { scanAll, type RenderSpec } from './pool.js';
import { isScanError, type ScanError } from './report.js';

const FAKE = new URL('./fixtures/fake-scanner.ts', import.meta.url);
const RENDER: RenderSpec<FakeLine, { prefix: string }> = { module: new URL('./fixtures/fake-render.ts', import.meta.url), options: { prefix: '> ' } };
const config = defaultConfig();

const pools = [
  { name: 'in-process', options: { threads: 0 } },
  { name: 'one worker thread', options: { threads: 1, isolated: true } },
  { name: 'two worker threads', options: { threads: 2, batchSize: 2 } },
  { name: 'two worker processes', options: { threads: 2, workers: 'process' as const } },
];

for (const { name, options } of pools) {
  test(`render (${name}): each report is rendered where it was scanned; errors, a scan or render that throws included, are error outcomes`, async (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-render-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const fromLine = 'From a@example.com Thu Aug 22 13:17:22 2002';
    writeFileSync(path.join(dir, 'a.eml'), 'one');
    writeFileSync(path.join(dir, 'b.mbox'), `${fromLine}\ntwo\n\n${fromLine}\nthree`);
    writeFileSync(path.join(dir, 'c.eml'), '');
    // Messages as bytes, then references the workers read (files, mbox ranges, one that is not there).
    async function* items() {
      for (const [i, text] of ['bytes 0', 'THROW', 'RENDER_THROW', 'bytes 3', 'bytes 4'].entries()) yield { source: `m${i}`, raw: new Uint8Array(Buffer.from(text)) };
      yield* openSources([dir, path.join(dir, 'missing.eml')], { maxMessageBytes: 4096, references: true });
    }
    const pool = createScanPool({ config, scannerModule: FAKE, ...options }, RENDER);
    const shown: string[] = [];
    const rendered: FakeLine[] = [];
    try {
      for await (const outcome of scanAll(pool, items(), { ordered: true })) {
        if (isScanError(outcome)) shown.push(`${path.basename(outcome.source)}: ERROR ${outcome.error.replace(/:.*/, '')}`);
        else {
          rendered.push(outcome);
          shown.push(outcome.line);
        }
      }
    } finally {
      await pool.close();
    }
    assert.deepEqual(shown, [
      '> bytes 0', 'm1: ERROR scan failed', 'm2: ERROR scan failed', '> bytes 3', '> bytes 4',
      '> one', '> two', '> three',
      'c.eml: ERROR empty file', 'missing.eml: ERROR cannot read',
    ]);
    for (const line of rendered) assert.equal(line.renderedBy, line.scannedBy, `${line.line} rendered in the thread that scanned it`);
    const main = `worker-${process.pid}-0`;
    assert.equal(rendered.every((line) => line.renderedBy === main), name === 'in-process', 'rendered in this thread only in-process');
  });
}

test('render: what the pool hands back is the render\'s, not the report (a thrown render says why)', async () => {
  const pool = createScanPool({ config, threads: 1, isolated: true, scannerModule: FAKE }, RENDER);
  try {
    const [ok, bad] = await Promise.all([pool.scan({ source: 'a', raw: new Uint8Array(Buffer.from('hi')) }), pool.scan({ source: 'b', raw: new Uint8Array(Buffer.from('RENDER_THROW')) })]);
    assert.deepEqual(Object.keys(ok).sort(), ['line', 'renderedBy', 'scannedBy']);
    assert.deepEqual(bad as ScanError, { source: 'b', error: 'scan failed: fake render failure' });
  } finally {
    await pool.close();
  }
});
