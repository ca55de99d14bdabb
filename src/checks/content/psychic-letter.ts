import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import { gatedAlternation, writtenAlternation, type GatedPart } from '../../mail/gated-alternation.js';
import { wordStartAlternatives } from '../../mail/word-start.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter } from './bec-opener.js';
import { MAX_TEXT } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { sentenceGap as gap } from './sentences.js';

/**
 * Session 62 (issue 17 item 6, helper scam63): the clairvoyant's letter — "Medium Celeste: the heavens have decided to offer you
 * a just reward … I have decided to direct the help of the angels straight at you … luck is about to turn in your favour",
 * "your name came to me during my meditation, the spirits showed me that money, love and luck are waiting for you", "Ihr Name
 * ist mir heute Nacht erschienen", "votre prénom m'est apparu", "los ángeles me mostraron su nombre", 霊視であなたのお名前が浮かび
 * ました. A medium, astrologer or the angels themselves write to a stranger that they have **seen the reader personally** and
 * that fortune is coming; the reading, the talisman or the "ritual" is sold in the answer or on the page linked. The content
 * classifier carried design sample-1426 alone (a German "Horoskop der Engel" letter, html with a link; its twin 1358 is
 * labelled spam); no rule named the kind in any language.
 *
 * Three moves in the subject and shown text (its first MAX_TEXT characters, folded as the first-letter readers fold them; with
 * or without links, list headers or not: the campaigns come through bulk senders and link to their page):
 * - **a seer or a supernatural source** (SEER: medium, psychic, clairvoyant, astrologer, tarot, horoscope, the angels, the
 *   spirits, the stars; Hellseherin, Engel, Horoskop; voyante, anges, astres; vidente, ángeles, astros; anjos, cartomante;
 *   helderziende, engelen; 霊能者, 霊視, 占い師, 守護霊);
 * - **a revelation about the reader in person** (REVELATION: "your name came to me", "I saw you", "the spirits showed me your
 *   …", "I see in your future", "a vision about you", "die Hilfe der Engel … auf Sie", "je vous vois", "me mostraron su",
 *   "revelaram-me o seu", "ik zie in uw toekomst", あなたのお名前が浮かび) — what a column of horoscopes by sign, a psychic's shop
 *   newsletter ("book a reading") or a friend's story of her own visit to a medium does not say;
 * - **fortune promised** (FORTUNE: luck, money, fortune, wealth, the jackpot; Glück, Geld; chance, argent; suerte, dinero;
 *   sorte, dinheiro; geluk, geld; 金運, 幸運, 大金).
 * Not in a text that warns about the scheme. The reading alone is 3 (an astrologer's own authenticated newsletter written in
 * the first person stays clean); CONTENT_PSYCHIC_LETTER_STRANGER (composites.ts) adds the stranger's envelope.
 *
 * Alternatives of literals with bounded gaps inside one sentence: linear.
 */

/** SEER's words as trigram lists (head-grams.ts): the gate before any fold (accented words by an ASCII piece: "médium" by "dium"). */
const SEER_GRAMS = gramGate([
  'dium', 'psychic', 'clairvoy', 'astrolog', 'horosc', 'horosk', 'ngel', 'anjo', 'spirit', 'esprit', 'geist', 'geest', 'tarot',
  'hellseh', 'wahrsag', 'voyan', 'vidente', 'helderzien', 'stars', 'astres', 'astros', 'sterne', 'sterren', 'cartomant', 'numerolog',
]);

/**
 * A seer or a supernatural source (folded), as written; SEER runs it with `\b` taken out of its alternatives
 * (wordStartAlternatives: the same matches). Exported for that test.
 */
export const SEER_SOURCE =
  [
    'mediums?|psychics?|clairvoyants?|clairvoyance|seer|astrologers?|astrology|tarot|horoscopes?|guardian angels?|angels|spirits|spirit guides?|the stars|numerolog[a-z]*',
    'hellseher(?:in)?|wahrsager(?:in)?|astrolog(?:e|in|ie)|horoskop[a-z]*|schutzengel|engel|geister|sterne|hellsicht[a-z]*',
    'voyante?s?|voyance|astrologue|ange gardien|anges|esprits|astres',
    'videntes?|astrolog[oa]s?|horoscopo|angel de la guarda|angeles|espiritus|astros',
    'anjo da guarda|anjos|espiritos|cartomante',
    'helderziende|astroloog|horoscoop|beschermengel|engelen|geesten|sterren',
  ].map((a) => `\\b(?:${a})\\b`).join('|') + '|霊能|霊視|霊感|占い師|占星術|守護霊|守護天使|天使|星占い';
