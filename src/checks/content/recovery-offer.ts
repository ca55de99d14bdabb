import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter } from './bec-opener.js';
import { gramGate, gramsMayMatch, type GramGate } from './head-grams.js';
import { asciiHeadGrams, headRead } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Session 51 (issue 17, helper scam51): the recovery room by its structure — "Have you lost money to an online trading
 * platform? Our legal team has helped hundreds of people get their money back from fake brokers. Reply with the platform's
 * name and the amount." The second scam on the first one's victims: a "lawyer", "agency" or "recovery desk" writing to a
 * stranger. Terms rows held it in en/it/pt/fr (sessions 42–43: "fraudulent platforms", "recuperare il suo denaro"); any other
 * wording or language passed. Four moves, each a few words per language: **money lost or a fraud suffered** (LOST), **got
 * back** (RECOVER), **where it went** — a platform, broker, trading or crypto (WHERE), and **the writer offering it** in the
 * first person (OFFER: "we can help", "our team", "wir helfen", "notre équipe", "podemos", "il nostro studio", "ons team", 弊社),
 * or (session 57, scam57) the "victim's" testimonial that recommends a person — "a recovery expert, a certified hacker … got
 * all my money back … contact him at …", "contactez-le", "contáctalo" (a person, not "contact them": a friend's advice to call
 * the bank is no offer).
 *
 * CONTENT_RECOVERY_OFFER needs all four in one language in the subject and the first MAX_TEXT characters of the shown text
 * (folded). Not read as a warning: the recovery letter names "scam" and "fraud" itself (scam-structure's warnsAboutScheme would
 * switch it off), so the composite CONTENT_RECOVERY_OFFER_STRANGER weighs the sender instead — a consumer office's or a
 * bank's genuine advice ("victims who lost money to fake brokers can get help recovering it") comes from a domain of its own;
 * the room writes from free mail or asks for the answer elsewhere. Alone it is 3 points.
 * Each pattern is alternatives of literals (no gaps): linear.
 */
const MAX_TEXT = 6_000;

/** The getting back and the money got back, in one sentence either way round (at most 40 characters between). */
// Each made at its first use (lazyRegExp, session 59): a scan of mail without a recovery story makes none of them.
const back = (verbs: string, money: string): (() => RegExp) =>
  lazyRegExp(() => new RegExp(`\\b(?:${verbs})\\b[^.!?\\n]{0,40}?\\b(?:${money})\\b|\\b(?:${money})\\b[^.!?\\n]{0,40}?\\b(?:${verbs})\\b`));
const backJa = (verbs: string, money: string): (() => RegExp) => lazyRegExp(() => new RegExp(`(?:${verbs})[^。！？\\n]{0,20}?(?:${money})|(?:${money})[^。！？\\n]{0,20}?(?:${verbs})`));

