import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeName } from './index.js';

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
