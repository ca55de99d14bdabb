import { test } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { defaultConfig, resolveConfig } from '../config/load.js';
import type { SourceItem } from '../mail/sources/types.js';
import { openSources } from '../mail/sources/index.js';
import { createScanPool } from '../runtime/index.js';
import { scanAll, type PoolTraceEvent, type ScanItem } from './pool.js';
import type { ScanOutcome } from './report.js';

const FAKE = new URL('./fixtures/fake-scanner.ts', import.meta.url);
const config = defaultConfig();

const item = (source: string, text: string): ScanItem => ({ source, raw: new Uint8Array(Buffer.from(text)) });
const brief = (o: ScanOutcome): string => ('error' in o ? `${o.source}: ERROR ${o.error}` : `${o.source}: ${o.subject}`);

for (const threads of [0, 1, 2]) {
  test(`threads=${threads}: scans, and a scan that throws is an error outcome`, async () => {
    const pool = createScanPool({ config, threads, scannerModule: FAKE });
    try {
      const outcomes = await Promise.all([pool.scan(item('a', 'hello')), pool.scan(item('b', 'THROW')), pool.scan(item('c', 'bye'))]);
      assert.deepEqual(outcomes.map(brief), ['a: hello', 'b: ERROR scan failed: fake scan failure', 'c: bye']);
    } finally {
      await pool.close();
    }
  });
}

test('workers: threads by default, processes when asked for', async () => {
  const kinds = [createScanPool({ config, threads: 2, scannerModule: FAKE }), createScanPool({ config, threads: 1, isolated: true, scannerModule: FAKE }), createScanPool({ config, threads: 1, scannerModule: FAKE })];
  const asked = [createScanPool({ config, threads: 2, workers: 'process', scannerModule: FAKE }), createScanPool({ config, threads: 1, isolated: true, workers: 'process', scannerModule: FAKE })];
  const pools = [...kinds, ...asked];
  const outcomes = await Promise.all(pools.map((pool) => pool.scan(item('m', 'hi'))));
  await Promise.all(pools.map((pool) => pool.close()));
  assert.deepEqual(pools.map((pool) => pool.workerKind), ['thread', 'thread', 'in-process', 'process', 'process']);
  const ran = outcomes.map((o) => ('error' in o ? o.error : o.to[0]!));
  const own = `worker-${process.pid}-`;
  assert.deepEqual(ran.map((w) => (w.startsWith(own) ? 'this process' : /^worker-\d+-0$/.test(w) ? 'another process' : w)), ['this process', 'this process', 'this process', 'another process', 'another process']);
  assert.notEqual(ran[2], ran[1], 'a worker thread is not the main thread');
});

for (const workers of ['process', 'thread'] as const) {
  test(`${workers} workers: messages are spread over the workers`, async () => {
    const pool = createScanPool({ config, threads: 2, workers, scannerModule: FAKE });
    const meeting = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-'));
    const items = Array.from({ length: 2 }, (_, i) => item(`m${i}`, `MEET ${meeting}`));
    const outcomes = await Promise.all(items.map((i) => pool.scan(i)));
    await pool.close();
    rmSync(meeting, { recursive: true, force: true });
    assert.equal(new Set(outcomes.map((o) => ('error' in o ? 'error' : o.to[0]))).size, 2);
    // Threads take the bytes by transfer (detached here); a process is sent a copy.
    assert.ok(items.every((i) => i.raw.byteLength === (workers === 'thread' ? 0 : 'MEET '.length + meeting.length)));
  });
}

test('thread workers: a view on a shared buffer is copied, leaving the buffer around it intact', async () => {
  const pool = createScanPool({ config, threads: 2, workers: 'thread', scannerModule: FAKE });
  const shared = Buffer.from('xxhelloxx');
  const outcome = await pool.scan({ source: 's', raw: shared.subarray(2, 7) });
  await pool.close();
  assert.equal(brief(outcome), 's: hello');
  assert.equal(shared.toString(), 'xxhelloxx');
});

