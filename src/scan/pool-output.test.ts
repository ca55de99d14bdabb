import { test } from 'node:test';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { openSources } from '../mail/sources/index.js';
import type { SourceItem } from '../mail/sources/types.js';
import type { SourceRef } from '../mail/sources/references.js';
import { createScanPool } from '../runtime/index.js';
import { scanAll, type RenderSpec, type ScanItem, type ScanPoolOptions } from './pool.js';
import { OrderedOutput } from './pool-output.js';
import { isScanError } from './report.js';

const FAKE = new URL('./fixtures/fake-scanner.ts', import.meta.url);
const RENDER: RenderSpec<{ verdict: string; score: number; line?: Uint8Array }> = { module: new URL('./fixtures/fake-bytes-render.ts', import.meta.url), options: {} };
const config = defaultConfig();

type Item = ScanItem | SourceItem | SourceRef;
type PoolChoices = Omit<Partial<ScanPoolOptions>, 'config' | 'scannerModule' | 'loadInProcess' | 'threads'> & { threads: number };
const message = (source: string, text: string): ScanItem => ({ source, raw: new Uint8Array(Buffer.from(text)) });

/** The lines as this thread writes them from the outcomes (the path without an output), and the outcomes. */
async function writtenHere(items: () => AsyncIterable<Item>, options: PoolChoices): Promise<{ text: string; outcomes: unknown[] }> {
  const pool = createScanPool({ config, scannerModule: FAKE, ...options }, RENDER);
  let text = '';
  const outcomes: unknown[] = [];
  for await (const o of scanAll(pool, items(), { ordered: true })) {
    text += isScanError(o) ? `${JSON.stringify(o)}\n` : Buffer.from(o.line!).toString('utf8');
    const { line: _line, ...rest } = o as { line?: Uint8Array };
    outcomes.push(rest);
  }
  await pool.close();
  return { text, outcomes };
}

