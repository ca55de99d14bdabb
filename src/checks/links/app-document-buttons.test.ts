import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import { activeIds } from '../../test-support/corpus-rows.js';

/**
 * Session 51 (issue 17, helper mal51): the fake desktop app or mandatory update whose button names a platform or the newest
 * version ("Download for Windows", "Télécharger la dernière version", "Windows版をダウンロード") under a borrowed brand, and the
 * tax or pay document whose button names it in its language ("Descargar certificado fiscal", "Baixar informe de rendimentos",
 * "Jaaroverzicht downloaden", "取引報告書をダウンロード"), are malware lures in every language — the download is an installer.
 * End to end with the shipped model; the letters here are written for this test (the probe's were other wordings). Must-nots:
 * a vendor's own newsletter through its mailer's click tracker, a vendor's own download page, a download portal's newsletter, an
 * app-store link, a credential lure that asks to sign in, a bank's own statement notice.
 */
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z'), classifierModel: shipped } });

const word = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? s : `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`);

function message(from: string, subject: string, html: string, index: number): Uint8Array {
  const name = from.replace(/ <.*/, '');
  const address = from.replace(/.*</, '<');
  return new TextEncoder().encode([
    `From: ${word(name)} ${address}`, 'To: reader@mailbox.example', `Subject: ${word(subject)}`, 'Date: Mon, 2 Jun 2025 10:00:00 +0200',
    `Message-ID: <app-button.${index}@${address.replace(/.*@|>.*/g, '')}>`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '',
    Buffer.from(`<html><body>${html}</body></html>`).toString('base64').replace(/(.{76})/g, '$1\r\n'), '',
  ].join('\r\n'));
}
const button = (href: string, text: string) => `<p><a href="${href}" style="background:#222;color:#fff;padding:12px 24px">${text}</a></p>`;

