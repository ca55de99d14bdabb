import { parse as parseDomain } from 'tldts';
import { foldBrandWords } from '../../brands/normalize.js';
import type { BrandRegistry } from '../../brands/registry.js';
import { shownText } from '../../mail/shown-text.js';
import { termAlternation } from '../../mail/term-alternation.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { gramGate, gramsMayMatch, type GramGate } from './head-grams.js';
import { actionDomains, foldText, headRead } from './scam-structure.js';

/**
 * The brand prize, survey and loyalty-reward lure (issue 17, session 30): "Sie wurden ausgewählt! Nehmen Sie an dieser kurzen
 * Umfrage zu Ihren Erfahrungen mit Kaufland teil … Es können Versandgebühren anfallen", "Wij verloten meerdere Albert Heijn
 * cadeaukaarten", "You have been selected to receive a reward — claim it before it expires". The honeypot's prize lures whose
 * only spam evidence was the old model's reading of their HTML went clean when the model stopped reading modern markup as spam
 * (session 29); what they share is the lure's own moves, in every language of the corpus, and who sends them.
 *
 * CONTENT_PRIZE_LURE — the moves of the lure: something to get (a prize, reward, voucher, gift card, a raffle), the reader
 * picked or congratulated, a survey or feedback in return, a claim, redemption or "only the shipping fee", and a deadline or
 * a "chance to win". At least PRIZE_MIN_KINDS different moves, one of them something to get or a pick, in the subject, the
 * sender's name or the first MAX_TEXT characters of the shown text (the subject and name read with the dots, stars and dashes
 * written inside words taken out: `c.adeaukaarten`). Informational: a shop's genuine raffle says the same from its own domain;
 * the composites (src/rules/composites.ts) weigh who sends it and where it leads.
 *
 * CONTENT_PRIZE_LURE_ELSEWHERE — the lure is the whole message (three of its moves, or a short text) and every one of its links
 * to act on (one to MAX_DESTINATIONS registrable domains: a lure sends to one page, a shop's newsletter to many) leads to
 * another domain than the sender's; a newsletter with a giveaway in it links to its own site somewhere.
 *
 * CONTENT_PRIZE_SPONSOR_ELSEWHERE — the organisation in whose name the reward is offered owns neither the sender's domain nor
 * a link's: a registered brand named in the subject or the sender's name (not one named in the text alone: that is the prize's
 * maker as often), or an organisation whose customers the reader is called, whose survey it is or who the message is from by
 * its sender's name ("Lieber Toom-Kunde", "Ihren Erfahrungen mit OBI", "zur OBI Umfrage", "Nachricht von Obi", "Beste Jumbo
 * klant", "your experience with Acme") — impersonation without a registry entry.
 */
const MAX_TEXT = 3_000;
const MAX_DESTINATIONS = 4;
const PRIZE_MIN_KINDS = 2;
/** Characters of the text's opening where the reader is called someone's customer (a footer's names do not count). */
const SPONSOR_TEXT = 1_500;
/**
 * A lure is the whole message: three of its moves, or a text this short. Only then do its links count as leading elsewhere
 * (CONTENT_PRIZE_LURE_ELSEWHERE): a long newsletter with a giveaway in it links to its own publisher's tracking hosts.
 */
const LURE_MIN_KINDS_IN_LONG_TEXT = 3;
const SHORT_TEXT = 1_500;

type Move = 'reward' | 'picked' | 'survey' | 'claim' | 'deadline' | 'chance';

