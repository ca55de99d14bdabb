import { foldBrandText, foldBrandWords } from '../../brands/normalize.js';
import { isRoleWord } from '../../brands/registry.js';
import type { ParsedMessage } from '../../mail/types.js';
import { hostParts } from '../../links/registrable.js';
import { isAscii } from '../../mail/text-chars.js';

/**
 * Impersonation without a registry entry: the display name names an organisation (a regional bank, a
 * tax office, a toll service, a wallet) and neither the sender's domain nor any linked domain has anything
 * to do with that name. A registry will always trail the organisations phishing imitates; the mismatch
 * between who the message says it is and where it comes from and leads to does not need one.
 *
 * A display name counts as an organisation (rather than a person, whose name rarely appears in any
 * domain either) when it carries an organisation cue — a role word (`Support`, `Kundenservice`,
 * `Atendimento`) or a word of the kinds of organisation phishing imitates (`Bank`, `Post`, `Federal`,
 * `Toll`, `Wallet`; not `Club` or `Shop`, which name any newsletter) — or when the message repeats the
 * name as its own (twice in subject and text: `Correios … © Correios 2024`).
 */

/** Words that make a display name an organisation's (folded as foldBrandText folds them; any language). */
const ORGANISATION_WORDS = new Set(
  [
    'bank', 'banco', 'banque', 'banca', 'sparkasse', 'kasse', 'finanzamt', 'receita', 'fazenda', 'federal', 'government',
    'gouvernement', 'regierung', 'ministry', 'ministerio', 'ministère', 'tax', 'steuer', 'impots', 'impôts', 'revenue', 'customs', 'zoll',
    'alfandega', 'alfândega', 'aduana', 'douane', 'police', 'polizei', 'policia', 'polícia', 'court', 'tribunal', 'gericht', 'justice',
    'justiça', 'justicia', 'toll', 'maut', 'peaje', 'post', 'poste', 'posta', 'correio', 'correo', 'parcel', 'delivery', 'courier',
    'paket', 'pakket', 'colis', 'encomenda', 'insurance', 'versicherung', 'seguros', 'assurance', 'verzekering', 'wallet', 'exchange',
    'crypto', 'airdrop', 'airlines', 'airways', 'telecom', 'antivirus', 'webmail', 'mailbox', 'payroll', 'helpdesk',
    'foundation', 'stiftung', 'fondation', 'fundação', 'fundacao', 'fundación', 'fundacion', 'stichting', 'fondazione',
    // Session 57 (helper det57): the public authorities the lures borrow in it, nl, es, fr, de by the words of their own names —
    // police, courts and prosecutors, ministries, tax and customs offices ("Agenzia delle Entrate", "Polizia di Stato",
    // "Questura di Roma", "Rechtbank Amsterdam", "Juzgado de Primera Instancia", "Ministerie van Financiën").
    'politie', 'polizia', 'gendarmerie', 'carabinieri', 'questura', 'tribunale', 'rechtbank', 'juzgado', 'procura', 'fiscalia',
    'fiscalía', 'staatsanwaltschaft', 'ministero', 'ministerie', 'ministerium', 'entrate', 'tributaria', 'hacienda',
    'belastingdienst', 'dgfip', 'dogana', 'dogane', 'douanes',
  ].map((w) => foldBrandWords(w)),
);

/**
 * Session 57 (helper det57): organisation words that alone name a public authority — a display name of that one word
 * ("Finanzamt", "Polizei", "Belastingdienst", "Hacienda", "DGFiP") is its claim, where one generic word ("Bank", "Post",
 * "Delivery") says too little.
 */
const AUTHORITY_NAMES = new Set(
  [
    'finanzamt', 'polizei', 'politie', 'polizia', 'policia', 'polícia', 'police', 'gendarmerie', 'carabinieri', 'questura',
    'belastingdienst', 'hacienda', 'dgfip', 'receita', 'staatsanwaltschaft', 'fiscalia', 'fiscalía', 'zoll', 'douane', 'aduana',
  ].map((w) => foldBrandWords(w)),
);

/**
 * Session 57: the organisation words (and compound tails) that name a public authority — government, ministries, tax and customs
 * offices, police, courts and prosecutors — rather than a company: a display name with one claims an authority
 * (OrganisationClaim.authority; the sender family reports it as FROM_AUTHORITY_CLAIMED too).
 */
const AUTHORITY_WORDS = new Set(
  [
    'finanzamt', 'receita', 'fazenda', 'government', 'gouvernement', 'regierung', 'ministry', 'ministerio', 'ministère', 'ministero',
    'ministerie', 'ministerium', 'impots', 'impôts', 'revenue', 'customs', 'zoll', 'alfandega', 'alfândega', 'aduana', 'douane',
    'douanes', 'dogana', 'dogane', 'police', 'polizei', 'policia', 'polícia', 'politie', 'polizia', 'gendarmerie', 'carabinieri',
    'questura', 'court', 'tribunal', 'tribunale', 'gericht', 'rechtbank', 'juzgado', 'procura', 'fiscalia', 'fiscalía',
    'staatsanwaltschaft', 'justice', 'justiça', 'justicia', 'entrate', 'tributaria', 'hacienda', 'belastingdienst', 'dgfip',
  ].map((w) => foldBrandWords(w)),
);

