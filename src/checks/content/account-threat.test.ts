import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import type { ParsedMessage } from '../../mail/types.js';
import { CALL_WORDS, LOSS_THREAT, SIGNIN_OR_CONFIRM_CALL, THREAT_WORDS, accountThreat, threatMayHold } from './notice-lure.js';

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

/**
 * Session 58 (draw15h, issue 18): the gates before the fold (threatMayHold: CALL_WORDS and THREAT_WORDS asked of headRead's
 * trigrams in an ASCII head) are exact — a necessary condition of SIGNIN_OR_CONFIRM_CALL and LOSS_THREAT on the folded head —
 * so the gated reading (accountThreat(msg, msg), as the check reads) is the ungated one on every letter.
 */
const msgOf = (text: string, subject = 'Notice') => {
  const shown = /https?:/.test(text) ? text : `${text}\nhttps://example.net/login`;
  return { subject, visibleText: shown, text: shown, html: '' } as unknown as ParsedMessage;
};

/** One text for each alternative of SIGNIN_OR_CONFIRM_CALL and each word LOSS_THREAT ends in (folded already). */
const calls = [
  'log in', 'login', 'sign in', 'signin', 'confirm your details', 'verify account', 'update your billing information', 'validate identity',
  're-confirm your account', 'reconfirm all your login credentials', 'melden sie sich jetzt an', 'loggen sie sich hier ein', 'anmelden',
  'einloggen', 'bestatigen sie ihre daten', 'verifizieren sie ihr konto', 'aktualisieren sie ihre angaben', 'uberprufen sie ihre identitat',
  'ihre daten zu bestatigen', 'ihr konto verifizieren', 'ihre zugangsdaten aktualisieren', 'inloggen', 'log dan in', 'meld u aan',
  'bevestig uw gegevens', 'verifieer je identiteit', 'controleer dan uw account', 'update je informatie', 'connectez-vous',
  'identifiez-vous', 'se connecter', 'confirmez vos donnees', 'verifiez votre compte', 'validez vos coordonnees', 'mettez a jour votre identite',
  'inicie sesion', 'iniciar sesion', 'confirme sus datos', 'verifique tus datos', 'actualice sus datos', 'valide sus datos',
  'faca login', 'confirme os seus dados', 'verifique a sua identidade', 'atualize seu cadastro', 'valide sua conta', "effettua l'accesso",
  "effettui l'accesso", 'confermi i suoi dati', 'conferma la tua identita', 'verifichi i suoi dati', 'verifica account',
  'aggiorni i suoi dati', 'aggiorna i tuoi dati',
];
const threats = [
  'your account will be blocked', 'access may be suspended', 'profile could be closed', 'card would be deactivated', 'service will be disabled',
  'mailbox will be restricted', 'accounts will be terminated', 'access will be deleted', 'card will be locked', 'otherwise it is blocked',
  'wird ihr zugang gesperrt', 'werden deaktiviert', 'wird eingeschrankt', 'wird gekundigt', 'wird geloscht', 'wird blockiert',
  'wordt uw account geblokkeerd', 'wordt opgeschort', 'wordt gedeactiveerd', 'wordt beperkt', 'wordt verwijderd', 'wordt afgesloten',
  'sera bloque', 'sera suspendu', 'sera desactivee', 'sera restreint', 'seront supprimes', 'sera ferme', 'sera bloqueado', 'sera suspendida',
  'sera suspenso', 'sera desactivada', 'sera desativado', 'seran restringidos', 'sera eliminado', 'sera cancelada', 'serao excluidas',
  'sara bloccato', 'verra sospeso', 'saranno disattivati', 'sara limitata', 'verra chiuso', 'sara cancellato',
];

