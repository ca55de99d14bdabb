import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceInDisplayName } from '../sender/identity.js';
import { wordsOf } from './lures.js';

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
  ];
  for (const [href, payload] of table) {
    const r = await scanner.scan({ raw: mail(href), source: 't.eml' });
    assert.equal(r.findings.some((f) => f.id === 'URL_PAYLOAD_DOWNLOAD'), payload, href);
  }
});
