import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describeError, openSources, type SourceItem } from './index.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

const MAX = 1 << 20;

/** Collects items as `[source, text or "ERROR: …"]`. */
async function collect(paths: string[], options: Partial<Parameters<typeof openSources>[1]> = {}): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const item of openSources(paths, { maxMessageBytes: MAX, ...options })) out.push(show(item));
  return out;
}

function show(item: SourceItem): [string, string] {
  return 'error' in item ? [item.source, `ERROR: ${item.error}`] : [item.source, Buffer.from(item.raw).toString('latin1')];
}

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'spamlab-sources-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const msg = (subject: string) => `From: a@example.com\nSubject: ${subject}\n\nbody ${subject}\n`;
const FROM_LINE = 'From alice@example.com Thu Aug 22 13:17:22 2002';

test('a single .eml file, and any file that is not an mbox, is one message', async (t) => {
  const dir = await tempDir(t);
  await writeFile(path.join(dir, 'a.eml'), msg('a'));
  await writeFile(path.join(dir, 'noext'), msg('b'));
  assert.deepEqual(await collect([path.join(dir, 'a.eml'), path.join(dir, 'noext')]), [
    [path.join(dir, 'a.eml'), msg('a')],
    [path.join(dir, 'noext'), msg('b')],
  ]);
});

test('an mbox is detected by content, whatever its name; messages are named path#N', async (t) => {
  const dir = await tempDir(t);
  const file = path.join(dir, 'box.txt');
  await writeFile(file, `${FROM_LINE}\n${msg('one')}\n${FROM_LINE}\n${msg('two')}\n`);
  assert.deepEqual(await collect([file]), [
    [`${file}#1`, msg('one')],
    [`${file}#2`, msg('two')],
  ]);
});

test('a lone message saved with its From line is named after the file alone', async (t) => {
  const dir = await tempDir(t);
  const file = path.join(dir, '00001.317e78fa8ee2f54cd4890fdc09ba8176');
  await writeFile(file, `${FROM_LINE}\n${msg('only')}`);
  assert.deepEqual(await collect([file]), [[file, msg('only')]]);
});

