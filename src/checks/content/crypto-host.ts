import { parse as parseDomain } from 'tldts';
import { senderRegistrable } from '../../links/registrable.js';
import type { LinkLists } from '../../links/lists/index.js';
import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';

/**
 * A sum of cryptocurrency beside a host name written as text, on a host where anyone can publish (a blog, app
 * or site host, a file host, a cheap suffix): "www.jygihc.blogspot.qa - 1.3409642 BTC", "acicfhz.transfer705.
 * pages.dev - WITHDRAW FUNDS 120097 USDT". Scammers type it into a real site's sign-up, password-reset or
 * contact form, so the site's own notification (WordPress "Login Details", a GitHub mention) carries it from
 * an authenticated domain with no link, no brand and no lure words to find; the same shape is the "your
 * balance is waiting at …" letter. A genuine exchange or wallet mail names its own domain, which is never a
 * tenant of a publishing host. In issue 17's count: 0 of the 4,150 SpamAssassin messages (ham or spam), 9 of
 * the 2,937 honeypot messages outside the held-out sample (7 of them `clean` before); with the funds
 * without a sum and the recipient's name read (session 10), 14 of 2,937 (3 more `clean` before), still 0 in the
 * SpamAssassin ham (4,150) and test split (1,779).
 * Bounded: the subject and the first `MAX_TEXT` characters of text; at most `MAX_AMOUNTS` amounts looked at.
 */
const MAX_TEXT = 8000;
const MAX_AMOUNTS = 20;
/** Characters either side of an amount where the host must be (one form field, one sentence). */
const NEAR = 100;
/**
 * An amount of coins: digits (thousands separators, decimals) and a ticker or "bitcoin(s)". At most 12 groups of
 * thousands (36 digits: no sum is longer): with `*` a start after each separator of a long number without a ticker
 * (`0,000,000,…`) rescanned the number to its end — 187 ms for 8 KB, the text this check reads (session 12); bounded,
 * each start reads at most ~50 characters.
 */
const AMOUNT = /(?<![\p{L}\p{N}])\d{1,3}(?:[.,\s]?\d{3}){0,12}(?:[.,]\d+)?\s?(?:BTC|USDT|USDC|ETH|XRP|BNB|SOL|LTC|TRX|DOGE|bitcoins?)(?![\p{L}\p{N}])/giu;
/**
 * … or the funds themselves, without a sum (session 10: "You have a new incoming transaction … Verify, and order the
 * withdrawal of funds -> transfer705.pages.dev/…", typed into a shop's newsletter form as the subscriber's name).
 * A pattern of its own, without the `u` flag: as a third alternative of AMOUNT it made V8 try every alternative at
 * every position — 170 µs per 8 KB of text instead of 12 + 5, a fifth of a whole scan's CPU. Also a fiat sum
 * credited "at" an exchange (session 11: "www.ufthdd.blogspot.ba - 146 821 USD BINANCE" typed into WordPress and shop
 * sign-up forms, whose "Login Details" mail was clean): the currency and the exchange's name, the sum before them
 * being any number.
 */
const FUNDS = /\bwithdraw(?:al)?\s+(?:of\s+)?(?:the\s+)?funds\b|\bincoming\s+transaction\b|\b(?:usd|eur)\s+(?:binance|coinbase|bybit|kucoin|okx|kraken|bitget|mexc)\b/gi;

const AMOUNT_PATTERNS = [AMOUNT, FUNDS] as const;

/** The first `max` matches of AMOUNT and FUNDS in `text`, in the order they stand (they cannot overlap: one begins with a digit, the other with a letter). */
export function amountsIn(text: string, max: number): RegExpMatchArray[] {
  const found: RegExpMatchArray[] = [];
  for (const re of AMOUNT_PATTERNS) {
    let n = 0;
    // exec, not matchAll: matchAll makes a copy of the pattern (a new RegExp) and an iterator per call.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push(m);
      if (++n >= max) break;
    }
  }
  found.sort((a, b) => a.index! - b.index!);
  return found.length > max ? found.slice(0, max) : found;
}