test('each alternative is read in the folded text, holds a gate word and passes the gates', () => {
  for (const c of calls) {
    assert.ok(SIGNIN_OR_CONFIRM_CALL.test(c), c);
    assert.ok(CALL_WORDS.some((w) => c.includes(w)), c);
  }
  for (const t of threats) {
    assert.ok(LOSS_THREAT.test(t), t);
    assert.ok(THREAT_WORDS.some((w) => t.includes(w)), t);
  }
  for (const c of calls) for (const t of threats) assert.ok(threatMayHold(msgOf(`${c.toUpperCase()}, or ${t}`)), `${c} / ${t}`);
});

test('the gated reading is the ungated one, in any case, across line breaks, space runs and addresses', () => {
  const random = mulberry32(58);
  const rnd = (n: number) => Math.floor(random() * n);
  const pick = <T>(a: readonly T[]) => a[rnd(a.length)]!;
  const joints = [' ', '  ', '\n', ' \n\t', ' https://example.net/x ', ', ', '. '];
  const deadlines = ['within 48 hours', 'innerhalb von 24 Stunden', 'binnen 2 dagen', 'sous 48 heures', 'hoy', 'imediatamente', 'entro 24 ore', 'soon'];
  const recase = (text: string) => [...text].map((ch) => (rnd(3) === 0 ? ch.toUpperCase() : ch)).join('');
  let fired = 0;
  let turnedAway = 0;
  for (let i = 0; i < 3000; i++) {
    const parts = [pick(calls), pick(deadlines), pick(threats)];
    if (rnd(4) === 0) parts.splice(rnd(3), 1);
    if (rnd(5) === 0) parts.unshift(pick(['Your statement is ready', 'Thank you for your order', 'Dear customer']));
    // Words spread over space runs and line breaks (the fold joins them), or cut by an address (the fold blanks it).
    const text = recase(parts.map((p) => p.split(' ').join(rnd(4) === 0 ? pick(joints) : ' ')).join(pick(joints)));
    const msg = msgOf(rnd(10) === 0 ? `${'x'.repeat(1495)} ${text}` : text);
    const ungated = accountThreat(msg);
    assert.deepEqual(accountThreat(msg, msg), ungated, text);
    if (ungated) fired++;
    if (!threatMayHold(msg)) turnedAway++;
  }
  assert.ok(fired > 300, `only ${fired} letters read`);
  assert.ok(turnedAway > 200, `the gates turned away only ${turnedAway}`);
});

test('the gates turn away an ASCII letter without the words', () => {
  const text = 'Your statement is ready: https://example.net/s. Thank you for banking with us.';
  assert.equal(threatMayHold(msgOf(text)), false);
  assert.equal(threatMayHold(msgOf('Please log in to read your new statement today: https://example.net/s')), false);
  // The words in the subject only: gated in (the trigrams are of the subject and the text; the reading is of the text).
  assert.equal(threatMayHold(msgOf(text, 'Log in or your account will be locked')), true);
  // A character beyond ASCII after the first 1,500 characters: the head read is ASCII, and gated.
  assert.equal(threatMayHold(msgOf(`${text}${' '.repeat(1500)}Café`)), false);
  const accented = withLink('Melden Sie sich an und bestätigen Sie Ihre Daten innerhalb von 48 Stunden, andernfalls wird Ihr Zugang gesperrt.');
  const msg = { ...accented, subject: 'Konto' } as unknown as ParsedMessage;
  assert.ok(accountThreat(msg, msg));
});

/**
 * Session 59 (helper draw16h): a head with a character beyond ASCII in its first 1,500 characters, which was folded whole, is
 * gated by the trigrams of its own fold (head-grams.ts's foldedGrams). Letters as written — accents, NFD, a combining accent
 * inside a word (the fold joins the letters either side), curly quotes, no-break spaces, emoji, the Kelvin sign, other scripts —
 * read gated and ungated, with the same answer.
 */
