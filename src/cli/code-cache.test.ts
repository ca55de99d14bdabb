import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as zlib from 'node:zlib';
import { after, describe, it } from 'node:test';
import { encodeCodeCache, readCodeCache, runWithCodeCache, sourceIdOf } from './code-cache.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-code-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A CommonJS module that uses what the loader hands it (require, module, __filename) and does some work. */
const moduleText = (factor: number): string => `
const path = require('node:path');
function weigh(words) { let total = 0; for (const w of words) total += w.length * ${factor}; return total; }
module.exports = { name: path.basename(__filename), dir: __dirname, weight: weigh(['spam', 'ham', 'phish']) };
`;

let counter = 0;
function freshModule(text: string): string {
  const file = path.join(dir, `m${counter++}.cjs`);
  writeFileSync(file, text);
  return file;
}

describe('runWithCodeCache', () => {
  it('runs the module, writes a cache, and uses it on the next run with the same result', () => {
    const file = freshModule(moduleText(3));
    const first = runWithCodeCache(file);
    assert.equal(first.state, 'missing');
    assert.deepEqual(first.exports, { name: path.basename(file), dir, weight: 36 });
    first.writeCache();
    const second = runWithCodeCache(file);
    assert.equal(second.state, 'used');
    assert.deepEqual(second.exports, first.exports);
  });

  it('runs the file as written: non-ASCII text, a last line without a newline, the source text of its functions', () => {
    const text = "function greet(name) { return `こんにちは ${name} — ü`; }\nmodule.exports = { hello: greet('Émile'), text: greet.toString(), re: /[é-ü]+/u.exec('naïve')[0] } // no newline";
    const file = freshModule(text);
    for (const state of ['missing', 'used']) {
      const run = runWithCodeCache(file);
      assert.equal(run.state, state);
      assert.deepEqual(run.exports, { hello: 'こんにちは Émile — ü', text: 'function greet(name) { return `こんにちは ${name} — ü`; }', re: 'ï' });
      run.writeCache();
    }
  });

  it('ignores a cache made for other source (the bundle rebuilt, same length) and runs the new source', () => {
    const file = freshModule(moduleText(3));
    runWithCodeCache(file).writeCache();
    writeFileSync(file, moduleText(5)); // same length: only V8's length check would pass it
    const run = runWithCodeCache(file);
    assert.equal(run.state, 'stale');
    assert.equal((run.exports as { weight: number }).weight, 60);
  });

  it('ignores a corrupt cache: a flipped byte, a cut file, garbage', () => {
    const file = freshModule(moduleText(2));
    const expected = runWithCodeCache(file);
    expected.writeCache();
    const good = readFileSync(`${file}.cache`);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100]! ^= 0xff;
    const variants = [flipped, good.subarray(0, good.length - 50), good.subarray(0, 30), Buffer.from('not a cache at all'), Buffer.alloc(0)];
    for (const bytes of variants) {
      writeFileSync(`${file}.cache`, bytes);
      const run = runWithCodeCache(file);
      assert.equal(run.state, 'corrupt');
      assert.deepEqual(run.exports, expected.exports);
    }
  });

  it("survives V8 rejecting data that passes the header's checks (another Node version, another script)", () => {
    const other = freshModule(`module.exports = ${JSON.stringify('x'.repeat(400))};`);
    runWithCodeCache(other).writeCache();
    const donor = readFileSync(`${other}.cache`);
    // Source this process has never compiled: V8's in-memory compilation cache would answer first otherwise.
    const file = freshModule(`${moduleText(4)}// ${counter}\n`);
    const donorData = readCodeCache(donor, sourceIdOf(other));
    assert.ok('data' in donorData);
    writeFileSync(`${file}.cache`, encodeCodeCache(donorData.data, sourceIdOf(file)));
    const run = runWithCodeCache(file);
    assert.equal(run.state, 'rejected');
    assert.deepEqual(run.exports, { name: path.basename(file), dir, weight: 48 });
    // and the next cache written is a good one again
    run.writeCache();
    assert.equal(runWithCodeCache(file).state, 'used');
  });

  it("hands V8 its data at a multiple of 8 bytes (else V8 copies it), whatever the header's length; the same data comes back", () => {
    for (const sourceId of ['1:2:3', '12345:1733000000000000000:42', `${'9'.repeat(20)}:${'8'.repeat(19)}:7777777`]) {
      for (const length of [0, 1, 7, 8, 1000]) {
        const data = Buffer.from(Array.from({ length }, (_, i) => (i * 37) & 0xff));
        const file = encodeCodeCache(data, sourceId);
        const aligned = Buffer.from(new Uint8Array(file.length)); // an ArrayBuffer of its own, as the loader reads into
        file.copy(aligned);
        const found = readCodeCache(aligned, sourceId);
        assert.ok('data' in found, `${sourceId} ${length}`);
        assert.equal(found.data.byteOffset % 8, 0);
        assert.deepEqual(Buffer.from(found.data), data);
      }
    }
  });

  it('reads a cache of the first format (data right after the header) as corrupt: it is made again', () => {
    const file = freshModule(moduleText(6));
    const made = runWithCodeCache(file);
    made.writeCache();
    const current = readCodeCache(readFileSync(`${file}.cache`), sourceIdOf(file));
    assert.ok('data' in current);
    const crc = (bytes: Uint8Array): string => `crc32:${(zlib as unknown as { crc32(b: Uint8Array): number }).crc32(bytes).toString(16).padStart(8, '0')}`;
    writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(`spamlab-code-cache 1 | ${sourceIdOf(file)} | ${crc(current.data)}\n`, 'latin1'), current.data]));
    assert.equal(runWithCodeCache(file).state, 'corrupt');
  });

  it('writes nothing, and does not throw, where the cache cannot be written', () => {
    const file = freshModule(moduleText(1));
    const run = runWithCodeCache(file, path.join(dir, 'no-such-folder', 'x.cache'));
    assert.doesNotThrow(() => run.writeCache());
    assert.equal(runWithCodeCache(file, path.join(dir, 'no-such-folder', 'x.cache')).state, 'missing');
  });
});
