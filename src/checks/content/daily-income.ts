import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter, fromList } from './bec-opener.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { asciiHeadGrams, headRead, warnsAboutScheme } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import { wordStartAlternatives } from '../../mail/word-start.js';

/**
 * Session 54 (issue 17, helper draw54d): a sum of money promised to the reader by the day or the week — "TRANSFERS TO YOUR CARD
 * FROM $3000 PER DAY >>> link" typed into a web site's contact form so that the site mails it on (design 113), the ATM-card
 * letter's "you will be receiving the sum of $4000 dollars per day" (design 4668/4671/4673), the "you can earn 500 € a day"
 * income lure. Three parts in one sentence: **the money comes to the reader** (TO_READER: "to your card / account / wallet",
 * "you will / can / could (be) receive / earn / make", in en/de/fr/es/pt/it/nl), **a sum** beside a currency (AMOUNT, as the
 * investment pitch's) and **a day or a week** (PERIOD) right after it. A genuine per-day price (a car hire's "$30 per day", a
 * hotel's rate, an ATM's "withdraw up to $500 per day") names no money coming to the reader; a bank's or an employer's
 * genuine mail about pay is list mail or names the pay by the month or year. Not in list mail and not in a text that warns
 * about the scheme.
 *
 * Cheapest first: the head's trigrams (an ASCII head without a day or week word), a digit beside a currency sign or word in the
 * head text as written, then the period as written; the fold is foldLetter's (memoised, shared with the other letter readings). Alternatives of literals with bounded gaps.
 */
const MAX_TEXT = 6_000;

/**
 * PERIOD's words as trigram lists (head-grams.ts): an ASCII head whose trigrams hold none of them has no period, and the check
 * ends before any pattern runs (most mail). Each PERIOD alternative holds one of these words in a row.
 */
const PERIOD_GRAMS = gramGate(['day', 'daily', 'week', 'tag', 'woche', 'jour', 'quotidien', 'semaine', 'dia', 'diari', 'semana', 'giorno', 'giornalmente', 'settimana', 'dag', 'wekelijks']);
/** A digit beside a currency sign or word, in any case, in the text as written. */
export const MONEY_NEAR = /\d ?[€$£]|[€$£] ?\d|\d ?(?:euros?|eur|dollars?|usd|reais)\b/i;
/** The period as PERIOD writes it, in any case and with its accents (PERIOD reads the fold): "per day", "täglich", "al día". */
export const PERIOD_NEAR =
  /\b(?:(?:per|a|each|every|pro|jeden|am|par|chaque|por|al|ao|cada|ogni|elke|a la) (?:day|week|tag|woche|jour|semaine|d[ií]a|semana|giorno|settimana|dag)\b|daily|weekly|t[aä]glich|w[oö]chentlich|quotidiennement|diari|semanal|giornalmente|settimanalmente|dagelijks|wekelijks)/i;

/**
 * The money's way to the reader. Session 56: '(no|para o) seu cartao' is the Portuguese "to your card" (design 113's phrasing),
 * which no other alternative reads; its 'conto' reads no Portuguese (an account is 'conta': 'na sua conta'), but dropping it
 * would change the analysed pattern for a word that costs nothing, so it stays. Session 57 (helper draw57d): the account and the
 * wallet the money goes *to* as well as *in* ("transferências para a sua conta", Brazil's "para sua conta" without the article,
 * "depositados em sua conta"), which only 'na sua conta' read.
 */
const TO_READER =
  '(?:to your (?:bank |debit |credit )?(?:card|account|wallet)|you (?:will|can|could|would|\'ll|are going to) (?:be )?(?:receive|receiving|earn|earning|make|making|get paid|be paid)' +
  '|auf (?:ihre|deine|ihr|dein) (?:karte|kreditkarte|konto|bankkonto)|(?:sie|du) (?:werden|wirst|konnen|kannst) [a-z ]{0,20}?(?:erhalten|verdienen|bekommen)|verdienen sie|verdienst du' +
  '|sur votre (?:carte|compte)|vous (?:allez|pouvez|pourrez|pourriez) (?:recevoir|gagner)|vous (?:recevrez|gagnerez)' +
  '|a (?:su|tu) (?:tarjeta|cuenta)|(?:usted )?(?:recibira|ganara|recibiras|ganaras)|(?:puede|puedes|podra|podras) (?:recibir|ganar)' +
  '|(?:no|para o) seu (?:cartao|conto)|(?:na|para a|para|em) sua (?:conta|carteira)|(?:voce|vc) (?:vai|pode|podera|ira) (?:receber|ganhar|lucrar)|(?:voce )?(?:recebera|ganhara)' +
  '|sulla (?:sua|tua) (?:carta|conto)|sul (?:suo|tuo) conto|(?:ricevera|guadagnera|riceverai|guadagnerai)|(?:puoi|puo|potra|potrai) (?:ricevere|guadagnare)' +
  '|op (?:uw|je) (?:kaart|rekening)|(?:u|je) (?:kunt|kan|zult|zal|gaat) [a-z ]{0,20}?(?:ontvangen|verdienen))';
