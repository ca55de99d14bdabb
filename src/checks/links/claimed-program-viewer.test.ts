import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import { activeIds } from '../../test-support/corpus-rows.js';
import { buildPdf } from '../../files/test-support/pdf-builder.js';
import type { LinkOccurrence } from '../../links/extract.js';
import { documentButtonWords } from './file-button.js';
import { viewerInstallAsked } from './viewer-install.js';

/**
 * Session 52 (issue 17, helper mal52): four malware lures of 2023–2026 that ended phishing or clean, end to end with the shipped
 * model, in their languages; letters written for this test (the probe's were other wordings):
 * - the fake app served from the impersonator's own lookalike domain (URL_PROGRAM_ON_SENDER_DOMAIN → URL_MALWARE_CLAIMED_SENDER_PROGRAM);
 * - "install the secure viewer / decryption plug-in to read this message" (URL_VIEWER_INSTALL_ELSEWHERE → URL_MALWARE_VIEWER_INSTALL);
 * - a "View fax" / "Listen to message" button whose address is an archive or a script (URL_DOCUMENT_BUTTON_FILE → URL_MALWARE_FILE_BUTTON);
 * - a document download button from free mail or to a page in cloud storage (URL_MALWARE_DOCUMENT_BUTTON's new arm);
 * - a PDF whose one "download" link is an archive: a download, not a credential lure.
 * Must-nots: genuine mail of the same shapes — a vendor's own update authenticated by DMARC, an e-fax service's PDF, a shop's
 * invoice button from its own domain, an encrypted-mail service's own notice, a colleague's plug-in advice in list mail, a
 * credential lure that asks to sign in to "decrypt".
 */
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const services = { now: () => new Date('2025-12-02T08:00:00Z'), classifierModel: shipped };
const scanner = await createScanner({ config: defaultConfig(), services });
const trusting = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.mailbox.example'] }, services });

const word = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? s : `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`);
const b64 = (b: Uint8Array | string): string => Buffer.from(b).toString('base64').replace(/(.{76})/g, '$1\r\n');

interface Row { why: string; from: string; subject: string; html: string; pdf?: string; dmarc?: boolean; list?: boolean; malware: boolean; phishing?: boolean }

function message(row: Row, index: number): Uint8Array {
  const name = row.from.replace(/ ?<.*/, '');
  const address = row.from.replace(/.*</, '').replace(/>.*/, '');
  const domain = address.replace(/.*@/, '');
  const head = [
    ...(row.dmarc ? [`Authentication-Results: mx.mailbox.example; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`] : []),
    `From: ${name ? `${word(name)} ` : ''}<${address}>`, 'To: reader@mailbox.example', `Subject: ${word(row.subject)}`, 'Date: Tue, 2 Dec 2025 09:00:00 +0100',
    `Message-ID: <mal52.${index}@${domain}>`, 'MIME-Version: 1.0',
    ...(row.list ? [`List-Id: <users.lists.${domain}>`, `List-Unsubscribe: <mailto:leave@${domain}>`] : []),
  ];
  const html = ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(`<html><body>${row.html}</body></html>`)];
  if (!row.pdf) return new TextEncoder().encode([...head, ...html, ''].join('\r\n'));
  const pdf = buildPdf({ flate: true, content: 'BT /F1 16 Tf 72 720 Td (DOWNLOAD DOCUMENT) Tj ET', fonts: [{ name: 'F1' }], links: [{ uri: row.pdf, rect: [60, 300, 540, 760] }] });
  return new TextEncoder().encode([...head, 'Content-Type: multipart/mixed; boundary="b52"', '', '--b52', ...html, '--b52',
    'Content-Type: application/pdf; name="Document.pdf"', 'Content-Disposition: attachment; filename="Document.pdf"', 'Content-Transfer-Encoding: base64', '', b64(pdf), '--b52--', ''].join('\r\n'));
}
const button = (href: string, text: string) => `<p><a href="${href}" style="background:#0a66c2;color:#fff;padding:12px 24px">${text}</a></p>`;

