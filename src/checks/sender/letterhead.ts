import { foldBrandText, foldBrandWords } from '../../brands/normalize.js';
import { isRoleWord, type BrandRegistry } from '../../brands/registry.js';
import { isAscii, isBlank } from '../../mail/text-chars.js';

/**
 * The organisation a message's letterhead claims: the name standing alone on one of the first lines of the shown text
 * (`Internal Revenue Service` above `Your Statement is Ready`) or of its sign-off (`Atenciosamente, Receita Federal`,
 * `© 2024 Correios`), when neither the sender's domain nor a linked domain belongs to it. Kits that write from a
 * borrowed or throw-away domain under a number or a blank display name still print the organisation at the top: the
 * reader takes the letterhead for the sender. It is a claim only: news and newsletters name agencies in their headings
 * too (as sentences, which a name alone is not), so the composites pair it with a lure (credentials, a payment, a
 * suspended account, a refund).
 */
export interface LetterheadClaim {
  /** The organisation: a registered brand's name, or the line naming an organisation the registry does not know. */
  organisation: string;
  brandId?: string;
  /** `head` (the first lines) or `sign-off` (the last). */
  where: 'head' | 'sign-off';
  line: string;
  /**
   * Session 53 (draw53e): the organisation is a public authority — a registered brand of category `government`, a Japanese
   * office of state (庁, 税務署, 国税局, 役所, 役場, 年金機構), or an unregistered name with a GOVERNMENT_WORDS word — not a bank, a
   * post, toll or insurance company: an authority has no account of the reader's to phish, and its "statements" to view are
   * the remote-access lures' documents.
   */
  government: boolean;
}

/** Lines read at each end of the shown text, and the longest line that can be a letterhead. */
const LINES_READ = 4;
const MAX_LINE = 80;
const MAX_WORDS = 7;

/** Words a letterhead or a sign-off carries around the name (en, de, pt, nl, fr, es; folded as foldBrandWords folds them). */
const LETTERHEAD_FILLER = new Set(
  [
    'copyright', 'all', 'rights', 'reserved', 'sincerely', 'regards', 'kind', 'best', 'warm', 'yours', 'faithfully', 'truly', 'thanks', 'thank',
    'you', 'the', 'of', 'and', 'from', 'by', 'gmbh', 'ag', 'sa', 'plc', 'bv', 'nv', 'kg', 'se', 'spa', 'srl', 'sl', 'ltda', 'me', 'eireli',
    'mit', 'freundlichen', 'grüßen', 'gruessen', 'gruß', 'herzliche', 'viele', 'grüße', 'ihr', 'ihre', 'dein', 'deine', 'alle', 'rechte', 'vorbehalten',
    'atenciosamente', 'cordialmente', 'obrigado', 'obrigada', 'equipe', 'todos', 'os', 'direitos', 'reservados', 'derechos', 'saludos', 'cordiales',
    'atentamente', 'el', 'la', 'le', 'les', 'de', 'do', 'da', 'du', 'des', 'del', 'dos', 'das', 'der', 'die', 'van', 'het', 'een', 'met', 'vriendelijke',
    'groet', 'groeten', 'cordialement', 'bien', 'à', 'vous', 'tous', 'droits', 'réservés', 'équipe', 'votre', 'uw', 'your', 'team', 'equipo',
  ].map((w) => foldBrandWords(w)),
);
const isFiller = (folded: string): boolean => LETTERHEAD_FILLER.has(folded);
/** Session 65 (helper brand66): isFiller for claimed-name-links' sign-off reading. */
export const isLetterheadFiller = isFiller;

/**
 * Organisation words of the kinds whose letterhead kits print (authorities, banks, post and toll services, insurers),
 * the narrower part of organisation.ts's cues: `Parcel Delivery`, `Crypto Exchange` or `Webmail` over a heading are a
 * shop's or an article's words as often as a name.
 */
const AUTHORITY_WORDS = new Set(
  [
    'bank', 'banco', 'banque', 'banca', 'sparkasse', 'finanzamt', 'receita', 'fazenda', 'federal', 'government', 'gouvernement', 'regierung',
    'ministry', 'ministerio', 'ministério', 'ministère', 'tax', 'steuer', 'steuerverwaltung', 'impots', 'impôts', 'revenue', 'customs', 'zoll',
    'alfandega', 'alfândega', 'aduana', 'douane', 'belastingdienst', 'hacienda', 'tributaria', 'tributária', 'police', 'polizei', 'policia',
    'polícia', 'politie', 'court', 'tribunal', 'gericht', 'toll', 'maut', 'peaje', 'portagem', 'postal', 'post', 'poste', 'posta', 'correios',
    'correos', 'insurance', 'versicherung', 'seguros', 'verzekering', 'agency', 'agence', 'agencia', 'agência', 'bundesamt', 'bundeszentralamt',
  ].map((w) => foldBrandWords(w)),
);

