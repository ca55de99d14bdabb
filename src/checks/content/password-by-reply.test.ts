import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import type { ParsedMessage } from '../../mail/types.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { passwordByReply, passwordMayHold } from './password-by-reply.js';

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
  // Session 17: the letter's own threat holds a negation inside a condition; German puts the verb last.
  ['If you do not reply with your username and password within 24 hours, your account will be suspended.', true],
  ['Wenn Sie nicht innerhalb von 24 Stunden mit Ihrem Benutzernamen und Passwort antworten, wird Ihr Konto gesperrt.', true],
  ['Bitte bestätigen Sie, indem Sie uns Ihr Passwort zusenden.', true],
  ['Si no responde con su usuario y contraseña en 24 horas, su cuenta será suspendida.', true],
  ['Si vous ne répondez pas avec votre identifiant et votre mot de passe sous 24 heures, votre compte sera supprimé.', true],
  ['Se você não responder com seu usuário e senha em 24 horas, sua conta será suspensa.', true],
  ['Als u niet binnen 24 uur antwoordt met uw gebruikersnaam en wachtwoord, wordt uw account gesloten.', true],
  ['If you did not request it, do not reply with your password to anyone.', false],
  ['If you are asked to reply with your password, never answer.', false],
  ['Se le recuerda que no responda con su contraseña a ningún mensaje.', false],
  ['Melden Sie sich mit Ihrem neuen Passwort an.', false],
  ['Sie können sich mit Ihrem Passwort anmelden und uns Fragen senden.', false],
  ['We will never ask you to reply with your password.', false],
  ['Never send us your password, not even in a reply.', false],
  ['Wir fragen Sie niemals nach Ihrem Passwort: antworten Sie nicht mit Ihrem Passwort.', false],
  ['Reply with your preferred times; your password for the portal comes in a separate mail.', false],
  ['Reply with your username and we will reset your password tonight.', false],
  ['If you forgot your password, reply to this email and we will help.', false],
  ['Please reply with the password for the zip file you sent.', false],
  ['Your new password was sent to you by SMS.', false],
  // Session 44: the wallet's recovery phrase is its password (the drainer by reply); the exchanges' warnings are not read.
  ['Reply to this email with your 12-word seed phrase to complete the pending withdrawal.', true],
  ['To validate the wallet, send us your secret recovery phrase.', true],
  ['Senden Sie uns Ihre Wiederherstellungsphrase, um die Auszahlung freizugeben.', true],
  ['Envoyez-nous votre phrase de récupération pour valider votre portefeuille.', true],
  ['Responda a este correo con su frase semilla para liberar el retiro.', true],
  ['Never share your seed phrase: we will never ask you to send us your recovery phrase.', false],
  ['Write your recovery phrase on paper and keep it offline.', false],
];
for (const [text, asks] of rows) {
  test(`password by reply: ${text}`, () => assert.equal(passwordByReply(text) !== null, asks));
}

test('password by reply: linear in the text (repeated password words and reply verbs, no sentence end)', () => {
  for (const unit of ['reply with your password ', 'password ', 'send us your x', 'if you do not ', 'mit ihrem passwort ', 'si vous ne x ']) {
    const ratio = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), (text) => passwordByReply(text), 2 * 1024);
    assert.ok(ratio < 40, `${JSON.stringify(unit)}: 10× the text took ${ratio.toFixed(1)}× the CPU`);
  }
});

test('an ASCII text without a password word in any case is skipped: the same sentence as reading it lower-cased (generated cases)', () => {
  const PASSWORD_WORDS = ['password', 'passwort', 'kennwort', 'contrasena', 'senha', 'mot de passe', 'wachtwoord', 'passcode', 'palavra-passe'];
  let seed = 11;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const recase = (text: string): string => [...text].map((c) => (next(4) === 0 ? c.toUpperCase() : c)).join('');
  let asked = 0;
  for (const [text] of rows) {
    for (let k = 0; k < 20; k++) {
      const variant = recase(text);
      const ascii = /^[\x00-\x7f]*$/.test(variant);
      // A text is read lower-cased either way: the skip must not turn an answer into none.
      const expected = passwordByReply(variant.toLowerCase());
      assert.equal(passwordByReply(variant), expected, variant);
      if (ascii && expected) asked++;
    }
  }
  // Password words alone, in any case, next to word characters (no match) and alone (a match of the word).
  for (const word of PASSWORD_WORDS) {
    const written = recase(word);
    assert.equal(passwordByReply(`Reply with your ${written} now`), passwordByReply(`reply with your ${word} now`), written);
    assert.equal(passwordByReply(`Reply with your x${written}`), null);
  }
  assert.ok(asked > 50, `${asked} ASCII variants asked`);
});

/**
 * Session 59 (helper draw16h, issue 18): the check's gate (passwordMayHold) asks a text with a character beyond ASCII of the
 * trigrams of its own fold (foldedGrams) instead of reading it whole: exact, so the gated reading is the ungated one — the rows
 * as written, written NFD, in upper case, with odd characters inside words, among fillers with accents, some past 20,000
 * characters (not read either way).
 */
test('the gated reading is the ungated one on texts beyond ASCII (seeded letters)', () => {
  const random = mulberry32(59);
  const rnd = (n: number) => Math.floor(random() * n);
  const pick = <T>(a: readonly T[]) => a[rnd(a.length)]!;
  const msgOf = (text: string) => ({ subject: 'Konto', visibleText: text, text, html: '' }) as unknown as ParsedMessage;
  const fillers = ['Vielen Dank für Ihre Bestellung.', 'Votre relevé est prêt.', 'Olá, segue a fatura em anexo.', 'Thank you – we’re here.', 'ご注文ありがとうございます。'];
  const odd = ['’', '\u00a0', '😀', '\u0301', 'é', '—', '\u212a', 'İ', 'ñ'];
  let asked = 0;
  let turnedAway = 0;
  for (let i = 0; i < 2000; i++) {
    let row = rnd(3) === 0 ? pick(fillers) : pick(rows)[0];
    if (rnd(4) === 0) row = row.normalize('NFD');
    if (rnd(4) === 0) {
      const at = rnd(row.length + 1);
      row = row.slice(0, at) + pick(odd) + row.slice(at);
    }
    if (rnd(5) === 0) row = row.toUpperCase();
    const parts = [pick(fillers), row];
    const text = rnd(20) === 0 ? `${'é '.repeat(10_000)}${parts.join(' ')}` : parts.join(rnd(2) ? '\n' : '  ');
    const msg = msgOf(text);
    const mayHold = passwordMayHold(msg);
    const ungated = passwordByReply(text);
    assert.equal(passwordByReply(text, mayHold), ungated, text.slice(-300));
    if (ungated) asked++;
    if (!mayHold) turnedAway++;
  }
  assert.ok(asked > 300, `only ${asked} letters asked`);
  assert.ok(turnedAway > 300, `the gate turned away only ${turnedAway}`);
  assert.equal(passwordMayHold(msgOf('Vielen Dank für Ihre Bestellung. Café “Müller”.')), false);
  assert.ok(passwordMayHold(msgOf('Responda con su contraseña.')));
  assert.ok(passwordMayHold(msgOf('Répondez avec votre mot de passe.')));
});
