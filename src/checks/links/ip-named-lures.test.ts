import { test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import assert from 'node:assert/strict';
import type { ScanReport } from '../../scan/report.js';
import { mail, scanner } from '../../test-support/classifier-free-scan.js';

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
      why: 'unlabelled, position 3,028: "Baixar Segunda Via do Boleto" with the download attribute on 239.125.168.184.host.secureserver.net',
    },
  ]);
});
