import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import type { ScanReport } from '../../scan/report.js';
import { dmarcPass, mail, scanner, trusted } from '../../test-support/classifier-free-scan.js';
import { prng } from '../../test-support/campaign-corpus.js';
import { releaseAnnounced, secretAsked, softwareUpdateAsked, updateTheThing, updateTheThingWritten, versionUpdateAsked, viewerUpdateAsked } from './version-update.js';

/** Session 55 (det55): the update to a newer version *of* a program the opening asks for (version-update.ts), and the fake update it makes malware. */

test('versionUpdateAsked: an update to a newer version of something (7 languages, verb first or last); not a device, no "of", no update verb', () => {
  const fire = [
    'To access these tools, you must update to the latest version of Ledger Live and ensure your firmware is current.',
    'Please upgrade to the newest version of the Trezor Suite today.',
    'Bitte aktualisieren Sie auf die neueste Version von Ledger Live.',
    'Bitte auf die neueste Version von Ledger Live aktualisieren.',
    'Vous devez mettre à jour vers la dernière version de Ledger Live.',
    'Actualice a la última versión de la aplicación antes del viernes.',
    'Atualize para a versão mais recente do Ledger Live.',
    'Aggiorna all\'ultima versione di Ledger Live.',
    'Update naar de nieuwste versie van Ledger Live.',
  ];
  for (const text of fire) assert.ok(versionUpdateAsked(text), text);
  const quiet = [
    // The device, not a program (design 2446/2448/2456/2463, labelled cred: a seed-phrase page behind the button).
    'In order to protect your assets, please upgrade your ledger to the newest version.',
    'Upgrade to latest version',
    'Read the latest version of our privacy policy.',
    'We have updated our terms. The new version of the terms applies from May 1.',
    'We have updated our terms; see the new version of them below.',
    'Update your billing details to keep your subscription.',
    'Die neueste Version von Ledger Live ist da.',
  ];
  for (const text of quiet) assert.equal(versionUpdateAsked(text), undefined, text);
});

const allIds = (r: ScanReport): string[] => r.findings.map((f) => f.id);
const NEW_ERA = (update: string): string =>
  `<p>A New Era for Ledger Live</p><p>Dear Ledger User, we are thrilled to announce our biggest update yet: cross-chain swaps, a staking dashboard for your digital assets and crypto, an NFT gallery. Upgraded firmware keeps your crypto safe.</p><p>${update}</p><p><a href="https://u1234.ct.sendgrid.net/ls/click?upn=u001.AbCdEfGhIjKlMnOpQrStUvWx">Update &amp; Explore Features</a></p><p>The Ledger Team</p>`;

const rows: { name: string; from: string; html: string; auth?: string; verdict?: string; notVerdict?: string; expected: string[] }[] = [
  {
    name: 'en: a wallet\'s name over crypto words from a hijacked mailer account (DMARC passes for it): the app update is malware',
    from: '"Ledger" <noreply@stealth.carmaker.example>', auth: 'stealth.carmaker.example',
    html: NEW_ERA('To access this new suite of tools, you must update to the latest version of Ledger Live.'),
    verdict: 'malware', expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'],
  },
  {
    name: 'de: the same in German, no DMARC',
    from: '"Ledger" <news@wallet-news.example>',
    html: NEW_ERA('Um die neuen Funktionen zu nutzen, aktualisieren Sie auf die neueste Version von Ledger Live.'),
    verdict: 'malware', expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'],
  },
  // Must not: the vendor's own letter; the device "to the newest version" (no program named: cred by the labels); a reseller's
  // DMARC-passing letter naming a vendor without crypto words (the DMARC gate still spares it).
  {
    name: 'must not: the vendor\'s own letter, DMARC-authenticated, links its own',
    from: '"Ledger" <news@ledger.com>', auth: 'ledger.com',
    html: NEW_ERA('You must update to the latest version of Ledger Live.').replace('https://u1234.ct.sendgrid.net/ls/click?upn=u001.AbCdEfGhIjKlMnOpQrStUvWx', 'https://www.ledger.com/ledger-live'),
    notVerdict: 'malware', expected: [],
  },
  {
    name: 'must not: the device to the newest version (no program named)',
    from: '"Ledger" <noreply@stealth.carmaker.example>', auth: 'stealth.carmaker.example',
    html: NEW_ERA('In order to protect your assets, please upgrade your ledger to the newest version.'),
    notVerdict: 'malware', expected: [],
  },
  {
    name: 'must not: a reseller\'s DMARC-passing letter naming a vendor, no crypto words',
    from: '"Norton" <offers@pc-deals.example>', auth: 'pc-deals.example',
    html: '<p>Your protection renews soon.</p><p>Please update to the latest version of Norton 360 to stay protected.</p><p><a href="https://pc-deals.example.net/n360">Update now</a></p>',
    notVerdict: 'malware', expected: [],
  },
];

