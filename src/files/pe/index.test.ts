import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPe } from '../test-support/pe-builder.js';
import { notableImports, packingEvidence, parsePe } from './index.js';

test('parses headers, sections, imports and overlay of a built PE', () => {
  const pe = buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'], 'kernel32.dll': ['WinExec', 'ExitProcess'] }, overlay: 1000, timestamp: 0 });
  const facts = parsePe(pe);
  assert.deepEqual(facts.problems, []);
  assert.equal(facts.format, 'PE32');
  assert.equal(facts.timestamp, 0);
  assert.deepEqual(facts.sections.map((s) => s.name), ['.text', '.idata']);
  assert.deepEqual(notableImports(facts), ['urlmon.dll!URLDownloadToFileA', 'kernel32.dll!WinExec']);
  assert.equal(facts.overlaySize, 1000);
  assert.deepEqual(packingEvidence(facts), []);
});

test('packing: UPX section names and high-entropy code', () => {
  const facts = parsePe(buildPe({ sectionNames: ['UPX0', 'UPX1'], randomCode: 8192 }));
  const evidence = packingEvidence(facts);
  assert.ok(evidence.includes('section UPX0'), evidence.join());
});

test('malformed PE headers are problems, never throws (truncated and random bytes)', () => {
  const pe = buildPe({ imports: { 'kernel32.dll': ['VirtualAlloc'] } });
  for (let cut = 0; cut < 0x500; cut += 7) parsePe(pe.subarray(0, cut));
  assert.ok(parsePe(pe.subarray(0, 0x90)).problems.length > 0);
  let seed = 99;
  for (let i = 0; i < 3000; i++) {
    const copy = Buffer.from(pe);
    for (let k = 0; k < 8; k++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      copy[seed % 0x400] = seed >>> 24;
    }
    const facts = parsePe(copy);
    assert.ok(facts.imports.length <= 2000);
  }
  const bad = Buffer.from(pe);
  bad.writeUInt32LE(0x7fffffff, 0x3c);
  assert.match(parsePe(bad).problems.join(), /e_lfanew/);
});
