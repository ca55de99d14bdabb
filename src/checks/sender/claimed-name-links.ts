import { foldBrandWords } from '../../brands/normalize.js';
import { isRoleWord } from '../../brands/registry.js';
import type { DomainList } from '../../links/lists/index.js';
import { hostParts } from '../../links/registrable.js';
import { looseFold } from '../../lookalike/claimed.js';
import { senderShownText, senderSubject } from '../../mail/own-words.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import type { SenderContext } from './context.js';
import { capitalisedOrFiller, headingLike, isLetterheadFiller, withoutCopyrightMark } from './letterhead.js';
import { isFreemail } from './freemail.js';
import { linkHosts } from './link-hosts.js';
import { beforeRelayPhrase, isOrganisationCueOrFiller, withoutTrailingMarks } from './organisation.js';

/**
 * The organisation the message names, echoed in a link's domain that is not its own (issue 17, item 1: impersonation
 * without a registry entry). "Optus Billing" <noreply@mail-srv42.net> whose button goes to `optus-bills.site`, "1&1 Rechnung"
 * to `1und1-rechnung.site`, "Vivo Fibra" to `vivo-fatura.online`: the phisher cannot host the page at the organisation's
 * domain, so it registers the organisation's name with a billing or account word added (a combosquat), and writes from
 * anywhere. FROM_ORGANISATION_UNRELATED cannot see it — the name *is* in a linked domain, which is what relates a name to
 * the message there — and the registry (LOOKALIKE_LINK) knows only the brands it lists.
 *
 * Three facts make the reading, none of them a registry's:
 * - a word of the sender's display name (or, under a name that names no one, of the subject, the sign-off or the logo's
 *   alt text) is the name claimed;
 * - a linked registrable domain is that word with only AFFIX_WORDS added (`-bills`, `my…-pay`, `-rechnung`, `-fatura`,
 *   `-verificatie`), separated by hyphens and digits or not at all: the name dressed as the organisation's billing,
 *   account or sign-in site. A domain with any other word in it is another business's (`smithlaw.com`,
 *   `acme-summit2025.com` is `summit`: no). Session 66 (brand67) adds, in the context of the message's own claim only:
 *   the name alone or framed under a cheap suffix (`optus.site`, `optus-au.top`; under a classic or country suffix it is the
 *   organisation's own site: 317 SpamAssassin ham link theirs so), and a lookalike spelling of it (`0ptus-bills.com`,
 *   `optvs.site`, lookalike/claimed.ts's loose fold or one letter swapped) with a purpose word, a cheap suffix or a digit
 *   for a letter;
 * - the sender's own domain has nothing of the name (an organisation writes from its own domain or names it there:
 *   `comunicado@vivo.com.br` linking `meuvivo-fatura.com.br` is its own second domain).
 * The sender's own domain is read the same way (FROM_CLAIMED_NAME_DRESSED: "Optus" <billing@optus-bills.site>, `0ptus.com`,
 * `scrol.io` under "Scroll"), but for the bare name (an organisation on a cheap suffix writes from its own domain) and a
 * domain that is the display name's words joined (`Mercado Pago` from mercadopago.com).
 * Only the registrable label is read, never a subdomain: an ESP's tracking host carrying its customer's name
 * (`northwind.e.esp-mail.com`) or a tenant (`optus.my.salesforce.com`) is the service's domain, not a squat.
 */

/**
 * Words a combosquat adds to the name for its purpose (ASCII, lower case; the languages the pot's lures write their domains
 * in): billing and payment, the account and its sign-in and security, a refund, a delivery to track, a reward to claim. One
 * of them must be added: these are the pages phishing imitates, and an organisation that runs one writes from its own domain.
 */
