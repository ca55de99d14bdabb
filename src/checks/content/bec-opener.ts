import { parse as parseDomain } from 'tldts';
import { senderRegistrable } from '../../links/registrable.js';
import { isFreemail } from '../sender/freemail.js';
import { shownText } from '../../mail/shown-text.js';
import { normalized, oneByteIfLatin1, oneSpaced } from '../../mail/text-chars.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { normalForTerms } from './match.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * The opener of business-e-mail compromise and advance-fee contact (issue 17): a short first message with no link
 * and no attachment that only asks for an answer — "Are you available?", "Can you help me out with this?", "I need a
 * quick favour", "buy gift cards", "send me your WhatsApp number", "Kindly get back to me" — in en, pt, es, fr, de,
 * nl. The lure is the conversation that follows (a transfer, gift-card codes, a fee), so there is nothing else to
 * find: no brand, no link, no payload.
 *
 * A colleague writes the same words. What separates them is who would receive the answer, which the sender family
 * and the composite CONTENT_BEC_SCAM add (a free-mail From, a Reply-To elsewhere, or an address in the text at
 * another domain: CONTENT_ADDRESS_ELSEWHERE, found here). Mail that is part of a conversation or a list is never an
 * opener: a reply (In-Reply-To, References, quoted lines) or a list message (List-Id, List-Unsubscribe, Precedence
 * bulk/list) is not read.
 *
 * Session 12 (issue 17): a borrowed account (a compromised Microsoft 365 tenant) needs no Reply-To — the answer comes
 * to the account the fraudster holds. So the check also says whether the opener presses (URGENCY:
 * CONTENT_BEC_OPENER_URGENT) and whether it is the whole message, sent to no organisation's address
 * (CONTENT_BEC_OPENER_BARE); the composite CONTENT_BEC_PRESSED_OPENER weighs the two together. The same gate reads
 * family-impersonation openers (FAMILY: "hi mum" + a new number; CONTENT_FAMILY_OPENER, weighed by CONTENT_FAMILY_SCAM)
 * and advance-fee one-liners (MONEY_OPENERS: "has donated $3,500,000.00 to you", reported as CONTENT_BEC_OPENER).
 *
 * Bounded: at most MAX_TEXT characters of text (longer mail is no opener), one normalisation of subject + text.
 *
 * The same check reads, in any first message (no conversation, no list, no quoted lines), the first
 * MAX_CONTACT_TEXT characters of the text for an address at a free-mail provider that is not the sender's own nor
 * a recipient's: "Please contact the foundation at leeshaukee11@gmail.com" from a government or company account
 * (issue 17, session 10: 419 letters from borrowed accounts whose answers go to free mail). Alone it is worth
 * nothing (a colleague gives a private address too); the advance-fee, loan and romance composites weigh it.
 */
export const MAX_TEXT = 600;
/** How much of a longer letter is read for a free-mail address to write to (419 letters put it anywhere in 2–4 KB). */
export const MAX_CONTACT_TEXT = 8_000;

/**
 * Opener phrases, accents removed and lower case, one pattern per language (read over "subject \n text"). Each asks
 * for a reply or a small service, never for anything a newsletter or notification asks.
 */