/** The moves' terms, folded as foldText folds (lower case, accents removed): en, de, nl, fr, es, pt, then Japanese substrings. */
const MOVES: Readonly<Record<Move, readonly string[]>> = {
  reward: [
    'prize', 'prizes', 'reward', 'rewards', 'gift card', 'gift cards', 'giftcard', 'gift set', 'free gift', 'voucher', 'vouchers', 'mystery box',
    'belohnung', 'gutschein', 'gutscheine', 'einkaufsgutschein', 'geschenk', 'geschenkset', 'gratisgeschenk', 'geschenkkarte', 'geschenkekarte',
    'pramie', 'gewinn',
    'beloning', 'beloningen', 'cadeaukaart', 'cadeaukaarten', 'cadeaubon', 'cadeaubonnen', 'waardebon',
    'recompense', 'carte cadeau', 'carte-cadeau', "bon d'achat",
    'premio', 'premios', 'recompensa', 'tarjeta regalo',
    'premiacao', 'brinde', 'brindes', 'vale-presente', 'cartao presente', 'caixa misteriosa',
    '賞品', '景品', 'ギフト券', 'ギフトカード',
    // Session 50 (helper pay50): the product-tester lure ("Werden Sie Produkt-Tester … kostenloses Testpaket"): the products to keep.
    'product tester', 'product testers', 'produkttester', 'produkt-tester', 'testpaket', 'producttester', 'testeur de produits', 'probador de productos', 'testador de produtos',
  ],
  picked: [
    'you have been selected', "you've been selected", 'you were selected', 'you have been chosen', "you've been chosen", 'you have won', "you've won",
    'you are a winner', "you're a winner", 'lucky winner', 'selected participants', 'selected customers', 'congratulations', 'congrats',
    'sie wurden ausgewahlt', 'sie sind ausgewahlt', 'du wurdest ausgewahlt', 'du bist ausgewahlt', 'ausgewahlte teilnehmer', 'auserwahlt',
    'sie haben gewonnen', 'du hast gewonnen', 'gewinner', 'gewinnerin', 'herzliche gluckwunsche', 'herzlichen gluckwunsch', 'wir gratulieren',
    'je bent geselecteerd', 'u bent geselecteerd', 'je bent gekozen', 'u bent gekozen', 'gefeliciteerd', 'winnaar',
    'vous avez ete selectionne', 'vous avez ete selectionnee', 'vous avez gagne', 'felicitations', 'gagnant', 'gagnante',
    'has sido seleccionado', 'has sido seleccionada', 'ha sido seleccionado', 'ha sido seleccionada', 'has ganado', 'felicidades', 'ganador', 'ganadora',
    'voce foi selecionado', 'voce foi selecionada', 'voce ganhou', 'parabens', 'ganhador', 'ganhadora', 'contemplado', 'contemplada',
    '当選しました', '選ばれました',
  ],
  survey: [
    'survey', 'short survey', 'quick survey', 'your feedback', 'your opinion', 'few questions', 'short questions',
    'umfrage', 'ihr feedback', 'ihre meinung', 'deine meinung', 'dein feedback', 'kurze fragen', 'ihren erfahrungen', 'ihrer erfahrung',
    'enquete', 'je mening', 'uw mening', 'korte vragen', 'je ervaring', 'uw ervaring',
    'sondage', 'questionnaire', 'votre avis', 'votre experience',
    'encuesta', 'cuestionario', 'su opinion', 'tu opinion',
    'questionario', 'sua opiniao', 'sua experiencia',
    'アンケート',
  ],
  claim: [
    'claim your', 'claim it', 'to claim', 'claim now', 'redeem', 'shipping fee', 'shipping fees', 'pay shipping', 'pay for shipping', 'unclaimed',
    'your unique code',
    'einlosen', 'anspruch', 'beanspruchen', 'versandgebuhr', 'versandgebuhren', 'versandkosten', 'ihr eindeutiger code', 'ihr einzigartiger code',
    'jetzt anfordern', 'nicht angefordert', 'jetzt teilnehmen', 'jetzt mitmachen', 'sichern sie sich',
    'claimen', 'verzendkosten', 'verzilveren', 'nu deelnemen',
    'reclamez', 'reclamer', 'frais de port', "frais d'envoi", 'frais de livraison',
    'reclamar', 'reclama', 'canjear', 'canjea', 'gastos de envio', 'costo de envio',
    'resgatar', 'resgate', 'taxa de envio', 'taxa de entrega',
    '送料のみ', '受け取り',
  ],
  deadline: [
    'last chance', 'final notice', 'expires today', 'before it expires', 'expiring soon', 'expires soon', 'while supplies last', 'only today',
    'letzte chance', 'bevor es zu spat', 'solange der vorrat reicht', 'nur heute', 'lauft ab',
    'laatste kans', 'alleen vandaag',
    'derniere chance', 'dans la limite des stocks',
    'ultima oportunidad', 'hasta agotar existencias',
    'ultima chance', 'ultima oportunidade', 'nao perca',
    '本日まで', '残りわずか',
  ],
  chance: [
    'chance to win', 'chance to receive', 'your chance', 'win a', 'win an', 'win one', 'sweepstakes', 'giveaway', 'raffle',
    'gewinnspiel', 'verlosung', 'wir verlosen', 'auslosung', 'endauslosung', 'verloting', 'verloten', 'winactie', 'tirage au sort', 'jeu concours', 'jeu-concours', 'sorteo',
    'sorteio', '抽選',
    'gewinne jetzt', 'ihre chance', 'deine chance', 'chance auf', 'gewinnen sie', 'gewinne ein', 'gewinne eine', 'gewinnen',
    'jouw kans', 'je kans', 'uw kans', 'kans op', 'win een', 'winnen',
    'votre chance', 'gagnez', 'tentez votre chance',
    'tu oportunidad', 'gana un', 'gana una', 'gane un', 'gane una',
    'sua chance', 'ganhe um', 'ganhe uma', 'concorra',
    'チャンス',
  ],
};
/** The moves that offer something: a lure has at least one (a survey with a deadline is a shop's newsletter). */
const OFFERING: ReadonlySet<Move> = new Set(['reward', 'picked', 'chance']);