const PURPOSE_WORDS = [
  // billing and payment
  'bill', 'bills', 'billing', 'invoice', 'invoices', 'pay', 'payment', 'payments', 'fatura', 'faturas', 'factura', 'facturas',
  'facture', 'factures', 'factuur', 'facturen', 'rechnung', 'rechnungen', 'zahlung', 'betaling', 'pagamento', 'pagamentos', 'pago',
  'pagos', 'boleto', 'seikyu', 'refund', 'refunds', 'reembolso', 'remboursement', 'erstattung',
  // the account, its sign-in and security
  'account', 'accounts', 'konto', 'conta', 'cuenta', 'compte', 'login', 'logon', 'signin', 'verify', 'verification', 'verificatie',
  'verifizierung', 'verificacao', 'verificacion', 'confirm', 'confirmation', 'secure', 'security', 'sicherheit', 'seguranca',
  'seguridad', 'securite', 'beveiliging', 'update', 'unlock', 'recover', 'recovery', 'reset', 'validate', 'validation', 'auth',
  // a delivery to track, a reward to claim
  'track', 'tracking', 'redelivery', 'claim', 'rewards',
];
/**
 * Words that frame the name without saying what the page is for (`my…`, `…-online`, `…-net`, `…-app`, `…-team`, a customer
 * area): they may stand beside a purpose word (`myoptus-pay`), never alone. Alone they are the organisation's own sites and
 * other businesses' names as often: oreillynet.com, washingtonpost.com, ashfieldonline.com in the SpamAssassin ham.
 */
const FRAMING_WORDS = [
  'my', 'mein', 'meine', 'mijn', 'meu', 'minha', 'mon', 'mi', 'client', 'clients', 'cliente', 'clientes', 'kunden', 'kunde', 'klant',
  'klanten', 'customer', 'customers', 'member', 'members', 'user', 'users', 'online', 'web', 'portal', 'app', 'center', 'centre',
  'central', 'service', 'services', 'servicos', 'servicios', 'support', 'help', 'helpdesk', 'care', 'team', 'info', 'official',
  'net', 'mail', 'email', 'home', 'area', 'zone', 'hub', 'desk', 'site', 'id', 'alert', 'alerts', 'notice', 'status', 'check',
  'access', 'delivery', 'parcel', 'package', 'paket', 'pakket', 'colis', 'encomenda', 'envio', 'entrega', 'shipping', 'post',
  'reward', 'bonus', 'gift', 'promo', 'now', 'today', 'go', 'get',
  // the country the page pretends to serve (`telstra-au-billing24.com`)
  'au', 'br', 'ca', 'de', 'es', 'fr', 'it', 'jp', 'mx', 'nl', 'nz', 'pt', 'uk', 'us', 'at', 'be', 'ch',
];
const PURPOSE = new Set(PURPOSE_WORDS);
/**
 * Any purpose word inside a label (a registrable domain's, lower case): the test a link passes before the message's names are
 * read. Most links' labels hold none (`google`, `example`), and reading the names for every message was most of this check's
 * cost. Longest words first, so that the alternation is read as the list says (the test only asks whether one is there).
 */
const HAS_PURPOSE_WORD = new RegExp([...PURPOSE_WORDS].sort((a, b) => b.length - a.length).join('|'));
const AFFIX_WORDS = new Set([...PURPOSE_WORDS, ...FRAMING_WORDS]);
/** The longest affix word (the segmentation's window). */
const MAX_AFFIX = Math.max(...[...AFFIX_WORDS].map((w) => w.length));

/** A name shorter than this is a syllable of other words (`ing`, `net`): three letters still name `KPN`, `EDP`, `SFR`. */
const MIN_NAME = 3;
/** Words of a display name read at most, and names claimed at most (a display name is a few words). */
const MAX_WORDS = 8;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&.-]*/gu;
/** Letters and digits of a name written as a domain writes them (`Vodafone` → `vodafone`, `Crédit` → `credit`). */
const NOT_DOMAIN_CHAR = /[^a-z0-9]/g;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x20-\x7e]*$/;

/** How a domain carries the claimed name. */
export type NameInDomainHow =
  /** The name with a billing, account or sign-in word added (`optus-bills.site`). */
  | 'dressed'
  /** The name alone, or with framing words only, under a cheap suffix (`optus.site`, `optus-au.top`). */
  | 'bare'
  /** A lookalike spelling of the name (`0ptus-bills.com`, `optvs.site`), with affix words or none. */
  | 'lookalike';

