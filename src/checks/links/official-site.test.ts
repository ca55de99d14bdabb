import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOfficialSite } from './official-site.js';

test('claimsOfficialSite: a link text that says it opens an official website, in the honeypot\'s languages (table)', () => {
  const claims = [
    'Open the official website', 'Visit our Official Site', 'official web site', 'Go to the official\u00a0homepage',
    'Zur offiziellen Webseite', 'Offizielle Website öffnen', 'Acesse o site oficial', 'Página Oficial', 'Ir al sitio web oficial',
    'Visiter le site officiel', 'VISITER LE SITE OFFICIEL', 'Naar de officiële website', 'Vai al sito ufficiale', '公式サイトはこちら', '公式ホームページ',
    'Ｏｆｆｉｃｉａｌ ｗｅｂｓｉｔｅ', 'Visit the o\ufb03cial site',
  ];
  for (const text of claims) assert.equal(claimsOfficialSite(text), true, text);
  const not = [
    'Open the website', 'Official', 'Our official partners', 'site', 'Unofficial websites', 'officialsite.example', 'Officials site visit',
    'Ver sitio', 'Site officieux', 'サイト', `Open the official website ${'and read everything about it '.repeat(5)}`,
  ];
  for (const text of not) assert.equal(claimsOfficialSite(text), false, text);
});
