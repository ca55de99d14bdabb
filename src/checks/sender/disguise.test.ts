import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disguisedWords } from './disguise.js';

test('disguisedWords: Latin words with look-alike letters of other scripts, not whole words of another script', () => {
  const table: [string, string[]][] = [
    ["We've bᥣoᥴkᥱd your account!", ['bᥣoᥴkᥱd']], // Tai Le letters the confusables table does not list
    ['Your Amаzon.cоm accоunt is on hоld', ['Amаzon', 'cоm', 'accоunt', 'hоld']], // Cyrillic а, о
    ['\u03a1\u200er\u200ei\u200em\u200ee', ['Ρrime']], // Greek Rho, invisible marks between the letters
    ['Lеԁgеr Live', ['Lеԁgеr']],
    ['ΝFT υniswaρ airdrop', ['ΝFT', 'υniswaρ']], // Greek Nu, upsilon, rho
    ['Привет John, как дела', []],
    ['Ελληνικά and English', []],
    ['𝒆𝒊𝒏 𝑮𝒖𝒕𝒔𝒄𝒉𝒆𝒊𝒏', []], // styled Latin: NFKC makes it plain Latin
    ['ウイルスバスターTrend Micro', []],
    ['iPhone版アプリ', []],
    ['Café São Paulo Übersicht', []],
  ];
  for (const [text, expected] of table) assert.deepEqual(disguisedWords(text), expected, text);
});

test('disguisedWords: bounded by characters read and words reported', () => {
  const long = `${'plain words '.repeat(100)}Amаzon`;
  assert.deepEqual(disguisedWords(long, 512), []);
  assert.equal(disguisedWords('аaa '.repeat(50)).length, 5);
});

test('governmentClaim: a government spelled under an ordinary suffix, not a government suffix or a word beginning with gov', async () => {
  const { governmentClaim } = await import('./identity.js');
  const table: [string, string | undefined][] = [
    ['voebrasilgov.com', 'voebrasilgov'],
    ['inform-gov.com.br', 'gov'],
    ['ssa.gov.document.tcsag-workshop.de', 'gov'],
    ['pay.govbr-servicos.example', 'govbr'],
    ['govdelivery.com', undefined],
    ['govtech.com', undefined],
    ['freelogovectors.net', undefined],
    ['sefaz.pb.gov.br', undefined],
    ['messages.cisa.gov', undefined],
    ['service.gov.uk', undefined],
    ['impots.gouv.fr', undefined],
    ['sat.gob.mx', undefined],
    ['amazon.com', undefined],
  ];
  for (const [domain, expected] of table) assert.equal(governmentClaim(domain), expected, domain);
});