const SEER = lazyRegExp(() => new RegExp(wordStartAlternatives(SEER_SOURCE)));

/**
 * The reader seen in person by the seer (folded), a part a language, each with its gates (words every match of the part holds).
 * REVELATION runs each part only when its gates hold and keeps the leftmost match (gatedAlternation: the match of the one
 * alternation, revelationWritten; psychic-letter.test.ts). Why (session 66, issue 18): as one pattern it compiled to 205 KB of
 * machine code for Latin-1 letters and 127 KB more for two-byte ones, for every letter with a seer's word.
 */
export const REVELATION_PARTS: readonly GatedPart[] = [
  // en
  {
    source: [
      `\\byour (?:name|face|image|aura|energy|photo)\\b${gap(60)}\\b(?:came to me|appeared|was revealed|revealed itself|came up|stood out)\\b`,
      `\\bi (?:clearly |just )?(?:saw|see|have seen|felt|sensed|perceived) (?:you\\b(?! (?:at|on|in|tomorrow|soon|later|there|next|again|around|then)\\b)|your (?:future|destiny|life|path|fate|aura|energy|name)\\b)`,
      `\\b(?:showed|revealed|told|whispered|sent|gave) (?:me|us) (?:your|that you|about you|a message (?:about|for) you)\\b`,
      `\\bi see (?:in|on) your (?:future|destiny|life|chart|horoscope|path|hand|palm|cards)\\b`,
      `\\ba (?:vision|dream|premonition) (?:about|of|concerning) you\\b`,
    ].join('|'),
    gates: [/you/],
  },
  // de
  {
    source: [
      `\\b(?:ihr|dein) (?:name|vorname|gesicht|bild)\\b${gap(60)}\\b(?:erschien|erschienen|ist mir|kam mir|offenbart|gezeigt)`,
      `\\bich (?:sehe|sah|spure|spurte|fuhle) (?:sie|dich)\\b(?! (?:morgen|bald|dann|am|um|im|in|auf|beim|nachher|nachste)\\b)`,
      `\\b(?:zeigten|zeigte|offenbarten|offenbarte|verrieten|verriet|sagten) mir (?:ihren|ihr|ihre|dass sie|deinen|dein|deine|dass du)\\b`,
      `\\b(?:sehe|sah) ich in (?:ihrem|ihrer|deinem|deiner) (?:horoskop|schicksal|leben|zukunft|karten|hand)\\b|\\bin (?:ihrem|ihrer|deinem|deiner) (?:horoskop|schicksal|leben|zukunft) (?:sehe|sah) ich\\b`,
      `\\b(?:hilfe|kraft|energie|schutz) der (?:engel|sterne|geister)\\b${gap(40)}\\bauf (?:sie|dich)\\b`,
      `\\beine vision (?:von|uber) (?:ihnen|dir)\\b`,
    ].join('|'),
    gates: [/\b(?:ihr|dein|mir|der) |\bich\b|eine vision/],
  },
  // fr
  {
    source: [
      `\\b(?:votre|ton) (?:prenom|nom|visage|image|aura)\\b${gap(60)}(?:m'est apparue?|m'est venue?|s'est revelee?|m'a ete revelee?|est apparue?)`,
      `\\bje (?:vous|te) (?:vois|ai vue?s?|sens|ai sentie?s?)\\b(?! (?:demain|bientot|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|a|au|en|la-bas|tout a l'heure)\\b)`,
      `\\bm'(?:ont|a) (?:montre|revele|dit|annonce|murmure) (?:votre|vos|que vous|ton|tes|que tu)\\b`,
      `\\bje vois (?:dans|sur) (?:votre|ton) (?:avenir|destin|vie|theme|main|horoscope|chemin)\\b`,
      `\\bune vision (?:de vous|vous concernant|a votre sujet)\\b`,
    ].join('|'),
    gates: [/\b(?:votre|ton|je) |m'(?:ont|a) |une vision/],
  },
  // es
  {
    source: [
      `\\bsu (?:nombre|rostro|imagen|aura)\\b${gap(60)}\\b(?:me aparecio|se me aparecio|se me revelo|me fue revelado|aparecio)\\b`,
      `\\bme (?:mostraron|revelaron|dijeron|susurraron|mostro|revelo|dijo) (?:su|sus|que usted|tu|tus|que tu)\\b`,
      `\\bveo en (?:su|tu) (?:destino|futuro|vida|camino|carta|horoscopo|mano)\\b`,
      `\\buna vision (?:sobre|de) usted\\b`,
    ].join('|'),
    gates: [/\b(?:su|me) |veo en|una vision/],
  },
  // pt
  {
    source: [
      `\\b(?:o )?seu (?:nome|rosto)\\b${gap(60)}\\b(?:me apareceu|apareceu|me foi revelado|foi revelado)\\b`,
      `\\b(?:mostraram-me|revelaram-me|disseram-me|me mostraram|me revelaram|me disseram|mostrou-me|revelou-me) (?:o seu|a sua|os seus|as suas|seu|sua|que voce|que o senhor|que a senhora)\\b`,
      `\\bvejo (?:no seu|na sua|no teu|na tua) (?:destino|futuro|caminho|mapa|horoscopo|vida|mao)\\b`,
    ].join('|'),
    gates: [/seu |-me |\bme (?:mostraram|revelaram|disseram) |vejo /],
  },
  // nl
  {
    source: [
      `\\b(?:uw|jouw) naam\\b${gap(60)}\\b(?:verscheen|kwam|werd geopenbaard|werd onthuld)\\b`,
      `\\bik (?:zie|zag|voel|voelde) (?:u|jou)\\b(?! (?:morgen|straks|snel|binnenkort|dan|op|in|bij|vanavond|volgende)\\b)`,
      `\\blieten (?:mij|me) (?:uw|jouw|zien dat u|zien dat je)\\b|\\b(?:vertelden|onthulden|toonden) (?:mij|me) (?:uw|jouw|dat u|dat je)\\b`,
      `\\bik zie in (?:uw|jouw) (?:toekomst|leven|lot|horoscoop|hand|pad)\\b`,
    ].join('|'),
    gates: [/naam|\bik |lieten|vertelden|onthulden|toonden/],
  },
  // ja
  { source: 'あなた(?:様)?の(?:お名前|名前|お顔|姿)が[^。！？\\n]{0,30}?(?:浮かび|浮かん|現れ|見え)|守護霊が[^。！？\\n]{0,30}?(?:告げ|伝え|教え|言っ|示し)|霊視(?:した|しました|の結果|により|で)[^。！？\\n]{0,30}?あなた', gates: [/[\u3000-\u9fff]/] },
];
/** REVELATION's match in a folded letter (exported for psychic-letter.test.ts). */
export const REVELATION = gatedAlternation(REVELATION_PARTS);
/** REVELATION as the one alternation it was written as. */
export const revelationWritten = (): RegExp => writtenAlternation(REVELATION_PARTS);

/** Fortune promised (folded). */
const FORTUNE = lazyRegExp(() => new RegExp(
  [
    'luck|lucky|fortune|money|wealth|riches|prosperity|jackpot|lottery|abundance',
    'gluck|geld|reichtum|vermogen|wohlstand|gewinn|lotto',
    'chance|argent|richesse|prosperite|abondance|loto',
    'suerte|dinero|fortuna|riqueza|prosperidad|abundancia|loteria',
    'sorte|dinheiro|riqueza|prosperidade|loteria',
    'geluk|geld|fortuin|rijkdom|welvaart|overvloed|loterij',
  ].map((a) => `\\b(?:${a})\\b`).join('|') + '|幸運|金運|大金|財運|開運|運気|宝くじ',
));

export interface PsychicLetter {
  seer: string;
  revelation: string;
  fortune: string;
}

/** A seer's letter that has seen the reader in person and promises fortune (see the module's comment), or null. */
export function psychicLetter(msg: ParsedMessage): PsychicLetter | null {
  const read = headRead(msg);
  if (!read.wide && !gramsMayMatch(SEER_GRAMS, read.grams)) return null;
  const text = shownText(msg);
  const folded = foldLetter(msg.subject.slice(0, 512), text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const seer = SEER().exec(folded);
  if (!seer) return null;
  const revelation = REVELATION(folded);
  if (!revelation) return null;
  const fortune = FORTUNE().exec(folded);
  if (!fortune || warnsAboutScheme(folded)) return null;
  return { seer: seer[0], revelation: revelation[0], fortune: fortune[0] };
}

export function psychicLetterCheck(): Check {
  return {
    name: 'content.psychic-letter',
    description: 'A medium, astrologer or "the angels" write that they have seen the reader in person and that fortune is coming (the clairvoyant letter that sells a reading or a talisman)',
    emits: ['CONTENT_PSYCHIC_LETTER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = psychicLetter(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_PSYCHIC_LETTER', evidence: `"${found.seer}" … "${found.revelation}" … "${found.fortune}"`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
