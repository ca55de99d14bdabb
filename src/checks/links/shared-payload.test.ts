import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { payloadNamedIn } from './lures.js';

/**
 * Issue 17 (session 15): a share page on a file host (Drive, OneDrive, Dropbox, MEGA, WeTransfer) shows no file name in its
 * address; the link's text or the words beside it name the archive or program it hands over. Such a link is a download
 * of that file (URL_PAYLOAD_DOWNLOAD); a link whose own text names one is, on any host.
 */
test('payloadNamedIn: a file name with an archive or program ending, or a bare ending when allowed', () => {
  const text = /\.(?:exe|zip|7z|rar|iso)(?![\p{L}\p{N}_])/giu;
  const table: [string, boolean, string | undefined][] = [
    ['Rechnung_2291.7z (2,3 MB)', false, 'Rechnung_2291.7z'],
    ['download: Invoice 2291.pdf.exe', false, '2291.pdf.exe'],
    ['請求書_2291.zip をダウンロード', false, '請求書_2291.zip'],
    ['download the document (.exe)', true, '.exe'],
    ['download the document (.exe)', false, undefined],
    ['the photos.zipper and www.example.isolated', true, undefined],
    ['Fotos vom Sommerfest', true, undefined],
    ['.ZIP', true, '.ZIP'],
  ];
  for (const [s, bare, expected] of table) assert.equal(payloadNamedIn(s, text, bare), expected, s);
});