/** [language, lost, recover (with the money), where, offer]. */
const MOVES: readonly [lang: string, lost: RegExp, recover: () => RegExp, where: RegExp, offer: RegExp][] = [
  ['en',
    /\b(?:lost|been scammed|been defrauded|been cheated|fallen victim|fell victim|victims?)\b/,
    lazyRegExp(() => new RegExp(`${back('recover(?:ed|y|ing)?|retriev(?:e|ed|al)|reclaim(?:ed)?', 'money|funds|losses|investments?|deposits?|savings')().source}|\\b(?:money|funds|investments?|deposits?) back\\b`)),
    /\b(?:platforms?|brokers?|brokerages?|trading|investments?|crypto[a-z]*|bitcoin|forex|binary options)\b/,
    /\b(?:we (?:can|will) (?:help|assist|recover|get)|we (?:have )?helped|we help|we speciali[sz]e|our (?:team|firm|agency|lawyers|attorneys|experts|agents|legal|recovery)|i can help|contact (?:him|her)|(?:recovery|certified|ethical) (?:expert|hacker|agent|specialist)s?)\b/],
  ['de',
    /\b(?:verloren|betrogen|geschadigt[a-z]*|opfer)\b/,
    back('zuruck(?:holen|zuholen|geholt|erhalten|zuerhalten|bekommen|zubekommen|gewinnen|zugewinnen|zahlung)?|ruckholung|ruckforderung|wiedererlangen|wiederbeschaffung', 'geld|gelder|verluste|einlagen?|investitionen|ersparnisse'),
    /\b(?:plattform(?:en)?|handelsplattform(?:en)?|online-plattform(?:en)?|broker[a-z]*|trading|krypto[a-z]*|bitcoin|forex|investment[a-z]*|anlage(?:betrug)?)\b/,
    /\b(?:wir (?:helfen|konnen ihnen helfen|holen)|unser (?:team|anwaltsteam|expertenteam|buro)|unsere (?:anwalte|experten|kanzlei|agentur)|kontaktieren sie (?:ihn|sie) (?:unter|per)|kontaktiere (?:ihn|sie))\b/],
  ['fr',
    /\b(?:perdu|perdus|perdue|perdues|escroque(?:e|s|es)?|arnaque(?:e|s|es)?|victimes?)\b/,
    back('recuperer|recuperez|recuperation|recupere|recouvrer|recouvrement|rembourse(?:r|z|ment)?', 'argent|fonds|pertes|investissements?|depots?|economies'),
    /\b(?:plateformes?|courtiers?|brokers?|trading|investissements?|crypto[a-z]*|bitcoin|forex|options binaires)\b/,
    /\b(?:nous (?:pouvons vous aider|vous aidons|avons aide|aidons)|notre (?:equipe|cabinet|agence|service)|contactez-(?:le|la)|contacte-(?:le|la))\b/],
  ['es',
    /\b(?:perdido|perdio|perdida|perdidas|estafad[oa]s?|victimas?)\b/,
    back('recuperar|recuperado|recuperacion|recupere|reembolso', 'dinero|fondos|perdidas|inversion(?:es)?|depositos|ahorros'),
    /\b(?:plataformas?|brokers?|corredores|trading|inversion(?:es)?|cripto[a-z]*|bitcoin|forex)\b/,
    /\b(?:podemos ayudar(?:le|te)?|le ayudamos|hemos ayudado|ayudamos|nuestro (?:equipo|despacho|bufete)|nuestros abogados|nuestra (?:firma|agencia)|contactalo|contactala|contactelo|contactela)\b/],
  ['pt',
    /\b(?:perdi|perdeu|perdido|perdidos|perdida|enganad[oa]s?|vitimas?|lesad[oa]s?)\b/,
    back('recuperar|recuperamos|recuperacao|recuperaram|recuperei|reaver|reembolso', 'dinheiro|fundos|perdas|investimentos?|depositos|economias'),
    /\b(?:plataformas?|corretoras?|brokers?|trading|investimentos?|cripto[a-z]*|bitcoin|forex)\b/,
    /\b(?:podemos ajudar|ajudamos|ja ajudou|nossa (?:equipe|equipa|agencia)|nossos advogados|nosso (?:escritorio|time)|contate-o|contate-a|fale com (?:ele|ela))\b/],
  ['it',
    /\b(?:pers[oiae]|truffat[oiae]|vittim[ae])\b/,
    back('recuperare|recuperato|recuperati|recupero|rimborso|riavere', 'denaro|soldi|fondi|perdite|investiment[oi]|risparmi|somme'),
    /\b(?:piattaform[ae]|broker|trading|investiment[oi]|cripto[a-z]*|bitcoin|forex)\b/,
    /\b(?:possiamo aiutar[a-z]*|abbiamo aiutato|aiutiamo|il nostro (?:team|studio|staff)|i nostri (?:avvocati|esperti)|la nostra (?:agenzia|squadra)|contattalo|contattala|lo contatti|la contatti)\b/],
  ['nl',
    /\b(?:verloren|kwijtgeraakt|kwijt|opgelicht|gedupeerd(?:en)?|slachtoffers?)\b/,
    back('terugkrijgen|terug te krijgen|terughalen|terug te halen|terugvorderen|terugbetaling|teruggekregen|teruggehaald|terug', 'geld|gelden|verlies|verliezen|inleg|investering(?:en)?|spaargeld'),
    /\b(?:platform(?:s|en)?|handelsplatform(?:s|en)?|brokers?|nepbrokers?|trading|belegging(?:en)?|crypto[a-z]*|bitcoin|forex)\b/,
    /\b(?:wij kunnen (?:u|je|ook u) helpen|we kunnen (?:u|je) helpen|wij helpen|we helpen|ons (?:team|juridisch team|kantoor)|onze (?:advocaten|experts|specialisten)|neem contact met (?:hem|haar) op)\b/],
  ['ja', /失(?:い|っ)|損失|被害/, backJa('取り戻|返金|回収', 'お金|資金|損失|投資金'), /取引|ブローカー|投資|仮想通貨|暗号資産|プラットフォーム/, /私たち|弊社|当社|お手伝い/],
];