const HAS_LATIN = /[a-z]/;
const MOVE_NAMES = Object.keys(MOVES) as Move[];
/**
 * One pattern for every move: Latin terms as whole words (not inside an address or host name) under one look-behind and one
 * look-ahead, Japanese ones as substrings; each list a tree of the terms' shared beginnings (termAlternation). A look-behind
 * per move was tried at every position of the text, ~2.5× the time of the whole pattern (session 30); a named group per move
 * around a flat list of ~150 terms cost ~15 ns a character (session 38: irregexp tries the alternatives one by one). The
 * move of a match is its term's (MOVE_OF_TERM). The same matches as the flat list, moves in MOVE_NAMES order (a Latin and a
 * Japanese term never start with the same character, so the order across scripts is moot).
 */
function movesPattern(): RegExp {
  const latin = MOVE_NAMES.flatMap((move) => MOVES[move].filter((t) => HAS_LATIN.test(t)));
  const japanese = MOVE_NAMES.flatMap((move) => MOVES[move].filter((t) => !HAS_LATIN.test(t)));
  return new RegExp(`(?<![\\p{L}\\p{N}@.])(?:${termAlternation(latin)})(?![\\p{L}\\p{N}@]|\\.\\p{L})|${termAlternation(japanese)}`, 'gu');
}
let moves: RegExp | undefined;
/** Each term's move: the first move that lists it, as the order of the pattern's alternatives would choose. */
const MOVE_OF_TERM = new Map<string, Move>();
for (const move of MOVE_NAMES) {
  for (const term of MOVES[move]) {
    const key = term.replace(/ +/g, ' ');
    if (!MOVE_OF_TERM.has(key)) MOVE_OF_TERM.set(key, move);
  }
}

/**
 * Each move's Latin terms as trigram lists (head-grams.ts, session 51): in an ASCII text (whose foldText is its lower case), a
 * move none of whose terms has all of its trigrams among headRead's has no match of the moves pattern.
 */
