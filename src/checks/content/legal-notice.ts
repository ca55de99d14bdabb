import { registrableDomain } from '../../brands/registry.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import { isAscii } from '../../mail/text-chars.js';
import { foldMayMatchAll, gramGate } from './head-grams.js';
import { termWords } from './match.js';
import { headRead } from './scam-structure.js';

/**
 * A court or legal notice served by e-mail link (issue 17): the subject or the sender's display name announces a
 * summons, a judicial or extrajudicial notification, a subpoena — "INTIMAÇÃO 991122", "Intimação judicial – confira
 * seus dados", "NOTIFICAÇÃO JUDICIAL", "Vorladung", "Citación judicial", "Dagvaarding" — and the message links to a
 * page at another domain than the sender's. Courts serve through their own domains and portals, not through a link to
 * someone else's site; the page behind such a link serves "the document" (a download) or asks for data (a form), and
 * the lures of this shape in the honeypot lead to both. The composites decide the class: malware (the document it
 * offers), or phishing when the message asks for credentials.
 *
 * Only terms that address the reader as a party are read, never news words (`lawsuit`, `court`, `tribunal` alone: a
 * newspaper's headline), and whole words of the envelope (`solicitação` is not `citação`, `Einladung` not `Ladung`).
 * Bounded: the envelope's first MAX_CHARS characters, the first MAX_LINKS links.
 */
const MAX_CHARS = 1024;
const MAX_LINKS = 200;

/** Words and phrases (accents removed, lower case) per language. */
const TERMS: readonly string[] = [
  // pt
  'intimacao', 'intimacoes', 'intimado', 'intimada', 'citacao judicial', 'mandado de citacao', 'mandado de intimacao', 'notificacao judicial',
  'notificacao extrajudicial', 'oficial de justica', 'acao judicial contra', 'processo judicial contra', 'audiencia de conciliacao',
  // Session 40: a labour lawsuit named as the reader's ("Processo Trabalhista", "Reclamação Trabalhista": a claim filed against an employer).
  'processo trabalhista', 'reclamacao trabalhista', 'acao trabalhista',
  // es
  'citacion judicial', 'citacion a juicio', 'notificacion judicial', 'emplazamiento judicial', 'convocatoria judicial', 'requerimiento judicial', 'demanda judicial en su contra',
  // de
  'vorladung', 'gerichtliche ladung', 'ladung zur verhandlung', 'ladung zur mundlichen verhandlung', 'terminsladung', 'mahnbescheid', 'gerichtsvollzieher', 'gerichtliche mitteilung', 'gerichtlicher bescheid',
  // fr
  'assignation', 'citation a comparaitre', 'citation en justice', 'convocation judiciaire', 'convocation au tribunal', 'avis judiciaire', 'huissier de justice', 'commissaire de justice',
  // nl
  'dagvaarding', 'gerechtelijke', 'gerechtsdeurwaarder', 'deurwaarder',
  // it
  'citazione in giudizio', 'atto di citazione', 'decreto ingiuntivo', 'notifica giudiziaria', 'atto giudiziario', 'ufficiale giudiziario',
  // en
  'summons', 'subpoena', 'court summons', 'court notice', 'notice to appear', 'judicial notice', 'judicial notification', 'notice of hearing',
];

const PHRASES: readonly string[][] = TERMS.map((t) => t.split(' '));
/** PHRASES by their first word, each list in PHRASES' order: a word of the text is looked up once, not tried against every phrase. */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of PHRASES) {
  const list = PHRASES_BY_FIRST.get(phrase[0]!);
  if (list) list.push(phrase);
  else PHRASES_BY_FIRST.set(phrase[0]!, [phrase]);
}

/**
 * Session 42 (issue 17, engineer mal42): ja, read as substrings (Japanese writes no spaces between words): the documents a
 * court serves on a party — the complaint (訴状: 「訴状のお知らせ」「訴状送達のお知らせ」), the summons (呼出状, 召喚状,
 * 期日呼出状), the court's payment order (支払督促), the seizure notice of a court (差押命令), the notice of a suit filed
 * against the reader (訴訟提起のお知らせ / 訴訟予告通知), a judgment against the reader in absence (欠席判決) — never 裁判所 or
 * 訴訟 alone (news words).
 */
