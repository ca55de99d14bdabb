import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LinkOccurrence } from '../../links/extract.js';
import { namedDesktopOrVersionDownload, subjectOrOpeningNamesApp } from './lures.js';
import { numberedReleaseAnnounced, productReleaseAnnounced } from './version-update.js';

/**
 * Session 63 (issue 17, helper mal64): the fake-update shapes no app reading reached — a product named "… Desktop" to download, a
 * newer version to download with no "of X" on a disposable host, a bare download button under a numbered release on a disposable
 * host, and a brand's product announced by its name and number ("Trezor Suite 25.6 is beschikbaar").
 */
const link = (text: string): LinkOccurrence => ({ source: 'a', text, raw: 'https://x.example/' } as LinkOccurrence);
/** The letter's shown text: the opening, then the button's words where the page shows them. */
const asked = (opening: string, button: string, disposable: boolean) => namedDesktopOrVersionDownload([link(button)], `${opening}\n${button}`, disposable);

test('namedDesktopOrVersionDownload: a product named "… Desktop" to download, any link elsewhere (en de fr es pt it nl)', () => {
  const fire: [string, string][] = [
    ['Meet MetaMask Desktop, our native application.', 'Download MetaMask Desktop'],
    ['Wir stellen vor: die neue Anwendung für Ihren Computer.', 'Exodus Desktop herunterladen'],
    ['Découvrez notre nouvelle application.', 'Télécharger Proton VPN Desktop'],
    ['Presentamos la nueva aplicación.', 'Descargar Authy Desktop'],
    ['Conheça o novo aplicativo.', 'Baixar Bitwarden Desktop'],
    ['Scopri la nuova applicazione.', 'Scarica Ledger Desktop'],
    ['Maak kennis met de nieuwe app.', 'Trezor Desktop downloaden'],
  ];
  for (const [opening, button] of fire) assert.ok(asked(opening, button, false), button);
  const quiet: [string, string][] = [
    ['Our desktop is tidy again.', 'Download the Desktop wallpaper'], // no product name before "Desktop"
    ['Remote Desktop sessions end at 18:00.', 'Read the notice'], // no download call
    ['Meet the new app.', 'Download MetaMask desktop guide'], // lower-case: not a product's name
  ];
  for (const [opening, button] of quiet) assert.equal(asked(opening, button, false), undefined, button);
});

test('namedDesktopOrVersionDownload: "download the latest version" with no "of X" only on a disposable host (en de fr es pt it nl)', () => {
  const rows: [string, string][] = [
    ['A critical vulnerability was fixed. Download the latest version now to stay protected.', 'Download'],
    ['Die neue Version ist da. Laden Sie die neueste Version herunter:', 'Jetzt herunterladen'],
    ['Une faille a été corrigée. Téléchargez la dernière version dès aujourd\'hui :', 'Télécharger'],
    ['Descargue la última versión para seguir operando con seguridad.', 'Descargar'],
    ['Corrigimos uma falha. Baixe a versão mais recente agora:', 'Baixar'],
    ['Electrum ha corretto una vulnerabilità. Scarica subito l\'ultima versione:', 'Scarica'],
    ['Download de nieuwste versie voor 30 juni om toegang te houden.', 'Downloaden'],
  ];
  for (const [opening, button] of rows) {
    assert.ok(asked(opening, button, true), `disposable: ${opening}`);
    assert.equal(asked(opening, button, false), undefined, `not disposable: ${opening}`);
  }
  // Apps and extensions are no version: a prize lure's "download our app" footer on a shortener stays unread.
  assert.equal(asked('You won! Download our app to see your prize.', 'Download the app', true), undefined);
});

test('namedDesktopOrVersionDownload: a bare download button under a numbered release, on a disposable host only', () => {
  assert.ok(asked('Bitwarden 2025.6 ist jetzt verfügbar und schließt eine kritische Lücke.', 'Herunterladen', true));
  assert.ok(asked('Version 4.2 is now available.', 'Download now', true));
  assert.equal(asked('Version 4.2 is now available.', 'Download now', false), undefined);
  assert.equal(asked('Your invoice of 12.50 is available.', 'Download', true), undefined);
  assert.equal(asked('Bitwarden 2025.6 ist jetzt verfügbar.', 'Zu den Neuerungen', true), undefined); // no download call
});