const rows: Row[] = [
  // The fake app on the impersonator's own domain.
  { why: 'fr lookalike domain serves its own .msi', from: 'Ledger <support@ledger-live-maj.com>', subject: 'Mise à jour obligatoire de Ledger Live', html: `<p>Une faille a été corrigée. Installez la nouvelle version de Ledger Live avant le 15 décembre.</p>${button('https://ledger-live-maj.com/files/LedgerLive-Setup.msi', 'Télécharger Ledger Live')}`, malware: true },
  { why: 'en borrowed name on another domain serves its own .exe', from: 'MetaMask <security@wallet-care-center.com>', subject: 'MetaMask Desktop is required from December 15', html: `<p>Browser extensions will stop working. Install MetaMask Desktop to keep access to your funds.</p>${button('https://wallet-care-center.com/dl/MetaMaskDesktop.exe', 'Download for Windows')}`, malware: true },
  { why: 'ja borrowed name serves an app archive from its own domain ("最新版をダウンロード")', from: 'Exodus <info@exodus-support-jp.com>', subject: 'Exodusデスクトップ版の更新のお願い', html: `<p>セキュリティ上の理由により、新しいバージョンのインストールが必要です。</p>${button('https://exodus-support-jp.com/dl/exodus-win64.zip', '最新版をダウンロード')}`, malware: true },
  // The secure viewer.
  { why: 'en install the Secure Message Viewer plug-in', from: 'Secure Mail <noreply@secure-notify-center.net>', subject: 'Encrypted message from Payroll', html: `<p>You have received an encrypted message. To read it, install the Secure Message Viewer plug-in first.</p>${button('https://viewer-setup-center.com/start', 'Install viewer')}`, malware: true },
  { why: 'de Entschlüsselungs-Plug-in installieren', from: 'Sichere Post <noreply@sichere-nachricht.net>', subject: 'Verschlüsselte Nachricht der Personalabteilung', html: `<p>Sie haben eine verschlüsselte Nachricht erhalten. Bitte installieren Sie einmalig das Entschlüsselungs-Plug-in.</p>${button('https://entschluesseln-jetzt.com/setup', 'Jetzt installieren')}`, malware: true },
  { why: 'it installa il visualizzatore', from: 'Posta Sicura <noreply@posta-protetta.net>', subject: 'Messaggio crittografato', html: `<p>Hai ricevuto un messaggio crittografato. Per aprirlo installa il visualizzatore sicuro.</p>${button('https://visualizzatore-sicuro.com/it', 'Installa')}`, malware: true },
  { why: 'ja セキュアビューアをインストール', from: 'セキュアメール <noreply@secure-mail-jp.net>', subject: '暗号化されたメッセージが届いています', html: `<p>暗号化されたメッセージを受信しました。閲覧するにはセキュアビューアをインストールしてください。</p>${button('https://viewer-jp-setup.com/', 'インストール')}`, malware: true },
  // The button that hands over a file.
  { why: 'en "View fax" to a zip', from: 'eFax Center <fax@fax-center-mail.com>', subject: 'You have a new fax (3 pages)', html: `<p>A 3-page fax arrived at 08:14.</p>${button('https://fax-store-online.com/get/Fax_3pages.zip', 'View fax')}`, malware: true },
  { why: 'nl "Bericht beluisteren" to a .js', from: 'Voicemail <vm@belservice-melding.nl>', subject: 'Nieuw spraakbericht (0:31)', html: `<p>U hebt een nieuw spraakbericht.</p>${button('https://cdn-berichten.com/vm/Bericht_031.js', '▶ Bericht beluisteren')}`, malware: true },
  { why: 'ja "メッセージを再生" to a .vbs', from: 'ボイスメール <vm@voice-tsuchi.jp>', subject: '新しいボイスメール（0:31）', html: `<p>新しいボイスメールがあります。</p>${button('https://voice-cdn-jp.com/m/msg031.vbs', 'メッセージを再生')}`, malware: true },
  // The document button from nobody.
  { why: 'es free mail "Descargar factura" to a host elsewhere', from: 'Lucia Romero <lucia.romero.facturas@gmail.com>', subject: 'Factura 5521', html: `<p>Hola, le envío la factura de los trabajos realizados.</p>${button('https://facturas-online-docs.com/d/5521', 'Descargar factura')}`, malware: true },
  { why: 'pt "Baixar documento" to a page in cloud storage', from: 'Financeiro <financeiro@grupo-alvorada.com.br>', subject: 'Comprovante 5521', html: `<p>Segue o comprovante solicitado.</p>${button('https://firebasestorage.googleapis.com/v0/b/docs-5521.appspot.com/o/comprovante.html?alt=media', 'Baixar documento')}`, malware: true },
  // The PDF whose one link is an archive.
  { why: 'PDF whose "download document" link is a zip, from free mail, "see attached"', from: 'Mark Tanner <mark.tanner.docs@gmail.com>', subject: 'Documents for review', html: '<p>Hi, please see the attached document and let me know.</p>', pdf: 'https://docs-share-files.top/d/Documents_2025.zip', malware: true },
  // A court notice whose document is a button to view it on another site, from a sender nothing authenticates.
  { why: 'de Vorladung, "Vorladung ansehen" on another site', from: 'Amtsgericht Bonn <vorladung@gericht-zustellung.info>', subject: 'Vorladung – Aktenzeichen 4 C 118/25', html: `<p>Sie werden zur mündlichen Verhandlung vorgeladen. Die Vorladung steht zum Abruf bereit.</p>${button('https://akten-abruf-online.com/a/118', 'Vorladung ansehen')}`, malware: true },
  { why: 'ja 呼出状, "訴状を確認" on another site', from: '大阪地方裁判所 <tsuchi@saiban-soutatsu.info>', subject: '呼出状（令和7年(ワ)第118号）', html: `<p>あなたに対する訴訟が提起されました。訴状をご確認ください。</p>${button('https://soshou-docs.com/v/118', '訴状を確認')}`, malware: true },
  // "Update or lose access": a desktop program to install is malware, a sign-in is phishing.
  { why: 'en threat + "Download Exodus for Windows" (a page) is malware', from: 'Exodus <support@exodus-wallet-care.com>', subject: 'Your wallet will be suspended', html: `<p>Your wallet will be suspended on December 15 unless you install the latest version of Exodus Desktop. Old versions lose access to funds.</p>${button('https://exodus-release-centre.com/get', 'Download Exodus for Windows')}`, malware: true },
  { why: 'fr threat + "Télécharger pour Windows" is malware', from: 'Coinbase <support@coinbase-securite-maj.com>', subject: 'Votre compte sera suspendu', html: `<p>Votre compte sera suspendu le 15 décembre si vous n'installez pas la dernière version de Coinbase Wallet pour Windows.</p>${button('https://cbwallet-release.net/win', 'Télécharger pour Windows')}`, malware: true },
  { why: 'must not: the same threat asking to sign in and confirm the phrase stays phishing', from: 'Exodus <support@exodus-wallet-care.com>', subject: 'Your wallet will be suspended', html: `<p>Your wallet will be suspended on December 15 unless you verify your account. Sign in and confirm your recovery phrase.</p>${button('https://exodus-release-centre.com/login', 'Sign in to verify')}`, malware: false, phishing: true },
  { why: 'must not: a credential lure with a store-app footer ("Download our app") stays phishing', from: 'Coinbase <support@coinbase-securite-maj.com>', subject: 'Account update required', html: `<p>Your account will be suspended. Sign in to update your account details.</p>${button('https://coinbase-securite-maj.com/login', 'Sign in')}<p>${'<a href="https://apps.apple.com/app/coinbase/id886427730">Download our app</a>'}</p>`, malware: false, phishing: true },
  // Must not.
  { why: 'must not: a court\'s own e-filing notice, DMARC pass', from: 'Amtsgericht Bonn <poststelle@ag-bonn.nrw.de>', subject: 'Vorladung – Aktenzeichen 4 C 118/25', html: `<p>Die Vorladung wurde in Ihr Postfach eingestellt.</p>${button('https://justiz-portal.example/akte/118', 'Vorladung ansehen')}`, dmarc: true, malware: false },
  { why: 'must not: a vendor\'s own update notice with its installer, DMARC pass', from: 'Ledger <news@ledger.com>', subject: 'Ledger Live 2.95 is available', html: `<p>Install the new version of Ledger Live for faster syncing.</p>${button('https://ledger.com/download/LedgerLive-2.95.exe', 'Download for Windows')}`, dmarc: true, malware: false },
  { why: 'must not: a company\'s own IT notice with its VPN installer on its own domain, no brand claimed', from: 'IT Service Desk <it@northwind-traders.com>', subject: 'New VPN client', html: `<p>Please install the new VPN client before Monday.</p>${button('https://northwind-traders.com/it/VPNClient.msi', 'Download the VPN client')}`, malware: false },
  { why: 'must not: an e-fax service\'s own notice, the fax a PDF, DMARC pass', from: 'eFax <message@efax.com>', subject: 'eFax message from 312-555-0133 - 2 page(s)', html: `<p>You have received a 2-page fax.</p>${button('https://www.efax.com/messages/view/88213/fax.pdf', 'View fax')}`, dmarc: true, malware: false },
  { why: 'must not: a shop\'s invoice button to its billing platform, DMARC pass', from: 'Fahrradladen <rechnung@mein-fahrradladen.de>', subject: 'Ihre Rechnung 40021', html: `<p>Vielen Dank für Ihren Einkauf.</p>${button('https://billing-platform.example/inv/40021', 'Rechnung herunterladen')}`, dmarc: true, malware: false },
  { why: 'must not: a photographer on free mail, "Download all files" to the photos\' zip on her own server', from: 'Lena Hoffmann <lena.hoffmann.foto@gmail.com>', subject: 'Eure Hochzeitsfotos', html: `<p>Liebe Anna, lieber Jan, eure Fotos sind fertig!</p>${button('https://lena-hoffmann-foto.de/galerie/annaundjan/Hochzeit_Fotos.zip', 'Download all files')}`, malware: false },
  { why: 'must not: an encrypted-mail service opens the message in the browser (no install asked)', from: 'Secure Mail <noreply@secure-notify-center.net>', subject: 'Encrypted message from Payroll', html: `<p>You have received an encrypted message. Click below to read it in your browser.</p>${button('https://portal.secure-reader.example/m/7', 'Read message')}`, malware: false },
  { why: 'must not: list mail advising a plug-in for encrypted mail', from: 'Thunderbird users <users@lists.example.org>', subject: 'Re: reading encrypted mail', html: '<p>For encrypted messages you can install the Enigmail plug-in from <a href="https://addons.thunderbird.net/addon/enigmail/">the add-ons site</a>.</p>', list: true, malware: false },
  { why: 'must not: "decrypt" by signing in stays phishing', from: 'Secure Mail <noreply@secure-notify-center.net>', subject: 'Encrypted message', html: `<p>You have received an encrypted message. To read it, install the viewer plug-in and sign in with your email password.</p>${button('https://secure-viewer-login.com/login.php', 'Sign in to decrypt')}`, malware: false },
];