const JA_TERMS: readonly string[] = ['訴状', '呼出状', '召喚状', '支払督促', '差押命令', '訴訟提起', '訴訟予告', '欠席判決'];
const ACCENTS = /[\u0300-\u036f]/g;

export interface LegalNotice {
  term: string;
  /** The first clicked link's host at another domain than the sender's. */
  host: string;
}

const registrable = (host: string): string => registrableDomain(host) ?? host;

/** The first legal-notice term in `text` (its first MAX_CHARS characters), or undefined. */
function legalTerm(text: string): string | undefined {
  const head = text.slice(0, MAX_CHARS);
  // ASCII text holds no Japanese term and is its own NFD form, with no accent to remove.
  const ascii = isAscii(head);
  if (!ascii) for (const term of JA_TERMS) if (head.includes(term)) return term;
  const words = termWords(ascii ? head : head.normalize('NFD').replace(ACCENTS, '')).words;
  for (let i = 0; i < words.length; i++) {
    const phrases = PHRASES_BY_FIRST.get(words[i]!);
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (i + phrase.length > words.length) continue;
      if (phrase.every((w, k) => words[i + k] === w)) return phrase.join(' ');
    }
  }
  return undefined;
}

/** Characters of the shown text read for a summons written in the letter (session 57). */
const TEXT_CHARS = 1_500;
/** Characters of one sentence read (a longer one is cut). */
const SENTENCE_CHARS = 400;

/**
 * Session 57 (helper det57): the reader summoned, in the second person, in the letter itself (lower case, accents removed) —
 * en "you are (hereby) summoned / required to appear", de "Sie werden (hiermit …) vorgeladen", fr "vous êtes convoqué(e)",
 * es "queda usted citado", "se le cita", it "lei è convocato", pt "fica V.Sa. intimado(a)", nl "u wordt opgeroepen". A meeting's
 * convocation says the same ("vous êtes convoqués à l'assemblée générale", "siete convocati all'assemblea"): SUMMONS_CONTEXT must
 * be in the same sentence. Each repetition is bounded; one sentence of at most SENTENCE_CHARS is read at a time.
 */
const SUMMONED =
  /\byou (?:are|have been) (?:hereby |now )?(?:summoned|summonsed|required to appear|ordered to appear|called to appear|requested to appear|cited to appear)\b|\byou must (?:personally )?appear\b|\b(?:sie|du) (?:werden|wurden|sind|wirst|bist)\b[^!?;]{0,80}\b(?:vorgeladen|geladen)\b|\bvous (?:etes|avez ete) (?:convoque|cite|assigne)(?:e|\(e\)|es|s)?\b|\b(?:queda|esta|ha sido|resulta) (?:usted |ud\. )?(?:citad[oa]|emplazad[oa]|convocad[oa])\b|\bse le (?:cita|emplaza|convoca)\b|\b(?:lei|la s\.?v\.?|ella) (?:e|viene|e stat[oa]) (?:convocat[oa]|citat[oa])\b|\b(?:e|viene) (?:convocat[oa]|citat[oa]) (?:presso|a comparire|in qualita)\b|\bfica (?:(?:v\.? ?s\.?a\.?|vossa senhoria|o senhor|a senhora|voce) )?(?:intimad[oa]|citad[oa]|notificad[oa])(?:\((?:a|o)\))?\b|\b(?:voce|v\.? ?s\.?a\.?) (?:esta|foi|e) (?:intimad|citad|convocad)[oa]?\b|\bu (?:wordt|bent) (?:hierbij |bij deze )?(?:opgeroepen|gedagvaard|ontboden)\b/;
/**
 * Where or why the summons says the reader must appear: the police, a court, a judge, a hearing or an interrogation, a
 * case, the accused or a witness (en, de, fr, es, it, pt, nl; lower case, accents removed).
 */
