import type { ParsedMessage } from '../../mail/types.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { sentenceGap as gap } from './sentences.js';

/**
 * Session 62 (issue 17 item 6, helper scam63): the pig-butchering opener — "Hi Anna, is this you? We met at the dinner last week
 * … my uncle is an analyst and I have been earning 20% a week following his crypto signals", "Hallo Thomas, bist du das? … ich
 * verdiene jede Woche 15 % mit Krypto-Handel", "Hola Carlos, ¿eres tú? … gano un 20 % cada semana con el trading". A stranger
 * feigns an acquaintance (or a message sent to the wrong person) and, in the same first letter, tells of her own gains from
 * trading: the "platform" comes weeks later. The Japanese form is investment-pitch-japanese's; in the other languages no rule
 * named it (the romance opener reads "where are you from", not the gain).
 *
 * Three moves in a first message (no conversation, no list) with no web link to act on (unlinkedFirstLetter):
 * - **a feigned or mistaken acquaintance** (ACQUAINTANCE: "is this you?", "we met at", "sorry, wrong number", "do you remember
 *   me"; "bist du das?", "wir haben uns … kennengelernt"; "c'est bien toi ?", "on s'est rencontrés"; "¿eres tú?", "nos
 *   conocimos"; "nos conhecemos"; "ben jij het?", "we hebben elkaar … ontmoet");
 * - **the writer's own gain in figures** (GAIN: "I have been earning 20% a week", "ich verdiene 15 %", "je gagne 800 €", "gano
 *   un 20 %", "ganho 20 %", "ik verdien 20 %": the first person, a verb of earning and a percent or a sum within one sentence);
 * - **trading named** (TRADING: crypto, bitcoin, USDT, trading, forex, signals, futures, arbitrage, gold).
 * A friend who met the reader writes to his own address, rarely of her percentages; a broker's newsletter is a list with links.
 * The reading alone is 2; CONTENT_TRADING_ACQUAINTANCE_STRANGER (composites.ts) adds the stranger's envelope. Not in a text that
 * warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps inside one sentence: linear.
 */

/** TRADING's words as trigram lists (head-grams.ts): the gate before any fold. */
const TRADING_GRAMS = gramGate(['crypto', 'krypto', 'cripto', 'bitcoin', 'btc', 'usdt', 'ethereum', 'trading', 'forex', 'signal', 'sinais', 'futures', 'arbitrage', 'gold', 'goud', 'oro', 'ouro']);

/** Trading named (folded). */
const TRADING = /\b(?:crypto\w*|krypto\w*|cripto\w*|bitcoins?|btc|usdt|ethereum|trading|forex|signals?|signale?n?|signaux|senales|sinais|signalen|futures|arbitrage|arbitraje|gold|goud|oro|ouro)\b/;

/** A feigned or mistaken acquaintance (folded). */
const ACQUAINTANCE = lazyRegExp(() => new RegExp(
  [
    // en
    `\\bis (?:this|that) (?:you|really you|still you)\\b ?\\?|\\bis this [a-z]+ ?\\?|\\b(?:we|i) met (?:you )?(?:at|in|during) (?:the|a|your)\\b|\\bwrong (?:number|person|contact|email|address)\\b|\\bdo you (?:still )?remember me\\b|\\blong time no (?:see|talk)\\b|\\badded the wrong\\b`,
    // de
    `\\b(?:bist du|sind sie) (?:das|es)\\b ?\\?|\\bwir haben uns\\b${gap(40)}\\b(?:getroffen|kennengelernt|gesehen)\\b|\\bfalsche(?:n)? (?:nummer|kontakt|person|adresse)\\b|\\b(?:erinnerst du dich|erinnern sie sich) an mich\\b|\\blange nicht gesehen\\b`,
    // fr
    `\\bc'est (?:bien )?(?:toi|vous) ?\\?|\\b(?:on s'est|nous nous sommes) (?:rencontre|vu|croise)s?e?s?\\b|\\b(?:mauvais|mauvaise) (?:numero|contact|personne|adresse)\\b|\\b(?:tu te souviens|vous vous souvenez) de moi\\b`,
    // es
    `\\b(?:eres tu|es usted) ?\\?|\\bnos (?:conocimos|vimos en)\\b|\\b(?:numero|contacto|persona|correo) equivocad[oa]\\b|\\b(?:te acuerdas|se acuerda) de mi\\b`,
    // pt
    `\\bnos (?:conhecemos|vimos (?:em|no|na))\\b|\\b(?:numero|contato|contacto|pessoa) errad[oa]\\b|\\b(?:lembra-se|lembras-te|voce se lembra) de mim\\b`,
    // nl
    `\\b(?:ben jij|bent u) (?:het|dat) ?\\?|\\bwe hebben elkaar\\b${gap(40)}\\b(?:ontmoet|gezien|leren kennen)\\b|\\bverkeerde (?:nummer|contact|persoon)\\b|\\b(?:herinner je je|ken je) mij(?: nog)?\\b`,
  ].join('|'),
));

