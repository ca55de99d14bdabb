import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter, htmlWebLinkCount, inConversationOrList, MAX_TEXT } from './bec-opener.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Session 52 (issue 17, helper scam52): the advance-fee opener that says nothing but that there is a matter — "I have an
 * important matter to discuss with you, please reply", "ich habe ein wichtiges Anliegen, das ich mit Ihnen besprechen möchte",
 * "j'ai une affaire importante à discuter avec vous", "tengo un asunto de suma importancia que tratar con usted", "あなたと
 * 相談したい重要な件がございます" — sent to hidden recipients from free mail, signed by a barrister, a widow or a bank officer.
 * The story (the fund, the dead client, the fee) comes in the answer, so there is nothing else to read; bec-opener's table
 * holds the English phrases of session 30 inside a longer stranger's letter only.
 *
 * The reading: one sentence that says the matter is **important** (urgent, confidential, serious: IMPORTANT) and that the writer
 * wants to **discuss** or tell it (DISCUSS), and **an answer asked** (REPLY), in a short first message (bec-opener's MAX_TEXT
 * characters, no link, no attachment, no conversation, no list, no quoted lines). A friend or a colleague writes the same
 * sentence, to the reader's own address; CONTENT_MATTER_OPENER_STRANGER (composites.ts) adds the stranger's envelope — free
 * mail or an answer elsewhere, and recipients hidden or the answer sent elsewhere. Alone the finding is a point.
 * One pattern per language, alternatives of literals with a bounded gap of one sentence: linear.
 */
const gap = '[^.!?\\n。]{0,60}?';
const eitherSource = (a: string, b: string): string => `\\b(?:${a})\\b${gap}\\b(?:${b})\\b|\\b(?:${b})\\b${gap}\\b(?:${a})\\b`;
/**
 * The matter said to be important and to be discussed (the first pair), or a proposal said to profit both or to interest the
 * reader (the second: "a business proposal of mutual benefit", "ein Vorschlag, der für uns beide von Vorteil ist", "un
 * negocio beneficioso para ambos"), in one sentence either way round.
 */
// Each made at its first use (lazyRegExp, session 59): most scans stop before the first language.
const either = (a: string, b: string, proposal?: string, benefit?: string): (() => RegExp) =>
  lazyRegExp(() => new RegExp(proposal && benefit ? `${eitherSource(a, b)}|${eitherSource(proposal, benefit)}` : eitherSource(a, b)));