for (const workers of ['process', 'thread'] as const) {
  test(`${workers} workers: a crash, an exit and a hang each cost one message, and the pool goes on`, async () => {
    const pool = createScanPool({ config, threads: 2, workers, scannerModule: FAKE, taskTimeoutMs: 1500, workerHeapMb: 64 });
    const texts = ['one', 'CRASH', 'two', 'EXIT', 'three', 'HANG', 'four'];
    const outcomes = await Promise.all(texts.map((t, i) => pool.scan(item(`m${i}`, t))));
    await pool.close();
    const shown = outcomes.map(brief);
    assert.deepEqual(shown.filter((s) => !s.includes('ERROR')), ['m0: one', 'm2: two', 'm4: three', 'm6: four']);
    assert.match(shown[1]!, /^m1: ERROR scan worker crashed: fake crash$/);
    assert.match(shown[3]!, /^m3: ERROR scan worker crashed: exit code 7$/);
    assert.match(shown[5]!, /^m5: ERROR scan timed out after 1500 ms$/);
  });

  test(`${workers} workers: running out of memory costs one message, and the pool goes on`, async () => {
    // A generous task time-out: filling even a small heap can take seconds on a loaded machine.
    const pool = createScanPool({ config, threads: 2, workers, scannerModule: FAKE, taskTimeoutMs: 60_000, workerHeapMb: 64 });
    const outcomes = await Promise.all(['one', 'OOM', 'two'].map((t, i) => pool.scan(item(`m${i}`, t))));
    await pool.close();
    const shown = outcomes.map(brief);
    assert.deepEqual([shown[0], shown[2]], ['m0: one', 'm2: two']);
    assert.match(shown[1]!, /^m1: ERROR scan worker crashed: .*(memory|heap)/i);
  });
}

test('workers: a scanner that cannot start fails every scan with the reason instead of hanging', async () => {
  const bad = resolveConfig({ scores: { FAKE_FAIL_TO_START: 1 } });
  const pool = createScanPool({ config: bad, threads: 2, scannerModule: FAKE });
  const outcomes = await Promise.all([pool.scan(item('a', 'x')), pool.scan(item('b', 'y')), pool.scan(item('c', 'z'))]);
  await pool.close();
  for (const o of outcomes) assert.match(brief(o), /ERROR scan worker failed to start: fake scanner refuses to start/);
});

test('close: waits for scans in progress; later scans are error outcomes', async () => {
  const pool = createScanPool({ config, threads: 2, scannerModule: FAKE });
  const slow = pool.scan(item('slow', 'SLOW 100'));
  await pool.close();
  assert.equal(brief(await slow), 'slow: SLOW 100');
  assert.equal(brief(await pool.scan(item('late', 'x'))), 'late: ERROR scan pool is closed');
});

test('scanAll ordered: input order, source errors passed through, fullSize reported', async () => {
  const pool = createScanPool({ config, threads: 2, scannerModule: FAKE });
  const items: SourceItem[] = [
    { source: 'a', raw: new Uint8Array(Buffer.from('SLOW 80')) },
    { source: 'b', error: 'empty file' },
    { source: 'c', raw: new Uint8Array(Buffer.from('fast')), fullSize: 99_999 },
    { source: 'd', raw: new Uint8Array(Buffer.from('SLOW 10')) },
  ];
  const outcomes: ScanOutcome[] = [];
  for await (const o of scanAll(pool, items, { ordered: true })) outcomes.push(o);
  await pool.close();
  assert.deepEqual(outcomes.map(brief), ['a: SLOW 80', 'b: ERROR empty file', 'c: fast', 'd: SLOW 10']);
  const c = outcomes[2]!;
  assert.ok(!('error' in c) && c.size === 99_999);
});

test('scanAll unordered: everything comes back; the source is never pulled more than maxInFlight ahead', async () => {
  const pool = createScanPool({ config, threads: 2, scannerModule: FAKE, maxInFlight: 3 });
  let pulled = 0;
  let yielded = 0;
  let worst = 0;
  async function* source(): AsyncGenerator<ScanItem> {
    for (let i = 0; i < 40; i++) {
      pulled++;
      worst = Math.max(worst, pulled - yielded);
      yield item(`m${i}`, i % 7 === 0 ? 'SLOW 15' : `n${i}`);
    }
  }
  const seen = new Set<string>();
  for await (const o of scanAll(pool, source())) {
    yielded++;
    seen.add(o.source);
  }
  await pool.close();
  assert.equal(seen.size, 40);
  assert.ok(worst <= 3, `pulled ${worst} ahead`);
});

