import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeName, trimTrailingBlanksAndDots } from './index.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

test('name tricks, table-driven', () => {
  const rows: { input: string; double?: [string, string]; cls?: string; spaces?: boolean; rtl?: string; lookalike?: string }[] = [
    { input: 'FAX_scan.pdf.scr', double: ['pdf', 'scr'], cls: 'executable' },
    { input: 'fake.pdf.exe', double: ['pdf', 'exe'] },
    { input: 'файл.scr.xz', double: ['scr', 'xz'], cls: 'archive' },
    { input: 'bad_ext.dotted_file_name.exe', cls: 'executable' },
    { input: 'PDF417(3.2.4).msi', cls: 'executable' },
    { input: 'report.2024.pdf', cls: 'document' },
    { input: 'invoice.pdf                         .exe', double: ['pdf', 'exe'], spaces: true, cls: 'executable' },
    { input: 'invoice\u202Efdp.exe', rtl: 'invoiceexe.pdf', cls: 'executable' },
    { input: 'doc.\u0435x\u0435', lookalike: 'exe', cls: 'executable' },
    { input: 'photo.jpg', cls: 'document' },
    { input: 'order.js', cls: 'script' },
    { input: 'NOTE.one', cls: 'container' },
    { input: 'readme', cls: 'other' },
    { input: 'Secure Mail.mobileconfig', cls: 'container' },
    { input: 'embedded.mobileprovision', cls: 'container' },
    { input: 'open.settingcontent-ms', cls: 'container' },
    { input: 'x.searchconnector-ms', cls: 'container' },
    { input: 'statement.pdf.mobileconfig', double: ['pdf', 'mobileconfig'], cls: 'container' },
    { input: 'profile.mobileconfig.html', cls: 'document' },
    { input: 'WalletPro.ipa', cls: 'executable' },
    { input: 'invoice.pdf.ipa', double: ['pdf', 'ipa'], cls: 'executable' },
  ];
  for (const row of rows) {
    const facts = analyzeName(row.input);
    assert.deepEqual(facts.doubleExtension && [facts.doubleExtension.decoy, facts.doubleExtension.real], row.double, row.input);
    if (row.cls) assert.equal(facts.extensionClass, row.cls, row.input);
    assert.equal(Boolean(facts.spaceRun), Boolean(row.spaces), row.input);
    assert.equal(facts.displayedAs, row.rtl, row.input);
    assert.equal(facts.lookalikeExtension?.readAs, row.lookalike, row.input);
  }
});

test('trailing blanks and dots: the loop meets the pattern it replaced, and hostile names cost linear time', () => {
  let seed = 5;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = [' ', '.', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', 'a', 'é', '😀', '\u202e', 'exe', '\n', '_'];
  for (let n = 0; n < 3000; n++) {
    let name = '';
    for (let i = 0, count = n % 12; i < count; i++) name += pick(pieces);
    assert.equal(trimTrailingBlanksAndDots(name), name.replace(/[\s.]+$/u, ''), JSON.stringify(name));
  }
  // Before: a 30 KB name of blanks before one letter took 1 s, a 60 KB zip entry name of ' .' pairs 2.6 s (quadratic).
  for (const name of [`${' '.repeat(500_000)}x`, `${'. '.repeat(250_000)}x.exe`, `${'\u3000.'.repeat(250_000)}`]) {
    const cpuMs = cpuStopwatch();
    analyzeName(name);
    const ms = cpuMs();
    assert.ok(ms < 1500, `${name.length} characters: ${ms.toFixed(0)} ms of CPU`);
  }
});
