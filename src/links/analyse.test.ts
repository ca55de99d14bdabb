import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseLinks, hasMixedScriptLabel, type LinkFacts } from './analyse.js';
import { tableBrandLookup } from './brands.js';
import { message, type MessageSpec } from './fixtures/message.js';
import { buildLinkLists } from './lists/index.js';
import { cpuStopwatch } from '../test-support/cpu-time.js';

const lists = buildLinkLists();
const brands = tableBrandLookup([
  { name: 'Trend Micro', names: ['ウイルスバスター', 'trend micro'], domains: ['trendmicro.com', 'trendmicro.co.jp'] },
  { name: 'PayPal', names: ['paypal'], domains: ['paypal.com'] },
]);
const analyse = (spec: MessageSpec) => analyseLinks(message(spec), { lists, brands });
const count = (facts: LinkFacts, key: keyof Omit<LinkFacts, 'extraction'>) => facts[key].length;

test('link text showing another domain than the href is deceptive; same organisation is not', () => {
  const cases: [string, string, number][] = [
    ['https://www.paypal.com/signin', 'http://paypal.com.evil.top/signin', 1],
    ['www.amazon.co.jp', 'https://amazon-security.example.net/', 1],
    ['paypal.com', 'https://bit.ly/3xYz', 1],
    ['example.com', 'https://www.example.com/', 0],
    ['https://example.com/account', 'https://login.example.com/a?b=1', 0],
    ['amazon.co.jp', 'https://www.amazon.com/', 0],
    ['Click here', 'https://evil.example.net/', 0],
    ['ASP.NET tutorial', 'https://learn.example.org/', 0],
    ['Node.js', 'https://nodejs.example/', 0],
    ['invoice.zip', 'https://files.example/invoice', 0],
    // An ESP click tracker: normal for bulk mail, unless it carries a different destination.
    ['www.shop.example', 'https://shop.us1.list-manage.com/track/click?u=abc&id=def', 0],
    ['www.shop.example', 'https://shop.us1.list-manage.com/track/click?url=https%3A%2F%2Fevil.top%2F', 1],
    // A security gateway's wrapper carrying the shown destination.
    ['www.pyramidci.com', 'https://clicktime.symantec.com/39e8TeB?u=http%3A%2F%2Fwww.pyramidci.com%2F', 0],
    // The sender's own tracking host (From is news@sender.example.com).
    ['www.partner.example', 'https://click.sender.example.com/ls/click?upn=abc', 0],
    // Session 17: the sender's own host with a click tracker's path (ummail4.unitedmedia.com/Click?q=…), a clickthru host; the same
    // path on another organisation's host, or the sender's host without a tracker's path, stays a mismatch.
    ['Dilbert.com', 'http://sender.example.com/Click?q=b1-YzzzJQ-00zAibLYfr9n', 0],
    ['www.partner.example', 'https://sender.example.com/e3t/Ctc/2J+113/ctH2J04/VWPm4', 0],
    ['www.buy.example', 'http://clickthru.sender.example.com/Click?q=ed-jLlvQgVq', 0],
    // … on another host of the sender's domain (a borrowed ESP account's tracker), the tracker's path is not enough.
    ['https://verification.wallet.example/KYC', 'http://clickemailmkt.sender.example.com/ls/click?upn=HHGkhq5jxk4m', 1],
    ['www.paypal.com', 'http://ummail4.evil.example.net/Click?q=b1-YzzzJQ-00zAibLYfr9n', 1],
    ['www.paypal.com', 'https://sender.example.com/login/click', 1],
    ['www.paypal.com', 'https://sender.example.com/Click', 1],
    // A text that shows the destination among other addresses (two plain-text URLs made one link) is not deceptive.
    ['http://www.news.example/story/1 http://lists.example.org/listinfo/fork', 'http://www.news.example/story/1', 0],
    ['http://lists.example.org/listinfo/fork http://www.paypal.com/', 'http://paypal-login.top/', 1],
  ];
  for (const [text, href, expected] of cases) {
    assert.equal(count(analyse({ links: [{ href, text }] }), 'textMismatch'), expected, `${text} → ${href}`);
  }
});