/**
 * Session 57: words of the clubs, unions and societies named after an authority (`Polizei Sportverein Hamburg`, `Gewerkschaft der
 * Polizei`, `Police Federation`, `Politie Sport Vereniging`): the name is theirs, not the authority's — still an organisation, no
 * authority claimed.
 */
const ASSOCIATION_WORDS = new Set(
  [
    'verein', 'sportverein', 'club', 'klub', 'association', 'gewerkschaft', 'union', 'federation', 'vereniging', 'associazione',
    'asociacion', 'asociación', 'associacao', 'associação', 'chor', 'choir', 'band', 'museum', 'museo', 'musee', 'musée', 'society',
    'league', 'liga', 'sportclub', 'sportvereniging', 'fanclub', 'alumni', 'veterans', 'veteranen', 'pensioners', 'retirees',
  ].map((w) => foldBrandWords(w)),
);

/**
 * Session 57: organisation words that are also given names, which a person's two-word name begins with ("Justice Smith"): there
 * the word is the person's name, not a cue ("Ministry of Justice", "Department of Justice" keep it).
 */
const GIVEN_NAME_CUES = new Set(['justice'].map((w) => foldBrandWords(w)));

/** A word in the possessive ("Maria's", "Tony’s"): a name with one is a person's own business, named after its owner. */
const POSSESSIVE = /\p{L}['’]s(?![\p{L}\p{N}])/u;

/**
 * Organisation words that end a compound name (German and Dutch write them together: `Consorsbank`, `Raiffeisenbank`,
 * `Ostseesparkasse`, `Allianzversicherung`): the whole word is the organisation's name and the tail its cue.
 */
const COMPOUND_TAILS = ['bank', 'kasse', 'versicherung', 'verzekering', 'polizei', 'gericht'].map((w) => foldBrandWords(w));
const MIN_COMPOUND_LENGTH = 7;
/** The authorities' compound tails (session 57). */
const POLIZEI = foldBrandWords('polizei');
const GERICHT = foldBrandWords('gericht');
/** Whether a folded word ends in one of COMPOUND_TAILS (a loop, not an arrow made per word: NOTES, issue 18, session 21). */
function endsWithCompoundTail(folded: string): boolean {
  for (const tail of COMPOUND_TAILS) if (folded.endsWith(tail)) return true;
  return false;
}
/** Compounds with those tails that are no bank or insurer: a casino (`Spielbank`), a database, a food bank. */
const NOT_COMPOUND_ORGANISATIONS = new Set(['spielbank', 'datenbank', 'databank', 'foodbank', 'hauptgericht', 'lieblingsgericht', 'tagesgericht'].map((w) => foldBrandWords(w)));

/**
 * Session 58 (helper det58): public authorities named in Japanese, Chinese or Korean — courts, police and their investigation
 * sections, prosecutors, tax and customs offices, ministries and agencies, city and ward offices, the pension service
 * (`東京地方裁判所`, `警視庁`, `捜査課`, `国税庁`, `税務署`, `市役所`, `日本年金機構`, `人民法院`, `公安局`, `税务局`, `경찰청`, `국세청`,
 * `서울중앙지방검찰청`). Read as substrings of a display-name word (these scripts write a name without spaces), NFKC. A word that
 * ends in 庁 or 省 is an agency's or a ministry's (`金融庁`, `デジタル庁`, `財務省`, `法務省`).
 */
const CJK_AUTHORITY_TERMS = [
  // ja
  '裁判所', '検察庁', '検察', '警察', '警視庁', '県警', '府警', '道警', '捜査', '国税', '税務署', '税関', '年金機構', '年金事務所',
  '市役所', '区役所', '町役場', '村役場', '役所', '県庁', '都庁', '府庁', '道庁', '法務局', '入国管理', '犯罪対策',
  // zh (simplified and traditional)
  '法院', '公安', '派出所', '检察', '檢察', '税务', '稅務', '海关', '海關', '政府',
  // ko
  '경찰', '검찰', '법원', '국세청', '세무서', '관세청', '세관', '금융감독원',
];
/** Session 58: the endings of an agency's or a ministry's name in Japanese and Chinese (`金融庁`, `財務省`). */
const CJK_AUTHORITY_ENDINGS = ['庁', '省'];
/**
 * Session 58: words of the unions, mutual-aid societies, clubs and associations named after an authority (`警察共済組合`,
 * `裁判所職員組合`, `警察官友の会`, `경찰공무원노동조합`): theirs, not the authority's — no claim, as ASSOCIATION_WORDS for Latin names.
 */
const CJK_ASSOCIATION_TERMS = ['組合', '協会', '協會', '协会', '連合会', '友の会', '同好会', 'クラブ', '後援会', '共済', '工会', '俱乐部', '俱樂部', '조합', '노조', '협회', '동호회'];

/** Session 58: whether a display-name word of no Latin letter names an association (CJK_ASSOCIATION_TERMS). */
function cjkAssociationWord(word: string): boolean {
  for (const t of CJK_ASSOCIATION_TERMS) if (word.includes(t)) return true;
  return false;
}

/** Session 58: whether a display-name word of no Latin letter names a public authority (CJK_AUTHORITY_TERMS, CJK_AUTHORITY_ENDINGS). */
export function cjkAuthorityWord(word: string): boolean {
  if (cjkAssociationWord(word)) return false;
  for (const t of CJK_AUTHORITY_TERMS) if (word.includes(t)) return true;
  return word.length >= 2 && CJK_AUTHORITY_ENDINGS.includes(word[word.length - 1]!);
}

/**
 * Session 58: public suffixes of governments — `gov`, `gob`, `gouv`, `govt`, `gv`, `mil` as identity.ts reads them, and the second
 * levels of Japan's and Korea's ministries and local governments (`go.jp`, `lg.jp`, `go.kr`), Brazil's courts and prosecutors
 * (`jus.br`, `mp.br`), the UK's police (`police.uk`) and international organisations (`.int`).
 */
const GOVERNMENT_SUFFIX = /(?:^|\.)(?:gov|gob|gouv|govt|gv|mil|go|lg|jus|mp|police|int)(?:\.|$)/;
/** Registrable domains of governments under an ordinary suffix: Korea's `korea.kr`, Japan's prefectures and cities (`pref.aichi.jp`, `city.chiba.jp`, `metro.tokyo.jp`). */
const GOVERNMENT_REGISTRABLE = /^(?:korea\.kr|(?:pref|city|metro|town|vill)\.[a-z-]+\.jp)$/;

/** Session 58: whether a host is a government's (GOVERNMENT_SUFFIX, GOVERNMENT_REGISTRABLE). */
export function governmentHost(host: string): boolean {
  const parsed = hostParts(host.toLowerCase());
  if (!parsed.publicSuffix) return false;
  // `mp` alone is the Northern Mariana Islands' top-level domain, sold to anyone; Brazil's prosecutors are `mp.br`.
  const suffix = parsed.publicSuffix;
  return (suffix !== 'mp' && GOVERNMENT_SUFFIX.test(suffix)) || (!!parsed.domain && GOVERNMENT_REGISTRABLE.test(parsed.domain));
}

/**
 * Session 58: two-letter top-level domains that are sold as generic ones (`.io`, `.co`, `.me`, `.tv`): no country's authority
 * writes from them.
 */
const GENERIC_COUNTRY_CODES = new Set(['ac', 'ai', 'am', 'bz', 'cc', 'cf', 'co', 'cx', 'fm', 'ga', 'gg', 'gq', 'io', 'la', 'ly', 'me', 'ml', 'nu', 'pw', 'sh', 'so', 'st', 'su', 'sx', 'tk', 'to', 'tv', 'vc', 'ws']);
/** Top-level domains of governments and public institutions (not generic although longer than two letters). */
const PUBLIC_TOP_LEVEL = new Set(['gov', 'mil', 'int', 'edu']);

/**
 * Session 58: whether a host is registered under a generic top-level domain (`.com`, `.online`, `.net`, `.info`, `.org`, `.io`):
 * no public authority's, which writes from its country's domain or a government suffix. An authority's name spelled in such a
 * domain (`hacienda-devolucion.online`, `polizei-online-verfahren.com`) is the imitation's, and answers no claim to be it.
 */
export function genericTopLevelHost(host: string): boolean {
  const dot = host.lastIndexOf('.');
  const tld = (dot < 0 ? host : host.slice(dot + 1)).toLowerCase();
  if (!tld || PUBLIC_TOP_LEVEL.has(tld) || tld.startsWith('xn--')) return false;
  return tld.length !== 2 || GENERIC_COUNTRY_CODES.has(tld);
}

/** Function words and filler that never name an organisation. */
const FILLER = new Set(
  [
    'the', 'and', 'for', 'with', 'new', 'your', 'our', 'you', 'this', 'that', 'now', 'today', 'here', 'reply', 'noreply', 'do', 'not',
    'und', 'der', 'die', 'das', 'dein', 'deine', 'ihr', 'ihre', 'von', 'vom', 'für', 'mit', 'een', 'het', 'van', 'voor', 'uw', 'les',
    'des', 'pour', 'votre', 'vos', 'los', 'las', 'del', 'para', 'con', 'sua', 'seu', 'seus', 'suas', 'dos', 'das', 'nao', 'não',
    'from', 'via', 'dear', 'hello', 'hi', 'message', 'nachricht', 'mensagem', 'mensaje', 'bericht',
    // The mail system's own name for its bounces (Postfix and Exim "Mail Delivery System", Sendmail "Mail Delivery
    // Subsystem"): it names no organisation (session 20; with organisation words, "Federal Court System", those still claim).
    'system', 'subsystem',
    // The bodies of a conference or a society named by what they do (`Program Committee`, `Organizing Committee`, `Comité
    // scientifique`, `Editorial Staff`): a function, no organisation's name, and no cue either (session 21: a conference's
    // slides shared on a file host read as an unknown organisation's). Not role words: those make the other words a claim.
    'committee', 'committees', 'comite', 'comité', 'komitee', 'ausschuss', 'commissie', 'comissão', 'comision', 'comisión',
    'organizers', 'organisers', 'organizer', 'organiser', 'organizing', 'organising', 'steering', 'scientific', 'scientifique',
    'editorial', 'secretariat', 'chairs', 'chair', 'staff',
    // A research group named by its work (`Study Team`, `Sleep Study Team`, `Research Team`, `Projektteam`, `Survey Lab`): a
    // university's invitation to a study writes from psych.uni.example, whose name holds none of these words (session 38: a
    // study's gift-card raffle read as an organisation impersonated). A named one still claims its name (`Walmart Survey`).
    'study', 'studies', 'studie', 'studien', 'etude', 'étude', 'estudio', 'estudo', 'research', 'forschung', 'onderzoek',
    'recherche', 'investigacion', 'investigación', 'pesquisa', 'survey', 'surveys', 'umfrage', 'enquete', 'enquête', 'encuesta',
    'project', 'projekt', 'projet', 'proyecto', 'projeto', 'lab', 'labs', 'labor', 'laboratory', 'laboratoire',
    // Session 57: the Italian articles joined to a preposition (`Agenzia delle Entrate`, `Ministero della Giustizia`).
    'della', 'delle', 'dello', 'degli', 'dei',
  ].map((w) => foldBrandWords(w)),
);

/**
 * Session 65 (helper brand66): whether a folded word is filler, a preposition or an organisation word (`bank`, `post`,
 * `federal`): no organisation's own name (claimed-name-links reads the other words of a display name as the name).
 */
export function isOrganisationCueOrFiller(folded: string): boolean {
  return FILLER.has(folded) || PREPOSITIONS.has(folded) || ORGANISATION_WORDS.has(folded);
}

/** Letters an acronym needs to relate a name to a host label (unrelatedOrganisation). */
const ACRONYM_MIN = 3;

/** Two-letter prepositions: `Banco do …` is no initials (articles stay: organisations write them, `laposte.fr`). */
const PREPOSITIONS = new Set(['de', 'do', 'da', 'du', 'di', 'of', 'to', 'in', 'on', 'at', 'by', 'zu', 'te', 'op', 'em', 'en']);

/** An organisation a display name claims. Cue words are not part of its name: `Acme GmbH` is `acme`. */
export interface OrganisationClaim {
  /** The display name as written. */
  name: string;
  /** The distinctive words of the name (folded), none of which appears in the sender's or a linked domain. */
  words: string[];
  /** What made it an organisation's name. */
  cue: 'role word' | 'organisation word' | 'named in the message';
  /** Session 57: a word of the name names a public authority (AUTHORITY_WORDS: a tax office, the police, a court, a ministry). */
  authority?: true;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&.-]*/gu;
/** A word of two letters (an initial pair: `BB`, `Tf`). Module constants, not literals in the loop: a literal is a new RegExp per evaluation. */
const TWO_LETTERS = /^\p{L}{2}$/u;
const DIGIT = /\d/;

/** The phrase that names a relay after the sender's own name (`Jane via LinkedIn`, `Acme (via Mailchimp)`). */
const RELAY_PHRASE = /\s+(?:via|through|on behalf of)\s+|\s*\(via\b/iu;

/**
 * `name.split(RELAY_PHRASE)[0]` without the array and the copy of the pattern split makes: the text before the leftmost match
 * (the pattern matches no empty string, so split's first piece ends where the leftmost match starts), or all of it.
 */
export function beforeRelayPhrase(name: string): string {
  const relay = RELAY_PHRASE.exec(name);
  return relay ? name.slice(0, relay.index) : name;
}

/** `word.replace(/[.'’&-]+$/u, '')` by a loop from the end: the trailing run of `.`, `'`, `’`, `&` and `-` dropped. */
export function withoutTrailingMarks(word: string): string {
  let end = word.length;
  for (;;) {
    const c = word.charCodeAt(end - 1);
    if (end > 0 && (c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x26 || c === 0x2d)) end--;
    else break;
  }
  return end === word.length ? word : word.slice(0, end);
}

/**
 * The organisation a display name claims when none of its distinctive words relates to the sender's
 * domain or to a linked domain; null when it is a person's name, relates to a domain, or says nothing.
 * `hosts` are the full host names of the From address and the links (subdomains included: a tenant of a
 * shared host is named in its subdomain, `fulu-foundation.ghost.io`); `ignore` are folded words to leave
 * out (the recipient's own name and address parts: never the sender's identity), or a function that gives them,
 * called only when the name has words to claim.
 * @example unrelatedOrganisation('Correios', 'parcelas@correios', [...]) // null: named in the From domain
 */
export function unrelatedOrganisation(
  displayName: string,
  hosts: readonly string[],
  message: { subject: string; text: string },
  ignore: ReadonlySet<string> | (() => ReadonlySet<string>) = new Set(),
): OrganisationClaim | null {
  const name = beforeRelayPhrase(displayName.slice(0, 256)).trim();
  if (!name || name.includes('@')) return null;
  let cue: OrganisationClaim['cue'] | undefined;
  let authority = false;
  let association = false;
  // Session 58: the first word naming an authority in Japanese, Chinese or Korean (cjkAuthorityWord).
  let cjkAuthority = '';
  const words: string[] = [];
  // Letters of each word as written: the fold writes `m` as `rn`, so `Tom` folds to four letters (`torn`).
  const written = new Map<string, number>();
  const cueWords: string[] = [];
  // Two-letter tokens and organisation words in order: `Tf_Bank`, `BB Seguros`, `La Poste` (see below).
  const initialsAndCues: string[] = [];
  // First letters of the name's words (`Electronic Frontier Foundation` → `eff`): see ACRONYM_MIN below.
  let acronym = '';
  const normalName = name.normalize('NFKC');
  const asciiHostsOnly = hosts.every((h) => !h || isAscii(h));
  // Session 57: a two-word name that begins with a given name that is an organisation word too (`Justice Smith`).
  const givenNameFirst = twoWordsFirstGivenName(normalName);
  let first = true;
  // exec, not matchAll: matchAll makes a copy of the pattern (a new RegExp) and an iterator per call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(normalName); m; m = WORD.exec(normalName)) {
    const raw = withoutTrailingMarks(m[0]);
    const folded = foldBrandWords(raw);
    if (!folded) continue;
    const atFirst = first;
    first = false;
    // The letter as written, not its fold (`m` folds to `rn`).
    if (!FILLER.has(folded) && !PREPOSITIONS.has(folded)) acronym += raw[0]!.toLowerCase();
    if (ASSOCIATION_WORDS.has(folded)) association = true;
    if (isRoleWord(folded)) {
      cue ??= 'role word';
      continue;
    }
    if (ORGANISATION_WORDS.has(folded) && !(atFirst && givenNameFirst)) {
      cue ??= 'organisation word';
      if (AUTHORITY_WORDS.has(folded)) authority = true;
      cueWords.push(folded);
      initialsAndCues.push(folded);
      continue;
    }
    if (TWO_LETTERS.test(folded) && !FILLER.has(folded) && !PREPOSITIONS.has(folded)) initialsAndCues.push(folded);
    if (folded.length >= MIN_COMPOUND_LENGTH && !DIGIT.test(raw) && endsWithCompoundTail(folded) && !NOT_COMPOUND_ORGANISATIONS.has(folded)) {
      cue ??= 'organisation word';
      // `Bundespolizei`, `Amtsgericht`: an authority's compound.
      if (folded.endsWith(POLIZEI) || folded.endsWith(GERICHT)) authority = true;
    }
    // Session 58: a word of no Latin letter naming a public authority in Japanese, Chinese or Korean (`地方裁判所`, `捜査課`), kept
    // aside: it is the claim when the name has no other word (below), and a government's host answers it.
    if (!LATIN_LETTER_OR_DIGIT.test(folded)) {
      if (cjkAssociationWord(raw)) association = true;
      else if (!cjkAuthority && cjkAuthorityWord(raw)) cjkAuthority = folded;
    }
    // Digits, codes, one- or two-letter initials and domains (another check's concern) name no one here.
    if (FILLER.has(folded) || DIGIT.test(raw) || raw.includes('.') || codePoints(folded) < 3) continue;
    // A word with no Latin letter left after folding (さくら文具店, 中国银行, 국민은행: scripts without Latin lookalikes;
    // Cyrillic and Greek fold to lookalikes and stay) is never in an ASCII domain: a Japanese shop writes from
    // sakura-bungu.jp. Its absence there relates nothing, so it claims nothing (session 20); among hosts written in
    // another script (an internationalised domain) it is still looked up.
    if (asciiHostsOnly && !LATIN_LETTER_OR_DIGIT.test(folded)) continue;
    words.push(folded);
    written.set(folded, codePoints(raw));
  }
  // A name made of organisation words only (`Receita Federal`, `Tax Office`) is its own claim; one such
  // word alone (`Bank`) says too little.
  if (words.length === 0 && cueWords.length >= 2) words.push(...cueWords);
  // Session 57: one word that alone names a public authority (`Finanzamt`, `Belastingdienst`) is that authority's claim.
  else if (words.length === 0 && cueWords.length === 1 && AUTHORITY_NAMES.has(cueWords[0]!)) words.push(cueWords[0]!);
  // Initials before or after one organisation word name it (`Tf_Bank`, `BB Seguros`): too short to look up in a
  // domain alone, they are looked up joined to it (`tfbank`), as such organisations write their domains.
  else if (words.length === 0 && cueWords.length === 1 && initialsAndCues.length > 1 && initialsAndCues.length <= 3) words.push(initialsAndCues.join(''));
  // Session 58: a name whose only claim is an authority's name in Japanese, Chinese or Korean (`地方裁判所`, `国税庁 徴収課`) claims
  // that authority: no ASCII domain spells it, so a government's host (governmentHost: `courts.go.jp`, `city.yokohama.lg.jp`) is
  // what answers it. Not an authority's union or club (`警察共済組合`), nor a name with a Latin-letter association word.
  let cjkOnly = false;
  if (words.length === 0 && cjkAuthority && !association) {
    words.push(cjkAuthority);
    written.set(cjkAuthority, codePoints(cjkAuthority));
    cue ??= 'organisation word';
    authority = true;
    cjkOnly = true;
  }
  // No word, no claim (most display names: a person's): the hosts are not folded for nothing.
  if (words.length === 0) return null;
  // German domains write umlauts out (`KölnBonn` → sparkasse-koelnbonn.de): either spelling relates. Only ä, ö, ü,
  // ß and their capitals (ẞ too) lower-case to those letters: a name without any has nothing to write out.
  const spelled = new Map<string, string>();
  if (UMLAUT_OR_SHARP_S.test(normalName)) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(normalName); m; m = WORD.exec(normalName)) {
      const out = m[0].toLowerCase().replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c]!);
      if (out !== m[0].toLowerCase()) spelled.set(foldBrandWords(m[0]), foldBrandWords(out));
    }
  }
  // Any word of the name in a domain of the message relates the two, the recipient's own words included
  // (they are left out of the claim, not out of the relation). Loops, not nested `some` closures over a mapped array:
  // the optimised code of this function was thrown away ("wrong map") when a message had no host at all.
  // An organisation known by its initials writes from them (`Electronic Frontier Foundation` <…@eff.org>, `Free Software
  // Foundation` <…@fsf.org>): a host label that is the name's acronym relates the two (session 48, when `foundation` became
  // an organisation word). Three letters at least: two match too many short labels by chance.
  const acronymOf = acronym.length >= ACRONYM_MIN ? acronym : '';
  // Session 58: an authority's own words (its organisation words, `Hacienda`, `Receita Federal`, and its compounds, `Bundespolizei`)
  // spelled in a host under a generic top-level domain (`hacienda-devolucion.online`, `polizei-online-verfahren.com`) do not answer
  // its claim: no authority writes from one (genericTopLevelHost). Its other words still do (`Polizei Berlin` at berlin.de, a
  // firm's `Court Reporting` at courtreporting.com), as do its words in a country's or a government's domain (`bundespolizei.de`).
  const authorityClaim = authority && !association;
  for (const host of hosts) {
    if (!host) continue;
    if (cjkOnly && governmentHost(host)) return null;
    if (acronymOf && host.toLowerCase().split('.').includes(acronymOf)) return null;
    const h = foldBrandWords(host, 253);
    const generic = authorityClaim && genericTopLevelHost(host);
    for (const w of words) {
      if (!(h.includes(w) || h.includes(spelled.get(w) ?? w))) continue;
      if (generic && authorityOwnWord(w)) continue;
      return null;
    }
  }
  const ignored = typeof ignore === 'function' ? ignore() : ignore;
  const claimed = words.filter((w) => !ignored.has(w));
  if (claimed.length === 0 || claimed.length > 5) return null;
  if (!cue) {
    // Session 57: a name in the possessive without a cue (`Maria's Bakery`, `Tony's Pizza`) is a person's own business named
    // after its owner: a sole trader writes from free mail under it, and repeats it in the letter as its own.
    if (POSSESSIVE.test(name)) return null;
    // Without a cue, a name is an organisation's only when the message keeps naming it, whole. (The body is
    // folded only for a name long enough to count: folding 20,000 characters is most of this check's cost.)
    const whole = claimed.join('');
    // Too short to tell a name from a piece of another word, counted as written (session 29: `Tom` counted `torn` inside
    // the fold of `custom`, `tomorrow`, `bottom`).
    let letters = 0;
    for (const w of claimed) letters += written.get(w) ?? w.length;
    if (letters < 4) return null;
    // The body read is `${subject} ${text.slice(0, 20_000)}` cut at 24,000 characters; the test reads its two parts
    // in place (the space between holds no letter), so that joining them — a copy of up to 24,000 characters per
    // message — is left to the text that is not ASCII, which is folded whole.
    const subject = message.subject.slice(0, 24_000);
    const text = message.text.slice(0, Math.max(0, Math.min(20_000, 24_000 - 1 - subject.length)));
    if (!mayNameTwiceIn(subject, text, whole)) return null;
    // Only the writer's own words count (session 29): a reply or a forward repeats the name of the person whose mail it
    // quotes — `Chris Garrigues wrote:`, `From: Rachel Kim <…>`, their quoted signature — and that makes no person an
    // organisation. An organisation repeating its name as its own does so in its own text.
    const own = ownWriting(message.text.slice(0, 20_000));
    const body = `${message.subject} ${own}`.slice(0, 24_000);
    if (countOf(foldBrandWords(body, 24_000), whole) < 2) return null;
    cue = 'named in the message';
  }
  return authority && !association ? { name, words: claimed, cue, authority } : { name, words: claimed, cue };
}

