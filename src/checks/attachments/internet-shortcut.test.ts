import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webBookmarkTargets } from './internet-shortcut.js';

// An internet shortcut that only opens web pages is a bookmark; one that runs or fetches anything else is not.
const rows: { name: string; text: string; targets: string[] | undefined }[] = [
  { name: 'a page (the 2002 list mail)', text: '[DEFAULT]\r\nBASEURL=http://www.example.edu/50s/lib.html\r\n[InternetShortcut]\r\nURL=http://www.example.edu/50s/lib.html\r\nModified=E0824ED43364C201DE\r\n', targets: ['http://www.example.edu/50s/lib.html'] },
  { name: 'https, lower-case keys', text: '[internetshortcut]\nurl=https://example.org/\n', targets: ['https://example.org/'] },
  { name: 'a file: target', text: '[InternetShortcut]\r\nURL=file://198.51.100.7/share/invoice.exe\r\n', targets: undefined },
  { name: 'a UNC icon (NTLM leak)', text: '[InternetShortcut]\r\nURL=https://example.org/\r\nIconFile=\\\\198.51.100.7\\icons\\a.ico\r\n', targets: undefined },
  { name: 'a program over http', text: '[InternetShortcut]\r\nURL=http://198.51.100.7/dl/Invoice.exe\r\n', targets: undefined },
  { name: 'a search-ms query', text: '[InternetShortcut]\r\nURL=search-ms:query=invoice&crumb=location:\\\\198.51.100.7\\s\r\n', targets: undefined },
  { name: 'no section', text: 'URL=https://example.org/\r\n', targets: undefined },
  { name: 'binary', text: 'L\u0000\u0000\u0000[InternetShortcut]\r\nURL=https://example.org/\r\n', targets: undefined },
];
for (const row of rows) {
  test(`internet shortcut: ${row.name}`, () => assert.deepEqual(webBookmarkTargets(Buffer.from(row.text, 'latin1')), row.targets));
}