test('a link text spelt with lookalike letters of another script is read as its reader reads it (issue 17, items 4 and 8; table)', () => {
  // Cyrillic а/о/е (U+0430, U+043E, U+0435), Greek α/ο/ν (U+03B1, U+03BF, U+03BD), fullwidth letters (NFKC reads those already).
  // [text, href, textMismatch, shownMixedScript (the host as written), brandMismatch]
  const rows: [string, string, number, string | undefined, number][] = [
    ['p\u0430ypal.com', 'https://evil.example.net/', 1, 'p\u0430ypal.com', 1],
    ['www.p\u0430yp\u0430l.com/signin', 'https://evil.example.net/', 1, 'www.p\u0430yp\u0430l.com', 1],
    ['https://p\u0430ypal.com/signin', 'https://evil.example.net/', 1, 'p\u0430ypal.com', 1],
    ['verantw\u043Ertungsb\u0435wusst-spi\u0435l\u0435n.de', 'https://worldwidesupp.com/4qpJ', 1, 'verantw\u043Ertungsb\u0435wusst-spi\u0435l\u0435n.de', 0],
    ['p\u03B1yp\u03B1l.com', 'https://evil.example.net/', 1, 'p\u03B1yp\u03B1l.com', 1],
    ['micr\u03BFs\u03BFft.com', 'https://evil.example.net/', 1, 'micr\u03BFs\u03BFft.com', 0],
    ['\uFF50\uFF41\uFF59\uFF50\uFF41\uFF4C.com', 'https://evil.example.net/', 1, undefined, 1],
    // The disguised host on the organisation's own link: no mismatch, but the disguise itself is shown.
    ['p\u0430ypal.com', 'https://www.paypal.com/', 0, 'p\u0430ypal.com', 0],
    // Only the path disguised: the host is read as written, nothing is shown disguised.
    ['paypal.com/l\u043Egin', 'https://evil.example.net/', 1, undefined, 1],
    // Unchanged: ASCII texts, real text of those scripts, prose (its words are mended, no domain shows).
    ['paypal.com', 'https://www.paypal.com/', 0, undefined, 0],
    ['paypal.com', 'https://evil.example.net/', 1, undefined, 1],
    ['\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444', 'https://xn--e1afmkfd.xn--p1ai/', 0, undefined, 0],
    ['L\u043Eg in t\u043E y\u043Eur \u0430cc\u043Eunt', 'https://evil.example.net/', 0, undefined, 0],
    ['L\u043Eg in t\u043E P\u0430yP\u0430l', 'https://evil.example.net/', 0, undefined, 1],
  ];
  for (const [text, href, mismatch, disguised, brand] of rows) {
    const facts = analyse({ links: [{ href, text }] });
    assert.equal(count(facts, 'textMismatch'), mismatch, `${text} → ${href}: textMismatch`);
    assert.equal(facts.shownMixedScript[0]?.host, disguised, `${text} → ${href}: shownMixedScript`);
    assert.equal(count(facts, 'shownMixedScript'), disguised === undefined ? 0 : 1, `${text} → ${href}: one finding a link`);
    assert.equal(count(facts, 'brandMismatch'), brand, `${text} → ${href}: brandMismatch`);
  }
  // The host the reader sees is the one compared: a mismatch names it, not the punycode of the disguise.
  const facts = analyse({ links: [{ href: 'https://evil.example.net/', text: 'https://p\u0430ypal.com/signin' }] });
  assert.equal(facts.textMismatch[0]?.shownDomain, 'paypal.com');
  assert.equal(facts.shownMixedScript[0]?.readAs, 'paypal.com');
});

test('https shown, http linked', () => {
  const facts = analyse({ links: [{ href: 'http://www.example.com/login', text: 'https://www.example.com/login' }] });
  assert.equal(count(facts, 'httpsShownHttpLinked'), 1);
  assert.equal(count(facts, 'textMismatch'), 0);
});

test('brand named in link text while the href goes elsewhere', () => {
  assert.equal(count(analyse({ links: [{ href: 'https://scan.example-free.net/x', text: 'ウイルスバスターで今すぐスキャン' }] }), 'brandMismatch'), 1);
  assert.equal(count(analyse({ links: [{ href: 'https://www.trendmicro.com/ja_jp/', text: 'ウイルスバスター' }] }), 'brandMismatch'), 0);
  assert.equal(count(analyse({ links: [{ href: 'https://www.paypal.com/', text: 'Log in to PayPal' }] }), 'brandMismatch'), 0);
});

