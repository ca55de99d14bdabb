import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuGrowth } from '../../test-support/growth.js';
import { passwordByReply } from './password-by-reply.js';

// The reader's password asked for by reply (expected), and sentences with the same words that do not ask it.
const rows: [string, boolean][] = [
  ['To keep your account active, reply to this message with your username and password.', true],
  ['Please send us your password and email address to verify the account.', true],
  ['Antworten Sie auf diese Nachricht mit Ihrem Benutzernamen und Passwort zur Bestätigung.', true],
  ['Responda a este mensaje con su nombre de usuario y contraseña para verificar su cuenta.', true],
  ['Responda a esta mensagem com o seu nome de utilizador e senha.', true],
  ['Répondez à ce message avec votre identifiant et votre mot de passe.', true],
  ['Beantwoordt u dit bericht met uw gebruikersnaam en wachtwoord.', true],
  ['Rispondi a questa email con il tuo nome utente e la tua password.', true],
  ['We will never ask you to reply with your password.', false],
  ['Never send us your password, not even in a reply.', false],
  ['Wir fragen Sie niemals nach Ihrem Passwort: antworten Sie nicht mit Ihrem Passwort.', false],
  ['Reply with your preferred times; your password for the portal comes in a separate mail.', false],
  ['Reply with your username and we will reset your password tonight.', false],
  ['If you forgot your password, reply to this email and we will help.', false],
  ['Please reply with the password for the zip file you sent.', false],
  ['Your new password was sent to you by SMS.', false],
];
for (const [text, asks] of rows) {
  test(`password by reply: ${text}`, () => assert.equal(passwordByReply(text) !== null, asks));
}

test('password by reply: linear in the text (repeated password words and reply verbs, no sentence end)', () => {
  for (const unit of ['reply with your password ', 'password ', 'send us your x']) {
    const ratio = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), (text) => passwordByReply(text), 2 * 1024);
    assert.ok(ratio < 40, `${JSON.stringify(unit)}: 10× the text took ${ratio.toFixed(1)}× the CPU`);
  }
});
