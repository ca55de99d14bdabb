import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyHtmlFacts, htmlToText } from './html.js';
import { PUSH_MIN_PX, PUSHED_OUT_MIN_CHARS, tallPx } from './pushed-out.js';

function render(html: string): { text: string; px: number; chars: number } {
  const facts = emptyHtmlFacts();
  const text = htmlToText(html, '1', facts);
  return { text, px: facts.pushedOutPx, chars: facts.pushedOutChars };
}

test('tallPx: the height a style gives an element of itself, by unit (table)', () => {
  const rows: [style: string, px: number][] = [
    ['height:2000vh;display:flex', 20000],
    ['height:2000px', 2000],
    ['min-height:150vh', 1500],
    ['height:40px;min-height:3000px', 3000],
    ['padding-top:1200pt', 1600],
    ['margin-bottom:100em', 1600],
    ['margin-top:100rem!important', 1600],
    ['padding:800px', 1600],
    ['margin:900px0', 1800],
    ['height:500%', 3000],
    ['height:80cm', 3024],
    ['height:5000', 5000],
    ['padding-top:20px;height:40px', 60],
    // Not heights: line-height, max-height, negative values, widths, viewport widths, calc().
    ['line-height:3000px', 0],
    ['max-height:3000px', 0],
    ['margin-top:-3000px', 0],
    ['width:3000px', 0],
    ['height:2000vw', 0],
    ['height:calc(100vh-20px)', 0],
    // Out of the flow: laid over the others, it takes no room (a decoration's overlay).
    ['position:absolute;top:50%;width:200%;height:200%', 0],
    ['height:3000px;position:fixed', 0],
    ['position:relative;height:3000px', 3000],
    ['position:absolute-ish;height:3000px', 3000],
    ['color:red', 0],
    ['', 0],
  ];
  for (const [style, px] of rows) assert.equal(tallPx(style), px, style);
});

const FILLER = 'Our new autumn collection is here, with coats, knitwear and boots for the season ahead. '.repeat(5);

test('text pushed out of view: a visible top, an empty block beyond any screen, then text (table)', () => {
  const rows: [name: string, html: string, px: number, chars: number][] = [
    // The shape: a lure (an image link), a tall empty spacer from a style-sheet rule, a copied newsletter.
    ['rule spacer after an image link', `<a href="https://lure.example/x.php"><img src="https://cdn.example/offer.webp"></a><style>.wrap{display:flex;height:2000vh}.push{height:2000px}</style><div class="wrap"><div class="push"></div></div><p>${FILLER}</p>`, 20000, FILLER.length],
    ['inline min-height after text', `<p>Your parcel is waiting: <a href="https://lure.example">confirm</a></p><div style="min-height: 300vh"></div><p>${FILLER}</p>`, 3000, FILLER.length],
    ['height attribute on an empty cell', `<table><tr><td><a href="https://lure.example">Claim your reward</a></td></tr><tr><td height="4000">&nbsp;</td></tr><tr><td>${FILLER}</td></tr></table>`, 4000, FILLER.length],
    ['huge padding', `<p>Sign in now</p><div style="padding-top: 2500px"></div><div>${FILLER}</div>`, 2500, FILLER.length],
    ['huge margin in pt', `<p>Sign in now</p><p style="margin-bottom:1500pt"></p><div>${FILLER}</div>`, 2000, FILLER.length],
    ['a run of 100 line breaks', `<p>Verify your account</p>${'<br>'.repeat(100)}<p>${FILLER}</p>`, 2000, FILLER.length],
    // Beyond the tallest reading pane though within a 1440p screen: an image lure over a 1,201 px paragraph (a campaign).
    ['image lure over a 1,201 px paragraph', `<div><a href="https://lure.example/x"><img alt="Ct" src="https://cdn.example/offer.png"></a></div><p style="height: 1201px;"></p><title>Daily Alert</title><p>${FILLER}</p>`, 1201, FILLER.length],
    ['two spacers in a row add up', `<p>Act now</p><div style="height:1000px"></div><div style="height:1000px"></div><p>${FILLER}</p>`, 2000, FILLER.length],
    // Must not: template spacers, row heights, <br> pairs, a tall cell with text in it, a spacer with nothing before it,
    // a spacer at the end, a hidden spacer, one below a screen (a print page), a tall picture.
    ['newsletter spacer cells', `<table><tr><td height="20"></td></tr><tr><td>Hello</td></tr><tr><td height="40">&nbsp;</td></tr><tr><td>${FILLER}</td></tr></table>`, 0, 0],
    ['table with row heights and text', `<p>Hello</p><table height="2000"><tr><td height="1800">${FILLER}</td></tr></table>`, 0, 0],
    ['br pairs through a long letter', `<p>Dear Ann</p>${`${FILLER}<br><br>`.repeat(20)}`, 0, 0],
    ['40 line breaks', `<p>Hello</p>${'<br>'.repeat(40)}<p>${FILLER}</p>`, 0, 0],
    ['nothing before the spacer', `<div style="height:3000px"></div><p>${FILLER}</p>`, 0, 0],
    ['spacer at the end', `<p>${FILLER}</p><div style="height:3000px"></div>`, 0, 0],
    ['hidden spacer', `<p>Hello</p><div style="display:none;height:3000px"></div><p>${FILLER}</p>`, 0, 0],
    ['A4 print page', `<p>Invoice 1</p><div style="height:297mm"></div><p>${FILLER}</p>`, 0, 0],
    ['Letter print page', `<p>Invoice 1</p><div style="height:11in"></div><p>${FILLER}</p>`, 0, 0],
    ['a decoration laid over the top', `<div style="position:relative"><img src="https://cdn.example/logo.png"><div style="position: absolute; top: 50%; width: 200%; height: 200%; background: radial-gradient(circle, #fff, #eee)"></div></div><p>${FILLER}</p>`, 0, 0],
    ['a tall picture is drawn, not empty', `<p>Hello</p><img src="https://cdn.example/poster.png" height="2400"><p>${FILLER}</p>`, 0, 0],
    ['tracking pixel after a spacer is not a top', `<img src="https://t.example/p.gif" width="1" height="1"><div style="height:3000px"></div><p>${FILLER}</p>`, 0, 0],
    ['a spacer inside @media is not read', `<style>@media (max-width:600px){.s{height:3000px}}</style><p>Hello</p><div class="s"></div><p>${FILLER}</p>`, 0, 0],
  ];
  for (const [name, html, px, chars] of rows) {
    const got = render(html);
    assert.equal(got.px, px, `${name}: px`);
    assert.equal(got.chars, chars, `${name}: chars`);
  }
  assert.ok(PUSH_MIN_PX > 1123 && PUSH_MIN_PX > 1000, 'beyond a print page and a phone screen');
});

