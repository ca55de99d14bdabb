import { foldBrandWords } from '../../brands/normalize.js';
import { isRoleWord } from '../../brands/registry.js';
import { hostParts } from '../../links/registrable.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import type { SenderContext } from './context.js';
import { capitalisedOrFiller, headingLike, isLetterheadFiller, withoutCopyrightMark } from './letterhead.js';
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
 * - a word of the sender's display name (or, weaker, of the subject) is the name claimed;
 * - a linked registrable domain is that word with only AFFIX_WORDS added (`-bills`, `my…-pay`, `-rechnung`, `-fatura`,
 *   `-verificatie`), separated by hyphens and digits or not at all: the name dressed as the organisation's billing,
 *   account or sign-in site. A domain with any other word in it is another business's (`smithlaw.com`,
 *   `acme-summit2025.com` is `summit`: no), and the name alone under another suffix (`optus.site`) is not read here;
 * - the sender's own domain has nothing of the name (an organisation writes from its own domain or names it there:
 *   `comunicado@vivo.com.br` linking `meuvivo-fatura.com.br` is its own second domain).
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

/** One claimed name echoed in a linked domain. */
export interface ClaimedNameLink {
  /** The name as a domain spells it (`optus`, `1und1`). */
  name: string;
  /** Where the message claims it. */
  where: 'display name' | 'subject' | 'sign-off';
  /** The linked registrable domain: the name with affix words added. */
  link: string;
  /** The words added. */
  added: string[];
}

type ClaimedNameLinkContext = Pick<SenderContext, 'registry' | 'freemail' | 'config' | 'qrLimits'>;

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
  const words: string[] = [];
  for (const chunk of rest.split(/[-0-9]+/)) {
    if (!chunk) continue;
    const parts = segment(chunk);
    if (!parts) return null;
    words.push(...parts);
  }
  return words.some((w) => PURPOSE.has(w)) ? words : null;
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
function claimedNames(msg: ParsedMessage): { name: string; where: ClaimedNameLink['where'] }[] {
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
  if (out.length === 0) {
    if (msg.subject) read(msg.subject, 'subject');
    // The sign-off a letter speaks as (`The Optus Team`, `Ihr 1&1 Team`, `© 2025 Vivo`): a short line of capitalised words
    // among the last ones, as letterhead.ts reads a sign-off.
    for (const line of signOffLines(msg.visibleText)) read(line, 'sign-off');
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

/** The claimed name the check finds echoed in a link (its finding's data), or null: for tests and callers that want the facts alone. */
export function claimedNameLink(msg: ParsedMessage, ctx: ClaimedNameLinkContext): ClaimedNameLink | null {
  const found = (claimedNameLinksCheck(ctx).run(msg, undefined as never) as CheckOutput).findings[0];
  return found ? (found.data as unknown as ClaimedNameLink) : null;
}

/** The sender's domain (lower case; '' when none) and its parts. */
function senderDomain(msg: ParsedMessage): { domain: string; parts: ReturnType<typeof hostParts> | undefined } {
  const domain = (msg.from[0]?.asciiDomain || msg.from[0]?.domain || '').toLowerCase();
  return { domain, parts: domain ? hostParts(domain) : undefined };
}

export function claimedNameLinksCheck(ctx: ClaimedNameLinkContext): Check {
  return {
    name: 'sender.claimed-name-links',
    description: 'A link to a domain made of the organisation the message names and billing or account words, from a sender unrelated to it',
    emits: ['URL_CLAIMED_NAME_DRESSED'],
    run(msg: ParsedMessage): CheckOutput {
      const hosts = linkHosts(msg, ctx.config.maxLinkHosts, ctx.qrLimits);
      if (hosts.length === 0) return { findings: [] };
      // The sender's domain and the message's names are read for the first candidate link (a registrable label holding a
      // purpose word): most messages have none.
      let sender: ReturnType<typeof senderDomain> | undefined;
      let names: { name: string; where: ClaimedNameLink['where'] }[] | undefined;
      for (const host of hosts) {
        const link = hostParts(host);
        const label = link.domainWithoutSuffix;
        if (!link.domain || !label || label.length <= MIN_NAME || label.includes('.') || !HAS_PURPOSE_WORD.test(label)) continue;
        sender ??= senderDomain(msg);
        const { domain: fromDomain, parts: from } = sender;
        if (from?.domain && link.domain === from.domain) continue;
        names ??= claimedNames(msg);
        if (names.length === 0) return { findings: [] };
        for (const { name, where } of names) {
          const at = label.indexOf(name);
          if (at < 0 || label === name) continue;
          const added = affixWords(`${label.slice(0, at)}-${label.slice(at + name.length)}`);
          if (!added) continue;
          // The sender names the organisation in its own domain (its own second domain, or a sending domain of its name). A
          // domain that is none (`parcelas@correios`, no registrable domain) answers for no one.
          if (from?.domain && fromDomain.replace(NOT_DOMAIN_CHAR, '').includes(name)) continue;
          // A registered brand's own domain is its own, whoever links it; a registered brand's name dressed in a domain is
          // LOOKALIKE_LINK's reading (with the brand's real domains to compare), not a second one here.
          if (ctx.registry.ownersOf(link.domain).length > 0 || ctx.registry.mentionsInDisplayName(name).length > 0) continue;
          const found: ClaimedNameLink = { name, where, link: link.domain, added };
          return {
            findings: [{
              id: 'URL_CLAIMED_NAME_DRESSED',
              evidence: `the ${where} names ${name}, and a link goes to ${link.domain} (${name} with ${added.join(', ')} added), but the sender's domain ${fromDomain || '(none)'} has nothing of it`,
              data: { ...found },
            }],
          };
        }
      }
      return { findings: [] };
    },
  };
}