export const OPENERS: readonly [lang: string, pattern: RegExp][] = [
  ['en', /\b(?:are you (?:available|free|around|busy|at (?:your|the) desk|in the office)\b|do you have a (?:moment|minute|few minutes|sec)\b|(?:quick|small|little|urgent) (?:favou?r|task|errand|request)\b|(?:can|could) you (?:do me a (?:quick )?favou?r|help me(?: out)?|assist me|handle (?:a|this) task)\b|i need (?:your (?:help|assistance|urgent)|a (?:quick )?favou?r)\b|help needed\b|gift ?cards?\b|(?:send|text|share|give|drop) me your (?:whatsapp|mobile|cell|cellphone|phone|personal) ?(?:number|no)?\b|(?:drop|send) your (?:whatsapp|mobile|cell|phone) (?:number|no|contact)\b|whatsapp (?:number|no|contact)\b|kindly (?:get back to me|reply|respond|revert)\b|can we talk\b|(?:a|an) (?:very )?(?:lucrative|profitable|confidential|mutually beneficial) (?:deal|business|proposal|offer|transaction|project)\b|(?:business|investment) proposal for you\b|email me for (?:more )?(?:details|discussion|information)\b|(?:a|the) confidential (?:payment|transfer|wire|transaction)\b|(?:update|change) my (?:direct deposit|payroll (?:details|account|information))\b)/],
  ['pt', /\b(?:(?:voce|vc) esta disponivel|esta disponivel\?|tem um (?:minuto|momento)\b|(?:preciso|necessito) (?:de um favor|da sua ajuda|de sua ajuda|de ajuda)\b|pode me ajudar\b|(?:um|pequeno) favor\b|cart(?:ao|oes)[- ]presente\b|(?:seu|teu) (?:numero de )?whatsapp\b|me (?:envie|mande|passe) (?:o )?seu (?:numero\b(?! d[ea] (?:conta|cartao|iban|nib|pix|pedido|referencia|fatura|cliente|socio))|whatsapp\b|celular\b)|tenho uma tarefa (?:que preciso|para (?:voce|vc|ti))\b|(?:voce|vc) esta no escritorio\b|(?:uma|a) transferencia confidencial\b|atualizar (?:minha|a minha) conta (?:para o deposito do |do |de )?salario\b)/],
  // Session 61 (scam62): "send me your number" asks a phone number, not an account's or an order's ("pásame tu número de cuenta"
  // for a shared gift, "me passe o seu número de conta", "envoie-moi ton numéro de compte": a friend collecting or paying back).
  ['es', /\b(?:(?:estas|esta usted) disponible\b|tienes un (?:minuto|momento)\b|(?:necesito|preciso) (?:un favor|tu ayuda|su ayuda)\b|(?:puedes|puede|podrias|podria) ayudarme\b|me (?:puedes|puede) ayudar\b|tarjetas? (?:de )?regalo\b|(?:tu|su) (?:numero de )?whatsapp\b|(?:enviame|mandame|pasame) tu (?:numero\b(?! de (?:cuenta|tarjeta|iban|clabe|cbu|cvu|pedido|referencia|factura|cliente|socio))|whatsapp\b|celular\b|movil\b)|tengo una tarea (?:que necesito|para ti|para usted)\b|(?:estas|esta usted) en la oficina\b|(?:una|la) transferencia confidencial\b|actualizar mi cuenta (?:para|de) (?:el pago de )?(?:la )?nomina\b)/],
  ['fr', /(?:\b(?:etes-vous|es-tu|tu es|vous etes) (?:disponible|au bureau|a (?:votre|ton) bureau)\b|\b(?:avez-vous|as-tu) (?:une minute|un moment)\b|\bun petit service\b|\b(?:pouvez-vous|peux-tu|pourriez-vous) m'aider\b|\brendre un service\b|\bj'ai besoin (?:de ton aide|de votre aide|d'un service)\b|\bcartes? cadeaux?\b|\b(?:ton|votre) (?:numero )?whatsapp\b|\b(?:envoie|envoyez)-moi (?:ton|votre) (?:numero\b(?! de (?:compte|carte|iban|rib|commande|reference|facture|client|membre))|whatsapp\b)|\bj'ai une tache (?:discrete |urgente |confidentielle )?a (?:vous|te) confier\b|\bun virement (?:urgent (?:et )?)?confidentiel\b|\bmettre a jour mon rib\b)/],
  ['de', /\b(?:(?:bist du|sind sie) (?:gerade |jetzt |heute )?(?:verfugbar|erreichbar|im buro)\b|bankverbindung fur (?:die |meine )?gehalts(?:zahlung|abrechnung|uberweisung)\b|(?:mein|das) gehaltskonto (?:andern|aktualisieren)\b|(?:eine|die) vertrauliche uberweisung\b|(?:hast du|haben sie) (?:kurz )?(?:eine minute|einen moment|kurz zeit)\b|(?:einen|kleinen) gefallen\b|(?:kannst du|konnen sie|koennen sie) mir (?:kurz )?(?:helfen|einen gefallen tun)\b|ich brauche (?:deine|ihre) hilfe\b|geschenkkarten?\b|gutscheinkarten?\b|(?:deine|ihre) (?:whatsapp|handynummer|mobilnummer)\b)/],
  ['nl', /\b(?:(?:ben je|bent u) (?:beschikbaar|bereikbaar|op kantoor)\b|(?:heb je|hebt u|heeft u) (?:even )?(?:een minuutje?|een momentje?|tijd)\b|een (?:kleine )?gunst\b|een klusje\b|(?:kun je|kunt u|wil je|wilt u) (?:me|mij) (?:even )?helpen\b|ik heb (?:je|uw) hulp nodig\b|cadeaukaart(?:en)?\b|(?:je|uw) (?:whatsapp|mobiele nummer|telefoonnummer)\b|(?:een|de) vertrouwelijke (?:betaling|overboeking)\b|mijn rekeningnummer voor (?:de |mijn )?salaris\w*\b)/],
  // Session 39: Italian, the same asks (in the office, a favour, a confidential transfer, gift cards). Session 57 (scam57): the
  // "task" the boss has for the reader after asking for a mobile number ("tengo una tarea que necesito que hagas", "j'ai une
  // tâche discrète à vous confier", "tenho uma tarefa", "ho un compito da affidarti") — the number ask alone is a friend's too.
  ['it', /\b(?:(?:sei|e) (?:in ufficio|disponibile)\b|hai un (?:minuto|momento)\b|ho bisogno (?:che tu|del tuo aiuto|del suo aiuto|di un favore)\b|(?:puoi|puo) aiutarmi\b|(?:un|il) bonifico riservato\b|carte regalo\b|(?:il tuo|il suo) (?:numero )?whatsapp\b|ho un compito (?:riservato |urgente )?da affidar(?:ti|le)\b)/],
  // Japanese CEO fraud (2024–25): "are you in the office now?" (session 64: "at your desk now?", 今、席にいますか; fr "à votre bureau"), "create a LINE group and send me its QR code", gift cards.
  ['ja', /(?:(?:今|いま)[、,]?(?:社内|会社|オフィス|席|デスク)に(?:いますか|いらっしゃいますか)|お(?:時間|手すき)(?:は)?(?:ありますか|でしょうか)|(?:line|ライン)(?:の)?(?:グループ|id|qrコード)|ちょっと(?:お願い|頼み)が|至急(?:の)?(?:お願い|対応|ご対応|連絡|ご連絡)|ギフトカード|携帯(?:電話)?(?:の)?番号を(?:教えて|送って))/],
];

/**
 * Advance-fee one-liners (issue 17, session 12): a sum donated, credited or awarded to the reader, or the reader
 * "selected" for a donation, grant or compensation — "Mr. Bernard has donated $3,500,000.00 to you", "you have been
 * selected for a donation worth $Millions", "you have just received a €520,000 from moneygram". Read like OPENERS (a
 * short first message with no link), reported as CONTENT_BEC_OPENER: the fee is asked in the answer.
 */
export const MONEY_OPENERS: readonly [lang: string, pattern: RegExp][] = [
  // Session 29: the partner sought for funds or a deal, in the borrowed account's one paragraph ("I have a scintillating deal
  // for you. I need a partner with the capacity to handle large projects … risk free venture", "seeking a reliable partner to
  // handle allocated funds"). An adjective is required: "looking for a partner" alone is a dance class's too.
  ['en', /\b(?:(?:seeking|need|looking for|in need of) a (?:reliable|trustworthy|trusted|foreign|honest|capable|credible) (?:partner|person|individual|investor)\b|(?:a|this) (?:scintillating|risk[- ]free|lucrative|profitable) (?:deal|venture|business|proposal|transaction|investment)\b|partnership for (?:the |my )?(?:allocated )?funds\b|capable of handling this (?:huge |large )?business\b|investment of a (?:substantial|huge|large) (?:amount|sum)\b)/],
  ['en', /\b(?:has donated (?:the |a )?(?:sum of |amount of )?(?:usd|us\$|\$|€|£|eur)|(?:selected|chosen) (?:for|as) (?:a |the |one of the )?(?:donation|grant|beneficiar(?:y|ies)|compensation|recipients?)\b|you have (?:just )?received (?:a |an |the sum of )?(?:usd|us\$|\$|€|£|eur)|(?:compensation|relief|donation|grant) funds? (?:of|worth) (?:usd|us\$|\$|€|£|eur)|worth \$ ?millions\b)/],
  // Session 30: the same one-paragraph proposal in the other languages ("Tenho uma oportunidade de negócio lucrativa … Responda-me via").
  ['pt', /\b(?:oportunidade de negocios? (?:muito )?(?:lucrativa|rentavel)|negocio (?:muito )?(?:lucrativo|rentavel) (?:para (?:voce|vc|nos)|que)|(?:procuro|preciso de) um parceiro (?:confiavel|honesto|serio)\b)/],
  ['es', /\b(?:oportunidad de negocios? (?:muy )?(?:lucrativa|rentable)|negocio (?:muy )?(?:lucrativo|rentable) (?:para (?:usted|ti|nosotros)|que)|busco (?:a )?un socio (?:confiable|honesto|serio)\b)/],
  ['fr', /(?:\bopportunite d'affaires? (?:tres )?(?:lucrative|rentable)|\baffaire (?:tres )?(?:lucrative|rentable) (?:pour (?:vous|toi|nous)|que)|\b(?:je cherche|je recherche) un partenaire (?:fiable|honnete|serieux)\b)/],
  ['de', /\b(?:(?:lukrative|profitable|gewinnbringende) (?:geschaftsmoglichkeit|geschaftsgelegenheit|geschaftsidee|investitionsmoglichkeit)|(?:suche|brauche) einen (?:zuverlassigen|vertrauenswurdigen|ehrlichen) (?:partner|geschaftspartner)\b)/],
  ['nl', /\b(?:(?:lucratieve|winstgevende) (?:zakelijke kans|zakenkans|zakelijke mogelijkheid|investeringsmogelijkheid)|(?:ik )?zoek een (?:betrouwbare|eerlijke) (?:partner|zakenpartner)\b)/],
  ['pt', /\b(?:(?:doou|doaram) (?:o valor de |a quantia de )?(?:us\$|r\$|\$|€|usd)|selecionad[oa]s? (?:para|como) (?:receber )?(?:uma |a )?(?:doacao|beneficiari[oa]|indenizacao|compensacao)\b)/],
  ['es', /\b(?:(?:ha|han) donado (?:la suma de |el monto de )?(?:us\$|\$|€|usd)|seleccionad[oa]s? (?:para|como) (?:recibir )?(?:una |la )?(?:donacion|beneficiari[oa]|indemnizacion|compensacion)\b)/],
  ['fr', /(?:\ba fait un don de (?:\$|€|usd|eur)|\bselectionne(?:e|s)? (?:pour|comme) (?:recevoir )?(?:un |une |le )?(?:don|donation|beneficiaire|indemnisation|compensation)\b)/],
  ['de', /\b(?:(?:hat|haben) (?:ihnen|dir) (?:eine spende|[\d.,]+ ?(?:€|eur|euro|usd|\$))|ausgewahlt,? (?:um )?(?:eine spende|als begunstigter?|fur eine (?:spende|entschadigung))\b)/],
  ['nl', /\b(?:(?:heeft|hebben) (?:u|je) (?:een donatie|[\d.,]+ ?(?:€|eur|euro|usd|\$))|geselecteerd (?:voor|als) (?:een )?(?:donatie|schenking|begunstigde|compensatie)\b)/],
  // Session 43: the one-line business proposal and the chaser about an earlier mail on the fund, in the other languages ("I have
  // a business proposal for you, reply for details", "did you receive my previous mail about the fund?"): a proposal *for you*
  // (never "a proposal for the board"), and the earlier mail only when it was about funds, an inheritance or a transfer.
  ['en', /\b(?:did you (?:receive|get|see) my (?:previous|last|earlier|first) (?:mail|e-?mail|message|letter) (?:about|regarding|concerning|on) (?:the|my|our|your) (?:funds?|transfer|inheritance|donation|compensation|transaction|consignment|proposal)\b)/],
  ['de', /\b(?:(?:einen )?(?:geschaftlichen vorschlag|geschaftsvorschlag) fur (?:sie|dich)\b|(?:haben sie|hast du) meine (?:vorherige|letzte|erste|fruhere) (?:e-?mail|mail|nachricht) (?:bezuglich|uber|zu|wegen) (?:des|der|dem|den|die|das|meines|meiner) (?:fonds|gelder|uberweisung|erbschaft|spende|entschadigung|transaktion|vorschlags?)\b)/],
  ['fr', /(?:\bune proposition d'affaires? (?:a vous faire|pour vous|a te faire|pour toi)\b|\b(?:avez-vous|as-tu) (?:bien )?recu mon (?:precedent|dernier|premier) (?:message|e-?mail|mail|courriel) (?:concernant|au sujet d[eu]|a propos d[eu]|sur) (?:le |la |les |l')?(?:fonds|transfert|heritage|don|indemnisation|transaction|proposition)\b)/],
  ['es', /\b(?:una propuesta de negocios? para (?:usted|ti)\b|(?:recibio|recibiste|ha recibido|has recibido) mi (?:correo|mensaje|e-?mail) anterior (?:sobre|acerca de|respecto a|referente a) (?:el|la|los|mi|su) (?:fondos?|transferencia|herencia|donacion|compensacion|transaccion|propuesta)\b)/],
  ['pt', /\b(?:uma proposta de negocios? para (?:voce|vc|o senhor|a senhora)\b|recebeu (?:o )?meu (?:e-?mail|email|correio|contato) anterior (?:sobre|a respeito d[oa]|referente a[o]?) (?:o |a |os |meu |seu )?(?:fundos?|transferencia|heranca|doacao|compensacao|transacao|proposta)\b|recebeu (?:a )?minha mensagem anterior (?:sobre|a respeito d[oa]) (?:o |a |os )?(?:fundos?|transferencia|heranca|doacao|compensacao|transacao|proposta)\b)/],
  ['nl', /\b(?:een zakelijk voorstel voor (?:u|je|jou)\b|(?:heeft u|heb je|hebt u) mijn (?:vorige|eerdere|eerste) (?:e-?mail|mail|bericht) (?:over|betreffende|inzake) (?:het|de|mijn|uw) (?:fonds|overboeking|erfenis|donatie|compensatie|transactie|voorstel)\b)/],
  ['it', /\b(?:una proposta d'affari (?:per (?:lei|te|voi)|da (?:farle|farti))\b|(?:ha|hai) ricevuto (?:la mia (?:e-?mail|mail) precedente|il mio (?:messaggio )?precedente(?: messaggio)?) (?:riguardo (?:al|alla|ai)|sul|sulla|sui|circa (?:il|la|i)) ?(?:fondo|fondi|trasferimento|eredita|donazione|risarcimento|transazione|proposta)\b)/],
  ['ja', /(?:(?:あなた|貴方|貴殿)に(?:ビジネス|事業|取引)の(?:ご)?提案があります|(?:前回|以前|先日)の(?:メール|メッセージ)(?:は|を)(?:受け取|お受け取|ご覧|届)(?:りましたか|られましたか|になりましたか|きましたか)?[^。]{0,20}(?:基金|資金|遺産|送金|寄付))/],
];

/**
 * Family-impersonation openers ("Hi Mum, this is my new number, my phone broke — message me on WhatsApp"): a parent
 * greeted, then a new number, a lost or broken phone or a chat app to move to. Both halves are needed (one pattern per
 * language, read like OPENERS): a child's real mail greets a parent too, and "new number" alone is everyone's news.
 */
export const FAMILY: readonly [lang: string, greeting: RegExp, story: RegExp][] = [
  ['en', /\b(?:hi|hello|hey|dear) (?:mum|mom|mummy|mommy|mam|dad|daddy|mother|father)\b/, /\b(?:(?:my )?new (?:number|phone|mobile)|(?:lost|broke|dropped|smashed) my (?:phone|mobile)|my (?:phone|mobile) (?:is broken|broke|fell|got (?:broken|stolen|lost))|(?:text|message|write to) me (?:on|via) whatsapp|this is my (?:new )?(?:number|whatsapp))\b/],
  ['de', /\b(?:hallo|hi|hey|liebe|lieber) (?:mama|mami|papa|mutti|vati)\b/, /\b(?:(?:meine )?neue (?:nummer|handynummer)|(?:neues|anderes) handy|(?:mein )?handy (?:ist )?(?:kaputt|defekt|ins wasser gefallen|verloren|weg)|schreib (?:mir )?(?:auf|per|uber) whatsapp)\b/],
  ['pt', /\b(?:oi|ola|oie) (?:mae|mamae|pai|papai)\b/, /\b(?:(?:meu )?(?:numero novo|novo numero)|troquei de (?:numero|celular)|(?:meu )?celular (?:quebrou|caiu|foi roubado|estragou)|me chama no whatsapp|salva (?:esse|este) (?:numero|contato))\b/],
  ['es', /\b(?:hola|hey) (?:mama|mami|papa|papi)\b/, /\b(?:(?:mi )?(?:numero nuevo|nuevo numero)|cambie de (?:numero|movil|celular)|(?:se me )?(?:rompio|cayo|perdi) (?:el|mi) (?:movil|celular|telefono)|escribeme (?:por|al) whatsapp)\b/],
  ['fr', /\b(?:coucou|salut|bonjour) (?:maman|papa|mamie|papi)\b/, /\b(?:(?:mon )?nouveau numero|(?:mon )?(?:telephone|portable) (?:est )?(?:casse|tombe|perdu|vole)|ecris-moi (?:sur|par) whatsapp)\b/],
  ['nl', /\b(?:hoi|hallo|hey|hi) (?:mam|mama|pap|papa)\b/, /\b(?:(?:mijn )?nieuwe? (?:nummer|telefoon)|(?:mijn )?telefoon (?:is )?(?:kapot|gevallen|gestolen|kwijt)|app (?:me|mij) (?:op|via) (?:dit|mijn nieuwe) nummer)\b/],
  ['ja', /(?:お(?:母|父)さん|ママ|パパ|母さん|父さん)/, /(?:新しい(?:番号|電話|携帯)|番号(?:が|を)?変わ|携帯(?:が|を)?(?:壊れ|なくし|無くし|落とし)|スマホ(?:が|を)?(?:壊れ|なくし|無くし|落とし))/],
];

/** The sender presses: urgent, asap, today, dringend, urgente, spoed, 至急 (subject or text, normalised like OPENERS). */
export const URGENCY = /(?:\b(?:urgent(?:ly)?|asap|as soon as possible|right away|immediately|dringend|eilig|sofort|urgente(?:mente)?|urgencia|urgence|rapidement|spoed|zo snel mogelijk)\b|至急|緊急|急ぎ)/;

/**
 * A bare opener is the whole text: at most BARE_WORDS words (counted on spaced scripts; a Japanese text at most
 * BARE_CHARS characters). A colleague's real request carries its context — what to help with, a name, a thread.
 */
export const BARE_WORDS = 40;
export const BARE_CHARS = 160;

/**
 * Session 55 (scam55): availability asked for a named day, the weekend or an evening ("are you free for a call on Thursday?",
 * "você está disponível no sábado?", "¿estás disponible el viernes?", "es-tu disponible samedi ?") is a plan between people who
 * know each other, not the opener's bare "are you available?". Read on the folded text right after an availability phrase
 * (AVAILABILITY): at most four words, then the day. A friend's "are you free for a call on Thursday?" from gmail was
 * CONTENT_BEC_SCAM (6, spam).
 * Session 56 (draw56d): the day may come first ("samedi, es-tu disponible ?", "el viernes ¿estás disponible?", "no sábado você
 * está disponível?", "sabato sei disponibile?", "on Thursday are you free?": DAY_BEFORE, the same sentence, at most 40 characters
 * before the phrase), and the time asked for is a plan too, not only the availability ("do you have a minute on Thursday?", "hast
 * du kurz Zeit am Freitag?", "heb je even tijd op vrijdag?", "as-tu un moment samedi ?", "tem um minuto no sábado?"). "Today",
 * "now" and "this morning" stay the opener's words: no named day.
 */
const AVAILABILITY = /(?:available|free|around|busy|disponivel|disponible|disponibile|verfugbar|erreichbar|beschikbaar|bereikbaar|minute|moment|minuto|momento|minuutje|momentje|zeit|tijd|sec)$/;
const PLANNED_DAY =
  /^ (?:[a-z']+ ){0,4}(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|evening|segunda|terca|quarta|quinta|sexta|sabado|domingo|fim de semana|lunes|martes|miercoles|jueves|viernes|fin de semana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b/;
/**
 * The day named first (the same words), in the same sentence (no . ! ? or line break between), at most 40 characters before the
 * phrase — not in a greeting ("Happy Friday, are you available?", "Good evening, are you free?": the opener's own first words).
 */
const DAY_BEFORE =
  /(?<!\b(?:happy|good|great|nice|lovely|feliz|bom|boa|buen|buenos|buena|buenas|bonne|bon|schonen|schones|fijne|fijn|prettige|buon|buona) )\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|evening|segunda|terca|quarta|quinta|sexta|sabado|domingo|fim de semana|lunes|martes|miercoles|jueves|viernes|fin de semana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b[^.!?\n]{0,40}$/;

/**
 * Session 57 (scam57): a phone number asked (the phrase ends with the number's word) and, in the next few words, the reason to
 * call ("can you send me your cell number? I want to call you about the ride on Saturday", "quero te ligar para combinar",
 * "para llamarte por lo de la cena", "um dich wegen … anzurufen") is a friend's plan, not the boss's "send me your number, I have
 * a task": a friend's gmail was CONTENT_BEC_SCAM (6, spam). Folded text after the phrase, at most 80 characters.
 */
const NUMBER_ASKED = /(?:number|no|whatsapp|mobile|cell|cellphone|phone|handynummer|mobilnummer|telefoonnummer|mobiele nummer|numero|celular|movil)$/;
const CALL_REASON =
  /^[^.!?\n]{0,12}[.!?]? ?(?:[a-z']+ ){0,5}(?:(?:call|ring|phone) you (?:about|re|regarding)\b|(?:te )?ligar (?:para|pra|sobre)\b|te ligar\b|llamarte\b|te llamo\b|t'appeler\b|vous appeler\b|(?:dich|sie) (?:[a-z]+ ){0,8}an(?:zu)?rufen\b|je (?:[a-z]+ ){0,3}bellen\b|chiamarti\b)/;

/** The first opener of `pattern` in `text` that is no availability or time asked for a named day (PLANNED_DAY, DAY_BEFORE). */
function openerMatch(pattern: RegExp, text: string): string | null {
  let rest = text;
  // At most three tries: each skips an availability phrase with a day after or before it, then reads the rest of the text.
  for (let i = 0; i < 3; i++) {
    const m = pattern.exec(rest);
    if (!m) return null;
    const end = m.index + m[0].length;
    const planned = AVAILABILITY.test(m[0]) && (PLANNED_DAY.test(rest.slice(end, end + 60)) || DAY_BEFORE.test(rest.slice(Math.max(0, m.index - 60), m.index)));
    const callReason = !planned && NUMBER_ASKED.test(m[0]) && CALL_REASON.test(rest.slice(end, end + 80));
    if (!planned && !callReason) return m[0];
    rest = rest.slice(end);
  }
  return null;
}

const ALL_OPENERS = [...OPENERS, ...MONEY_OPENERS];

const LINK_IN_TEXT = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i;
/** A link that only writes to someone: a mail address or a phone number. */
const ANSWER_LINK = /^(?:mailto|tel|sms|callto):/i;
// The look-behind starts a local part only where one can start: without it, each position inside a long run of such
// characters not followed by `@` scanned the run again (77 ms for one 8,000-letter word; now linear). Same matches.
const ADDRESS = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const ACCENTS = /[\u0300-\u036f]/g;

export interface BecOpener {
  lang: string;
  phrase: string;
  /** A family-impersonation opener ("hi mum" + a new number), not a colleague's request. */
  family?: boolean;
  /** An address in the text at another registrable domain than the sender's (where the answer should go). */
  addressElsewhere?: string;
  /** The subject or text presses (urgent, asap, dringend, 至急). */
  urgent?: boolean;
  /**
   * The opener is the whole message (BARE_WORDS) and no recipient shown is at an organisation's domain: only free-mail
   * addresses, addresses without a registrable domain, or none (undisclosed). A request inside a company or between
   * partners is addressed to their domains.
   */
  bare?: boolean;
}

/**
 * Whether the message is part of a conversation or a list: then it is no opener. Session 62 (scam63): a forward that forwards
 * nothing is no conversation — design sample-1208, a 419 consignment letter under "Fwd: Dear friend" with a forged In-Reply-To
 * and References and no forwarded part, was closed to every first-letter reader by those two headers. A real forward carries
 * what it forwards (a separator line, an attribution, quoted lines, the forwarded header block); over SA ham, the pot's design
 * rows and Nazario the only forward with conversation headers and none of them was that letter.
 */
export function inConversationOrList(msg: ParsedMessage): boolean {
  if (fromList(msg)) return true;
  if (!msg.headerIndex.has('in-reply-to') && !msg.headerIndex.has('references')) return false;
  return !forwardOfNothing(msg);
}

/** A forward's subject prefix: Fwd, Fw, TR (fr), WG (de), RV / ENC (es, pt), Doorst (nl). */
const FORWARD_SUBJECT = /^\s*(?:fwd?|fw|tr|wg|enc|rv|doorst)\s*:/i;
/**
 * What a forward carries: a separator line, an attribution ending "wrote:" in the languages read, a quoted line, or a
 * forwarded header block (a From line followed within a few lines by a Sent, Date or To line).
 */
const FORWARDED_PART = lazyRegExp(
  () =>
    /forwarded message|original message|begin forwarded|urspr(?:u|ü)ngliche nachricht|weitergeleitete nachricht|message d'origine|message transf(?:e|é)r(?:e|é)|mensaje original|mensagem original|mensaje reenviado|mensagem encaminhada|oorspronkelijk bericht|doorgestuurd bericht|wrote:|schrieb:|a (?:e|é)crit|escribi(?:o|ó):|escreveu:|schreef:|^>|^[ \t]*(?:from|von|de|van|da):[^\n]*\n(?:[^\n]*\n){0,6}?[ \t]*(?:sent|date|gesendet|datum|envoy(?:e|é)|enviado|verzonden|to|an|(?:a|à)|para|aan):/im,
);

/** A message under a forward's subject whose shown text holds nothing forwarded (see inConversationOrList). */
function forwardOfNothing(msg: ParsedMessage): boolean {
  return FORWARD_SUBJECT.test(msg.subject) && !FORWARDED_PART().test(shownText(msg));
}

/**
 * Session 37: addressed to the sender alone (To is the From address, no Cc; HDR_TO_SELF), not by a list: the readers are in
 * Bcc, and its In-Reply-To or "RE:" answers only the sender's own mail — a conversation with no one (the borrowed mailbox's
 * "RE: APPROVED … SEND YOUR NAME TO THIS EMAIL (…@gmail.com) FOR CLAIMS").
 */
export function toSenderAlone(msg: ParsedMessage): boolean {
  const from = msg.from[0]?.address.toLowerCase();
  return !!from && msg.to.length === 1 && msg.cc.length === 0 && msg.to[0]!.address.toLowerCase() === from && !fromList(msg);
}

/** A list's or a bulk sender's message (List-Id, List-Unsubscribe, List-Post, Precedence bulk/list/junk): no first contact. */
export function fromList(msg: ParsedMessage): boolean {
  for (const h of ['list-id', 'list-unsubscribe', 'list-post']) if (msg.headerIndex.has(h)) return true;
  const precedence = msg.headerIndex.get('precedence')?.[0]?.value.trim().toLowerCase();
  return precedence === 'bulk' || precedence === 'list' || precedence === 'junk';
}

const WEB_HREF = /^(?:https?:)?\/\/|^www\./i;
/** The web links of the HTML the reader could click (anchors, image-map areas and forms to an http(s) or `www.` address). */
export function htmlWebLinkCount(msg: ParsedMessage): number {
  let count = 0;
  for (const l of msg.htmlFacts.links) if ((l.kind === 'a' || l.kind === 'area' || l.kind === 'form') && WEB_HREF.test(l.href.trim())) count++;
  return count;
}

/**
 * A first message's subject and text as the letter patterns read them: term-normalised, accents removed, runs of white space
 * as one space (a line broken inside a phrase reads as one line).
 */
export function foldLetter(subject: string, body: string): string {
  const last = lastFolded;
  if (last.subject === subject && last.body === body) return last.folded;
  const terms = normalForTerms(`${subject}\n${body}`);
  const accentless = normalized(normalized(terms, 'NFD').replace(ACCENTS, ''), 'NFC');
  // An ASCII letter comes back as it went in; another is two-byte after NFD whatever is left (oneByteIfLatin1).
  const folded = oneSpaced(accentless === terms ? terms : oneByteIfLatin1(accentless));
  lastFolded = { subject, body, folded };
  return folded;
}
/**
 * The letter folded last: first-contact's stranger and romance openers fold the same subject and shown text one after the
 * other (session 40: the fold was the content family's largest allocation, ~7.7 KB a message on the SA split).
 */
let lastFolded = { subject: '', body: '', folded: ' ' };

function isBare(body: string): boolean {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(body)) return body.length <= BARE_CHARS;
  return (body.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0) <= BARE_WORDS;
}

/** No recipient shown is at an organisation's domain (each is free-mail or has no registrable domain), or none is shown. */
export function noOrganisationRecipient(msg: ParsedMessage, freemail: ReadonlySet<string>): boolean {
  for (const list of [msg.to, msg.cc]) {
    for (const a of list) {
      // tldts' defaults, remembered by domain (a recipient's domain recurs message after message).
      const domain = senderRegistrable(a.domain);
      if (domain && !isFreemail(domain, freemail)) return false;
    }
  }
  return true;
}

export function becOpener(msg: ParsedMessage, maxText = MAX_TEXT, freemail: ReadonlySet<string> = new Set()): BecOpener | null {
  const body = shownText(msg).trim();
  if (body.length > maxText || msg.attachments.length > 0) return null;
  // A mail address or a phone number written as a link is where to answer, not a page to visit (session 30: "Reply me via:
  // <a href="mailto:…">" kept a one-paragraph "profitable business opportunity" out).
  if (msg.htmlFacts.links.some((l) => (l.kind === 'a' || l.kind === 'area' || l.kind === 'form') && !ANSWER_LINK.test(l.href.trim())) || LINK_IN_TEXT.test(body)) return null;
  if (/^>/m.test(body) || inConversationOrList(msg)) return null;
  return openerIn(msg, body, freemail);
}

/**
 * becOpener past its gates: the opener read in a short first message with no link. Most messages stop at the gates; apart,
 * this part is compiled only when it gets hot itself. In one function with the gates, the whole was first optimised after
 * ~7,000 messages (V8 asks a longer function for more calls before it optimises it, and an early return counts little),
 * one of the larger compiles inside the bench's timed passes, in each worker (NOTES, issue 18, session 42, late42).
 */
function openerIn(msg: ParsedMessage, body: string, freemail: ReadonlySet<string>): BecOpener | null {
  const text = normalForTerms(`${msg.subject}\n${body}`).normalize('NFD').replace(ACCENTS, '').normalize('NFC');
  let found: BecOpener | null = null;
  for (const [lang, greeting, story] of FAMILY) {
    const g = greeting.exec(text);
    const m = g && story.exec(text);
    if (g && m) {
      found = { lang, phrase: `${g[0]} … ${m[0]}`, family: true };
      break;
    }
  }
  if (!found) {
    for (const [lang, pattern] of ALL_OPENERS) {
      const phrase = openerMatch(pattern, text);
      if (phrase) {
        found = { lang, phrase };
        break;
      }
    }
  }
  if (!found) return null;
  const sender = senderRegistrable(msg.from[0]?.domain);
  for (const a of body.matchAll(ADDRESS)) {
    const domain = parseDomain(a[1]!).domain;
    if (domain && domain !== sender) {
      found.addressElsewhere = a[0];
      break;
    }
  }
  if (URGENCY.test(text)) found.urgent = true;
  if (isBare(body) && noOrganisationRecipient(msg, freemail)) found.bare = true;
  return found;
}

/**
 * The first address at a free-mail provider in the text of a first message that is neither the sender's address
 * nor a recipient's (nor written in angle brackets, as a forwarded header's "To: name <address>" is): where a
 * letter from a borrowed or unrelated account asks to be answered.
 */
export function freemailContactElsewhere(msg: ParsedMessage, freemail: ReadonlySet<string>, body = shownText(msg), inConversation = false): string | null {
  // `inConversation`: the caller has judged the conversation itself (first-contact.ts reads forwarded openers).
  if (!inConversation && inConversationOrList(msg)) return null;
  const text = body.length > MAX_CONTACT_TEXT ? body.slice(0, MAX_CONTACT_TEXT) : body;
  if (!text.includes('@') || /^>/m.test(text)) return null;
  const own = new Set<string>();
  for (const list of [msg.from, msg.to, msg.cc]) for (const a of list) own.add(a.address.toLowerCase());
  for (const d of msg.deliveredTo) own.add(d.toLowerCase());
  for (const a of text.matchAll(ADDRESS)) {
    const address = a[0].toLowerCase();
    if (own.has(address) || (a.index! > 0 && text[a.index! - 1] === '<')) continue;
    if (isFreemail(a[1]!, freemail)) return a[0];
  }
  return null;
}

/** A web address written in the text, to its end (for counting a message's links and taking them out of its words). */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']{1,2000}|\bwww\.[a-z0-9-]+\.[^\s<>"']{1,2000}/gi;

/** A sum of money with its currency before or after it ("+26,649$", "R$ 48.900", "€3.200", "500 euros"); bounded digit runs. */
const BARE_MONEY = /(?:[$€£¥₹]|(?<!\p{L})(?:usd|eur|gbp|chf|brl)(?!\p{L}))\s?\d|\d[\d.,]{0,14}\s?(?:[$€£¥₹円]|(?:usd|eur|euros?|dollars?|gbp|chf|reais|brl)(?!\p{L}))/iu;
/** A deadline counted in hours or days ("you have 24 hours", "48h", "prazo 24 horas", "72 Stunden", "24時間"). */
const BARE_DEADLINE = /(?<![\p{L}\p{N}])\d{1,3}\s?(?:h|hrs?|hours?|horas?|heures?|stunden|uur|ore|days?|d[ií]as|tage?n?|jours?|dagen|giorni)(?!\p{L})|\d{1,3}\s?(?:時間|日)以内/iu;

/**
 * Session 24: a person's name as the whole subject — two or three capitalised Latin words of letters ("Maya Felton", "Kiera
 * Peck"). Words a share's subject is made of instead (photos, party, birthday, meeting …) are no name.
 */
const NAME_SUBJECT = /^\p{Lu}\p{Ll}{1,14}(?: \p{Lu}\p{Ll}{1,14}){1,2}$/u;
const NOT_NAME_WORDS = new Set([
  'photos', 'photo', 'fotos', 'foto', 'pictures', 'pics', 'video', 'videos', 'party', 'birthday', 'wedding', 'holiday', 'holidays', 'summer',
  'winter', 'christmas', 'easter', 'trip', 'family', 'project', 'meeting', 'minutes', 'report', 'invoice', 'files', 'documents', 'slides', 'notes',
  'update', 'new', 'our', 'my', 'the', 'happy', 'hello', 'hi', 'urlaub', 'hochzeit', 'geburtstag', 'sommerfest', 'noten', 'bilder', 'vacances',
  'mariage', 'anniversaire', 'fiesta', 'boda', 'cumpleanos', 'festa', 'casamento', 'aniversario', 'feest', 'bruiloft', 'verjaardag', 'vakantie',
]);

/**
 * Whether the subject is a stranger's name: a name as the whole subject (NAME_SUBJECT) none of whose words is the sender's
 * display name's or address's, nor stands in the text — a share sent to a list under someone's name the letter never mentions.
 */
export function strangerNameSubject(subject: string, from: { name?: string; local?: string } | undefined, words: string): boolean {
  const s = subject.trim();
  if (s.length > 48 || !NAME_SUBJECT.test(s)) return false;
  const own = `${from?.name ?? ''} ${from?.local ?? ''}`.toLowerCase();
  const text = words.toLowerCase();
  for (const w of s.toLowerCase().split(' ')) if (NOT_NAME_WORDS.has(w) || own.includes(w) || text.includes(w)) return false;
  return true;
}

/** A URL written in a sentence without the punctuation after it ("…/d/1xQ7.", "(…/file)"); a loop, not a pattern anchored at the end. */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?)]'.includes(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/**
 * Session 22 (issue 17): a first message (no conversation, no list, no quoted lines, no attachment) that is one web link and
 * a few words at most (BARE_WORDS besides the link; Japanese BARE_CHARS) that press with a sum or a deadline (or stand under a stranger's name as the subject: session 24), from a free-mail sender: "+26,649$! Need to move
 * you have 24 hours https://drive.google.com/file/d/…" under a stranger's name as the subject. Returns the link, or null. Alone it says
 * nothing (a friend sends a link with a word); the composite CONTENT_BARE_SHARE_LINK_BLAST weighs it with a file-share
 * page, a free-mail sender and a long visible or a hidden recipient list.
 */
export function bareLink(msg: ParsedMessage, freemail: ReadonlySet<string>, maxText = MAX_TEXT): string | null {
  // Only from free mail (the composite's sender): a feed's or a company's one-link notice is not looked at at all.
  const sender = msg.from[0]?.domain;
  if (!sender || !isFreemail(sender, freemail) || msg.attachments.length > 0 || inConversationOrList(msg)) return null;
  const body = shownText(msg).trim();
  if (body.length > maxText * 4 || /^>/m.test(body)) return null;
  return bareLinkIn(msg, body);
}

/** bareLink past its gates, apart for the compile's sake as openerIn is (a short first message from free mail: few messages). */
function bareLinkIn(msg: ParsedMessage, body: string): string | null {
  const links = new Set<string>();
  for (const l of msg.htmlFacts.links) {
    if ((l.kind === 'a' || l.kind === 'area' || l.kind === 'form') && /^https?:\/\//i.test(l.href.trim())) links.add(l.href.trim());
    if (links.size > 1) return null;
  }
  const words = body.replace(URL_IN_TEXT, (url) => {
    links.add(withoutTrailingPunctuation(url));
    return ' ';
  });
  if (links.size !== 1 || !isBare(words)) return null;
  // The few words must press: a sum or a deadline (every blast of this shape in the honeypot; session 22's review). A
  // friend's "photos from Saturday" with a Drive folder to thirty people has neither.
  // Session 24: or the subject is a stranger's name (strangerNameSubject) — the blast's other mark ("private word," and the link).
  const pressing = `${msg.subject ?? ''} ${words}`;
  if (!BARE_MONEY.test(pressing) && !BARE_DEADLINE.test(pressing) && !URGENCY.test(pressing.toLowerCase()) && !strangerNameSubject(msg.subject ?? '', msg.from[0], words)) return null;
  return [...links][0]!;
}

// ── session 29: the stranger's letter ────────────────────────────────────────────────────────────────────────────────

/**
 * The 419 letter beyond the opener's few words (issue 17, session 29): a stranger introduces himself to hidden recipients
 * ("My name is David Thule, a broker and confidant to…", "I'm Mrs. Anna Avakian", "we have never met"), speaks of money or a
 * business (funds, an investment, a charity, a loan, oil, a sum), and asks to be answered — where the answer goes to a free-mail
 * box or another address than the sender's. Read in a first message (no conversation, no list, no quoted lines, no
 * attachment) of at most MAX_CONTACT_TEXT characters, with at most STRANGER_MAX_LINKS web links. Each part alone is
 * everyday mail (a new class representative introduces herself to the parents from free mail, Bcc); the finding is a few
 * points, and weighs with the letter's scam vocabulary in a composite.
 * Patterns over the normalised text (lower case, accents removed), literal alternatives: linear.
 */
const STRANGER_MAX_LINKS = 1;
/** The writer introduces himself as a stranger, or says he is one. */
export const STRANGER_INTRO =
  /\b(?:my name is|i am (?:mr|mrs|ms|miss|dr|barrister|sister|engr|prince|princess|general|capt(?:ain)?|major)\b|i'm (?:mr|mrs|ms|miss|dr|barrister|sister)\b|permit me to|i am contacting you in (?:good faith|confidence|trust)|i greet you|greetings to you|compliments? of the (?:day|season)|(?:we|i) have never met|never met (?:you|before|or known)|i got your (?:contact|email|e-mail|information|address)|i came across your (?:email|e-mail|contact|profile)|pardon me for (?:intruding|contacting|this)|intruding (?:into )?your privacy|meu nome e|eu sou (?:o sr|a sra|a senhora|o senhor|o dr|a dra)\b|nunca nos conhecemos|permita-me|mi nombre es|me llamo|soy (?:el sr|la sra|la senora|el senor|el dr|la dra)\b|nunca nos hemos conocido|permitame presentarme|je m'appelle|mon nom est|je suis (?:m\.|mme|madame|monsieur|le docteur|maitre)\s|nous ne nous sommes jamais rencontres|permettez-moi de me presenter|mein name ist|ich heisse|ich bin (?:herr|frau|dr)\b|wir (?:haben uns|kennen uns) (?:nie|noch nie)|erlauben sie mir,? mich vorzustellen|mi chiamo|il mio nome e|sono (?:il signor|la signora|il dottor|la dottoressa)\b|non ci siamo mai conosciuti|permettetemi di presentarmi|mijn naam is|ik ben (?:meneer|mevrouw|dhr|mevr)\b|we hebben elkaar (?:nooit|nog nooit) ontmoet)/;
/**
 * Session 30: more ways a stranger opens a 419 letter without giving his name the earlier ways — the surprise, the randomly
 * chosen address, the profile he went through, "dear friend" to hidden recipients, the earlier mail never answered, the title
 * in brackets ("I am { MRS: Beatrice Mark }") — in the same languages. Read where STRANGER_INTRO is, with the same gates.
 */
export const STRANGER_APPROACH =
  /\b(?:i am [{(\[] ?(?:mr|mrs|ms|miss|dr|barrister)\b|(?:this|my) (?:letter|message|mail|e-?mail) (?:may|might|will) (?:come (?:to you )?as|be) a surprise|(?:may|might) come to you as a surprise|your e-?mail(?: address)? (?:was|has been) (?:randomly )?(?:selected|chosen|picked)|(?:online )?random(?:ly)? selection of (?:e-?mails|e-?mail addresses)|(?:i )?went through your profile|i (?:found|saw|got|obtained) your (?:contact|e-?mail|profile|address) (?:through|from|on|in|while)|dear (?:friend|beneficiary)\b|attention(?: please)?:? (?:dear )?(?:friend|beneficiary)\b|confirm if you (?:ever )?received (?:my|the) (?:first|previous|last|earlier) (?:e-?mail|mail|message|letter)|desculpe (?:invadir|incomodar)|(?:obtive|consegui|peguei|encontrei) (?:o )?seu contato|(?:prezado|caro|querido) amigo\b|seu e-?mail foi (?:selecionado|escolhido)|disculpe (?:la intrusion|por molestar|mi intromision)|(?:obtuve|consegui|encontre) su contacto|(?:querido|estimado) amigo\b|su correo(?: electronico)? (?:fue|ha sido) (?:seleccionado|escogido)|excusez(?:-moi)? (?:mon intrusion|de vous deranger)|j'ai obtenu votre (?:contact|adresse)|cher ami\b|votre (?:adresse )?e-?mail a ete (?:selectionnee|choisie)|entschuldigen sie (?:die storung|mein eindringen)|ich habe ihre (?:kontaktdaten|e-?mail-?adresse|adresse) (?:erhalten|gefunden|bekommen)|lieber freund\b|ihre e-?mail-?adresse wurde (?:zufallig )?ausgewahlt|excuses voor het storen|ik heb uw (?:contactgegevens|e-?mailadres) (?:gekregen|gevonden)|beste vriend\b|uw e-?mailadres is (?:willekeurig )?geselecteerd)/;
/**
 * Session 30: the first contact that names no money yet, only a matter to confide ("I have a vital subject to discuss with
 * you", "I really need to confide in you", "write to my private e-mail for a very urgent and important discussion"): read in
 * place of STRANGER_MONEY, with the same gates (a stranger, a reply asked, the answer elsewhere, hidden recipients).
 */
export const STRANGER_MATTER =
  /\b(?:(?:vital|important|urgent|confidential|private|sensitive|pressing|serious|lucrative) (?:subject|matter|issue|discussion|proposal|business|transaction|information)s? (?:to discuss|i (?:want|wish|would like) to (?:discuss|share)|for you|with you)|confide in you|(?:a|my) (?:business )?proposal for you|(?:my|our) (?:private|personal) e-?mail|(?:assunto|discussao|questao|proposta) (?:muito )?(?:urgente|importante|confidencial|vital)|(?:e-?mail|correio) (?:particular|pessoal|privado)|confiar em (?:voce|vc)|(?:asunto|tema|propuesta|discusion) (?:muy )?(?:urgente|importante|confidencial|vital)|correo (?:privado|personal|particular)|confiar en usted|(?:affaire|sujet|proposition|question) (?:tres )?(?:urgente|importante|confidentielle|vitale)|e-?mail (?:prive|personnel)|vous faire confiance|(?:dringende|wichtige|vertrauliche) (?:angelegenheit|sache|anfrage|geschaftsangelegenheit)|(?:private|personliche) e-?mail|(?:dringende|belangrijke|vertrouwelijke) (?:zaak|kwestie|aangelegenheid)|(?:prive|persoonlijke) e-?mail)/;
/** Money or a business proposed: a sum, funds, an investment, a charity, a loan, a transaction, oil or gold, a commission. */
export const STRANGER_MONEY =
  /(?:[$€£]\s?\d|\d[\d.,]{2,14}\s?(?:usd|eur|gbp|euros?|dollars?|pounds?)\b|\b(?:funds?|fund transfer|investment|investor|investors|invest|business proposal|business partner|partnership|joint venture|transaction|charity|charitable|humanitarian|donation|inheritance|beneficiary|loan|loans|financing|finance|commission|crude oil|gold|diamonds?|consignment|fortune|million|millions|fundos|investimento|doacao|heranca|emprestimo|comissao|fondos|inversion|donacion|herencia|prestamo|comision|fonds|investissement|heritage|pret|commission|gelder|investition|spende|erbschaft|darlehen|kredit|fondi|investimento|donazione|eredita|prestito|commissione|fondsen|investering|donatie|erfenis|lening)\b)/;
/** The reader is asked to answer. */
export const STRANGER_REPLY =
  /\b(?:reply|respond|get back to me|hear from you|hearing from you|contact me|write (?:back )?to me|revert|your (?:response|reply|answer)|responda|me responda|retorne|escreva(?: para|-me)|me escreva|escribame|escribeme|sua resposta|seu retorno|entre em contato|respondame|su respuesta|contacteme|escribame|repondez|repondre|votre reponse|contactez-moi|ecrivez-moi|antworten sie|ihre antwort|melden sie sich|kontaktieren sie mich|schreiben sie mir|rispondi|rispondetemi|la tua risposta|la sua risposta|contattami|mi contatti|antwoord|reageer|neem contact|schrijf me)\b/;

export interface StrangerLetter {
  intro: string;
  money: string;
  reply: string;
  /** Where the answer would go: the free-mail sender, a Reply-To, or an address in the text that is not the sender's. */
  answerTo: string;
}

/** The stranger's letter's parts in `msg` (see STRANGER_INTRO), or null. */
export function strangerLetter(msg: ParsedMessage, freemail: ReadonlySet<string>): StrangerLetter | null {
  if (msg.attachments.length > 0 || inConversationOrList(msg)) return null;
  const body = shownText(msg).trim();
  if (body.length > MAX_CONTACT_TEXT || /^>/m.test(body)) return null;
  if (Math.max(htmlWebLinkCount(msg), body.match(URL_IN_TEXT)?.length ?? 0) > STRANGER_MAX_LINKS) return null;
  if (!noOrganisationRecipient(msg, freemail)) return null;
  // Lines broken inside a phrase ("the online randomly selection of\nemails") read as one line: the phrases are spaced.
  const text = foldLetter(msg.subject, body);
  const intro = STRANGER_INTRO.exec(text) ?? STRANGER_APPROACH.exec(text);
  if (!intro) return null;
  const money = STRANGER_MONEY.exec(text) ?? STRANGER_MATTER.exec(text);
  const reply = money && STRANGER_REPLY.exec(text);
  if (!money || !reply) return null;
  const from = msg.from[0];
  const answerTo =
    msg.replyTo.find((r) => r.address.toLowerCase() !== from?.address.toLowerCase())?.address ??
    (from?.domain && isFreemail(from.domain, freemail) ? from.address : undefined) ??
    freemailContactElsewhere(msg, freemail, body);
  if (!answerTo) return null;
  return { intro: intro[0], money: money[0], reply: reply[0], answerTo };
}

export function becOpenerCheck(freemail: ReadonlySet<string> = new Set()): Check {
  return {
    name: 'content.bec-opener',
    description: 'A short first message with no link that only asks for an answer or a small service (business-e-mail compromise, family-impersonation and advance-fee openers)',
    emits: ['CONTENT_BEC_OPENER', 'CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_FAMILY_OPENER', 'CONTENT_BEC_OPENER_BARE', 'CONTENT_BEC_OPENER_URGENT', 'CONTENT_BARE_LINK', 'CONTENT_STRANGER_LETTER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = becOpener(msg, MAX_TEXT, freemail);
      const findings: Finding[] = [];
      if (found?.family) {
        findings.push({ id: 'CONTENT_FAMILY_OPENER', evidence: `"${found.phrase}" (${found.lang}) in a short message with no link`, data: { ...found } });
      } else if (found) {
        findings.push({ id: 'CONTENT_BEC_OPENER', evidence: `"${found.phrase}" (${found.lang}) in a short message with no link`, data: { ...found } });
        if (found.bare) findings.push({ id: 'CONTENT_BEC_OPENER_BARE', evidence: "the request is the whole text, sent to no organisation's address (free-mail or undisclosed recipients)" });
        if (found.urgent) findings.push({ id: 'CONTENT_BEC_OPENER_URGENT', evidence: 'the subject or text presses for an answer (urgent, asap)' });
      }
      // An opener has no link, so only a message without one reads as the bare link.
      const link = found ? null : bareLink(msg, freemail);
      if (link) findings.push({ id: 'CONTENT_BARE_LINK', evidence: `the text is one link and a few words: ${link.slice(0, 200)}`, data: { link: link.slice(0, 500) } });
      const elsewhere = found?.addressElsewhere ?? freemailContactElsewhere(msg, freemail, undefined, toSenderAlone(msg));
      if (elsewhere) {
        findings.push({ id: 'CONTENT_ADDRESS_ELSEWHERE', evidence: `the text asks for answers at ${elsewhere}, not the sender's address`, data: { address: elsewhere } });
      }
      // The opener's few words are no letter; a longer first message may be the stranger's.
      const letter = found ? null : strangerLetter(msg, freemail);
      if (letter) {
        findings.push({ id: 'CONTENT_STRANGER_LETTER', evidence: `"${letter.intro}" … "${letter.money}" … "${letter.reply}"; the answer goes to ${letter.answerTo}`, data: { ...letter } });
      }
      return { findings };
    },
  };
}
