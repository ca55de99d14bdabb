import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import type { ScanReport } from '../../scan/report.js';
import { dmarcPass, mail, scanner, trusted } from '../../test-support/classifier-free-scan.js';
import { versionUpdateAsked } from './version-update.js';

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