test('trace: every batch sent to a worker is answered, workers numbered from 0, every task in one batch; the end shared out in smaller batches', async () => {
  const events: PoolTraceEvent[] = [];
  const pool = createScanPool({ config, threads: 2, scannerModule: FAKE, batchSize: 4, trace: (e) => events.push(e) });
  try {
    const items = Array.from({ length: 40 }, (_, i) => item(`m${i}`, `subject ${i}`));
    const outcomes: ScanOutcome[] = [];
    for await (const o of scanAll(pool, items)) outcomes.push(o);
    assert.equal(outcomes.length, 40);
  } finally {
    await pool.close();
  }
  const sent = events.filter((e) => e.kind === 'send');
  const done = events.filter((e) => e.kind === 'done');
  assert.equal(sent.reduce((a, e) => a + e.size, 0), 40);
  assert.deepEqual(done.map((e) => e.size).sort(), sent.map((e) => e.size).sort());
  // Numbered in the order first given a batch (the second worker may still be starting when a fast scanner has done all).
  assert.equal(events[0]!.worker, 0);
  assert.ok(events.every((e) => e.worker === 0 || e.worker === 1));
  assert.ok(sent.every((e) => e.size <= 4 && e.held >= 1) && done.every((e) => e.held >= 0));
  assert.ok(events.every((e, i) => i === 0 || e.at >= events[i - 1]!.at));
  // Near the end of the input (fewer queued than a full batch for each of the two workers) a batch is half a fair share.
  for (const e of sent) if (e.queued + e.size < 8) assert.ok(e.size <= Math.ceil((e.queued + e.size) / 4), `a batch of ${e.size} out of ${e.queued + e.size} queued`);
});

test('trace: an in-process pool takes the option and calls nothing', async () => {
  const events: PoolTraceEvent[] = [];
  const pool = createScanPool({ config, threads: 0, scannerModule: FAKE, trace: (e) => events.push(e) });
  try {
    await pool.scan(item('a', 'hello'));
  } finally {
    await pool.close();
  }
  assert.equal(events.length, 0);
});

test('the real engine gives the same outcome in a worker as in-process', async () => {
  const eml = 'From: a@example.com\r\nTo: b@example.org\r\nSubject: hi\r\nMessage-ID: <1@example.com>\r\nDate: Thu, 22 Aug 2002 13:17:22 +0000\r\n\r\nhello\r\n';
  const strip = (o: ScanOutcome) => ('error' in o ? o : { ...o, elapsedMs: 0 });
  const inProcess = createScanPool({ config, threads: 0 });
  const workers = createScanPool({ config, threads: 2 });
  const a = await inProcess.scan(item('m', eml));
  const b = await workers.scan(item('m', eml));
  await Promise.all([inProcess.close(), workers.close()]);
  assert.deepEqual(strip(b), strip(a));
});

test('references: workers read files and mbox ranges themselves; outcomes equal reading here, in input order', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-refs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const fromLine = 'From a@example.com Thu Aug 22 13:17:22 2002';
  writeFileSync(path.join(dir, 'a.eml'), 'one');
  writeFileSync(path.join(dir, 'b.mbox'), `${fromLine}\ntwo\n\n${fromLine}\nTHROW\n\n${fromLine}\nthree\n`);
  // Large enough to be listed message by message (past 1 MiB), with one message cut at the size limit.
  const big = Array.from({ length: 300 }, (_, i) => `${fromLine}\nmessage ${i}${i === 7 ? 'x'.repeat(5000) : ''}\n`).join('\n');
  writeFileSync(path.join(dir, 'c.mbox'), `${big}\n${fromLine}\n${'y'.repeat(1_100_000)}\n`);
  writeFileSync(path.join(dir, 'd.eml'), '');
  const run = async (threads: number, references: boolean): Promise<string[]> => {
    const pool = createScanPool({ config, threads, scannerModule: FAKE });
    const shown: string[] = [];
    const items = references ? openSources([dir], { maxMessageBytes: 4096, references: true }) : openSources([dir], { maxMessageBytes: 4096 });
    for await (const o of scanAll(pool, items, { ordered: true })) shown.push(`${brief(o).slice(0, 60)} ${'error' in o ? '' : o.size}`);
    await pool.close();
    return shown;
  };
  const here = await run(0, false);
  assert.equal(here.length, 1 + 3 + 301 + 1);
  const cut = here.find((line) => line.startsWith(`${path.join(dir, 'c.mbox')}#8: message 7x`));
  assert.ok(cut && Number(cut.split(' ').at(-1)) > 5000, `a cut message keeps its full size: ${cut}`);
  assert.deepEqual(await run(2, true), here);
  assert.deepEqual(await run(0, true), here);
});

for (const workers of ['process', 'thread'] as const) {
  test(`${workers} workers: a crash in a batch is re-run one message at a time, so only the crashing message fails`, async () => {
    const pool = createScanPool({ config, threads: 2, workers, scannerModule: FAKE, batchSize: 8 });
    const texts = Array.from({ length: 16 }, (_, i) => (i === 5 ? 'CRASH' : `m${i}`));
    const outcomes: ScanOutcome[] = [];
    for await (const o of scanAll(pool, texts.map((t, i) => item(`s${i}`, t)), { ordered: true })) outcomes.push(o);
    await pool.close();
    assert.deepEqual(outcomes.filter((o) => 'error' in o).map(brief), ['s5: ERROR scan worker crashed: fake crash']);
    assert.equal(outcomes.length, 16);
  });
}

