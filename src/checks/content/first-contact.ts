import { senderRegistrable } from '../../links/registrable.js';
import { isFreemail } from '../sender/freemail.js';
import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { wordStartAlternatives } from '../../mail/word-start.js';
import { foldLetter, freemailContactElsewhere, fromList, htmlWebLinkCount, noOrganisationRecipient } from './bec-opener.js';
import { actionDomains } from './scam-structure.js';

/**
 * Two scam kinds of issue 17 (session 30) that no vocabulary of the categories names, read by their shape:
 *
 * - **The romance opener**: a first message in which a woman presents herself ("I am a lonely lady in Moldova", "currently I
 *   am trying to find a desirable guy"), asks the reader about himself or promises her photo ("where are you from and how old
 *   are you?", "I'll send you my picture") and is answered elsewhere — a free-mail sender, a Reply-To that is not the From,
 *   a free-mail address or a chat handle in the text ("Write at …@gmail.com", "My Instagram: @…"), sent to no organisation's
 *   address (free-mail, undisclosed or none: an applicant's letter to an agency is not read). A dating site's notice of
 *   a member's message says the same words, from the site's own address with the site's links to answer on; the opener has
 *   no site. CONTENT_ROMANCE_OPENER.
 * - **The dormant balance**: a sum the reader has earned or holds on a platform he "registered on a year ago" (a cloud-mining
 *   balance, a "score released: +$189"), lost unless he acts ("inactive accounts will be blocked and the balance reset", "your
 *   account will be deleted after 24 hours", "you still have 19:58 hours"), at one to three web destinations, sent from free
 *   mail or linking away from the sender's domain. A bank's genuine dormancy letter comes from its own domain, to its own pages,
 *   authenticated (the composite CONTENT_DORMANT_BALANCE_UNRELATED weighs who sent it). CONTENT_DORMANT_BALANCE.
 *
 * Patterns run over the folded text (lower case, accents removed, runs of white space as one space); each is alternatives of
 * literals with bounded word gaps: linear.
 */

/** How much of a first message is read (a romance opener or a balance lure is a few lines; a longer text is a letter). */
export const MAX_FIRST_CONTACT_TEXT = 3_000;
/** At most this many web links in a romance opener (the honeypot's have none or one). */
const ROMANCE_MAX_LINKS = 2;
/** At most this many distinct web destinations in a balance lure (a newsletter has more). */
const BALANCE_MAX_DESTINATIONS = 3;

/**
 * The writer presents herself as a woman looking for a man, in the first person. `[a-z]+ ` gaps: at most three words. Session 50
 * (helper pot50): the man also as "male", "men", "fellow", "lover", "companion" ("Im searching for yummy male") and their
 * twins in the other languages (Kerl, kerel, mec, chico, rapaz, ragazzo …), and "hunting for"; not "partner", a business
 * letter's word. Session 57 (scam57): the man writing to a woman as the soldier or doctor abroad does — a widower, a single
 * father, "looking for a kind woman to share the rest of my life" (a partner only with "to share my life": a cleaning lady
 * looked for is no romance), "soy viudo", "busco una mujer buena para compartir", and their twins in de/fr/it/pt ("ich bin
 * Witwer", "je suis veuf", "sono vedovo", "sou viúvo", "… eine Frau, mit der ich den Rest meines Lebens …"); and the short
 * "I am 26, living alone". Session 64 (scam65): ROMANCE_ASK's "I would like to know you better", "tell me about yourself", "Sie
 * besser kennenlernen", and the Portuguese photo promised without its pronoun ("escreva-me e enviarei as minhas fotos"); ROMANCE_FOUND_YOU's
 * "ich bin auf Ihre E-Mail gestoßen".
 */