/** One claimed name echoed in a linked domain (or in the sender's own). */
export interface ClaimedNameLink {
  /** The name as a domain spells it (`optus`, `1und1`). */
  name: string;
  /** Where the message claims it. */
  where: 'display name' | 'subject' | 'sign-off' | 'logo';
  /** The registrable domain: the name with affix words added, or a lookalike of it. */
  link: string;
  /** The words added. */
  added: string[];
  /** How the domain carries the name. */
  how: NameInDomainHow;
  /** For a lookalike: the name as the domain writes it (`0ptus`). */
  spelled?: string;
}

type ClaimedNameLinkContext = Pick<SenderContext, 'registry' | 'freemail' | 'config' | 'qrLimits' | 'suspiciousTlds'>;

/** The name's spellings in a domain: ASCII letters and digits, umlauts written out, `&` as `und`/`and`/nothing (`1&1` → `1und1`). */
export function domainSpellings(word: string): string[] {
  const base = withoutTrailingMarks(word).toLowerCase();
  const out = new Set<string>();
  const plain = (s: string): string => s.normalize('NFKD').replace(MARKS, '').replace(NOT_DOMAIN_CHAR, '');
  const variants = [base];
  if (/[äöüß]/.test(base)) variants.push(base.replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c]!));
  for (const v of variants) {
    if (v.includes('&')) for (const and of ['und', 'and', 'n', '']) out.add(plain(v.replaceAll('&', and)));
    else out.add(plain(v));
  }
  return [...out].filter((s) => s.length >= MIN_NAME && /[a-z]/.test(s));
}

/** Whether `rest` is nothing but affix words, hyphens and digits, one of the words a purpose word (PURPOSE_WORDS); the words, or null. */
export function affixWords(rest: string): string[] | null {
  const words = affixParts(rest);
  return words && words.some((w) => PURPOSE.has(w)) ? words : null;
}

/** Whether `rest` is nothing but affix words (purpose or framing), hyphens and digits; the words (none for '' or digits alone), or null. */
function affixParts(rest: string): string[] | null {
  const words: string[] = [];
  for (const chunk of rest.split(/[-0-9]+/)) {
    if (!chunk) continue;
    const parts = segment(chunk);
    if (!parts) return null;
    words.push(...parts);
  }
  return words;
}

/** `chunk` cut into affix words (the fewest pieces), or null. */
function segment(chunk: string): string[] | null {
  if (chunk.length > 40) return null;
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= chunk.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - MAX_AFFIX); start < end; start++) {
      const before = best[start];
      if (!before || !AFFIX_WORDS.has(chunk.slice(start, end))) continue;
      if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, chunk.slice(start, end)];
    }
  }
  return best[chunk.length] ?? null;
}

/** The names the message claims: display-name words, then subject words; not cue, role, filler or affix words. */
function claimedNames(msg: ParsedMessage, displayNameOnly = false): { name: string; where: ClaimedNameLink['where'] }[] {
  const out: { name: string; where: ClaimedNameLink['where'] }[] = [];
  const seen = new Set<string>();
  const read = (text: string, where: ClaimedNameLink['where']): void => {
    const normal = text.slice(0, 256).normalize('NFKC');
    let n = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(normal); m && n < MAX_WORDS; m = WORD.exec(normal)) {
      n++;
      const raw = withoutTrailingMarks(m[0]);
      // A domain written in the name (`paypal.com`) is the display-name-domain check's.
      if (raw.includes('.')) continue;
      const folded = foldBrandWords(raw);
      if (!folded || isRoleWord(folded) || isOrganisationCueOrFiller(folded) || (where === 'sign-off' && isLetterheadFiller(folded))) continue;
      for (const s of domainSpellings(raw)) {
        if (AFFIX_WORDS.has(s) || seen.has(s)) continue;
        seen.add(s);
        out.push({ name: s, where });
      }
    }
    WORD.lastIndex = 0;
  };
  const from = msg.from[0];
  if (from?.name) read(beforeRelayPhrase(from.name), 'display name');
  // The subject names the organisation only when the sender's name names none ("Billing Department", no name at all): under a
  // person's or a newsletter's name, a subject names whatever the letter is about (`Tim O'Reilly, Bill Gates and …` with a
  // link to oreillynet.com).
  if (out.length === 0 && !displayNameOnly) {
    const subject = senderSubject(msg);
    if (subject) read(subject, 'subject');
    // The sign-off a letter speaks as (`The Optus Team`, `Ihr 1&1 Team`, `© 2025 Vivo`): a short line of capitalised words
    // among the last ones, as letterhead.ts reads a sign-off.
    for (const line of signOffLines(senderShownText(msg))) read(line, 'sign-off');
    // The logo (`<img alt="Optus">`): the alt text of the first pictures shown, when it is a short heading of a name.
    for (const alt of logoAlts(msg)) read(alt, 'logo');
  }
  return out;
}