test('a directory is walked recursively in sorted order; dot-directories skipped, dot-files kept', async (t) => {
  const dir = await tempDir(t);
  await mkdir(path.join(dir, 'b', 'inner'), { recursive: true });
  await mkdir(path.join(dir, '.git'));
  await writeFile(path.join(dir, 'c.eml'), msg('c'));
  await writeFile(path.join(dir, 'a.eml'), msg('a'));
  await writeFile(path.join(dir, '.hidden.eml'), msg('hidden'));
  await writeFile(path.join(dir, 'b', 'inner', 'z.eml'), msg('z'));
  await writeFile(path.join(dir, 'b', 'y.mbox'), `${FROM_LINE}\n${msg('y1')}\n${FROM_LINE}\n${msg('y2')}`);
  await writeFile(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  const items = await collect([dir]);
  assert.deepEqual(
    items.map(([source]) => path.relative(dir, source)),
    ['.hidden.eml', 'a.eml', 'b/inner/z.eml', 'b/y.mbox#1', 'b/y.mbox#2', 'c.eml'],
  );
});

test('a Maildir: cur then new, tmp ignored, Maildir++ sub-folders after', async (t) => {
  const dir = await tempDir(t);
  const box = path.join(dir, 'Maildir');
  for (const sub of ['cur', 'new', 'tmp', '.Sent/cur', '.Sent/new', '.Sent/tmp', '.notabox']) {
    await mkdir(path.join(box, sub), { recursive: true });
  }
  await writeFile(path.join(box, 'cur', '1700000000.2.host:2,S'), msg('cur2'));
  await writeFile(path.join(box, 'cur', '1700000000.1.host:2,S'), msg('cur1'));
  await writeFile(path.join(box, 'new', '1700000001.1.host'), msg('new1'));
  await writeFile(path.join(box, 'tmp', '1700000002.1.host'), msg('partial'));
  await writeFile(path.join(box, '.Sent', 'cur', '1.host:2,S'), msg('sent'));
  await writeFile(path.join(box, '.notabox', 'x.eml'), msg('not'));
  await writeFile(path.join(box, 'dovecot.index'), 'binary index');
  const items = await collect([dir]);
  assert.deepEqual(
    items.map(([source, body]) => [path.relative(box, source), body]),
    [
      ['cur/1700000000.1.host:2,S', msg('cur1')],
      ['cur/1700000000.2.host:2,S', msg('cur2')],
      ['new/1700000001.1.host', msg('new1')],
      ['.Sent/cur/1.host:2,S', msg('sent')],
    ],
  );
});

test('stdin: "-" reads one message, or an mbox when it starts with a From line', async () => {
  assert.deepEqual(await collect(['-'], { stdin: Readable.from([Buffer.from(msg('in'))]) }), [['stdin', msg('in')]]);
  const mbox = `${FROM_LINE}\r\n${msg('x')}\r\n${FROM_LINE}\r\n${msg('y')}`;
  const items = await collect(['-'], { stdin: Readable.from([Buffer.from(mbox.slice(0, 10)), Buffer.from(mbox.slice(10))]) });
  assert.deepEqual(
    items.map(([s]) => s),
    ['stdin#1', 'stdin#2'],
  );
  assert.deepEqual(await collect(['-'], { stdin: Readable.from([]) }), [['stdin', 'ERROR: empty input']]);
});

test('errors mid-batch are items, and the rest of the batch is read', async (t) => {
  const dir = await tempDir(t);
  await writeFile(path.join(dir, 'good1.eml'), msg('1'));
  await writeFile(path.join(dir, 'empty.eml'), '');
  await writeFile(path.join(dir, 'good2.eml'), msg('2'));
  await symlink(path.join(dir, 'vanished.eml'), path.join(dir, 'dangling.eml'));
  execFileSync('mkfifo', [path.join(dir, 'pipe')]);
  const missing = path.join(dir, 'missing.eml');
  const items = await collect([path.join(dir, 'good1.eml'), missing, dir]);
  assert.deepEqual(
    items.map(([source, body]) => [path.relative(dir, source), body]),
    [
      ['good1.eml', msg('1')],
      ['missing.eml', 'ERROR: cannot read: no such file or directory (ENOENT)'],
      ['dangling.eml', 'ERROR: cannot read: no such file or directory (ENOENT)'],
      ['empty.eml', 'ERROR: empty file'],
      ['good1.eml', msg('1')],
      ['good2.eml', msg('2')],
      ['pipe', 'ERROR: not a regular file (fifo)'],
    ],
  );
});

test('an unreadable file is an error item (as a non-root user; root reads anything)', async (t) => {
  const dir = await tempDir(t);
  const file = path.join(dir, 'secret.eml');
  await writeFile(file, msg('s'));
  await chmod(file, 0o000);
  const items = await collect([file, path.join(dir)]);
  const root = process.getuid?.() === 0;
  if (root) assert.deepEqual(items.map(([, b]) => b), [msg('s'), msg('s')]);
  else assert.deepEqual(items.map(([, b]) => b), Array(2).fill('ERROR: cannot read: permission denied (EACCES)'));
});

test('describeError: reasons in words with the code', () => {
  const rows: [unknown, string][] = [
    [Object.assign(new Error('x'), { code: 'EACCES' }), 'cannot read: permission denied (EACCES)'],
    [Object.assign(new Error('x'), { code: 'ENOENT' }), 'cannot read: no such file or directory (ENOENT)'],
    [Object.assign(new Error('x'), { code: 'EIO' }), 'cannot read: input/output error (EIO)'],
    [new Error('odd failure'), 'cannot read: odd failure'],
    ['text', 'cannot read: text'],
  ];
  for (const [err, expected] of rows) assert.equal(describeError(err), expected);
});

test('a read failure part-way through a stream is an error item after the messages already read', async () => {
  const mbox = `${FROM_LINE}\n${msg('1')}\n${FROM_LINE}\n${msg('2')}\n${FROM_LINE}\n`;
  const stdin = new Readable({
    read() {
      this.push(Buffer.from(mbox));
      this.destroy(Object.assign(new Error('disk gone'), { code: 'EIO' }));
    },
  });
  const items = await collect(['-'], { stdin });
  assert.deepEqual(items.at(-1), ['stdin', 'ERROR: cannot read: input/output error (EIO)']);
});

test('symbolic link loops do not hang; a directory reached twice is walked once', async (t) => {
  const dir = await tempDir(t);
  await mkdir(path.join(dir, 'a'));
  await writeFile(path.join(dir, 'a', 'm.eml'), msg('m'));
  await symlink(dir, path.join(dir, 'a', 'loop'));
  await symlink(path.join(dir, 'a'), path.join(dir, 'b'));
  await symlink(path.join(dir, 'self'), path.join(dir, 'self'));
  const items = await collect([dir]);
  assert.deepEqual(
    items.map(([source, body]) => [path.relative(dir, source), body]),
    [
      ['a/m.eml', msg('m')],
      ['self', 'ERROR: cannot read: too many levels of symbolic links (ELOOP)'],
    ],
  );
});

test('an oversized message keeps maxMessageBytes + 1 bytes and its real size', async (t) => {
  const dir = await tempDir(t);
  const file = path.join(dir, 'big.eml');
  await writeFile(file, `Subject: big\n\n${'x'.repeat(5000)}`);
  const items: SourceItem[] = [];
  for await (const item of openSources([file], { maxMessageBytes: 100 })) items.push(item);
  const only = items[0]!;
  assert.ok('raw' in only);
  assert.equal(only.raw.byteLength, 101);
  assert.equal(only.fullSize, 5014);
});

test('back-pressure: the reader stays within a chunk or two of what the consumer has taken', async () => {
  // 20 MB of mbox generated on demand; the consumer pulls slowly and checks how much was produced.
  const message = Buffer.from(`${FROM_LINE}\n${msg('x')}${'b'.repeat(9_000)}\n\n`);
  const total = Math.ceil((20 << 20) / message.length);
  let produced = 0;
  let sent = 0;
  const stdin = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (sent === total) return void this.push(null);
      sent++;
      produced += message.length;
      this.push(message);
    },
  });
  let consumed = 0;
  let worst = 0;
  let count = 0;
  for await (const item of openSources(['-'], { maxMessageBytes: MAX, stdin })) {
    assert.ok('raw' in item);
    count++;
    consumed += message.length;
    worst = Math.max(worst, produced - consumed);
    if (count % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  assert.equal(count, total);
  assert.ok(worst < 512 * 1024, `read ahead ${worst} bytes`);
});

test('cost: a 50 MB mbox streams in bounded memory and time', async (t) => {
  const dir = await tempDir(t);
  const file = path.join(dir, 'big.mbox');
  const message = `${FROM_LINE}\n${msg('x')}${'>From quoted\nline of body text\n'.repeat(200)}\n`;
  const count = Math.ceil((50 << 20) / message.length);
  const out = createWriteStream(file);
  const block = message.repeat(100);
  for (let i = 0; i < count; i += 100) if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise((resolve) => out.end(resolve));
  const expected = Math.ceil(count / 100) * 100;

  const cpuMs = cpuStopwatch();
  const rssBefore = process.memoryUsage.rss();
  let peak = rssBefore;
  let seen = 0;
  for await (const item of openSources([file], { maxMessageBytes: MAX })) {
    assert.ok('raw' in item);
    if (++seen % 1000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  const elapsed = cpuMs();
  assert.equal(seen, expected);
  assert.ok(elapsed < 15_000, `${elapsed} CPU ms`);
  // Buffering the file would add ≥ 50 MB; garbage between collections stays well under that.
  assert.ok(peak - rssBefore < 40 << 20, `RSS grew by ${((peak - rssBefore) / 1048576).toFixed(1)} MB`);
});