/** A host name as written in text (not an e-mail address: no `@` before it). */
const HOST = /(?<![\p{L}\p{N}@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\p{L}\p{N}-])/giu;

export interface CryptoHost {
  amount: string;
  host: string;
  /** Which list made the host one anyone can publish on. */
  list: string;
}

/**
 * A password handed out in the text ("Customer ID: 87453088 Password: module@22"), the label in en, de, pt, es, fr, nl, it
 * (Italian writes "password"). Session 18: the short labels too, as the found-wallet letters write them ("ID : 39829496
 * Pass: tHvb862M", "Pwd:"), but only before a word with a digit in it: "Pass: Full access" on a conference ticket bought in
 * bitcoin is no password. Linear: one label, at most one blank either side of the colon, then one character that is no
 * blank (for the short labels, a look-ahead of at most 30 characters without blanks for the digit). Japanese: パスワード and
 * a colon or equals sign, half- or full-width (no `\b`: it reads only ASCII word characters). No `u` flag.
 */
const PASSWORD_GIVEN = /\b(?:password|passwort|kennwort|senha|contrase(?:n|ñ)a|mot de passe|wachtwoord|passcode)\s?[:=]\s?\S|\b(?:pass|pwd)\s?[:=]\s?(?=[^\s\d]{0,30}\d)\S|パスワード\s?[:=：＝]\s?\S/i;

/**
 * Session 20: the found wallet's "CODE:" (issue 17; "your wallet has been funded with 140 BTC … Customer ID: 5531 …
 * CODE: hT7k29"), the password label written in capitals before a word with a digit, and only beside a login label (a
 * customer, user, client or member ID, a login or user name, in en de fr es pt nl it): a promotion's "Promo CODE:" or a
 * withdrawal's "Verification CODE:" is no login, and a one-time code is no password (the word before it says so). No `i`
 * flag on CODE: "Code:" is everyday. Linear: a fixed label, one blank either side of the colon, a 30-character look-ahead.
 */
const CODE_GIVEN = /\bCODE\s?[:=]\s?(?=[^\s\d]{0,30}\d)\S/;
const ONE_TIME_BEFORE = /(?:verification|confirmation|security|one-time|2fa|otp|promo|promotion|discount|coupon|voucher|referral|invite|invitation|postal|zip|tracking|bestatigungs|sicherheits|verificacion|verificacao|codigo|verificatie|verifica)[\s-]*$/i;
const LOGIN_LABEL = /\b(?:(?:customer|user|client|member|kunden|cliente|klant)[\s-]?(?:id|nr|number|nummer|numero)|login|log-in|username|user name|benutzername|benutzer|usuario|utilisateur|identifiant|gebruikersnaam|utente|nome utente)\s?[:=]/i;

function codeGiven(text: string): RegExpExecArray | null {
  const c = CODE_GIVEN.exec(text);
  if (!c || ONE_TIME_BEFORE.test(text.slice(Math.max(0, c.index - 30), c.index)) || !LOGIN_LABEL.test(text)) return null;
  return c;
}

export interface CryptoLogin {
  amount: string;
  password: string;
}

/**
 * A sum of cryptocurrency and the password of the account said to hold it, both in the text (issue 17, session 12):
 * "Your bitcoin wallet has been funded with 51.85 BTC … Website: Astarcoin .net Customer ID: 87453088 Password:
 * module@22". The fake trading platform shows the balance and asks a fee to withdraw it. A genuine exchange or
 * wallet never mails a password, least of all beside a balance. In issue 17's count: 0 of the 4,150 SpamAssassin
 * ham and 0 of the 1,779 test-split messages, 3 honeypot messages outside the labelled sample.
 */