const isAuthorityWord = (w: string): boolean => AUTHORITY_WORDS.has(w);

/** The AUTHORITY_WORDS that name a public authority (tax, revenue, a ministry, a government, a federal office), not a bank, post or insurer. */
const GOVERNMENT_WORDS = new Set(
  [
    'finanzamt', 'receita', 'fazenda', 'federal', 'government', 'gouvernement', 'regierung', 'ministry', 'ministerio', 'ministério', 'ministère',
    'tax', 'steuer', 'steuerverwaltung', 'impots', 'impôts', 'revenue', 'belastingdienst', 'hacienda', 'tributaria', 'tributária', 'bundesamt',
    'bundeszentralamt',
  ].map((w) => foldBrandWords(w)),
);
/** The Japanese offices of state among JA_AUTHORITY's endings (not 銀行, 郵便, 警察, 裁判所). */
const JA_GOVERNMENT = /(?:庁|税務署|国税局|役所|役場|年金機構)$/u;

/** A Japanese office's name: kanji or kana ending in the kind of office (tax, police, court, bank, post, pension). */
const JA_AUTHORITY = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{1,16}(?:庁|税務署|国税局|銀行|郵便局|郵便|警察署|警察|裁判所|役所|役場|年金機構)$/u;

/** A greeting or a sentence: the letterhead is above it. */
const GREETING = /^(?:dear|hello|hi|hallo|liebe|lieber|sehr geehrte|guten tag|olá|ola|prezad[oa]|caro|cara|estimad[oa]|hola|bonjour|cher|chère|beste|geachte)(?![\p{L}\p{N}])/iu;
/** A forwarded or quoted header block (`De: … Enviado: …`): the lines are someone else's message. */
const FORWARD = /^(?:from|de|von|van|da|expéditeur|sent|enviado|gesendet|verzonden|envoyé|to|para|an|aan|à|subject|assunto|betreff|onderwerp|objet|asunto)\s*:|^-{2,}\s*(?:forwarded|original|mensagem|weitergeleitete|message|doorgestuurd)|^begin forwarded/iu;
const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:|\(fwd\)\s*$/iu;
/** An organisation the registry does not know is named in at most this many words (`Receita Federal do Brasil`): longer title-case lines are headlines. */
const MAX_ORGANISATION_WORDS = 5;

/** Whether a line can be a letterhead: short, a few words, no sentence's end. */
export function headingLike(line: string): boolean {
  if (line.length > MAX_LINE || !/\p{L}\p{L}/u.test(line)) return false;
  if (/[.!?]$/u.test(line) && !/\b(?:inc|ltd|co|corp|s\.a|gmbh)\.$/iu.test(line)) return false;
  return piecesBetweenSpaces(line) <= MAX_WORDS;
}

/**
 * `line.split(/\s+/u).length` without the array: one more than the runs of white space (an empty piece before a
 * leading run or after a trailing one counts, as split counts it). `\s` is trim's set: white space and line ends.
 */