test('host tricks: IP literals, obfuscated IPs, userinfo, encoded hosts, IDN', () => {
  const facts = analyse({
    links: [
      { href: 'http://93.184.216.34/login' },
      { href: 'http://3232235777/x' },
      { href: 'http://www.bank.com@evil.net/login' },
      { href: 'http://ev%69l.example/' },
      { href: 'https://xn--80ak6aa92e.com/' },
      { href: 'https://xn--pypal-4ve.com/' },
      { href: 'https://日本語.jp/' },
    ],
  });
  assert.deepEqual(facts.ipHost.map((f) => f.obfuscation ?? 'plain'), ['plain', 'ip-decimal']);
  assert.equal(facts.userinfo[0]?.userinfo, 'www.bank.com');
  assert.deepEqual(facts.hostObfuscation[0]?.techniques, ['percent-host']);
  assert.deepEqual(facts.idn.map((f) => [f.unicodeHost, f.mixedScript]), [
    ['аррӏе.com', true],
    ['pаypal.com', true],
    ['日本語.jp', false],
  ]);
});

test('hasMixedScriptLabel: Latin with Cyrillic/Greek is mixed; Japanese with Latin and Cyrillic under .ru are not', () => {
  assert.equal(hasMixedScriptLabel('pаypal.com'), true);
  assert.equal(hasMixedScriptLabel('ソニーstore.jp'), false);
  assert.equal(hasMixedScriptLabel('пример.ru'), false);
  assert.equal(hasMixedScriptLabel('пример.рф'), false);
});

test('lists: shorteners, open redirectors, free file hosts, suspicious TLDs', () => {
  const facts = analyse({
    links: [
      { href: 'https://bit.ly/3xYz' },
      { href: 'https://www.google.com/url?q=https://evil.example.top/login&sa=D' },
      { href: 'https://firebasestorage.googleapis.com/v0/b/x/o/invoice.html' },
      { href: 'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.com%2F&data=x' },
    ],
  });
  assert.deepEqual(facts.shortener.map((f) => f.entry), ['bit.ly']);
  assert.deepEqual(facts.openRedirect.map((f) => [f.entry, f.target]), [['www.google.com/url', 'https://evil.example.top/login']]);
  assert.deepEqual(facts.fileHost.map((f) => f.entry), ['firebasestorage.googleapis.com']);
  assert.deepEqual(facts.suspiciousTld.map((f) => f.tld), ['top']);
  // The destination inside a redirector is a URL of the message too (and an IOC).
  assert.ok(facts.extraction.urls.some((u) => u.url.href === 'https://evil.example.top/login'));
  assert.ok(facts.extraction.urls.some((u) => u.url.href === 'https://www.example.com/'));
});

test('data: and javascript: URLs, forms to other hosts, password forms, meta refresh', () => {
  const facts = analyse({
    from: 'support@bank.example',
    links: [
      { kind: 'a', href: 'data:text/html;base64,PGgxPkxvZ2luPC9oMT4=' },
      { kind: 'img', href: 'data:image/png;base64,iVBORw0KGgo=' },
      { kind: 'a', href: 'javascript:document.location="https://evil.top"' },
      { kind: 'form', href: 'https://collect.evil.top/post.php', method: 'post', hasPassword: true },
      { kind: 'form', href: 'https://www.bank.example/search', method: 'get' },
      { kind: 'form', href: '', hasPassword: true },
      { kind: 'meta-refresh', href: '0; url=https://evil.top/landing' },
    ],
  });
  assert.deepEqual(facts.dataUri.map((f) => f.mediaType), ['text/html']);
  assert.equal(count(facts, 'javascriptUri'), 1);
  assert.deepEqual(facts.forms.map((f) => [f.actionDomain, f.external, f.hasPassword]), [
    ['evil.top', true, true],
    ['', false, true],
  ]);
  assert.deepEqual(facts.metaRefresh.map((f) => f.href), ['https://evil.top/landing']);
});

