import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrandRegistry } from '../../brands/registry.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { decoySubdomainsCheck, generatedLabel, hostAsWritten } from './decoy-subdomains.js';

/**
 * Session 60 (issue 17 item 6, helper scam60): hidden decoy links to generated subdomains of a brand's domain
 * (decoy-subdomains.ts, URL_DECOY_BRAND_SUBDOMAINS and the composite URL_DECOY_BRAND_SUBDOMAINS_STRANGER). The lure rows are of
 * design sample-3381's shape in other words and brands; the must-not rows are the newsletter's and the person's links that
 * look closest: tracking pixels, icon and social links with one-character or empty anchors, a tracker's lower-case host, a
 * storage bucket, a generated label under a domain no brand owns, one decoy alone.
 */
const registry = buildBrandRegistry([], true);
const check = decoySubdomainsCheck(registry);
function eml(html: string, from = 'Sender <news@shop.example>'): Uint8Array {
  return new TextEncoder().encode([`From: ${from}`, 'To: reader@mailbox.example', 'Subject: hello', 'Date: Mon, 2 Jun 2025 07:58:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n'));
}
const fires = (html: string) => ((check.run(parseMessage(eml(html), DEFAULT_PARSE_OPTIONS), {} as never) as { findings: { id: string }[] }).findings.length > 0);

test('generatedLabel and hostAsWritten', () => {
  assert.equal(generatedLabel('1psT1'), true);
  assert.equal(generatedLabel('cp36piD'), true);
  for (const label of ['www', 'click3', 'MyAccount', 'mail', 'S3', 'us-east-2', 'ABC123']) assert.equal(generatedLabel(label), false, label);
  assert.equal(hostAsWritten('https://www.1psT1.google.com/maps/@bXmUL0'), 'www.1psT1.google.com');
  assert.equal(hostAsWritten(' //Ab3x.youtube.com?z'), 'Ab3x.youtube.com');
  assert.equal(hostAsWritten('http://user:pw@Qz9k.microsoft.com:8080/x'), 'Qz9k.microsoft.com');
  assert.equal(hostAsWritten('mailto:a@b.example'), null);
  assert.equal(hostAsWritten('/relative/path'), null);
});

test('decoy subdomains: hidden links to generated subdomains of brands, and the links that look closest (table)', () => {
  const pitch = '<div dir="ltr">Get BTC and invest today. <a href="https://docs.google.com/drawings/d/18wx/preview">https://docs.google.com/drawings/d/18wx/preview</a>';
  const rows: { name: string; html: string; fires: boolean }[] = [
    { name: 'two full stops to generated google / youtube subdomains (3381 shape)', html: `${pitch}<a href="https://www.1psT1.google.com/maps/@bXmUL0">.</a> <a href="https://www.cp36piD.youtube.com/?z">.</a></div>`, fires: true },
    { name: 'empty anchors to generated microsoft / apple subdomains', html: `<p>Your bonus is ready.</p><a href="https://Kq7wZt.microsoft.com/"></a><a href="http://mN4xPq.apple.com/a"> </a>`, fires: true },
    { name: 'three one-letter anchors under one brand', html: `<p>Hi</p><a href="https://a1B2c.google.com/">a</a><a href="https://Zx9Yw.google.com/">b</a><a href="https://p0Oq8R.google.com/">c</a>`, fires: true },
    { name: 'one decoy alone', html: `${pitch}<a href="https://www.1psT1.google.com/maps">.</a></div>`, fires: false },
    { name: 'a newsletter\'s tracking pixels and icon links', html: '<p>News</p><img src="https://t.shop.example/o/Ab3xYz9.gif" width="1" height="1"><a href="https://www.facebook.com/shop"><img src="https://cdn.shop.example/fb.png"></a><a href="https://twitter.com/shop"><img src="https://cdn.shop.example/tw.png"></a>', fires: false },
    { name: 'social icons with one-character anchors', html: '<p>Follow us</p><a href="https://www.facebook.com/shop">f</a> <a href="https://www.instagram.com/shop">i</a> <a href="https://www.youtube.com/@shop">y</a> <a href="https://www.linkedin.com/company/shop">in</a>', fires: false },
    { name: 'a tracker\'s lower-case subdomains on empty anchors', html: '<p>Deals</p><a href="https://click3.ebay.com/x?y=Ab3"></a><a href="https://rover2.ebay.com/r/1"></a>', fires: false },
    { name: 'storage buckets on empty anchors', html: '<p>Files</p><a href="https://mkrousmni.s3.us-east-2.amazonaws.com/a.html"></a><a href="https://s3.us-east-2.amazonaws.com/b/c.html"></a>', fires: false },
    { name: 'generated labels under a domain no brand owns (not this reading)', html: '<p>x</p><a href="https://MPfXiifROU1.urbanabode.example/">.</a><a href="https://qUlfU0Q6ZP.urbanabode.example/">.</a>', fires: false },
    { name: 'generated subdomains on visible words', html: '<p>See <a href="https://Ab3xYz.google.com/">our map</a> and <a href="https://Qw9Er.youtube.com/">our video</a></p>', fires: false },
    { name: 'CamelCase service names without digits on empty anchors', html: '<p>x</p><a href="https://MyAccount.google.com/"></a><a href="https://Support.Apple.com/"></a>', fires: false },
  ];
  for (const row of rows) assert.equal(fires(row.html), row.fires, row.name);
});

test('decoy subdomains from free mail → URL_DECOY_BRAND_SUBDOMAINS_STRANGER, flagged; from a shop\'s own domain: the link reading alone', async () => {
  const html = '<div dir="ltr">Bitcoin could reshape finance, start now. <a href="https://sites.google.com/view/x">https://sites.google.com/view/x</a><a href="https://www.Tr4kQ.google.com/maps/@Zz1">.</a> <a href="https://www.hP2mwX.youtube.com/?q">.</a></div>';
  const free = await trusted.scan({ source: 'decoy-subdomains.test', raw: mail('Alan Price <alan.price.inv7@gmail.com>', 'digital assets', html) });
  assert.ok(ids(free).includes('URL_DECOY_BRAND_SUBDOMAINS_STRANGER'), ids(free).join(', '));
  assert.notEqual(free.verdict, 'clean', `${free.score}: ${ids(free).join(', ')}`);
});
