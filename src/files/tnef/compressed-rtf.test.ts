import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storeRtfAsLzfu } from '../test-support/tnef-builder.js';
import { decompressRtf } from './compressed-rtf.js';

/**
 * Compressed RTF (MS-OXRTFCP), Outlook's form of a rich-text body inside winmail.dat. The two worked examples of the
 * specification (§4.1: literals and a reference into the preset ring; §4.2: a reference that overlaps what it writes),
 * the literal-only form the test builder writes, the stored (`MELA`) form, and broken streams.
 */
const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

test('compressed RTF: the specification\'s examples decode to their RTF', () => {
  const rows = [
    { label: '§4.1 preset references', bytes: hex('2d000000 2b000000 4c5a4675 f1c5c7a7 03000a00 72637067 31323542 320af320 68656c09 00206277 05b06c64 7d0a800f a0'), rtf: '{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n' },
    { label: '§4.2 an overlapping run', bytes: hex('1a000000 1c000000 4c5a4675 e2d44b51 41000420 5758595a 0d6e7d01 0eb0'), rtf: '{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}' },
  ];
  for (const row of rows) {
    const out = decompressRtf(row.bytes, 1000)!;
    assert.equal(text(out.rtf), row.rtf, row.label);
    assert.equal(out.problem, undefined, row.label);
  }
});

test('compressed RTF: literal-only streams of every run length round-trip; MELA is read as stored', () => {
  for (const s of ['', 'a', '1234567', '12345678', '123456789', '{\\rtf1 Ihr Konto wurde gesperrt}', 'x'.repeat(5000)]) {
    const out = decompressRtf(storeRtfAsLzfu(Buffer.from(s, 'latin1')), 100_000)!;
    assert.equal(text(out.rtf), s, `length ${s.length}`);
    assert.equal(out.problem, undefined, `length ${s.length}`);
  }
  const body = Buffer.from('{\\rtf1 stored}', 'latin1');
  const head = Buffer.alloc(16);
  head.writeUInt32LE(body.length + 12, 0);
  head.writeUInt32LE(body.length, 4);
  head.writeUInt32LE(0x414c454d, 8);
  assert.equal(text(decompressRtf(Buffer.concat([head, body]), 100)!.rtf), '{\\rtf1 stored}');
});

test('compressed RTF: bounded, and a cut or foreign stream gives what it held with a problem (must not crash)', () => {
  const whole = storeRtfAsLzfu(Buffer.from('{\\rtf1 Please verify your mailbox now}', 'latin1'));
  const cut = decompressRtf(whole.subarray(0, 30), 1000)!;
  assert.equal(text(cut.rtf), '{\\rtf1 Pleas');
  assert.match(cut.problem ?? '', /says \d+ bytes/);
  assert.equal(text(decompressRtf(whole, 10)!.rtf), '{\\rtf1 Ple');
  assert.equal(decompressRtf(Buffer.from('not compressed rtf at all'), 100), null);
  assert.equal(decompressRtf(Buffer.alloc(8), 100), null);
  // A stream without its end mark: what was read, and a problem.
  const noEnd = Buffer.from(whole);
  noEnd.writeUInt32LE(0xffff, 4);
  assert.match(decompressRtf(noEnd.subarray(0, whole.length - 3), 1000)!.problem ?? '', /no end mark|says/);
});
