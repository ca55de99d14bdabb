import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Session 59 (issue 17, helper draw16d): the cold pitch for work on the reader's web site — "Hasn't replied back from you, can I
 * send you a quote/package/proposal? … anything you would like to upgrade, repair or redesign on your site? I am a web designer
 * … reply for portfolio and price list" (design 1271, a "Re:" with no thread from a free-mail address), the SEO seller's "I can
 * rank your website on the first page of Google, shall I send you a free audit?", their German, French, Spanish, Portuguese,
 * Italian and Dutch twins ("Ihre Website neu gestalten … Angebot", "la refonte de votre site … devis"). Spam, not fraud: the
 * work may even be done. It carries no link and few of the words a marketing classifier learnt (the letter is short, personal
 * and in the second person), so nothing read it: 0.0. Two moves in a first message (no conversation, no list) with **no web
 * link to act on** — a web agency's own mail links to its work:
 * - **work offered on the reader's site** (SITE_WORK: a verb of the trade — redesign, rebuild, upgrade, repair, fix, improve,
 *   optimise, rank, boost — before "your site / website / web page / online store", or the site's ranking, traffic or design
 *   named as the reader's, or "first page of Google"), and
 * - **the seller's terms offered** (TERMS: a quote, proposal, price list, pricing, portfolio, package, a free audit or analysis;
 *   Angebot, Preisliste, devis, tarifs, presupuesto, orçamento, preventivo, offerte …).
 * A client asks for work on *our* site; an applicant for a web job names the position, the application or the CV (APPLICATION),
 * and is no pitch. CONTENT_SERVICE_PITCH_STRANGER (composites.ts) adds the sender who owns no domain or is answered elsewhere. Not
 * in a text that warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds (lower case, no accents, one blank); alternatives of literals with bounded gaps:
 * linear.
 */

/**
 * SITE_WORK's nouns as trigram lists (head-grams.ts), accented ones by their ASCII piece ("página" → "gina"): a text with none
 * of them is not read further.
 */
const SITE_GRAMS = gramGate(['site', 'web', 'homepage', 'gina', 'google', 'shop', 'store', 'sitio']);

/** Work offered on the reader's site (folded text). */
const SITE_WORK = lazyRegExp(() => new RegExp(
  [
    "\\b(?:re-?design|rebuild|revamp|upgrade|repair|fix|improve|optimi[sz]e|update|moderni[sz]e|redo|speed up|rank|boost|grow)(?: (?:on|of|for))? your (?:web ?site|site|web page|web ?shop|online (?:store|shop|presence))\\b|\\byour (?:web ?site|site)(?:'s)? (?:ranking|rankings|traffic|visibility|design|seo|speed)\\b|\\b(?:first|top) page (?:of|on) google\\b|\\bgoogle(?:'s)? first page\\b",
    '\\bihre[rn]? (?:web ?seite|website|homepage|internetseite|online-?shop)\\b[^.!?\\n]{0,40}?\\b(?:neu gestalten|modernisieren|optimieren|verbessern|uberarbeiten|erneuern)\\b|\\b(?:neugestaltung|optimierung|uberarbeitung|modernisierung|erneuerung) ihre[rn]? (?:web ?seite|website|homepage|internetseite)\\b|\\berste[rn]? seite (?:bei|von) google\\b',
    '\\b(?:refonte|refaire|ameliorer|optimiser|moderniser|referencement|referencer|creation) (?:de |du )?votre site\\b|\\bpremiere page (?:de|sur) google\\b',
    '\\b(?:redisenar|redisenamos|mejorar|optimizar|modernizar|renovar|posicionar|rediseno|posicionamiento) (?:de )?(?:su|tu) (?:sitio|pagina|web|tienda online)\\b|\\bprimera pagina de google\\b',
    '\\b(?:redesenhar|melhorar|otimizar|modernizar|renovar|reformular|posicionar|reformulacao|otimizacao) (?:d?o )?(?:seu|teu) (?:site|website|loja virtual)\\b|\\bprimeira pagina do google\\b',
    "\\b(?:rinnovare|migliorare|ottimizzare|ridisegnare|modernizzare|posizionare|posizionamento|restyling) (?:de)?(?:l |il |lo )?(?:suo|tuo|vostro) sito\\b|\\bprima pagina di google\\b",
    '\\b(?:uw|je|jouw) (?:website|site|webshop)\\b[^.!?\\n]{0,40}?\\b(?:vernieuwen|verbeteren|optimaliseren|moderniseren|herontwerpen)\\b|\\beerste pagina van google\\b',
  ].join('|'),
));

/** The seller's terms offered: a quote, a proposal, a price list, a portfolio, a free audit (folded text). */
const TERMS = lazyRegExp(() => new RegExp(
  [
    '\\b(?:quotes?|quotations?|proposals?|price ?lists?|pricing|portfolios?|packages?|estimates?|free (?:audit|analysis|report|consultation|mock-?up))\\b',
    '\\b(?:angebot|preisliste|kostenvoranschlag|portfolio|referenzen|kostenlose analyse)\\b',
    '\\b(?:devis|tarifs?|portfolio|proposition commerciale|audit gratuit)\\b',
    '\\b(?:presupuesto|cotizacion|propuesta|portafolio|portfolio|lista de precios|auditoria gratuita)\\b',
    '\\b(?:orcamento|proposta|portfolio|portifolio|tabela de precos|auditoria gratuita)\\b',
    '\\b(?:preventivo|proposta|listino|portfolio|analisi gratuita)\\b',
    '\\b(?:offerte|prijsopgave|prijslijst|portfolio|gratis analyse)\\b',
  ].join('|'),
));

/** An application for a job (the applicant offers work too, on the employer's terms), named in the letter. */
const APPLICATION =
  /\b(?:position|vacancy|job (?:opening|posting|offer|advert)|application|applying|apply for|resume|cv|curriculum|cover letter|bewerbung|bewerbe|lebenslauf|stellenanzeige|candidature|postuler|vacante|postularme|solicitud de empleo|candidatura|vaga|curriculo|vacature|sollicitatie|solliciteer)\b/;

export interface ServicePitch {
  work: string;
  terms: string;
}

/** The work offered on the reader's site and the seller's terms, in a first message with no web link, or null. */
export function servicePitch(msg: ParsedMessage): ServicePitch | null {
  const read = headRead(msg);
  if (!gramsMayMatch(SITE_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const work = SITE_WORK().exec(folded);
  if (!work) return null;
  const terms = TERMS().exec(folded);
  if (!terms || APPLICATION.test(folded) || warnsAboutScheme(folded)) return null;
  return { work: work[0], terms: terms[0] };
}

export function servicePitchCheck(): Check {
  return {
    name: 'content.service-pitch',
    description: "Work offered on the reader's web site (redesign, repair, SEO ranking) with a quote, proposal or price list, in a first message with no web link",
    emits: ['CONTENT_SERVICE_PITCH'],
    run(msg: ParsedMessage): CheckOutput {
      const found = servicePitch(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_SERVICE_PITCH', evidence: `"${found.work}" … "${found.terms}"; no page of the seller's own`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
