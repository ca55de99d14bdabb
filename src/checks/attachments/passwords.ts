/**
 * Passwords a message gives for its own encrypted attachment ("password: 1234", "パスワード：abc",
 * "PW は xyz です", "Das Passwort lautet: 4721", "A senha é 2291"): Emotet and its successors send them in the body
 * because an encrypted zip cannot be scanned. Finding one is a signal by itself, and it lets the analysis open ZipCrypto
 * entries.
 */
import { escapeRegExp } from '../../mail/term-alternation.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/** What the password is called (en, de, fr, es, pt, nl, it, ja, zh, ko). */
const PASSWORD_WORDS = [
  'password', 'passwort', 'passcode', 'pass', 'pwd', 'pw', 'kennwort', 'contraseña', 'contrasena', 'senha', 'mot de passe',
  'wachtwoord', 'parola d\'ordine', 'パスワード', 'ﾊﾟｽﾜｰﾄﾞ', '暗証番号', '解凍キー', '密码', '密碼', '비밀번호',
];
/**
 * The verb between the word and the password ("is", "lautet", "est", "es", "é", "è", "は"), each language's, optionally
 * followed by a colon. "is" is also Dutch ("het wachtwoord is").
 */
const SAYING_WORDS = ['is', 'ist', 'lautet', 'est', 'es', 'é', 'è'];
/** The same said with a particle or a sign, which need no blank after them ("パスワードはabc"). */
const SAYING_SIGNS = ['は', ':', '：', '=', '-', '＝'];

/** Longest first, so `passwort` is not read as `pass` + "wort". */
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// Every part is a literal alternation or a bounded run, so the pattern stays linear.
export const PASSWORD_RE = lazyRegExp(() => new RegExp(String.raw`(?:${alternation(PASSWORD_WORDS)})\s*(?:(?:(?:${alternation(SAYING_WORDS)})(?![\p{L}\p{N}])|${alternation(SAYING_SIGNS)})\s*)?(?:[:：]\s*)?["'「『“]?([^\s"'「」『』“”<>]{2,64})`, 'giu'));
/**
 * Session 30: the password named with what it opens, then a colon — "Senha do PDF: 123", "SENHA DE ACESSO AO PDF: 123",
 * "Password for the archive: x7Kp2", "Passwort zum Öffnen: 4721", "Contraseña del archivo: 1234", "Wachtwoord van het
 * bestand: 4721". The first pattern read the first of those words ("do", "de") as the password. One to four words of at most
 * 12 letters between, bounded, so linear.
 */
export const PASSWORD_LABEL_RE = lazyRegExp(() => new RegExp(String.raw`(?:${alternation(PASSWORD_WORDS)})(?:[ \t]+[\p{L}]{1,12}){1,4}[ \t]*[:：][ \t]*["'「『“]?([^\s"'「」『』“”<>]{2,64})`, 'giu'));
const STOP_WORDS = new Set(['is', 'for', 'the', 'to', 'protected', 'below', 'attached', 'required', 'です', 'を', 'の', 'reset', 'and', 'will', 'has', 'was']);

/** A letter, digit or mark, or what joins a link's parts: a password word after one is inside a word or an address. */
const WORD_OR_ADDRESS_CHAR = /[\p{L}\p{N}\p{M}_/.=?&%-]/u;
const ADDRESS_CHAR = /[/.=?&%-]/;
const PASSWORD_WORD_AT = lazyRegExp(() => new RegExp(`(?:${alternation(PASSWORD_WORDS)})`, 'iuy'));
/**
 * Whether the password word at `at` is a word of its own: nothing of a word or an address before it, and a Latin word not
 * run on into more letters ("passage", "pwtmrl"); a Japanese one may have its particle glued on ("パスワードは…").
 */
function standsAlone(text: string, at: number): boolean {
  PASSWORD_WORD_AT().lastIndex = at;
  const word = PASSWORD_WORD_AT().exec(text);
  if (!word) return false;
  const before = at > 0 ? text[at - 1]! : '';
  // Latin words stand between blanks; a Japanese, Chinese or Korean one is written on to the word before it (解凍パスワード).
  if (!/^[a-z]/i.test(word[0])) return !ADDRESS_CHAR.test(before);
  return !WORD_OR_ADDRESS_CHAR.test(before) && !/[a-z0-9]/i.test(text[at + word[0].length] ?? '');
}

/**
 * A password stated (session 38): PASSWORD_RE with the saying part required — "Password: 2291", "Das Passwort lautet 4721",
 * "パスワードはabc" — not a password word followed by any word ("Password Storage Vulnerability", "your password.").
 */
const STATED_PASSWORD_RE = lazyRegExp(() => new RegExp(String.raw`(?:${alternation(PASSWORD_WORDS)})\s*(?:(?:${alternation(SAYING_WORDS)})(?![\p{L}\p{N}])\s*(?:[:：]\s*)?|(?:${alternation(SAYING_SIGNS)})\s*)["'「『“]?([^\s"'「」『』“”<>]{2,64})`, 'giu'));