/** Pictures whose alt text is read (the first ones shown: a letterhead's logo comes first), and the longest alt text read. */
const LOGO_PICTURES = 3;
const MAX_LOGO_ALT = 40;
/** Words an alt text adds to the name it shows (`Optus logo`, `Logo 1&1`). */
const LOGO_WORD = /\b(?:logo|logotipo|logotype|banner|header|icon|image|imagem|imagen|bild)\b/giu;

/** The alt texts of the first pictures shown that read as a name (short, capitalised words), `logo` and the like left out. */
function logoAlts(msg: ParsedMessage): string[] {
  const out: string[] = [];
  let seen = 0;
  for (const link of msg.htmlFacts.links) {
    if (link.kind !== 'img' || link.hidden || (link.width !== undefined && link.width <= 2) || (link.height !== undefined && link.height <= 2)) continue;
    if (++seen > LOGO_PICTURES) break;
    const alt = link.text.replace(LOGO_WORD, ' ').trim();
    if (!alt || alt.length > MAX_LOGO_ALT) continue;
    const line = withoutCopyrightMark(alt);
    if (headingLike(line) && line.split(/\s+/u).every(capitalisedOrFiller)) out.push(line);
  }
  return out;
}

/** Lines of a sign-off read at most (the last non-empty ones), and lines looked at to find them. */
const SIGN_OFF_LINES = 4;
const SIGN_OFF_LOOK = 8;

/** The last lines of the shown text that can name who signs: short, not a sentence, every word capitalised or filler. */
function signOffLines(text: string): string[] {
  const out: string[] = [];
  for (let end = text.length, n = 0; end > 0 && n < SIGN_OFF_LOOK && out.length < SIGN_OFF_LINES; n++) {
    const start = text.lastIndexOf('\n', end - 1);
    const raw = text.slice(Math.max(start + 1, end - 200), end).trim();
    end = start < 0 ? 0 : start;
    if (!raw) continue;
    const line = withoutCopyrightMark(raw);
    if (headingLike(line) && line.split(/\s+/u).every(capitalisedOrFiller)) out.push(line);
  }
  return out;
}

/**
 * Suffixes where the bare name is read (`optus.site`, `optus-au.top`) besides the links' suspicious TLDs: new generic ones
 * cheap to register and common in the pot's lures. An organisation's bare name under its country's or a classic suffix
 * (`optus.com.au`, `optus.com`) is its own site as often as not, and is never read; nor `.shop`/`.store` (a shop's own).
 */
const CHEAP_SUFFIXES = new Set(['site', 'online', 'live', 'life', 'vip', 'club', 'cc', 'ws', 'su', 'today', 'support', 'help']);

/** A lookalike is read for names of at least this many letters; one letter swapped (`optvs`) from this many. */
const MIN_LOOKALIKE = 4;
const MIN_LOOKALIKE_SWAP = 5;

/**
 * Whether a registrable domain's suffix is one where a bare name is read (CHEAP_SUFFIXES, the suspicious TLDs), remembered
 * per suffix (a scan sees a few suffixes many times; the list's match walks the host's labels).
 */
function cheapSuffixTest(ctx: ClaimedNameLinkContext): (parts: ReturnType<typeof hostParts>) => boolean {
  const known = new Map<string, boolean>();
  return (parts) => {
    const suffix = parts.publicSuffix ?? '';
    let cheap = known.get(suffix);
    if (cheap === undefined) {
      cheap = CHEAP_SUFFIXES.has(suffix) || (!!suffix && ctx.suspiciousTlds.match(`name.${suffix}`) !== undefined);
      if (known.size < 256) known.set(suffix, cheap);
    }
    return cheap;
  };
}