test('a search box (one field named like a query, no password) is not a form that collects data (session 17)', () => {
  const forms = (form: { href: string; method?: string; hasPassword?: boolean; fields?: string[] }) =>
    analyse({ from: 'news@sender.example.com', links: [{ kind: 'form', ...form }] }).forms.map((f) => f.actionDomain);
  assert.deepEqual(forms({ href: 'http://www.search.example.net/redirect/', method: 'get', fields: ['q'] }), []);
  assert.deepEqual(forms({ href: 'http://investor.example.net/quote', fields: ['symbol'] }), []);
  assert.deepEqual(forms({ href: 'http://www.lists.example.net/cgi-bin/htsearch', method: 'post', fields: ['words'] }), []);
  assert.deepEqual(forms({ href: 'http://shop.example.net/search_gen_top.php', method: 'get', fields: ['form_keyword'] }), []);
  assert.deepEqual(forms({ href: 'http://www.example.net/signup', method: 'post', fields: ['xxdesxxemail_address'] }), ['example.net']);
  assert.deepEqual(forms({ href: 'http://www.example.net/ask', method: 'post', fields: ['question'] }), ['example.net']);
  assert.deepEqual(forms({ href: 'http://collect.evil.top/v', method: 'get', fields: ['email'] }), ['evil.top']);
  assert.deepEqual(forms({ href: 'http://collect.evil.top/v', method: 'get', fields: ['q', 'card'] }), ['evil.top']);
  assert.deepEqual(forms({ href: 'http://collect.evil.top/v', method: 'get', hasPassword: true, fields: ['q'] }), ['evil.top']);
  assert.deepEqual(forms({ href: 'http://collect.evil.top/v', method: 'get' }), ['evil.top']);
});

test('web bugs: 1×1 or hidden remote images, not ordinary images', () => {
  const facts = analyse({
    links: [
      { kind: 'img', href: 'https://t.example.net/open.gif', width: 1, height: 1 },
      { kind: 'img', href: 'https://t.example.net/p.png', hidden: true },
      { kind: 'img', href: 'https://cdn.example.net/logo.png', width: 200, height: 1 },
      { kind: 'img', href: 'https://cdn.example.net/hero.png' },
      { kind: 'img', href: 'cid:logo@x', width: 1, height: 1 },
    ],
  });
  assert.deepEqual(facts.webBugs.map((f) => f.href), ['https://t.example.net/open.gif', 'https://t.example.net/p.png']);
});

test('URLs come from HTML, plain text, rendered text and attachments, de-duplicated', () => {
  const facts = analyse({
    text: 'Plain: https://a.example/x and www.b.example.',
    visibleText: 'Rendered: https://a.example/x',
    html: '<p>…</p>',
    links: [{ href: 'https://a.example/x' }, { kind: 'srcset', href: 'https://c.example/1.png 1x, https://c.example/2.png 2x' }, { kind: 'css', href: "url('https://d.example/bg.png')" }],
    attachments: [
      { filename: 'invoice.html', declaredType: 'text/html', content: new TextEncoder().encode('<form action="https://e.example/p&#46;php">') },
      { filename: 'doc.pdf', declaredType: 'application/pdf', content: new TextEncoder().encode('<< /URI (https://f.example/pdf) >>') },
      { filename: 'photo.jpg', declaredType: 'image/jpeg', content: new TextEncoder().encode('https://g.example/not-scanned') },
    ],
  });
  assert.deepEqual(
    facts.extraction.urls.map((u) => u.url.href),
    ['https://a.example/x', 'https://c.example/1.png', 'https://c.example/2.png', 'https://d.example/bg.png', 'http://www.b.example/', 'https://e.example/p.php', 'https://f.example/pdf'],
  );
  assert.equal(facts.extraction.urls[0]?.occurrences.length, 3);
});

test('limits: many links stop at maxLinks and say so', () => {
  const links = Array.from({ length: 50 }, (_, i) => ({ href: `https://h${i}.example/` }));
  const facts = analyseLinks(message({ links }), { lists, limits: { maxLinks: 10, maxUrlLength: 8192, maxTextChars: 1000, maxAttachmentBytes: 1000, maxAttachments: 1 } });
  assert.equal(facts.extraction.links.length, 10);
  assert.equal(facts.extraction.limited, true);
});

test('cost: 5 MB of hostile HTML links and text analyse in linear time', () => {
  const hostileLinks = Array.from({ length: 2000 }, (_, i) => ({ href: `http://${'a.'.repeat(1200)}x${i}.com/?${'u=%25'.repeat(300)}`, text: `www.${'b.'.repeat(500)}com` }));
  const hostileText = `${'http://x.com/?q='.repeat(150_000)}${'www.'.repeat(500_000)}`;
  const cpuMs = cpuStopwatch();
  analyseLinks(message({ to: ['victim@example.jp'], links: hostileLinks, text: hostileText }), { lists, brands });
  const ms = cpuMs();
  assert.ok(ms < 10_000, `took ${ms.toFixed(0)} CPU ms`);
});
