import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isSourceRef, openSources, readReference, type SourceItem, type SourceRef } from './index.js';
import { MboxSplitter } from './mbox.js';
import { mboxSeparators } from './references.js';

const FROM_LINE = 'From alice@example.com Thu Aug 22 13:17:22 2002';

/** A deterministic mbox that exercises the splitter's rules: escapes, CRLF, non-separator `From ` lines, long lines. */
function trickyMbox(messages: number, seed = 7): string {
  let state = seed;
  const random = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const parts: string[] = [];
  for (let i = 0; i < messages; i++) {
    const eol = i % 5 === 3 ? '\r\n' : '\n';
    const lines = [`${FROM_LINE}`, `From: sender${i}@example.com`, `Subject: message ${i}`, ''];
    for (let j = random(40); j > 0; j--) {
      const kind = random(9);
      if (kind === 0) lines.push('>From the desk of the editor (escaped)');
      else if (kind === 1) lines.push('>>From quoted twice');
      else if (kind === 2) lines.push('From here on, a body line that is no separator');
      else if (kind === 3) lines.push('x'.repeat(500 + random(3000)));
      else if (kind === 4) lines.push(`From ${'y'.repeat(1100)} 12:00 2002`);
      else lines.push(`line ${j} of message ${i} ${'z'.repeat(random(120))}`);
    }
    parts.push(lines.join(eol) + eol + (i % 7 === 0 ? '' : eol));
  }
  return parts.join('');
}

async function collect(items: AsyncIterable<SourceItem | { file: string }>): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const item of items) {
    const expanded = isSourceRef(item) ? readReference(item) : (async function* () { yield item as SourceItem; })();
    for await (const one of expanded) out.push('error' in one ? [one.source, `ERROR ${one.error}`] : [one.source, `${Buffer.from(one.raw).toString('latin1')}|${one.fullSize ?? ''}`]);
  }
  return out;
}

test('mboxSeparators finds exactly the separators MboxSplitter splits at, whatever the chunk size', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'spamlab-refs-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const text = trickyMbox(120);
  const file = path.join(dir, 'box.mbox');
  await writeFile(file, text, 'latin1');
  const bytes = Buffer.from(text, 'latin1');
  // The splitter's messages start right after each separator line; count them to compare.
  const splitter = new MboxSplitter({ cap: 1 << 30 });
  const expected = [...splitter.push(bytes), ...splitter.end()].length;
  const fd = openSync(file, 'r');
  try {
    for (const chunk of [64, 1031, 4096, 1 << 20]) {
      const offsets = [...mboxSeparators(fd, bytes.length, chunk)];
      assert.equal(offsets.length, expected, `chunk ${chunk}`);
      for (const offset of offsets) assert.ok(bytes.subarray(offset, offset + 5).toString() === 'From ', `offset ${offset}`);
    }
  } finally {
    closeSync(fd);
  }
});

test('references read back to the same items as reading the files here, for small files, large mboxes and large plain files', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'spamlab-refs-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  let big = trickyMbox(900);
  while (big.length < 1.5 * 1024 * 1024) big += trickyMbox(300, big.length);
  await writeFile(path.join(dir, 'a-big.mbox'), big, 'latin1');
  await writeFile(path.join(dir, 'b-small.mbox'), trickyMbox(5), 'latin1');
  await writeFile(path.join(dir, 'c-one-message.mbox'), trickyMbox(1), 'latin1');
  await writeFile(path.join(dir, 'd-one-big-message.mbox'), `${FROM_LINE}\nSubject: big\n\n${'w'.repeat(1_300_000)}\n`, 'latin1');
  await writeFile(path.join(dir, 'e-plain.eml'), 'Subject: plain\n\nhello\n');
  await writeFile(path.join(dir, 'f-large-plain.eml'), `Subject: large\n\n${'v'.repeat(1_200_000)}\n`);
  await writeFile(path.join(dir, 'g-empty.eml'), '');
  await writeFile(path.join(dir, 'h-empty-message.mbox'), `${FROM_LINE}\n${FROM_LINE}\nSubject: x\n\nbody\n${'u'.repeat(1_100_000)}\n`, 'latin1');
  for (const maxMessageBytes of [1 << 20, 1000]) {
    const here = await collect(openSources([dir], { maxMessageBytes }));
    const refs = await collect(openSources([dir], { maxMessageBytes, references: true }));
    assert.ok(here.length > 900, `${here.length} items`);
    assert.deepEqual(refs, here, `maxMessageBytes ${maxMessageBytes}`);
  }
  // The big mbox is listed message by message (so that both workers share it), the small one as one file.
  const listed: string[] = [];
  for await (const item of openSources([dir], { maxMessageBytes: 1 << 20, references: true })) if (isSourceRef(item)) listed.push(item.source);
  assert.ok(listed.includes(`${path.join(dir, 'a-big.mbox')}#2`));
  assert.ok(listed.includes(path.join(dir, 'b-small.mbox')));
  assert.ok(listed.includes(path.join(dir, 'd-one-big-message.mbox')));
});

test('a reference whose file vanished reads back as an error item', async () => {
  const items = await collect(readReference({ source: '/nonexistent/x.mbox#3', file: '/nonexistent/x.mbox', start: 0, end: 10, read: { maxMessageBytes: 100, mboxFormat: 'mboxrd' } }));
  assert.deepEqual(items, [['/nonexistent/x.mbox#3', 'ERROR cannot read: no such file or directory (ENOENT)']]);
});

test('a small file listed by reference and removed before a worker reads it reads back as an error item naming the file', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'spamlab-refs-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'gone.eml');
  await writeFile(file, 'Subject: soon gone\n\nbody\n');
  // The reference is taken from the directory walk's stat (the file is not opened here); the read is the worker's.
  const refs: SourceItem[] = [];
  const listed: (SourceItem | SourceRef)[] = [];
  for await (const item of openSources([dir], { maxMessageBytes: 1 << 20, references: true })) listed.push(item);
  assert.equal(listed.length, 1);
  const ref = listed[0]!;
  if (!isSourceRef(ref)) assert.fail(`a reference, not ${JSON.stringify(ref)}`);
  await rm(file);
  for await (const one of readReference(ref)) refs.push(one);
  assert.deepEqual(refs, [{ source: file, error: 'cannot read: no such file or directory (ENOENT)' }]);
});
