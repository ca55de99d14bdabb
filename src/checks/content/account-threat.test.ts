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
  // Session 58 (det58): a written date after a word of "before" or "by" is the deadline.
  'Please log in and confirm your details before 30 June, otherwise your access will be blocked.',
  'Please log in and confirm your details by June 30th, otherwise your access will be blocked.',
  'Please sign in to verify your account no later than 30/06/2025, otherwise your account will be suspended.',
  'Bitte melden Sie sich an und bestätigen Sie Ihre Daten bis zum 12. Dezember, andernfalls wird Ihr Zugang gesperrt.',
  'Bitte bestätigen Sie Ihre Daten spätestens am 12.12.2025, andernfalls wird Ihr Konto gesperrt.',
  'Connectez-vous et confirmez vos données avant le 5 mars, faute de quoi votre accès sera bloqué.',
  'Inicie sesión y confirme sus datos antes del 3 de mayo; de lo contrario, su acceso será bloqueado.',
  'Acesse e confirme os seus dados até 10 de janeiro; caso contrário, o seu acesso será bloqueado.',
  'Acceda e confermi i suoi dati entro il 15 luglio, altrimenti il suo accesso verrà bloccato.',
  'Log in en bevestig uw gegevens uiterlijk 30 juni, anders wordt uw toegang geblokkeerd.',
  'Log in en bevestig uw gegevens vóór 1 juli, anders wordt uw toegang geblokkeerd.',
  '12月10日までにログインして情報を更新してください。確認いただけない場合、アカウントを停止いたします。',
  '2025年6月30日(月)までにログインしてください。期限を過ぎるとアカウントを停止いたします。',
];
const spare: string[] = [
  // A call without a threat, a threat without a call, a call and threat without a deadline, a news item.
  'Please confirm your email address to finish creating your account.',
  'Log in to see your new statement.',
  'Your card will be blocked if it is reported lost. Call us within 24 hours.',
  'Please log in and confirm your details, otherwise your access will be blocked.',
  'Hackers blocked access to the site for 48 hours last week.',
  'ご登録のメールアドレスを確認するため、ログインしてください。',
  // Session 58: a date that is no deadline — an offer's end, an event's day, an exhibition running until a date.
  'Please log in and confirm your details, otherwise your access will be blocked. The summer offer ends 30 June.',
  'Please log in and confirm your details for the webinar on 30 June, otherwise your access will be blocked.',
  'Melden Sie sich an und bestätigen Sie Ihre Daten für die Tagung am 12. Dezember, andernfalls wird Ihr Zugang gesperrt.',
  'ログインして情報を更新してください。展示会は6月30日まで開催しています。確認いただけない場合、アカウントを停止いたします。',
];

for (const text of fire) test(`an account threat is read: ${text.slice(0, 60)}`, () => assert.ok(accountThreat(withLink(text)), text));
for (const text of spare) test(`no account threat is read: ${text.slice(0, 60)}`, () => assert.equal(accountThreat(withLink(text)), null));
test('no account threat is read in a letter without a web link', () => {
  const text = 'Please log in and confirm your details within 48 hours, otherwise your access will be blocked.';
  assert.equal(accountThreat({ visibleText: text, text, html: '' }), null);
});