const AMOUNT = "(?:(?:[$€£]|r\\$|us\\$|usd|eur) ?\\d{1,3}(?:[.,' ]?\\d{3})*|\\d{1,3}(?:[.,' ]?\\d{3})* ?(?:€|\\$|£|euros?|eur|dollars?|usd|reais))";
const PERIOD =
  '(?:(?:per|a|each|every) (?:day|week)|daily|weekly|(?:pro|jeden|am) (?:tag|woche)|taglich|wochentlich|(?:par|chaque) (?:jour|semaine)|quotidiennement' +
  '|(?:por|al|ao|cada|a cada) (?:dia|semana)|diari[oa]s?|diariamente|semanal(?:es|mente)?|(?:al|ogni|a|per) (?:giorno|settimana)|giornalmente|settimanalmente' +
  '|(?:per|elke) (?:dag|week)|dagelijks|wekelijks)';
/** German and Dutch put the verb last: "Sie werden bis zu 1.200 Euro täglich erhalten", "u kunt 900 euro per dag verdienen". */
const VERB_LAST = '(?:(?:sie|du) (?:werden|wirst|konnen|kannst)|(?:u|je) (?:kunt|kan|zult|zal))';
const VERB_LAST_END = '(?:erhalten|verdienen|bekommen|ontvangen)';
/**
 * The money to the reader, then within the sentence a sum, then (after at most 20 characters: "$3000 (3000 EUR)") its period;
 * or the verb-last order of German and Dutch.
 */
/**
 * Session 58 (scam58): the one-line investment pitch says it as an order — "Start earning $2,500 a day with our automated Bitcoin
 * trading system", "Gana hasta 3.000 euros a la semana invirtiendo en criptomonedas", "Gagnez 500 € par jour grâce au trading":
 * the imperative to earn, a sum, its period, and in the same sentence what it is earned with (crypto, trading, investing). An
 * order to earn by the day alone is a gig platform's advert too ("earn up to $300 a week driving").
 */
const EARN_ORDER =
  '(?:start earning|earn(?: up to)?|make(?: up to)?|empiece a ganar|empieza a ganar|gane(?: hasta)?|gana(?: hasta)?|verdienen sie(?: bis zu)?|verdiene(?: bis zu)?|' +
  'commencez a gagner|gagnez(?: jusqu\'a)?|comece a ganhar|ganhe(?: ate)?|inizia a guadagnare|guadagna(?: fino a)?|verdien(?: tot)?)';
const EARNED_WITH = '(?:bitcoins?|btc|crypto\\w*|cripto\\w*|krypto\\w*|trading|invest\\w*|inversion(?:es)?|invirtiendo|investi\\w*|forex)';
/**
 * DAILY as written (made only for its source: the safety lint reads it here, and word-start-patterns.test.ts holds the rewrite
 * to it); DAILY runs it with `\b` taken out of its alternatives (wordStartAlternatives: the same matches).
 */
export const DAILY_WRITTEN = lazyRegExp(() => new RegExp(
  `\\b${TO_READER}\\b[^.!?\\n]{0,40}?${AMOUNT}[^.!?\\n]{0,20}?\\b${PERIOD}\\b` +
  `|\\b${VERB_LAST} [^.!?\\n]{0,30}?${AMOUNT}[^.!?\\n]{0,20}?\\b${PERIOD} (?:[a-z]{1,12} )?${VERB_LAST_END}\\b`,
));
const DAILY = lazyRegExp(() => new RegExp(wordStartAlternatives(DAILY_WRITTEN().source)));
/**
 * The order's parts, read in turn from each order (at most ORDER_MAX) to the end of its sentence: a sum within 12 characters,
 * its period within 20 after it (PERIOD, or Spanish "a la semana"), what it is earned with within 60 after that. Small
 * patterns over bounded slices (one pattern of the whole had the safety analyser time out).
 */