/** Session 58: a folded word that is an organisation word or an authority's compound (`bundespolizei`, `amtsgericht`). */
function authorityOwnWord(folded: string): boolean {
  return ORGANISATION_WORDS.has(folded) || (folded.length >= MIN_COMPOUND_LENGTH && (folded.endsWith(POLIZEI) || folded.endsWith(GERICHT)));
}

/** Whether `name` is two words, the first a GIVEN_NAME_CUES word written with a capital (`Justice Smith`, not `JUSTICE DEPT`). */
function twoWordsFirstGivenName(name: string): boolean {
  WORD.lastIndex = 0;
  const a = WORD.exec(name);
  const b = a ? WORD.exec(name) : null;
  const c = b ? WORD.exec(name) : null;
  WORD.lastIndex = 0;
  if (!a || !b || c) return false;
  const firstWord = withoutTrailingMarks(a[0]);
  return GIVEN_NAME_CUES.has(foldBrandWords(firstWord)) && /^\p{Lu}\p{Ll}/u.test(firstWord) && !ORGANISATION_WORDS.has(foldBrandWords(withoutTrailingMarks(b[0]))) && !isRoleWord(foldBrandWords(withoutTrailingMarks(b[0])));
}

/** A letter or digit an ASCII host name can hold (what folding leaves of a Latin-script word). */
const LATIN_LETTER_OR_DIGIT = /[a-z0-9]/;