const SUMMONS_CONTEXT =
  /\b(?:police|polizei|kriminalpolizei|politie|polizia|policia|gendarmerie|commissariat|questura|carabinieri|caserma|comisaria|delegacia|court|courthouse|magistrates?|judge|tribunal|tribunale|gericht|amtsgericht|landgericht|rechtbank|juzgado|juez|giudice|juge|richter|rechter|hearing|verhandlung|vernehmung|verhoor|zitting|audiencia|audience|udienza|interrogatorio|interrogatoire|audition|comparecer|comparaitre|comparire|verschijnen|zaak|rechtszaak|procedure|procedimento|procedimiento|processo|proceso|verfahren|enquete|ermittlung\w{0,8}|onderzoek|indagine|investigacion|investigation|beschuldigte[rn]?|accuse|imputado|indagato|verdachte|witness|zeuge|getuige|temoin|testigo|testimone|magistrat|staatsanwaltschaft|parquet|procura|fiscalia|ministerio publico|officier van justitie)\b/;
/**
 * A case, a complaint or proceedings against the reader, named as such (en, de, fr, es, it, pt, nl): "gegen Sie wurde ein
 * Ermittlungsverfahren eingeleitet", "une procédure a été ouverte contre vous", "procedimento a suo carico", "una denuncia en su
 * contra", "processo contra você", "een procedure tegen u". The legal noun and the reader, a few words apart; bounded.
 */
const AGAINST_YOU =
  /\b(?:case|proceedings|lawsuit|legal action|complaint|warrant|investigation)s? (?:has been |have been |was |were )?(?:opened |filed |issued |started |initiated |brought )?against you\b|\bwarrant for your arrest\b|\bgegen sie\b[^.!?;]{0,40}\b(?:ermittlungsverfahren|strafverfahren|verfahren|strafanzeige|anzeige|haftbefehl)\b|\b(?:ermittlungsverfahren|strafverfahren|strafanzeige|haftbefehl) gegen sie\b|\b(?:procedure|plainte|poursuites?|enquete|mandat)s? (?:judiciaires? |penales? )?(?:a ete |ont ete |est |sont )?(?:ouvertes? |deposees? |engagees? |lancees? |delivres? )?contre (?:vous|votre societe|votre entreprise)\b|\b(?:procedimento|denuncia|segnalazione|indagine|querela|fascicolo|procedura) (?:penale |giudiziari[oa] )?(?:aperto |apert[oa] |depositat[oa] )?a (?:suo|tuo|vostro) carico\b|\b(?:demanda|denuncia|procedimiento|proceso|querella|investigacion|orden de arresto)s? (?:judicial |penal )?(?:en su contra|contra usted|en tu contra|contra ti)\b|\b(?:processo|acao|denuncia|investigacao|mandado de prisao|queixa)s? (?:judicial |criminal |penal )?(?:aberto |aberta |movid[oa] )?contra (?:voce|o senhor|a senhora|v\.? ?s\.?a\.?|sua empresa)\b|\b(?:procedure|aangifte|proces-verbaal|rechtszaak|onderzoek|dagvaarding) (?:is )?(?:gestart |ingediend |opgemaakt |aangespannen )?tegen u\b/;

/**
 * Sentences end at a question or exclamation mark, a semicolon, a line break or a full stop before a blank — not the dot of an
 * abbreviation of one to three letters ("V.Sa.", "Ud.", "S.V.", "Az.").
 */
const SENTENCE_END = /[!?;\n]|(?<!(?:^|[^a-z])[a-z]{1,3})\.(?=\s|$)/;

/**
 * The summons or the case against the reader written in the letter's opening (its first TEXT_CHARS characters of shown text, lower
 * case, accents removed), sentence by sentence: the phrase read (SUMMONED with a SUMMONS_CONTEXT word in the same sentence, or
 * AGAINST_YOU), or undefined.
 */
