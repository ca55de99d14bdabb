import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Tokenizer } from 'htmlparser2';
import { applyOverrides, collapseWhitespace, compactStyle, emptyHtmlFacts, escapeRawTextElements, htmlToText, MAX_HTML_LINKS, SkippingTokenizer, styleHides, tidyLines } from './html.js';

function render(html: string): { text: string; facts: ReturnType<typeof emptyHtmlFacts>; without: string } {
  const facts = emptyHtmlFacts();
  const withoutFaint = { text: '' };
  return { text: htmlToText(html, '1', facts, withoutFaint), facts, without: withoutFaint.text };
}

test('visible text: blocks, entities, skipped head/script/style (table)', () => {
  const rows: [string, string][] = [
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['Line<br>break', 'Line\nbreak'],
    ['<html><head><title>T</title><style>p{}</style></head><body>Body</body></html>', 'Body'],
    ['<head><title>unclosed head</title><div>shown</div>', 'shown'],
    ['<script>var x = "<p>no</p>";</script>yes', 'yes'],
    ['caf&eacute; &amp; &#x65E5;&#26412; &lt;tag&gt;', 'café & 日本 <tag>'],
    ['a   b\n\n c', 'a b c'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
    ['<ul><li>x<li>y</ul>', 'x\ny'],
    ['<div>un<span>closed', 'unclosed'],
    ['</div></p>stray closers', 'stray closers'],
    ['<!-- comment -->text<!DOCTYPE html>', 'text'],
    ['<div style="display:none">hidden</div>shown', 'shown'],
    ['pay\u200Bpal', 'paypal'],
    ['<noscript>visible in mail</noscript>', 'visible in mail'],
  ];
  for (const [html, expected] of rows) assert.equal(render(html).text, expected, html);
});

test('links with their visible text and attributes', () => {
  const { facts } = render(`
    <base href="https://base.example/">
    <meta http-equiv="refresh" content="0; URL='https://refresh.example/'">
    <link rel="stylesheet" href="https://css.example/a.css">
    <style>body { background: url("https://bg.example/x.png") } @import 'https://imp.example/i.css';</style>
    <a href="https://evil.example/login?a=1&amp;b=2">  www.bank.example
      <b>secure</b> </a>
    <a href=mailto:x@y.example>mail</a>
    <a name="anchor-only">no href</a>
    <map><area href="https://area.example/" alt="region"></map>
    <form action="https://phish.example/post" method="POST"><input type="text"><input type="password"></form>
    <form action="/search"><input name=q></form>
    <img src="https://track.example/p.gif" width="1" height="1" alt="">
    <img src="https://img.example/a.png" style="display:none; width: 20px" alt="Logo">
    <img srcset="https://s.example/1x.png 1x, https://s.example/2x.png 2x">
    <iframe src="https://frame.example/"></iframe>
    <script src="https://js.example/x.js"></script>
    <td background="https://tdbg.example/b.jpg" style="background-image:url(https://inline.example/i.png)" onclick="x()">cell</td>
    <body onload="evil()">`);
  const links = facts.links.map((l) => [l.kind, l.href, l.text]);
  assert.deepEqual(links, [
    ['base', 'https://base.example/', ''],
    ['meta-refresh', 'https://refresh.example/', ''],
    ['link', 'https://css.example/a.css', ''],
    ['css', 'https://bg.example/x.png', ''],
    ['css', 'https://imp.example/i.css', ''],
    ['a', 'https://evil.example/login?a=1&b=2', 'www.bank.example secure'],
    ['a', 'mailto:x@y.example', 'mail'],
    ['area', 'https://area.example/', 'region'],
    ['form', 'https://phish.example/post', ''],
    ['form', '/search', ''],
    ['img', 'https://track.example/p.gif', ''],
    ['img', 'https://img.example/a.png', 'Logo'],
    ['srcset', 'https://s.example/1x.png', ''],
    ['srcset', 'https://s.example/2x.png', ''],
    ['iframe', 'https://frame.example/', ''],
    ['script', 'https://js.example/x.js', ''],
    ['css', 'https://inline.example/i.png', ''],
    ['css', 'https://tdbg.example/b.jpg', ''], // a background attribute is a background picture (session 46)
  ]);
  const form = facts.links.find((l) => l.kind === 'form');
  assert.equal(form?.method, 'post');
  assert.equal(form?.hasPassword, true);
  assert.deepEqual(form?.fields, ['']);
  assert.deepEqual(facts.links.filter((l) => l.kind === 'form').map((l) => l.fields), [[''], ['q']]);
  assert.equal(facts.forms, 1);
  const pixel = facts.links.find((l) => l.href.includes('track'));
  assert.deepEqual([pixel?.width, pixel?.height, pixel?.hidden], [1, 1, false]);
  const logo = facts.links.find((l) => l.href.includes('img.example'));
  assert.deepEqual([logo?.width, logo?.hidden], [20, true]);
  // One <script> element and two on* handlers.
  assert.equal(facts.scripts, 3);
});

test('hidden and invisible text is counted', () => {
  const { text, facts } = render(
    '<p>Visible</p><div style="display: none">abc</div><span style="font-size:0px">de</span><p style="color:#fff;background-color:#fff">fg</p><span hidden>h</span><font style="visibility:hidden"><b>ij</b></font>\u200Bx\u202Ey\uFEFF',
  );
  assert.equal(text, 'Visible\nxy');
  assert.equal(facts.hiddenTextChars, 10);
  assert.equal(facts.invisibleChars, 3);
});

test('text hidden by <style> rules: class, id, element and comma lists, as hidden as inline; conditional and complex rules ignored (table)', () => {
  const rows: [html: string, visible: string, hidden: number][] = [
    ['<style>.belowView { margin-top: 470500px; /* Adjust value as needed */ }</style><p>Offer</p><div class="belowView">salad words</div>', 'Offer', 10],
    ['<style>#x{display:none}</style><p id="x">abc</p><p>Shown</p>', 'Shown', 3],
    ['<style>span{visibility:hidden}</style><p>A<span>bc</span></p>', 'A', 2],
    ['<style>.a, .b { font-size:0 }</style><p class="b">xy</p><p class="c">Shown</p>', 'Shown', 2],
    ['<style>p.pre{opacity:0}</style><p class="pre">ab</p><div class="pre">Shown</div>', 'Shown', 2],
    ['<style>.w{color:#fff;background-color:#fff}</style><p class="z w">abc</p>', '', 3],
    ['<style>@charset "utf-8"; .h { display:none }</style><p class="h">ab</p><p>Shown</p>', 'Shown', 2],
    ['<style>.h{display:none}</style><div class="h"><p>abc</p><b>d</b></div>', '', 4],
    // Must not hide: a rule inside @media (a mobile layout), a descendant or pseudo selector, a rule that hides nothing,
    // a class the element does not carry (case matters), a rule in a comment.
    ['<style>@media only screen and (max-width:600px) { .desk { display:none !important } }</style><p class="desk">Desktop</p>', 'Desktop', 0],
    ['<style>div p { display:none } a:hover{display:none} [x]{display:none}</style><div><p>Shown</p></div>', 'Shown', 0],
    ['<style>.pre { color: #333; font-size: 14px }</style><p class="pre">Shown</p>', 'Shown', 0],
    ['<style>.Hide{display:none}</style><p class="hide">Shown</p>', 'Shown', 0],
    ['<style>/* .c { display:none } */ .d { color: red }</style><p class="c">Shown</p>', 'Shown', 0],
    // Session 11: sheets in <head> count (a lure's salad hidden by a class defined there); not one in <template>.
    ['<html><head><style>.zero { font-size: 0; color: transparent; }</style></head><body><p>Internal <span class="zero">families</span> Revenue</p></body></html>', 'Internal Revenue', 8],
    ['<head><title>t</title><style>#pre{display:none}</style></head><div id="pre">preheader</div><p>Shown</p>', 'Shown', 9],
    ['<template><style>.t{display:none}</style></template><p class="t">Shown</p>', 'Shown', 0],
    ['<p style="color: transparent">ab</p><p>Shown</p>', 'Shown', 2],
    // A rule's font-size of 0 is a font hide: a child given a readable size by a rule or inline shows (Klaviyo's
    // .root-container-spacing around sized text), a child without one stays hidden.
    ['<head><style>.root { padding: 5px; font-size: 0 !important } .kl-text { font-size: 14px }</style></head><div class="root"><div class="kl-text">Sized by a rule</div><div style="font-size:16px">Sized inline</div><div>gap</div></div>', 'Sized by a rule\nSized inline', 3],
    ['<head><style>.tiny{font-size:0}</style></head><p class="tiny" style="font-size:12px">Own size wins</p>', 'Own size wins', 0],
  ];
  for (const [html, visible, hidden] of rows) {
    const { text, facts } = render(html);
    assert.equal(text, visible, html);
    assert.equal(facts.hiddenTextChars, hidden, html);
  }
});

test('a font-size of 0 is inherited and overridden: a child with its own absolute size shows its text (table)', () => {
  const rows: [html: string, visible: string, hidden: number][] = [
    // Google Calendar's and other templates' layout: font-size 0 on the cell removes the gaps between inline blocks.
    ['<td style="font-size: 0; padding: 0"><div style="font-size: 14px; line-height: 20px">Invoice 123</div></td>', 'Invoice 123', 0],
    ['<div style="font-size:0"><table><tr><td><span style="font-size:13pt">Shown</span></td></tr></table></div>', 'Shown', 0],
    ['<div style="font-size:0">ab<p style="font-size:medium">Shown</p>cd</div>', 'Shown', 4],
    ['<div style="font-size:0"><p style="font-size:1rem">Shown</p></div>', 'Shown', 0],
    ['<div style="font-size:0"><p style="font-size:14px;font-size:0">ab</p></div>', '', 2],
    ['<div style="font-size:0"><p style="font-size:0;font-size:14px">Shown</p></div>', 'Shown', 0],
    // Must stay hidden: a size relative to the parent's 0 (em, %), a child with no size, a child that is tiny itself,
    // a parent hidden in another way as well, a hidden attribute, display:none above the font-size.
    ['<div style="font-size:0"><p style="font-size:1.2em">ab</p></div>', '', 2],
    ['<div style="font-size:0"><p style="font-size:120%">ab</p></div>', '', 2],
    ['<div style="font-size:0"><p style="color:red">ab</p></div>', '', 2],
    ['<div style="font-size:0"><p style="font-size:1px">ab</p></div>', '', 2],
    ['<div style="font-size:0"><p style="font-size:0.001rem">ab</p></div>', '', 2],
    ['<div style="font-size:0;opacity:0"><p style="font-size:14px">ab</p></div>', '', 2],
    ['<div style="display:none"><div style="font-size:0"><p style="font-size:14px">ab</p></div></div>', '', 2],
    ['<div hidden><p style="font-size:14px">ab</p></div>', '', 2],
    ['<div style="font-size:0"><p hidden style="font-size:14px">ab</p></div>', '', 2],
    ['<div style="font-size:0"><p style="font-size:14px;display:none">ab</p></div>', '', 2],
    ['<style>.h{display:none}</style><div style="font-size:0" class="h"><p style="font-size:14px">ab</p></div>', '', 2],
  ];
  for (const [html, visible, hidden] of rows) {
    const { text, facts } = render(html);
    assert.equal(text, visible, html);
    assert.equal(facts.hiddenTextChars, hidden, html);
  }
});

test('styleHides (table)', () => {
  const rows: [string, boolean][] = [
    ['display:none', true],
    ['DISPLAY : NONE', true],
    ['visibility: hidden', true],
    ['font-size:0', true],
    ['font-size: 0px;', true],
    ['font-size:1px', true],
    ['font-size:10px', false],
    // Any unit can make a size tiny (session 35: a honeypot lure hid spliced-in words with 7e-31em, ex and vw).
    ['font-size: 0.00000000000000000000000000000070117em', true],
    ['font-size:0.0000000000000000000000000000009543ex', true],
    ['font-size:0.00000000000000000000000000000080548vw', true],
    ['font-size:7e-31em', true],
    ['font-size:0.01rem', true],
    ['font-size:0.5%', true],
    ['font-size:0.9pt', true],
    ['font-size:0.8em', false],
    ['font-size:90%', false],
    ['font-size:1.2rem', false],
    ['font-size:2vw', false],
    ['font-size:12', false],
    ['font-size:0;font-size:12px', false],
    ['font-size:12px;font-size:0', true],
    ['mso-line-height-rule:exactly;font-size:0', true],
    ['opacity:0', true],
    ['opacity:0.5', false],
    ['height:0;overflow:hidden', true],
    ['color:red;background:red', true],
    ['color:red;background:blue', false],
    ['text-indent:-9999px', true],
    ['margin-top: 470500px', true],
    ['top:10000px', true],
    ['margin-top:9999px', false],
    ['margin-top:12px', false],
    ['left:-20px', false],
    ['display:block', false],
    ['', false],
  ];
  for (const [style, expected] of rows) assert.equal(styleHides(style), expected, style);
});

test('raw-text elements read as a browser reads them: markup inside noframes/noembed/iframe cannot swallow the body (table)', () => {
  const rows: { html: string; links: string[]; text: string }[] = [
    // The honeypot evasion: a <style> inside <noframes> would otherwise run to the end and hide the link.
    { html: '<noframes><xml><style></xml></noframes><a href="http://evil.example/login">Sign in</a>', links: ['http://evil.example/login'], text: 'Sign in' },
    { html: '<NOEMBED><script></NOEMBED ><a href="http://b.example/">b</a>', links: ['http://b.example/'], text: 'b' },
    { html: '<iframe src="http://frame.example/"><style></iframe><p>after <a href="http://c.example/">c</a></p>', links: ['http://frame.example/', 'http://c.example/'], text: 'after c' },
    // Links written inside the raw text are text, not links, and not shown.
    { html: '<noframes><a href="http://inside.example/">hidden</a></noframes>shown', links: [], text: 'shown' },
    // Left open, the element runs to the end of the part, as in a browser.
    { html: 'before<noframes><a href="http://never.example/">x</a>', links: [], text: 'before' },
    // Names that only start like one are ordinary elements.
    { html: '<noframesx><a href="http://d.example/">d</a></noframesx>', links: ['http://d.example/'], text: 'd' },
  ];
  for (const { html, links, text } of rows) {
    const facts = emptyHtmlFacts();
    const visible = htmlToText(html, '1', facts);
    assert.deepEqual(facts.links.map((l) => l.href), links, html);
    assert.equal(visible.replace(/\s+/g, ' ').trim(), text, html);
  }
  assert.equal(escapeRawTextElements('<p>no raw text</p>'), '<p>no raw text</p>');
  // Linear on hostile input: many openings with and without their end tags.
  const hostile = '<noframes>'.repeat(100_000) + '</noframes><iframe>'.repeat(100_000);
  assert.ok(escapeRawTextElements(hostile).length >= hostile.length);
});

test('whitespace is collapsed as the plain definitions say, on random texts (fixed seed)', () => {
  // The definitions the faster patterns must equal (they return text with nothing to collapse unchanged).
  const collapseByDefinition = (t: string) => t.replace(/[\s\u00a0]+/g, ' ');
  const tidyByDefinition = (t: string) => t.replace(/[ \t\f\v\r]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n').trim();
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é'];
  for (let n = 0; n < 5000; n++) {
    const text = Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    assert.equal(collapseWhitespace(text), collapseByDefinition(text), JSON.stringify(text));
    assert.equal(tidyLines(text), tidyByDefinition(text), JSON.stringify(text));
  }
});

test('the skipping tokenizer calls back what htmlparser2\'s Tokenizer does, at the same offsets, on generated HTML (fixed seed)', () => {
  // Every callback with its arguments, in order.
  const recorder = (log: string[]) =>
    new Proxy({}, { get: (_target, name) => (...args: unknown[]) => log.push(`${String(name)}(${args.join(',')})`) }) as ConstructorParameters<typeof Tokenizer>[1];
  let seed = 18;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = [
    'a', 'word ', ' ', '\n', '<', '>', '/', '&', '&amp;', '&amp', '&nbsp;', '&#x41;', '&#65;', '&#', '&lt', '&notit;', '&zz;', '"', "'", '=', '<p>', '</p>',
    '<a href="', '<a href=\'', '<a href=', '<img src="x.png" alt=\'&quot;a&quot;\'>', '</a>', '<br/>', '<!--', '-->', '<!DOCTYPE html>', '<?xml ?>',
    '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', '<textarea>', '</textarea>', '<![CDATA[', ']]>', '<div class="c"', ' id=x', '\u00e9', '\u200b',
  ];
  for (let n = 0; n < 3000; n++) {
    const html = Array.from({ length: Math.floor(next() * 60) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    const plain: string[] = [];
    const skipping: string[] = [];
    for (const [Kind, log] of [[Tokenizer, plain], [SkippingTokenizer, skipping]] as const) {
      const tokenizer = new Kind({ xmlMode: false, decodeEntities: true }, recorder(log));
      tokenizer.write(html);
      tokenizer.end();
    }
    assert.deepEqual(skipping, plain, JSON.stringify(html));
  }
});

test('the skipping tokenizer, its stops found natively past the first characters of a run, calls back what Tokenizer does (long runs, several writes; fixed seed)', () => {
  const recorder = (log: string[]) =>
    new Proxy({}, { get: (_target, name) => (...args: unknown[]) => log.push(`${String(name)}(${args.join(',')})`) }) as ConstructorParameters<typeof Tokenizer>[1];
  let seed = 51;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const long = 'a run of plain text long enough to be searched natively, ';
  const pieces = [
    long, long + long, 'x', ' ', '\n', '<', '>', '&', '&amp;', '&nbsp;', '&#65;', '&zz;', '"', "'", '=', '<p>', '</p>', '<a href="', '<a href=\'', '</a>',
    `<a href="https://example.com/${'path/'.repeat(8)}?q=1&amp;r=2">`, `<img alt='${long}' src="${long}">`, `<div title="${long}&quot;${long}">`, '<!--', '-->',
    '<script>', '</script>', '<style>', '</style>', '<textarea>', '</textarea>', '\u00e9', '\u200b',
  ];
  for (let n = 0; n < 3000; n++) {
    const html = Array.from({ length: Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    // One write, or the text in two or three (a new buffer the remembered stops must not be read in).
    const cuts = n % 3 === 0 ? [] : [Math.floor(next() * html.length), Math.floor(next() * html.length)].sort((x, y) => x - y).slice(0, n % 3);
    const chunks: string[] = [];
    let from = 0;
    for (const c of cuts) {
      chunks.push(html.slice(from, c));
      from = c;
    }
    chunks.push(html.slice(from));
    const plain: string[] = [];
    const skipping: string[] = [];
    for (const [Kind, log] of [[Tokenizer, plain], [SkippingTokenizer, skipping]] as const) {
      const tokenizer = new Kind({ xmlMode: false, decodeEntities: true }, recorder(log));
      for (const c of chunks) tokenizer.write(c);
      tokenizer.end();
    }
    assert.deepEqual(skipping, plain, JSON.stringify(chunks));
  }
  // The same document twice in a row (the remembered stops are for equal text), and htmlToText's reading after it.
  const page = `<p title="${long}">${long}&amp;${long}</p>`;
  const facts = emptyHtmlFacts();
  assert.equal(htmlToText(page, '1', facts), htmlToText(page, '1', emptyHtmlFacts()));
});

test('right-to-left overrides: the text is read as shown (a lure reverses its words after an RLO)', () => {
  const rows: [input: string, shown: string][] = [
    ['\u202e!rehcuoV nekoT ruoY', 'Your Token Voucher!'],
    ['Visit \u202emoc.ecnaniB\u202c today', 'Visit Binance.com today'],
    ['a\u202ecb\u202d ef \u202ehg', 'abc ef gh'],
    ['\u202e\u{1F600}ba', 'ab\u{1F600}'],
    ['first line\n\u202eowt\nthree', 'first line\ntwo\nthree'],
    ['no override \u202b here', 'no override \u202b here'],
    ['plain', 'plain'],
  ];
  for (const [input, shown] of rows) assert.equal(applyOverrides(input), shown, JSON.stringify(input));
  // Through the renderer: zero-width characters and hidden filler between the letters, the run ended by the block.
  const { text, facts } = render('<style>.f{display:none}</style><h1>\u202e!\u200cr\u200ce<u class="f">filler</u>hc\u200cuoV</h1><p>Reward <a href="https://x.example">\u202eretneC</a></p>');
  assert.equal(text, 'Voucher!\nReward Center');
  assert.ok(facts.links.some((l) => l.text === 'Center'));
  assert.ok(facts.invisibleChars >= 4);
});

test('tags without attributes share no attributes with the tags around them', () => {
  // Tags with no attribute read one shared empty set; a tag's first attribute gives it its own. Were the shared set
  // written, a later bare <a>, <img> or hidden check would see an earlier tag's href, src or hidden.
  const { text, facts } = render('<p>a</p><a href="https://one.example/">x</a><b>b</b><a>bare</a><img><div hidden>gone</div><div>kept</div><i>c</i><img src="https://two.example/p.png">');
  assert.deepEqual(facts.links.map((l) => [l.kind, l.href]), [['a', 'https://one.example/'], ['img', 'https://two.example/p.png']]);
  assert.match(text, /kept/);
  assert.doesNotMatch(text, /gone/);
  assert.match(text, /bare/);
});

test('attributes: the first of a name wins, in any case, however many the tag has', () => {
  const many = (n: number) => Array.from({ length: n }, (_, k) => `data-x${k}="${k}"`).join(' ');
  const rows: [string, string[]][] = [
    ['<a href="https://first.example/" HREF="https://second.example/">x</a>', ['https://first.example/']],
    ['<a Href=" https://trimmed.example/ ">x</a>', ['https://trimmed.example/']],
    [`<a ${many(15)} href="https://a.example/" href="https://b.example/">x</a>`, ['https://a.example/']],
    [`<a ${many(16)} href="https://a.example/" href="https://b.example/">x</a>`, ['https://a.example/']],
    [`<a ${many(40)} href="https://a.example/" ${many(5)} HREF="https://b.example/">x</a>`, ['https://a.example/']],
    [`<a href="https://a.example/" ${many(40)} href="https://b.example/">x</a>`, ['https://a.example/']],
    [`<img ${many(30)} src="https://img.example/p.png" srcset="https://img.example/2.png 2x"><b>y</b>`, ['https://img.example/p.png', 'https://img.example/2.png']],
    ['<a href="https://a.example/">x</a><a>no address</a><iframe></iframe>', ['https://a.example/']],
  ];
  for (const [html, hrefs] of rows) assert.deepEqual(render(html).facts.links.map((l) => l.href), hrefs, html);
  // on* handlers counted once per attribute name, however many the tag has.
  assert.equal(render(`<div ${many(20)} onclick="a()" onload="b()" ONCLICK="c()">x</div>`).facts.scripts, 2);
  assert.equal(render(`<div hidden ${many(20)}>gone</div>shown`).text, 'shown');
  assert.equal(render(`<div ${many(20)} hidden>gone</div>shown`).text, 'shown');
});

test('soft hyphens are not in the text (a word split by them reads whole) and are no invisible characters (session 23)', () => {
  const rows: [html: string, text: string][] = [
    ['<p>Your Pay&shy;Pal acc&shy;ount is lim&#173;ited</p>', 'Your PayPal account is limited'],
    ['<p>Pay\u00adPal</p>', 'PayPal'],
    // German and Dutch newsletters write them as hyphenation hints in long words.
    ['<p>Die Jahres&shy;haupt&shy;versammlung findet im Gemeinde&shy;zentrum statt.</p>', 'Die Jahreshauptversammlung findet im Gemeindezentrum statt.'],
  ];
  for (const [html, text] of rows) {
    const facts = emptyHtmlFacts();
    assert.equal(htmlToText(html, '1', facts), text, html);
    assert.equal(facts.invisibleChars, 0, html);
    assert.equal(facts.invisibleInWordChars, 0, html);
  }
});

test('text in the colour of what is behind it is not shown; text a reader sees stays (table, issue 17 item 8)', () => {
  const filler = 'the quick brown fox jumps over the lazy dog';
  // [why, html, the shown text, characters counted as in the colour of their background]
  const hidden: [string, string, string, number][] = [
    ['white on the default page', `<p>Hello</p><p style="color:#ffffff">${filler}</p>`, 'Hello', 35],
    ['#fff shorthand, white by name', `<p>Hello</p><div style="color: #FFF">${filler}</div><span style="color:white">x</span>`, 'Hello', 36],
    ['#fefefe on white', `<p>Hello</p><p style="color:#fefefe">${filler}</p>`, 'Hello', 35],
    ['rgb() near white on white', `<p>Hello</p><p style="color: rgb(250, 250, 250)">${filler}</p>`, 'Hello', 35],
    ['black on a bgcolor=black ancestor', `<table bgcolor="black"><tr><td><p style="color:#fff">Hello</p><div><span style="color:#000">${filler}</span></div></td></tr></table>`, 'Hello', 35],
    ['font color equal to its td bgcolor', `<table><tr><td bgcolor="#336699"><font color="#336699">${filler}</font> Hello</td></tr></table>`, 'Hello', 35],
    ['inherited through blocks and cells', `<div style="color:#ffffff"><table><tr><td><p>${filler}</p></td></tr></table></div><p>Hello</p>`, 'Hello', 35],
    ['a class rule sets the white', `<style>.w { color: #ffffff }</style><p>Hello</p><p class="w">${filler}</p>`, 'Hello', 35],
    ['body text and bgcolor attributes', `<body bgcolor="#000000" text="#000000"><p>${filler}</p><p style="color:#ccc">Hello</p></body>`, 'Hello', 35],
    ['white on the grey page of a template, after its </body>', `<body bgcolor="#eeeeee"><p>Hello</p></body><p style="color:#fff">${filler}</p>`, 'Hello', 35],
    ['letters inside a word', '<p>Pay<span style="color:#fff">xqz</span>Pal</p>', 'PayPal', 3],
  ];
  for (const [why, html, text, chars] of hidden) {
    const r = render(html);
    assert.equal(r.text, text, why);
    assert.equal(r.facts.invisibleColourChars, chars, why);
  }
  const shown: [string, string, string][] = [
    ['white on a dark td (a button, a header)', '<table><tr><td bgcolor="#003366"><a href="https://x.example" style="color:#ffffff">Confirm</a> <span style="color:#fff">your order</span></td></tr></table>', 'Confirm your order'],
    ['white on an inline dark background', '<div style="background-color:#0b5394"><p style="color:#fff">Your receipt</p></div>', 'Your receipt'],
    ['white on a background picture (attribute)', '<table><tr><td background="https://x.example/hero.jpg"><font color="#ffffff">Summer sale</font></td></tr></table>', 'Summer sale'],
    ['white on a background picture (css)', '<div style="background:url(https://x.example/hero.jpg) #ffffff no-repeat"><p style="color:#fff">Summer sale</p></div>', 'Summer sale'],
    ['white on a gradient', '<div style="background-image:linear-gradient(#000,#333)"><p style="color:#fff">Summer sale</p></div>', 'Summer sale'],
    ['dark text in a white-text parent that sets its own colour', '<div style="color:#ffffff"><p style="color:#333333">Meeting at ten</p></div>', 'Meeting at ten'],
    ['a link in a white-text parent keeps the link colour', '<div style="color:#fff"><a href="https://x.example">Read more</a></div>', 'Read more'],
    ['light grey disclaimer on white', '<p style="color:#999999;font-size:11px">You receive this mail because you subscribed.</p>', 'You receive this mail because you subscribed.'],
    ['pale grey #e0e0e0 on white is faint, not invisible', '<p style="color:#e0e0e0">Unsubscribe</p>', 'Unsubscribe'],
    ['a class sets the dark background', '<style>.header { background-color: #1a1a2e; }</style><div class="header"><h1 style="color:#fff">Welcome aboard</h1></div>', 'Welcome aboard'],
    ['a descendant rule sets the dark background', '<style>.hdr td { background: #003366 }</style><table class="hdr"><tr><td><p style="color:#fff">Welcome aboard</p></td></tr></table>', 'Welcome aboard'],
    ['a dark-mode media rule', '<style>@media (prefers-color-scheme: dark) { .card { background:#000 !important } }</style><div class="card"><p style="color:#fefefe">Welcome aboard</p></div>', 'Welcome aboard'],
    ['an !important rule overrides the inline white', '<style>.t { color: #222 !important }</style><p class="t" style="color:#fff">Welcome aboard</p>', 'Welcome aboard'],
    ['a colour we cannot read', '<div style="background:var(--brand)"><p style="color:#fff">Welcome aboard</p></div><p style="color:lab(100% 0 0)">and more</p>', 'Welcome aboard\nand more'],
    ['white text in a button', '<button style="color:#fff">Sign in</button>', 'Sign in'],
    ['white space between dark words in a white span', '<span style="color:#fff"><b style="color:#000">Hello</b> <b style="color:#000">world</b></span>', 'Hello world'],
    ['the body is dark: what follows </body> is on it too', '<body style="background:#111111"><p style="color:#eee">Top</p></body><p style="color:#fff">Below</p>', 'Top\nBelow'],
  ];
  for (const [why, html, text] of shown) {
    const r = render(html);
    assert.equal(r.text, text, why);
    assert.equal(r.facts.invisibleColourChars, 0, why);
  }
});

test('shown text in a colour that may not be seen is counted and left out of textWithoutFaint; text a reader sees is not (table, session 42)', () => {
  const filler = 'the quick brown fox jumps over the lazy dog';
  // [why, html, the shown text, its text without the faint runs, faint characters]
  const faint: [string, string, string, string, number][] = [
    ['white on a body whose background is a picture', `<body background="https://x.example/bg.jpg"><p>Hello</p><p style="color:#ffffff">${filler}</p></body>`, `Hello\n${filler}`, 'Hello', 35],
    ['white on a page a dark-mode rule colours', `<style>@media (prefers-color-scheme: dark) { body { background:#000 !important } }</style><body><p>Hello</p><p style="color:#fff">${filler}</p></body>`, `Hello\n${filler}`, 'Hello', 35],
    ['white on a light grey page', `<body style="background-color:#D5D5D5"><p>Hello</p><p style="color:#ffffff">${filler}</p></body>`, `Hello\n${filler}`, 'Hello', 35],
    ['#dddddd on white', `<p>Hello</p><p style="color:#dddddd">${filler}</p>`, `Hello\n${filler}`, 'Hello', 35],
    ['near-white on a background picture (css), between two shown words', `<div style="background:url(https://x.example/hero.jpg)">Top <span style="color:#f4f4f4">${filler}</span> end</div>`, `Top ${filler} end`, 'Top end', 35],
  ];
  for (const [why, html, text, without, chars] of faint) {
    const r = render(html);
    assert.equal(r.text, text, why);
    assert.equal(r.facts.faintColourChars, chars, why);
    assert.equal(r.without, without, why);
  }
  const seen: [string, string][] = [
    ['white on a dark td', '<table><tr><td bgcolor="#003366"><span style="color:#fff">Confirm your order</span></td></tr></table>'],
    ['white on a dark page', '<body style="background:#111111"><p style="color:#fff">Below the fold</p></body>'],
    ['white on a purple page', '<body bgcolor="#4d148c"><p style="color:#ffffff">Your parcel</p></body>'],
    ['dark text on a background picture', '<div style="background:url(https://x.example/hero.jpg)"><p style="color:#333333">Summer sale</p></div>'],
    ['text of no colour of its own on a background picture', '<table><tr><td background="https://x.example/hero.jpg">Summer sale</td></tr></table>'],
    ['#cccccc on white (a footer)', '<p style="color:#cccccc">You receive this mail because you subscribed.</p>'],
    ['#999 on white', '<p style="color:#999">Unsubscribe</p>'],
    ['white on white is invisible, not faint', '<p>Hello</p><p style="color:#fff">hidden words</p>'],
  ];
  for (const [why, html] of seen) {
    const r = render(html);
    assert.equal(r.facts.faintColourChars, 0, why);
    assert.equal(r.without, '', why);
  }
});

test('a style whose colour is its own background hides its own letters, not a descendant\'s in another colour (table, session 41)', () => {
  // [why, html, the shown text, hidden characters]
  const rows: [string, string, string, number][] = [
    // Beefree templates give every row's table `color:#000` whatever its background: a black row's white text is shown.
    ['a black row table saying color:#000, white text inside', '<table style="background-color:#000;color:#000"><tr><td><div style="color:#555"><p><span style="color:#ffffff">Stay secure</span></p></div></td></tr></table>', 'Stay secure', 0],
    ['a descendant that sets its own dark background', '<div style="color:#fff;background:#fff"><p style="background-color:#003366;color:#fff">Welcome aboard</p></div>', 'Welcome aboard', 0],
    ['a link in it keeps the link colour', '<div style="color:#fff;background-color:#fff"><a href="https://x.example">Read more</a></div>', 'Read more', 0],
    // must not: what inherits the colour, or sets one that still matches what is behind it, stays hidden
    ['the element\'s own letters', '<p>Hello</p><div style="color:#fff;background-color:#fff">filler words</div>', 'Hello', 11],
    ['a descendant that sets no colour', '<p>Hello</p><div style="color:#fff;background-color:#fff"><p><b>filler words</b></p></div>', 'Hello', 11],
    ['a descendant in a colour close to the background', '<p>Hello</p><div style="color:#fff;background-color:#fff"><span style="color:#fefefe">filler words</span></div>', 'Hello', 11],
    ['a descendant whose colour cannot be read', '<p>Hello</p><div style="color:#fff;background-color:#fff"><span style="color:var(--x)">filler words</span></div>', 'Hello', 11],
    ['a tiny font as well: hidden whatever the descendants say', '<p>Hello</p><div style="color:#000;background:#000;font-size:0"><span style="color:#f00">filler words</span></div>', 'Hello', 11],
    ['a descendant hidden by other means', '<p>Hello</p><div style="color:#fff;background:#fff"><span style="color:#000;display:none">filler words</span></div>', 'Hello', 11],
  ];
  for (const [why, html, text, chars] of rows) {
    const r = render(html);
    assert.equal(r.text, text, why);
    assert.equal(r.facts.hiddenTextChars, chars, why);
  }
});

test('compactStyle is toLowerCase then every \\s run removed (generated styles, ASCII and not, short and long)', () => {
  let seed = 11;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const bits = ['display', ':', 'NONE', 'None', ';', ' ', '\t', '\n', '\r\n', '\v', '\f', 'Font-Size', '0', 'px', '@', 'Z', 'A', '[', '`', 'z', '\u00a0', '\u2028', '\ufeff', 'İ', 'É', 'ß', '\x00', '\x1f', '\x7f', 'color:#FFF'];
  for (let t = 0; t < 20_000; t++) {
    let style = '';
    for (let k = rnd(12); k > 0; k--) style += bits[rnd(rnd(4) === 0 ? bits.length : 19)]!;
    assert.equal(compactStyle(style), style.toLowerCase().replace(/\s+/g, ''), JSON.stringify(style));
  }
  for (const style of ['', 'a', 'display:none', 'X'.repeat(8192), ` ${'X'.repeat(8192)}`, 'x '.repeat(5000)]) {
    assert.equal(compactStyle(style), style.toLowerCase().replace(/\s+/g, ''), style.slice(0, 20));
  }
});

test('the download attribute on anchors and map areas (session 40): with or without a file name, any case; not on other elements', () => {
  // [markup, href of the link looked at, download expected]
  const rows: [string, string, boolean | undefined][] = [
    ['<a href="https://a.example/x" download>Open</a>', 'https://a.example/x', true],
    ['<a download="Boleto.pdf" href="https://a.example/y">Baixar</a>', 'https://a.example/y', true],
    ['<A HREF="https://a.example/z" DOWNLOAD="">Z</A>', 'https://a.example/z', true],
    ['<img usemap="#m"><map name="m"><area href="https://a.example/m" download alt="Get"></map>', 'https://a.example/m', true],
    // Must not: a plain anchor, an attribute that only contains the word, an image with the attribute.
    ['<a href="https://a.example/p">Open</a>', 'https://a.example/p', undefined],
    ['<a href="https://a.example/q" data-download="1">Open</a>', 'https://a.example/q', undefined],
    ['<img src="https://a.example/i.png" download>', 'https://a.example/i.png', undefined],
  ];
  for (const [html, href, download] of rows) {
    const { facts } = render(html);
    const link = facts.links.find((l) => l.href === href);
    assert.ok(link, html);
    assert.equal(link.download, download, html);
  }
});

test('white in every colour form is decided the same way: invisible on white, faint on light grey, hidden by its own background (table, session 43)', () => {
  const filler = 'the quick brown fox jumps over the lazy dog';
  const forms = ['#fff', '#ffffff', '#FFF', 'white', 'White', 'rgb(255,255,255)', 'rgb(255 255 255)', 'rgba(255,255,255,1)', 'rgb(100%,100%,100%)', 'hsl(0,0%,100%)', 'hsl(0 0% 100%)', 'hsla(0,0%,100%,0.9)', '#fff !important', 'white!important'];
  for (const form of forms) {
    // Inline, on the white page a client draws: invisible.
    let r = render(`<p>Hello</p><p style="color:${form}">${filler}</p>`);
    assert.equal(r.text, 'Hello', `inline ${form}`);
    assert.equal(r.facts.invisibleColourChars, 35, `inline ${form}`);
    // By a class rule of a <style> block: the same.
    const bare = form.replace(/\s*!important/i, '');
    r = render(`<style>.w { color: ${bare} }</style><p>Hello</p><p class="w">${filler}</p>`);
    assert.equal(r.facts.invisibleColourChars, 35, `class rule ${form}`);
    // On a light grey page: faint, left out of the text without faint text.
    r = render(`<body style="background:#d5d5d5"><p>Hello</p><p style="color:${form}">${filler}</p></body>`);
    assert.equal(r.facts.faintColourChars, 35, `faint ${form}`);
    assert.equal(r.without, 'Hello', `faint ${form}`);
    // A background in another notation of the same colour as the text: the element's own letters are hidden.
    r = render(`<p>Hello</p><p style="color:${bare};background-color:#ffffff">${filler}</p>`);
    assert.equal(r.text, 'Hello', `own background ${form}`);
    assert.equal(r.facts.hiddenTextChars, 35, `own background ${form}`);
  }
  // An inline colour with !important wins over a style sheet's !important rule (CSS cascade), so it is known.
  let r = render(`<style>p { color: #333333 !important }</style><p>Hello</p><p style="color:#ffffff !important">${filler}</p>`);
  assert.equal(r.facts.invisibleColourChars, 35, 'inline !important over a rule !important');
  // Without !important inline the rule's wins: not known, read as shown.
  r = render(`<style>p { color: #333333 !important }</style><p>Hello</p><p style="color:#ffffff">${filler}</p>`);
  assert.equal(r.facts.invisibleColourChars, 0, 'a rule !important over an inline colour');
  assert.equal(r.text, `Hello\n${filler}`);
  // Transparent in every form is not drawn (the style test and the renderer read it alike).
  for (const form of ['transparent', 'rgba(0,0,0,0)', 'rgba(0, 0, 0, 0.0)', '#ffffff00', '#fff0', 'hsla(0,0%,0%,0)']) {
    r = render(`<p>Hello</p><p style="color:${form}">${filler}</p>`);
    assert.equal(r.text, 'Hello', `transparent ${form}`);
  }
  // Must not: light grey footers on white are read and are not faint (a newsletter's own footer).
  for (const form of ['#cccccc', 'rgb(204,204,204)', 'hsl(0,0%,80%)', 'silver', '#999']) {
    r = render(`<p>Hello</p><p style="color:${form}">${filler}</p>`);
    assert.equal(r.facts.faintColourChars + r.facts.invisibleColourChars, 0, `footer ${form}`);
    assert.equal(r.text, `Hello\n${filler}`, `footer ${form}`);
  }
});

test('`<image>` outside SVG is a picture (`<img>`, as the HTML parser renames it); in an `<svg>` it stays SVG\'s (session 46)', () => {
  const lure = render('<a href="https://lure.example/x"><image src="https://i.example/offer.png" width="650"></a><p>Hi</p>');
  const picture = lure.facts.links.find((l) => l.href === 'https://i.example/offer.png');
  assert.equal(picture?.kind, 'img');
  assert.equal(picture?.width, 650);
  assert.equal(lure.text, 'Hi', 'a void element: the text after it is not inside it');
  // Upper case, self-closed, and a stray </image> that closes nothing.
  assert.equal(render('<IMAGE SRC="https://i.example/b.png"/></image><p>after</p>').facts.links[0]?.kind, 'img');
  // SVG's own image element is not renamed (an src on it is no HTML picture either).
  const svg = render('<svg><image src="https://i.example/s.png" href="https://i.example/s.png" width="10"></image></svg><p>text</p>');
  assert.equal(svg.facts.links.filter((l) => l.kind === 'img').length, 0);
  assert.equal(svg.text, 'text');
});

test('a picture button (`<input type="image" src=…>`) is a picture like an <img>: its link, size and hidden flag (session 46)', () => {
  const { facts } = render('<a href="https://lure.example/x"><input type="image" src="https://i.example/banner.png" width="600" alt="Claim"></a><input type="image" src="https://i.example/h.png" style="display:none"><input type="text" src="https://i.example/no.png">');
  const pictures = facts.links.filter((l) => l.kind === 'img');
  assert.deepEqual(pictures.map((l) => [l.href, l.width, l.text, l.hidden]), [['https://i.example/banner.png', 600, 'Claim', false], ['https://i.example/h.png', undefined, '', true]]);
});

test('a flood of links keeps the links after it: each new host\'s first and the last ones, in order (table)', () => {
  const filler = (n: number, host: (i: number) => string, from = 0): string => Array.from({ length: n }, (_, k) => k + from).map((i) => `<a href="https://${host(i)}/${i}">.</a>`).join('');
  const lure = '<p>Your account is on hold.</p><a href="https://secure-login.example.com/verify">Sign in now</a>';
  const rows: { label: string; html: string; kept: string[] }[] = [
    { label: '50,000 links of one host before the letter', html: filler(50_000, () => 'l.example.net') + lure, kept: ['https://secure-login.example.com/verify'] },
    { label: '50,000 links of as many hosts before the letter (the last links)', html: filler(50_000, (i) => `h${i}.example.net`) + lure, kept: ['https://secure-login.example.com/verify'] },
    { label: 'the letter between two floods of one host (its host\'s first link)', html: filler(20_000, () => 'l.example.net') + lure + filler(20_000, () => 'l.example.net', 20_000), kept: ['https://secure-login.example.com/verify'] },
  ];
  for (const row of rows) {
    const facts = emptyHtmlFacts();
    htmlToText(row.html, '1', facts);
    assert.ok(facts.links.length <= MAX_HTML_LINKS, row.label);
    for (const href of row.kept) {
      const link = facts.links.find((l) => l.href === href);
      assert.ok(link, `${row.label}: ${href} kept`);
      assert.equal(link.text, 'Sign in now', `${row.label}: with its text`);
    }
    // The first links stay as they were, and what is kept after them is in document order.
    assert.equal(facts.links[0]!.href.endsWith('/0'), true, row.label);
    const numbers = facts.links.map((l) => /\/(\d+)$/.exec(l.href)?.[1]).filter((n) => n !== undefined).map(Number);
    assert.ok(numbers.every((n, i) => i === 0 || n > numbers[i - 1]!), `${row.label}: in document order`);
  }
  // Under the cap: every link, as written, in order (must not change).
  const facts = emptyHtmlFacts();
  htmlToText(filler(300, (i) => `h${i % 7}.example.net`) + lure, '1', facts);
  assert.equal(facts.links.length, 301);
  assert.deepEqual(facts.links.slice(0, 3).map((l) => l.href), ['https://h0.example.net/0', 'https://h1.example.net/1', 'https://h2.example.net/2']);
});

// Session 64: past the cap a host whose kept links show no text keeps its next ones (up to 3): the lure's logo or empty link
// comes first, the button whose text the link checks compare with its target after it — a letter between two floods.
test('past the link cap, a lure\'s button after an empty link to its host is kept with its text (table)', () => {
  const flood = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `<a href="https://l.example.net/${from + i}">.</a>`).join('');
  const rows: [string, string, string][] = [
    ['en', 'http://203.0.113.9/login', 'https://www.paypal.com/signin'],
    ['de', 'https://sparkasse-konto.example.evil/a', 'www.sparkasse.de'],
    ['ja', 'https://amaz0n-jp.example.evil/v', 'アマゾンにログイン'],
  ];
  for (const [label, href, text] of rows) {
    const host = new URL(href).origin;
    const letter = `<a href="${host}/logo"><img src="${host}/logo.png"></a><a href="${host}/x"></a><p>Sign in:</p><a href="${href}">${text}</a>`;
    const facts = emptyHtmlFacts();
    htmlToText(`${flood(0, 8000)}${letter}${flood(8000, 8000)}`, '1', facts);
    assert.ok(facts.links.some((l) => l.href === href && l.text === text), label);
    assert.ok(facts.links.length <= MAX_HTML_LINKS, label);
  }
  // Must not: a host whose first kept link shows a text keeps no more past the cap (the flood's own host: one link).
  const facts = emptyHtmlFacts();
  htmlToText(`${flood(0, 8000)}<a href="https://news.example.org/1">Story</a><a href="https://news.example.org/2">Next</a>${flood(8000, 8000)}`, '1', facts);
  assert.ok(facts.links.some((l) => l.href === 'https://news.example.org/1'));
  assert.ok(!facts.links.some((l) => l.href === 'https://news.example.org/2'));
});

// Session 66: past the cap, a host whose kept anchor shows words keeps its next anchor only when that one shows an address (the
// text URL_TEXT_DOMAIN_MISMATCH compares with where it leads) — an image map's "Live Help" first, then the lure's shown URL.
test('past the link cap, an anchor showing an address after a worded anchor to its host is kept with its text (table)', () => {
  const flood = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `<a href="https://l.example.net/${from + i}">.</a>`).join('');
  const rows: [string, string, string, string][] = [
    ['en', 'http://www.moves.example/images/a.htm', 'Live Help', 'http://signin.ebay.com'],
    ['de', 'https://sparkasse-konto.example.evil/a', 'Hilfe', 'www.sparkasse.de'],
    ['ja', 'https://amaz0n-jp.example.evil/v', 'ヘルプ', 'https://www.amazon.co.jp/ap/signin'],
  ];
  for (const [label, href, words, address] of rows) {
    const letter = `<map name="m"><area shape="rect" coords="0,0,10,10" href="${href}" alt="${words}"></map><p>Confirm here:</p><a href="${href}">${address}</a>`;
    const facts = emptyHtmlFacts();
    htmlToText(`${flood(0, 8000)}${letter}${flood(8000, 8000)}`, '1', facts);
    assert.ok(facts.links.some((l) => l.href === href && l.kind === 'a' && l.text === address), `${label}: ${facts.links.filter((l) => l.href === href).map((l) => `${l.kind} ${l.text}`).join(', ')}`);
    assert.ok(facts.links.length <= MAX_HTML_LINKS, label);
  }
  // Must not: the flood's own host (texts ".") keeps no second link; a worded anchor after a worded one is not kept either.
  const facts = emptyHtmlFacts();
  htmlToText(`${flood(0, 8000)}<a href="https://news.example.org/1">Story</a><a href="https://news.example.org/2">Read the next story</a>${flood(8000, 8000)}`, '1', facts);
  assert.ok(!facts.links.some((l) => l.href === 'https://news.example.org/2'));
  assert.equal(facts.links.filter((l) => l.href.startsWith('https://l.example.net/') && Number(l.href.slice(22)) > 4000 && Number(l.href.slice(22)) < 15_500).length, 0);
});
