import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import { openingHints } from './lures.js';

/**
 * Session 52 (issue 18): INSTALL_CALL, INSTALLS_AFTER_APP and DESKTOP_APP are asked only where a literal every match of theirs
 * holds is found (INSTALL_HINT under the same flags; DESKTOP_APP's words in the text's lower case, or a ſ). Seeded texts from the patterns' words (whole, cut, a letter changed, upper case, written with ſ
 * or K, which `iu` reads as s and k, or with an accent): where the hint finds nothing, no pattern matches.
 */
const WORDS = [
  'install', 'installieren', 'installer', 'installar', 'installe', 'installa', 'installez', 'installi', 'installare', 'instale', 'instalar', 'instala',
  'instaleer', 'installeer', 'installeren', 'installeert', 'インストール', 'をインストール', 'Install now', 'reinstall', 'installation',
  'desktop app', 'desktop-application', 'desktop client', 'Desktop-Anwendung', 'desktop wallet', 'desktop versie', 'app for desktop', 'version de bureau',
  'application de bureau', 'aplicación de escritorio', 'versión para desktop', 'versão para computador', 'aplicativo para escritorio', 'applicazione desktop',
  'versione desktop', 'anwendungen für den desktop', 'デスクトップ版', 'デスクトップアプリ', 'bureau', 'escritorio', 'computador',
  'update', 'the', 'latest version', 'download', 'now', 'please', 'your', 'app',
];
const SEPARATORS = [' ', ' ', '\n', '. ', '-', ', ', ''];

function word(r: () => number): string {
  let w = WORDS[Math.floor(r() * WORDS.length)]!;
  const k = r();
  if (k < 0.15) w = w.toUpperCase();
  else if (k < 0.3 && w.length > 2) {
    const at = Math.floor(r() * w.length);
    w = r() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + String.fromCharCode(97 + Math.floor(r() * 26)) + w.slice(at + 1);
  } else if (k < 0.4) w = w.replace('s', 'ſ').replace('k', '\u212a');
  else if (k < 0.45) w = w.replace('a', 'á').replace('e', 'é');
  return w;
}

test('openingHints: where the hint finds nothing, none of its patterns matches (seeded texts)', () => {
  const r = mulberry32(52);
  const counts = { installNo: 0, installMatch: 0, desktopNo: 0, desktopMatch: 0 };
  for (let n = 0; n < 30_000; n++) {
    let t = '';
    const words = 1 + Math.floor(r() * 6);
    for (let k = 0; k < words; k++) t += word(r) + SEPARATORS[Math.floor(r() * SEPARATORS.length)]!;
    for (const [name, { hint, patterns }] of Object.entries(openingHints)) {
      const matched = patterns.some((p) => {
        p.lastIndex = 0;
        const m = p.test(t);
        p.lastIndex = 0;
        return m;
      });
      if (matched) counts[`${name}Match` as keyof typeof counts]++;
      if (!hint(t)) {
        counts[`${name}No` as keyof typeof counts]++;
        assert.equal(matched, false, `${name}: ${JSON.stringify(t)}`);
      }
    }
  }
  for (const [k, v] of Object.entries(counts)) assert.ok(v > 1_000, `${k}: ${v}`);
});