test('productReleaseAnnounced: a brand\'s product by name and number said to be out (nl en de fr es pt it); the name must hold the brand', () => {
  const fire: [string, string][] = [
    ['Trezor Suite 25.6 is beschikbaar met belangrijke beveiligingsverbeteringen.', 'Trezor'],
    ['Chrome 138.0 is now available with an important security fix.', 'Chrome'],
    ['Bitwarden 2025.6 ist jetzt verfügbar.', 'Bitwarden'],
    ['Ledger Live 2.9 est disponible.', 'ledger'],
    ['Exodus 25.6 ya está disponible.', 'Exodus'],
    ['MetaMask 12.4 já está disponível.', 'MetaMask'],
    ['Electrum 4.5 è disponibile.', 'Electrum'],
  ];
  for (const [text, brand] of fire) assert.ok(productReleaseAnnounced(text, brand), text);
  const quiet: [string, string][] = [
    ['Trezor Suite 25.6 is beschikbaar.', 'Ledger'], // another brand's product
    ['Save 25.50 now available with Trezor.', 'Trezor'], // a sentence's first word, not the brand's product
    ['Room 12.5 is available on Monday.', 'Hotel'], // a room, not the brand's product
    ['Get 2.5 % cashback, available now.', 'Get'],
    ['Total EUR 25.60 available in your Trezor account.', 'Trezor'],
    ['Trezor Suite 25.6: read what changed.', 'Trezor'], // no release verb
  ];
  for (const [text, brand] of quiet) assert.equal(productReleaseAnnounced(text, brand), undefined, text);
});

test('numberedReleaseAnnounced: a release word or a product, a number, a release verb; not a price or a sign', () => {
  for (const text of ['Firmware 2.4.0 is now available.', 'Bitwarden 2025.6 ist jetzt verfügbar.', 'Python 3.12 is out!']) assert.ok(numberedReleaseAnnounced(text), text);
  for (const text of ['Get 2.5 % cashback, available now.', 'Your invoice of 12.50 is available in your account.', 'Total EUR 25.60 available', 'Version 2.1 of our terms applies from 1 May.']) assert.equal(numberedReleaseAnnounced(text), undefined, text);
});

test('subjectOrOpeningNamesApp: a desktop program announced as "<Name> Desktop" or "… para escritorio" (session 64, mal65; en de fr es pt nl ja)', () => {
  const fire: [subject: string, opening: string][] = [
    ['Kraken Desktop is now available', 'Trade from your computer.'],
    ['News from Trust Wallet', 'Meet Trust Wallet Desktop: faster, safer, built for your computer.'],
    ['Neu bei uns', 'Exodus Desktop ist da: Ihre Wallet jetzt auch auf dem Computer.'],
    ['Atomic Wallet Desktop est disponible', 'Pour tous nos utilisateurs.'],
    ['Novedades', 'Presentamos la nueva Trezor Suite para escritorio.'],
    ['Novidade', 'Conheça a nova Exodus para desktop, mais rápida e segura.'],
    ['Trust Wallet Desktop is beschikbaar', 'Nu voor Windows.'],
    ['Trust Wallet Desktop のご案内', '提供を開始しました。'],
  ];
  for (const [subject, opening] of fire) assert.equal(subjectOrOpeningNamesApp(subject, opening), true, `${subject} / ${opening}`);
  const quiet: [subject: string, opening: string][] = [
    ['Your Tax Document is ready', 'These files must be opened using a Windows Desktop environment.'], // a system, not a product (design 7658)
    ['IT notice', 'Remote Desktop sessions end at 18:00 on Friday.'],
    ['Tidy up', 'Your Desktop is full of icons; The Desktop cleanup starts Monday.'],
    ['Photos', 'I put the photos on my desktop and will send them tonight.'],
    ['Rapport', 'Le rapport est sur le bureau de Marie.'],
  ];
  for (const [subject, opening] of quiet) assert.equal(subjectOrOpeningNamesApp(subject, opening), false, `${subject} / ${opening}`);
});

test('namedDesktopOrVersionDownload: a "Get <name> <number>" button under the numbered release, disposable links only (session 64, mal65)', () => {
  assert.ok(asked('Chrome 138.0 is now available for your computer.', 'Get Chrome 138', true));
  assert.ok(asked('Firefox 141.0 ist jetzt verfügbar.', 'Get Firefox 141', true));
  assert.equal(asked('Chrome 138.0 is now available for your computer.', 'Get Chrome 138', false), undefined); // not a disposable host
  assert.equal(asked('Chrome 138.0 is now available for your computer.', 'Get Chrome 13', true), undefined); // not the release's number
  assert.equal(asked('Chrome 138.0 is now available for your computer.', 'Get 20% off', true), undefined); // not the release's number
  assert.equal(asked('Our shop opens at 9.30 today.', 'Get 930 points', true), undefined); // no release announced
});