/** Characters whose lower case is ä, ö, ü or ß (checked over every code point when written). */
const UMLAUT_OR_SHARP_S = /[äöüßÄÖÜẞ]/;

/** The number of code points of a string (`[...text].length` without the array). */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone surrogate counts alone, as the iterator counts it.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * For each ASCII character, the letter it folds to when that is an own letter of the fold — no ASCII character but
 * the letter itself, in either case, folds to text holding it (foldBrandWords: `m` folds to `rn`, `0` to `o`, `1`, `i` and `I`
 * to `l`, `3` to `e`, `5` to `s`, separators to nothing) — else 0. Read from the fold itself at start-up, so it follows the
 * fold's table.
 */
const OWN_LETTER = ((): Uint8Array => {
  const own = new Uint8Array(0x80);
  for (let c = 0x61; c <= 0x7a; c++) own[c] = 1;
  for (let c = 0; c < 0x80; c++) {
    const ch = String.fromCharCode(c);
    const folded = foldBrandWords(ch);
    for (let k = 0; k < folded.length; k++) {
      const x = folded.charCodeAt(k);
      if (x < 0x80 && ch.toLowerCase() !== folded) own[x] = 0;
    }
  }
  const of = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) {
    // `i` folds to `l` and `m` to `rn`: no own letter of the fold comes from them.
    const folded = foldBrandWords(String.fromCharCode(c));
    const lower = folded.charCodeAt(0);
    if (folded.length === 1 && lower >= 0x61 && lower <= 0x7a && own[lower] === 1) of[c] = lower;
  }
  return of;
})();
/** Own letters of the word compared at most (a prefix of the sequence is as good a test, and bounds the work per start). */
const MAX_OWN_LETTERS = 16;