export const ROMANCE_SELF: readonly [lang: string, pattern: RegExp][] = [
  ['en', /\b(?:(?:i am|i'm|im) (?:a|an) (?:[a-z]+ ){0,3}(?:lady|woman|girl|female|widow|mistress)\b|(?:(?:looking|searching|hunting|waiting|hoping) for|seeking|in search of) (?:a |an |my )?(?:[a-z]+ ){0,2}(?:man|men|male|guy|dude|fellow|gentleman|husband|soulmate|soul mate|boyfriend|lover|companion)\b|(?:trying|want|wanted|hoping|wish) to (?:find|meet) (?:a |an |my )?(?:[a-z]+ ){0,2}(?:man|men|male|guy|dude|fellow|gentleman|husband|soulmate|boyfriend|lover|companion)\b|(?:looking|searching) for (?:a |an )?(?:[a-z]+ ){0,2}(?:woman|lady|wife|partner) to share (?:my|the rest of my) life\b|(?:i am|i'm|im) a (?:[a-z]+ ){0,2}(?:widower|single (?:dad|father))\b|(?:i am|i'm|im) \d{2},? (?:years old,? )?(?:and )?(?:single|living alone|lonely)\b)/],
  ['de', /\b(?:ich bin (?:eine|ein) (?:[a-z]+ ){0,3}(?:frau|dame|madchen|witwe)\b|(?:ich|und) (?:suche|wunsche mir) (?:einen|meinen) (?:[a-z]+ ){0,2}(?:mann|kerl|ehemann|seelenverwandten|lebenspartner|begleiter)\b|ich bin witwer\b|suche eine (?:[a-z]+ ){0,2}frau,? mit der ich (?:den rest meines lebens|mein leben)\b)/],
  ['nl', /\b(?:ik ben een (?:[a-z]+ ){0,3}(?:vrouw|dame|meid|meisje|weduwe)\b|(?:ik|en) (?:zoek|ben op zoek naar) (?:een|mijn) (?:[a-z]+ ){0,2}(?:man|kerel|echtgenoot|zielsverwant|minnaar)\b)/],
  ['fr', /\b(?:je suis une (?:[a-z]+ ){0,3}(?:femme|dame|fille|veuve)\b|(?:je|et) (?:cherche|recherche) (?:un|mon) (?:[a-z]+ ){0,2}(?:homme|mec|mari|ame soeur|compagnon|amoureux)\b|je suis veuf\b|(?:cherche|recherche) une (?:[a-z]+ ){0,2}femme (?:[a-z]+ )?pour partager\b)/],
  ['es', /\b(?:soy una (?:[a-z]+ ){0,3}(?:mujer|chica|dama|viuda)\b|busco (?:a )?(?:un|mi) (?:[a-z]+ ){0,2}(?:hombre|chico|caballero|esposo|alma gemela|novio|companero)\b|soy viudo\b|busco (?:a )?una (?:[a-z]+ ){0,2}(?:mujer|dama|esposa|companera) (?:para|con quien) compartir\b)/],
  ['pt', /\b(?:sou uma (?:[a-z]+ ){0,3}(?:mulher|moca|garota|senhora|viuva)\b|procuro (?:um|meu) (?:[a-z]+ ){0,2}(?:homem|rapaz|cara|marido|alma gemea|namorado|companheiro)\b|sou viuvo\b|procuro uma (?:[a-z]+ ){0,2}mulher (?:[a-z]+ )?para (?:compartilhar|partilhar)\b)/],
  ['it', /\b(?:sono una (?:[a-z]+ ){0,3}(?:donna|ragazza|signora|vedova)\b|(?:cerco|sto cercando) (?:un|il mio) (?:[a-z]+ ){0,2}(?:uomo|ragazzo|marito|compagno|anima gemella|fidanzato)\b|sono vedovo\b|(?:cerco|sto cercando) una (?:[a-z]+ ){0,2}donna (?:[a-z]+ )?con cui condividere\b)/],
  ['ja', /(?:寂しい|さみしい|独身の|一人暮らしの)(?:女性|女|主婦)|(?:素敵な|真剣な|優しい)?(?:男性|彼氏)を(?:探して|募集)/],
];

/** She asks about the reader or promises her photo. */
export const ROMANCE_ASK: readonly [lang: string, pattern: RegExp][] = [
  ['en', /\b(?:where (?:are|r) (?:you|u) from\b|how old (?:are|r) (?:you|u)\b|(?:send|reply|mail|show|give) (?:to )?(?:you|u) (?:my|a|some|more of my) (?:[a-z]+ )?(?:photos?|pictures?|pics?|images?)\b|my (?:photos?|pictures?|pics?) (?:is |are )?attached\b|(?:wish|want|like|love) to (?:meet|see) me\b|are you (?:single|married)\b|(?:would (?:like|love) to|want to|wish to) (?:get to )?know you better\b|tell me (?:more )?about yourself\b|(?:private|intimate|sexy|hot) (?:photos?|pictures?|pics) (?:for|of me for) (?:you|u)\b)/],
  ['de', /\b(?:woher (?:kommst du|kommen sie|bist du)\b|wie alt (?:bist du|sind sie)\b|(?:schicke|sende|zeige) (?:ich )?(?:dir|ihnen) (?:gerne )?(?:mein|meine|ein) (?:foto|fotos|bild|bilder)\b|(?:mochtest|willst) du mich (?:kennenlernen|sehen|treffen)\b|(?:dich|sie) (?:gerne |gern )?besser kennen(?:zu)?lernen\b)/],
  ['nl', /\b(?:waar kom (?:je|jij|u) vandaan\b|hoe oud ben (?:je|jij|u)\b|(?:stuur|zend) (?:ik )?(?:je|jou|u) (?:graag )?(?:mijn |een |meer )?(?:foto|fotos|foto's)\b|wil je mij (?:ontmoeten|zien|leren kennen)\b)/],
  ['fr', /(?:\bd'ou (?:viens-tu|venez-vous)|\btu viens d'ou\b|\bquel age (?:as-tu|avez-vous)|\btu as quel age\b|\bje (?:t'envoie|vous envoie|t'enverrai|vous enverrai) (?:ma|mes|une) photos?\b|\bveux-tu me (?:rencontrer|voir)\b)/],
  ['es', /\b(?:de donde eres\b|cuantos anos tienes\b|te (?:envio|enviare|voy a enviar|mando|mandare) (?:mi|mis|una|mas) fotos?\b|(?:quieres|te gustaria) conocerme\b)/],
  ['pt', /\b(?:de onde (?:voce e|vc e|es)\b|quantos anos (?:voce tem|vc tem|tens)\b|(?:(?:te|eu|lhe) )?(?:envio|enviarei|vou enviar|mando|mandarei|vou mandar) (?:minha|minhas|uma|as minhas|mais) fotos?\b|(?:quer|gostaria de) me conhecer\b)/],
  ['it', /\b(?:di dove sei\b|da dove vieni\b|quanti anni hai\b|ti (?:mando|invio|mandero|inviero) (?:la mia|le mie|una|altre) (?:foto|fotografia|fotografie)\b|(?:vuoi|ti piacerebbe) conoscermi\b)/],
  ['ja', /どこに住んで|おいくつですか|何歳ですか|写真を(?:お)?送|会いませんか|お友達になりませんか/],
];

/**
 * She says how she came by the reader's address or profile ("I found your e-mail", "ich habe deine E-Mail-Adresse gefunden",
 * "ho trovato il tuo indirizzo"): the writer is a stranger to the reader. An applicant writing to an agency or a member writing
 * through a site does not say it, so with it an organisation's recipient address no longer rules the opener out, and it counts
 * as the unsolicited sign (CONTENT_ROMANCE_OPENER_STRANGER). Over the folded text; alternatives of literals with bounded gaps.
 * The Japanese alternative stands outside the `\b(?:…)` group (session 51): without the u flag a kana is no word character, so
 * `\b` before "プロフィールを見て" after a blank or 。 never held and the row never matched.
 */
export const ROMANCE_FOUND_YOU =
  /\b(?:(?:i )?(?:found|got|saw|came across|picked up) your (?:e-?mail(?: address)?|mail address|address|contact(?: details)?|profile|photo|picture)\b|(?:deine|ihre|dein|ihr) (?:e-?mail-?adresse|e-?mail|adresse|kontaktdaten|kontakt|profil) (?:[a-z]+ ){0,2}(?:gefunden|bekommen|gesehen|entdeckt)\b|auf (?:deine|ihre|dein|ihr) (?:e-?mail-?adresse|e-?mail|adresse|profil) gesto(?:ß|ss)en\b|j'ai (?:trouve|vu|eu|recu) (?:ton|votre) (?:adresse(?: e-?mail)?|e-?mail|mail|contact|profil)\b|(?:encontre|vi|consegui|obtuve) (?:tu|su) (?:correo(?: electronico)?|direccion(?: de correo)?|e-?mail|contacto|perfil)\b|(?:encontrei|vi|consegui|peguei) (?:o )?(?:seu|teu) (?:e-?mail|endereco(?: de e-?mail)?|contato|perfil)\b|ho (?:trovato|visto|avuto) (?:il )?(?:tuo|suo) (?:indirizzo(?: e-?mail)?|e-?mail|contatto|profilo)\b|(?:je|jouw|uw) (?:e-?mailadres|e-?mail|adres|profiel) (?:[a-z]+ ){0,2}(?:gevonden|gezien|gekregen)\b|ik (?:zag|vond|kreeg) (?:je|jouw|uw) (?:e-?mailadres|e-?mail|adres|profiel)\b)|(?:あなたの)?(?:メールアドレス|アドレス|プロフィール)を(?:見つけ|拝見|見て)/;

/**
 * Session 55 (issue 17, item 6): the "wrong number" opener — the writer says the mail reached the wrong person ("Oh sorry, I
 * think I have the wrong address", "acho que errei o endereço", "me equivoqué de número", "falsche Nummer") and turns it into
 * an acquaintance (FRIEND_ASK: "maybe it is fate", "I would love to make a friend", "podemos ser amigos"). Read where
 * ROMANCE_SELF is, with the same gates, in place of the self-presentation: a person who really misaddressed a mail says so
 * and stops; she does not offer friendship and a number to a stranger. The admission is the stranger's sign
 * (CONTENT_ROMANCE_OPENER_STRANGER). Folded text; alternatives of literals.
 */
export const WRONG_RECIPIENT: readonly [lang: string, pattern: RegExp][] = [
  ['en', /\b(?:i (?:think |guess )?(?:i )?(?:have|got|had|typed|dialed|dialled) (?:the )?wrong (?:number|address|e-?mail|person)|(?:sorry|oops|oh),? (?:i think )?(?:this is |it's |its )?(?:the |a )?wrong (?:number|address|e-?mail|person)|(?:sent|wrote|written) (?:this |it )?to the wrong (?:number|address|e-?mail|person))\b/],
  ['pt', /\b(?:errei (?:o|de) (?:endereco|numero|e-?mail|pessoa)|(?:numero|endereco|e-?mail) errado|(?:mandei|enviei) (?:para|pra) (?:a pessoa|o (?:endereco|numero|e-?mail)) errad[oa])\b/],
  ['es', /\b(?:me equivoque de (?:numero|direccion|correo|persona)|(?:numero|direccion|correo) equivocad[oa]|(?:numero|correo) incorrecto)\b/],
  ['de', /\b(?:falsche (?:nummer|adresse|e-?mail-?adresse|person)|(?:mich|mir) (?:in der|bei der) (?:nummer|adresse) (?:vertan|geirrt))\b/],
  ['fr', /\b(?:trompee? (?:de |d')(?:numero|adresse|personne)|(?:mauvais numero|mauvaise adresse|mauvaise personne))\b/],
  ['it', /\b(?:ho sbagliato (?:numero|indirizzo|persona)|(?:numero|indirizzo) sbagliato)\b/],
  ['nl', /\b(?:verkeerde? (?:nummer|adres|e-?mailadres|persoon))\b/],
];

/**
 * The misaddressed mail turned into an acquaintance: fate, a friend to make, getting to know each other. Not the polite close
 * of a genuine apology ("nice to meet you anyway", "prazer em te conhecer", "encantada de conocerte"): a person who wrote to the
 * wrong address says so and wishes a good day (scam-audit's must-not row); the opener offers to go on.
 */
export const FRIEND_ASK: readonly [lang: string, pattern: RegExp][] = [
  ['en', /\b(?:maybe (?:it|this) (?:is|was) (?:fate|destiny|meant to be)|(?:i would|i'd|would) (?:love|like) to (?:make|have) (?:a |new )?friends?|can we (?:be|become) friends|(?:let's|we can|could we) (?:get to know each other|be friends))\b/],
  ['pt', /\b(?:talvez (?:seja|foi|tenha sido) (?:o )?destino|(?:adoraria|gostaria de|quero) fazer (?:uma )?amizade|podemos ser amig[oa]s|gostaria de te conhecer)\b/],
  ['es', /\b(?:(?:quizas|tal vez) (?:sea|fue) (?:el )?destino|(?:me encantaria|me gustaria) (?:hacer|tener) (?:una )?amig[oa]s?|podemos ser amig[oa]s|me gustaria conocerte)\b/],
  ['de', /\b(?:vielleicht (?:ist es|war es) (?:schicksal|fugung)|(?:wurde|mochte) (?:gerne? )?(?:freundschaft schliessen|neue freunde finden|dich kennenlernen)|konnen wir freunde (?:sein|werden))\b/],
  ['fr', /(?:\bc'est peut-etre le destin|\bpeut-etre (?:est-ce|que c'est) le destin|\b(?:j'aimerais|je voudrais|j'adorerais) (?:me faire|faire) (?:une |des )?(?:amie?s?|connaissance)\b|\bpouvons-nous (?:etre|devenir) amis\b)/],
  ['it', /\b(?:forse (?:e|era) (?:il )?destino|(?:mi piacerebbe|vorrei) (?:fare amicizia|conoscerti)|possiamo (?:essere|diventare) amici)\b/],
  ['nl', /\b(?:misschien (?:is het|was het) (?:het )?(?:lot|voorbestemd)|(?:ik wil|ik zou graag) (?:vrienden worden|nieuwe vrienden maken|je leren kennen)|kunnen we vrienden (?:zijn|worden))\b/],
];

/** A chat handle given to write to ("My Instagram: @yaracolibri", "WhatsApp: +44 …"): an answer outside mail. */
const CHAT_HANDLE = /\b(?:instagram|telegram|whatsapp|snapchat|kik|signal|line|viber)(?: (?:id|is|number|no))?:? ?[@+]\s?[a-z0-9_]/;

export interface RomanceOpener {
  lang: string;
  self: string;
  ask: string;
  /** Where the answer would go: a Reply-To, the free-mail sender, an address or a chat handle in the text. */
  answerTo: string;
  /**
   * Signs that the writer is a stranger who wrote unasked: how she found the address (ROMANCE_FOUND_YOU), her photo attached,
   * the answer asked at another address or handle than the sending one (session 50).
   */
  unsolicited: string[];
}

const WEB_IN_TEXT = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./gi;

/** The first [lang, match] of a table in `text`. */
function firstOf(table: readonly [string, RegExp][], text: string): [string, string] | null {
  for (const [lang, re] of table) {
    const m = re.exec(text);
    if (m) return [lang, m[0]];
  }
  return null;
}

/** Only pictures attached (the promised photo), or nothing. */
function picturesAtMost(msg: ParsedMessage): boolean {
  return msg.attachments.every((a) => a.declaredType.startsWith('image/'));
}

/** The romance opener's parts in `msg` (see the module's comment), or null. */
export function romanceOpener(msg: ParsedMessage, freemail: ReadonlySet<string>): RomanceOpener | null {
  // A list's message is no first contact (fromList). A conversation is not excluded, unlike the opener's (inConversationOrList):
  // the honeypot's romance openers arrive as "Fw:" with In-Reply-To and the admirer's own header lines in the text, and a real
  // reply does not introduce its writer with a new address to write to.
  if (!picturesAtMost(msg) || fromList(msg)) return null;
  const from = msg.from[0];
  // To an organisation's address, only a sender who owns no domain (free mail) or is answered elsewhere is read further (the
  // stranger's sign is then needed, below): the cheap test first, since most mail between organisations is neither.
  const toOrganisation = !noOrganisationRecipient(msg, freemail);
  const fromFreemail = !!from?.domain && isFreemail(from.domain, freemail);
  if (toOrganisation && !fromFreemail && msg.replyTo.length === 0) return null;
  const body = shownText(msg).trim();
  if (body.length > MAX_FIRST_CONTACT_TEXT || /^>/m.test(body)) return null;
  if (Math.max(htmlWebLinkCount(msg), body.match(WEB_IN_TEXT)?.length ?? 0) > ROMANCE_MAX_LINKS) return null;
  const text = foldLetter(msg.subject, body);
  let self = firstOf(ROMANCE_SELF, text);
  let ask = self && firstOf(ROMANCE_ASK, text);
  // Session 55: the "wrong number" opener in place of the self-presentation (WRONG_RECIPIENT, FRIEND_ASK).
  let wrong: string | undefined;
  if (!ask) {
    const w = firstOf(WRONG_RECIPIENT, text);
    const friend = w && (firstOf(FRIEND_ASK, text) ?? firstOf(ROMANCE_ASK, text));
    if (w && friend) {
      self = w;
      ask = friend;
      wrong = w[1];
    }
  }
  if (!self || !ask) return null;
  const foundYou = ROMANCE_FOUND_YOU.exec(text)?.[0];
  // To an organisation's address only when she says she found it: an applicant's letter to an agency is not read.
  // Session 55: or she says she wrote to the wrong person (WRONG_RECIPIENT), a stranger's sign as plain.
  if (foundYou === undefined && wrong === undefined && toOrganisation) return null;
  const answerTo =
    msg.replyTo.find((r) => r.address.toLowerCase() !== from?.address.toLowerCase())?.address ??
    (fromFreemail ? from!.address : undefined) ??
    freemailContactElsewhere(msg, freemail, body, true) ??
    CHAT_HANDLE.exec(text)?.[0];
  if (!answerTo) return null;
  const unsolicited: string[] = [];
  if (foundYou !== undefined) unsolicited.push(`"${foundYou}"`);
  if (wrong !== undefined) unsolicited.push(`she says the mail reached the wrong person ("${wrong}") and asks for an acquaintance`);
  // Session 50 (helper pot50): she asks to be answered at another mailbox or a chat handle than the one she wrote from ("Write
  // at …@gmail.com" under a borrowed shop's address, a Reply-To elsewhere, "My Instagram: @…"): the sending address is not hers
  // to be answered at, as a stranger's blast is sent. A free-mail writer answered at her own address says nothing of it.
  if (answerTo.toLowerCase() !== from?.address.toLowerCase()) unsolicited.push(`the answer asked at ${answerTo}, not at the sending address`);
  // picturesAtMost above: every attachment is a picture, so any attachment is the photo sent unasked.
  const photo = msg.attachments[0];
  if (photo) unsolicited.push(`her photo attached (${photo.filename || photo.declaredType})`);
  return { lang: self[0], self: self[1], ask: ask[1], answerTo, unsolicited };
}

// ── the dormant balance ─────────────────────────────────────────────────────────────────────────────────────────────

/** A sum with its currency or coin ("+$189", "$24356.45", "0.303472 BTC", "1.000 €"). */
const SUM = /(?:[$€£₿]\s?\d[\d.,]{0,14}|\d[\d.,]{0,14}\s?(?:[$€£]|(?:usd|eur|euros?|dollars?|btc|eth|usdt|bitcoin)\b))/i;

/** The sum is the reader's: a balance, earnings accrued or mined, a score released, savings to withdraw. */
export const BALANCE_HELD_WRITTEN =
  /\b(?:(?:your|you) (?:account |personal )?balance|balance (?:of|on|in) your (?:account|wallet|profile)|you have (?:earned|accumulated|accrued|mined)|(?:has|have) been (?:credited|accrued|accumulated) (?:to|on|in) your|(?:your )?score (?:has been |was )?released|cloud (?:bitcoin )?mining|accrued automatically|withdraw (?:your|you) (?:savings|funds|earnings|balance|money|profits?)|(?:pending|unclaimed) (?:withdrawal|payout|balance)|ihr (?:guthaben|kontostand)|ihre (?:einnahmen|gewinne|ertrage)|votre solde|vos (?:gains|revenus)|seu saldo|seus (?:ganhos|rendimentos)|su saldo|sus (?:ganancias|ganancias acumuladas)|(?:uw|je) (?:saldo|tegoed))\b/;
/** BALANCE_HELD_WRITTEN with `\b` taken out of its alternatives (wordStartAlternatives: the same matches; word-start.test.ts holds it to it). */
export const BALANCE_HELD = new RegExp(wordStartAlternatives(BALANCE_HELD_WRITTEN.source));

/** Unless he acts, he loses it: the account blocked or deleted, the balance reset, hours left. */
export const BALANCE_FORFEIT =
  /\b(?:(?:balance|account|funds|savings|earnings) (?:will be|is going to be|shall be) (?:automatically )?(?:reset|zeroed|deleted|blocked|frozen|forfeited|lost|cancell?ed|closed|burned|removed)|(?:block|delete|close|deactivate|freeze)(?: automatically)? (?:inactive|dormant|unused) accounts|(?:accounts|account) with no (?:recent )?activity|(?:inactive|dormant) accounts? (?:will be|are) (?:blocked|deleted|closed|removed)|upon blocking|(?:still have|only have|have only|left|remaining|within|after) \d{1,2}(?::\d\d)? ?(?:hours?|hrs?)\b|(?:guthaben|konto) (?:wird|werden) (?:automatisch )?(?:geloscht|gesperrt|zuruckgesetzt)|(?:solde|compte) (?:sera|seront) (?:supprime|bloque|remis a zero|perdu)|(?:saldo|cuenta) (?:sera|seran) (?:eliminad[oa]|bloquead[oa]|restablecid[oa]|perdid[oa])|(?:saldo|conta) (?:sera|serao) (?:excluid[oa]|bloquead[oa]|zerad[oa]|perdid[oa])|(?:saldo|account|tegoed) (?:wordt|zal worden) (?:verwijderd|geblokkeerd|gereset))\b/;

export interface DormantBalance {
  sum: string;
  held: string;
  forfeit: string;
  domains: string[];
  /** A destination is not the sender's registrable domain. */
  elsewhere: boolean;
}

/** The dormant balance's parts in `msg` (see the module's comment), or null. */
export function dormantBalance(msg: ParsedMessage, freemail: ReadonlySet<string>): DormantBalance | null {
  if (fromList(msg)) return null;
  const body = shownText(msg);
  const head = `${msg.subject}\n${body.length > MAX_FIRST_CONTACT_TEXT ? body.slice(0, MAX_FIRST_CONTACT_TEXT) : body}`;
  const sum = SUM.exec(head);
  if (!sum) return null;
  const text = foldLetter(msg.subject, body.slice(0, MAX_FIRST_CONTACT_TEXT));
  const held = BALANCE_HELD.exec(text);
  const forfeit = held && BALANCE_FORFEIT.exec(text);
  if (!held || !forfeit) return null;
  const domains = actionDomains(msg, head, BALANCE_MAX_DESTINATIONS);
  if (domains.length === 0 || domains.length > BALANCE_MAX_DESTINATIONS) return null;
  const senderDomain = msg.from[0]?.domain ?? '';
  const sender = senderRegistrable(senderDomain);
  const elsewhere = domains.some((d) => d !== sender);
  // A platform's own notice to its own pages is not read; free mail owns no platform.
  if (!elsewhere && !isFreemail(senderDomain, freemail)) return null;
  return { sum: sum[0], held: held[0], forfeit: forfeit[0], domains, elsewhere };
}

export function firstContactCheck(freemail: ReadonlySet<string> = new Set()): Check {
  return {
    name: 'content.first-contact',
    description: 'Scam kinds read by their shape: the romance opener answered elsewhere, the dormant balance lost unless the reader acts at a link',
    emits: ['CONTENT_ROMANCE_OPENER', 'CONTENT_ROMANCE_OPENER_STRANGER', 'CONTENT_DORMANT_BALANCE'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      const romance = romanceOpener(msg, freemail);
      if (romance) {
        findings.push({ id: 'CONTENT_ROMANCE_OPENER', evidence: `"${romance.self}" … "${romance.ask}" (${romance.lang}); the answer goes to ${romance.answerTo}`, data: { ...romance } });
        if (romance.unsolicited.length > 0) findings.push({ id: 'CONTENT_ROMANCE_OPENER_STRANGER', evidence: romance.unsolicited.join('; ') });
      }
      const balance = dormantBalance(msg, freemail);
      if (balance) {
        findings.push({ id: 'CONTENT_DORMANT_BALANCE', evidence: `${balance.sum}: "${balance.held}" … "${balance.forfeit}"; at ${balance.domains.join(', ')}`, data: { ...balance } });
      }
      return { findings };
    },
  };
}