// A worker holds a batch ahead of the one it is on (prefetch) only while the queue is deep: 12 messages in batches of
// 2 for one worker give it a batch ahead from the start. A crash in the batch it is on re-runs that batch one message
// at a time; the batch ahead never started, so it is handed out again as it was and blamed for nothing.
for (const workers of ['process', 'thread'] as const) {
  test(`${workers} workers: a crash with a batch ahead costs only the crashing message; the batch ahead is scanned`, { timeout: 120_000 }, async () => {
    const pool = createScanPool({ config, threads: 1, isolated: true, workers, scannerModule: FAKE, batchSize: 2, prefetch: 1 });
    const texts = Array.from({ length: 12 }, (_, i) => (i === 1 ? 'CRASH' : `m${i}`));
    const outcomes: ScanOutcome[] = [];
    for await (const o of scanAll(pool, texts.map((t, i) => item(`s${i}`, t)), { ordered: true })) outcomes.push(o);
    await pool.close();
    assert.deepEqual(outcomes.map(brief), texts.map((t, i) => (i === 1 ? 's1: ERROR scan worker crashed: fake crash' : `s${i}: ${t}`)));
  });
}

// The same outcomes whatever the batching: batches of 1 or 3, no batch ahead or up to two, one worker or two.
for (const [threads, batchSize, prefetch] of [[1, 1, 1], [1, 3, 0], [1, 3, 2], [2, 1, 2], [2, 3, 1]] as const) {
  test(`threads=${threads}, batchSize=${batchSize}, prefetch=${prefetch}: every message scanned once, in order`, async () => {
    const pool = createScanPool({ config, threads, scannerModule: FAKE, batchSize, prefetch });
    const texts = Array.from({ length: 40 }, (_, i) => (i % 9 === 4 ? 'THROW' : `n${i}`));
    const outcomes: ScanOutcome[] = [];
    for await (const o of scanAll(pool, texts.map((t, i) => item(`s${i}`, t)), { ordered: true })) outcomes.push(o);
    await pool.close();
    assert.deepEqual(outcomes.map(brief), texts.map((t, i) => (t === 'THROW' ? `s${i}: ERROR scan failed: fake scan failure` : `s${i}: ${t}`)));
  });
}

test('process workers: a batch that overruns the time limit is re-run one message at a time; only the hanging message fails', async () => {
  // A process does not say which message it is on: the whole batch times out, then each message runs alone.
  const pool = createScanPool({ config, threads: 1, isolated: true, workers: 'process', scannerModule: FAKE, batchSize: 4, taskTimeoutMs: 1500 });
  const texts = ['a', 'b', 'HANG', 'c'];
  const outcomes: ScanOutcome[] = [];
  for await (const o of scanAll(pool, texts.map((t, i) => item(`s${i}`, t)), { ordered: true })) outcomes.push(o);
  await pool.close();
  assert.deepEqual(outcomes.map(brief), ['s0: a', 's1: b', 's2: ERROR scan timed out after 1500 ms', 's3: c']);
});

test('process workers: a Ctrl-C meant for the whole process group leaves them scanning; they end when their owner is killed', async (t) => {
  const meeting = mkdtempSync(path.join(tmpdir(), 'spamlab-pool-host-'));
  t.after(() => rmSync(meeting, { recursive: true, force: true }));
  const host = spawn(process.execPath, ['--import', 'tsx', new URL('./fixtures/pool-host.ts', import.meta.url).pathname, meeting], { stdio: ['pipe', 'pipe', 'inherit'] });
  t.after(() => host.kill('SIGKILL'));
  const lines = createInterface({ input: host.stdout! })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, unknown>> => JSON.parse(String((await lines.next()).value)) as Record<string, unknown>;
  const workers = (await next()).workers as number[];
  assert.equal(workers.length, 2);
  // A terminal's Ctrl-C reaches every process of the group: the owner decides what its workers do.
  for (const pid of workers) process.kill(pid, 'SIGINT');
  host.stdin!.write('still here\n');
  const answer = (await next()).outcome as ScanOutcome;
  assert.ok(!('error' in answer) && workers.some((pid) => answer.to[0]!.startsWith(`worker-${pid}-`)), `answered by an original worker: ${JSON.stringify(answer)}`);
  host.kill('SIGKILL');
  // No orphans: each worker sees its channel close and exits (polled; a zombie counts as gone).
  const alive = (pid: number): boolean => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  for (let waited = 0; workers.some(alive) && waited < 15_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(workers.filter(alive), []);
});