/**
 * How the registrable label carries the claimed name, or null: the name dressed with a purpose word; the name alone or framed
 * under a cheap suffix; or a lookalike spelling of it (only in the context of the message's own claim: the loose fold of
 * lookalike/claimed.ts, or one letter swapped in a name of MIN_LOOKALIKE_SWAP letters), with a purpose word, a cheap suffix,
 * or a digit where the name has a letter (`0ptus`): a person's name one letter from another word (`Maria`, `mario.com`) is
 * neither. `foldAlone` (the sender's own domain): a spelling the loose fold makes equal (a doubled letter dropped, `scrol.io`
 * under "Scroll"; a homoglyph) needs nothing more — an organisation writes from its name as it spells it.
 */
export function nameInLabel(label: string, name: string, cheap: boolean, foldAlone = false): { how: NameInDomainHow; added: string[]; spelled?: string } | null {
  const at = label.indexOf(name);
  if (at >= 0) {
    const rest = `${label.slice(0, at)}-${label.slice(at + name.length)}`;
    const added = affixWords(rest);
    if (added) return { how: 'dressed', added };
    if (!cheap) return null;
    const framed = affixParts(rest);
    return framed ? { how: 'bare', added: framed } : null;
  }
  if (name.length < MIN_LOOKALIKE || label.length > 63) return null;
  const nameFold = looseFold(name);
  // One letter swapped or two exchanged leaves the fold's first or last half whole: a label holding neither holds no
  // lookalike of the name (the test that keeps the windows below off most labels).
  const half = Math.floor((nameFold.length - 1) / 2);
  const labelFold = foldOf(label);
  if (!labelFold.includes(nameFold.slice(0, half)) && !labelFold.includes(nameFold.slice(half + 1))) return null;
  const tokens = label.split('-');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.length < name.length - 1) continue;
    const others = affixParts(tokens.filter((_, j) => j !== i).join('-'));
    if (!others) continue;
    const heads = affixEnds(token);
    const tails = affixStarts(token);
    for (let p = 0; p < token.length; p++) {
      if (!heads[p]) continue;
      for (let q = Math.min(token.length, p + name.length + 2); q >= p + name.length - 1; q--) {
        if (!tails[q]) continue;
        const core = token.slice(p, q);
        if (core === name || !/[a-z]/.test(core)) continue;
        const coreFold = looseFold(core);
        const swapped = coreFold !== nameFold;
        if (swapped && !(name.length >= MIN_LOOKALIKE_SWAP && oneSwap(coreFold, nameFold))) continue;
        const added = [...affixPartsOrEmpty(token.slice(0, p)), ...affixPartsOrEmpty(token.slice(q)), ...others];
        const digitForLetter = [...core].some((c, k) => /[0-9]/.test(c) && !/[0-9]/.test(name[k] ?? '0'));
        if (!cheap && !digitForLetter && !(foldAlone && !swapped) && !added.some((w) => PURPOSE.has(w))) continue;
        return { how: 'lookalike', added, spelled: core };
      }
    }
  }
  return null;
}

/** looseFold of the last label asked (a label is compared with each of the message's names in turn). */
let lastFolded = { label: '', fold: '' };
function foldOf(label: string): string {
  if (lastFolded.label !== label) lastFolded = { label, fold: looseFold(label) };
  return lastFolded.fold;
}

/**
 * Whether the label and the display name (as a domain writes it) share three characters in a row: a name spelt with a swap, a
 * homoglyph or a dropped letter still keeps three of its letters together (`scrol`/`scroll`, `0ptus`/`optus`).
 */
function sharesTrigram(label: string, displayName: string): boolean {
  for (let i = 0; i + 3 <= label.length; i++) if (displayName.includes(label.slice(i, i + 3))) return true;
  return false;
}

function affixPartsOrEmpty(s: string): string[] {
  return affixParts(s) ?? [];
}

