import { shownText } from '../../mail/shown-text.js';
import { isAscii, lowerCased, oneSpaced } from '../../mail/text-chars.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter } from './bec-opener.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * The online-gambling advert (issue 17, session 32): a casino's, bookmaker's or betting platform's sign-up incentive — free
 * spins, a welcome or first-deposit bonus, "no deposit required" — beside what it is for (a casino, slots, poker, bets, "the
 * game", "play now"), in en/de/nl/fr/es/pt. The category table counts these words as marketing (terms.ts: "free spins",
 * "willkommensbonus", "rodadas grátis"), two points once they add up; the honeypot's casino adverts sent from compromised
 * organisations' mailboxes ("Revolution Casino" from a school's address), from a well-known sender's forged domain
 * ("CorgiBet" from `𝗿𝗲𝗽𝗹𝘆@telekom.com`) or as a three-line Portuguese "nova plataforma … bônus de primeiro depósito" with a
 * link elsewhere stayed clean under six. None of the SpamAssassin training ham nor the modern-ham probe names such an
 * incentive; a casino's own newsletter does, and CONTENT_GAMBLING_ADVERT_UNRELATED (composites.ts) weighs who sends it.
 *
 * Patterns run over the folded text (lower case, accents removed, styled letters read as plain, one space for every white
 * space run: foldLetter); each is alternatives of literals with bounded word gaps: linear.
 */

/** How much of the text is read (the incentive is in an advert's first screen). */
export const MAX_GAMBLING_TEXT = 6_000;

/** A sign-up incentive of gambling sites. `[a-z]+ ` gaps: at most two words ("bonus on your first deposit"). */
export const GAMBLING_INCENTIVE: readonly [lang: string, pattern: RegExp][] = [
  ['en', /\b(?:free ?spins?|no deposit (?:bonus|required|needed)|welcome (?:bonus|pack(?:age)?)|(?:first )?deposit bonus|bonus (?:on|with) (?:[a-z]+ ){0,2}(?:first )?deposit|casino bonus|matched deposit|bonus spins)\b/],
  ['de', /\b(?:freispiele?|gratis ?spins|gratisdrehs|ohne einzahlung|keine einzahlung (?:erforderlich|notig)|willkommensbonus|willkommenspaket|einzahlungsbonus|bonus auf (?:[a-z]+ ){0,2}(?:erste )?einzahlung)\b/],
  ['nl', /\b(?:gratis spins|welkomstbonus|geen storting|stortingsbonus|bonus op (?:[a-z]+ ){0,2}(?:eerste )?storting)\b/],
  ['fr', /\b(?:tours gratuits|bonus de bienvenue|sans depot|bonus (?:sur|de) (?:[a-z]+ ){0,2}(?:premier )?depot)\b/],
  ['es', /\b(?:tiradas gratis|giros gratis|bono de bienvenida|sin deposito|bono (?:de|en|por) (?:[a-z]+ ){0,2}(?:primer )?deposito)\b/],
  ['pt', /\b(?:rodadas gratis|giros gratis|bonus de boas-vindas|sem deposito|bonus (?:de|no|do) (?:[a-z]+ ){0,2}(?:primeiro )?deposito)\b/],
];

/** What the incentive is for: a game of chance, its venue (also run into its name: "MalinaCasino"), or the call to play. */
export const GAMBLING_VENUE =
  /\b(?:[a-z]{0,20}(?:casinos?|cassinos?)|casinospiele|online ?casino|live casino|poker|slots?|slot machines?|spielautomaten|machines? a sous|tragamonedas|caca-niqueis|roulette|roleta|ruleta|blackjack|jackpots?|sportsbook|bookmaker|buchmacher|sportwetten|apostas?|apuestas?|paris sportifs|gokken|jogos?|juegos?|jogar|jugar|spielen|play now|jetzt spielen|joue[rz]|speel nu|bet|wager|wetten)\b/;

export interface GamblingAdvert {
  lang: string;
  incentive: string;
  venue: string;
}

/**
 * A word stem every match of every GAMBLING_INCENTIVE alternative holds ("free spins" → spin, "welcome bonus" → bonus,
 * "willkommenspaket" → willkommens, "sin deposito" → deposit, "welcome pack" itself …): a text with none of them has no incentive. The check
 * runs on every message and almost none is a casino's, so this one scan spares the six patterns — and, for ASCII text,
 * the fold (tests: one phrase of every alternative).
 */
const INCENTIVE_STEM = /spin|dep(?:osit|ot)|bon(?:us|o)|freispiel|grat(?:is|uit)|einzahlung|storting|willkommens|welcome pack/;
/**
 * INCENTIVE_STEM in any case, for ASCII text: it holds a stem in lower case exactly when its lower case does (an ASCII letter
 * folds only to its other case), so the text is not copied in lower case for the mail that has none (session 38). The stems
 * sharing a beginning are written once (`dep(?:osit|ot)`): the same texts pass, with fewer alternatives tried a character.
 */
const INCENTIVE_STEM_ANY_CASE = lazyRegExp(() => new RegExp(INCENTIVE_STEM.source, 'i'));
/** INCENTIVE_STEM_ANY_CASE, for the trigram gate's test. */
export const incentiveStemAnyCase = (): RegExp => INCENTIVE_STEM_ANY_CASE();
/**
 * INCENTIVE_STEM's stems as trigram lists (head-grams.ts, session 51): an ASCII letter whose trigrams (headRead's, of the
 * subject and the shown text's opening) hold none of them has no INCENTIVE_STEM_ANY_CASE match.
 */
export const INCENTIVE_GRAMS = gramGate(['spin', 'deposit', 'depot', 'bonus', 'bono', 'freispiel', 'gratis', 'gratuit', 'einzahlung', 'storting', 'willkommens', 'welcome pack']);

/** The gambling advert's incentive and venue in `msg` (see the module's comment), or null. */
export function gamblingAdvert(msg: ParsedMessage): GamblingAdvert | null {
  const shown = shownText(msg);
  const body = shown.length > MAX_GAMBLING_TEXT ? shown.slice(0, MAX_GAMBLING_TEXT) : shown;
  let text: string;
  const letter = `${msg.subject}\n${body}`;
  if (isAscii(letter)) {
    // foldLetter of ASCII text is its lower case with white space runs as one space (no accents, nothing to normalise);
    // a stem is the same before and after the runs are joined.
    if (!gramsMayMatch(INCENTIVE_GRAMS, headRead(msg).grams) || !INCENTIVE_STEM_ANY_CASE().test(letter)) return null;
    text = oneSpaced(lowerCased(letter));
  } else {
    text = foldLetter(msg.subject, body);
    if (!INCENTIVE_STEM.test(text)) return null;
  }
  for (const [lang, re] of GAMBLING_INCENTIVE) {
    const incentive = re.exec(text);
    if (!incentive) continue;
    const venue = GAMBLING_VENUE.exec(text);
    return venue ? { lang, incentive: incentive[0], venue: venue[0] } : null;
  }
  return null;
}

export function gamblingAdvertCheck(): Check {
  return {
    name: 'content.gambling-advert',
    description: "Online-gambling adverts: a casino's or betting site's sign-up incentive (free spins, a deposit bonus) and what it is for",
    emits: ['CONTENT_GAMBLING_ADVERT'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      const advert = gamblingAdvert(msg);
      if (advert) findings.push({ id: 'CONTENT_GAMBLING_ADVERT', evidence: `"${advert.incentive}" … "${advert.venue}" (${advert.lang})`, data: { ...advert } });
      return { findings };
    },
  };
}