/**
 * False when the fold of `text` (foldBrandWords) cannot hold `word` twice, told without folding. In ASCII text an own
 * letter (see OWN_LETTER) comes only from that letter, and every other character folds to no own letter, so the own
 * letters of the fold are those of the text, in order: two non-overlapping occurrences of the word in the fold need
 * two of its own-letter sequence in the text's (other characters between them skipped). Counted leftmost first, as
 * countOf counts. Most display names are a person's whose name the body does not repeat: the 20,000-character fold
 * was most of this check's cost for them. True (fold and count) for text that is not ASCII, where many characters fold
 * to each letter, and for a word without an own letter.
 */
export function mayNameTwice(text: string, word: string): boolean {
  return mayNameTwiceIn(text, '', word);
}

/**
 * mayNameTwice of `head + ' ' + tail` (a subject and a body), read where they lie instead of joined: the space
 * folds to nothing and holds no own letter, so the own letters of the whole are those of `head`, then `tail`'s.
 */
export function mayNameTwiceIn(head: string, tail: string, word: string): boolean {
  let own = '';
  for (let k = 0; k < word.length && own.length < MAX_OWN_LETTERS; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x80 && OWN_LETTER[c] === c) own += word[k];
  }
  if (own.length === 0 || !isAscii(head) || !isAscii(tail)) return true;
  const lower = own[0]!;
  const upper = lower.toUpperCase();
  let found = 0;
  let free = 0;
  // The first letter's places, leftmost first, in head and then in tail (tail's first character is at head.length).
  let inTail = false;
  let part = head;
  let base = 0;
  let nextLower = part.indexOf(lower);
  let nextUpper = part.indexOf(upper);
  for (;;) {
    if (nextLower < 0 && nextUpper < 0) {
      if (inTail) break;
      inTail = true;
      part = tail;
      base = head.length;
      nextLower = part.indexOf(lower);
      nextUpper = part.indexOf(upper);
      continue;
    }
    let at: number;
    if (nextUpper < 0 || (nextLower >= 0 && nextLower < nextUpper)) {
      at = nextLower;
      nextLower = part.indexOf(lower, at + 1);
    } else {
      at = nextUpper;
      nextUpper = part.indexOf(upper, at + 1);
    }
    at += base;
    if (at < free) continue;
    const end = ownLettersFrom(head, tail, at + 1, own);
    if (end < 0) continue;
    if (++found === 2) return true;
    free = end;
  }
  return false;
}