/** Whether two folded names differ by one letter swapped for another, or two neighbours exchanged (same length). */
function oneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return diff[0]! > 0;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** ends[p]: `token.slice(0, p)` is affix words and digits only (ends[0] always). */
function affixEnds(token: string): boolean[] {
  const ok: boolean[] = [true];
  for (let end = 1; end <= token.length; end++) {
    ok[end] = (/[0-9]/.test(token[end - 1]!) && ok[end - 1]!) || false;
    for (let start = Math.max(0, end - MAX_AFFIX); start < end && !ok[end]; start++) if (ok[start] && AFFIX_WORDS.has(token.slice(start, end))) ok[end] = true;
  }
  return ok;
}

/** starts[q]: `token.slice(q)` is affix words and digits only (starts[length] always). */
function affixStarts(token: string): boolean[] {
  const ok: boolean[] = [];
  ok[token.length] = true;
  for (let start = token.length - 1; start >= 0; start--) {
    ok[start] = (/[0-9]/.test(token[start]!) && ok[start + 1]!) || false;
    for (let end = start + 1; end <= Math.min(token.length, start + MAX_AFFIX) && !ok[start]; end++) if (ok[end] && AFFIX_WORDS.has(token.slice(start, end))) ok[start] = true;
  }
  return ok;
}

/** The claimed name the check finds echoed in a link (its finding's data), or null: for tests and callers that want the facts alone. */
export function claimedNameLink(msg: ParsedMessage, ctx: ClaimedNameLinkContext): ClaimedNameLink | null {
  return claimedNameFinding(msg, ctx, 'URL_CLAIMED_NAME_DRESSED');
}

/** The same for the sender's own domain (FROM_CLAIMED_NAME_DRESSED). */
export function claimedNameSender(msg: ParsedMessage, ctx: ClaimedNameLinkContext): ClaimedNameLink | null {
  return claimedNameFinding(msg, ctx, 'FROM_CLAIMED_NAME_DRESSED');
}

function claimedNameFinding(msg: ParsedMessage, ctx: ClaimedNameLinkContext, id: string): ClaimedNameLink | null {
  const found = (claimedNameLinksCheck(ctx).run(msg, undefined as never) as CheckOutput).findings.find((f) => f.id === id);
  return found ? (found.data as unknown as ClaimedNameLink) : null;
}

/** The sender's domain (lower case; '' when none) and its parts. */
function senderDomain(msg: ParsedMessage): { domain: string; parts: ReturnType<typeof hostParts> | undefined } {
  const domain = (msg.from[0]?.asciiDomain || msg.from[0]?.domain || '').toLowerCase();
  return { domain, parts: domain ? hostParts(domain) : undefined };
}

/**
 * Whether a registrable label can carry a claimed name in any of the three ways (nameInLabel): a purpose word in it, a cheap
 * suffix, or a digit (a lookalike without either needs one). Most links' labels pass none (`google`, `example`), and the
 * message's names are read only for one that does.
 */
function candidate(label: string, cheap: boolean): boolean {
  return label.length > MIN_NAME - 1 && !label.includes('.') && (cheap || HAS_PURPOSE_WORD.test(label) || /[0-9]/.test(label));
}

/** The sender's display name written as a domain writes it, its words joined (`Mercado Pago` → `mercadopago`). */
function displayNameJoined(msg: ParsedMessage): string {
  const name = msg.from[0]?.name;
  if (!name) return '';
  const text = beforeRelayPhrase(name).slice(0, 256).toLowerCase();
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(MARKS, '')).replace(NOT_DOMAIN_CHAR, '');
}