rows.forEach((row, i) => {
  test(`claimed program, viewer, file buttons: ${row.why}`, async () => {
    const r = await (row.dmarc ? trusting : scanner).scan({ raw: message(row, i), source: `mal52-${i}.eml` });
    const line = `${r.verdict} ${r.score}: ${activeIds(r).join(', ')}`;
    if (row.malware) assert.equal(r.verdict, 'malware', line);
    else assert.notEqual(r.verdict, 'malware', line);
    if (row.phishing) assert.equal(r.verdict, 'phishing', line);
  });
});

const anchor = (text: string): LinkOccurrence => ({ source: 'a', text } as LinkOccurrence);
const DOCUMENT = /\b(?:documents?|invoices?|fax(?:es)?|rechnung)\b/iu;
const buttonRows: [string, string | undefined][] = [
  ['View fax', 'View fax'], ['▶ Listen to message', '▶ Listen to message'], ['Rechnung ansehen', 'Rechnung ansehen'], ['メッセージを再生', 'メッセージを再生'],
  ['Escuchar el mensaje', 'Escuchar el mensaje'], ['Download', undefined], ['View fax and all the other pages of the long letter that the sender put into one link', undefined], ['Invoice', undefined],
];
for (const [text, expected] of buttonRows) {
  test(`documentButtonWords: ${JSON.stringify(text)}`, () => assert.equal(documentButtonWords([anchor(text)], DOCUMENT), expected));
}
const asFileRows: [string, string | undefined][] = [
  ['Download all files', undefined], ['Dateien herunterladen', undefined], ['Download invoice', 'Download invoice'], ['View files', 'View files'],
  ['Fax downloaden', 'Fax downloaden'], ['ファイルをダウンロード', undefined], ['Download the message', 'Download the message'],
];
const WITH_FILES = /\b(?:documents?|invoices?|fax(?:es)?|rechnung|files?|dateien)\b|ファイル/iu;
for (const [text, expected] of asFileRows) {
  test(`documentButtonWords, the address an archive: ${JSON.stringify(text)}`, () => assert.equal(documentButtonWords([anchor(text)], WITH_FILES, true), expected));
}
test('documentButtonWords: a written address is no button', () => assert.equal(documentButtonWords([{ source: 'text', text: 'View fax' } as LinkOccurrence], DOCUMENT), undefined));

