import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { buildPe } from '../test-support/pe-builder.js';
import { buildZip, zipBomb } from '../test-support/zip-builder.js';
import { inflatesPastRatio, listZip } from '../zip/index.js';
import { AnalysisSession, DEFAULT_LIMITS, LISTING_DEPTH, type AnalyzeLimits, type FileReport } from './index.js';

/**
 * Zip bombs are judged by the bytes they really inflate to, not by the sizes their headers claim (issue 17,
 * item 8): a bomb whose local and central headers understate its size used to meet the per-entry or total
 * size budget first and be reported as a plain size limit. Small limits keep the inflating cheap.
 */
const LIMITS: AnalyzeLimits = { ...DEFAULT_LIMITS, maxEntryBytes: 4 * 1024 * 1024, maxTotalBytes: 6 * 1024 * 1024 };

function limitKinds(zip: Buffer, limits = LIMITS): string[] {
  const report = new AnalysisSession({ limits }).analyze({ name: 'statement.zip', bytes: zip });
  return report.limits.map((l) => l.kind);
}

test('zip bombs by their inflated bytes, whatever the headers claim (table)', () => {
  const rows: { label: string; zip: Buffer; bomb: boolean; other?: string }[] = [
    { label: 'honest headers', zip: zipBomb(32), bomb: true },
    { label: 'headers understate the size (300 KiB claimed)', zip: zipBomb(32, 300 * 1024), bomb: true },
    { label: 'headers claim nothing at all', zip: zipBomb(32, 0), bomb: true },
    { label: 'headers claim less than the compressed size', zip: zipBomb(32, 100), bomb: true },
    { label: 'a large incompressible file is over the size limit, not a bomb', zip: buildZip([{ name: 'video.bin', data: randomBytes(5 * 1024 * 1024) }]), bomb: false, other: 'entry-bytes' },
    { label: 'a large text (ratio ~4) is over the size limit, not a bomb', zip: buildZip([{ name: 'log.txt', data: Buffer.from(Array.from({ length: 200_000 }, (_, i) => `line ${i} ${(i * 7919) % 100_003}\n`).join('')) }]), bomb: false },
    { label: 'a small zip is neither', zip: buildZip([{ name: 'a.txt', data: 'hello' }]), bomb: false },
  ];
  for (const row of rows) {
    const kinds = limitKinds(row.zip);
    assert.equal(kinds.includes('ratio'), row.bomb, `${row.label}: ${kinds.join(', ')}`);
    if (row.other) assert.ok(kinds.includes(row.other), `${row.label}: ${kinds.join(', ')}`);
  }
});

test('the total-bytes budget is no hiding place either: the second bomb is still a bomb', () => {
  const report = new AnalysisSession({ limits: { ...LIMITS, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 3 * 1024 * 1024 } }).analyze({ name: 'b.zip', bytes: zipBomb(32, 1000) });
  assert.ok(report.limits.some((l) => l.kind === 'ratio' && /headers claim 1000 bytes/.test(l.detail)), JSON.stringify(report.limits));
});

test('inflatesPastRatio costs at most the probe times the ratio', () => {
  const zip = zipBomb(64, 1);
  const [entry] = listZip(zip, { maxEntries: 10 }).entries;
  assert.ok(entry);
  assert.equal(inflatesPastRatio(zip, entry, 200, 16 * 1024), true);
  assert.equal(inflatesPastRatio(zip, entry, 5000, 16 * 1024), false);
  const text = buildZip([{ name: 't.txt', data: 'abc '.repeat(100_000) }]);
  const [t] = listZip(text, { maxEntries: 10 }).entries;
  assert.equal(inflatesPastRatio(text, t!, 2000, 1024), false);
});

test('past the nesting limit, zips are still listed (names and types) down to LISTING_DEPTH', () => {
  const files = (r: FileReport): FileReport[] => [r, ...r.children.flatMap(files)];
  const nestedZip = (levels: number): Buffer => {
    let zip: Buffer = buildZip([{ name: 'invoice.exe', data: buildPe() }]);
    for (let i = 0; i < levels; i++) zip = buildZip([{ name: `level${i}.zip`, data: zip }]);
    return zip;
  };
  const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'outer.zip', bytes: nestedZip(12) });
  assert.ok(report.limits.length === 0 && files(report).some((f) => f.limits.some((l) => l.kind === 'depth')));
  const exe = files(report).find((f) => f.name === 'invoice.exe');
  assert.ok(exe, 'the program below the limit is listed');
  assert.equal(exe.type.kind, 'pe');
  assert.equal(exe.unavailable, 'nesting limit reached');
  // Deeper than LISTING_DEPTH nothing more is opened: bounded however deep the nesting.
  const deep = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'outer.zip', bytes: nestedZip(LISTING_DEPTH + 8) });
  assert.ok(Math.max(...files(deep).map((f) => f.depth)) <= LISTING_DEPTH);
  assert.ok(!files(deep).some((f) => f.name === 'invoice.exe'));
});