export function cryptoLoginGiven(msg: ParsedMessage): CryptoLogin | null {
  return cryptoFacts(msg, null).login;
}

export function cryptoAmountHost(msg: ParsedMessage, lists: Pick<LinkLists, 'fileHosts' | 'tenantHosts' | 'suspiciousTlds'>): CryptoHost | null {
  return cryptoFacts(msg, lists).host;
}

/**
 * Both readings over one text and one search for amounts (most mail has none, and then neither the host nor the
 * password is looked for). `lists` null: the password reading only.
 */
function cryptoFacts(msg: ParsedMessage, lists: Pick<LinkLists, 'fileHosts' | 'tenantHosts' | 'suspiciousTlds'> | null): { host: CryptoHost | null; login: CryptoLogin | null } {
  // The recipient's display name too: a form's name field is where the scam is typed, and some sites put it only in To.
  // The first five of To and Cc, one per line (a loop: array chains on fresh arrays deoptimise per message, see NOTES).
  let recipients = '';
  let named = 0;
  for (const list of [msg.to, msg.cc]) {
    for (const a of list) {
      if (named === 5) break;
      recipients += (named++ > 0 ? '\n' : '') + (a.name ?? '');
    }
  }
  if (recipients.length > 1000) recipients = recipients.slice(0, 1000);
  const text = `${msg.subject}\n${recipients}\n${shownText(msg).slice(0, MAX_TEXT)}`;
  const amounts = amountsIn(text, MAX_AMOUNTS);
  let login: CryptoLogin | null = null;
  if (amounts.length === 0) return { host: null, login };
  // A sum of coins (AMOUNT, which begins with a digit; FUNDS are words) and a password given anywhere in the text.
  const coins = amounts.find((a) => a[0].charCodeAt(0) >= 48 && a[0].charCodeAt(0) <= 57);
  if (coins) {
    const p = PASSWORD_GIVEN.exec(text) ?? codeGiven(text);
    if (p) login = { amount: coins[0].replace(/\s+/g, ' '), password: p[0].replace(/\s?[:=：＝]\s?\S$/, '') };
  }
  if (!lists) return { host: null, login };
  // The sender's own domain is no publishing host of the scam: parsed only when there is an amount (most mail has none).
  const sender = senderRegistrable(msg.from[0]?.domain);
  for (const a of amounts) {
    const start = Math.max(0, a.index! - NEAR);
    const near = text.slice(start, a.index! + a[0].length + NEAR);
    HOST.lastIndex = 0;
    for (let h = HOST.exec(near); h; h = HOST.exec(near)) {
      const name = h[0].toLowerCase();
      const parsed = parseDomain(name, { allowPrivateDomains: false });
      if (!parsed.domain || !parsed.isIcann || parsed.domain === sender) continue;
      const list = lists.fileHosts.match(name) ?? lists.tenantHosts.match(name) ?? (lists.suspiciousTlds.match(name) ? `.${parsed.publicSuffix}` : undefined);
      if (list) return { host: { amount: a[0].replace(/\s+/g, ' '), host: name, list }, login };
    }
  }
  return { host: null, login };
}

export function cryptoHostCheck(lists: LinkLists): Check {
  return {
    name: 'content.crypto-host',
    description: 'A sum of cryptocurrency beside a host name on a publishing host, written as text (often typed into a real site\'s form)',
    emits: ['CONTENT_CRYPTO_AMOUNT_HOST', 'CONTENT_CRYPTO_LOGIN_GIVEN'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      const { host: found, login } = cryptoFacts(msg, lists);
      if (found) findings.push({ id: 'CONTENT_CRYPTO_AMOUNT_HOST', evidence: `${found.amount} beside ${found.host} (${found.list})`, data: { ...found } });
      if (login) findings.push({ id: 'CONTENT_CRYPTO_LOGIN_GIVEN', evidence: `${login.amount} and a ${login.password} given in the text`, data: { ...login } });
      return { findings };
    },
  };
}