export function summonsInText(text: string, mayHold = true): string | undefined {
  if (!mayHold) return undefined;
  const head = text.slice(0, TEXT_CHARS);
  // Japanese, read as written (no spaces between words; NFD would split the kana's voicing marks off).
  if (!isAscii(head)) {
    const against = JA_AGAINST_YOU.exec(head);
    if (against) return against[0];
    const summoned = JA_SUMMONED.exec(head);
    if (summoned && JA_SUMMONS_CONTEXT.test(head.slice(Math.max(0, summoned.index - 120), summoned.index + 120))) return summoned[0];
  }
  const folded = (isAscii(head) ? head : head.normalize('NFD').replace(ACCENTS, '')).toLowerCase();
  if (!SUMMONS_HINT.test(folded)) return undefined;
  let rest = folded;
  while (rest.length > 0) {
    const end = SENTENCE_END.exec(rest);
    const cut = end ? end.index + 1 : rest.length;
    const sentence = rest.slice(0, Math.min(cut, SENTENCE_CHARS)).replace(/\s+/g, ' ');
    rest = rest.slice(cut);
    const against = AGAINST_YOU.exec(sentence);
    if (against) return against[0];
    const summoned = SUMMONED.exec(sentence);
    if (summoned && SUMMONS_CONTEXT.test(sentence)) return summoned[0];
  }
  return undefined;
}
/**
 * Session 57: the same in Japanese — the reader told to appear (出頭してください, 出頭願います, 出頭するよう求め…, 出頭を命じます) with the
 * police, a court or a prosecutor within 120 characters (JA_SUMMONS_CONTEXT), or a complaint or case against the reader
 * (あなたに対する告訴 / 訴訟 / 被害届, あなたを被告とする).
 */
const JA_SUMMONED = /出頭(?:してください|して下さい|願います|するよう(?:お願い|求め|命じ)|を命じます|を求めます)/u;
const JA_SUMMONS_CONTEXT = /警察|警察署|裁判所|検察|捜査|取り調べ|取調べ|事情聴取/u;
const JA_AGAINST_YOU = /(?:あなた|貴殿|貴方)(?:様)?に対する(?:告訴|訴訟|被害届|刑事告訴|捜査|逮捕状)|(?:あなた|貴殿|貴方)(?:様)?を被告とする/u;

/** Words one of SUMMONED or AGAINST_YOU holds, looked for before the sentences are read (most letters have none). */
const SUMMONS_HINT = /summon|appear|vorgeladen|geladen|convoqu|cite|assign|citad|emplaz|convoc|intimad|notificad|opgeroepen|gedagvaard|ontboden|against you|gegen sie|contre|carico|contra|tegen u|arrest/;
/**
 * Session 58 (helper draw15h, issue 18): SUMMONS_HINT's words asked of the head's letter trigrams (headRead, read once a message
 * for the family's other checks) before the letter is lower-cased and SUMMONS_HINT runs over its 1,500 characters. Exact: only a
 * text whose first TEXT_CHARS characters are all ASCII is gated, whose fold is its lower case letter for letter, so a match of
 * SUMMONS_HINT there stands in the text in some case, its runs of letters in runs of ASCII letters, and their trigrams are in
 * the table (head-grams.ts); every other match of summonsInText needs SUMMONS_HINT's first. Session 59 (helper draw16h): a text
 * with a character beyond ASCII there, which was read whole, is asked of the trigrams of its own fold (foldedGrams).
 */
const SUMMONS_GRAMS = gramGate(SUMMONS_HINT.source.split('|'));
const SUMMONS_GATES = [SUMMONS_GRAMS];
/** CJK punctuation, kana and the unified ideographs: every JA_ pattern's match holds one. */
const JA_LETTERS = /[\u3000-\u9fff]/;
/** Whether the message's shown text may hold a summons (false: summonsInText(msg.visibleText) is undefined). */
export function summonsMayHold(msg: ParsedMessage): boolean {
  // headRead reads shownText(msg): the visible text when it has any (an empty one holds no summons).
  const read = headRead(msg);
  // Session 59 (helper draw16h): the head summonsInText reads, in its fold's letters (foldMayMatchAll: exact, head-grams.ts says
  // why); the Japanese patterns are read as written and need a character of U+3000–U+9FFF, so only a head beyond ASCII holds one.
  if (read.firstOther >= 0 && read.firstOther < TEXT_CHARS && JA_LETTERS.test(msg.visibleText.slice(0, TEXT_CHARS))) return true;
  return foldMayMatchAll(read, msg.visibleText, TEXT_CHARS, SUMMONS_GATES);
}

export function legalNotice(msg: ParsedMessage): LegalNotice | null {
  const term = legalTerm(`${msg.subject}\n${msg.from[0]?.name ?? ''}`) ?? summonsInText(msg.visibleText, summonsMayHold(msg));
  if (!term) return null;
  return legalNoticeLinks(msg, term);
}

