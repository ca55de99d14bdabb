import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountThreat } from './notice-lure.js';

/** Session 57 (det57): a sign-in or confirm call with a loss threatened and a deadline, in the letter (CONTENT_ACCOUNT_THREAT). */
const withLink = (text: string) => ({ visibleText: `${text}\nhttps://example.net/login`, text: `${text}\nhttps://example.net/login`, html: '' });
const fire: string[] = [
  'Bitte melden Sie sich an und bestätigen Sie Ihre Daten innerhalb von 48 Stunden, andernfalls wird Ihr Zugang gesperrt.',
  'Log in en bevestig uw gegevens binnen 48 uur, anders wordt uw toegang geblokkeerd.',
  'Please log in and confirm your details within 48 hours, otherwise your access will be blocked.',
  'Connectez-vous et confirmez vos données sous 48 heures, faute de quoi votre accès sera bloqué.',
  'Inicie sesión y confirme sus datos en un plazo de 48 horas; de lo contrario, su acceso será bloqueado.',
  'Acesse e confirme os seus dados em até 48 horas; caso contrário, o seu acesso será bloqueado.',
  'Acceda e confermi i suoi dati entro 48 ore, altrimenti il suo accesso verrà bloccato.',
  'Verify your account today or your account will be suspended.',
  'お客様のアカウント情報を確認できませんでした。24時間以内にログインして情報を更新してください。確認いただけない場合、アカウントを停止いたします。',
];
const spare: string[] = [
  // A call without a threat, a threat without a call, a call and threat without a deadline, a news item.
  'Please confirm your email address to finish creating your account.',
  'Log in to see your new statement.',
  'Your card will be blocked if it is reported lost. Call us within 24 hours.',
  'Please log in and confirm your details, otherwise your access will be blocked.',
  'Hackers blocked access to the site for 48 hours last week.',
  'ご登録のメールアドレスを確認するため、ログインしてください。',
];

for (const text of fire) test(`an account threat is read: ${text.slice(0, 60)}`, () => assert.ok(accountThreat(withLink(text)), text));
for (const text of spare) test(`no account threat is read: ${text.slice(0, 60)}`, () => assert.equal(accountThreat(withLink(text)), null));
test('no account threat is read in a letter without a web link', () => {
  const text = 'Please log in and confirm your details within 48 hours, otherwise your access will be blocked.';
  assert.equal(accountThreat({ visibleText: text, text, html: '' }), null);
});