const MOVE_GRAMS: readonly [Move, GramGate][] = MOVE_NAMES.map((move) => [move, gramGate(MOVES[move].filter((t) => HAS_LATIN.test(t)))]);
/** MOVE_GRAMS and every term, for the test. */
export const prizeMoveGates = (): { gates: ReadonlyMap<string, GramGate>; terms: string[] } => ({
  gates: new Map(MOVE_GRAMS),
  terms: MOVE_NAMES.flatMap((m) => [...MOVES[m]]),
});

/** The moves of the moves pattern's matches in `folded`. */
export function movesIn(folded: string): Set<Move> {
  const re = (moves ??= movesPattern());
  const found = new Set<Move>();
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) found.add(MOVE_OF_TERM.get(m[0].replace(/\s+/g, ' '))!);
  return found;
}

/**
 * Whether prizeLure of `${foldedEnvelope}\n${foldText(text)}` may find a lure: false only when it cannot — the moves found in
 * the folded envelope and those whose trigrams the text may hold (`grams`: headRead's stamp, the text ASCII and part of the head
 * read) are fewer than PRIZE_MIN_KINDS or none offers. No match spans the line break (a term holds none; the look-behind and
 * look-ahead read it as neither letter, digit, `@` nor `.`), so the joined text's moves are the envelope's and the text's.
 */
export function prizeLureMayBeIn(foldedEnvelope: string, grams: number): boolean {
  const possible = movesIn(foldedEnvelope);
  for (const [move, gate] of MOVE_GRAMS) if (!possible.has(move) && gramsMayMatch(gate, grams)) possible.add(move);
  if (possible.size < PRIZE_MIN_KINDS) return false;
  for (const move of possible) if (OFFERING.has(move)) return true;
  return false;
}

/** A dot, star, underscore or dash written after a word's first letter in the subject or name (`c.adeaukaarten`, `C-adeaukaart`): taken out. */
const INSIDE_WORD = /(?<=(?<!\p{L})\p{L})[.*_-](?=\p{L})/gu;

/**
 * A dot between two words of the subject or name (`c.adeaukaarten.PAQO`: a campaign's tag after the word): read as a blank, so
 * that the word before it is a word (the terms are not read inside host names, which the subject and name need not have).
 */
const TAG_AFTER_WORD = /(?<=\p{L})\.(?=\p{L})/gu;

export interface PrizeLure {
  /** The terms found, per move (at most three each). */
  moves: Partial<Record<Move, string[]>>;
  /** How many different moves. */
  kinds: number;
}

/** The lure's moves in `folded` (foldText of the subject, name and text), or null when too few (see the module's comment). */
export function prizeLure(folded: string): PrizeLure | null {
  const re = (moves ??= movesPattern());
  const found: Partial<Record<Move, string[]>> = {};
  let kinds = 0;
  let offering = false;
  re.lastIndex = 0;
  // exec, not matchAll (a copy of the pattern and an iterator per call); no alternative matches the empty string.
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    // The term as the table writes it (its blanks one space), and so its move.
    const t = m[0].replace(/\s+/g, ' ');
    const move = MOVE_OF_TERM.get(t)!;
    const list = (found[move] ??= []);
    if (list.length === 0) {
      kinds++;
      if (OFFERING.has(move)) offering = true;
    }
    if (list.length < 3 && !list.includes(t)) list.push(t);
  }
  return kinds >= PRIZE_MIN_KINDS && offering ? { moves: found, kinds } : null;
}