/** A percent or a sum (folded). */
const FIGURE = '(?:\\d+(?:[.,]\\d+)? ?%|[$€£] ?\\d|\\d[\\d.,]* ?(?:usd|usdt|dollars?|euros?|eur))';

/** The writer's own gain in figures, within one sentence (folded). */
const GAIN = lazyRegExp(() => new RegExp(
  [
    `\\b(?:i|i've|i'm|i am|i have|we|my (?:uncle|aunt|mentor|teacher|cousin) and i)\\b${gap(30)}\\b(?:earn|earning|earned|make|making|made|profit|profited|gain|gained|get|getting|got)\\b${gap(40)}${FIGURE}`,
    `\\bich\\b${gap(30)}\\b(?:verdiene|verdient|gewinne|mache|machte|bekomme)\\b${gap(40)}${FIGURE}`,
    `\\bje (?:gagne|me fais|fais|ai gagne|ai fait|touche)\\b${gap(40)}${FIGURE}`,
    `\\b(?:gano|he ganado|gane|saco|hago|estoy ganando)\\b${gap(40)}${FIGURE}`,
    `\\b(?:ganho|ganhei|tenho ganho|tenho ganhado|faco|fiz|estou ganhando|estou a ganhar)\\b${gap(40)}${FIGURE}`,
    `\\bik\\b${gap(30)}\\b(?:verdien|verdiende|maak|maakte|heb)\\b${gap(40)}${FIGURE}`,
  ].join('|'),
));

export interface TradingAcquaintance {
  acquaintance: string;
  gain: string;
  trading: string;
}

/** The feigned acquaintance, the writer's gain and trading, in a first message with no web link (see above), or null. */
export function tradingAcquaintance(msg: ParsedMessage): TradingAcquaintance | null {
  const read = headRead(msg);
  if (read.wide || !gramsMayMatch(TRADING_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const trading = TRADING.exec(folded);
  if (!trading) return null;
  const acquaintance = ACQUAINTANCE().exec(folded);
  if (!acquaintance) return null;
  const gain = GAIN().exec(folded);
  if (!gain || warnsAboutScheme(folded)) return null;
  return { acquaintance: acquaintance[0], gain: gain[0], trading: trading[0] };
}

export function tradingAcquaintanceCheck(): Check {
  return {
    name: 'content.trading-acquaintance',
    description: "A stranger feigning an acquaintance (\"is this you?\", \"we met at\", a wrong number) who tells of her own trading gains in figures, in a first message with no web link (the pig-butchering opener)",
    emits: ['CONTENT_TRADING_ACQUAINTANCE'],
    run(msg: ParsedMessage): CheckOutput {
      const found = tradingAcquaintance(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_TRADING_ACQUAINTANCE', evidence: `"${found.acquaintance}" … "${found.gain}" … "${found.trading}"; no web link`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