test('payloadNamedIn: hostile text is read to 400 characters only, a name 80 characters back', () => {
  const text = /\.(?:exe|zip)(?![\p{L}\p{N}_])/giu;
  assert.equal(payloadNamedIn('a'.repeat(32 * 1024) + '.zip', text, true), undefined);
  assert.equal(payloadNamedIn('a.zip'.repeat(8 * 1024), text, false)?.length, 84); // the last ending in the first 400 characters
  assert.equal(payloadNamedIn('.exe '.repeat(8 * 1024), text, false), undefined);
  assert.equal(payloadNamedIn('x'.repeat(120) + '.exe', text, false), 'x'.repeat(80) + '.exe');
});

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
const html = (body: string) => ['Content-Type: text/html; charset=utf-8', '', `<html><body>${body}</body></html>`];
const plain = (body: string) => ['Content-Type: text/plain; charset=utf-8', '', body];
const mail = (from: string, subject: string, part: string[]) =>
  new TextEncoder().encode([`From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, 'Date: Mon, 2 Jun 2025 10:00:00 +0200', 'MIME-Version: 1.0', ...part, ''].join('\r\n'));
const DRIVE = 'https://drive.google.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV/view?usp=sharing';
const ONEDRIVE = 'https://1drv.ms/u/s!AkX29sLq81PgaQ';
const SHAREPOINT = 'https://contoso-my.sharepoint.com/:u:/g/personal/anna_contoso_com/EaBcD3eF4gH5iJ?e=Xk29sL';

const rows: { name: string; raw: Uint8Array; expect: string[]; forbid: string[]; file?: RegExp; verdict?: string }[] = [
  {
    name: 'Drive share page, the anchor names the archive (en)', raw: mail('Accounts <billing@invoices-portal.shop>', 'Invoice INV-2291', html(`<p>Your invoice INV-2291 is ready.</p><p><a href="${DRIVE}">Invoice_2291.zip</a></p><p>Payment is due this week.</p>`)),
    expect: ['URL_PAYLOAD_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'], forbid: ['URL_FILE_HOST_DOWNLOAD'], file: /Invoice_2291\.zip \(the link text\)/, verdict: 'malware',
  },
  {
    name: 'OneDrive share link under the archive\'s name (de)', raw: mail('Buchhaltung <rechnung@zahlung-service.top>', 'Rechnung Nr. 2291', plain(`Guten Tag,\n\nIhre Rechnung Nr. 2291 steht bereit:\nRechnung_2291.7z (2,3 MB)\n${ONEDRIVE}\n\nBitte begleichen Sie den Betrag bis Freitag.`)),
    expect: ['URL_PAYLOAD_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'], forbid: [], file: /Rechnung_2291\.7z \(the text around the link\)/, verdict: 'malware',
  },
  {
    name: 'SharePoint share, "download the document (.exe)" (en)', raw: mail('Scan Service <scanner@office-docs.online>', 'Scanned document', plain(`A document was scanned for you.\nDownload the document (.exe): ${SHAREPOINT}\n`)),
    expect: ['URL_PAYLOAD_DOWNLOAD'], forbid: [], file: /\.exe \(the text around the link\)/,
  },
  {
    name: 'Drive share page, Portuguese letter naming a .rar', raw: mail('Financeiro <financeiro@boletos-online.top>', 'Fatura 2291', plain(`Olá,\n\nsua fatura 2291 está disponível. Baixar a fatura Fatura_2291.rar:\n${DRIVE}\n\nO vencimento é nesta semana.`)),
    expect: ['URL_PAYLOAD_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'], forbid: [], verdict: 'malware',
  },
  {
    name: 'an anchor on any host naming a program', raw: mail('Support <help@mailer-notify.example>', 'Your document', html(`<p>Open your document: <a href="https://docs-viewer.online/d?id=2291">Document_2291.pdf.exe</a></p>`)),
    expect: ['URL_PAYLOAD_DOWNLOAD'], forbid: [],
  },
  {
    name: 'must not: a colleague shares photos on Drive (a PDF named beside the link)', raw: mail('Anna Weber <anna.weber@kessler-handel.de>', 'Fotos vom Sommerfest', plain(`Hallo zusammen,\nhier die Fotos vom Sommerfest und das Programm (Programm.pdf): ${DRIVE}\nViele Grüße\nAnna`)),
    expect: [], forbid: ['URL_PAYLOAD_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'],
  },
  {
    name: 'must not: a developer mentions Node.js beside a Drive link', raw: mail('Dev List <dev@lists.example.org>', 'build notes', plain(`The build needs Node.js 20 and index.js; notes: ${DRIVE}\n`)),
    expect: [], forbid: ['URL_PAYLOAD_DOWNLOAD'],
  },
  {
    name: 'must not: an archive named far from the link (another paragraph)', raw: mail('Anna Weber <anna.weber@kessler-handel.de>', 'Unterlagen', plain(`Hallo,\ndas alte Archiv backup_2019.zip habe ich gelöscht.${' Und noch etwas zur Planung.'.repeat(8)}\n\nHier der Ordner: ${DRIVE}\nGrüße`)),
    expect: [], forbid: ['URL_PAYLOAD_DOWNLOAD'],
  },
  {
    name: 'must not: a newsletter anchor naming a page', raw: mail('News <news@shop.example>', 'News', html(`<p><a href="https://shop.example/x">shop.example/news.html</a> and <a href="https://drive.google.com/file/d/1aB2/view">Katalog.pdf</a></p>`)),
    expect: [], forbid: ['URL_PAYLOAD_DOWNLOAD'],
  },
  // Session 17: a one-file share page the letter asks to download (no file named) is a download of it.
  {
    name: 'Drive share page under "Download the invoice here:" (en)', raw: mail('Accounts <billing@invoices-portal.shop>', 'Invoice INV-2291', plain(`Hello,\n\nyour invoice INV-2291 is ready. Download the invoice here:\n${DRIVE}\n\nPayment is due this week.`)),
    expect: ['URL_FILE_HOST_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'], forbid: ['URL_PAYLOAD_DOWNLOAD'], verdict: 'malware',
  },
  {
    name: 'OneDrive share page as an anchor "Rechnung herunterladen" (de)', raw: mail('Buchhaltung <rechnung@zahlung-service.top>', 'Rechnung Nr. 2291', html(`<p>Guten Tag,</p><p>Ihre Rechnung Nr. 2291 steht bereit: <a href="${ONEDRIVE}">Rechnung herunterladen</a></p>`)),
    expect: ['URL_FILE_HOST_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'], forbid: [], verdict: 'malware',
  },
  {
    name: 'must not: a share page offered to be viewed, not downloaded', raw: mail('Accounts <billing@invoices-portal.shop>', 'Invoice INV-2291', plain(`Hello,\n\nyour invoice INV-2291 is ready. View the invoice here:\n${DRIVE}\n`)),
    expect: [], forbid: ['URL_FILE_HOST_DOWNLOAD'],
  },
  {
    name: 'must not: a Drive folder to download from (a folder, not one file)', raw: mail('Anna Weber <anna.weber@kessler-handel.de>', 'Fotos', plain('Hallo,\nhier könnt ihr die Fotos herunterladen:\nhttps://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV?usp=sharing\nGrüße')),
    expect: [], forbid: ['URL_FILE_HOST_DOWNLOAD'],
  },
  {
    name: 'must not: a download called for two paragraphs before the link', raw: mail('Anna Weber <anna.weber@kessler-handel.de>', 'Unterlagen', plain(`Hallo,\nbitte die neue App herunterladen.${' Und noch etwas zur Planung.'.repeat(8)}\n\nDas Protokoll: ${DRIVE}\nGrüße`)),
    expect: [], forbid: ['URL_FILE_HOST_DOWNLOAD'],
  },
];

for (const row of rows) {
  test(`share-page download: ${row.name}`, async () => {
    const r = await scanner.scan({ raw: row.raw, source: 'share.eml' });
    const ids = new Set(r.findings.filter((f) => !f.replacedBy).map((f) => f.id as string));
    const line = `${r.verdict} ${r.score}: ${r.findings.map((f) => `${f.id} ${f.evidence}`).join('\n')}`;
    for (const id of row.expect) assert.ok(ids.has(id), `${id} expected\n${line}`);
    for (const id of row.forbid) assert.ok(!ids.has(id), `${id} forbidden\n${line}`);
    if (row.file) assert.match(r.findings.find((f) => f.id === 'URL_PAYLOAD_DOWNLOAD')?.evidence ?? '', row.file);
    if (row.verdict) assert.equal(r.verdict, row.verdict, line);
  });
}