/**
 * Whose customers the reader is called, or whose survey it is: a name of one to three capitalised words (`Toom Baumarkt`,
 * `Albert Heijn`) before a customer word (`Lieber Toom-Kunde`, `Dear Acme customer`, `Beste Jumbo klant`) or after "experience
 * with" (`Ihren Erfahrungen mit OBI`, `uw ervaring met Kruidvat`, `clientes de Douglas`). Bounded quantifiers, one pass.
 */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&'’]{1,24}(?:[ -]\p{Lu}[\p{L}\p{N}&'’]{1,24}){0,2})`;
/** A keyword whose first letter may be written in either case (a sentence's start, a German noun). */
const either = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const GREETINGS = ['liebe', 'lieber', 'liebes', 'liebe/r', 'sehr geehrte', 'sehr geehrter', 'dear', 'beste', 'geachte', 'cher', 'chère', 'caro', 'cara', 'prezado', 'prezada', 'estimado', 'estimada'];
const CUSTOMER_WORDS = ['kunde', 'kundin', 'kunden', 'kundin/kunde', 'käufer', 'käuferin', 'mitglied', 'customer', 'member', 'shopper', 'klant', 'client', 'cliente'];
const EXPERIENCE_WITH = ['erfahrung mit', 'erfahrungen mit', 'erfahrungen mit dem', 'erfahrungen mit der', 'ervaring met', 'experience with', 'expérience avec', 'expérience chez', 'experiencia con', 'experiência com', 'clientes de', 'cliente de', 'clients de', 'customers of', 'kunden von', 'meinung zu', 'mening over', 'opinion on', 'opinion about', 'avis sur', 'votre expérience', 'experience at', 'nachricht von', 'message from', 'message de', 'bericht van', 'mensagem de', 'mensaje de'];
/**
 * A survey or raffle word written after the organisation's name (`Douglas-Umfrage`, `zur OBI Umfrage`). Not "Rewards": an
 * advert's own programme is called so (`Casino Rewards`, `Dragonia Rewards Team`).
 */
// Session 53 (helper det53): 'team' — the sign-off a prize letter speaks as ("Rogers Team.", "The Stake Team", "Ihr Lidl-Team"),
// judged as the other names (a registered brand by its domains, any other name by its words in a domain); a department's
// name ("The Support Team") names no one (DEPARTMENT_WORDS). Draw 8's Rogers iPhone campaign (design 4126/4128).
const NAMED_SURVEYS = ['umfrage', 'umfrageteam', 'gewinnspiel', 'survey', 'enquête', 'enquete', 'sondage', 'encuesta', 'pesquisa', 'klantenonderzoek', 'team'];
/** Words of a department's or group's name, folded as foldBrandWords folds: a sign-off with one of them is no organisation. */
const DEPARTMENT_WORDS = new Set(
  ['support', 'customer', 'customers', 'service', 'services', 'care', 'help', 'helpdesk', 'marketing', 'sales', 'security', 'account', 'accounts',
    'billing', 'rewards', 'reward', 'promotions', 'promotion', 'prize', 'prizes', 'claims', 'claim', 'admin', 'administration', 'web', 'online',
    'management', 'success', 'community', 'editorial', 'product', 'team', 'winners', 'vip', 'loyalty', 'kundenservice', 'kundendienst', 'service-team',
    'support-team', 'study', 'research', 'project'].map((w) => foldBrandWords(w)),
);
const alternation = (words: readonly string[]): string => words.map((w) => either(w).replace(/\//g, '\\/')).join('|');
/**
 * Made on first use (voucherOfRe's too): only a message with a prize lure reads sponsors, and V8 builds every `\p{…}` set of
 * a pattern made from strings from ICU when the pattern is made — ~12 M instructions, 1.7–2.4 ms for this one, ~6 M for
 * voucherOfRe's, in every one-message scan when they were made at load (NOTES.md, session 40, start40).
 */
let customerOfPattern: RegExp | undefined;
const customerOfRe = (): RegExp =>
  (customerOfPattern ??= new RegExp(
    String.raw`(?<![\p{L}])(?:${alternation(GREETINGS)}) (?:\p{Ll}{1,10} )?${NAME}[- ](?:${alternation(CUSTOMER_WORDS)})(?![\p{L}])` +
      String.raw`|(?<![\p{L}])(?:${alternation(EXPERIENCE_WITH)}) ${NAME}` +
      String.raw`|${NAME}[- ](?:${alternation(NAMED_SURVEYS)})(?![\p{L}])`,
    'gu',
  ));

/**
 * Capitalised words that name no one (German capitalises every noun; a heading capitalises every word): taken off the front of
 * a name (`Jetzt An Der Umfrage` is no organisation; `Zur OBI` is `OBI`). Folded as foldBrandWords folds.
 */
const FUNCTION_WORDS = new Set(
  [
    'jetzt', 'an', 'der', 'die', 'das', 'den', 'dem', 'des', 'zur', 'zum', 'unserer', 'unsere', 'unser', 'ihre', 'ihrer', 'ihr', 'ihren', 'sie', 'kurze',
    'kurzen', 'neue', 'diese', 'dieser', 'wichtige', 'mitteilung', 'nehmen', 'teil', 'starten', 'the', 'our', 'your', 'take', 'this', 'a', 'new', 'short',
    'quick', 'de', 'la', 'le', 'les', 'het', 'een', 'onze', 'uw', 'je', 'nuestra', 'nossa', 'sua', 'su', 'notre', 'votre', 'valued', 'loyal', 'treuer',
    'treue', 'trouwe', 'vip', 'exclusive', 'exklusive', 'claim', 'royal', 'premium',
  ].map((w) => foldBrandWords(w)),
);
function withoutLeadingFunctionWords(name: string): string {
  const words = name.split(/(?<=[ -])/u);
  let k = 0;
  while (k < words.length && FUNCTION_WORDS.has(foldBrandWords(words[k]!))) k++;
  const rest = words.slice(k).join('');
  // The separators at the end trimmed by hand (a `[ -]+$` pattern rescans a run of them from every start).
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === ' ' || rest[end - 1] === '-')) end--;
  return rest.slice(0, end);
}

/**
 * Session 38: the reward named for an organisation in the subject or the sender's name — `Your Hilton Reward Has Arrived`,
 * `500€ EDEKA-Gutschein erhalten`, `Intratuin-cadeaukaart`, `Cash App Gift Card`. In the envelope only: the text of a genuine
 * newsletter or study names the gift card it raffles ("a chance to win a $50 Amazon gift card"), a lure's subject names whose
 * reward it claims to be. Not "Rewards" (an advert's own programme: `Casino Rewards`).
 */
const VOUCHER_WORDS = ['gift card', 'gift cards', 'giftcard', 'reward', 'gutschein', 'gutscheins', 'einkaufsgutschein', 'geschenkkarte', 'cadeaukaart', 'cadeaubon', 'waardebon'];
/** Each word's first letter in either case (`Gift Card`, `gift card`). */
const eitherWords = (phrase: string): string => phrase.split(' ').map(either).join(' ');
let voucherOfPattern: RegExp | undefined;
const voucherOfRe = (): RegExp =>
  (voucherOfPattern ??= new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME}[- ](?:${VOUCHER_WORDS.map(eitherWords).join('|')})(?![\p{L}])`, 'gu'));