const writtenCalls = [
  'Melden Sie sich an', 'bestätigen Sie Ihre Daten', 'Überprüfen Sie Ihre Identität', 'aktualisieren Sie Ihr Konto', 'Ihre Daten zu bestätigen',
  'Log in', 'bevestig uw gegevens', 'Connectez-vous', 'confirmez vos données', 'vérifiez votre compte', 'mettez à jour votre identité',
  'Inicie sesión', 'confirme sus datos', 'verifique su información', 'atualize seu cadastro', 'confirme os seus dados', 'valide sua identidade',
  "effettui l'accesso", 'confermi i suoi dati', 'verifichi la sua identità', 'aggiorni i suoi dati', 'sign in', 'verify your account',
];
const writtenThreats = [
  'wird Ihr Zugang gesperrt', 'wird Ihr Konto gelöscht', 'wird Ihr Konto eingeschränkt', 'wird Ihr Vertrag gekündigt', 'wordt uw account geblokkeerd',
  'votre accès sera bloqué', 'votre compte sera supprimé', 'votre compte sera fermé', 'su acceso será bloqueado', 'su cuenta será suspendida',
  'sua conta será desativada', 'seus dados serão excluídos', 'il suo accesso verrà bloccato', 'il conto sarà chiuso', 'your account will be suspended',
];
const ODD = ['’', '“', '\u00a0', '😀', '\u212a', '—', 'é', '\u0301', 'ß', 'Ø', 'ı', 'İ', 'ログ', 'привет'];

test('the gated reading is the ungated one on heads beyond ASCII', () => {
  const random = mulberry32(59);
  const rnd = (n: number) => Math.floor(random() * n);
  const pick = <T>(a: readonly T[]) => a[rnd(a.length)]!;
  const deadlines = ['innerhalb von 24 Stunden', 'binnen 2 dagen', 'sous 48 heures', 'hoy', 'imediatamente', 'entro 24 ore', 'today', 'bald'];
  const fillers = ['Sehr geehrte Kundin, sehr geehrter Kunde', 'Vielen Dank für Ihre Bestellung', 'Cher client', 'Olá, tudo bem?', 'Thank you – we’re here'];
  // An odd character inside a word, between words, or a word written NFD.
  const spoil = (text: string) => {
    const q = rnd(4);
    if (q === 0) return text.normalize('NFD');
    if (q === 1) {
      const at = rnd(text.length + 1);
      return text.slice(0, at) + pick(ODD) + text.slice(at);
    }
    return text;
  };
  let fired = 0;
  let turnedAway = 0;
  for (let i = 0; i < 3000; i++) {
    const parts = [spoil(pick(writtenCalls)), pick(deadlines), spoil(pick(writtenThreats))];
    if (rnd(3) === 0) parts.splice(rnd(3), 1);
    if (rnd(3) === 0) parts.splice(rnd(parts.length), 1);
    if (rnd(3) === 0) parts.unshift(pick(fillers));
    const text = parts.map((p) => (rnd(5) === 0 ? p.toUpperCase() : p)).join(pick([', ', ' ', '\n', '\u00a0', '. ']));
    const shown = rnd(10) === 0 ? `${'x'.repeat(1490)} ${text}` : `${pick(['', '“', 'Olá! '])}${text}`;
    const msg = msgOf(shown);
    const ungated = accountThreat(msg);
    assert.deepEqual(accountThreat(msg, msg), ungated, shown);
    if (ungated) fired++;
    if (!threatMayHold(msg)) turnedAway++;
  }
  assert.ok(fired > 300, `only ${fired} letters read`);
  assert.ok(turnedAway > 300, `the gates turned away only ${turnedAway}`);
  // Turned away: a head beyond ASCII without the words; let through: the words written with accents or a mark inside.
  assert.equal(threatMayHold(msgOf('Vielen Dank für Ihre Bestellung. Café “Müller” – https://example.net/s')), false);
  assert.ok(threatMayHold(msgOf('Bitte bestätigen Sie Ihre Daten, sonst wird Ihr Zugang gelöscht.')));
  assert.ok(threatMayHold(msgOf('Please lo\u0301g in today or your account will be suspended ’.')));
});
