import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { offerScratch, readStartupFile } from './scratch.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-scratch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, length: number): { name: string; bytes: Buffer } {
  const bytes = Buffer.from(Array.from({ length }, (_, i) => (i * 31 + length) & 0xff));
  const name2 = path.join(dir, name);
  writeFileSync(name2, bytes);
  return { name: name2, bytes };
}

test('start-up files: the same bytes from offered memory (parts at multiples of 8, never shared) as without, and read whole past its end', () => {
  const files = [file('a', 13), file('b', 0), file('c', 100), file('d', 7), file('e', 300)];
  // Without an offer: readFileSync's bytes.
  for (const f of files) assert.deepEqual(readStartupFile(f.name), f.bytes);
  const offered = Buffer.alloc(256, 0xee);
  offerScratch(offered);
  const read = files.map((f) => readStartupFile(f.name));
  for (const [i, f] of files.entries()) assert.deepEqual(Buffer.from(read[i]!), f.bytes, path.basename(f.name));
  // The first four fit and lie in the offered memory, each at a multiple of 8, none overlapping; the last did not fit.
  const inside = read.slice(0, 4);
  for (const bytes of inside) {
    assert.equal(bytes.buffer, offered.buffer);
    assert.equal((bytes.byteOffset - offered.byteOffset) % 8, 0);
  }
  for (let i = 1; i < inside.length; i++) assert.ok(inside[i]!.byteOffset >= inside[i - 1]!.byteOffset + inside[i - 1]!.length);
  assert.notEqual(read[4]!.buffer, offered.buffer);
  // A later part does not overwrite an earlier one.
  const again = readStartupFile(files[3]!.name);
  assert.deepEqual(Buffer.from(read[0]!), files[0]!.bytes);
  assert.deepEqual(Buffer.from(again), files[3]!.bytes);
  assert.throws(() => readStartupFile(path.join(dir, 'missing')), /ENOENT/);
});