/** Words that name a prize's kind, not an organisation (`Your Casino Reward`, `Your Cash Reward`). */
const NOT_SPONSORS = new Set(['casino', 'cash', 'bonus', 'special', 'free', 'gratis', 'mystery', 'loyalty', 'holiday', 'christmas', 'weihnachts'].map((w) => foldBrandWords(w)));

/** The names the subject or sender's name offers a reward of (at most three). */
export function vouchersOf(envelope: string): string[] {
  const out: string[] = [];
  const re = voucherOfRe();
  re.lastIndex = 0;
  for (let m = re.exec(envelope); m && out.length < 3; m = re.exec(envelope)) {
    // The words after the last function word (`CONGRATS Your Hilton` is `Hilton`: a subject capitalises its shout too).
    const words = (m[1] ?? '').trim().split(/(?<=[ -])/u);
    let last = -1;
    words.forEach((w, k) => {
      if (FUNCTION_WORDS.has(foldBrandWords(w))) last = k;
    });
    const name = withoutLeadingFunctionWords(words.slice(last + 1).join(''));
    if (!name || name.split(/[\s-]+/u).some((w) => NOT_SPONSORS.has(foldBrandWords(w)))) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** The names the text calls the reader a customer of (at most three). */
export function customerOf(text: string): string[] {
  const out: string[] = [];
  const re = customerOfRe();
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < 3; m = re.exec(text)) {
    let name = withoutLeadingFunctionWords((m[1] ?? m[2] ?? m[3] ?? '').trim());
    // Session 53 (det53): "The Support Team", "Customer Service Team", "The Sleep Study Team" sign as a department or a
    // group, not as an organisation: only the words after a department's word are a name ("Claim Your Prize Northwind Team":
    // a link's text run into the sign-off is `Northwind`; "Acme Support Team" names none).
    if (m[3] !== undefined) {
      const words = name.split(/[\s-]+/u);
      let last = -1;
      words.forEach((w, k) => {
        if (DEPARTMENT_WORDS.has(foldBrandWords(w))) last = k;
      });
      name = words.slice(last + 1).join(' ');
    }
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** A name's words (folded as brand words) that stand for it in a domain: three letters or more, no filler. */
const SPONSOR_FILLER = new Set(['the', 'und', 'and', 'der', 'die', 'das', 'van', 'het', 'les', 'los', 'las', 'dos', 'del', 'des', 'valued', 'loyal', 'treuer', 'treue', 'geschatzter', 'geschatzte', 'trouwe', 'fidele', 'our', 'unser', 'unsere'].map((w) => foldBrandWords(w)));
function nameWords(name: string): string[] {
  return name
    .split(/[\s-]+/u)
    .map((w) => foldBrandWords(w))
    .filter((w) => w.length >= 3 && !SPONSOR_FILLER.has(w));
}

export interface PrizeSponsor {
  name: string;
  brandId?: string;
}

/**
 * The organisation the reward is offered in the name of that owns neither the sender's domain nor a link's: a registered
 * brand named in the subject, sender's name or the text's opening, or a name the reader is called a customer of (none of
 * whose words any of those domains holds); null when every one named is related to the message's domains.
 */
export function prizeSponsorElsewhere(registry: BrandRegistry, envelope: string, text: string, domains: readonly string[]): PrizeSponsor | null {
  const hosts = domains.filter(Boolean);
  const ownsOne = (brandId: string): boolean => hosts.some((d) => registry.ownsDomain(brandId, d));
  // A brand the subject or the sender's name names. Not one named in the text alone: a newsletter's giveaway names the
  // product's maker ("win one of five Microsoft keyboards"), which is the prize, not who offers it.
  for (const m of registry.mentionsInText(envelope, 1_024)) {
    if (!ownsOne(m.brand.id)) return { name: m.brand.name, brandId: m.brand.id };
  }
  const folded = hosts.map((h) => foldBrandWords(h, 253));
  for (const name of [...customerOf(text.slice(0, SPONSOR_TEXT + 800).replace(/\s+/g, ' ')), ...vouchersOf(envelope.replace(/\s+/g, ' '))]) {
    const words = nameWords(name);
    if (words.length === 0) continue;
    // A registered brand is judged by its own domains; the words of any other name relate by being in a domain.
    const brands = registry.mentionsInText(name, 128);
    if (brands.length > 0) {
      const unrelated = brands.find((m) => !ownsOne(m.brand.id));
      if (unrelated) return { name: unrelated.brand.name, brandId: unrelated.brand.id };
      continue;
    }
    if (words.some((w) => folded.some((h) => h.includes(w)))) continue;
    return { name };
  }
  return null;
}

/**
 * The text without the mail addresses written in it (`Hallo jane@gmail.com`): a mailbox is the recipient's or someone's, and
 * its provider's brand is no sponsor. Split at blanks, not a pattern (an address pattern rescans a long run without an `@`).
 */
function withoutAddresses(text: string): string {
  return text.includes('@') ? text.split(/(\s+)/u).map((t) => (t.includes('@') ? ' ' : t)).join('') : text;
}

/** The registrable domain of the sender ('' when none). */
function senderDomain(msg: ParsedMessage): string {
  const d = msg.from[0]?.domain ?? '';
  return d ? (parseDomain(d).domain ?? d) : '';
}

export function prizeLureCheck(registry: BrandRegistry): Check {
  return {
    name: 'content.prize-lure',
    description: 'Brand prize, survey and loyalty-reward lures: the lure\'s moves, where its links lead, and whose reward it claims to be',
    emits: ['CONTENT_PRIZE_LURE', 'CONTENT_PRIZE_LURE_ELSEWHERE', 'CONTENT_PRIZE_SPONSOR_ELSEWHERE'],
    run(msg: ParsedMessage): CheckOutput {
      const name = msg.from[0]?.name ?? '';
      const text = shownText(msg).slice(0, MAX_TEXT);
      const envelope = `${msg.subject.slice(0, 512)}\n${name.slice(0, 256)}`;
      const envelopeRead = envelope.replace(INSIDE_WORD, '').replace(TAG_AFTER_WORD, '. ');
      // An ASCII text (its first MAX_TEXT characters, which headRead read) is first asked whether its trigrams leave the lure
      // possible (prizeLureMayBeIn); other text is read whole.
      const read = headRead(msg);
      // Session 62: ASCII but for INERT_PUNCTUATION (scam-structure.ts), whose fold makes no letter and joins no run.
      const ascii = read.firstFolding < 0 || read.firstFolding >= text.length;
      if (ascii && !prizeLureMayBeIn(foldText(envelopeRead), read.grams)) return { findings: [] };
      const lure = prizeLure(foldText(`${envelopeRead}\n${text}`));
      if (!lure) return { findings: [] };
      const findings: Finding[] = [];
      // Joined as read, not mapped and then joined: the mapped array's map was not the one this run's optimised code had
      // seen, and it was thrown away at the join ("wrong map", recompiled thousands of messages later; NOTES issue 18,
      // session 43). Same text.
      let evidence = '';
      for (const [move, terms] of Object.entries(lure.moves) as [Move, string[]][]) evidence += `${evidence ? '; ' : ''}${move}: ${terms.join(', ')}`;
      findings.push({ id: 'CONTENT_PRIZE_LURE', evidence, data: { ...lure.moves } });
      const destinations = actionDomains(msg, text, MAX_DESTINATIONS);
      const sender = senderDomain(msg);
      const wholeMessage = lure.kinds >= LURE_MIN_KINDS_IN_LONG_TEXT || text.length < SHORT_TEXT;
      if (wholeMessage && destinations.length > 0 && destinations.length <= MAX_DESTINATIONS && destinations.every((d) => d !== sender)) {
        findings.push({ id: 'CONTENT_PRIZE_LURE_ELSEWHERE', evidence: `the lure leads to ${destinations.join(', ')}, not the sender's domain ${sender || '(none)'}`, data: { domains: destinations } });
      }
      const sponsor = prizeSponsorElsewhere(registry, withoutAddresses(envelope), `${name.slice(0, 256)} | ${msg.subject.slice(0, 512)} | ${text}`, [sender, ...destinations]);
      if (sponsor) {
        findings.push({
          id: 'CONTENT_PRIZE_SPONSOR_ELSEWHERE',
          evidence: `the reward is offered in the name of ${sponsor.name}, which owns neither the sender's domain ${sender || '(none)'} nor a linked domain`,
          data: sponsor.brandId ? { sponsor: sponsor.name, brandId: sponsor.brandId } : { sponsor: sponsor.name },
        });
      }
      return { findings };
    },
  };
}
