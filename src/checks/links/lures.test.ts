import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceInDisplayName } from '../sender/identity.js';
import type { ParsedMessage } from '../../mail/types.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildLinkLists } from '../../links/lists/index.js';
import type { LinkOccurrence } from '../../links/extract.js';
import { appDownloadAsked, desktopOnlyGate, disguisedPayloadName, documentButton, documentFileName, enableContentStep, downloadHostLabel, isFileHostDownload, payloadInQuery, remoteFolderLocations, textPayloadEndingPatterns, transferUpload, wordsOf } from './lures.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

test('wordsOf: percent-escapes decoded, accents dropped, letters and digits split, hyphenated words kept', () => {
  const table: [string, string[]][] = [
    ['/servlet/url_login?email=a', ['servlet', 'url', 'login', 'email', 'a']],
    ['/Acess%C3%A1r/Conta', ['acessar', 'conta']],
    ['/wp-login.php', ['wp-login', 'php']],
    ['/login4/x', ['login', '4', 'x']],
    ['/%E0%A4%/broken', ['e', '0', 'a', '4', 'broken']],
  ];
  for (const [input, expected] of table) assert.deepEqual(wordsOf(input), expected, input);
});

test('referenceInDisplayName: case, order and protocol numbers, not names, years or short codes', () => {
  const table: [string, string | undefined][] = [
    ['Statement-53231606', '53231606'],
    ['Bestelling: 98UJ19', '98UJ19'],
    ['[ Ourocard ] - Protocolo: 557167787935906', '557167787935906'],
    ['YCMAS83NHCA', 'YCMAS83NHCA'],
    ['Lockergnome Tech Specialist', undefined],
    ['Shop 2024', undefined],
    ['HP OfficeJet 6500A', undefined],
    ['MP3 Club', undefined],
    ['Maria de Souza', undefined],
  ];
  for (const [name, expected] of table) assert.equal(referenceInDisplayName(name), expected, name);
});