const ORDER = lazyRegExp(() => new RegExp(`\\b${EARN_ORDER} `, 'g'));
const ORDER_MAX = 8;
const ORDER_REACH = 160;
const ORDER_AMOUNT = lazyRegExp(() => new RegExp(`^[^.!?\\n]{0,12}?${AMOUNT}`));
const ORDER_PERIOD = lazyRegExp(() => new RegExp(`^[^.!?\\n]{0,20}?\\b(?:${PERIOD}|a la (?:semana|dia))\\b`));
const ORDER_WITH = lazyRegExp(() => new RegExp(`^[^.!?\\n]{0,60}?\\b${EARNED_WITH}\\b`));

/** The order to earn, a sum, its period and what it is earned with, in one sentence of `folded` (see EARN_ORDER), or null. */
function dailyOrder(folded: string): RegExpExecArray | null {
  ORDER().lastIndex = 0;
  for (let n = 0, m = ORDER().exec(folded); m && n < ORDER_MAX; n++, m = ORDER().exec(folded)) {
    const start = m.index + m[0].length;
    const rest = folded.slice(start, start + ORDER_REACH);
    const amount = ORDER_AMOUNT().exec(rest);
    if (!amount) continue;
    const afterAmount = rest.slice(amount[0].length);
    const period = ORDER_PERIOD().exec(afterAmount);
    if (!period) continue;
    const withWhat = ORDER_WITH().exec(afterAmount.slice(period[0].length));
    if (!withWhat) continue;
    const found = [`${m[0]}${amount[0]}${period[0]}${withWhat[0]}`] as unknown as RegExpExecArray;
    found.index = m.index;
    found.input = folded;
    return found;
  }
  return null;
}

/**
 * Session 57 (helper draw57d): a limit in the sentence makes the sum a ceiling, not a promise — "the transfer limit to your account is
 * $5,000 per day", "das Überweisungslimit auf Ihr Konto beträgt 5.000 € pro Tag", "o limite de transferência para a sua conta é de
 * R$ 5.000 por dia", "le plafond de virement sur votre compte" (a bank's notice; each read as the lure before). Whole words of the
 * fold, and a German or Dutch compound that ends in "limit" ("Tageslimit"); not "unlimited", a lure's word.
 */
const LIMIT = /\b(?:limits?|limites?|limiet(?:en)?|plafonds?|hochstbetrag|massimale|tetto)\b|[a-z]limit\b/;
const SENTENCE_MARK = /[.!?\n]/;

/** Whether the sentence around `found` (a match in `text`) names a limit. */
function inLimitSentence(text: string, found: RegExpExecArray): boolean {
  let start = found.index;
  while (start > 0 && !SENTENCE_MARK.test(text[start - 1]!)) start--;
  let end = found.index + found[0].length;
  while (end < text.length && !SENTENCE_MARK.test(text[end]!)) end++;
  return LIMIT.test(text.slice(start, end));
}

export interface DailyIncome {
  promise: string;
}

/** The sum promised to the reader by the day or the week (see the module's comment), or null. */
export function dailyIncome(msg: ParsedMessage): DailyIncome | null {
  const read = headRead(msg);
  if (asciiHeadGrams(read, MAX_TEXT) !== undefined && !gramsMayMatch(PERIOD_GRAMS, read.grams)) return null;
  const head = read.head;
  if (!MONEY_NEAR.test(head) || !PERIOD_NEAR.test(head)) return null;
  if (fromList(msg)) return null;
  const text = shownText(msg);
  const folded = foldLetter(msg.subject.slice(0, 512), text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const found = DAILY().exec(folded) ?? dailyOrder(folded);
  if (!found || inLimitSentence(folded, found) || warnsAboutScheme(folded)) return null;
  return { promise: found[0] };
}

export function dailyIncomeCheck(): Check {
  return {
    name: 'content.daily-income',
    description: 'A sum of money promised to the reader by the day or the week ("transfers to your card from $3000 per day", "you will be receiving $4000 per day")',
    emits: ['CONTENT_DAILY_INCOME_PROMISED'],
    run(msg: ParsedMessage): CheckOutput {
      const found = dailyIncome(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_DAILY_INCOME_PROMISED', evidence: `"${found.promise}"`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
