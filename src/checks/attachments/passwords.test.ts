import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordsFromText } from './passwords.js';

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
  ['the password is reset weekly', []],
  ['Please enter your password below', []],
];
for (const [text, expected] of rows) {
  test(`passwords from text: ${text}`, () => assert.deepEqual(passwordsFromText(text), expected));
}