test('a path ending in a domain or an address is no download; one ending in a program or archive is', async () => {
  const { defaultConfig } = await import('../../config/load.js');
  const { createScanner } = await import('../../runtime/index.js');
  const scanner = await createScanner({ config: defaultConfig() });
  const mail = (href: string) =>
    new TextEncoder().encode(
      ['From: Shop <news@shop.example>', 'To: a@example.org', 'Subject: hello', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', `<p><a href="${href}">here</a></p>`, ''].join('\r\n'),
    );
  const table: [string, boolean][] = [
    ['http://getyest.example/fwd/P2Q9MzE1/rodrigo@hotmail.com', false],
    ['https://go.example.net/pspxwvl.amazonaws.com', false],
    ['https://files.example.net/Invoice_4410.zip', true],
    ['https://files.example.net/setup.EXE', true],
    ['https://files.example.net/doc.pdf.js', true],
    ['https://files.example.net/report.pdf', false],
    ['https://files.example.net/Secure%20Mail.mobileconfig', true], // an Apple configuration profile installs what it carries
    ['https://files.example.net/enterprise.mobileprovision', true],
    ['https://files.example.net/WalletPro.ipa', true], // an iOS app package, sideloaded with a profile
    ['https://files.example.net/ipa-phonetic-chart.html', false],
    ['https://files.example.net/mobileconfig-guide.html', false],
    // Session 19: control-panel items, consoles, help files, library descriptions, tar-family archives; not an internet shortcut.
    ['https://files.example.net/Invoice_2291.cpl', true],
    ['https://files.example.net/Report.msc', true],
    ['https://files.example.net/Manual.chm', true],
    ['https://files.example.net/Documents.library-ms', true],
    ['https://files.example.net/backup.tar', true],
    ['https://files.example.net/Liberalism%20in%20America.url', false],
  ];
  for (const [href, payload] of table) {
    const r = await scanner.scan({ raw: mail(href), source: 't.eml' });
    assert.equal(r.findings.some((f) => f.id === 'URL_PAYLOAD_DOWNLOAD'), payload, href);
  }
});

test('payloadInQuery: a query value that is a program or archive file name; not URLs, pages, documents or pictures', () => {
  const table: [string, string | undefined][] = [
    ['file=Fatura_2291.zip', 'Fatura_2291.zip'],
    ['id=7&f=%2Fd%2Fsetup.msi', 'setup.msi'],
    ['name=Intimacao+Judicial.hta', 'Intimacao Judicial.hta'],
    ['f=..%5Cbin%5Cx.exe', 'x.exe'],
    ['path=C%3A%5Cx.exe', undefined], // a scheme-like start (a drive letter, a URL) is not a served name
    ['url=https%3A%2F%2Fcdn.example%2Fapp.zip', undefined], // a redirect's URL is a URL of its own
    ['file=report.pdf', undefined],
    ['profile=VPN-Setup.mobileconfig', 'VPN-Setup.mobileconfig'],
    ['utm_campaign=mobileconfig', undefined],
    ['download=WalletPro.ipa', 'WalletPro.ipa'],
    ['img=logo.png&v=3', undefined],
    ['page=index.php', undefined],
    ['utm_source=newsletter&utm_campaign=zip', undefined],
    ['', undefined],
    [`${'a=1&'.repeat(8)}f=x.exe`, undefined], // only the first eight values are read
  ];
  for (const [query, expected] of table) assert.equal(payloadInQuery(query), expected, query);
});

test('isFileHostDownload: direct downloads of file hosts, not their share or preview pages', () => {
  const table: [string, string, boolean][] = [
    ['drive.google.com', '/uc?export=download&id=1AbC', true],
    ['drive.google.com', '/u/0/uc?id=1AbC&export=download', true],
    ['drive.usercontent.google.com', '/download?id=1AbC', true],
    ['www.dropbox.com', '/s/8f3a/Fatura.pdf?dl=1', true],
    ['dl.dropboxusercontent.com', '/s/8f3a/x', true],
    ['github.com', '/someone/tool/releases/download/v1.2/tool.bin', true],
    ['cdn.discordapp.com', '/attachments/1/2/Nota_Fiscal', true],
    ['www.mediafire.com', '/file/abc123/Comprovante/file', true],
    ['contoso.sharepoint.com', '/personal/x/_layouts/15/download.aspx?share=abc', true],
    ['we.tl', '/t-Xk29sLq81P', true],
    ['wetransfer.com', '/downloads/4f2a9c1d/8e7b', true],
    ['we.tl', '/', false],
    ['drive.google.com', '/file/d/1AbC/view', false],
    ['www.dropbox.com', '/s/8f3a/Fatura.pdf?dl=0', false],
    ['github.com', '/someone/tool/releases', false],
    ['docs.google.com', '/document/d/1AbC/edit', false],
    ['www.mediafire.com', '/', false],
    ['files.example.net', '/download/x', false],
    // Session 21: one-file pages of more hosts; their share pages are not direct downloads.
    ['send.cm', '/d/Xk29sLq81Pga', true],
    ['files.fm', '/f/k2x8w0q1ab', true],
    ['krakenfiles.com', '/view/Xk29sLq81P/file.html', true],
    ['filetransfer.io', '/data-package/Xk29sLq8/download', true],
    ['send.cm', '/', false],
    ['files.fm', '/u/k2x8w0q1ab', false],
    ['u.pcloud.link', '/publink/show?code=XZk29', false],
    ['disk.yandex.com', '/d/Xk29sLq81PgaQ', false],
    // Session 23: code hosts' attachment and download stores; not their repositories, issues or release pages.
    ['github.com', '/user-attachments/files/17762913/Invoice_2291', true],
    ['gitlab.com', '/northwind/tools/uploads/0123456789abcdef0123456789abcdef/Invoice_2291', true],
    ['bitbucket.org', '/northwind/tools/downloads/Invoice_2291', true],
    ['github.com', '/user-attachments/assets/5b2c', false],
    ['gitlab.com', '/northwind/tools/-/issues/12', false],
    ['bitbucket.org', '/northwind/tools/downloads/', false],
  ];
  // Twice: the second round reads each host's rows from the memory of the first (per host, whatever the path).
  for (let round = 0; round < 2; round++) for (const [host, where, expected] of table) assert.equal(isFileHostDownload(host, where), expected, `${host}${where}`);
});

test('downloadHostLabel: a host named for downloads or installers; not product, news or mail hosts', () => {
  const table: [string, string, string | undefined][] = [
    ['download.exodusupdate.app', 'exodusupdate.app', 'download'],
    ['dl.wallet-desktop.example', 'wallet-desktop.example', 'dl'],
    ['setup.ledger-live.example', 'ledger-live.example', 'setup'],
    ['update.comfed-bank.example', 'comfed-bank.example', undefined], // account-update phishing pages live there too
    ['www.rabby-download.example', 'rabby-download.example', 'rabby-download'],
    ['download.example', 'download.example', 'download'],
    ['get.videolan.example', 'videolan.example', undefined],
    ['desktop.wallet.example', 'wallet.example', undefined],
    ['www.updatemag.example', 'updatemag.example', undefined],
    ['news.download-news.example.com', 'example.com', undefined], // a label that only contains the word, below the domain
    ['mail.example.com', 'example.com', undefined],
  ];
  for (const [host, domain, expected] of table) assert.equal(downloadHostLabel(host, domain), expected, host);
});

test('desktopOnlyGate: a Windows or desktop computer as the condition for opening a document; not software talk or "best viewed" footers', () => {
  const rows: [text: string, gate: boolean][] = [
    ['Download your tax statement.\nNotice: For security reasons, this statement must be opened on a Windows laptop or desktop computer.', true],
    ['Note: The document is optimized for viewing on Windows PCs/laptops.', true],
    ['Note: For best viewing experience and security, we recommend opening the document on a trusted desktop or laptop device.', true],
    ['Security requirement: sensitive tax documents must be accessed via a desktop workstation. Mobile is not supported.', true],
    ['If you are reading this email on your phone, please switch to a laptop device to access and review the document.', true],
    ['O extrato deve ser aberto somente em um computador com Windows.', true],
    ['Die Rechnung lässt sich nur auf einem Windows-PC öffnen.', true],
    // "Recommend" phrasings outside English count for Windows or for security, as in English.
    ['Por motivos de segurança, recomendamos abrir o documento em um computador com Windows.', true],
    ['Por razones de seguridad, recomendamos abrir la factura en un ordenador con Windows.', true],
    ['Pour des raisons de sécurité, nous recommandons d’ouvrir le document sur un ordinateur avec Windows.', true],
    ['Aus Sicherheitsgründen wird empfohlen, das Dokument auf einem Windows-PC zu öffnen.', true],
    ['Om veiligheidsredenen wordt aanbevolen het document te openen op een Windows-pc.', true],
    ['Para uma melhor experiência, recomendamos visualizar o extrato em um computador ou notebook.', false], // a bigger screen
    ['Wir empfehlen, die Rechnung am Computer oder Laptop anzusehen, dort ist sie besser lesbar.', false],
    // Japanese: no word boundaries, sentences end in 。.
    ['ご確認ください。このファイルはWindowsパソコンでのみ開くことができます。', true],
    ['セキュリティのため、添付の請求書はパソコンで開くことを推奨します。', true],
    ['スマートフォンでは表示できません。明細はパソコンでご確認ください。', false], // the condition and the computer in two sentences
    ['このメールはパソコンでの閲覧に最適化されています。', false], // a newsletter footer: no document, no security
    ['パソコンとスマートフォンの両方でご利用いただけます。', false],
    ["I don't have a Windows machine, so it becomes problematic to convert them.", false],
    ['Storage products for desktop computers, storage systems and servers.', false],
    ['This email is best viewed in a browser.', false],
    ['Our app runs on Windows PCs and Macs alike.', false],
    ['For the best viewing experience, we recommend viewing your statement on a desktop or laptop computer.', false], // a bigger screen, not a gate
    ['Our installer requires a Windows PC. Download it now and save 20%.', false], // software, not a document
    // A version number or "personal" between the words does not hide the computer.
    ['For your protection, please note the statement can only be opened on a laptop or personal computer.', true],
    ['The invoice must be opened on a Windows 11 PC.', true],
    ['Das Dokument kann nur auf einem Windows 10 Computer geöffnet werden.', true],
    ['Our new Windows 11 PC range ships with a free laptop bag.', false], // no document, no condition
    ['The report reads well on any laptop or personal computer.', false], // no condition
  ];
  for (const [text, gate] of rows) assert.equal(desktopOnlyGate(text) !== undefined, gate, text);
});

test('desktopOnlyGate, issue 17: a request to open, view or download a document on a Windows computer; not "open source", "open for business", software or every device', () => {
  const rows: [text: string, gate: boolean][] = [
    ['Your 2025 tax statement is ready.\nPlease open the document on a Windows computer.', true],
    ['Your statement is attached. Please open it on a Windows computer.', true], // the pronoun's document in the sentence before
    ['Open the attached invoice on a Windows PC, not on a phone or Mac.', true], // other devices ruled out
    ['For security reasons, download your statement on a desktop or laptop computer.', true], // no Windows: for security
    ['Por favor, abra o arquivo em um computador com Windows.', true],
    ['Sua fatura está disponível. Abra-o em um computador com Windows.', true],
    ['Veuillez ouvrir le fichier sur un ordinateur Windows.', true],
    ['Ouvrez la facture sur un ordinateur sous Windows.', true],
    ['Bitte öffnen Sie die Datei auf einem Windows-PC.', true],
    ['Bitte die Rechnung auf einem Windows-PC öffnen.', true], // the verb last
    ['Su factura electrónica está lista. Ábrala en una computadora con Windows.', true],
    ['Por favor, abra el archivo en un PC con Windows.', true],
    ['Open het document op een Windows-computer.', true],
    ['Gelieve de factuur op een Windows-pc te openen.', true],
    ['Apra il file su un computer Windows.', true],
    ['Si prega di aprire la fattura su un PC Windows.', true],
    ['請求書はWindowsパソコンで開いてください。', true],
    ['書類をお送りしました。WindowsのPCで開いてください。', true],
    // Not a request to open a document there.
    ['Open source document management software for Windows PCs.', false],
    ['Our office is open for business: bring your documents to any Windows computer lab.', false],
    ['We have open positions for document specialists with Windows desktop experience.', false],
    ['Open to all: the document library now works on Windows computers.', false],
    ['This week: open files on a Windows PC faster, and new PDF tricks.', false], // a headline, no request
    ['IT notice: please install the update on your Windows PC. Download the file from the vendor site.', false],
    ['Open the installer file on a Windows PC and follow the steps.', false], // software
    ['Download the setup file on your Windows computer.', false],
    ['Öffnen Sie die Installationsdatei auf einem Windows-PC.', false],
    ['Access or download your files on your Windows PC, Mac, iPhone or Android phone.', false], // every device
    ['To open the file on a Windows computer, right-click it and choose Open with.', false], // how-to, not a request
    ['You can open the document on any Windows computer.', false],
    ['Please open a ticket on your Windows PC if the document does not print.', false],
    ['Please open the document on your computer.', false], // no Windows, no security
    ['Windowsパソコンにアプリをインストールしてください。', false],
    ['明細はパソコンでご確認ください。', false],
  ];
  for (const [text, gate] of rows) assert.equal(desktopOnlyGate(text) !== undefined, gate, text);
});

test('desktopOnlyGate, issue 17: 20,000 characters of near-miss requests are read in linear time', () => {
  // Every sentence names a Windows PC, a document and a verb of opening, so each is read word by word (about 5 ms here).
  const text = 'please open a ticket on your windows pc, the document. '.repeat(400);
  // CPU time, not wall time (test-support/cpu-time.ts): a loaded machine stretches the wall, not the work.
  const cpuMs = cpuStopwatch();
  assert.equal(desktopOnlyGate(text), undefined);
  assert.ok(cpuMs() < 250, `${cpuMs()} ms`);
});

test('desktopOnlyGate: the any-case test before lower-casing answers as the lower-cased text does (capitals, Kelvin sign, dotted İ)', () => {
  // The definition: the lower-cased text is read whenever it holds one of the words (a text already in lower case passes
  // the any-case test whenever it holds one, and lower-casing it again changes nothing).
  const DESKTOP_WORDS = /windows|desktop|laptop|computador|ordenador|computadora|ordinateur|computer|rechner|パソコン|デスクトップ/;
  const reference = (text: string): string | undefined => {
    const lower = text.toLowerCase();
    return DESKTOP_WORDS.test(lower) ? desktopOnlyGate(lower) : undefined;
  };
  const sentences = [
    'this statement must be opened on a windows laptop or desktop computer.',
    'the document is optimized for viewing on windows pcs/laptops.',
    'das dokument nur auf einem windows-pc öffnen. die rechnung folgt.',
    'o extrato deve ser aberto somente em um computador com windows.',
    'security requirement: the invoice must be accessed via a desktop workstation only.',
    'our app runs on windows pcs and macs alike.',
    'このファイルはwindowsパソコンでのみ開くことができます。',
  ];
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  let gates = 0;
  for (let n = 0; n < 600; n++) {
    let text = '';
    for (const c of sentences[n % sentences.length]!) {
      const r = random();
      // Capitals, the Kelvin sign for k (lower-cases to `k`), dotted İ for i (lower-cases to `i` + a combining dot).
      text += c === 'k' && r < 0.3 ? '\u212a' : c === 'i' && r < 0.1 ? '\u0130' : r < 0.5 ? c.toUpperCase() : c;
    }
    const expected = reference(text);
    if (expected !== undefined) gates++;
    assert.equal(desktopOnlyGate(text), expected, text);
  }
  assert.ok(gates > 100, `${gates} gates`);
});

test('URL_REMOTE_FOLDER: a search-ms: query in the letter (HTML link, script, plain text) that opens a remote folder; not a local one nor prose', async () => {
  const { defaultConfig } = await import('../../config/load.js');
  const { createScanner } = await import('../../runtime/index.js');
  const scanner = await createScanner({ config: defaultConfig() });
  const mail = (type: 'html' | 'plain', body: string) =>
    new TextEncoder().encode(['From: Office <office@shop.example>', 'To: a@example.org', 'Subject: Documents', 'MIME-Version: 1.0', `Content-Type: text/${type}; charset=utf-8`, '', body, ''].join('\r\n'));
  const table: [string, 'html' | 'plain', string, string[] | undefined][] = [
    ['an HTML link to a WebDAV share', 'html', '<p><a href="search-ms:query=Invoice&amp;crumb=location:%5C%5Cdocs-share.online@SSL%5CDavWWWRoot&amp;displayname=Invoice">Invoice.pdf</a></p>', ['\\\\docs-share.online@SSL\\DavWWWRoot']],
    ['a button\'s script, upper-case scheme', 'html', '<button onclick="location.href=\'SEARCH-MS:query=a&crumb=location:\\\\\\\\185.220.101.7@80\\\\share\'">Open</button>', ['\\\\185.220.101.7@80\\share']],
    ['search: written out in plain text', 'plain', 'Open the folder: search:query=2291&crumb=location:\\\\10.1.2.3\\docs\nThanks', ['\\\\10.1.2.3\\docs']],
    ['a search-ms: link to the reader\'s own disk', 'html', '<a href="search-ms:query=report&amp;crumb=location:C:%5CUsers%5CPublic">Saved search</a>', undefined],
    ['prose: "search: location" in a job advert', 'plain', 'Job search: location: London, \\\\ remote possible. Apply at https://jobs.example.org/', undefined],
    ['a research-ms: word', 'plain', 'see research-ms:crumb=location:\\\\host\\share', undefined],
    // Session 17: WebDAV addresses written in the letter.
    ['a file:// WebDAV link (@SSL)', 'html', '<p><a href="file://185.220.101.7@SSL/DavWWWRoot/Rechnung_2291.pdf.lnk">Rechnung_2291.pdf</a></p>', ['file://185.220.101.7@SSL/DavWWWRoot/Rechnung_2291.pdf.lnk']],
    ['a file:// link with a port', 'plain', 'Download: file://docs-share.online@80/inv/Invoice.pdf.lnk\nRegards', ['file://docs-share.online@80/inv/Invoice.pdf.lnk']],
    ['a UNC WebDAV path written out', 'plain', 'Die Unterlagen liegen hier: \\\\docs-share.trycloudflare.com@SSL\\DavWWWRoot\\Rechnung_2291.pdf.lnk\nGruss', ['\\\\docs-share.trycloudflare.com@SSL\\DavWWWRoot\\Rechnung_2291.pdf.lnk']],
    ['a file:///\\\\host@SSL link', 'html', '<a href="file:///\\\\185.220.101.7@SSL@443\\share\\x.lnk">x</a>', ['file:///\\\\185.220.101.7@SSL@443\\share\\x.lnk']],
    ['an office share and a file:// server (no WebDAV mark)', 'plain', 'The plan is in \\\\fileserver\\projects\\plan.xlsx and file://server/share/doc.pdf', undefined],
    ['an IT note mapping the company\'s SharePoint library', 'plain', 'Map the drive: \\\\kessler.sharepoint.com@SSL\\DavWWWRoot\\sites\\Team\\Shared Documents', undefined],
    ['an address with a port in a web link', 'plain', 'Login: https://user@example.org:8080/ and ftp://a@10.0.0.1/', undefined],
    // Session 18: the same addresses spelled with character references, as the reader's browser shows them.
    ['a file:// WebDAV link spelled with numeric references', 'html', '<p><a href="file:&#47;&#47;185.220.101.7&#64;SSL&#47;DavWWWRoot&#47;Rechnung_2291.pdf.lnk">Rechnung_2291.pdf</a></p>', ['file://185.220.101.7@SSL/DavWWWRoot/Rechnung_2291.pdf.lnk']],
    ['a UNC WebDAV path in the shown text, hex references', 'html', '<p>Die Unterlagen: &#x5c;&#x5c;docs-share.online&#x40;SSL&#x5c;DavWWWRoot&#x5c;Rechnung_2291.pdf.lnk</p>', ['\\\\docs-share.online@SSL\\DavWWWRoot\\Rechnung_2291.pdf.lnk']],
    ['a search-ms: link spelled with named references', 'html', '<a href="search-ms&colon;query=Invoice&amp;crumb=location&colon;&bsol;&bsol;185.220.101.7&commat;80&bsol;share">Invoice.pdf</a>', ['\\\\185.220.101.7@80\\share']],
    ['an office share spelled with references (no WebDAV mark)', 'html', '<p>The plan: &#92;&#92;fileserver&#92;projects&#92;plan.xlsx &nbsp;and file:&#47;&#47;server&#47;share&#47;doc.pdf</p>', undefined],
  ];
  for (const [name, type, body, locations] of table) {
    const r = await scanner.scan({ raw: mail(type, body), source: 't.eml' });
    const f = r.findings.find((x) => x.id === 'URL_REMOTE_FOLDER');
    // A report keeps each finding's data as a list (one per time it was found).
    const data = f?.data as { locations: string[] }[] | undefined;
    assert.deepEqual(data?.[0]?.locations, locations, name);
  }
  // A letter of repeated schemes, or of the word without its colon, is read in linear time (searchQueryLocations stops after 64 queries).
  for (const unit of ['search-ms:crumb=location:', 'search search search ', 'search-ms:' + 'x'.repeat(700) + ' location ', ' \\\\a@SSL', 'file:@ssl ', ' \\\\' + 'x'.repeat(700) + '@80/']) {
    const ratio = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), (text) => remoteFolderLocations({ html: text, text } as ParsedMessage), 8 * 1024);
    assert.ok(ratio < 40, `${JSON.stringify(unit.slice(0, 20))}: 10× the text took ${ratio.toFixed(1)}× the CPU`);
  }
});

