import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuGrowth } from '../../test-support/growth.js';
import { opaqueDownloadShape } from './opaque-download.js';

/** Session 21: download addresses that name no file (opaque-download.ts): each shape, and the addresses that are not one. */
const rows: { name: string; url: string; shape: string | undefined }[] = [
  { name: 'a download endpoint with an id', url: 'https://docs-center24.net/download?id=88213', shape: '/download?id=88213' },
  { name: 'a download script with a token', url: 'https://cloud-archivio.com/download.php?f=a8Kx92LmQ', shape: '/download.php?f=a8Kx92LmQ' },
  { name: 'get.aspx?file= with a number', url: 'https://portal.example/files/get.aspx?lang=en&file=7731', shape: '/get.aspx?file=7731' },
  { name: 'dl/<token>', url: 'https://fileportal-eu.com/dl/7Hq2xK9pLm4R', shape: '/dl/7Hq2xK9pLm4R' },
  { name: 'download/<token>', url: 'https://files-eu.example/download/Xk29sLq81P', shape: '/download/Xk29sLq81P' },
  { name: 'an unknown share host\'s dl=1', url: 'https://sharebox-docs.com/s/k2x8w0q1?dl=1', shape: '?dl=1' },
  { name: 'export=download elsewhere than Google', url: 'https://drive-docs.example/uc?export=download&id=1aB2', shape: '?export=download' },
  { name: 'Drive\'s file path on another host', url: 'https://drive-docs-share.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9/view', shape: '/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9' },
  // Not one: a named file (payloadInQuery's), a page, a product's download page, words for a token, an id elsewhere than a download endpoint.
  { name: 'a file named in the query', url: 'https://x.example/download?file=Invoice_2291.zip', shape: undefined },
  { name: 'a product\'s download page', url: 'https://www.videolan.org/vlc/download-windows.html', shape: undefined },
  { name: 'a download page without an id', url: 'https://app.example/download', shape: undefined },
  { name: 'words after /download/', url: 'https://app.example/download/windows', shape: undefined },
  { name: 'a version after /dl/ (has a dot)', url: 'https://mirror.example/dl/4.2.1-win64', shape: undefined },
  { name: 'an article id', url: 'https://news.example/article?id=88213', shape: undefined },
  { name: 'dl=0 (the preview)', url: 'https://share.example/s/k2x8w0?dl=0', shape: undefined },
  { name: 'a /get/ API verb with a token', url: 'https://api.example/get/7Hq2xK9pLm4R', shape: undefined },
];
for (const row of rows) {
  test(`opaque download: ${row.name}`, () => {
    const u = new URL(row.url);
    assert.equal(opaqueDownloadShape(u.pathname, u.search.slice(1)), row.shape);
  });
}

test('opaque download: bounded on a long path and query', () => {
  const growth = cpuGrowth((n) => ({ path: `/${'a/'.repeat(n / 2)}download`, query: `${'x=1&'.repeat(n / 4)}id=7` }), (u) => opaqueDownloadShape(u.path, u.query));
  assert.ok(growth < 40, `10× the input took ${growth.toFixed(1)}× the CPU`);
});
