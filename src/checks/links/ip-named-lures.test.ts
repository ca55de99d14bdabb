import { test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import assert from 'node:assert/strict';
import type { ScanReport } from '../../scan/report.js';
import { dmarcPass, mail, scanner, trusted } from '../../test-support/classifier-free-scan.js';

/**
 * Session 54 (det54): the link lures passed over every link the brand registry owns by its registrable domain, and a server named
 * after its address under a provider's domain (`239.125.168.184.host.secureserver.net`: GoDaddy's; `221.94.120.64.bc.
 * googleusercontent.com`: Google's) was read as the provider's own page — its download button, download attribute and sign-in words never
 * read. The unlabelled pot's 4848 (a boleto's "Baixar Segunda Via do Boleto" with the download attribute on such a host) showed it.
 * Such a host is a rented server (URL_IP_HOST's named hosts), elsewhere than any brand; the provider's own hosts stay its own.
 */

/** Every id of the report, those a composite replaced included. */
const allIds = (r: ScanReport): string[] => r.findings.map((f) => f.id);
const FROM = 'Cobranca <contato@billing-notice.example.com>';
const BUTTON = (href: string, words: string, attribute = ''): string =>
  `<p>Detalhes da cobrança. O documento está disponível abaixo.</p><p><a href="${href}"${attribute}>${words}</a></p>`;

const rows: { name: string; href: string; words: string; attribute?: string; expected: string[]; forbidden: string[] }[] = [
  {
    name: 'pt: a boleto button with the download attribute on a GoDaddy-named server',
    href: 'https://239.125.168.184.host.secureserver.net/x/45626153000187', words: 'Baixar Segunda Via do Boleto', attribute: ' download=""',
    expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_BILLING_DOCUMENT_BUTTON', 'URL_DOWNLOAD_ATTRIBUTE', 'URL_IP_HOST'], forbidden: [],
  },
  {
    name: 'de: an invoice button on a Google Cloud machine\'s reverse name (googleusercontent.com, Google\'s)',
    href: 'http://221.94.120.64.bc.googleusercontent.com/rechnung/77', words: 'Rechnung herunterladen',
    expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_BILLING_DOCUMENT_BUTTON', 'URL_IP_HOST'], forbidden: [],
  },
  {
    name: 'en: an invoice button on an EC2 machine\'s name (a private suffix of the links\' reading: read before and still)',
    href: 'http://ec2-54-12-3-4.compute-1.amazonaws.com/invoice/77', words: 'Download invoice',
    expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_BILLING_DOCUMENT_BUTTON'], forbidden: [],
  },
  {
    name: 'en: a provider no brand owns was read before and still is',
    href: 'http://64-120-94-221.cloud.leaseweb.net/invoice/77', words: 'Download invoice',
    expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE'], forbidden: [],
  },
  // Must not: the provider's own sites are the brand's (a registered brand's link is passed over as before).
  {
    name: 'must not: GoDaddy\'s own help page',
    href: 'https://www.godaddy.com/help/invoice-77', words: 'Download invoice',
    expected: [], forbidden: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_BILLING_DOCUMENT_BUTTON', 'URL_IP_HOST'],
  },
  {
    name: 'must not: a named host of GoDaddy\'s own mail platform (secureserver.net), not numbered',
    href: 'https://email.secureserver.net/billing/invoice/77', words: 'Download invoice',
    expected: [], forbidden: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_BILLING_DOCUMENT_BUTTON', 'URL_IP_HOST'],
  },
];

test('a server named after its IP address under a brand\'s domain is elsewhere for the link lures; the brand\'s named hosts stay its own', async () => {
  for (const row of rows) {
    const got = allIds(await scanner.scan({ raw: mail(FROM, 'Boleto / invoice 77', BUTTON(row.href, row.words, row.attribute)), source: 'row.eml' }));
    for (const id of row.expected) assert.ok(got.includes(id), `${row.name}: expected ${id} in ${got.join(' ')}`);
    for (const id of row.forbidden) assert.ok(!got.includes(id), `${row.name}: ${id} must not fire (${got.join(' ')})`);
  }
});

test('corpus row: the unlabelled boleto on a GoDaddy-named server has its download button read (positions past draw 11)', async (t) => {
  const full = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
  await assertCorpusRows(t, full, [
    {
      file: 'sample-4848.eml', expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_DOWNLOAD_ATTRIBUTE', 'URL_BILLING_DOCUMENT_BUTTON', 'URL_IP_HOST'], forbidden: [],
      why: 'design (draw 17), position 3,028: "Baixar Segunda Via do Boleto" with the download attribute on 239.125.168.184.host.secureserver.net',
    },
  ]);
});

/**
 * Session 60 (helper draw17d): a document's download button whose link carries the download attribute to a server named only by its
 * address (or a page in cloud storage) is URL_MALWARE_DOCUMENT_BUTTON whatever the letter's words, list headers or throwaway
 * domain's DMARC say — a boleto's "segunda via" is a payment word (CONTENT_CATEGORY_PHISHING), which kept design 4848 (draw 17,
 * labelled malware) at phishing. Such a link's words name the file it saves, not a page to type into: no URL_SIGNIN_PAGE_ELSEWHERE
 * from them. Not when a password is asked, not from the brand's own domain, not without the attribute or without the no-name server.
 */
const LIST = ['List-Unsubscribe: <mailto:unsub@billing-notice.example.com>'];
const BOLETO = (href: string, attribute: string): string =>
  `<p>Cobrança. Detalhes da Cobrança. Razão Social: FULANO DE TAL.</p><p><a href="${href}"${attribute}>Baixar Segunda Via do Boleto</a></p>` +
  '<p>Observação: tentamos contato pelo telefone e não tivemos resposta. O boleto está vencido desde 24/01/2025.</p>';
const saveRows: { name: string; from: string; subject: string; html: string; extra?: string[]; trust?: boolean; malware: boolean }[] = [
  {
    name: 'pt: an overdue boleto\'s "second copy" saved from a GoDaddy-named server, list headers and the sender\'s DMARC passing',
    from: FROM, subject: 'Boleto Vencendo Hoje', html: BOLETO('https://239.125.168.184.host.secureserver.net/reader@mailbox.example/45626153000187', ' download'),
    extra: [...LIST, ...dmarcPass('billing-notice.example.com')], trust: true, malware: true,
  },
  {
    name: 'en: an invoice saved from a bare address',
    from: 'Accounts <billing@invoices-now.example>', subject: 'Invoice 2291 overdue',
    html: '<p>Your invoice 2291 is overdue. Please pay today.</p><p><a href="http://198.51.100.23/inv/2291" download>Download invoice</a></p>', malware: true,
  },
  {
    name: 'es: a factura saved from a bare address, list headers',
    from: 'Facturación <no-reply@facturas-online.example>', subject: 'Su factura vencida',
    html: '<p>Su factura está vencida. Pague hoy.</p><p><a href="http://198.51.100.24/f/77" download="">Descargar factura</a></p>', extra: LIST, malware: true,
  },
  // Must not.
  {
    name: 'must not: the same boleto button without the download attribute (a page), list headers: stays a payment lure, not malware',
    from: FROM, subject: 'Boleto Vencendo Hoje', html: BOLETO('https://239.125.168.184.host.secureserver.net/reader@mailbox.example/45626153000187', ''),
    extra: LIST, malware: false,
  },
  {
    name: 'must not: a billing platform\'s own named host with the download attribute (no server by number)',
    from: 'Faturas <faturas@energia-exemplo.example>', subject: 'Sua fatura de junho',
    html: '<p>Sua fatura de junho está disponível.</p><p><a href="https://faturas.energia-exemplo.example/segunda-via/77" download>Baixar segunda via da fatura</a></p>',
    extra: [...LIST, ...dmarcPass('energia-exemplo.example')], trust: true, malware: false,
  },
  {
    name: 'must not: a shop\'s receipt PDF saved from its CDN by number-free name',
    from: 'Shop <orders@shop.example>', subject: 'Your receipt',
    html: '<p>Thanks for your order.</p><p><a href="https://cdn.shop-files.example/receipts/77.pdf" download>Download receipt</a></p>', malware: false,
  },
  {
    name: 'must not: a bare-address "download" that asks for the password on a sign-in host',
    from: 'Accounts <billing@invoices-now.example>', subject: 'Invoice 2291',
    html: '<p>Sign in to download your invoice.</p><p><a href="https://login-secure.invoices-portal.example/signin">Sign in</a> <a href="http://198.51.100.23/inv/2291" download>Download invoice</a></p>', malware: false,
  },
];

test('URL_MALWARE_DOCUMENT_BUTTON (session 60): a document saved by the download attribute from a server with no name, whatever the words; must-not rows', async () => {
  for (const row of saveRows) {
    const r = await (row.trust ? trusted : scanner).scan({ raw: mail(row.from, row.subject, row.html, row.extra ?? []), source: 'row.eml' });
    const got = allIds(r);
    if (row.malware) {
      // The button's composite, or the stronger document-page one that excludes it (a letter of the malware lures' own errand).
      assert.ok(got.includes('URL_MALWARE_DOCUMENT_BUTTON') || got.includes('URL_MALWARE_DOCUMENT_PAGE'), `${row.name}: expected URL_MALWARE_DOCUMENT_BUTTON in ${got.join(' ')}`);
      assert.equal(r.verdict, 'malware', `${row.name}: ${r.verdict} ${got.join(' ')}`);
    } else {
      assert.ok(!got.includes('URL_MALWARE_DOCUMENT_BUTTON'), `${row.name}: URL_MALWARE_DOCUMENT_BUTTON must not fire (${got.join(' ')})`);
      assert.notEqual(r.verdict, 'malware', `${row.name}: ${got.join(' ')}`);
    }
  }
});

test('corpus row (session 60): design 4848, the boleto saved from a GoDaddy-named server, is malware', async (t) => {
  const full = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
  await assertCorpusRows(t, full, [
    {
      file: 'sample-4848.eml', expected: ['URL_MALWARE_DOCUMENT_BUTTON', 'URL_DOWNLOAD_ATTRIBUTE', 'URL_IP_HOST'], forbidden: ['URL_SIGNIN_PAGE_ELSEWHERE'], verdict: 'malware',
      why: 'design (draw 17), labelled malware: "Baixar Segunda Via do Boleto" with the download attribute on 239.125.168.184.host.secureserver.net',
    },
  ]);
});