interface Row { why: string; from: string; subject: string; html: string; malware: boolean; phishing?: boolean }
const rows: Row[] = [
  // Fake desktop apps and mandatory updates under a borrowed wallet or exchange name.
  { why: 'en desktop app, "Download for macOS"', from: 'Trezor <team@trezor-suite-news.com>', subject: 'Trezor Suite desktop is here', html: `<p>Hello, the new Trezor Suite desktop application brings faster syncing and coin control. Get started in minutes.</p>${button('https://trezor-suite-release.com/get', 'Download for macOS')}`, malware: true },
  { why: 'de desktop app, "Jetzt für Windows herunterladen"', from: 'Binance <info@binance-desktop-news.com>', subject: 'Binance Desktop für Windows ist da', html: `<p>Hallo, mit der neuen Binance Desktop-Anwendung handeln Sie schneller und sicherer.</p>${button('https://bnb-desktop-release.net/win', 'Jetzt für Windows herunterladen')}`, malware: true },
  { why: 'fr mandatory update, "Télécharger la dernière version"', from: 'Coinbase <support@coinbase-wallet-maj.com>', subject: 'Mise à jour obligatoire de votre portefeuille', html: `<p>Bonjour, les anciennes versions de Coinbase Wallet ne seront plus prises en charge après le 15 juillet.</p>${button('https://cbw-release-center.net/', 'Télécharger la dernière version')}`, malware: true },
  { why: 'es desktop app, "Descargar para Windows"', from: 'Phantom <hola@phantom-escritorio.com>', subject: 'Phantom ya tiene aplicación de escritorio', html: `<p>Hola, presentamos Phantom para escritorio: más rápido y con más funciones de seguridad.</p>${button('https://phantom-desktop-app.net/dl', 'Descargar para Windows')}`, malware: true },
  { why: 'pt mandatory update, "Baixar a versão mais recente"', from: 'Trust Wallet <suporte@trustwallet-atualiza.com>', subject: 'Atualização obrigatória da carteira', html: `<p>Olá, a partir de 15 de julho as versões antigas deixarão de funcionar.</p>${button('https://tw-release-center.com/', 'Baixar a versão mais recente')}`, malware: true },
  { why: 'nl compound update word, "Nieuwste versie downloaden"', from: 'MetaMask <support@metamask-update-nl.com>', subject: 'Verplichte beveiligingsupdate voor MetaMask', html: `<p>Beste gebruiker, oudere versies van MetaMask worden na 15 juli niet meer ondersteund.</p>${button('https://mm-release-center.net/', 'Nieuwste versie downloaden')}`, malware: true },
  { why: 'it desktop app, "Scarica per Windows"', from: 'Ledger <info@ledger-live-desktop.net>', subject: 'Ledger Live: nuova versione desktop', html: `<p>Ciao, la nuova versione desktop di Ledger Live è disponibile con lo staking integrato.</p>${button('https://ledger-live-release.com/win', 'Scarica per Windows')}`, malware: true },
  { why: 'ja desktop app, "Windows版をダウンロード"', from: 'Coinbase <info@coinbase-desktop-jp.com>', subject: 'Coinbase デスクトップアプリ提供開始のお知らせ', html: `<p>Coinbase の公式デスクトップアプリを公開しました。より安全にお取引いただけます。</p>${button('https://cb-desktop-release.net/', 'Windows版をダウンロード')}`, malware: true },
  // Tax and pay documents on download buttons, under a borrowed bank or broker name.
  { why: 'es tax certificate button', from: 'Banco Santander <avisos@santander-certificados.com>', subject: 'Certificado fiscal 2025', html: `<p>Estimado cliente, ya puede descargar su certificado fiscal del ejercicio 2025.</p>${button('https://certificados-fiscales.net/d/2291', 'Descargar certificado fiscal')}`, malware: true },
  { why: 'pt income statement button', from: 'Banco Itaú <avisos@itau-informes.com>', subject: 'Informe de rendimentos 2025', html: `<p>Prezado cliente, seu informe de rendimentos já pode ser baixado.</p>${button('https://informes-rendimentos.net/d/2291', 'Baixar informe de rendimentos')}`, malware: true },
  { why: 'nl annual statement button', from: 'ING <service@ing-jaaroverzicht.com>', subject: 'Uw fiscaal jaaroverzicht 2025', html: `<p>Beste klant, uw jaaroverzicht voor de belastingaangifte staat voor u klaar.</p>${button('https://jaaroverzicht-online.net/d/2291', 'Jaaroverzicht downloaden')}`, malware: true },
  { why: 'ja annual trade report button', from: 'SBI証券 <info@sbi-houkoku.com>', subject: '年間取引報告書のご案内', html: `<p>2025年分の年間取引報告書を発行しました。</p>${button('https://houkoku-download.net/d/2291', '取引報告書をダウンロード')}`, malware: true },
  // The opening asks to install a version (the subject names no app): "instale la nueva versión", "die neueste Version installieren".
  { why: 'es opening asks to install the new version, bare "Descargar ahora"', from: 'Exodus <soporte@exodus-billetera.com>', subject: 'Acción necesaria antes del 30 de julio', html: `<p>Hola, para seguir usando su billetera Exodus, instale la nueva versión antes del 30 de julio.</p>${button('https://exodus-release-center.net/', 'Descargar ahora')}`, malware: true },
  { why: 'de opening asks to install the newest version (verb last), "Jetzt herunterladen"', from: 'Electrum <support@electrum-wallet-de.com>', subject: 'Wichtiger Hinweis zu Ihrer Wallet', html: `<p>Hallo, bitte bis zum 30. Juli die neueste Version installieren, ältere Versionen werden nicht mehr unterstützt.</p>${button('https://electrum-release.net/', 'Jetzt herunterladen')}`, malware: true },
  // Desktop-only statements in French ("ne … que") and Portuguese ("só").
  { why: 'fr desktop-only statement, "ne peut être ouvert que sur un ordinateur Windows"', from: 'Boursorama Banque <documents@boursorama-releves.net>', subject: 'Votre relevé annuel est disponible', html: `<p>Votre relevé annuel est disponible. Important : ce document ne peut être ouvert que sur un ordinateur Windows.</p>${button('https://releves-annuels.net/d/77', 'Voir le document')}`, malware: true },
  { why: 'pt desktop-only statement, "só pode ser aberto em um computador com Windows"', from: 'Banco Itaú <documentos@itau-extratos.net>', subject: 'Seu extrato anual está disponível', html: `<p>Seu extrato anual está disponível. Atenção: o documento só pode ser aberto em um computador com Windows.</p>${button('https://extratos-anuais.net/d/77', 'Ver documento')}`, malware: true },
  // A document to download from a link that shows a government site's address and leads elsewhere (the SSA statement lure).
  ...([
    ['en', 'Your Statement is ready', 'Your Social Security Statement is ready. Please download the document from this link:', 'https://www.ssa.gov/myaccount/statement', 'https://ap.lc/k2Lm9'],
    ['de', 'Ihr Steuerbescheid', 'Ihr Steuerbescheid liegt vor. Sie können das Dokument hier herunterladen:', 'https://www.elster.de/bescheid', 'https://bescheid-abruf.net/x7'],
    ['fr', 'Votre avis est disponible', 'Votre avis est disponible. Téléchargez le document depuis ce lien :', 'https://www.impots.gouv.fr/avis', 'https://avis-en-ligne.net/x7'],
    ['es', 'Su notificación', 'Tiene una notificación pendiente. Descargue el documento desde este enlace:', 'https://sede.agenciatributaria.gob.es/notificacion', 'https://notifica-sede.net/x7'],
    ['pt', 'Sua notificação', 'Você tem uma notificação pendente. Baixe o documento pelo link abaixo:', 'https://www.gov.br/receitafederal/notificacao', 'https://notifica-gov.net/x7'],
    ['nl', 'Uw aanslag', 'Uw aanslag staat klaar. Download het document via deze link:', 'https://www.belastingdienst.nl/aanslag', 'https://aanslag-online.net/x7'],
    ['it', 'La sua comunicazione', 'È disponibile una comunicazione. Scarica il documento da questo link:', 'https://www.agenziaentrate.gov.it/comunicazione', 'https://comunicazioni-online.net/x7'],
    ['ja', '通知書のお知らせ', '通知書をご用意しました。以下のリンクから書類をダウンロードしてください:', 'https://www.nta.go.jp/tsuchi', 'https://tsuchi-download.net/x7'],
  ] as const).map(([lang, subject, text, shown, href]): Row => ({ why: `${lang} document to download from a link showing ${shown.replace(/^https:\/\/(www\.)?/, '').replace(/\/.*/, '')}`, from: 'Online Services <notice@mail-centre-24.com>', subject, html: `<p>${text} <a href="${href}">${shown}</a></p>`, malware: true })),
  { why: 'must not: the shown address is where the link goes', from: 'Online Services <notice@mail-centre-24.com>', subject: 'Your Statement is ready', html: `<p>Your statement is ready. Please download the document from this link: <a href="https://docs.mail-centre-24.com/s/77">https://docs.mail-centre-24.com/s/77</a></p>`, malware: false },
  { why: 'must not: a link showing another address that asks nothing to be downloaded', from: 'Online Services <notice@mail-centre-24.com>', subject: 'News', html: `<p>Read more about the new rules at <a href="https://ap.lc/k2Lm9">https://www.ssa.gov/news</a></p>`, malware: false },
  { why: 'must not: the disguised link is a sign-in page (credential phishing)', from: 'Online Services <notice@mail-centre-24.com>', subject: 'Your Statement is ready', html: `<p>Please sign in with your password to download the document from this link: <a href="https://ssa-gov-login.net/signin/login.php">https://www.ssa.gov/myaccount</a></p>`, malware: false },
  // Must not.
  { why: 'must not: a vendor\'s own newsletter, "Download for Windows" through its mailer\'s click tracker, unauthenticated', from: 'Ledger <hello@ledger.com>', subject: 'Ledger Live 2.90: the new desktop app for Windows and macOS', html: `<p>Hi, the new Ledger Live desktop app is out with staking improvements.</p>${button('https://click.mailchimpapp.net/track/click?u=8a7f&id=91bc', 'Download for Windows')}<p><a href="https://ledger.us12.list-manage.com/unsubscribe?u=8a7f">Unsubscribe</a></p>`, malware: false },
  { why: 'must not: a vendor\'s own download page', from: 'Zoom <no-reply@zoom.us>', subject: 'Update available: Zoom Workplace for Windows', html: `<p>A new version of Zoom Workplace is available.</p>${button('https://zoom.us/download', 'Download for Windows')}`, malware: false },
  { why: 'must not: a download portal\'s newsletter', from: 'Softonic <newsletter@softonic.com>', subject: 'The best free apps for Windows this week', html: `<p>Our picks of the week: VLC, 7-Zip and GIMP.</p>${button('https://en.softonic.com/download/vlc/windows', 'Download for Windows')}`, malware: false },
  { why: 'must not: a savings bank\'s app update through the app store', from: 'Sparkasse <service@sparkasse.de>', subject: 'Neue Version der Sparkasse-App', html: `<p>Die neue Version der App ist da.</p>${button('https://apps.apple.com/de/app/sparkasse/id320599923', 'Neueste Version herunterladen')}`, malware: false },
  { why: 'must not: a bank\'s own tax certificate notice, sign in to online banking', from: 'ING <info@ing.nl>', subject: 'Uw jaaroverzicht 2025 staat klaar', html: `<p>Beste klant, uw jaaroverzicht 2025 staat klaar in Mijn ING.</p>${button('https://www.ing.nl/particulier/mijn-ing', 'Bekijk in Mijn ING')}`, malware: false },
  { why: 'must not: a newsletter whose opening says to install the app from the store', from: 'Lidl Plus <news@lidl-plus-news.com>', subject: 'Neue Angebote der Woche', html: `<p>Hallo, installieren Sie die App und sparen Sie jede Woche. Die Angebote der Woche finden Sie hier.</p>${button('https://click.lidl-mailer.com/c/9911', 'Angebote ansehen')}`, malware: false },
  { why: 'must not: a French bank\'s own desktop advice ("ne peut être ouvert que sur ordinateur" read on its own site)', from: 'Boursorama <releves@boursorama.com>', subject: 'Votre relevé annuel', html: `<p>Votre relevé annuel est dans votre espace client.</p>${button('https://clients.boursorama.com/releves', 'Accéder à mon espace')}`, malware: false },
  { why: 'must not: a wallet credential lure asking to sign in stays phishing', from: 'MetaMask <support@metamask-verify-center.com>', subject: 'Your wallet will be suspended', html: `<p>Your MetaMask wallet has been flagged. Sign in and verify your wallet within 24 hours to avoid suspension.</p>${button('https://metamask-verify-center.com/login', 'Verify wallet')}`, malware: false, phishing: true },
];

rows.forEach((row, i) => {
  test(`app and document buttons: ${row.why}`, async () => {
    const r = await scanner.scan({ raw: message(row.from, row.subject, row.html, i), source: `app-button-${i}.eml` });
    const line = `${r.verdict} ${r.score}: ${activeIds(r).join(', ')}`;
    if (row.malware) assert.equal(r.verdict, 'malware', line);
    else assert.notEqual(r.verdict, 'malware', line);
    if (row.phishing) assert.equal(r.verdict, 'phishing', line);
  });
});
