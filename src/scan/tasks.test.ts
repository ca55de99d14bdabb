import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScanReport } from './report.js';
import { batchRunner, LARGE_MESSAGE_BYTES, type BatchMessage, type Task } from './tasks.js';
import { fullCollection } from './collect.js';

const report = (source: string): ScanReport => ({ source }) as unknown as ScanReport;

test('batchRunner asks for a full collection after a message of LARGE_MESSAGE_BYTES or more, once its task is done, and after no other', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-tasks-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A large message the worker reads itself (a file reference), and large and small ones handed over as bytes.
  const largeFile = path.join(dir, 'large.eml');
  writeFileSync(largeFile, Buffer.alloc(LARGE_MESSAGE_BYTES, 0x61));
  const events: string[] = [];
  const scanner = {
    scan(input: { source: string; raw: Uint8Array }) {
      events.push(`scan ${path.basename(input.source)}`);
      return report(input.source);
    },
  };
  const tasks: Task[] = [
    { kind: 'bytes', source: 'small', raw: new Uint8Array(100) },
    { kind: 'bytes', source: 'just-below', raw: new Uint8Array(LARGE_MESSAGE_BYTES - 1) },
    { kind: 'ref', ref: { source: largeFile, file: largeFile, read: { maxMessageBytes: 2 * LARGE_MESSAGE_BYTES, mboxFormat: 'mboxrd' } } },
    { kind: 'bytes', source: 'large', raw: new Uint8Array(LARGE_MESSAGE_BYTES) },
    { kind: 'bytes', source: 'after', raw: new Uint8Array(100) },
  ];
  const finished = new Promise<unknown[][]>((resolve) => {
    const run = batchRunner(
      scanner,
      undefined,
      () => {},
      (_batch: BatchMessage, outcomes) => resolve(outcomes),
      () => events.push('collect'),
    );
    run({ id: 1, tasks });
  });
  const outcomes = await finished;
  assert.equal(outcomes.length, 5);
  assert.deepEqual(events, ['scan small', 'scan just-below', 'scan large.eml', 'collect', 'scan large', 'collect', 'scan after']);
});

test('fullCollection runs a collection (twice: the second reuses the first one’s gc) and leaves no gc to the scan’s own context', () => {
  fullCollection();
  fullCollection();
  assert.equal((globalThis as { gc?: unknown }).gc, undefined);
});
