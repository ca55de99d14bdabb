import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { analyzePdf, lastIndexWithin } from './index.js';
import { listTar } from '../tar/index.js';
import { tarEntry } from '../test-support/tar-builder.js';
import { blocks, parseCMap, pdfText } from './text.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

/**
 * Hostile PDFs: one unit of the syntax the reader keys on, repeated. Each of these was quadratic (or 6 s per MB) before
 * session 11's sweep; the bound is CPU time, far above what linear reading takes (tens of ms), far below the old times.
 */
const BOUND_MS = 1500;
const LIMITS = { maxStreams: 500, maxStreamBytes: 16 << 20, maxTotalInflated: 64 << 20 };

function cpu<T>(label: string, fn: () => T): T {
  const cpuMs = cpuStopwatch();
  const result = fn();
  const ms = cpuMs();
  assert.ok(ms < BOUND_MS, `${label} took ${ms.toFixed(0)} ms of CPU (bound ${BOUND_MS} ms)`);
  return result;
}

const pdf = (body: string): Uint8Array => Buffer.from(`%PDF-1.7\n${body}`, 'latin1');

test('hostile PDF text: repeated unclosed strings, streams and file specifications read in linear time', () => {
  // Before: 512 KB of each took 1–8 s (a search back for '<<' or on for '>' from every unit, 2,048 characters read per '/URI (').
  const n = 512 * 1024;
  for (const unit of ['stream\nendstream ', '/Type/Filespec ', '/URI <', '/JS <', '/URI (', '/Launch /F <', '/URI <   ']) {
    const facts = cpu(unit, () => analyzePdf(pdf(unit.repeat(n / unit.length)), LIMITS));
    assert.ok(facts.names || facts.streamsInflated === 0);
  }
  // Decoys do not hide what follows them.
  const decoyed = analyzePdf(pdf(`${'/URI <'.repeat(50_000)} /JS (app.alert(1)) /URI (https://evil.example/) >`), LIMITS);
  assert.deepEqual(decoyed.uris, ['https://evil.example/']);
  assert.deepEqual(decoyed.javascript, ['app.alert(1)']);
  const inner = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n'), deflateSync('/URI <'.repeat(200_000)), Buffer.from('\nendstream\nendobj\n')]);
  cpu('/URI < in an object stream', () => analyzePdf(inner, LIMITS));
});

test('a name inside the literal string read for an earlier one is counted, not read again', () => {
  const facts = analyzePdf(pdf('/URI (https://a.example/ /URI (x)) /URI (https://b.example/)'), LIMITS);
  assert.deepEqual(facts.uris, ['https://a.example/ /URI (x)', 'https://b.example/']);
  assert.equal(facts.names.URI, 3);
});

/** The old readers, kept as the definition the rewrites meet (all but a name inside an earlier literal string). */
function oldHex(text: string, i: number): string {
  const end = text.indexOf('>', i);
  const hex = text.slice(i + 1, end < 0 ? i + 1 : end).replace(/\s/g, '');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1');
}

test('hex strings, the dictionary before a stream, CMap blocks: the rewrites meet the old definitions on generated text', () => {
  let seed = 11;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = ['/URI ', '/JS ', '<', '>', '<<', '>>', '68', '7', 'a', 'F', ' ', '\n', 'z', '/X', '(s)', 'stream\n', 'endstream', 'beginbfchar', 'endbfchar', '<01> <0041>'];
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 0, count = 1 + (n % 25); i < count; i++) text += pick(pieces);
    // /URI <hex>: what the old reader gave is what the scan keeps (URIs are de-duplicated and trimmed the same way).
    const old: string[] = [];
    for (const m of text.matchAll(/\/URI/g)) {
      let i = m.index + 4;
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text[i] === '<' && text[i + 1] !== '<') {
        const uri = oldHex(text, i).trim();
        if (uri && !old.includes(uri)) old.push(uri);
      }
    }
    // Literal strings are left to the test above (a name inside one is no longer read).
    if (!text.includes('(')) assert.deepEqual(analyzePdf(pdf(text), LIMITS).uris, old, JSON.stringify(text));
    for (let at = 0; at < text.length; at++) {
      for (const within of [1, 3, 8, 300]) {
        const d = text.lastIndexOf('<<', at);
        assert.equal(lastIndexWithin(text, '<<', at, within), d >= 0 && at - d < within ? d : -1);
      }
    }
    assert.deepEqual([...blocks(text, 'beginbfchar', 'endbfchar')], [...text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)].map((m) => m[1]));
  }
  cpu('100k unclosed CMap blocks', () => parseCMap(`${'beginbfchar '.repeat(100_000)}${'beginbfrange <'.repeat(100_000)}`));
});

test('a run of digits: objects, references and a pax path are looked for from a run\'s first digit only', () => {
  // The old patterns and the new ones with (?<!\d) find the same matches: a match can only start where its digits start.
  let seed = 17;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = ['0', '12', ' ', '\n', 'obj', 'objx', 'R', ' path=', 'a/b', 'x', '-'];
  const pairs: [RegExp, RegExp][] = [
    [/(\d+)\s+\d+\s+obj\b/g, /(?<!\d)(\d+)\s+\d+\s+obj\b/g],
    [/(\d+)\s+\d+\s+R/g, /(?<!\d)(\d+)\s+\d+\s+R/g],
    [/\d+ path=([^\n]*)\n/g, /(?<!\d)\d+ path=([^\n]*)\n/g],
  ];
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 0, count = 1 + (n % 20); i < count; i++) text += pick(pieces);
    for (const [old, now] of pairs) assert.deepEqual([...text.matchAll(now)].map((m) => [m.index, ...m]), [...text.matchAll(old)].map((m) => [m.index, ...m]), JSON.stringify(text));
  }
  // Before: 32 KB of '0' took 4.4 s in the object reader (pdfText), 6.6 s as a pax header; 1 MB would take hours.
  cpu('1 MB of digits, PDF text', () => pdfText(Buffer.from(`%PDF-1.7\n${'0'.repeat(1 << 20)} 0 obj`), { maxChars: 16_384, maxStreams: 500, maxStreamBytes: 16 << 20, maxTotalInflated: 64 << 20 }));
  const pax = Buffer.from(`${'0'.repeat(1 << 20)} path=x\n`);
  const listing = cpu('1 MB pax header of digits', () => listTar(Buffer.concat([tarEntry('PaxHeader', pax, 'x'), Buffer.alloc(1024)]), { maxEntries: 10 }));
  assert.deepEqual(listing.entries, []);
});
