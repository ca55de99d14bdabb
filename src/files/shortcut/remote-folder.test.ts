import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisSession, DEFAULT_LIMITS } from '../analyze/index.js';
import { internetShortcutTargets } from './internet.js';
import { isRemoteLocation, libraryLocations, searchQueryLocations, webDavLocations } from './remote-folder.js';

// Files that open a folder on a remote share as if it were local (expected), and their ordinary look-alikes (none).
const rows: { name: string; file: string; text: string; expect: string[] }[] = [
  { name: 'a page redirecting to search-ms over WebDAV (escaped)', file: 'a.html', text: `<script>location.href='search-ms:query=Rechnung&crumb=location:%5C%5C185.220.101.7@80%5Cshare&displayname=Rechnung';</script>`, expect: ['\\\\185.220.101.7@80\\share'] },
  { name: 'a link to search: with a UNC crumb', file: 'b.htm', text: '<a href="search:query=invoice&amp;crumb=location:\\\\files.example@SSL\\DavWWWRoot">Open</a>', expect: ['\\\\files.example@SSL\\DavWWWRoot'] },
  { name: 'a library on a WebDAV share', file: 'Docs.library-ms', text: '<libraryDescription><searchConnectorDescriptionList><searchConnectorDescription><simpleLocation><url>\\\\198.51.100.7@SSL\\DavWWWRoot\\docs</url></simpleLocation></searchConnectorDescription></searchConnectorDescriptionList></libraryDescription>', expect: ['\\\\198.51.100.7@SSL\\DavWWWRoot\\docs'] },
  { name: 'a search connector on https', file: 'S.searchConnector-ms', text: '<searchConnectorDescription><simpleLocation><url>https://198.51.100.7/dav/docs</url></simpleLocation></searchConnectorDescription>', expect: ['https://198.51.100.7/dav/docs'] },
  { name: 'a script string with doubled backslashes (session 16)', file: 'e.html', text: `<script>window.location='search-ms:query=2291&crumb=location:\\\\\\\\185.220.101.7@80\\\\share';</script>`, expect: ['\\\\185.220.101.7@80\\share'] },
  { name: 'must not: a library of local known folders', file: 'Music.library-ms', text: '<libraryDescription><simpleLocation><url>knownfolder:{4BD8D571-6D19-48D3-BE97-422220080E43}</url></simpleLocation><simpleLocation><url>C:\\Users\\anna\\Music</url></simpleLocation></libraryDescription>', expect: [] },
  { name: 'must not: a local search-ms query (no location)', file: 'c.html', text: '<a href="search-ms:query=holiday%20photos&amp;displayname=Photos">Search</a>', expect: [] },
  { name: 'must not: a page about a search location', file: 'd.html', text: '<p>Research: location: London. Search: location:\\\\ is a UNC prefix, see docs.</p>', expect: [] },
];
for (const row of rows) {
  test(`remote folders: ${row.name}`, () => {
    const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: row.file, bytes: Buffer.from(row.text) });
    assert.deepEqual(report.remoteFolders ?? [], row.expect);
  });
}

test('remote folders: what counts as remote', () => {
  const table: [string, boolean][] = [['\\\\host\\share', true], ['//host/share', true], ['https://h/x', true], ['file://h/x', true], ['C:\\x', false], ['knownfolder:{x}', false], ['\\\\', false], ['file:///C:/x', false]];
  for (const [v, remote] of table) assert.equal(isRemoteLocation(v), remote, v);
});

test('remote folders and shortcuts: hostile text ends with what it holds (each look bounded)', () => {
  assert.deepEqual(searchQueryLocations('search-ms:'.repeat(4000) + 'location:' + 'a'.repeat(32 * 1024)), []);
  assert.deepEqual(searchQueryLocations(`search:${'x'.repeat(32 * 1024)}crumb=location:\\\\h\\s`), []);
  assert.deepEqual(libraryLocations('<url>'.repeat(8000)), []);
  assert.equal(libraryLocations('<url>\\\\h\\s</url>'.repeat(8000)).length, 1);
  assert.equal(internetShortcutTargets(Buffer.from(`[InternetShortcut]\n${'URL=https://a.example/\n'.repeat(400)}`)), undefined); // over 8 KB
});

test('webDavLocations: the marks read at each @ in either case, or the folder mark; an ordinary share or address is not read', () => {
  const rows: { text: string; expected: string[] }[] = [
    { text: 'open \\\\files.example.net@SSL\\docs\\invoice.lnk now', expected: ['\\\\files.example.net@SSL\\docs\\invoice.lnk'] },
    { text: 'open file://203.0.113.9@80/share/run.exe', expected: ['file://203.0.113.9@80/share/run.exe'] },
    { text: 'open \\\\files.example.net\\DavWWWRoot\\x.lnk', expected: ['\\\\files.example.net\\DavWWWRoot\\x.lnk'] },
    { text: 'write to a@ssl.example or \\\\server\\share\\x.lnk', expected: [] },
    { text: 'file://203.0.113.9@123456/share/run.exe', expected: [] },
    { text: 'mail me at me@example.com, \\\\fileserver\\share', expected: [] },
  ];
  for (const row of rows) assert.deepEqual(webDavLocations(row.text), row.expected, row.text);
});
