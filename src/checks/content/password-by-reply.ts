import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import { isAscii, lowerCased } from '../../mail/text-chars.js';
import { foldMayMatchAll, gramGate } from './head-grams.js';
import { headRead } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * The reader's password asked for by reply (issue 17, session 16): "reply to this message with your username and
 * password", "Antworten Sie mit Ihrem Benutzernamen und Passwort", "responda con su usuario y contraseña", "send us your
 * password" — the mailbox-quota and account-suspension letter with no link at all, which the link and brand checks cannot
 * see. No organisation asks for a password by e-mail; a letter that warns about it says so with a negation ("never reply
 * with your password"), and such a sentence is not read.
 *
 * One sentence at a time (≤ 400 characters around each password word; accents removed, lower case): a reply verb
 * followed by "with"/"mit"/"con"… or "send us" (en, de, es, pt, fr, nl, it) ending ≤ 30 characters before the password
 * word (or, German verb-last, "mit … Passwort antworten"), the reader's possessive within 40 characters before it, and no
 * negation in the sentence outside a condition (the threat "if you do not reply with your password" asks all the same). Bounded: the shown text's first MAX_CHARS characters, at
 * most MAX_SENTENCES sentences read.
 */
const MAX_CHARS = 20_000;
const MAX_SENTENCES = 16;
const SENTENCE = 200;

/**
 * Password words (accents removed): password, passwort, passcode, kennwort, contrasena, senha, mot de passe, wachtwoord,
 * palavra-passe; and (session 44) a crypto wallet's recovery phrase or private key, the wallet's password ("reply with your
 * seed phrase to release the withdrawal": the drainer that needs no link). The three "pass…" words written once (session 38:
 * one alternative fewer tried at most characters); no word is the beginning of another, so each match is the same.
 */
const PASSWORD =
  /\b(?:pass(?:word|wort|code)|kennwort|contrasena|senha|mot de passe|wachtwoord|palavra-passe|(?:seed|recovery|secret|mnemonic|wallet|backup) phrase|seed-phrase|seedphrase|private keys?|wiederherstellungsphrase|phrase de recuperation|phrase secrete|frase (?:semilla|secreta|semente|de recuperacion|de recuperacao|di recupero)|herstelzin)\b/g;
/** PASSWORD in any case, without the g flag (a test). */
const PASSWORD_ANY_CASE = lazyRegExp(() => new RegExp(PASSWORD.source, 'i'));
/** PASSWORD_ANY_CASE, for the trigram gate's test. */
export const passwordAnyCase = (): RegExp => PASSWORD_ANY_CASE();
/**
 * PASSWORD's words as trigram lists (head-grams.ts, session 51): an ASCII text whose trigrams hold none of them has no
 * PASSWORD_ANY_CASE match, and the check does not run the pattern over it.
 */
export const PASSWORD_GRAMS = gramGate([
  'password', 'passwort', 'passcode', 'kennwort', 'contrasena', 'senha', 'mot de passe', 'wachtwoord', 'palavra-passe', 'seed phrase', 'recovery phrase',
  'secret phrase', 'mnemonic phrase', 'wallet phrase', 'backup phrase', 'seed-phrase', 'seedphrase', 'private key', 'wiederherstellungsphrase',
  'phrase de recuperation', 'phrase secrete', 'frase semilla', 'frase secreta', 'frase semente', 'frase de recuperacion', 'frase de recuperacao',
  'frase di recupero', 'herstelzin',
]);
const PASSWORD_GATES = [PASSWORD_GRAMS];
/** A reply whose content is named ("reply with", "antworten … mit"), or a "send us" (each bounded, in one sentence). */
const REPLY =
  /\b(?:(?:reply|respond)\b[^.!?\n]{0,60}\b(?:with|including|containing)|send us|(?:antworten|beantworten)\b[^.!?\n]{0,60}\bmit|(?:senden|schicken|ubermitteln) sie uns|(?:responda|responde|responder|conteste)\b[^.!?\n]{0,60}\b(?:con|com)|envienos|envianos|envie-nos|nos envie|(?:repondez|repondre|repondant)\b[^.!?\n]{0,60}\b(?:avec|en indiquant)|envoyez-nous|communiquez-nous|(?:beantwoord|beantwoordt|antwoord|antwoordt|reageer)\b[^.!?\n]{0,60}\bmet|stuur ons|(?:rispondi|risponda|rispondere)\b[^.!?\n]{0,60}\bcon|inviaci|ci invii)\b/;
/** The reply ending at most 30 characters before the password word, nothing between but words and commas ("with your username and"). */
const REPLY_NEAR = lazyRegExp(() => new RegExp(`(?:${REPLY.source})[^.!?\\n;:]{0,30}$`));
/** The reader's own (the possessive before the password word). */
const YOURS = /\b(?:your|ihr|ihrem|ihren|ihre|su|sus|sua|seu|seus|votre|vos|uw|je|jouw|tuo|tua|la sua|il suo|dein|deinem|deine)\b/;
/**
 * German puts the verb last in a clause ("wenn Sie nicht mit Ihrem Benutzernamen und Passwort antworten"): "mit"/"uns" and
 * the reader's possessive before the password word, a reply or send verb at most 20 characters after it.
 */
const VERB_LAST_BEFORE = /\b(?:mit|uns)\b[^.!?\n;:]{0,30}$/;
const VERB_LAST_AFTER = /^[^.!?\n;:]{0,20}\b(?:antworten|beantworten|zurucksenden|zusenden|senden|schicken|mitteilen|ubermitteln)\b/;
/**
 * The letter's own threat ("if you do not reply with your password …", "si vous ne répondez pas avec …", "wenn Sie nicht …"):
 * a negation right after a condition word (and the reader's pronoun) is removed before the sentence is tested for a warning's negation (session 17).
 */
const CONDITIONAL_NEGATION =
  /\b(?:if|wenn|falls|sofern|si|se|als|indien)\s+(?:(?:you|sie|du|usted|voce|tu|vous|u|je|lei)\s+)?(?:do not|don't|does not|did not|not|nicht|no|nao|ne|niet|non)\b(?:[^.!?\n,;:]{0,30}?\bpas\b)?/g;
/** A sentence that warns rather than asks. */
const NEGATION = /\b(?:never|not|don't|do not|no one|nobody|nie|niemals|nicht|keine|nunca|jamais|pas|ne|nooit|niet|nimmer|mai|non|nao|no)\b/;
const ACCENTS = /[\u0300-\u036f]/g;

/**
 * The sentence asking for the reader's password by reply, or null. `mayHold` false: the trigrams of the text's fold hold no
 * PASSWORD word (PASSWORD_GRAMS; passwordMayHold), so the text has none.
 */
export function passwordByReply(text: string, mayHold = true): string | null {
  if (!mayHold) return null;
  const head = text.slice(0, MAX_CHARS);
  // An ASCII text is its own NFD form without accents, and it holds a password word lower-cased exactly when it holds one
  // in any case (ASCII letters only fold to ASCII letters; `\b` reads the same characters): most mail has none, and is
  // not copied in lower case for nothing (~2 KB per message).
  if (isAscii(head) && !PASSWORD_ANY_CASE().test(head)) return null;
  const t = lowerCased(head).normalize('NFD').replace(ACCENTS, '');
  PASSWORD.lastIndex = 0;
  let read = 0;
  for (let m = PASSWORD.exec(t); m && read < MAX_SENTENCES; m = PASSWORD.exec(t)) {
    read++;
    const at = m.index;
    let start = Math.max(0, at - SENTENCE);
    for (let i = at - 1; i >= start; i--) if ('.!?\n'.includes(t[i]!)) { start = i + 1; break; }
    let end = Math.min(t.length, at + m[0].length + SENTENCE);
    for (let i = at + m[0].length; i < end; i++) if ('.!?\n'.includes(t[i]!)) { end = i; break; }
    const before = t.slice(start, at);
    const sentence = t.slice(start, end);
    const asked = REPLY_NEAR().test(before) || (VERB_LAST_BEFORE.test(before) && VERB_LAST_AFTER.test(t.slice(at + m[0].length, end)));
    if (asked && YOURS.test(before.slice(-40)) && !NEGATION.test(sentence.replace(CONDITIONAL_NEGATION, ' '))) return sentence.trim().slice(0, 200);
  }
  return null;
}

/**
 * Whether the visible text's fold (its first MAX_CHARS characters, lower case, accents removed) may hold a PASSWORD word. An ASCII
 * text: headRead's trigrams (session 51; they are of the shown text's first MAX_CHARS characters, the visible text's when it has
 * any). Session 59 (helper draw16h, issue 18): a text with a character beyond ASCII there, which was lower-cased, decomposed and
 * read whole (every German, French, Portuguese letter, and English with a curly quote, up to 20,000 characters), is asked of the
 * trigrams of its own fold (foldedGrams, head-grams.ts: exact; the fold there is NFD, accents removed, then lower case, and
 * lower case first makes the same letters — folded-grams.test.ts checks both orders over every code point).
 */
export function passwordMayHold(msg: ParsedMessage): boolean {
  return foldMayMatchAll(headRead(msg), msg.visibleText, MAX_CHARS, PASSWORD_GATES);
}

export function passwordByReplyCheck(): Check {
  return {
    name: 'content.password-by-reply',
    description: 'The letter asks the reader to send their password by reply',
    emits: ['CONTENT_PASSWORD_BY_REPLY'],
    run(msg: ParsedMessage): CheckOutput {
      const sentence = passwordByReply(msg.visibleText, passwordMayHold(msg));
      return { findings: sentence ? [{ id: 'CONTENT_PASSWORD_BY_REPLY', evidence: `"${sentence}"`, data: { sentence } }] : [] };
    },
  };
}