/**
 * legalNotice past its gate (a legal term in the subject or the sender's name: few messages). Apart so the gate is a small
 * function V8 optimises early; in one function the whole was first optimised only after ~9,000 messages, a compile
 * inside the bench's timed passes in each worker (NOTES, issue 18, session 42, late42).
 */
function legalNoticeLinks(msg: ParsedMessage, term: string): LegalNotice | null {
  const sender = registrable((msg.from[0]?.asciiDomain || msg.from[0]?.domain || '').toLowerCase());
  const hrefs = msg.htmlFacts.links.filter((l) => l.kind === 'a' || l.kind === 'area' || l.kind === 'form').map((l) => l.href);
  for (const m of `${msg.text}\n${msg.visibleText}`.slice(0, 20_000).matchAll(/\bhttps?:\/\/[^\s<>"')]+/gi)) hrefs.push(m[0]);
  for (const href of hrefs.slice(0, MAX_LINKS)) {
    let host: string;
    try {
      const url = new URL(href.trim());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      host = url.hostname.toLowerCase();
    } catch {
      continue;
    }
    if (host && registrable(host) !== sender) return { term, host };
  }
  return null;
}

/** Document files a notice is "attached" as: PDF, word-processor and spreadsheet files, by name or declared type. */
const DOCUMENT_NAME = /\.(?:pdf|docx?|docm|odt|rtf|xlsx?|xlsm|ods)$/i;
const DOCUMENT_TYPE = /^application\/(?:pdf|msword|rtf|vnd\.openxmlformats-officedocument\.|vnd\.ms-excel|vnd\.oasis\.opendocument\.)/;
/** At most this many attachments are read for a file name. */
const MAX_ATTACHMENTS = 20;

export interface LegalDocument {
  term: string;
  /** Where the term was read: the envelope (subject or sender name) or the document's file name. */
  where: 'envelope' | 'file name';
  /** The document's file name ('' when it has none). */
  file: string;
}

/**
 * Session 40 (issue 17): the same court or legal notice served as an attached document — the term in the subject, the
 * sender's name or the document's file name (`Processo Trabalhista.pdf`, `Intimacao_Judicial.pdf`), and a PDF or office
 * file attached. Whether the document is only a link (the process "to be downloaded") is the attachment checks' finding;
 * a composite weighs the two. Informational alone: a lawyer sends a summons as a PDF too.
 */
export function legalDocument(msg: ParsedMessage): LegalDocument | null {
  const documents = msg.attachments.slice(0, MAX_ATTACHMENTS).filter((a) => DOCUMENT_NAME.test(a.filename) || DOCUMENT_TYPE.test(a.declaredType));
  if (!documents.length) return null;
  const envelope = legalTerm(`${msg.subject}\n${msg.from[0]?.name ?? ''}`);
  if (envelope) return { term: envelope, where: 'envelope', file: documents[0]!.filename };
  for (const a of documents) {
    // File names join words with _ - . and often no spaces: read them as words.
    const term = legalTerm(a.filename.replace(/[_.\-+]+/g, ' '));
    if (term) return { term, where: 'file name', file: a.filename };
  }
  return null;
}

export function legalNoticeCheck(): Check {
  return {
    name: 'content.legal-notice',
    description: 'The subject, the sender name or the letter serves a court or legal notice (summons, judicial notification) and the message links to another domain, or the notice comes as an attached document',
    emits: ['CONTENT_LEGAL_NOTICE', 'CONTENT_LEGAL_NOTICE_DOCUMENT'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: CheckOutput['findings'] = [];
      const found = legalNotice(msg);
      if (found) findings.push({ id: 'CONTENT_LEGAL_NOTICE', evidence: `"${found.term}" in the subject, the sender name or the letter, and a link to ${found.host}`, data: { ...found } });
      const document = legalDocument(msg);
      if (document) {
        const where = document.where === 'envelope' ? 'the subject or sender name' : 'the file name';
        findings.push({ id: 'CONTENT_LEGAL_NOTICE_DOCUMENT', evidence: `"${document.term}" in ${where}, with the document ${document.file || '(unnamed)'} attached`, data: { ...document } });
      }
      return { findings };
    },
  };
}