const viewerRows: [string, boolean][] = [
  ['You have received an encrypted message. To read it, install the Secure Message Viewer plug-in.', true],
  ['Vous avez reçu un message chiffré. Pour le lire, installez le module de déchiffrement.', true],
  ['Ha recibido un mensaje cifrado. Para leerlo, instale el complemento de descifrado.', true],
  ['Você recebeu uma mensagem criptografada. Para lê-la, instale o plug-in.', true],
  ['U hebt een versleuteld bericht ontvangen. Installeer de beveiligde viewer om het te lezen.', true],
  ['Install the viewer plug-in to see our new catalogue.', false],
  ['You have received an encrypted message. Click below to read it in your browser.', false],
  ['Your protected document is ready. Install our app from the store for faster access.', false],
];
for (const [text, fires] of viewerRows) {
  test(`viewerInstallAsked: ${text.slice(0, 60)}`, () => assert.equal(viewerInstallAsked(text) !== undefined, fires));
}

test('URL_PROGRAM_ON_SENDER_DOMAIN: the sender\'s own domain only, not a brand\'s genuine site a lookalike links to', async () => {
  const own: Row = { why: '', from: 'Zoom <updates@zoom-meetings-update.com>', subject: 'Zoom Workplace: required update', html: `<p>Install the latest version now.</p>${button('https://zoom-meetings-update.com/ZoomInstallerFull.msi', 'Download update')}`, malware: true };
  const brands: Row = { ...own, html: `<p>Install the latest version now.</p>${button('https://zoom.us/client/latest/ZoomInstallerFull.msi', 'Download update')}` };
  const ownIds = activeIds(await scanner.scan({ raw: message(own, 900), source: 'own.eml' }));
  const brandIds = activeIds(await scanner.scan({ raw: message(brands, 901), source: 'brand.eml' }));
  assert.ok(ownIds.includes('URL_PROGRAM_ON_SENDER_DOMAIN'), ownIds.join(', '));
  assert.ok(!brandIds.includes('URL_PROGRAM_ON_SENDER_DOMAIN'), brandIds.join(', '));
});