/** Whether `id` is found in each row's plain-text letter from an accounts department (name, text, found), end to end. */
async function assertFoundInLetters(id: string, table: readonly [name: string, text: string, found: boolean][]): Promise<void> {
  const { defaultConfig } = await import('../../config/load.js');
  const { createScanner } = await import('../../runtime/index.js');
  const scanner = await createScanner({ config: defaultConfig() });
  const mail = (text: string) =>
    new TextEncoder().encode(['From: Accounts <accounts@northwind-supplies.com>', 'To: a@example.org', 'Subject: Invoice', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', text, ''].join('\r\n'));
  for (const [name, text, found] of table) {
    const r = await scanner.scan({ raw: mail(text), source: 't.eml' });
    assert.equal(r.findings.some((f) => f.id === id), found, `${name}: ${r.findings.map((f) => f.id).join(',')}`);
  }
}

test('URL_OPAQUE_DOWNLOAD: a download that names no file, asked for by the letter; not without the ask, nor at the sender\'s own domain', async () => {
  await assertFoundInLetters('URL_OPAQUE_DOWNLOAD', [
    ['/download?id= asked in English', 'Download the invoice here:\nhttps://docs-center24.net/download?id=88213', true],
    ['/dl/<token> asked in German', 'Rechnung herunterladen:\nhttps://fileportal-eu.com/dl/7Hq2xK9pLm4R', true],
    ['dl=1 on an unlisted host asked in Japanese', '請求書をダウンロード：\nhttps://sharebox-docs.com/s/k2x8w0q1?dl=1', true],
    ['a Drive-shaped path elsewhere, asked in Portuguese', 'Baixar a fatura:\nhttps://drive-docs-share.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9/view', true],
    // Must not: the same address only offered to be viewed; at the sender's own domain; a page, not a download endpoint.
    ['the address offered to be viewed', 'View the invoice here:\nhttps://docs-center24.net/download?id=88213', false],
    ['the sender\'s own portal', 'Download the invoice here:\nhttps://portal.northwind-supplies.com/download?id=88213', false],
    ['an article page asked to be downloaded', 'Download the invoice here:\nhttps://docs-center24.net/article?id=88213', false],
    ['a file named in the address is URL_PAYLOAD_DOWNLOAD\'s', 'Download the invoice here:\nhttps://docs-center24.net/download?file=Invoice_2291.zip', false],
    // Session 23: a shortened link the letter asks to download a billing document from.
    ['a shortened link, "download the invoice"', 'Your invoice INV-2291 is ready. Download the invoice here:\nhttps://bit.ly/3Xk29sL', true],
    ['a shortened link, "Rechnung herunterladen"', 'Ihre Rechnung Nr. 2291 steht bereit. Rechnung herunterladen:\nhttps://tinyurl.com/2p8x7k3m', true],
    ['a shortened link, 請求書をダウンロード', '請求書（2291号）をご用意しました。下記より請求書をダウンロードしてください。\nhttps://bit.ly/3Xk29sL', true],
    ['a shortened link to an e-book to download', 'Download our free e-book on invoicing best practice:\nhttps://bit.ly/3Xk29sL', false],
    ['a shortened link to an invoice only offered to be viewed', 'Your invoice INV-2291 is ready. View it here:\nhttps://bit.ly/3Xk29sL', false],
    ['a shortened link to an app download', 'Download the app to pay your invoices on the go:\nhttps://bit.ly/3Xk29sL', false],
  ]);
});

test('transferUpload: an upload on a file transfer service (the shipped list and the operator\'s); not the service\'s own pages', () => {
  const lists = buildLinkLists({ transferHosts: ['files.corp-transfer.example/get/'] });
  const table: [host: string, path: string, query: string, expected: boolean][] = [
    ['1fichier.com', '/', 'k3j2h1g4f5x8', true],
    ['www.transfernow.net', '/dl/20250602Xk29sLq8', '', true],
    ['www.filemail.com', '/d/hxkqzpwtmrlsmvb', '', true],
    ['www.swisstransfer.com', '/d/6f1c2a9e-3b7d-4c2e-9a51-8d0f4e2b7c13', '', true],
    ['fromsmash.com', '/Xk29sLq81P-dt', '', true],
    ['file.io', '/Xk29sLq81Pga', '', true],
    ['terabox.com', '/s/1Xk29sLq81Pga', '', true],
    ['files.corp-transfer.example', '/get/a1b2c3', '', true],
    // Must not: the service's own pages, a path prefix with nothing after it, a host on no list.
    ['www.filemail.com', '/pricing', '', false],
    ['www.filemail.com', '/d/', '', false],
    ['file.io', '/about', '', false],
    ['fromsmash.com', '/', 'lang=en', false],
    ['www.transfernow.net', '/en/pricing-2024', '', false],
    ['files.corp-transfer.example', '/help', '', false],
    ['files.example.net', '/Xk29sLq81Pga', '', false],
  ];
  for (const [host, path, query, expected] of table) assert.equal(transferUpload(lists.transferHosts.match(host, path), path, query), expected, `${host}${path}?${query}`);
  // Transfer services are free file hosts too: their links are disposable hosts' (the operator's entries as well).
  assert.equal(lists.fileHosts.match('www.filemail.com', '/d/x'), 'filemail.com');
  assert.equal(lists.fileHosts.match('files.corp-transfer.example', '/'), 'files.corp-transfer.example');
});

test('URL_FILE_HOST_DOWNLOAD: an upload on a transfer service in a letter; not the service\'s own page', async () => {
  await assertFoundInLetters('URL_FILE_HOST_DOWNLOAD', [
    ['TransferNow', 'Download the invoice here:\nhttps://www.transfernow.net/dl/20250602Xk29sLq8', true],
    ['1fichier, only offered', 'The invoice: https://1fichier.com/?k3j2h1g4f5x8', true],
    ['Filemail', 'Rechnung herunterladen:\nhttps://www.filemail.com/d/hxkqzpwtmrlsmvb', true],
    ['the service\'s pricing page', 'We send large files with https://www.filemail.com/pricing', false],
    ['the service\'s home page', 'Use https://fromsmash.com/ for large files.', false],
  ]);
});

test('documentButton: a download button naming the document it hands over (8 languages); not reports, apps, slides, sentences or written addresses', () => {
  const button = (text: string, source: LinkOccurrence['source'] = 'a') => documentButton([{ source, text } as LinkOccurrence]);
  const rows: [text: string, source: LinkOccurrence['source'], found: string | undefined][] = [
    ['Download your case file', 'a', 'Download your case file'],
    ['Download Your Statement', 'a', 'Download Your Statement'],
    ['Unterlagen herunterladen', 'a', 'Unterlagen herunterladen'],
    ['Télécharger le relevé', 'a', 'Télécharger le relevé'],
    ['Descargar expediente', 'a', 'Descargar expediente'],
    ['Baixar intimação', 'area', 'Baixar intimação'],
    ['Scarica la fattura', 'a', 'Scarica la fattura'],
    ['Factuur downloaden', 'a', 'Factuur downloaden'],
    ['書類をダウンロード', 'a', '書類をダウンロード'],
    // Must not: what newsletters offer behind their download buttons, a document only viewed, a whole sentence linked, a written
    // address (its "text" is the address itself), a document word too far from the call.
    ['Download the report', 'a', undefined],
    ['Download our app', 'a', undefined],
    ['Download the slides', 'a', undefined],
    ['View your statement', 'a', undefined],
    ['Our spring catalogue is out and you can download it together with the price list and the order form right here', 'a', undefined],
    ['https://example.net/download/statement', 'text', undefined],
    ['Download the app and see all your invoices', 'a', undefined],
    // Session 30: legal and tax documents (must fire) — and what still is no document (must not).
    ['Download Official Summons & Complaint', 'a', 'Download Official Summons'],
    ['Download Tax Slips', 'a', 'Download Tax Slips'],
    ['Vorladung herunterladen', 'a', 'Vorladung herunterladen'],
    ['Télécharger la convocation', 'a', 'Télécharger la convocation'],
    ['Descargar citación', 'a', 'Descargar citación'],
    ['Dagvaarding downloaden', 'a', 'Dagvaarding downloaden'],
    ['訴状をダウンロード', 'a', '訴状をダウンロード'],
    // Session 51: the tax and pay documents of the remote-access lures in their languages (must fire); a report stays no document.
    ['Steuerbescheid herunterladen', 'a', 'Steuerbescheid herunterladen'],
    ['Télécharger votre avis d\'imposition', 'a', 'Télécharger votre avis d\'imposition'],
    ['Descargar certificado fiscal', 'a', 'Descargar certificado fiscal'],
    ['Baixar informe de rendimentos', 'a', 'Baixar informe de rendimentos'],
    ['Jaaroverzicht downloaden', 'a', 'Jaaroverzicht downloaden'],
    ['Scarica la certificazione fiscale', 'a', 'Scarica la certificazione fiscale'],
    ['取引報告書をダウンロード', 'a', '取引報告書をダウンロード'],
    ['Documenten downloaden', 'a', 'Documenten downloaden'],
    ['Descargar el informe anual', 'a', undefined],
    ['Download the complaints policy', 'a', undefined],
    ['Download the season schedule', 'a', undefined],
  ];
  for (const [text, source, found] of rows) assert.equal(button(text, source), found, text);
  // Session 30: a bare download button under a sentence naming the document (must fire), or naming none (must not).
  const bare = (text: string, visibleText: string) => documentButton([{ source: 'a', text } as LinkOccurrence], visibleText);
  assert.equal(bare('Download now', 'Your account statement for this month has been issued. You can view it now using the button below. Download now'), 'statement … Download now');
  assert.equal(bare('Jetzt herunterladen', 'Ihre Rechnung liegt bereit. Jetzt herunterladen'), 'Rechnung … Jetzt herunterladen');
  assert.equal(bare('Download now', 'Our new podcast episode is out: an hour on cities and trees. Download now'), undefined);
  assert.equal(bare('Download now', ''), undefined);
});

test('appDownloadAsked: an app, update or extension to download or install (8 languages); not guides, reports or news of an update', () => {
  const asked = (text: string, source: LinkOccurrence['source'] = 'a', visibleText = '') => appDownloadAsked([{ source, text, raw: text } as LinkOccurrence], visibleText);
  const rows: [text: string, source: LinkOccurrence['source'], visibleText: string, found: string | undefined][] = [
    // must fire: the link's own words, or the words before a written address
    ['Download the new Desktop App', 'a', '', 'Download the new Desktop App'],
    ['Install the latest version', 'a', '', 'Install the latest version'],
    ['https://app.bisqnetwork.site/', 'text', 'Get the Latest Version Download the updated Bisq Desktop App and Chromium Extension here: [ https://app.bisqnetwork.site/ ]', 'Download the updated Bisq Desktop App'],
    // Session 51: the infinitive after the app (herunterladen, downloaden, installieren, installeren) within 6 characters — this row
    // recorded the session-30 limitation, not a must-not.
    ['Neue Version herunterladen', 'a', '', 'Neue Version herunterladen'],
    ['Herunterladen: neue Version', 'a', '', 'Herunterladen: neue Version'],
    ['Baixar o aplicativo', 'a', '', 'Baixar o aplicativo'],
    ['Descargar la nueva versión', 'a', '', 'Descargar la nueva versión'], // session 51: nueva versión is in the list
    ['Descargar la última versión', 'a', '', 'Descargar la última versión'],
    // Session 43: the call after the app where the language puts its verb last (Japanese; a German separable verb's particle).
    ['最新版をインストール', 'a', '', '最新版をインストール'],
    ['最新のアップデートをダウンロードしてください', 'a', '', 'アップデートをダウンロード'],
    ['Laden Sie das neueste Update herunter', 'a', '', 'Update herunter'],
    ['Das Update finden Sie in der Anleitung, die Sie herunterladen können', 'a', '', undefined],
    ['インストール 最新版', 'a', '', 'インストール 最新版'],
    // Session 51: the platform a download button names is the installer it hands over (8 languages); the newest version in
    // fr/pt/it/nl/de; a compound update word; the infinitive after the app.
    ['Download for Windows', 'a', '', 'Download for Windows'],
    ['Für Windows herunterladen', 'a', '', 'Für Windows herunterladen'],
    ['Télécharger pour Mac', 'a', '', 'Télécharger pour Mac'],
    ['Descargar para Windows', 'a', '', 'Descargar para Windows'],
    ['Baixar para PC', 'a', '', 'Baixar para PC'],
    ['Downloaden voor Windows', 'a', '', 'Downloaden voor Windows'],
    ['Scarica per macOS', 'a', '', 'Scarica per macOS'],
    ['Windows版をダウンロード', 'a', '', 'Windows版をダウンロード'],
    ['Télécharger la dernière version', 'a', '', 'Télécharger la dernière version'],
    ['Baixar a versão mais recente', 'a', '', 'Baixar a versão mais recente'],
    ['Scarica l\'ultima versione', 'a', '', 'Scarica l\'ultima versione'],
    ['Nieuwste versie downloaden', 'a', '', 'Nieuwste versie downloaden'],
    ['Installieren Sie das Sicherheitsupdate', 'a', '', 'Installieren Sie das Sicherheitsupdate'],
    // must not (session 51): a platform named far from the call, a guide for Windows users, an infinitive far after the app.
    ['Download the quarterly market report, now also available as a summary for Windows', 'a', '', undefined],
    ['Read our guide for Windows users', 'a', '', undefined],
    ['Die neue Version der Broschüre können Sie hier kostenlos herunterladen', 'a', '', undefined],
    // must not: no call, or the call far from an app word, or what newsletters offer
    ['Read about our new app', 'a', '', undefined],
    ['Download the 2025 buyer\'s guide', 'a', '', undefined],
    ['Download the report on how payment apps changed retail in Europe this year', 'a', '', undefined],
    ['https://example.com/app', 'text', '', undefined],
  ];
  for (const [text, source, visibleText, found] of rows) assert.equal(asked(text, source, visibleText), found, text);
});

test('disguisedPayloadName: a document\'s extension before a program\'s, a right-to-left override, blanks before the extension; not plain names', () => {
  const table: [string, boolean][] = [
    ['Invoice_2291.pdf.exe', true],
    ['Rechnung.docx.js', true],
    ['Fatura%202291.pdf.scr', true],
    ['Factuur_2291_\u202Efdp.exe', true],
    ['Invoice_2291.pdf' + ' '.repeat(8) + '.exe', true],
    // Must not: one extension, a version number, a dotted product name, an archive of documents.
    ['setup.exe', false],
    ['toolkit-2.4.1-win64.zip', false],
    ['Node.js.zip', false],
    ['scan.scr.xz', false], // a program compressed: the archive readers' business, not a disguise
    ['Invoice_2291.zip', false],
    ['report.final.pdf', false],
  ];
  for (const [name, expected] of table) assert.equal(disguisedPayloadName(name), expected, name);
});

test('URL_PAYLOAD_DISGUISED: a disguised name in the address, the link text or beside the link on any host; not plain names', async () => {
  await assertFoundInLetters('URL_PAYLOAD_DISGUISED', [
    ['in the address', 'Your invoice is ready:\nhttps://docs-share.online/f/Invoice_2291.pdf.exe', true],
    ['written above the link on an unlisted host', 'Invoice_2291.pdf.exe (1.2 MB)\nhttps://docs-share.online/d/8f3k2', true],
    ['written below the link in German', 'Rechnung herunterladen:\nhttps://akten-portal.net/d/8f3k2\nDatei: Rechnung_2291.pdf.scr', true],
    ['a right-to-left override in the address', 'Die Rechnung:\nhttps://files-eu.online/d/Rechnung_2291_%E2%80%AEfdp.exe', true],
    // Must not: a plain program or archive name beside a link off a file host, a version in the name, at the sender's own domain.
    ['a plain archive name beside an unlisted host', 'Invoice_2291.zip (1.2 MB)\nhttps://docs-share.online/d/8f3k2', false],
    ['a release archive with a version', 'Download: https://github.com/toolkit-project/toolkit/releases/download/v2.4.1/toolkit-2.4.1-win64.zip', false],
    ['a disguised name at the sender\'s own domain is no link elsewhere', 'https://files.northwind-supplies.com/Invoice_2291.pdf.exe', false],
    // Session 39: the stretch around a link is read only where a payload ending stands near the link's first place in the text;
    // at the edges of the 160 characters on each side, and a link written twice (its first place is the one read).
    ['the name beginning 158 characters before the link', `Invoice_2291.pdf.exe ${'x'.repeat(136)}\nhttps://docs-share.online/d/8f3k2`, true],
    ['the name ending 158 characters after the link', `https://docs-share.online/d/8f3k2\n${'x'.repeat(137)} Invoice_2291.pdf.exe`, true],
    ['the name 170 characters after the link', `https://docs-share.online/d/8f3k2\n${'x'.repeat(170)} Invoice_2291.pdf.exe`, false],
    ['the link written far above, then again under the name', `https://docs-share.online/d/8f3k2\n${'x '.repeat(300)}\nInvoice_2291.pdf.exe\nhttps://docs-share.online/d/8f3k2`, false],
    ['the link written under the name, then again far below', `Invoice_2291.pdf.exe\nhttps://docs-share.online/d/8f3k2\n${'x '.repeat(300)}\nhttps://docs-share.online/d/8f3k2`, true],
  ]);
});

test('URL_ARCHIVE_PASSWORD_DOWNLOAD: a link to an archive in a letter that gives its password (8 languages); not without the password or the archive', async () => {
  await assertFoundInLetters('URL_ARCHIVE_PASSWORD_DOWNLOAD', [
    ['an archive by name in the address', 'Your invoice is attached as a protected archive:\nhttps://docs-share.online/d/Invoice_2291.zip\nPassword: 2291', true],
    ['an archive named beside an opaque link', 'The invoice is in a protected archive: https://docs-share.top/d/INV-2291\nArchive password: 2291', true],
    ['a zip named above the link on a throw-away host', 'Invoice_2291.zip:\nhttps://docs-share.top/d/8f3k2\nPassword: 2291', true],
    ['German', 'Die Rechnung liegt im Archiv: https://akten-portal.top/d/8f3k2\nDas Passwort lautet: 4721', true],
    ['French', 'Votre facture est dans l\'archive : https://dossiers-envoi.top/d/8f3k2\nMot de passe : 4721', true],
    ['Spanish', 'La factura está en el archivo ZIP: https://expedientes-envio.top/d/8f3k2\nContraseña: 4721', true],
    ['Portuguese', 'A fatura está no arquivo: https://processos-envio.top/d/8f3k2\nSenha: 4721', true],
    ['Dutch', 'De factuur zit in het archief: https://dossier-verzending.top/d/8f3k2\nWachtwoord: 4721', true],
    ['Italian', 'La fattura è nell\'archivio: https://pratiche-invio.top/d/8f3k2\nPassword: 4721', true],
    ['Japanese', '請求書は圧縮ファイルでお送りします。\nhttps://seikyu-share.top/d/8f3k2\nパスワード：4721', true],
    ['a file host direct download', 'Invoice: https://drive.google.com/uc?export=download&id=1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV\nPassword: 2291', true],
    // Must not: no password, no archive (a page with a password to sign in is a credential lure's), the sender's own domain.
    ['an archive without a password', 'Your invoice archive: https://docs-share.online/d/Invoice_2291.zip', false],
    ['a password beside a page', 'Your statement is ready: https://docs-share.online/statement\nPassword: your date of birth', false],
    ['the sender\'s own download', 'The archive: https://files.northwind-supplies.com/Invoice_2291.zip\nPassword: 2291', false],
    ['a transfer service\'s link with "zip" and its password (PPAP)', '資料をzipで圧縮してお送りします。\nhttps://54.gigafile.nu/0602-b8f3k2a9\nダウンロードパスワード：4721', false],
    ['an archive named in words beside a link on an ordinary host', 'The photos are in a zip archive: https://photos.example-family.net/d/summer\nPassword: 2291', false],
  ]);
});

/** Whether `id` is found in each row's HTML letter (name, HTML body, found), end to end. */
async function assertFoundInHtmlLetters(id: string, table: readonly [name: string, html: string, found: boolean][]): Promise<void> {
  const { defaultConfig } = await import('../../config/load.js');
  const { createScanner } = await import('../../runtime/index.js');
  const scanner = await createScanner({ config: defaultConfig() });
  const mail = (html: string) =>
    new TextEncoder().encode(['From: Accounts <accounts@northwind-supplies.com>', 'To: a@example.org', 'Subject: Invoice', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n'));
  for (const [name, html, found] of table) {
    const r = await scanner.scan({ raw: mail(html), source: 't.eml' });
    assert.equal(r.findings.some((f) => f.id === id), found, `${name}: ${r.findings.map((f) => f.id).join(',')}`);
  }
}

test('URL_INSTALLER_PROTOCOL (session 39): an ms-appinstaller: or ms-msdt: link the reader clicks; not the handler quoted in a write-up', async () => {
  await assertFoundInHtmlLetters('URL_INSTALLER_PROTOCOL', [
    ['App Installer behind "Open the invoice"', '<p>Your invoice is ready. <a href="ms-appinstaller:?source=https://docs-share.online/app/Reader.appinstaller">Open the invoice</a></p>', true],
    ['App Installer, German button', '<p>Ihre Rechnung: <a href="ms-appinstaller:?source=https://akten-portal.net/PDFViewer.msix">Rechnung öffnen</a></p>', true],
    ['the troubleshooter (Follina)', '<p><a href="ms-msdt:/id PCWDiagnostic /skip force /param &quot;IT_BrowseForFile=x&quot;">Ver documento</a></p>', true],
    ['an image map area', '<img src="cid:x" usemap="#m"><map name="m"><area href="ms-appinstaller:?source=https://x-docs.net/a.appinstaller" alt="Download"></map>', true],
    // Must not: a security newsletter quoting the handlers in its text, the Store's web page, a web link named like the handler.
    ['a write-up quoting the handlers', '<p>Attackers abused ms-appinstaller:?source=https://evil.example/x.appinstaller and ms-msdt:/id PCWDiagnostic.</p><p><a href="https://news.example.org/read">Read more</a></p>', false],
    ['the Store\'s web page', '<p>Get the app: <a href="https://apps.microsoft.com/detail/9wzdncrfj3q2">Microsoft Store</a></p>', false],
    ['a web page about the handler', '<p><a href="https://learn.example.com/windows/msix/app-installer/ms-appinstaller-scheme">ms-appinstaller scheme</a></p>', false],
  ]);
});

test('URL_DATA_FILE (session 39): a clicked data: link whose media type is a file; not pictures, pages, text or PDF, nor one only written', async () => {
  await assertFoundInHtmlLetters('URL_DATA_FILE', [
    ['an octet stream behind "Download invoice"', '<p>Your invoice: <a href="data:application/octet-stream;base64,UEsDBBQAAAAIAA==">Download invoice</a></p>', true],
    ['a zip, German', '<p><a href="data:application/zip;base64,UEsDBBQAAAAIAA==" download="Rechnung.zip">Rechnung herunterladen</a></p>', true],
    ['a program, upper case and parameters', '<p><a href="DATA:Application/X-MSDownload;name=setup.exe;base64,TVqQAAMAAAAEAAAA">Installer</a></p>', true],
    ['an ISO image', '<p><a href="data:application/x-iso9660-image;base64,AAAA">Documento</a></p>', true],
    // Must not: a picture linked as data:, a data: page (URL_DATA_URI's), plain text, a PDF shown by the browser, a URI only written.
    ['a logo picture', '<p><a href="data:image/png;base64,iVBORw0KGgo=">logo</a></p>', false],
    ['a data: page', '<p><a href="data:text/html;base64,PGgxPkhpPC9oMT4=">Open</a></p>', false],
    ['plain text', '<p><a href="data:text/plain,hello">note</a></p>', false],
    ['a PDF', '<p><a href="data:application/pdf;base64,JVBERi0xLjQK">Statement</a></p>', false],
    ['written in the text only', '<p>Example: data:application/zip;base64,UEsDBA== is how a file is inlined.</p>', false],
  ]);
});

test('URL_DOWNLOAD_ATTRIBUTE (session 40): a clicked anchor or area with the download attribute to another host; not the sender\'s own, not pictures, PDFs or calendar entries, nor a plain link', async () => {
  await assertFoundInHtmlLetters('URL_DOWNLOAD_ATTRIBUTE', [
    ['a boleto button (pt) on a hosting customer\'s server', '<p>Seu boleto vence hoje.</p><p><a href="https://203-0-113-7.host-customer.net/cliente/2291" download>Baixar Segunda Via do Boleto</a></p>', true],
    ['an invoice (de), the attribute naming the file', '<p><a download="Rechnung_2291.pdf" href="https://rechnung-portal.net/r/2291">Rechnung öffnen</a></p>', true],
    ['a neutral word (ja)', '<p>詳細はこちら:<a href="https://tsuchi-files.net/s/2291" download>開く</a></p>', true],
    ['an image map area', '<img src="cid:x" usemap="#m"><map name="m"><area href="https://docs-center.net/a/2291" download alt="View"></map>', true],
    ['a tracker of a mailer (en)', '<p><a download href="https://click.mailer-eu.com/c/k2x8w0q1ab7">Download invoice</a></p>', true],
    // Must not: the sender's own host, a picture or a PDF or a calendar entry by name, a plain link, an image carrying the attribute.
    ['the sender\'s own portal', '<p><a href="https://portal.northwind-supplies.com/invoice/2291" download>Download invoice</a></p>', false],
    ['a wallpaper picture', '<p><a href="https://cdn.wallpapers-club.net/w/2291.jpg" download>Get the wallpaper</a></p>', false],
    ['a PDF by name', '<p><a href="https://files-archive.net/d/Statement_2291.pdf" download>Statement</a></p>', false],
    ['a calendar entry', '<p><a href="https://events-hub.net/e/2291.ics" download>Add to calendar</a></p>', false],
    ['a plain link', '<p><a href="https://rechnung-portal.net/r/2291">Rechnung öffnen</a></p>', false],
    ['an image with the attribute', '<p><img src="https://rechnung-portal.net/r/2291" download></p>', false],
  ]);
});

test('documentFileName (session 41): one document file name as the whole text, a size after it allowed; not sentences, addresses, archives or pictures', () => {
  const table: [string, string | undefined][] = [
    ['Anexo5587.pdf', 'Anexo5587.pdf'],
    [' Invoice_2291.PDF (212 KB) ', 'Invoice_2291.PDF'],
    ['Order Form 24-25.pdf', 'Order Form 24-25.pdf'],
    ['Vertrag_2291.docx [1,2 MB]', 'Vertrag_2291.docx'],
    ['請求書_2291.xlsx', '請求書_2291.xlsx'],
    ['https://docs.example.net/Invoice.pdf', undefined],
    ['Rechnung.zip', undefined],
    ['photo.jpg', undefined],
    ['.pdf', undefined],
    ['Read the notes in Minutes.pdf before Monday', undefined],
    ['"Invoice.pdf"', undefined],
    [`${'a'.repeat(90)}.pdf`, undefined],
  ];
  for (const [text, expected] of table) assert.equal(documentFileName(text), expected, text);
});

test('URL_ATTACHMENT_AS_LINK (session 41): a file said to be attached whose name is the text of a link elsewhere; not the file itself, a real attachment, an unattached brochure, a written address', async () => {
  await assertFoundInHtmlLetters('URL_ATTACHMENT_AS_LINK', [
    ['pt: "produtos listados no PDF em anexo" through a mailer\'s tracker', '<p>Estou interessada nos produtos listados no PDF em anexo.</p><p><a href="https://emkt.mailer-br.net/accounts/19/clicks/102135/3">Anexo5587.pdf</a></p>', true],
    ['en: "see the attached invoice", a size after the name', '<p>Please see the attached invoice and confirm.</p><p><a href="https://docs-view.net/r/2291">Invoice_2291.pdf (212 KB)</a></p>', true],
    ['de: "im Anhang", a Word file', '<p>Die Unterlagen finden Sie im Anhang.</p><p><a href="https://akten-portal.net/d?id=2291">Vertrag_2291.docx</a></p>', true],
    ['fr: "pièce jointe", a spreadsheet', '<p>Veuillez trouver en pièce jointe le relevé.</p><p><a href="https://releve-client.net/v/77">Releve_Mars.xlsx</a></p>', true],
    ['es: the attachment word in the link\'s own words', '<p>Hola,</p><p><a href="https://facturas-online.net/f/2291">Adjunto factura_2291.pdf</a></p>', true],
    ['ja: 添付', '<p>請求書を添付いたしました。</p><p><a href="https://seikyu-files.net/s/2291">請求書_2291.pdf</a></p>', true],
    // Must not: the link is the file itself; the file is also a real part; a brochure nobody says is attached; a name inside a
    // sentence; the sender's own host.
    ['the link is the PDF itself', '<p>Please see the attached invoice.</p><p><a href="https://docs-view.net/files/Invoice_2291.pdf">Invoice_2291.pdf</a></p>', false],
    ['a brochure offered, not attached', '<p>Our new catalogue is out.</p><p><a href="https://click.mailer-eu.com/c/k2x8">Catalogue_2025.pdf</a></p>', false],
    ['a name inside a sentence', '<p>Please see the attached notes.</p><p><a href="https://docs-view.net/r/2291">Read the notes in Minutes.pdf before Monday</a></p>', false],
    ['the sender\'s own host', '<p>Please see the attached invoice.</p><p><a href="https://portal.northwind-supplies.com/i/2291">Invoice_2291.pdf</a></p>', false],
  ]);
});

test('the payload-ending gate: the ending pattern without its look-ahead, so every stretch around a link that names a payload passes it', () => {
  const [ending, anywhere] = textPayloadEndingPatterns();
  assert.equal(`${anywhere.source}(?![\\p{L}\\p{N}_])`, ending.source);
  assert.equal(anywhere.flags, ending.flags);
  // [text, whether the gate passes]: the gate asks the whole visible text; a stretch joined from two of its slices may end a
  // name where the text goes on (`Rechnung.zip` right before the link's words) — the gate passes there too.
  const table: [string, boolean][] = [
    ['Rechnung_2291.7z (2,3 MB)', true],
    ['Rechnung.zipdownload here', true],
    ['INVOICE.EXE', true],
    ['setup.\u017fcr (long s)', true],
    ['Node.js and node.json', false],
    ['see the report at example.com/report', false],
    ['', false],
  ];
  for (const [text, passes] of table) {
    anywhere.lastIndex = 0;
    assert.equal(anywhere.test(text), passes, text);
    ending.lastIndex = 0;
    anywhere.lastIndex = 0;
    if (ending.test(text)) assert.ok(anywhere.test(text), text);
  }
});

// Session 43: the letter's "Enable Content" step (URL_DOCUMENT_ENABLE_CONTENT), asked for or warned against.
test('enableContentStep: the macro step the letter asks for, not a warning against it', () => {
  const rows: [text: string, step: string | undefined][] = [
    ['If the document does not display correctly, click "Enable Editing" and then "Enable Content".', 'enable content'],
    ['Please click Enable Content to view the invoice.', 'enable content'],
    ['Falls das Dokument nicht korrekt angezeigt wird, klicken Sie auf "Inhalt aktivieren".', 'inhalt aktivieren'],
    ['Si el documento no se muestra correctamente, haga clic en "Habilitar contenido".', 'habilitar contenido'],
    ['Cliquez sur « Activer le contenu » pour afficher la facture.', 'activer le contenu'],
    ['Klik op "Inhoud inschakelen" om de factuur te bekijken.', 'inhoud inschakelen'],
    ['Fare clic su "Abilita contenuto" per visualizzare la fattura.', 'abilita contenuto'],
    ['「コンテンツの有効化」をクリックしてください。', 'コンテンツの有効化'],
    // Warnings and the Protected View step alone.
    ['Never click "Enable Content" on a document from a stranger.', undefined],
    ['Do not enable macros in documents you did not expect.', undefined],
    ['Bitte niemals Makros aktivieren.', undefined],
    ['Nunca habilite o conteúdo de anexos.', undefined],
    ['マクロを有効にしないでください。', undefined],
    ['If the file opens in Protected View, click Enable Editing.', undefined],
  ];
  for (const [text, step] of rows) assert.equal(enableContentStep(text), step, text);
});

test('enableContentStep: the any-case pre-test (issue 18) lets every step through in any case, the Kelvin sign too', () => {
  const rows: Array<[string, string | undefined]> = [
    ['Please click ENABLE CONTENT to view the invoice.', 'enable content'],
    ['Bitte klicken Sie auf INHALT AKTIVIEREN.', 'inhalt aktivieren'],
    ['Bitte MA\u212aROS AKTIVIEREN, um die Rechnung zu sehen.', 'makros aktivieren'],
    ['Clique em HABILITAR CONTEÚDO para ver.', 'habilitar conteúdo'],
    ["Klik op MACRO'S INSCHAKELEN om te bekijken.", "macro's inschakelen"],
    ['Fai clic su Abilita Contenuto.', 'abilita contenuto'],
    ['「コンテンツの有効化」をクリックしてください。', 'コンテンツの有効化'],
    ['Your parcel is waiting: track it here.', undefined],
  ];
  for (const [text, step] of rows) assert.equal(enableContentStep(text), step, text);
});

test('enableContentStep gives the first step (in ENABLE_CONTENT_STEPS order) stepAskedIn finds, as every step was read (session 50)', async () => {
  const { ENABLE_CONTENT_STEPS, stepAskedIn } = await import('./lures.js');
  const { prng } = await import('../../test-support/campaign-corpus.js');
  const words = [...new Set(ENABLE_CONTENT_STEPS.flatMap((s) => [s, ...s.split(' ')]))];
  const parts = [...words, ...words.map((w) => w.toUpperCase()), ' ', ' ', '. ', ', ', '\n', 'never ', 'do not ', 'nicht ', 'しないで', 'click ', 'the ', 'x', 'K'];
  const random = prng(52);
  let found = 0;
  for (let round = 0; round < 20_000; round++) {
    let text = '';
    for (let i = Math.floor(random() * 16); i > 0; i--) text += parts[Math.floor(random() * parts.length)]!;
    const t = text.slice(0, 20_000).toLowerCase();
    const gate = /conten|conteúdo|macro|makro|inhalt|inhoud|コンテンツの有効化|マクロを有効/i.test(text) || text.includes('\u212a');
    const expected = gate ? ENABLE_CONTENT_STEPS.find((step) => stepAskedIn(t, step)) : undefined;
    if (expected) found++;
    assert.equal(enableContentStep(text), expected, text);
  }
  assert.ok(found > 2000, `texts with a step: ${found}`);
});

test("desktopOnlyGate's shortcuts (session 50): a desktop word in any case is in the lower-cased text; blankOnly is `!trim()`", async () => {
  const { DESKTOP_WORDS } = await import('./lures.js');
  const { blankOnly } = await import('../../mail/text-chars.js');
  const { prng } = await import('../../test-support/campaign-corpus.js');
  const anyCase = new RegExp(DESKTOP_WORDS.source, 'i');
  const words = ['windows', 'desktop', 'laptop', 'computador', 'computer', 'ordenador', 'ordinateur', 'rechner', 'パソコン', 'デスクトップ'];
  const parts = [...words, ...words.map((w) => w.toUpperCase()), 'WiNdOwS', 'des\u212atop', 'İ', 'ſ', 'Σ', 'ς', 'x', ' ', '\u00a0', '\u3000', '\t', '\n', '\ufeff', '.', 'é', '\ud83d', '\ude00'];
  const random = prng(54);
  let words_ = 0;
  for (let round = 0; round < 100_000; round++) {
    let text = '';
    for (let i = Math.floor(random() * 8); i > 0; i--) {
      const p = parts[Math.floor(random() * parts.length)]!;
      // Words cut at random too, so that their pieces meet other pieces.
      text += random() < 0.3 ? p.slice(Math.floor(random() * p.length)) : p;
    }
    if (anyCase.test(text)) {
      words_++;
      assert.ok(DESKTOP_WORDS.test(text.toLowerCase()), JSON.stringify(text));
    }
    assert.equal(blankOnly(text), !text.trim(), JSON.stringify(text));
  }
  assert.ok(words_ > 20_000, `texts with a word: ${words_}`);
});
