import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { encodeCodeCache, runWithCodeCache, sourceIdOf } from './code-cache.js';

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
    writeFileSync(`${file}.cache`, encodeCodeCache(donor.subarray(donor.indexOf(0x0a) + 1), sourceIdOf(file)));
    const run = runWithCodeCache(file);
    assert.equal(run.state, 'rejected');
    assert.deepEqual(run.exports, { name: path.basename(file), dir, weight: 48 });
    // and the next cache written is a good one again
    run.writeCache();
    assert.equal(runWithCodeCache(file).state, 'used');
  });

  it('writes nothing, and does not throw, where the cache cannot be written', () => {
    const file = freshModule(moduleText(1));
    const run = runWithCodeCache(file, path.join(dir, 'no-such-folder', 'x.cache'));
    assert.doesNotThrow(() => run.writeCache());
    assert.equal(runWithCodeCache(file, path.join(dir, 'no-such-folder', 'x.cache')).state, 'missing');
  });
});