/** Where the own letters of `head` then `tail` from `at` on spell `own` after its first letter (just after the last), or -1. */
function ownLettersFrom(head: string, tail: string, at: number, own: string): number {
  const length = head.length + tail.length;
  let i = at;
  for (let k = 1; k < own.length; i++) {
    if (i >= length) return -1;
    const letter = OWN_LETTER[i < head.length ? head.charCodeAt(i) : tail.charCodeAt(i - head.length)]!;
    if (letter === 0) continue;
    if (letter !== own.charCodeAt(k)) return -1;
    k++;
  }
  return i;
}

/**
 * Endings of the line a mail client writes above the message it quotes (`On Tue, 2 Jun 2025, Rachel Kim <rachel@…> wrote:`,
 * `… schrieb:`, `… a écrit :`, Japanese Gmail's `2025年6月2日(月) 10:00 山田太郎 <taro@…>:`), lower-cased, spaces before the colon
 * dropped.
 */
const ATTRIBUTION_ENDINGS = [
  'wrote:', 'writes:', 'said:', 'schrieb:', 'écrit:', 'escribió:', 'escreveu:', 'scrisse:', 'schreef:', 'skrev:', 'napisał:', 'написал:',
  'написала:', '書きました:', '>:',
];
/** Starts of the header lines a reply or a forward repeats of the quoted message (Outlook's `From: Rachel Kim`, `*Von:* …`, `To: …`). */
const QUOTED_HEADER_STARTS = [
  'from:', 'von:', 'de:', 'van:', 'da:', 'från:', 'fra:', 'od:', '差出人:', '发件人:', '寄件者:',
  'to:', 'cc:', 'an:', 'para:', 'à:', 'aan:', 'till:', 'til:', '宛先:', '收件人:',
];

