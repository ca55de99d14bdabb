import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuGrowth } from '../../test-support/growth.js';
import { PASSWORD_RE, passwordsFromText, passwordsToTry } from './passwords.js';

// How each language gives the password of an attachment (session 14, the malware-lure audit), and what is not a password.
const rows: [string, string[]][] = [
  ['The password: 9876', ['9876']],
  ['password:9876', ['9876']],
  ['Das Passwort lautet: 4721', ['4721']],
  ['Kennwort ist Geheim12', ['Geheim12']],
  ['Mot de passe : 4721', ['4721']],
  ['Le mot de passe est x7Kp2', ['x7Kp2']],
  ['La contraseña es: 4721', ['4721']],
  ['A senha é 2291', ['2291']],
  ['Het wachtwoord is 4721', ['4721']],
  ['La password è 4721', ['4721']],
  ['解凍パスワード：inv2291', ['inv2291']],
  ['パスワードはabc123です', ['abc123']],
  ['PW は xyz です', ['xyz']],
  // Session 30: the password named with what it opens, then a colon (pt, en, de, es, nl).
  ['Senha do PDF: 123', ['123']],
  ['Veja como no arquivo em anexo | Senha de acesso: 123', ['123']],
  ['SENHA DE ACESSO AO PDF: 123', ['123']],
  ['Password for the archive: x7Kp2', ['x7Kp2']],
  ['Passwort zum Öffnen: 4721', ['4721']],
  ['Contraseña del archivo: 1234', ['1234']],
  ['Wachtwoord van het bestand: 4721', ['4721']],
  ['Your password must contain: letters', ['letters']],
  ['the password is reset weekly', []],
  ['Please enter your password below', []],
];
for (const [text, expected] of rows) {
  test(`passwords from text: ${text}`, () => assert.deepEqual(passwordsFromText(text), expected));
}

// Hostile text: blanks and "is"/signs between a password word and nothing (the session-10 attack made the first pattern cubic:
// 2 KB took 4.3 s), and runs of the words themselves. Linear: 10× the text, about 10× the CPU.
const attacks: [string, (n: number) => string][] = [
  ['blanks after a word', (n) => `pw ${'\t '.repeat(n / 2)}<`],
  ['words and "is" repeated', (n) => 'password is '.repeat(Math.ceil(n / 12))],
  ['a sign and blanks repeated', (n) => `wachtwoord${' : '.repeat(Math.ceil(n / 3))}`],
  ['words glued together', (n) => 'passwort'.repeat(Math.ceil(n / 8))],
  ['words and blanks after a word, no colon', (n) => `senha ${'de acesso ao '.repeat(Math.ceil(n / 13))}`],
];
for (const [name, attack] of attacks) {
  test(`passwords pattern grows linearly: ${name}`, () => {
    const growth = cpuGrowth(attack, (text) => {
      PASSWORD_RE().lastIndex = 0;
      for (const _ of text.matchAll(PASSWORD_RE())) void _;
    }, 8 * 1024);
    assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
  });
}

test('passwordsFromText, stated (session 38): a password word inside a link\'s token, or followed by any word, is not one', () => {
  const table: [string, string[]][] = [
    ['https://www.filemail.com/d/hxkqzpwtmrlsmvb', []],
    ['See https://x.example/passage/abc', []],
    ['10. Eupload Plain Text Password Storage Vulnerability', []],
    ['log in as administrator and change your password.  then go back', []],
    ['Das Passwort lautet 4721', ['4721']],
    ['The password is required to open it', []],
    ['Password: 2291', ['2291']],
    ['(Passwort: 4721)', ['4721']],
    ['パスワード：abc123', ['abc123']],
    ['解凍パスワード：inv2291', ['inv2291']],
  ];
  for (const [text, expected] of table) assert.deepEqual(passwordsFromText(text, 10, true), expected, text);
  assert.deepEqual(passwordsFromText('https://www.filemail.com/d/hxkqzpwtmrlsmvb'), ['tmrlsmvb'], 'the attachment reader still tries it');
});

test('passwordsToTry (session 43): the letter\'s passwords first, then the words after a password word, for an encrypted PDF', () => {
  const table: [string, string[]][] = [
    ['Senha do PDF 123', ['do', 'PDF', '123']],
    ['Senha do PDF: 123', ['123', 'do', 'PDF']],
    ['The password is 4721.', ['4721']],
    ['Das Passwort lautet: 4721', ['4721']],
    ['Password for the archive x7Kp2', ['archive', 'x7Kp2']],
    ['パスワード：abc です', ['abc']],
    ['Nothing to see here, 1234', []],
  ];
  for (const [text, expected] of table) assert.deepEqual(passwordsToTry(text), expected, text);
  // Bounded: 500 password words give at most `max` candidates.
  assert.equal(passwordsToTry(Array.from({ length: 500 }, (_, i) => `password a${i} b${i} c${i}`).join(' ')).length, 16);
});
