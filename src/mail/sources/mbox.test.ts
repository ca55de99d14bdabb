import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFromLine, MboxSplitter, type MboxFormat, type MboxMessage } from './mbox.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** Splits `input` fed in chunks of `chunkSize` bytes (Infinity = one chunk). */
function split(input: string, options: { chunkSize?: number; cap?: number; format?: MboxFormat } = {}): MboxMessage[] {
  const bytes = Buffer.from(input, 'latin1');
  const splitter = new MboxSplitter({ cap: options.cap ?? 1 << 20, format: options.format ?? 'mboxrd' });
  const out: MboxMessage[] = [];
  const size = Math.min(options.chunkSize ?? Infinity, bytes.length || 1);
  for (let i = 0; i < bytes.length; i += size) out.push(...splitter.push(bytes.subarray(i, i + size)));
  out.push(...splitter.end());
  return out;
}

const FROM_A = 'From alice@example.com Thu Aug 22 13:17:22 2002';
const FROM_B = 'From MAILER-DAEMON Fri Jul  8 12:08:34 2011';

test('isFromLine: a From line needs a time and a year', () => {
  const rows: [string, boolean][] = [
    [FROM_A, true],
    [FROM_B, true],
    ['From - Tue Mar 14 10:20:30 2023', true],
    ['From 1234@xxx Sat Jan 01 00:00:00 +0000 2011\r', true],
    ['From here on, we meet at 10:30.', false],
    ['From: alice@example.com', false],
    ['>From alice@example.com Thu Aug 22 13:17:22 2002', false],
    ['From alice Thu Aug 22 2002', false],
    [`From alice ${'x'.repeat(2000)} 13:17 2002`, false],
  ];
  for (const [line, expected] of rows) assert.equal(isFromLine(Buffer.from(line)), expected, line);
});

test('mbox: messages without From lines and without the blank line before the next one', () => {
  const mbox = `${FROM_A}\nSubject: one\n\nbody one\n\n${FROM_B}\nSubject: two\n\nbody two\n`;
  const messages = split(mbox);
  assert.deepEqual(
    messages.map((m) => [m.index, text(m.raw)]),
    [
      [1, 'Subject: one\n\nbody one\n'],
      [2, 'Subject: two\n\nbody two\n'],
    ],
  );
});

test('mbox: CRLF line endings without Content-Length', () => {
  const mbox = `${FROM_A}\r\nSubject: one\r\n\r\nbody\r\n\r\n${FROM_B}\r\nSubject: two\r\n\r\nx\r\n\r\n`;
  assert.deepEqual(
    split(mbox).map((m) => text(m.raw)),
    ['Subject: one\r\n\r\nbody\r\n', 'Subject: two\r\n\r\nx\r\n'],
  );
});

test('mbox: Content-Length is not trusted; the From line decides', () => {
  const mbox = `${FROM_A}\nContent-Length: 3\n\nline one\nline two\n\n${FROM_B}\n\nz\n`;
  assert.deepEqual(
    split(mbox).map((m) => text(m.raw)),
    ['Content-Length: 3\n\nline one\nline two\n', '\nz\n'],
  );
});

test('mbox: a body line starting with "From " but no date does not split', () => {
  const mbox = `${FROM_A}\nSubject: a\n\nFrom here on, all is well.\nFrom now\n`;
  const messages = split(mbox);
  assert.equal(messages.length, 1);
  assert.equal(text(messages[0]!.raw), 'Subject: a\n\nFrom here on, all is well.\nFrom now\n');
});

test('mbox: >From un-escaping, mboxrd and mboxo', () => {
  const body = 'S: x\n\n>From a\n>>From b\n>>>From c\n> From d\nx>From e\n>Fromage\n';
  const rows: { format: MboxFormat; expected: string }[] = [
    { format: 'mboxrd', expected: 'S: x\n\nFrom a\n>From b\n>>From c\n> From d\nx>From e\n>Fromage\n' },
    { format: 'mboxo', expected: 'S: x\n\nFrom a\n>>From b\n>>>From c\n> From d\nx>From e\n>Fromage\n' },
  ];
  for (const { format, expected } of rows) {
    const messages = split(`${FROM_A}\n${body}`, { format });
    assert.equal(text(messages[0]!.raw), expected, format);
  }
});

test('mbox: >From at the very first body line and right after a separator', () => {
  const mbox = `${FROM_A}\n>From x\n\n${FROM_B}\n>From y\n`;
  assert.deepEqual(
    split(mbox).map((m) => text(m.raw)),
    ['From x\n', 'From y\n'],
  );
});

test('mbox: consecutive From lines give an empty message', () => {
  const messages = split(`${FROM_A}\n${FROM_B}\nS: b\n`);
  assert.deepEqual(
    messages.map((m) => text(m.raw)),
    ['', 'S: b\n'],
  );
});

test('mbox: the result does not depend on how the input is chunked', () => {
  const long = 'y'.repeat(3000);
  const mbox =
    `${FROM_A}\r\nSubject: one\r\n\r\n>From quoted\r\n${long}\r\nFrom here\r\n\r\n` +
    `${FROM_B}\n\n>>From q\nline\n${long}>From not-at-start\n\n` +
    `${FROM_A}\nlast\n`;
  const expected = split(mbox).map((m) => text(m.raw));
  assert.equal(expected.length, 3);
  for (const chunkSize of [1, 2, 3, 5, 7, 13, 64, 1000, 1024, 1025, 4096]) {
    assert.deepEqual(
      split(mbox, { chunkSize }).map((m) => text(m.raw)),
      expected,
      `chunk size ${chunkSize}`,
    );
  }
});

test('mbox: a message over the cap keeps cap bytes and reports its real size', () => {
  const big = 'z'.repeat(10_000);
  const messages = split(`${FROM_A}\nS: big\n\n${big}\n\n${FROM_B}\nS: small\n`, { cap: 100, chunkSize: 333 });
  assert.equal(messages.length, 2);
  assert.equal(messages[0]!.raw.byteLength, 100);
  assert.equal(messages[0]!.fullSize, 'S: big\n\n'.length + big.length + 2);
  assert.equal(text(messages[1]!.raw), 'S: small\n');
  assert.equal(messages[1]!.fullSize, undefined);
});

test('mbox: each message owns its whole buffer (transferable)', () => {
  for (const m of split(`${FROM_A}\nS: a\n\n${FROM_B}\nS: b\n`, { chunkSize: 7 })) {
    assert.equal(m.raw.byteOffset, 0);
    assert.equal(m.raw.byteLength, m.raw.buffer.byteLength);
  }
});

test('mbox: cost, a 4 MB line of ">" and a 4 MB run of "\\nFrom " finish fast', () => {
  const cpuMs = cpuStopwatch();
  split(`${FROM_A}\n${'>'.repeat(4 << 20)}From x\n`, { chunkSize: 65536 });
  split(`${FROM_A}\n${'\nFrom '.repeat(700_000)}`, { chunkSize: 65536 });
  assert.ok(cpuMs() < 5000);
});