/**
 * The text without what a reply or a forward quotes of another message: lines quoted with `>`, the attribution line above
 * a quote, and the quoted message's From, To and Cc lines. Read line by line (the text is up to 20,000 characters).
 */
export function ownWriting(text: string): string {
  if (!text.includes('>') && !text.includes(':') && !text.includes('：')) return text;
  const out: string[] = [];
  let dropped = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    // Every line dropped below holds a `>` or a colon (each ending and header start has one): the others (most) are kept
    // without their lower-cased, compacted copy (session 38).
    if (!line.includes('>') && !line.includes(':') && !line.includes('：')) {
      out.push(line);
      continue;
    }
    // Compared without spaces (`a écrit :`, `De : …`) and with the full-width colon as an ASCII one.
    const compact = line.toLowerCase().replace(/\s+/gu, '').replaceAll('：', ':');
    if (compact.startsWith('>') || (compact.endsWith(':') && ATTRIBUTION_ENDINGS.some((e) => compact.endsWith(e)))) {
      dropped = true;
      continue;
    }
    const head = compact.startsWith('*') ? compact.replace(/^\*+/u, '') : compact;
    if (QUOTED_HEADER_STARTS.some((h) => head.startsWith(h))) {
      dropped = true;
      continue;
    }
    out.push(line);
  }
  // Nothing quoted: the lines would join back into the text itself.
  return dropped ? out.join('\n') : text;
}