/**
 * A size that claims a bomb is the sender's word (or, at a gzip's end, the last four bytes of a cut file): it is confirmed by
 * what the first compressed bytes inflate to. A program behind a forged size was never read (the claim stopped the inflating),
 * and a gzip cut short was called a bomb. Found by bench:mutations' file-havoc row (session 64).
 */
test('a size that claims a bomb: confirmed by inflating, never a way to hide an ordinary file (table)', () => {
  const files = (r: FileReport): FileReport[] => [r, ...r.children.flatMap(files)];
  const pe = buildPe({ imports: { 'kernel32.dll': ['WinExec'] } });
  /** A zip of the program whose local and central headers claim `size` bytes inflated. */
  const zipClaiming = (size: number, method: 0 | 8 = 8): Buffer => {
    const z = Buffer.from(buildZip([{ name: 'invoice.exe', data: pe, method }]));
    for (let at = z.indexOf('PK\u0003\u0004'); at >= 0; at = z.indexOf('PK\u0003\u0004', at + 4)) z.writeUInt32LE(size, at + 22);
    for (let at = z.indexOf('PK\u0001\u0002'); at >= 0; at = z.indexOf('PK\u0001\u0002', at + 4)) z.writeUInt32LE(size, at + 24);
    return z;
  };
  /** A gzip of `data` whose trailer says `size`. */
  const gzipClaiming = (data: Uint8Array, size: number): Buffer => {
    const g = Buffer.from(gzipSync(data));
    g.writeUInt32LE(size, g.length - 4);
    return g;
  };
  const zeros = gzipSync(Buffer.alloc(24 * 1024 * 1024));
  const rows: { label: string; name: string; bytes: Buffer; bomb: boolean; program: boolean; problem?: RegExp }[] = [
    { label: 'zip: the program claims 4 GiB (deflated)', name: 'a.zip', bytes: zipClaiming(0xfffffff0), bomb: false, program: true, problem: /claims 4294967280 bytes/ },
    { label: 'zip: the program claims 4 GiB (stored)', name: 'a.zip', bytes: zipClaiming(0xfffffff0, 0), bomb: false, program: true, problem: /does not inflate like a bomb/ },
    { label: 'zip: a bomb with honest headers', name: 'b.zip', bytes: zipBomb(32), bomb: true, program: false },
    { label: 'gzip: the program, its trailer claiming 4 GiB', name: 'invoice.exe.gz', bytes: gzipClaiming(pe, 0xfffffff0), bomb: false, program: true, problem: /trailer claims 4294967280 bytes/ },
    { label: 'gzip: the program cut in half (the trailer is whatever bytes end it)', name: 'invoice.exe.gz', bytes: gzipSync(Buffer.concat([pe, randomBytes(64 * 1024)])).subarray(0, 40 * 1024), bomb: false, program: true },
    { label: 'gzip: a bomb with an honest trailer', name: 'zeros.gz', bytes: zeros, bomb: true, program: false },
    { label: 'gzip: a bomb whose trailer claims a small size', name: 'zeros.gz', bytes: gzipClaiming(Buffer.alloc(24 * 1024 * 1024), 1000), bomb: true, program: false },
  ];
  for (const row of rows) {
    const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: row.name, bytes: row.bytes });
    const all = files(report);
    assert.equal(all.some((f) => f.limits.some((l) => l.kind === 'ratio')), row.bomb, `${row.label}: ${JSON.stringify(all.map((f) => f.limits))}`);
    assert.equal(all.some((f) => f.type.kind === 'pe' && f.pe !== undefined), row.program, `${row.label}: the program read`);
    if (row.problem) assert.match(report.archive?.problems.join('; ') ?? '', row.problem, row.label);
  }
});
