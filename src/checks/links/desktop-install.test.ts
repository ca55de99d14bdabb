import { test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import assert from 'node:assert/strict';
import type { ScanReport } from '../../scan/report.js';
import { dmarcPass, mail, scanner, trusted } from '../../test-support/classifier-free-scan.js';
import { desktopInstallAsked } from './desktop-install.js';

/** Session 54 (det54): the install asked on the reader's computer (desktop-install.ts), and the fake app it makes malware. */

test('desktopInstallAsked: an install on the reader\'s computer (8 languages, either order); not a phone, a store, a technician or no place', () => {
  const fire = [
    'Make sure to install the app on your PC and register before May 1, 2026.',
    'Simply install it on your computer today.',
    'Download and install our player onto your laptop.',
    'Installieren Sie die App auf Ihrem PC, bevor das Angebot endet.',
    'Bitte die Software auf Ihrem Rechner installieren.',
    'Installez l\'application sur votre ordinateur avant le 1er mai.',
    'Instale la aplicación en su PC y regístrese.',
    'Instale o aplicativo no seu computador e cadastre-se.',
    'Installa l\'app sul tuo PC entro il 1° maggio.',
    'Installeer de app op je computer en registreer je.',
    'U kunt het programma in twee minuten op uw pc installeren.',
    'PCにアプリをインストールしてください。',
  ];
  for (const text of fire) assert.ok(desktopInstallAsked(text), text);
  const quiet = [
    'Install the app from the App Store on your phone.',
    'Installieren Sie die App auf Ihrem Smartphone.',
    'Our technician will install the router at your home.',
    'Install the update today. Your PC will thank you.',
    'Instale o aplicativo no celular.',
    'We installed new windows and doors on the house.',
    'Open the document on your computer.',
    'スマートフォンにアプリをインストールしてください。',
  ];
  for (const text of quiet) assert.equal(desktopInstallAsked(text), undefined, text);
});

/** Every id of the report, those a composite replaced included. */
const allIds = (r: ScanReport): string[] => r.findings.map((f) => f.id);
const FREE_PREMIUM = (install: string): string =>
  `<p>Pick the music you love with Premium.</p><p><a href="https://iplogger.example/2xY7">GET FREE PREMIUM</a></p><p>Enjoy uninterrupted music. Try it now, free FOREVER.</p><p><a href="https://iplogger.example/2xY7">GET FREE PREMIUM</a></p><p>This offer is available for a limited time. ${install}</p>`;

const rows: { name: string; from: string; html: string; auth?: string; verdict?: string; notVerdict?: string; expected: string[] }[] = [
  {
    name: 'en: a music service\'s "free Premium" app to install on your PC, from an unrelated domain',
    from: '"Spotify Premium" <abdullah@devzish.example>', html: FREE_PREMIUM('Make sure to install the app on your PC and register before May 1, 2026.'),
    verdict: 'malware', expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'],
  },
  {
    name: 'de: the same in German',
    from: '"Spotify Premium" <angebot@musik-deal.example>', html: FREE_PREMIUM('Installieren Sie die App auf Ihrem PC und registrieren Sie sich bis zum 1. Mai.'),
    verdict: 'malware', expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'],
  },
  {
    name: 'fr: the same in French',
    from: '"Spotify Premium" <offre@musique-promo.example>', html: FREE_PREMIUM('Installez l\'application sur votre ordinateur avant le 1er mai.'),
    verdict: 'malware', expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'],
  },
  // Must not: the service's own mail that authenticates as its domain; the same letter without a computer (a phone app); a
  // sign-in lure that also says to install the app stays a credential lure.
  {
    name: 'must not: the vendor\'s own letter, DMARC-authenticated, its links its own',
    from: '"Spotify" <no-reply@spotify.com>', auth: 'spotify.com',
    html: '<p>Get Premium free for one month.</p><p><a href="https://www.spotify.com/premium">GET PREMIUM</a></p><p>Install the app on your PC to listen offline.</p>',
    notVerdict: 'malware', expected: [],
  },
  {
    name: 'must not: the same lure with a phone, not a computer',
    from: '"Spotify Premium" <abdullah@devzish.example>', html: FREE_PREMIUM('Make sure to install the app on your phone and register before May 1, 2026.'),
    notVerdict: 'malware', expected: [],
  },
  {
    name: 'must not: a sign-in lure that also names the install stays not malware',
    from: '"Spotify Premium" <abdullah@devzish.example>',
    html: '<p>Your account has been suspended. Verify your account and confirm your password to restore access.</p><p><a href="https://login-spotify.example/verify">Sign in</a></p><p>Then install the app on your PC.</p>',
    notVerdict: 'malware', expected: [],
  },
];

test('the free app to install on the reader\'s computer under a borrowed name is malware; the vendor\'s own, a phone app and a sign-in lure are not', async () => {
  for (const row of rows) {
    const raw = mail(row.from, 'Spotify Premium — free access to all features!', row.html, row.auth ? dmarcPass(row.auth) : []);
    const r = await (row.auth ? trusted : scanner).scan({ raw, source: 'row.eml' });
    const got = allIds(r);
    for (const id of row.expected) assert.ok(got.includes(id), `${row.name}: expected ${id} in ${got.join(' ')}`);
    if (row.verdict) assert.equal(r.verdict, row.verdict, `${row.name}: ${got.join(' ')}`);
    if (row.notVerdict) assert.notEqual(r.verdict, row.notVerdict, `${row.name}: ${got.join(' ')}`);
  }
});

test('corpus row: the unlabelled "free Spotify Premium, install the app on your PC" letter is malware (positions past draw 11)', async (t) => {
  const full = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
  await assertCorpusRows(t, full, [
    { file: 'sample-7096.eml', expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'], forbidden: [], verdict: 'malware', why: 'unlabelled, position 2,351: the install sentence after the buttons' },
  ]);
});