/** [language, importance and discussion in one sentence either way round, the answer asked]. */
const MATTER: readonly [lang: string, matter: () => RegExp, reply: RegExp][] = [
  ['en',
    either('important|urgent|confidential|serious|pressing|vital|sensitive|private', 'discuss|discussing|discussion|talk|share with you|tell you|inform you|disclose',
      'business|proposal|deal|transaction|offer|project|opportunity|matter', 'mutual(?:ly)? benefi(?:t|cial)|benefi(?:t|cial) (?:to|for) (?:us )?both|both of us|of interest to you|interest you'),
    /\b(?:reply|respond|get back to me|write back|write (?:to )?me|e-?mail me|contact me|answer|hear from you|your response)\b/],
  ['de',
    either('wichtig(?:e|es|en|er)?|dringend(?:e|es|en|er)?|vertraulich(?:e|es|en|er)?|ernst(?:e|es|en|er|haft)?', 'besprechen|bereden|erortern|mitteilen|erzahlen|sprechen',
      'vorschlag|angebot|geschaft|geschaftsvorschlag|angelegenheit|projekt', 'fur uns beide|beiderseitig(?:e|en|er)?|von vorteil|gegenseitig(?:e|en|er)?|interessieren'),
    /\b(?:antworten|antworte|antwort|melden sie sich|melde dich|ruckmeldung|kontaktieren sie mich|schreiben sie mir|schreiben sie an|schreib mir)\b/],
  ['fr',
    either('important(?:e|es|s)?|urgent(?:e|es|s)?|confidentiel(?:le|les|s)?|serieu(?:x|se|ses)|grave', 'discuter|parler|entretenir|communiquer|partager|traiter|confier|vous faire part',
      'proposition|affaire|offre|projet|opportunite', 'pour nous deux|mutuellement|vous interesser|avantageu(?:x|se)|benefique'),
    /\b(?:repondre|repondez|reponds|reponse|contactez-moi|ecrivez-moi|m'ecrire|me contacter|revenir vers moi|votre retour)\b/],
  ['es',
    either('importan(?:te|tes|cia)|urgente|confidencial|seri[oa]', 'tratar|hablar|discutir|discusion|comentar(?:le|te)?|compartir|conversar|conversacion',
      'propuesta|negocio|oferta|proyecto|oportunidad|asunto', 'para ambos|mutuo|beneficioso|interesarle'),
    /\b(?:responda|respondame|responder|conteste|contesteme|contestar|respuesta|contacteme|escribame|escribeme)\b/],
  ['pt',
    either('importante|urgente|confidencial|seri[oa]', 'tratar|falar|discutir|discussao|conversar|conversa|partilhar|compartilhar',
      'proposta|negocio|oferta|projeto|oportunidade|assunto', 'para ambos|para nos dois|mutuo|vantajos[oa]|benefico|interessar'),
    /\b(?:responda|responder|resposta|retorno|aguardo|contate-me|escreva-me|me escreva|escreva para)\b/],
  ['it',
    either('important[ei]|urgent[ei]|riservat[ao]|confidenziale|seri[ao]', 'parlar(?:e|le|ti|ne|vi)|discutere|discuterne|trattare|comunicar(?:e|le|ti)|condividere',
      'proposta|affare|offerta|progetto|opportunita|collaborazione', 'per entrambi|per tutti e due|reciproc[oa]|vantaggios[oa]|interessarla|interessarti'),
    /\b(?:rispondere|rispondermi|risponda|rispondi|risposta|contattarmi|mi contatti|scrivermi|mi scriva|sue notizie|tue notizie)\b/],
  ['nl',
    either('belangrijk(?:e)?|dringend(?:e)?|vertrouwelijk(?:e)?|ernstig(?:e)?', 'bespreken|praten|vertellen|delen|overleggen',
      'voorstel|zaak|aanbod|project|kans', 'voor ons beiden|voor ons allebei|wederzijds(?:e)?|voordelig|interesseren'),
    /\b(?:antwoord|antwoorden|beantwoorden|reageer|reageren|laat (?:het )?(?:mij|me) weten|neem contact|hoor graag|schrijf (?:mij|me)|mail (?:mij|me))\b/],
  ['ja', lazyRegExp(() => /(?:重要|大切|大事|緊急|内密)[^。！？\n]{0,30}?(?:相談|お話|話し|お伝え|伝え)|(?:相談|お話|話し|お伝え|伝え)[^。！？\n]{0,30}?(?:重要|大切|大事|緊急|内密)|(?:お互い|双方)[^。！？\n]{0,15}?(?:利益|メリット|得)|(?:ビジネス|事業|取引)の(?:ご)?提案/), /返信|ご連絡|お返事|返事/],
];

export interface MatterOpener {
  lang: string;
  matter: string;
  reply: string;
}

/** A short first message with no link whose whole story is a matter to discuss and an answer asked (see above), or null. */
export function matterOpener(msg: ParsedMessage): MatterOpener | null {
  // Cheapest first: longer mail is no opener (the stranger's longer letter is bec-opener's CONTENT_STRANGER_LETTER).
  const shown = shownText(msg);
  if (msg.attachments.length > 0 || shown.length > 2 * MAX_TEXT) return null;
  const body = shown.trim();
  if (body.length > MAX_TEXT || body.length === 0 || htmlWebLinkCount(msg) > 0 || body.includes('://') || body.includes('www.')) return null;
  if (inConversationOrList(msg) || /^>/m.test(body)) return null;
  const folded = foldLetter(msg.subject.slice(0, 512), body);
  for (const [lang, matter, reply] of MATTER) {
    const m = matter().exec(folded);
    if (!m) continue;
    const r = reply.exec(folded);
    if (r) return { lang, matter: m[0], reply: r[0] };
  }
  return null;
}

export function matterOpenerCheck(): Check {
  return {
    name: 'content.matter-opener',
    description: 'A short first message with no link that only says there is an important matter to discuss and asks for an answer (the advance-fee opener)',
    emits: ['CONTENT_MATTER_OPENER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = matterOpener(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_MATTER_OPENER', evidence: `${found.lang}: "${found.matter}" … "${found.reply}"`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