export function piecesBetweenSpaces(line: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < line.length; i++) {
    const space = isBlank(line.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

/**
 * The letterhead claim of a message, or null. `hosts` are the sender's domain and the link hosts; `owns(brandId, host)`
 * the registry's ownership test.
 */
export function letterheadClaim(
  text: string,
  subject: string,
  hosts: readonly string[],
  registry: BrandRegistry,
  ignore: () => ReadonlySet<string>,
): LetterheadClaim | null {
  if (FORWARD_SUBJECT.test(subject)) return null;
  const head: string[] = [];
  const tail: string[] = [];
  // The first lines (up to the greeting), read from the start; a quoted header block ends the reading.
  for (let at = 0, n = 0; at < text.length && n < LINES_READ + 4 && head.length < LINES_READ; n++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, Math.min(end, at + 400)).trim();
    at = end + 1;
    if (!line) continue;
    if (FORWARD.test(line)) return null;
    if (GREETING.test(line)) break;
    head.push(line);
  }
  // The sign-off: the last lines, read from the end.
  for (let end = text.length, n = 0; end > 0 && n < LINES_READ + 4 && tail.length < LINES_READ; n++) {
    const start = text.lastIndexOf('\n', end - 1);
    const line = text.slice(Math.max(start + 1, end - 400), end).trim();
    end = start < 0 ? 0 : start;
    if (line) tail.push(line);
  }
  // The hosts folded as the claim's words are, once for every line that needs them.
  let foldedHostsOnce: string[] | undefined;
  const foldedHosts = (): string[] => (foldedHostsOnce ??= hosts.filter(Boolean).map((h) => foldBrandWords(h, 253)));
  for (const [where, lines] of [['head', head], ['sign-off', tail]] as const) {
    for (const raw of lines) {
      const line = withoutCopyrightMark(raw);
      if (!headingLike(line)) continue;
      const brands = registry.namedAlone(line, isFiller);
      for (const m of brands) {
        if (hosts.some((h) => h && registry.ownsDomain(m.brand.id, h))) continue;
        return { organisation: m.brand.name, brandId: m.brand.id, where, line: raw, government: m.brand.category === 'government' };
      }
      // A registered brand whose domain the message uses is its own letterhead, whatever words it also has.
      if (brands.length > 0) continue;
      // Japanese letterheads name the office by its kind at the end (`国税庁`, `○○税務署`, `日本年金機構`): no capitals, no spaces,
      // and no Latin word a domain could carry.
      if (JA_AUTHORITY.test(line)) return { organisation: line, where, line: raw, government: JA_GOVERNMENT.test(line) };
      const words = foldedWords(line);
      if (words.length > MAX_ORGANISATION_WORDS || !words.some(isAuthorityWord)) continue;
      // Every word a name's (capitalised) or a connective: `Receita Federal do Brasil`, not `Pay your tax online`.
      if (!line.split(/\s+/u).every(capitalisedOrFiller)) continue;
      if (unrelated(line, words, foldedHosts, ignore)) return { organisation: line.replace(/[\s,;:|·–-]+$/u, ''), where, line: raw, government: words.some((w) => GOVERNMENT_WORDS.has(w)) };
    }
  }
  return null;
}

/** A copyright mark that opens a line (`© 2024 Correios`, `(c) …`, `Copyright …`) and the blanks after it. */
const COPYRIGHT_MARK = /^(?:©|\(c\)|copyright)\s*/iu;

/**
 * `line.replace(COPYRIGHT_MARK, '')`, the pattern run only on a line whose first character can open a match (`©`, `(`, `c` or
 * `C`: no other character folds to one of those under `iu`): most lines are returned as they are without a call to replace.
 */
export function withoutCopyrightMark(line: string): string {
  const c = line.charCodeAt(0);
  return c === 0xa9 || c === 0x28 || c === 0x63 || c === 0x43 ? line.replace(COPYRIGHT_MARK, '') : line;
}

/** A word of a name (its first letter a capital: `Federal`, `IRS`), a word without letters (`©`, `2024`, `|`), or filler (`do`, `of`). */
export function capitalisedOrFiller(word: string): boolean {
  const letters = word.replace(/^\P{L}+/u, '');
  return letters === '' || /^\p{Lu}/u.test(letters) || isFiller(foldBrandWords(letters));
}

/**
 * Whether a line naming an organisation (two words or more besides filler: `Bank` or `Tax` alone is a heading, not a
 * name) has no word in any host of the message (`foldedHostsOf`: the hosts folded as the words are), German umlauts also written out (`Köln` → `koeln`). The recipient's
 * own words (`ignore`) do not make a claim.
 */
function unrelated(line: string, words: readonly string[], foldedHostsOf: () => readonly string[], ignore: () => ReadonlySet<string>): boolean {
  const named = words.filter((w) => !isFiller(w) && !isRoleWord(w) && !/\d/.test(w));
  if (named.length < 2) return false;
  const foldedHosts = foldedHostsOf();
  const spelled = foldedWords(line.toLowerCase().replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c]!));
  for (const w of [...named, ...spelled]) if (w.length >= 3 && !isFiller(w) && foldedHosts.some((h) => h.includes(w))) return false;
  const ignored = ignore();
  return named.some((w) => w.length >= 3 && !AUTHORITY_WORDS.has(w) && !ignored.has(w));
}

/**
 * The folded words of a line: its runs of letters and digits, each folded (foldBrandWords), empty folds left out. An ASCII
 * line is folded once and cut at the fold's word starts: its word characters are exactly the letters and digits, each
 * folding to one or two letters or digits, so the runs the fold marks are the pieces the split makes.
 */
export function foldedWords(line: string): string[] {
  const out: string[] = [];
  if (isAscii(line)) {
    const { text, boundary } = foldBrandText(line, line.length);
    for (let start = 0, i = 1; i <= text.length; i++) {
      if (boundary[i] !== 1) continue;
      out.push(text.slice(start, i));
      start = i;
    }
    return out;
  }
  for (const w of line.split(/[^\p{L}\p{N}]+/u)) {
    const f = foldBrandWords(w);
    if (f) out.push(f);
  }
  return out;
}
