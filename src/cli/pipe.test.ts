import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXIT } from './exit-codes.js';
import { REPO_ROOT } from '../test-support/shared-data.js';

/**
 * `spamlab … | head`: the reader closes the pipe after the first lines. The real process, on a real pipe,
 * must stop quietly with the SIGPIPE-style code, never a stack trace.
 */
async function runAndCloseEarly(args: string[]): Promise<{ code: number | null; stderr: string; firstChunk: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/entry.ts'), ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const firstChunk = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8')));
    child.once('exit', () => reject(new Error(`exited before writing anything: ${stderr}`)));
  });
  child.stdout.destroy(); // closes our end of the pipe, as head does after its lines
  const code = await new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (c) => resolve(c));
  });
  return { code, stderr, firstChunk };
}

function bigMbox(messages = 400): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pipe-'));
  let text = '';
  // ~2 KB of NDJSON and ~360 bytes of text output per message.
  for (let i = 0; i < messages; i++) {
    text += `From sender@example.net Mon Jan  1 00:00:00 2024\nFrom: "Deals" <deals${i}@promo.example>\nTo: a@b.example\nSubject: FREE MONEY NOW ${i}\n\nBuy now at http://promo.example/${i}\n\n`;
  }
  const file = path.join(dir, 'big.mbox');
  writeFileSync(file, text);
  return file;
}

test('scan … | head: a closed pipe ends the scan quietly with exit code 141, no stack trace', async () => {
  // What the writer can finish without the reader is the pipe's buffer (64 KB) plus what the reader took before it
  // closed (a read or two of 64 KB). 400 messages' text output (~145 KB) was within reach of that under load, so the
  // scan sometimes finished with 0 before the close: 3,000 messages (~1 MB of text, ~6 MB of NDJSON) never is.
  const file = bigMbox(3000);
  // Default threads and -j 2: the workers write the lines to the pipe themselves (src/scan/pool-output.ts).
  for (const args of [['scan', '--json', '-j', '1', file], ['scan', '-j', '1', file], ['scan', '--json', file], ['scan', '--json', '-j', '2', file]]) {
    const { code, stderr, firstChunk } = await runAndCloseEarly(args);
    assert.match(firstChunk, /big\.mbox#1/);
    assert.equal(code, EXIT.outputClosed, `${args.join(' ')}: ${stderr}`);
    assert.doesNotMatch(stderr, /EPIPE|Error|at .*\.ts:\d+|internal error/, stderr);
    // Stopped early: no summary of a batch it did not finish.
    assert.doesNotMatch(stderr, /"scanned":3000/);
  }
});

/** `spamlab ARGS > FILE` (stdout a file) or `spamlab ARGS | slow-reader` (a pipe nobody reads for `pauseMs` after its first chunk, so it fills): what it wrote. */
async function runToEnd(args: string[], stdout: { file: string } | { pauseMs: number }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const fd = 'file' in stdout ? openSync(stdout.file, 'w') : undefined;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/entry.ts'), ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', fd ?? 'pipe', 'pipe'],
  });
  if (fd !== undefined) closeSync(fd);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const chunks: Buffer[] = [];
  if (child.stdout && 'pauseMs' in stdout) {
    const reader = child.stdout;
    reader.once('data', (first: Buffer) => {
      chunks.push(first);
      reader.pause();
      setTimeout(() => reader.on('data', (chunk: Buffer) => chunks.push(chunk)).resume(), stdout.pauseMs);
    });
  }
  const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
  const text = 'file' in stdout ? readFileSync(stdout.file, 'utf8') : Buffer.concat(chunks).toString('utf8');
  return { code, stdout: text.replace(/"elapsedMs":[\d.]+/g, '"elapsedMs":0'), stderr };
}

test('scan --json: the workers write the lines to a pipe read slowly (it fills: they wait) and to a file, the same bytes as this thread (-j 1)', { timeout: 240_000 }, async () => {
  const file = bigMbox();
  const dir = path.dirname(file);
  const here = await runToEnd(['scan', '--json', '-j', '1', file], { file: path.join(dir, 'here.ndjson') });
  assert.equal(here.code, EXIT.ok, here.stderr);
  assert.equal(here.stdout.split('\n').length, 401);
  for (const threads of [[], ['-j', '2']]) {
    const slow = await runToEnd(['scan', '--json', ...threads, file], { pauseMs: 1500 });
    assert.equal(slow.code, EXIT.ok, slow.stderr);
    assert.equal(slow.stdout, here.stdout, `a pipe read slowly, ${threads.join(' ') || 'default threads'}`);
    const written = await runToEnd(['scan', '--json', ...threads, file], { file: path.join(dir, 'workers.ndjson') });
    assert.equal(written.code, EXIT.ok, written.stderr);
    assert.equal(written.stdout, here.stdout, `a file, ${threads.join(' ') || 'default threads'}`);
  }
});

test('lookalike DOMAIN | head: a closed pipe is not an error either', async () => {
  // ~160 KB of NDJSON in one write: whether the reader closes before the last byte is in the pipe is a race
  // (the kernel takes 64 KB at a time), so both outcomes are right; a crash never is.
  const { code, stderr } = await runAndCloseEarly(['lookalike', '--json', 'internetsecurity-trendmicro.com']);
  assert.ok(code === EXIT.outputClosed || code === EXIT.ok, `exit ${code}: ${stderr}`);
  assert.doesNotMatch(stderr, /EPIPE|Error|internal error/, stderr);
});

test('lookalike --check FILE --json | head: stops reading the file and exits quietly', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pipe-'));
  const file = path.join(dir, 'feed.txt');
  // 40,000 rejected lines, each an NDJSON object on stdout: ~3 MB of output.
  writeFileSync(file, 'not a domain\n'.repeat(40_000));
  const { code, stderr, firstChunk } = await runAndCloseEarly(['lookalike', '--check', file, '--json']);
  assert.match(firstChunk, /"error":"not a domain name/);
  assert.equal(code, EXIT.outputClosed, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error|internal error/, stderr);
});