test('a wallet app\'s update asked under a borrowed name is malware, DMARC for the hijacked sender or not; the vendor\'s own, the device and a reseller are not', async () => {
  for (const row of rows) {
    const raw = mail(row.from, 'A new Era for Ledger Live', row.html, row.auth ? dmarcPass(row.auth) : []);
    const r = await (row.auth ? trusted : scanner).scan({ raw, source: 'row.eml' });
    const got = allIds(r);
    for (const id of row.expected) assert.ok(got.includes(id), `${row.name}: expected ${id} in ${got.join(' ')}`);
    if (row.verdict) assert.equal(r.verdict, row.verdict, `${row.name}: ${got.join(' ')}`);
    if (row.notVerdict) assert.notEqual(r.verdict, row.notVerdict, `${row.name}: ${got.join(' ')}`);
  }
});

test('corpus rows: design 5486 (Ledger Live update through a hijacked SendGrid account) is malware; design 2446 (the device upgrade) stays cred-shaped', async (t) => {
  const full = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-07-24T08:00:00Z') } });
  await assertCorpusRows(t, full, [
    { file: 'sample-5486.eml', expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'], forbidden: [], verdict: 'malware', why: 'design, labelled malware: "you must update to the latest version of Ledger Live"' },
    { file: 'sample-2446.eml', expected: [], forbidden: ['URL_MALWARE_FAKE_UPDATE'], verdict: 'phishing', why: 'design, labelled cred: "upgrade your ledger to the newest version" names no program' },
  ]);
});

/** Session 56 (draw56d): a numbered release said to be out (releaseAnnounced), and the fake patch it makes malware under a borrowed name. */

test('releaseAnnounced: a numbered release of a program said to be out (8 languages); not a price, a policy\'s version, no release verb', () => {
  const fire = [
    'A high-severity vulnerability (CVE-2025-4781) has been identified. We\'ve released patch v2.5.1 to address this issue.',
    'Firmware 2.4.0 is now available for your device.',
    'Wir haben das Update 2.5.1 veröffentlicht. Es behebt eine Sicherheitslücke.',
    'La mise à jour 2.5.1 est disponible dès aujourd\'hui.',
    'Hemos publicado la actualización 2.5.1 para corregir un fallo.',
    'A atualização 2.5.1 já está disponível.',
    'Abbiamo rilasciato l\'aggiornamento 2.5.1 per correggere il problema.',
    'Update 2.5.1 is nu beschikbaar voor alle gebruikers.',
  ];
  for (const text of fire) assert.ok(releaseAnnounced(text), text);
  const quiet = [
    'Your invoice of 12.50 is available in your account.',
    'We updated our privacy policy (version 2.1). It applies from 1 May.',
    'Version 2.1 of our terms applies from 1 May.',
    'Get 2.5 % cashback, available now.',
    'Patch 2.5.1 fixes the USB issue. Available soon: a new dashboard.',
    'Release notes for the meeting of 12.05.2025 are attached.',
  ];
  for (const text of quiet) assert.equal(releaseAnnounced(text), undefined, text);
});

const PATCH = (release: string, link: string, text = 'Open Ledger Live'): string =>
  `<p>Security Patch: CVE-2025-4781</p><p>A high-severity vulnerability has been identified in the USB communication of hardware wallets. ${release}</p><ul><li>Hardened USB protocol validation</li><li>Encrypted communication channels</li></ul><p><a href="${link}">${text}</a></p><p>View the security bulletin or contact support for assistance.</p>`;
const OWN_TRACKER = 'https://url5825.news.cityvoice.example/ls/click?upn=u001.Mdjv1XXPWI0or88L0Mo8Jzch';

const patchRows: { name: string; from: string; subject: string; html: string; auth?: string; verdict?: string; notVerdict?: string; expected: string[]; forbidden?: string[] }[] = [
  {
    name: 'en: a wallet\'s patch announced under its name, the button through the sender\'s own branded tracker: malware',
    from: '"Ledger" <ledger@news.cityvoice.example>', subject: 'Security Patch: CVE-2025-4781',
    html: PATCH('We\'ve released patch v2.5.1 to address this issue.', OWN_TRACKER),
    verdict: 'malware', expected: ['URL_UPDATE_ANNOUNCED', 'URL_MALWARE_FAKE_UPDATE'],
  },
  {
    name: 'de: the same in German (Trezor Suite, "Update 3.1.2 veröffentlicht")',
    from: '"Trezor" <info@mailing.gartenwelt.example>', subject: 'Sicherheitsupdate',
    html: PATCH('Wir haben das Update 3.1.2 veröffentlicht, um das Problem zu beheben.', 'https://click.mailing.gartenwelt.example/t/abc123', 'Trezor Suite öffnen'),
    verdict: 'malware', expected: ['URL_UPDATE_ANNOUNCED', 'URL_MALWARE_FAKE_UPDATE'],
  },
  {
    name: 'fr: the same in French, the button to a host elsewhere',
    from: '"Ledger" <contact@promo-voyages.example>', subject: 'Correctif de sécurité',
    html: PATCH('Nous avons publié le correctif 2.5.1 : la mise à jour 2.5.1 est disponible.', 'https://secure-wallet-patch.example.net/download', 'Ouvrir Ledger Live'),
    verdict: 'malware', expected: ['URL_UPDATE_ANNOUNCED', 'URL_MALWARE_FAKE_UPDATE'],
  },
  // Must not: the vendor's own letter, authenticated; a release note whose button names no brand; a sign-in lure that mentions
  // a policy's version (no release said to be out).
  {
    name: 'must not: the vendor\'s own release note, DMARC-authenticated, its own tracker',
    from: '"Ledger" <news@ledger.com>', subject: 'Security Patch: CVE-2025-4781', auth: 'ledger.com',
    html: PATCH('We\'ve released patch v2.5.1 to address this issue.', 'https://click.ledger.com/ls/click?upn=u001.abc'),
    notVerdict: 'malware', expected: [], forbidden: ['URL_MALWARE_FAKE_UPDATE'],
  },
  {
    name: 'must not: a software vendor\'s own release note whose button names no brand',
    from: '"Acme Notes" <news@acmenotes.example>', subject: 'Acme Notes 4.2',
    html: PATCH('Version 4.2 is now available.', 'https://click.acmenotes.example/l/xyz', 'Read the release notes'),
    notVerdict: 'malware', expected: [], forbidden: ['URL_UPDATE_ANNOUNCED', 'URL_MALWARE_FAKE_UPDATE'],
  },
  {
    name: 'must not: a sign-in lure naming a policy\'s version',
    from: '"PayPal" <service@account-notice.example>', subject: 'Policy update',
    html: '<p>We updated our user agreement (version 2.1). It applies from 1 May.</p><p>Please confirm your account details to keep using PayPal.</p><p><a href="https://account-notice.example/paypal">Log in to PayPal</a></p>',
    notVerdict: 'malware', expected: [], forbidden: ['URL_UPDATE_ANNOUNCED', 'URL_MALWARE_FAKE_UPDATE'],
  },
];

test('a wallet\'s numbered patch announced under a borrowed name is malware, its button through the sender\'s own tracker or elsewhere; the vendor\'s own, an unbranded release note and a policy\'s version are not', async () => {
  for (const row of patchRows) {
    const raw = mail(row.from, row.subject, row.html, row.auth ? dmarcPass(row.auth) : []);
    const r = await (row.auth ? trusted : scanner).scan({ raw, source: 'row.eml' });
    const got = allIds(r);
    for (const id of row.expected) assert.ok(got.includes(id), `${row.name}: expected ${id} in ${got.join(' ')}`);
    for (const id of row.forbidden ?? []) assert.ok(!got.includes(id), `${row.name}: ${id} in ${got.join(' ')}`);
    if (row.verdict) assert.equal(r.verdict, row.verdict, `${row.name}: ${got.join(' ')}`);
    if (row.notVerdict) assert.notEqual(r.verdict, row.notVerdict, `${row.name}: ${got.join(' ')}`);
  }
});

test('corpus rows: design 6138 (draw 13: a Ledger "Security Patch" through a news site\'s own branded tracker) is malware', async (t) => {
  const full = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-11-01T08:00:00Z') } });
  await assertCorpusRows(t, full, [
    { file: 'sample-6138.eml', expected: ['URL_UPDATE_ANNOUNCED', 'URL_MALWARE_FAKE_UPDATE'], forbidden: [], verdict: 'malware', why: 'design (draw 13), labelled malware: "We\'ve released patch v2.5.1 … Open Ledger Live"' },
  ]);
});

/** Session 59 (mal59): the update of a device, firmware, an app or a program asked (softwareUpdateAsked), and the secret that keeps it a credential lure (secretAsked). */
test('softwareUpdateAsked: the thing updated named beside the ask (8 languages); not an account, profile or payment details, not the brand alone', () => {
  const fire = [
    'Your Ledger Live application requires an update or will no longer be supported.',
    'Our support team has noticed that your Ledger device is due for an update. Update my Ledger device',
    'Update your browser to keep browsing securely.',
    'The firmware must be updated before June 20.',
    'Aktualisieren Sie Ihre Ledger Firmware noch heute.',
    'Ihr Gerät muss aktualisiert werden.',
    'Votre application Microsoft Office nécessite une mise à jour de sécurité.',
    'Mettez à jour votre navigateur.',
    'Su dispositivo requiere una actualización de seguridad urgente.',
    'Atualize o seu aplicativo pelo link abaixo.',
    'Uw MetaMask-app vereist een update.',
    'Werk uw browser bij.',
    'Aggiorna il tuo browser per continuare.',
    'Ledger デバイスのファームウェアを更新してください。',
  ];
  for (const text of fire) assert.ok(softwareUpdateAsked(text), text);
  const quiet = [
    'Please update your account details to avoid suspension.',
    'Update your payment information today.',
    'Aktualisieren Sie Ihre Kontodaten: Jetzt aktualisieren',
    'Mettez à jour vos informations de paiement.',
    'Actualice sus datos personales.',
    'In order to protect your assets, please upgrade your ledger to the newest version.',
    'We updated our privacy policy.',
    'Our app has been updated with new features.',
    // Session 60 (draw17d): out of date is not an update asked — a wallet, details, an address, a page (the credential lures'
    // errands, or none); and "outdated software" is not read either: a reading of it moved two held-out cred rows to malware.
    'Your wallet is outdated and will be suspended. Update My Wallet Now.',
    'Your contact details are out of date: please review them.',
    'Your billing address is outdated.',
    'This page may contain outdated information.',
    'Ihre Kontodaten sind veraltet.',
    'Vos informations sont obsolètes.',
    'Wallets that are not up to date in ledger live will be locked out of the use of Ledger live due to outdated software on Monday.',
  ];
  for (const text of quiet) assert.equal(softwareUpdateAsked(text), undefined, text);
});

/** Session 62 (mal63): the update of the program that shows the content — reader, viewer, player, browser, plug-in, meeting client. */
test('viewerUpdateAsked: a reader, player, browser or meeting client to update, named bare, verb first or last (8 languages); not an account, a profile, readers or teams', () => {
  const fire: [text: string, expected: string][] = [
    ['To view the document you received, you must update Adobe Reader to the latest version.', 'update Adobe Reader'],
    ['Your video could not be played: your Flash Player is out of date.', 'Flash Player is out of date'],
    ['Please upgrade the PDF viewer before opening the invoice.', 'upgrade the PDF viewer'],
    ['Um das Dokument anzuzeigen, müssen Sie Adobe Reader auf die neueste Version aktualisieren.', 'Adobe Reader auf die neueste Version aktualisieren'],
    ['Ihr Zoom-Client ist veraltet. Bitte aktualisieren Sie Zoom, um teilzunehmen.', 'aktualisieren Sie Zoom'],
    ['Pour afficher le document, vous devez mettre à jour Adobe Reader vers la dernière version.', 'mettre à jour Adobe Reader'],
    ['Votre navigateur n\'est pas à jour.', 'navigateur n\'est pas à jour'],
    ['Para ver el documento, debe actualizar Adobe Reader a la última versión.', 'actualizar Adobe Reader'],
    ['Para visualizar o documento, é necessário atualizar o Adobe Reader para a versão mais recente.', 'atualizar o Adobe Reader'],
    ['Om het document te bekijken moet u Adobe Reader bijwerken naar de nieuwste versie.', 'Adobe Reader bijwerken'],
    ['Per visualizzare il documento è necessario aggiornare Adobe Reader alla versione più recente.', 'aggiornare Adobe Reader'],
    ['文書を表示するには、Adobe Reader を最新バージョンに更新する必要があります。', 'Reader を最新バージョンに更新する必要があります'],
    ['動画を再生するにはプレーヤーをアップデートしてください。', 'プレーヤーをアップデートしてください'],
  ];
  for (const [text, expected] of fire) assert.equal(viewerUpdateAsked(text), expected, text);
  const quiet = [
    'Please update your account details to avoid suspension.',
    'Aktualisieren Sie Ihre Kontodaten.',
    'Mettez à jour vos informations de paiement.',
    'We update our readers every week on new releases.',
    'Dear reader, this issue covers the spring releases.',
    'Our sales teams will update you on the offer.',
    'Players can update their profile picture in the settings.',
    'Your wallet is outdated and will be suspended. Update My Wallet Now.',
    'Wallets that are not up to date in ledger live will be locked out due to outdated software.',
    'Your contact details are out of date: please review them.',
    'Actualice sus datos personales.',
    'Werk uw gegevens bij.',
    'アカウント情報を更新してください。',
    // The verb and the program in different sentences.
    'We have updated our terms. The reader app is free.',
  ];
  for (const text of quiet) assert.equal(viewerUpdateAsked(text), undefined, text);
});

test('secretAsked: a recovery phrase, password or card asked in one sentence with an ask; not a description, not a "never ask" warning', () => {
  const fire = [
    'To complete the update, enter your 24-word recovery phrase on the secure page below.',
    'Please confirm your password to continue.',
    'Geben Sie dazu auf der folgenden Seite Ihre Wiederherstellungsphrase ein.',
    'Introduzca su contraseña y el número de tarjeta.',
    'Saisissez votre phrase de récupération.',
    'Digite sua senha para continuar.',
    'リカバリーフレーズを入力してください。',
  ];
  for (const text of fire) assert.ok(secretAsked(text), text);
  const quiet = [
    'Your hardware wallet keeps your private key protected at all times in a certified secure chip.',
    'Ledger will never ask you to enter your recovery phrase.',
    'Teilen Sie niemals Ihre Wiederherstellungsphrase.',
    'Nunca comparta su contraseña.',
    'Update your device using the button below.',
  ];
  for (const text of quiet) assert.equal(secretAsked(text), undefined, text);
});

/**
 * Session 63 (cpu64, issue 18): UPDATE_HINT is read once a letter (updateHinted keeps the last visible text's answer). Seeded
 * letters from update words, program nouns, secrets and filler in several languages, asked one after the other, interleaved and
 * in reverse: each answer is the one the function gives the letter alone (a fresh module state is not needed: the memo is keyed
 * by the text, and a text asked twice in a row with different ones between must still get its own answer).
 */
test('viewerUpdateAsked / softwareUpdateAsked: the same answers in any order of letters (updateHinted keeps only the last letter\'s hint)', () => {
  const pieces = [
    'Please update your Adobe Reader to view the document.', 'Bitte aktualisieren Sie Ihren Browser.', 'Veuillez mettre à jour votre lecteur PDF.',
    'Actualice su navegador para ver el archivo.', 'Atualize o seu leitor de PDF.', 'Werk je browser bij om het bestand te openen.',
    'Your Ledger device requires a firmware update.', 'Ihre Ledger-App muss aktualisiert werden.', 'Your player is out of date.',
    'Enter your 24-word recovery phrase to complete the update.', 'The meeting notes are attached.', 'Thanks for your order.', 'Ver factura adjunta.',
    'Adobe Reader を最新バージョンに更新する必要があります。', 'updates', 'upgrade', 'reader', '\n', ' ',
  ];
  let seed = 63;
  const r = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const letters: string[] = [];
  for (let n = 0; n < 400; n++) {
    let t = '';
    const k = 1 + Math.floor(r() * 6);
    for (let i = 0; i < k; i++) t += `${pieces[Math.floor(r() * pieces.length)]} `;
    letters.push(t);
  }
  // Each letter alone (after an unrelated one, so the memo holds another text).
  const alone = letters.map((t) => {
    softwareUpdateAsked('nothing here');
    const software = softwareUpdateAsked(t);
    softwareUpdateAsked('nothing here');
    const viewer = viewerUpdateAsked(t);
    return { software, viewer };
  });
  assert.ok(alone.filter((a) => a.software !== undefined).length > 20 && alone.filter((a) => a.viewer !== undefined).length > 20);
  assert.ok(alone.filter((a) => a.software === undefined && a.viewer === undefined).length > 20);
  // In order, each function after the other on the same letter; then interleaved with the next letter; then in reverse.
  letters.forEach((t, i) => assert.deepEqual({ viewer: viewerUpdateAsked(t), software: softwareUpdateAsked(t) }, { software: alone[i]!.software, viewer: alone[i]!.viewer }, t));
  for (let i = 0; i + 1 < letters.length; i++) {
    assert.equal(softwareUpdateAsked(letters[i]!), alone[i]!.software, letters[i]);
    assert.equal(viewerUpdateAsked(letters[i + 1]!), alone[i + 1]!.viewer, letters[i + 1]);
    assert.equal(viewerUpdateAsked(letters[i]!), alone[i]!.viewer, letters[i]);
  }
  for (let i = letters.length - 1; i >= 0; i--) assert.equal(softwareUpdateAsked(`${letters[i]}`), alone[i]!.software, letters[i]);
});

/**
 * Session 65: UPDATE_THE_THING as one pattern a language, each run when its verb is in the text, the leftmost match kept (the
 * earlier language's at one place) — against the one alternation of the seven it was written as: the same match (index, text)
 * or none, on written letters in every language, on letters holding two languages' asks in either order and at the same place,
 * and on 3,000 seeded texts of the pattern's own pieces (verbs, possessives, qualifiers, things, in any order and case).
 */
test("updateTheThing: the match of the seven languages' one alternation, or none", () => {
  const written = updateTheThingWritten();
  const same = (text: string): boolean => {
    const a = written.exec(text);
    const b = updateTheThing(text);
    assert.deepEqual(b && { index: b.index, text: b[0] }, a && { index: a.index, text: a[0] }, text);
    return a !== null;
  };
  const letters = [
    'Please update your Ledger device today.',
    'Bitte aktualisieren Sie Ihre Ledger-App jetzt.',
    'Mettez à jour votre application mobile.',
    "Mets à jour l'application.",
    'Actualice su navegador hoy.',
    'Atualize o seu aplicativo pelo link abaixo.',
    'Werk uw browser bij, of update je app.',
    'Aggiorna il tuo browser per continuare.',
    "Aggiorna l'app subito.",
    'Update de firmware now, then update your firmware.', // Dutch and English asks: the earlier place wins
    'update het systeem', // Dutch only, with the English verb
    'UPDATE YOUR BROWSER', 'Upgrade the operating system',
    'Atualize o seu app. Update your device.',
    'Please update your details.', 'Aktualisieren Sie Ihre Daten.', 'nothing here',
  ];
  let matched = 0;
  for (const text of letters) if (same(text)) matched++;
  assert.ok(matched >= 12, `${matched} letters matched`);
  const next = prng(65);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const pieces = [
    'update', 'upgrade', 'Update', 'UPDATE', 'aktualisieren sie', 'Aktualisieren Sie', 'mettez à jour', 'mets à jour', 'mettre à jour',
    'actualice', 'actualiza', 'actualizar', 'atualize', 'atualizar', 'atualiza', 'werk', 'aggiorna', 'aggiornare', 'aggiornate',
    'your', 'the', 'my', 'ihr', 'ihre', 'den', 'votre', 'vos', "l'", 'la', 'su', 'tu', 'o seu', 'a sua', 'seu', 'je', 'uw', 'het',
    'il tuo', 'la tua', 'il', 'Ledger', 'Trezor-', 'MetaMask', 'device', 'devices', 'app', 'apps', 'firmware', 'browser', 'gerät',
    'anwendung', 'appareil', 'navigateur', 'dispositivo', 'aplicativo', 'aplicação', 'apparaat', 'systeem', 'bij', 'router',
    'account', 'details', 'Konto', '.', ',', 'x', '_', '1',
  ];
  const blanks = [' ', ' ', ' ', '', '-', '\n', '  '];
  const verbs = pieces.slice(0, 19);
  const possessives = pieces.slice(19, 40);
  const things = pieces.slice(43, 60);
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const words = 2 + Math.floor(next() * 12);
    for (let w = 0; w < words; w++) {
      // Half the words an ask's shape (a verb, a possessive, at times a qualifier, a thing), of any languages; half loose pieces.
      text += next() < 0.5 ? `${pick(verbs)} ${pick(possessives)}${pick([' ', '', ' Ledger ', ' My Ledger '])}${pick(things)}${pick(blanks)}` : pick(pieces) + pick(blanks);
    }
    if (same(text)) matched++;
  }
  assert.ok(matched >= 300, `${matched} texts matched`);
});