/** The same scan with the workers writing to a file themselves. */
async function writtenByWorkers(items: () => AsyncIterable<Item>, options: PoolChoices): Promise<{ text: string; outcomes: unknown[]; took: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-output-'));
  const file = path.join(dir, 'out.ndjson');
  const fd = openSync(file, 'w');
  try {
    const output = new OrderedOutput(fd);
    const pool = createScanPool({ config, scannerModule: FAKE, ...options, output }, RENDER);
    const outcomes: unknown[] = [];
    for await (const o of scanAll(pool, items(), { ordered: true })) outcomes.push(o);
    await pool.close();
    await output.settled();
    return { text: readFileSync(file, 'utf8'), outcomes, took: pool.output === output };
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

function inputs(dir: string, texts: string[]): () => AsyncIterable<Item> {
  const fromLine = 'From a@example.com Thu Aug 22 13:17:22 2002';
  writeFileSync(path.join(dir, 'a.eml'), 'file one');
  writeFileSync(path.join(dir, 'b.mbox'), `${fromLine}\nmbox two\n\n${fromLine}\nmbox three`);
  return async function* () {
    for (const [i, text] of texts.entries()) {
      yield message(`m${i}`, text);
      // A source error every so often: written by this thread, in its turn between the workers' lines.
      if (i % 7 === 3) yield { source: `unreadable${i}`, error: 'cannot read: fake' };
    }
    yield* openSources([dir, path.join(dir, 'missing.eml')], { maxMessageBytes: 4096, references: true });
  };
}

const pools: [string, PoolChoices][] = [
  ['one worker thread', { threads: 1, isolated: true }],
  ['one worker thread, batches of 3 and two ahead', { threads: 1, isolated: true, batchSize: 3, prefetch: 2 }],
  ['two worker threads, batches of 4', { threads: 2, batchSize: 4 }],
  ['three worker threads, batches of 2', { threads: 3, batchSize: 2 }],
];

for (const [name, options] of pools) {
  test(`output written by the workers (${name}): the same bytes in the same order as this thread writes them; outcomes without their lines`, { timeout: 120_000 }, async (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-output-in-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const texts = Array.from({ length: 60 }, (_, i) => (i % 11 === 5 ? 'THROW' : i === 17 ? 'SLOW 200' : `message ${i}`));
    const items = inputs(dir, texts);
    const here = await writtenHere(items, { threads: 0 });
    const workers = await writtenByWorkers(items, options);
    assert.ok(workers.took, 'worker threads with a render take the output');
    assert.equal(workers.text, here.text);
    assert.deepEqual(workers.outcomes, here.outcomes);
    assert.match(here.text, /^message 0\nmessage 1\nmessage 2\nmessage 3\n\{"source":"unreadable3","error":"cannot read: fake"\}\nmessage 4\n\{"source":"m5","error":"scan failed: fake scan failure"\}\n/);
    assert.match(here.text, /\nfile one\nmbox two\nmbox three\n\{"source":"[^"]*missing\.eml","error":"cannot read: [^"]*"\}\n$/);
  });
}

// After a crash the batch is re-run one message at a time: each line is written once, in its turn, the crash's
// error record in the crashing message's place — whether the batch was the first, or one behind another worker's.
for (const [threads, crashAt] of [[1, 1], [2, 1], [2, 9], [3, 20]] as const) {
  test(`output written by the workers (${threads} threads): a crash at message ${crashAt} loses and repeats nothing`, { timeout: 120_000 }, async (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-output-in-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const texts = Array.from({ length: 32 }, (_, i) => (i === crashAt ? 'CRASH' : `message ${i}`));
    const { text } = await writtenByWorkers(inputs(dir, texts), { threads, isolated: true, batchSize: 4 });
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[crashAt + Math.floor((crashAt + 3) / 7)], `{"source":"m${crashAt}","error":"scan worker crashed: fake crash"}`);
    assert.deepEqual(
      lines.filter((l) => l.startsWith('message')),
      texts.filter((x) => x !== 'CRASH'),
    );
  });
}

test('output written by the workers: a worker waiting for its turn longer than the time limit is not ended (it is not scanning)', { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-output-in-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Two workers, three messages each: the second worker's batch is scanned at once and waits ~1.5 s for the first's.
  const texts = ['SLOW 500', 'SLOW 500', 'SLOW 500', 'a', 'b', 'c'];
  const { text } = await writtenByWorkers(async function* () {
    for (const [i, x] of texts.entries()) yield message(`m${i}`, x);
  }, { threads: 2, batchSize: 3, taskTimeoutMs: 900 });
  assert.equal(text, `${texts.join('\n')}\n`);
});

// Eight messages out at a time in batches of two: the first worker ready takes [0,1] and [2,3] ahead, the other [4,5]
// and nothing ahead (the queue is short). Message 1 hangs; after its time-out [0] and [2,3] are handed out again.
// Given to the second worker as a batch ahead of [4,5], which waits for their turn, they would never be scanned.
test('output written by the workers: a time-out neither hangs nor reorders (tasks handed out again are never a batch ahead of later ones)', { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-output-in-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const texts = Array.from({ length: 24 }, (_, i) => (i === 1 ? 'HANG' : `message ${i}`));
  const { text } = await writtenByWorkers(async function* () {
    for (const [i, x] of texts.entries()) yield message(`m${i}`, x);
  }, { threads: 2, batchSize: 2, prefetch: 1, maxInFlight: 8, taskTimeoutMs: 1500 });
  assert.deepEqual(
    text.trimEnd().split('\n'),
    texts.map((x, i) => (x === 'HANG' ? `{"source":"m${i}","error":"scan timed out after 1500 ms"}` : x)),
  );
});

test('output: not taken in this thread (-j 1) nor by worker processes; the lines come back as before', async () => {
  const output = new OrderedOutput(1);
  for (const options of [{ threads: 0 }, { threads: 2, workers: 'process' as const }]) {
    const pool = createScanPool({ config, scannerModule: FAKE, ...options, output }, RENDER);
    const outcome = await pool.scan(message('m', 'hello'));
    await pool.close();
    assert.equal(pool.output, undefined);
    assert.equal(Buffer.from((outcome as { line: Uint8Array }).line).toString('utf8'), 'hello\n');
  }
});

test('OrderedOutput: what this thread holds is written in turn order, whatever order it arrives in', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-output-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'out');
  const fd = openSync(file, 'w');
  const output = new OrderedOutput(fd);
  const turns = [output.take(), output.take(), output.take()];
  output.write(turns[2]!, Buffer.from('c\n'));
  output.write(turns[1]!, Buffer.from('b\n'));
  assert.equal(readFileSync(file, 'utf8'), '');
  assert.equal(output.written(turns[0]!), false);
  output.write(turns[0]!, Buffer.from('a\n'));
  await output.settled();
  closeSync(fd);
  assert.equal(readFileSync(file, 'utf8'), 'a\nb\nc\n');
  assert.ok(turns.every((turn) => output.written(turn)));
  assert.equal(output.failed, undefined);
});