/**
 * Candidate passwords from body text, at most `max`, in order of appearance. `stated` (session 38: whether the letter gives a
 * password beside a link) reads only a password word that is a word of its own and is followed by what says it
 * (STATED_PASSWORD_RE): to try on an attachment, `…pw…` inside a link's token or "Password Storage" cost a failed decryption;
 * to say that the letter gives a password, they would be wrong.
 * @example passwordsFromText('The password: 9876') // ['9876']
 * @example passwordsFromText('Het wachtwoord is 4721') // ['4721']
 */
export function passwordsFromText(text: string, max = 10, stated = false): string[] {
  const out: string[] = [];
  const head = text.slice(0, 256 * 1024);
  // Where a password is named with what it opens (PASSWORD_LABEL_RE), its value replaces what PASSWORD_RE read at the same place.
  const labelled = new Map<number, string>();
  for (const m of head.matchAll(PASSWORD_LABEL_RE())) {
    labelled.set(m.index!, m[1]!);
    if (labelled.size >= max) break;
  }
  for (const m of head.matchAll(stated ? STATED_PASSWORD_RE() : PASSWORD_RE())) {
    if (stated && !standsAlone(head, m.index!)) continue;
    let candidate = (labelled.get(m.index!) ?? m[1]!).replace(/[。、.,;:!?）)]+$/u, '').replace(/(です|となります|になります)$/u, '');
    if (candidate.length < 2 || STOP_WORDS.has(candidate.toLowerCase())) continue;
    if (!out.includes(candidate)) out.push(candidate);
    if (out.length >= max) break;
  }
  return out;
}

/** Quotes, brackets and signs before a guess, and closing ones and punctuation after it. */
const GUESS_LEAD = new Set([...'"\'「『“(（:：=＝は-']);
const GUESS_TRAIL = new Set([...'"\'」』”)）。、.,;:!?']);

/** A word without the quotes and signs around it (by characters: a pattern with `+$` backtracks on a run of them). */
function trimGuess(raw: string): string {
  const chars = [...raw];
  let a = 0;
  let b = chars.length;
  while (a < b && GUESS_LEAD.has(chars[a]!)) a++;
  while (b > a && GUESS_TRAIL.has(chars[b - 1]!)) b--;
  return chars.slice(a, b).join('');
}

const PASSWORD_WORD_G = lazyRegExp(() => new RegExp(`(?:${alternation(PASSWORD_WORDS)})`, 'giu'));
/** Password words looked at for guesses, and the words after each taken as guesses. */
const MAX_GUESS_WORDS = 32;
const WORDS_AFTER = 3;

/**
 * The passwords to try on an encrypted PDF (session 43): those the letter gives (passwordsFromText), then the few words
 * right after each password word that stands alone — "Senha do PDF 123" gives "do" as the password, and "123" is the next word
 * but one. A wrong guess costs one failed check of the PDF's /U value (src/files/pdf/decrypt.ts tries at most 8), and guesses
 * are only tried, never reported: ATTACH_*_PASSWORD_IN_BODY name what passwordsFromText reads (`given`, when the caller read
 * them already). At most `max`, the letter's first.
 * @example passwordsToTry('Senha do PDF 123') // ['do', 'PDF', '123']
 */
/**
 * The letter's passwords as every family tries them on a locked PDF (the attachments analysis, the links family's document
 * links, the QR reader's pictures), so that all open it alike: passwordsToTry over the text and the shown text. Read once a
 * message (the links family and the QR reader both ask for a message with a locked PDF), weakly held.
 */
export function letterPasswords(msg: { text: string; visibleText: string }): readonly string[] {
  let known = readLetterPasswords.get(msg);
  if (known === undefined) readLetterPasswords.set(msg, (known = passwordsToTry(`${msg.text}\n${msg.visibleText}`)));
  return known;
}
const readLetterPasswords = new WeakMap<object, readonly string[]>();

export function passwordsToTry(text: string, max = 16, given: readonly string[] = passwordsFromText(text, Math.min(10, max))): string[] {
  const out = given.slice(0, max);
  const head = text.slice(0, 256 * 1024);
  let looked = 0;
  for (const m of head.matchAll(PASSWORD_WORD_G())) {
    if (out.length >= max || ++looked > MAX_GUESS_WORDS) break;
    if (!standsAlone(head, m.index!)) continue;
    const after = head.slice(m.index! + m[0].length, m.index! + m[0].length + 160);
    let taken = 0;
    for (const raw of after.split(/\s+/)) {
      const word = trimGuess(raw);
      // Stop words and the verb that says it ("is", "lautet") are no guesses, nor counted as words.
      if (!word || STOP_WORDS.has(word.toLowerCase()) || SAYING_WORDS.includes(word.toLowerCase())) continue;
      if (++taken > WORDS_AFTER) break;
      if (word.length < 2 || word.length > 64 || out.includes(word)) continue;
      out.push(word);
      if (out.length >= max) break;
    }
  }
  return out;
}