function countOf(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0 && n < 3; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/**
 * Folded words of the recipient's own addresses (local parts and domain labels): a message quoting its
 * recipient (`Hello rodrigo-f-p@hotmail.com`) does not make `hotmail` the sender's brand or name.
 */
const PLAIN_ADDRESS = /^[a-z0-9@.+_-]*$/;

export function recipientWords(msg: ParsedMessage): Set<string> {
  const out = new Set<string>();
  // Pushed one by one, not spread from mapped arrays: in the worker pool that chain kept throwing the optimised
  // code of this function away ("wrong map"), recompiled in every pass (NOTES, issue 18, session 10). Same addresses, same order.
  const addresses: string[] = [];
  for (const a of msg.to) addresses.push(a.address);
  for (const a of msg.cc) addresses.push(a.address);
  for (const a of msg.deliveredTo) addresses.push(a);
  for (const a of msg.envelope?.rcptTo ?? []) addresses.push(a);
  for (let k = 0; k < addresses.length && k < 20; k++) {
    const a = addresses[k]!;
    const lower = a.toLowerCase();
    // An address of letters, digits and the separators alone (most) is folded once and cut at the fold's word starts:
    // its only characters the fold drops are the separators, so the fold's words are the parts' folds.
    if (lower.length <= 4096 && PLAIN_ADDRESS.test(lower)) {
      const { text, boundary } = foldBrandText(lower, 4096);
      for (let start = 0, i = 1; i <= text.length; i++) {
        if (boundary[i] !== 1) continue;
        if (i - start >= 3) out.add(text.slice(start, i));
        start = i;
      }
      continue;
    }
    for (const part of lower.split(/[@.+_-]/)) {
      const folded = foldBrandWords(part);
      if (folded.length >= 3) out.add(folded);
    }
  }
  return out;
}