/** A cheap gate on the raw text: every RECOVER term holds one of these stems (any case, accents as written). */
const GATE = /recov|retriev|reclaim|back|zur[üu]ck|r[üu]ckhol|r[üu]ckforder|wiederer|wiederbe|r[ée]cup|recouvr|rembours|recuper|reemb|reaver|rimbors|riavere|terug|取り戻|返金|回収/i;
/**
 * Session 52 (issue 18): each language's RECOVER verbs as trigram lists (head-grams.ts), in MOVES' order; the English "back"
 * only after the money ("money back"), as its pattern reads it. In an ASCII subject and text the fold is their lower case with
 * white space runs as one space, so a RECOVER match is its words' letters in a row in the text as written: where headRead's
 * trigrams hold none of a language's lists, its RECOVER has no match. GATE's "back" passed nearly every English letter
 * ("feedback", "back to top"), which was then folded and read by the eight RECOVER patterns (~0.1 M instructions a message).
 */
const RECOVER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['recover', 'retriev', 'reclaim', 'money back', 'funds back', 'investment back', 'deposit back'],
  de: ['zuruck', 'ruckholung', 'ruckforderung', 'wiedererlangen', 'wiederbeschaffung'],
  fr: ['recuper', 'recouvr', 'rembourse'],
  es: ['recuper', 'reembolso'],
  pt: ['recuper', 'reaver', 'reembolso'],
  it: ['recuper', 'rimborso', 'riavere'],
  nl: ['terug'],
  // Kana and Han only: never in an ASCII text (a gate of no alternative says "no").
  ja: [],
};
/**
 * What every RECOVER match holds in the folded text (each language's verb stems; the English "back" after the money): one
 * pass over a letter the raw GATE let through (any with an accent or a letter beyond ASCII, or a "back") before the eight
 * RECOVER patterns, which most such letters do not match.
 */
const RECOVER_STEM =
  /recover|retriev|reclaim|(?:money|funds|investments?|deposits?) back|zuruck|ruckholung|ruckforderung|wiedererlangen|wiederbeschaffung|recuper|recouvr|rembourse|reembolso|reaver|rimborso|riavere|terug|取り戻|返金|回収/;
const RECOVER_GRAMS: ReadonlyMap<string, GramGate> = new Map(Object.entries(RECOVER_WORDS).map(([lang, words]) => [lang, gramGate(words)]));
const ANY_RECOVER_GRAMS = gramGate(Object.values(RECOVER_WORDS).flat());

/** The moves and the raw gate, for the test that holds recoveryOffer's gates to the session-51 function. */
export const recoveryOfferParts = { moves: MOVES, gate: GATE };

export interface RecoveryOffer {
  lang: string;
  lost: string;
  recover: string;
  where: string;
  offer: string;
}

/**
 * The recovery room's four moves (see the module's comment), or null. `asciiGrams`: the stamp of headRead's trigrams when the
 * subject and the text's first MAX_TEXT characters are all ASCII (RECOVER_GRAMS), else undefined.
 */
export function recoveryOffer(subject: string, text: string, asciiGrams?: number): RecoveryOffer | null {
  if (asciiGrams !== undefined && !gramsMayMatch(ANY_RECOVER_GRAMS, asciiGrams)) return null;
  const read = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (!GATE.test(read) && !GATE.test(subject)) return null;
  const folded = foldLetter(subject, read);
  if (!RECOVER_STEM.test(folded)) return null;
  for (const [lang, lost, recover, where, offer] of MOVES) {
    if (asciiGrams !== undefined && !gramsMayMatch(RECOVER_GRAMS.get(lang)!, asciiGrams)) continue;
    const r = recover().exec(folded);
    if (!r) continue;
    const l = lost.exec(folded);
    const w = l && where.exec(folded);
    const o = w && offer.exec(folded);
    if (l && w && o) return { lang, lost: l[0], recover: r[0], where: w[0], offer: o[0] };
  }
  return null;
}

export function recoveryOfferCheck(): Check {
  return {
    name: 'content.recovery-offer',
    description: 'An offer to get back money lost to a platform, broker or crypto fraud, made in the first person (the recovery room)',
    emits: ['CONTENT_RECOVERY_OFFER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = recoveryOffer(msg.subject.slice(0, 512), shownText(msg), asciiHeadGrams(headRead(msg), MAX_TEXT));
      const findings: Finding[] = found
        ? [{ id: 'CONTENT_RECOVERY_OFFER', evidence: `${found.lang}: "${found.lost}" … "${found.recover}" … "${found.where}" … "${found.offer}"`, data: { ...found } }]
        : [];
      return { findings };
    },
  };
}