test('text pushed out of view is not in the text the checks read; the HTML above it is where shownHtmlEnd says (session 23)', () => {
  const top = '<p>Confirm your mailbox</p>';
  const html = `${top}<div style="height:2000vh"></div><p>${FILLER}</p>`;
  const facts = emptyHtmlFacts();
  const text = htmlToText(html, '1', facts);
  assert.equal(text, 'Confirm your mailbox');
  assert.equal(facts.pushedOutChars, FILLER.length, 'still counted for MIME_TEXT_PUSHED_OUT_OF_VIEW');
  // The HTML up to the first thing drawn after the push (the text's own start tag is before it).
  assert.equal(html.slice(0, facts.shownHtmlEnd), `${top}<div style="height:2000vh"></div><p>`);
  // A footer line after a layout's tall cell (under PUSHED_OUT_MIN_CHARS) is no trick: it stays, and all the HTML is shown.
  const footer = '<p>Unsubscribe | Privacy</p>';
  const short = emptyHtmlFacts();
  assert.equal(htmlToText(`${top}<div style="height:2000vh"></div>${footer}`, '1', short), 'Confirm your mailbox\nUnsubscribe | Privacy');
  assert.equal(short.shownHtmlEnd, -1);
  assert.ok(FILLER.length >= PUSHED_OUT_MIN_CHARS && 'Unsubscribe | Privacy'.length < PUSHED_OUT_MIN_CHARS);
  // Only the first push cuts; a part without one leaves shownHtmlEnd as it was.
  const none = emptyHtmlFacts();
  htmlToText(`<p>${FILLER}</p>`, '1', none);
  assert.equal(none.shownHtmlEnd, -1);
});

test('a picture button (`<input type="image">`) is drawn: an empty block after it pushes what follows out of view', () => {
  const got = render(`<a href="https://lure.example/x"><input type="image" src="https://i.example/banner.png"></a><div style="height:3000px"></div><p>${FILLER}</p>`);
  assert.equal(got.px, 3000);
  assert.equal(got.text, '');
  // Without a picture to show (no src, or hidden), nothing was drawn above the block.
  assert.equal(render(`<input type="image"><div style="height:3000px"></div><p>${FILLER}</p>`).px, 0);
  assert.equal(render(`<input type="image" src="https://i.example/b.png" style="display:none"><div style="height:3000px"></div><p>${FILLER}</p>`).px, 0);
});