export function claimedNameLinksCheck(ctx: ClaimedNameLinkContext): Check {
  const cheapSuffix = cheapSuffixTest(ctx);
  return {
    name: 'sender.claimed-name-links',
    description: 'A link to (or a sender at) a domain made of the organisation the message names with billing or account words, a lookalike of it, or the bare name under a cheap suffix',
    emits: ['URL_CLAIMED_NAME_DRESSED', 'FROM_CLAIMED_NAME_DRESSED'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: CheckOutput['findings'] = [];
      const { domain: fromDomain, parts: from } = senderDomain(msg);
      // The message's names are read for the first candidate domain (the sender's, a link's): most messages have none.
      let names: { name: string; where: ClaimedNameLink['where'] }[] | undefined;
      const unregistered = (name: string): boolean => ctx.registry.mentionsInDisplayName(name).length === 0;

      // The sender's own domain is the claimed name dressed or misspelt ("Optus" <billing@optus-bills.site>, <…@0ptus.com>).
      // The bare name is not read here: an organisation on a cheap suffix writes from its own domain. A domain that is the
      // display name's words joined is the organisation's own name, whatever words it has (`Mercado Pago` from
      // mercadopago.com, `Samsung Pay`), unless under a cheap suffix.
      const fromFreemail = !!from?.domain && isFreemail(from.domain, ctx.freemail);
      if (from?.domain && from.domainWithoutSuffix && !fromFreemail) {
        const label = from.domainWithoutSuffix;
        const cheap = cheapSuffix(from);
        // A label with no purpose word, digit or cheap suffix can still be a folded spelling of the display name (`scrol.io`
        // under "Scroll"): the display name alone is read for it (cheap), the subject, sign-off and logo only for a candidate.
        const wide = candidate(label, cheap);
        const dn = displayNameJoined(msg);
        const senderNames = wide ? (names ??= claimedNames(msg)) : dn && sharesTrigram(label, dn) ? claimedNames(msg, true) : [];
        for (const { name, where } of senderNames) {
          const found = nameInLabel(label, name, cheap, true);
          if (!found || found.how === 'bare' || !unregistered(name) || ctx.registry.ownersOf(from.domain).length > 0) continue;
          if (found.how === 'dressed' && !cheap && dn.includes(label.replace(/[-0-9]/g, ''))) continue;
          const data: ClaimedNameLink = { name, where, link: from.domain, ...found };
          findings.push({
            id: 'FROM_CLAIMED_NAME_DRESSED',
            evidence: `the ${where} names ${name}, and the sender writes from ${from.domain} (${describe(data)})`,
            data: { ...data },
          });
          break;
        }
      }

      const hosts = linkHosts(msg, ctx.config.maxLinkHosts, ctx.qrLimits);
      for (const host of hosts) {
        const link = hostParts(host);
        const label = link.domainWithoutSuffix;
        if (!link.domain || !label) continue;
        const cheap = cheapSuffix(link);
        if (!candidate(label, cheap)) continue;
        if (from?.domain && link.domain === from.domain) continue;
        names ??= claimedNames(msg);
        if (names.length === 0) break;
        for (const { name, where } of names) {
          if (label === name && !cheap) continue;
          const found = nameInLabel(label, name, cheap);
          if (!found) continue;
          // The bare name under a cheap suffix from a free-mail account is a small firm's own site as often (`acme.site`
          // from acme@gmail.com): nothing but the suffix tells the two apart.
          if (found.how === 'bare' && fromFreemail) continue;
          // The sender names the organisation in its own domain (its own second domain, or a sending domain of its name). A
          // domain that is none (`parcelas@correios`, no registrable domain) answers for no one.
          if (from?.domain && fromDomain.replace(NOT_DOMAIN_CHAR, '').includes(name)) continue;
          // A registered brand's own domain is its own, whoever links it; a registered brand's name dressed in a domain is
          // LOOKALIKE_LINK's reading (with the brand's real domains to compare), not a second one here.
          if (ctx.registry.ownersOf(link.domain).length > 0 || !unregistered(name)) continue;
          const data: ClaimedNameLink = { name, where, link: link.domain, ...found };
          findings.push({
            id: 'URL_CLAIMED_NAME_DRESSED',
            evidence: `the ${where} names ${name}, and a link goes to ${link.domain} (${describe(data)}), but the sender's domain ${fromDomain || '(none)'} has nothing of it`,
            data: { ...data },
          });
          return { findings };
        }
      }
      return { findings };
    },
  };
}

/** The evidence's words for how a domain carries the name. */
function describe(found: ClaimedNameLink): string {
  const added = found.added.length > 0 ? ` with ${found.added.join(', ')} added` : '';
  if (found.how === 'lookalike') return `${found.spelled}, a lookalike of ${found.name}${added}`;
  if (found.how === 'bare') return `${found.name}${added} under a cheap suffix`;
  return `${found.name}${added}`;
}
