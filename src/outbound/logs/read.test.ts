import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { guessFormat, LogFollower, readLogFile } from './read.js';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-follow-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('reads plain and gzip files alike (gzip detected by content, not name)', async (t) => {
  const dir = tempDir(t);
  const text = 'one\ntwo\r\nthree\n';
  writeFileSync(path.join(dir, 'plain.log'), text);
  writeFileSync(path.join(dir, 'mail.log.1'), gzipSync(text));
  for (const name of ['plain.log', 'mail.log.1']) {
    const lines: string[] = [];
    await readLogFile(path.join(dir, name), (l) => lines.push(l));
    assert.deepEqual(lines, ['one', 'two', 'three'], name);
  }
});

test('follows a growing file across rename-rotation and copytruncate, holding partial lines', async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mail.log');
  writeFileSync(file, 'old line\n');
  const lines: string[] = [];
  const f = new LogFollower(file, (l) => lines.push(l), { fromEnd: true });
  assert.equal(await f.poll(), 0, 'starts at the end like tail -F');
  appendFileSync(file, 'a1\na2 partial');
  await f.poll();
  assert.deepEqual(lines, ['a1']);
  appendFileSync(file, ' rest\n');
  await f.poll();
  assert.deepEqual(lines, ['a1', 'a2 partial rest']);

  // logrotate's default: rename, a last write to the old file, then a new file.
  renameSync(file, `${file}.1`);
  appendFileSync(`${file}.1`, 'late write to old\n');
  writeFileSync(file, 'b1\n');
  await f.poll();
  assert.deepEqual(lines.slice(2), ['late write to old', 'b1']);
  assert.equal(f.rotations, 1);

  // copytruncate: same inode, size drops.
  truncateSync(file, 0);
  appendFileSync(file, 'c1\n');
  await f.poll();
  assert.deepEqual(lines.slice(4), ['c1']);
  assert.equal(f.truncations, 1);

  // A multibyte character split across two polls stays whole.
  const bytes = Buffer.from('日本語\n');
  appendFileSync(file, bytes.subarray(0, 4));
  await f.poll();
  appendFileSync(file, bytes.subarray(4));
  await f.poll();
  assert.equal(lines.at(-1), '日本語');
  await f.close();
});

test('a file that does not exist yet is picked up when it appears', async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'later.log');
  const lines: string[] = [];
  const f = new LogFollower(file, (l) => lines.push(l));
  assert.equal(await f.poll(), 0);
  writeFileSync(file, 'first\n');
  await f.poll();
  assert.deepEqual(lines, ['first']);
  await f.close();
});

test('guesses Postfix or Exim from the first lines', () => {
  assert.equal(guessFormat(['# comment', 'Apr 21 09:14:02 mail postfix/qmgr[812]: ABC: removed']), 'postfix');
  assert.equal(guessFormat(['2026-04-21 09:14:02 1wXyZa-000ABC-Q1 Completed']), 'exim');
  assert.equal(guessFormat(['hello']), undefined);
});
