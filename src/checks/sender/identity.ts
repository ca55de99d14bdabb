import { hostParts } from '../../links/registrable.js';
import { onlyRoleWords, registrableDomain, type BrandMention } from '../../brands/registry.js';
import type { Brand } from '../../brands/types.js';
import { findTextUrls } from '../../links/text-urls.js';
import type { DomainList } from '../../links/lists/index.js';
import { FAINT_TEXT_MIN_CHARS } from '../../mail/parse/index.js';
import { escapeRegExp } from '../../mail/term-alternation.js';
import { senderShownText, senderSubject } from '../../mail/own-words.js';
import type { Address, ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { SenderContext } from './context.js';
import { isFreemail } from './freemail.js';
import { destinations, hostOf, linkHosts, somePlainDestinationHost, someWrittenDestinationHost, type Destination } from './link-hosts.js';
import { shareServicePages } from '../../links/lists/share-pages.js';
import { disguisedWords } from './disguise.js';
import { letterheadClaim } from './letterhead.js';
import { displayNameMentions, subjectMentions } from './mentions.js';
import { recipientWords, unrelatedOrganisation } from './organisation.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import { allMatches } from '../../mail/all-matches.js';

/**
 * Trailing characters with no letter or digit (white space, dots, dashes, symbols) past which the signature window is moved:
 * an HTML body that ends in 50,000 links of "." (issue 17 item 8, session 63; pot design 5636 lost the brand its signature
 * names) or a wall of separators is no signature. Shorter runs (a closing line of dashes) are read as before.
 */
export const SIGNATURE_FILLER_CHARS = 100;

/**
 * The last `chars` characters of `text` that a signature may be in: before a trailing run of at least SIGNATURE_FILLER_CHARS
 * characters without a letter or digit, when there is one. Reads back from the end, ASCII only (any other character ends
 * the run), so it costs the run's length.
 */
export function signatureWindow(text: string, chars: number): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c > 0x7f || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) break;
    end--;
  }
  if (text.length - end < SIGNATURE_FILLER_CHARS) end = text.length;
  return text.slice(Math.max(0, end - chars), end);
}

/** E-mail addresses in running text (a signature, a subject). */
const ADDRESS_IN_TEXT = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.[\p{L}]{2,24}/gu;

/** A host written without its scheme (`www.…`, `www2.…`): withoutSharedHostUrls' first look (a module constant, not a literal per call). */
const WWW_HOST = /www\d{0,3}\./i;

/**
 * `text` with every URL on a host where anyone gets a folder, page or subdomain (ctx.tenantHosts) blanked out. Hosts are
 * read by hostOf, as for the message's links; a URL written without its scheme (`www.…`) is read as http.
 */
export function withoutSharedHostUrls(text: string, sharedHosts: DomainList): string {
  if (!text.includes('://') && !WWW_HOST.test(text)) return text;
  let out = '';
  let at = 0;
  for (const url of findTextUrls(text, { maxUrls: 50 })) {
    const host = hostOf(url.text.includes('://') ? url.text : `http://${url.text}`);
    if (!host || !sharedHosts.match(host)) continue;
    out += `${text.slice(at, url.index)} `;
    at = url.index + url.text.length;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * Starts of the line a mail client appends to what its user writes (lower-cased): the client names itself (`Sent from Yahoo
 * Mail on Android`, `Get Outlook for iOS`, `Von meinem iPhone gesendet`, `Yahoo!メールから送信`). Only with a word of a mail
 * client or a device in the line (CLIENT_WORDS): `Sent with Dropbox` is a share notice's claim to come from the service.
 */
const TAGLINE_STARTS = [
  'sent from ', 'sent via ', 'sent with ', 'get outlook for ', 'enviado desde ', 'enviado do ', 'enviado a partir d', 'envoyé de ',
  'envoyé depuis ', 'von meinem ', 'gesendet von ', 'inviato da ', 'verzonden vanaf ', 'verstuurd vanaf ', 'wysłane z ',
];
const CLIENT_WORDS = ['mail', 'outlook', 'iphone', 'ipad', 'android', 'ios', 'mobile', 'galaxy', 'blackberry', 'windows', 'メール'];
/** A Japanese client's tagline ends so (`iPhoneから送信`, `Yahoo!メールから送信`). */
const TAGLINE_END_JA = 'から送信';
/**
 * Lines 2002's providers and list hosts appended: an advert or their terms (`Do You Yahoo!?`, `Your use of Yahoo! Groups …`,
 * Hotmail's `Send and receive Hotmail on your mobile device` and `Join the world's largest e-mail service with MSN Hotmail`).
 */
const PROVIDER_LINE_STARTS = [
  'do you yahoo!?', 'your use of yahoo! groups is subject to', 'get your free download of msn explorer', 'send and receive hotmail on your mobile device',
  'join the world',
];
/** A provider line that starts so is the provider's only when it also holds this (`join the world…` is anyone's words). */
const PROVIDER_LINE_NEEDS: Readonly<Record<string, string>> = { 'join the world': 'largest e-mail service with msn hotmail' };
/**
 * The Yahoo! Groups sponsor block: a banner (`---- Yahoo! Groups Sponsor ----~-->`), the list host's advert with its
 * us.click.yahoo.com link, a closing rule that ends `~->`. The advert is the list host's, not the writer's; dropped whole
 * when the closing rule follows within this many lines (else the banner alone, as before).
 */
const SPONSOR_BLOCK_LINES = 10;
const providerLine = (l: string): boolean =>
  PROVIDER_LINE_STARTS.some((t) => l.startsWith(t) && (PROVIDER_LINE_NEEDS[t] === undefined || l.includes(PROVIDER_LINE_NEEDS[t]!)));
/**
 * What a line withoutClientTaglines drops holds in lower case (a tagline's opening or Japanese ending, a provider's line), in
 * any case: only U+0130 and U+212A lower-case to ASCII (clipboard.test.ts checks every code point), and U+0130's `i̇` breaks
 * any word it stands in, so a text without the Kelvin sign whose lines lower-case to one of them holds it in some case here.
 */
const TAGLINE_WORDS_ANY_CASE = lazyRegExp(() => new RegExp(
  [...TAGLINE_STARTS, TAGLINE_END_JA, ...PROVIDER_LINE_STARTS, 'yahoo! groups sponsor'].map(escapeRegExp).join('|') + '|\u212a',
  'i',
));
/** The longest tagline line read as one (a line that goes on is the writer's text). */
const MAX_TAGLINE = 80;

/**
 * The signature without the lines a mail client or provider appends (session 29): the brand there is the writer's tool, not
 * who the writer claims to be. Also the advert that follows 2002's `Do You Yahoo!?` up to the next blank line, and the banner
 * line of a Yahoo! Groups sponsor.
 */
export function withoutClientTaglines(text: string): string {
  // A text that holds none of the lines' openings in any case drops no line: returned before it is split (session 40).
  if (!TAGLINE_WORDS_ANY_CASE().test(text)) return text;
  const lines = text.split('\n');
  // The lines kept, made at the first line dropped: most texts have no tagline and are returned as they are (the same
  // string the lines would join back into), not copied (session 38).
  let out: string[] | undefined;
  let advert = false;
  // The last line of a Yahoo! Groups sponsor block being dropped (-1: none).
  let sponsorEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    let drop = false;
    if (i <= sponsorEnd) drop = true;
    else if (advert) {
      if (trimmed === '') advert = false;
      drop = true;
    } else if (trimmed.length <= MAX_TAGLINE) {
      // Lower case is never shorter than the text (tested): a longer line is the writer's text without being lower-cased.
      const l = trimmed.toLowerCase();
      if (l.length <= MAX_TAGLINE) {
        const client = (TAGLINE_STARTS.some((t) => l.startsWith(t)) || l.endsWith(TAGLINE_END_JA)) && CLIENT_WORDS.some((w) => l.includes(w));
        if (client || providerLine(l) || l.includes('yahoo! groups sponsor')) {
          // 2002's Yahoo! and Hotmail adverts go on to the next blank line (`Yahoo! Health` / `http://www.hotmail.com`).
          if (l.startsWith('do you yahoo!?') || l.startsWith('join the world')) advert = true;
          else if (l.includes('yahoo! groups sponsor')) sponsorEnd = sponsorBlockEnd(lines, i);
          drop = true;
        }
      }
    }
    if (drop) out ??= lines.slice(0, i);
    else out?.push(line);
  }
  return out ? out.join('\n') : text;
}

/**
 * The text without the lines quoted from the message replied to (`> …`, `>> …`, after blanks): in the last few hundred
 * characters of a reply they are the other writer's words (a list member quoting the Xbox offer they discuss), not who this
 * writer claims to be. A text with no `>` is returned as it is.
 */
export function withoutQuotedLines(text: string): string {
  if (!text.includes('>')) return text;
  const lines = text.split('\n');
  const kept = lines.filter((line) => !line.trimStart().startsWith('>'));
  return kept.length === lines.length ? text : kept.join('\n');
}

/**
 * A trademark notice: the sentence of a footer that gives other companies' marks to their owners ("Microsoft, Windows, and
 * the Windows logo are trademarks … of Microsoft Corporation", "Google Play and the Google Play logo are trademarks of Google
 * LLC" under every app's download badges, "… ist eine eingetragene Marke der …"). It acknowledges whose the name is; it is
 * not the writer claiming to be that company (session 51: a software vendor's newsletter, signature "names Microsoft").
 * A copyright line (`© 2024 Apple Inc.`, `TM and © Apple`) is no notice here: that one says who wrote the mail.
 */
// en "X is a (registered) trademark", "X are trademarks", "trademarks of / owned by", "service mark of"; de "ist eine (eingetragene)
// Marke", "sind Marken", "Marke(n) / Warenzeichen der, von"; fr "est une / sont des marque(s)", "marque(s) déposée(s)"; es, pt
// "es una / é uma / son / são marca(s) registrada(s), comerciais …", "marca(s) registrada(s)"; it "è un marchio", "sono marchi",
// "marchio / marchi registrato, -i"; nl "handelsmerk(en)"; ja "…の(登録)商標です".
const TRADEMARK_NOTICE =
  /\b(?:is|are)\s+(?:an?\s+|the\s+)?(?:registered\s+)?(?:trade\s?marks?|service\s+marks?)\b|\b(?:trade\s?marks?|service\s+marks?)\s+(?:of|owned\s+by|belonging\s+to)\b|\b(?:ist\s+eine|sind)\s+(?:eingetragene\s+)?(?:marken?|warenzeichen)\b|\b(?:eingetragene\s+)?(?:marken?|warenzeichen)\s+(?:der|des|von)\b|\b(?:est\s+une|sont\s+des)\s+marques?\b|\bmarques?\s+déposées?\b|(?:\bes\s+una|é\s+uma|\bson|\bsão)\s+marcas?\s+(?:registradas?|comerciais|comerciales|de)\b|\bmarcas?\s+registradas?\b|(?:è\s+un|\bsono)\s+marchi?o?\b|\bmarchi?o?\s+registrat[oi]\b|\bhandelsmerk(?:en)?\b|(?:登録)?商標(?:です|であり|または)/gi;
/** Every notice holds one of these (a mark's word in each language): a signature without them is not searched for a notice. */
const NOTICE_WORD = /mar[ckq]|merk|warenzeichen|商標/i;
/** A trademark notice is read as far as its sentence goes, at most this far back (the marks listed before the phrase) and on (the owner named after it). */
const NOTICE_BACK = 240;
const NOTICE_ON = 200;
/** Where a sentence ends: a stop, a question or exclamation mark followed by white space, a Japanese full stop, or a blank line. */
const SENTENCE_END = /[.!?](?=\s|$)|。|\n[^\S\n]*\n/g;

/**
 * A line the sentence runs on from: it ends in a comma, `and`, `or` or `&`; or it ends in a small letter, holds a few words (a
 * heading such as `Trademarks` does not) and the next line starts with a small letter (a signature's `The PayPal account team`
 * above `PayPal is a registered trademark …` is its own line).
 */
const RUNS_ON = /(?:,|\band|\bor|&)$/;
const RUNS_ON_WORD = /[a-z]$/;
const CONTINUES = /^\s*[a-z]/;
const RUN_ON_WORDS = 4;

/**
 * The text without its trademark notices (TRADEMARK_NOTICE), each cut from the start of its sentence to its end. The start: the
 * phrase's line, and the lines before it that the sentence runs on from (RUNS_ON, CONTINUES), never before the last sentence end (a
 * stop, question or exclamation mark before white space, or a blank line) and at most NOTICE_BACK characters back. The end:
 * the first sentence end after the phrase within NOTICE_ON characters, else the end of the phrase's line. So a line above a
 * notice (a signature's name, a heading) stays. A text without a notice is returned as it is.
 */
export function withoutTrademarkNotices(text: string): string {
  if (!NOTICE_WORD.test(text)) return text;
  TRADEMARK_NOTICE.lastIndex = 0;
  if (!TRADEMARK_NOTICE.test(text)) return text;
  TRADEMARK_NOTICE.lastIndex = 0;
  let out = '';
  let at = 0;
  for (const m of allMatches(TRADEMARK_NOTICE, text)) {
    const phrase = m.index;
    if (phrase < at) continue;
    const back = Math.max(at, phrase - NOTICE_BACK);
    let start = text.lastIndexOf('\n', phrase - 1) + 1;
    while (start > back) {
      const previousStart = text.lastIndexOf('\n', start - 2) + 1;
      const previous = text.slice(previousStart, start - 1).trim();
      const runsOn = RUNS_ON.test(previous) || (RUNS_ON_WORD.test(previous) && previous.split(/\s+/).length >= RUN_ON_WORDS && CONTINUES.test(text.slice(start, start + 8)));
      if (!runsOn) break;
      start = previousStart;
    }
    start = Math.max(start, back);
    SENTENCE_END.lastIndex = start;
    for (let e = SENTENCE_END.exec(text); e && e.index < phrase; e = SENTENCE_END.exec(text)) start = e.index + e[0].length;
    const after = phrase + m[0].length;
    SENTENCE_END.lastIndex = after;
    const e = SENTENCE_END.exec(text);
    let end: number;
    if (e && e.index < after + NOTICE_ON) end = e.index + e[0].length;
    else {
      const line = text.indexOf('\n', after);
      end = line < 0 ? text.length : line;
    }
    out += `${text.slice(at, start)} `;
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** The line that closes the sponsor block whose banner is line `at` (a rule ending `~->`), or `at` when none follows soon. */
function sponsorBlockEnd(lines: readonly string[], at: number): number {
  for (let j = at + 1; j < lines.length && j <= at + SPONSOR_BLOCK_LINES; j++) if (lines[j]!.trimEnd().endsWith('~->')) return j;
  return at;
}

/**
 * `text.replace(ADDRESS_IN_TEXT, replace)`, with the pattern run only over the stretch where a match can lie: from
 * 64 code points (at most 128 code units) before the first `@` to 1 + 253 + 1 + 24 code points after the last.
 * The pattern looks at nothing before where it starts, so outside that stretch it finds nothing, and tried at every
 * position of a 600-character signature (each try reads up to 64 characters before failing) it was most of this
 * check's time. The stretch never starts inside a surrogate pair (the u flag steps by code point).
 */
export function replaceAddresses(text: string, replace: (address: string) => string): string {
  const first = text.indexOf('@');
  if (first < 0) return text;
  let from = Math.max(0, first - 128);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from--;
  const to = Math.min(text.length, text.lastIndexOf('@') + 1 + 2 * (253 + 1 + 24));
  const replaced = replaceInStretch(text.slice(from, to), replace);
  return from === 0 && to === text.length ? replaced : text.slice(0, from) + replaced + text.slice(to);
}

/**
 * `stretch.replace(ADDRESS_IN_TEXT, replace)`, with the pattern tried once per `@`, sticky, at the one place a match
 * holding that `@` can start (localPartStart): an address holds exactly one `@`, so every match is found so, in
 * order. Started at up to 128 positions before each `@` and left to scan on after a failed one (`@handle`, `a@b`
 * with no dot after it), the pattern read every position of the text behind and after it (each try a word read and
 * backed off): most of this check's pattern time.
 */
function replaceInStretch(stretch: string, replace: (address: string) => string): string {
  let out = '';
  let done = 0;
  for (let next = 0; ; ) {
    const at = stretch.indexOf('@', next);
    if (at < 0) break;
    next = at + 1;
    const start = localPartStart(stretch, at, done);
    if (start === at) continue;
    ADDRESS_AT().lastIndex = start;
    const m = ADDRESS_AT().exec(stretch);
    if (!m) continue;
    out += stretch.slice(done, start) + replace(m[0]);
    done = start + m[0].length;
    next = done;
  }
  return done === 0 ? stretch : out + stretch.slice(done);
}
/** ADDRESS_IN_TEXT, matched only where it is started (sticky). */
const ADDRESS_AT = lazyRegExp(() => new RegExp(ADDRESS_IN_TEXT.source, 'uy'));

/**
 * Where the pattern's search for the address around the `@` at `at` starts: the leftmost position, not before `from`,
 * from which every code point up to `at` is one of the local part's (`[\p{L}\p{N}._%+-]`), at most 64 of them; `at`
 * when the character before the `@` is none. A match holding this `@` starts there if anywhere: the local part ends
 * at the `@` (it cannot hold one: the walk back stops at an earlier `@`), and what follows the `@` is read the same whichever
 * start is tried. Every start before it fails — the pattern tried at each of up to 128 positions before the `@`
 * (each reading a word and backing off) was most of this check's pattern time. Steps by code point, so it never
 * starts inside a surrogate pair.
 */
function localPartStart(text: string, at: number, from: number): number {
  let start = at;
  for (let n = 0; n < 64 && start > from; n++) {
    const c = text.charCodeAt(start - 1);
    if (c < 0x80) {
      if (LOCAL_PART_ASCII[c] === 0) break;
      start--;
    } else if (isLowSurrogate(c) && start - 2 >= from && isHighSurrogate(text.charCodeAt(start - 2))) {
      if (!LETTER_OR_NUMBER.test(text.slice(start - 2, start))) break;
      start -= 2;
    } else {
      if (!LETTER_OR_NUMBER.test(text[start - 1]!)) break;
      start--;
    }
  }
  return start;
}
/** ASCII characters of a local part in ADDRESS_IN_TEXT: letters, digits and `._%+-`. */
const LOCAL_PART_ASCII = ((): Uint8Array => {
  const table = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) if (/^[\p{L}\p{N}._%+-]$/u.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Domains written inside a display name (`support@paypal.com`, `Amazon.co.jp`). */
const DOMAIN_IN_TEXT = /(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)+[a-z]{2,24}/gi;

/**
 * A case, order or protocol number standing in a display name (`Statement-53231606`, `Bestelling: 98UJ19`,
 * `[ Ourocard ] - Protocolo: 557167787935906`): six or more digits, or six or more capitals and digits mixed.
 * Genuine notifications put their reference in the subject; kits put it in the name to look official and
 * to vary it per message. Returns the first such token.
 */
const REFERENCE = /(?<![\p{L}\p{N}])(?:\d[\d.-]{4,}\d|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,})(?![\p{L}\p{N}])/u;
export function referenceInDisplayName(name: string): string | undefined {
  const m = REFERENCE.exec(name.slice(0, 256).normalize('NFKC'));
  if (!m) return undefined;
  // Six digits with separators may be a phone number or a date, which a shop may write in its name: digits only count from six.
  return m[0].replace(/[.-]/g, '').length >= 6 ? m[0] : undefined;
}

/**
 * A sender domain that spells a government (`voebrasilgov.com`, `inform-gov.com.br`, `ssa.gov.document.example.de`)
 * while it is registered under an ordinary suffix: governments write from their own suffixes (`gov.br`,
 * `.gov`, `gouv.fr`, `gob.mx`), so the name is a claim the registry cannot vouch for. Returns the label that
 * claims it. `govdelivery.com` (the mailer many governments use) and words that merely begin with `gov` are not.
 */
const GOV_TOKEN = /^(?:gov|gob|gouv|govt|[a-z]{3,}gov|gov(?:br|uk|au|us|ca|pt|mx|ar|co|cl|pe|in|za|ph|ng))$/;
const GOV_SUFFIX = /(?:^|\.)(?:gov|gob|gouv|govt|gv|mil)(?:\.|$)/;
export function governmentClaim(domain: string): string | undefined {
  const parsed = hostParts(domain.toLowerCase());
  if (!parsed.domain || !parsed.publicSuffix || GOV_SUFFIX.test(parsed.publicSuffix)) return undefined;
  const labels = `${parsed.subdomain ?? ''}.${parsed.domainWithoutSuffix ?? ''}`.split(/[.-]+/).filter(Boolean);
  return labels.find((l) => GOV_TOKEN.test(l));
}

/** Whether a domain is under a government suffix (`irs.gov`, `receita.fazenda.gov.br`, `impots.gouv.fr`). */
export function governmentDomain(domain: string): boolean {
  const parsed = hostParts(domain.toLowerCase());
  return !!parsed.publicSuffix && GOV_SUFFIX.test(parsed.publicSuffix);
}

/**
 * An initial and a surname written without a space (`Craig R.Hughes`, `A.Ford`): a capital, a dot and a capitalised word.
 * Brand suffixes make such a pair a valid domain (`.hughes`, `.ford`, `.bond`, `.kim`); no sender writes a domain so.
 */
const INITIAL_AND_SURNAME = /^\p{Lu}\.\p{Lu}\p{Ll}+$/u;

/** Registrable domains that appear in a display name (NFKC first: full-width letters are common). */
export function domainsInDisplayName(name: string): string[] {
  const out = new Set<string>();
  const text = name.normalize('NFKC').slice(0, 512);
  // exec, not matchAll: matchAll makes a copy of the pattern (a new RegExp) and an iterator per call.
  DOMAIN_IN_TEXT.lastIndex = 0;
  for (let m = DOMAIN_IN_TEXT.exec(text); m; m = DOMAIN_IN_TEXT.exec(text)) {
    if (INITIAL_AND_SURNAME.test(m[0])) continue;
    const parsed = hostParts(m[0].toLowerCase());
    if (parsed.domain && parsed.isIcann) out.add(parsed.domain);
  }
  return [...out];
}

/**
 * Brand claims of the sender: a display name (strongly) or subject/signature (weakly) naming a brand
 * while the address is not the brand's; a domain inside the display name that is not the sender's; a
 * free-mail Reply-To under a company From. Facts once, several ids.
 */
export function identityCheck(ctx: SenderContext): Check {
  return {
    name: 'sender.identity',
    description: 'Brand impersonation by display name, subject or signature; display-name domains; free-mail Reply-To',
    emits: [
      'FROM_BRAND_DISPLAY_NAME', 'FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_FREEMAIL', 'FROM_BRAND_SUBJECT', 'FROM_DISPLAY_NAME_DOMAIN_MISMATCH', 'FROM_REPLYTO_FREEMAIL',
      'FROM_ORGANISATION_UNRELATED', 'FROM_TENANT_HOST', 'FROM_DISPLAY_NAME_REFERENCE', 'FROM_MIXED_SCRIPT_DISGUISE', 'FROM_GOVERNMENT_LOOKALIKE',
      'FROM_FREEMAIL', 'FROM_REPLYTO_ELSEWHERE', 'FROM_ORGANISATION_LETTERHEAD', 'FROM_AUTHORITY_CLAIMED', 'FROM_OWN_LINKS_ONLY',
    ],
    // The claims are read step by step by SenderClaims' methods, not in one long function: V8 tiers a function up
    // only after some hundred calls without a change to its inline caches, and a body of ~4.6 KB of bytecode that
    // many message shapes pass through kept changing them, so it was first optimised only after ~4,500 messages a
    // worker, the largest compile job of the pool's late passes (NOTES, issue 18, session 24). Same steps, same order.
    run(msg: ParsedMessage): CheckOutput {
      const from = msg.from[0];
      if (!from) return { findings: [] };
      const claims = new SenderClaims(ctx, msg, from);
      const mentions = from.name ? displayNameMentions(msg, ctx.registry, from.name) : [];
      claims.displayNameBrands(mentions);
      let namesBrand = mentions.length > 0;
      if (!namesBrand) {
        claims.brandMailbox();
        claims.subjectAndSignatureBrands();
        namesBrand = claims.looseDisplayNameClaim();
      }
      claims.organisationClaims(namesBrand);
      claims.nameAndDomainSigns();
      claims.replyToFacts();
      return { findings: claims.findings };
    },
  };
}

/** One message's sender claims (identityCheck): what the steps share, the findings they add, in the check's order. */
class SenderClaims {
  readonly findings: Finding[] = [];
  private readonly fromDomain: string;
  private readonly fromReg: string | null;
  private readonly freemail: boolean;
  private readonly at: string;
  /** The sender's own registrable domain, for its links: not free-mail's, not a subdomain of a host where anyone gets one (the service itself, `dropbox.com`, is its own). */
  private readonly senderOwnHost: string | undefined;
  /** A person's own free-mail box: a name that is someone's, not a notifier's role words (`Documents`, `Support`). */
  private readonly personalSender: boolean;
  private recipientsOnce: Set<string> | undefined = undefined;
  private recipientWordsOnce: Set<string> | undefined = undefined;
  private hostsOnce: string[] | undefined = undefined;

  constructor(
    private readonly ctx: SenderContext,
    private readonly msg: ParsedMessage,
    private readonly from: ParsedMessage['from'][number],
  ) {
    const fromDomain = from.domain;
    this.fromDomain = fromDomain;
    this.fromReg = fromDomain ? registrableDomain(from.asciiDomain || fromDomain) : null;
    this.freemail = fromDomain !== '' && isFreemail(fromDomain, ctx.freemail);
    this.at = fromDomain || '(no domain)';
    const tenantOfSender = fromDomain ? ctx.tenantHosts.match(fromDomain) : undefined;
    this.senderOwnHost = this.fromReg && !this.freemail && (!tenantOfSender || tenantOfSender === fromDomain.toLowerCase()) ? this.fromReg : undefined;
    this.personalSender = this.freemail && !onlyRoleWords(from.name ?? '');
  }

  // Where the reader is sent (anchors, forms, URLs in the text and QR codes; not images), undefined past the limit.
  private sentTo(): readonly Destination[] | undefined {
    return destinations(this.msg, this.ctx.config.maxLinkHosts, this.ctx.qrLimits);
  }

  // A webmail brand's own services write from its subdomains (reply.yahoo.com, accounts.google.com);
  // its users' mailboxes sit at the listed domain itself. Only the latter is anyone's free-mail.
  private ownService(brandId: string): boolean {
    return this.fromDomain !== '' && !this.ctx.freemail.has(this.fromDomain) && this.ctx.registry.ownsDomain(brandId, this.fromDomain);
  }

  // Added one by one, not spread into a mapped and concatenated array: in the worker pool that chain kept
  // throwing this whole function's optimised code away ("wrong map" at the concat), and it was recompiled
  // in every pass (NOTES, issue 18, session 10). Same set, same order.
  // Made only when an address written in the subject or signature asks (most messages have none).
  private recipients(): Set<string> {
    if (this.recipientsOnce) return this.recipientsOnce;
    const msg = this.msg;
    const recipientsOnce = new Set<string>();
    for (const a of msg.to) recipientsOnce.add(a.address.toLowerCase());
    for (const a of msg.cc) recipientsOnce.add(a.address.toLowerCase());
    for (const d of msg.deliveredTo) recipientsOnce.add(d);
    this.recipientsOnce = recipientsOnce;
    return recipientsOnce;
  }

  // The recipient's own words, made at most once per message (the organisation and letterhead claims both may ask).
  private ownWords(): Set<string> {
    return (this.recipientWordsOnce ??= recipientWords(this.msg));
  }

  // The sender's domain and the link hosts, likewise once for both claims.
  private messageHosts(): string[] {
    return (this.hostsOnce ??= [this.fromDomain, ...linkHosts(this.msg, this.ctx.config.maxLinkHosts, this.ctx.qrLimits)]);
  }

  /** The brands the display name names: the sender's own, or claimed from elsewhere or from free-mail. */
  displayNameBrands(mentions: readonly BrandMention[]): void {
    const { findings, fromDomain, freemail, at } = this;
    const { registry } = this.ctx;
    const name = this.from.name;
    // Co-branding (`三井住友カード Visa` from smbc-card.com): when the address belongs to one brand named, that brand is the sender.
    let ownerNamed = false;
    for (const m of mentions) {
      if ((!freemail && fromDomain !== '' && registry.ownsDomain(m.brand.id, fromDomain)) || this.ownService(m.brand.id)) {
        ownerNamed = true;
        break;
      }
    }
    for (const m of mentions) {
      const data = { brand: m.brand.name, brandId: m.brand.id, alias: m.alias, domain: fromDomain };
      const owns = fromDomain !== '' && registry.ownsDomain(m.brand.id, fromDomain);
      if ((owns && !freemail) || this.ownService(m.brand.id)) {
        findings.push({ id: 'FROM_BRAND_OWN_DOMAIN', evidence: `display name "${name}" names ${m.brand.name}; address at its domain ${at}`, data });
      } else if (!ownerNamed) {
        findings.push({
          id: 'FROM_BRAND_DISPLAY_NAME',
          evidence: `display name "${name}" names ${m.brand.name} (${m.alias}), but the address is at ${at}`,
          data,
        });
        if (m.brand.category === 'government') this.authorityClaimed(m.brand.name, 'display name');
      }
      if (freemail && !this.ownService(m.brand.id)) findings.push({ id: 'FROM_BRAND_FREEMAIL', evidence: `"${name}" (${m.brand.name}) writes from free-mail ${at}`, data });
    }
  }

  // A brand's own mailbox with no name or only role words (`service@paypal.com`, `Account Service`): the address is
  // the claim (session 11: PayPal and eBay lures of Nazario's mboxes wrote so, with a raw IP link). Any other name
  // — a person's, a product's — is left alone: a brand's employees write to lists from its domain, and spammers
  // borrow a brand's domain under an advert's name; neither speaks as the brand.
  /** Called when the display name names no brand. */
  brandMailbox(): void {
    const { from, fromDomain, freemail } = this;
    if (fromDomain !== '' && onlyRoleWords(from.name ?? '')) {
      let owner: Brand | undefined;
      for (const b of this.ctx.registry.ownersOf(from.asciiDomain || fromDomain)) {
        if (!freemail || this.ownService(b.id)) {
          owner = b;
          break;
        }
      }
      if (owner) {
        this.findings.push({
          id: 'FROM_BRAND_OWN_DOMAIN',
          evidence: from.name ? `address ${from.address} is at ${owner.name}'s domain, and the display name "${from.name}" names no one else` : `address ${from.address} is at ${owner.name}'s domain, with no display name`,
          data: { brand: owner.name, brandId: owner.id, alias: '', domain: fromDomain },
        });
      }
    }
  }

  /** Brands named in the subject or the signature, not the sender's (called when the display name names none). */
  subjectAndSignatureBrands(): void {
    const { ctx, msg, fromDomain, freemail, at } = this;
    const { registry } = ctx;
    // The sender's own words (a forward's attached letter is read as a letter of its own: src/mail/own-words.ts).
    const signature = ctx.config.signatureChars > 0 ? signatureWindow(senderShownText(msg), ctx.config.signatureChars) : '';
    // Text in a colour the reader may not see (a newsletter appended in white on a page whose background is a picture) would
    // push the real signature out of the window: the end of the text without it is read too, so such text never hides a claim.
    const faintless = ctx.config.signatureChars > 0 && msg.htmlFacts.faintColourChars >= FAINT_TEXT_MIN_CHARS ? signatureWindow(msg.htmlFacts.textWithoutFaint, ctx.config.signatureChars) : '';
    const seen = new Set<string>();
    for (const [where, raw] of [['subject', senderSubject(msg)], ['signature', signature], ['signature', faintless === signature ? '' : faintless]] as const) {
      if (!raw) continue;
      // A mailbox quoted in the text is a person's, usually the recipient's own (`sent to you@hotmail.com`):
      // the brand of its provider is not the sender's. The brand's own address stays (`help@paypal.com`).
      const withoutMailboxes = replaceAddresses(raw, (a) => (isFreemail(a.slice(a.lastIndexOf('@') + 1), ctx.freemail) || this.recipients().has(a.toLowerCase()) ? ' ' : a));
      // Likewise a share link on a host anyone uses (`https://drive.google.com/…`, `1drv.ms/…`) is the writer's
      // folder, not a claim to be Google or Microsoft: with the file-host link itself it made PHISH_IMPERSONATION_TENANT_HOST
      // of ordinary mail that shares a folder. The brand's name written out (`Microsoft OneDrive`) still counts.
      // And a line quoted from the message replied to (`> …`) is that message's writer's, not this one's signature.
      // And a trademark notice gives a mark to its owner ("… are trademarks of Microsoft Corporation"): no claim to be it.
      const text = where === 'signature' ? withoutSharedHostUrls(withoutTrademarkNotices(withoutClientTaglines(withoutQuotedLines(withoutMailboxes))), ctx.tenantHosts) : withoutMailboxes;
      // The subject's mentions are shared with sender.lookalike when it reads the same text (no address written out).
      for (const m of where === 'subject' ? subjectMentions(msg, registry, text, 2048) : registry.mentionsInText(text, 2048)) {
        if (where === 'subject' && fromDomain && !freemail && !seen.has(m.brand.id) && registry.ownsDomain(m.brand.id, fromDomain)) {
          // The subject speaks as the brand whose domain the address is at ("INTERNET KONTO >>> Deutsche Postbank" from
          // 566gable@postbank.de): the address is the claim, whatever person's name is shown (brandMailbox reads the name
          // alone, and leaves a person's name be). Scores nothing itself; unauthenticated, it is FROM_BRAND_UNAUTHENTICATED.
          seen.add(m.brand.id);
          if (!this.findings.some((f) => f.id === 'FROM_BRAND_OWN_DOMAIN')) {
            this.findings.push({
              id: 'FROM_BRAND_OWN_DOMAIN',
              evidence: `subject names ${m.brand.name} (${m.alias}); address ${this.from.address} at its domain`,
              data: { brand: m.brand.name, brandId: m.brand.id, alias: m.alias, domain: fromDomain },
            });
          }
          continue;
        }
        if (seen.has(m.brand.id) || (fromDomain && registry.ownsDomain(m.brand.id, fromDomain) && !freemail) || this.ownService(m.brand.id)) continue;
        // The file-sharing service every link goes to (`the photos are on Dropbox` and a Dropbox folder) is the service the
        // writer uses, not who the writer claims to be (session 24) — when the writer is a person's mailbox or the folder is
        // on the sender organisation's own tenant. A link anywhere else, or a notifier's name, keeps the claim.
        // A link that reads without the URL parser and goes elsewhere settles it before every link is parsed (sentTo).
        if (!linkElsewhereThan(msg, ctx.config.maxLinkHosts, registry, m.brand.id, this.senderOwnHost)
          && namesShareServiceOfLinks(m.brand.id, this.sentTo(), registry, this.senderOwnHost, this.personalSender, this.fromReg)) continue;
        seen.add(m.brand.id);
        this.findings.push({
          id: 'FROM_BRAND_SUBJECT',
          evidence: `${where} names ${m.brand.name} (${m.alias}); sender at ${at}`,
          data: { brand: m.brand.name, brandId: m.brand.id, alias: m.alias, where, domain: fromDomain },
        });
      }
    }
  }

  /**
   * Session 53 (draw53e): a public authority (a registered brand of category `government`, or a letterhead's authority) is
   * claimed by a sender that no domain of the message belongs to — in the display name or the letterhead, where the sender
   * speaks as the authority. Not a mention in the subject or signature: an accountant's "your IRS forms are ready" or "enrolled
   * to practise before the Internal Revenue Service" names the authority without claiming to be it. Once a message;
   * URL_MALWARE_AUTHORITY_DOCUMENT reads it with a document to view elsewhere.
   */
  authorityClaimed(organisation: string, where: string): void {
    if (this.findings.some((f) => f.id === 'FROM_AUTHORITY_CLAIMED')) return;
    this.findings.push({
      id: 'FROM_AUTHORITY_CLAIMED',
      evidence: `the ${where} names a public authority, ${organisation}, that no domain of the message belongs to`,
      data: { organisation, where, domain: this.fromDomain },
    });
  }

  /**
   * The display name read loosely for a brand the subject or signature names (FROM_BRAND_SUBJECT): one letter off a long
   * alias of that brand (`LedgeLive`, `DocSign`) is the same brand's claim when the text names it too
   * (BrandRegistry.looseDisplayNameMention says why not alone, and why a weak alias among other words is not). The
   * text's finding becomes the display name's, as if the name had matched outright. Whether any did.
   */
  looseDisplayNameClaim(): boolean {
    const name = this.from.name;
    if (!name) return false;
    const { findings } = this;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      if (f.id !== 'FROM_BRAND_SUBJECT') continue;
      const data = f.data as { brandId: string; alias: string; where: string };
      const mention = this.ctx.registry.looseDisplayNameMention(name, data.brandId);
      if (!mention) continue;
      findings.splice(i, 1);
      const before = findings.length;
      this.displayNameBrands([mention]);
      const claim = findings[before];
      if (claim?.id === 'FROM_BRAND_DISPLAY_NAME') {
        claim.evidence = `display name "${name}" names ${mention.brand.name} (${mention.alias}) as the ${data.where} does (${data.alias}), but the address is at ${this.at}`;
      }
      return true;
    }
    return false;
  }

  /** An organisation the display name or else the letterhead claims that no domain of the message belongs to. */
  organisationClaims(namesBrand: boolean): void {
    const { msg, from, fromDomain, at } = this;
    const ownWords = (): Set<string> => this.ownWords();
    let nameClaims = namesBrand;
    if (from.name && !namesBrand) {
      // No registered brand: does the name claim an organisation that no domain of the message belongs to?
      const claim = unrelatedOrganisation(from.name, this.messageHosts(), { subject: senderSubject(msg), text: senderShownText(msg) }, ownWords);
      if (claim) {
        nameClaims = true;
        this.findings.push({
          id: 'FROM_ORGANISATION_UNRELATED',
          evidence: `display name "${claim.name}" names an organisation (${claim.words.join(' ')}; ${claim.cue}) that neither the sender's domain ${at} nor a linked domain belongs to`,
          data: { organisation: claim.name, words: claim.words, cue: claim.cue, domain: fromDomain },
        });
        // Session 57 (helper det57): the organisation is a public authority (`Agenzia delle Entrate`, `Bundespolizei`, `Ministry
        // of Finance` from free mail): its claim in the display name, as a registered authority's is.
        if (claim.authority) this.authorityClaimed(claim.name, 'display name');
      }
    }
    // A sender whose name claims no one (a number, a person's name, nothing) under a letterhead that names an
    // organisation no domain of the message belongs to. An authority writing from a government suffix is its own.
    // Session 53 (draw53e): a name that claims an organisation the registry does not know ("Statement 2026", "E-Statement
    // Service") leaves the letterhead to be read for a public authority only (FROM_AUTHORITY_CLAIMED), not as a second claim.
    const authorityOnly = nameClaims && !namesBrand;
    if ((!nameClaims || authorityOnly) && !(fromDomain && governmentDomain(from.asciiDomain || fromDomain))) {
      const letterhead = letterheadClaim(senderShownText(msg), senderSubject(msg), this.messageHosts(), this.ctx.registry, ownWords);
      if (letterhead && !authorityOnly) {
        this.findings.push({
          id: 'FROM_ORGANISATION_LETTERHEAD',
          evidence: `the ${letterhead.where === 'head' ? 'letterhead' : 'sign-off'} "${letterhead.line.slice(0, 120)}" names ${letterhead.organisation}, but neither the sender's domain ${at} nor a linked domain belongs to it`,
          data: { organisation: letterhead.organisation, ...(letterhead.brandId ? { brandId: letterhead.brandId } : {}), where: letterhead.where, domain: fromDomain },
        });
      }
      // Session 53 (draw53e): the letterhead is a public authority's (a tax office, a social-security or revenue agency, a
      // ministry).
      if (letterhead?.government) this.authorityClaimed(letterhead.organisation, letterhead.where === 'head' ? 'letterhead' : 'sign-off');
    }
  }

  /** Disguised letters, a government look-alike, a reference for a name, a tenant host, domains in the display name. */
  nameAndDomainSigns(): void {
    const { msg, from, fromDomain, fromReg, at, findings } = this;
    const disguised = [...disguisedWords(from.name ?? '', 256), ...disguisedWords(msg.subjectAsWritten ?? msg.subject, 512)].slice(0, 5);
    if (disguised.length > 0) {
      findings.push({
        id: 'FROM_MIXED_SCRIPT_DISGUISE',
        evidence: `${disguised.map((w) => `"${w}"`).join(', ')} written with letters of another script that pass for Latin ones`,
        data: { words: disguised },
      });
    }
    const gov = fromDomain ? governmentClaim(from.asciiDomain || fromDomain) : undefined;
    if (gov) {
      findings.push({
        id: 'FROM_GOVERNMENT_LOOKALIKE',
        evidence: `sender domain ${fromDomain} spells "${gov}" but is not under a government suffix`,
        data: { domain: fromDomain, token: gov },
      });
    }
    const reference = from.name ? referenceInDisplayName(from.name) : undefined;
    if (reference) {
      findings.push({
        id: 'FROM_DISPLAY_NAME_REFERENCE',
        evidence: `display name "${from.name.slice(0, 120)}" carries the reference ${reference} instead of a sender's name`,
        data: { reference, domain: fromDomain },
      });
    }
    const tenant = fromDomain ? this.ctx.tenantHosts.match(fromDomain) : undefined;
    if (tenant && fromDomain !== tenant) {
      findings.push({
        id: 'FROM_TENANT_HOST',
        evidence: `sender ${from.address} writes from a subdomain of ${tenant}, where anyone can get one`,
        data: { domain: fromDomain, host: tenant },
      });
    }
    if (from.name) {
      for (const d of domainsInDisplayName(from.name)) {
        if (fromReg && d === fromReg) continue;
        findings.push({
          id: 'FROM_DISPLAY_NAME_DOMAIN_MISMATCH',
          evidence: `display name "${from.name}" shows ${d}, but the address is at ${at}`,
          data: { shown: d, domain: fromDomain },
        });
      }
    }
  }

  // Facts for composites (0 points): who would receive an answer. Most free-mail senders are people, and mailing
  // lists set Reply-To to the list: neither is a sign alone (CONTENT_BEC_SCAM uses them).
  /** Free-mail sender, a Reply-To elsewhere, a free-mail Reply-To under a company From. */
  replyToFacts(): void {
    const { msg, from, fromDomain, fromReg, freemail, findings } = this;
    const ctx = this.ctx;
    // Fact for composites (0 points): the message sends its reader nowhere but the sender's own domain (or its brand's),
    // so a forged From gains the forger nothing — what DMARC would have told, when nothing authenticates the message.
    const own = ownLinksOnly(msg, () => this.sentTo(), this.senderOwnHost, fromDomain, ctx);
    if (own) findings.push({ id: 'FROM_OWN_LINKS_ONLY', evidence: `every link (${own.join(', ')}) goes to the sender's own domain ${fromReg}${own.some((h) => registrableDomain(h) !== fromReg) ? " or its brand's" : ''}`, data: { domain: fromDomain, hosts: own } });
    // A mailbox at the provider's own domain (a service writing from one of its subdomains, reply.yahoo.com, is not).
    if (freemail && ctx.freemail.has(fromDomain.toLowerCase())) findings.push({ id: 'FROM_FREEMAIL', evidence: `sender ${from.address} is at free-mail ${fromDomain}`, data: { domain: fromDomain } });
    // A bulk mailer sending for a customer whose own address is at free mail may not send as it (the provider's DMARC
    // policy rejects that), so it writes the customer's address into its own From (`jane.doe=gmail.com@mailer.example`,
    // `jane+2Edoe=gmail.com@…`) and sets Reply-To to it: the answer goes to whom the From names. That is the free-mail
    // sender's own mail, read as FROM_FREEMAIL, not a reply diverted elsewhere.
    const relayed = msg.replyTo.find((r) => r.domain && localPartSpells(from.local, r));
    if (relayed && !freemail && isFreemail(relayed.domain, ctx.freemail)) {
      findings.push({ id: 'FROM_FREEMAIL', evidence: `sender ${relayed.address} is at free-mail ${relayed.domain}`, data: { domain: relayed.domain, via: fromDomain } });
    }
    const elsewhere = fromReg ? msg.replyTo.find((r) => r !== relayed && r.domain && registrableDomain(r.asciiDomain || r.domain) !== fromReg) : undefined;
    if (elsewhere) {
      findings.push({ id: 'FROM_REPLYTO_ELSEWHERE', evidence: `From ${from.address} but Reply-To ${elsewhere.address}`, data: { from: from.address, replyTo: elsewhere.address } });
    }

    const replyTo = msg.replyTo.find((r) => r !== relayed && r.domain && isFreemail(r.domain, ctx.freemail));
    if (replyTo && fromDomain && !freemail && registrableDomain(replyTo.domain) !== fromReg) {
      findings.push({
        id: 'FROM_REPLYTO_FREEMAIL',
        evidence: `From ${from.address} but Reply-To ${replyTo.address} (free-mail)`,
        data: { from: from.address, replyTo: replyTo.address },
      });
    }
  }
}

/**
 * Whether the brand named is the file-sharing service the writer uses: the message has a link, and every link goes to a share
 * page (src/links/lists/share-pages.ts) of that brand's — shared by a person's free-mail box (`personal`), or in the sender organisation's
 * own tenant (`brightwell.sharepoint.com` for brightwell.co.uk) — or to the sender's own domain (`ownHost`, a signature's web
 * site). A notifier at a domain of its own (`Documents <share@…>`) sharing elsewhere is the share lure's shape: it keeps the claim.
 */
export function namesShareServiceOfLinks(
  brandId: string, sentTo: readonly Destination[] | undefined, registry: SenderContext['registry'], ownHost: string | undefined, personal: boolean, fromReg: string | null,
): boolean {
  if (!sentTo || sentTo.length === 0) return false;
  const label = !personal && fromReg ? organisationLabel(fromReg) : undefined;
  let shared = false;
  for (const d of sentTo) {
    if (shareServicePages.match(d.host, d.path) && registry.ownsDomain(brandId, d.host) && (personal || (label !== undefined && tenantLabel(d.host) === label))) shared = true;
    else if (!ownHost || registrableDomain(d.host) !== ownHost) return false;
  }
  return shared;
}

/**
 * Whether one of the message's links whose host reads without the URL parser (somePlainDestinationHost, someWrittenDestinationHost)
 * goes to a host of neither the brand nor the sender's own domain (`ownHost`): namesShareServiceOfLinks is then false whatever the
 * other links are (each such host is one of destinations()' own, and such a destination ends its loop with false; when
 * destinations() gives undefined it is false too), told before destinations() parses every link.
 */
export function linkElsewhereThan(msg: ParsedMessage, maxLinkHosts: number, registry: SenderContext['registry'], brandId: string, ownHost: string | undefined): boolean {
  const elsewhere = (host: string): boolean => !registry.ownsDomain(brandId, host) && (!ownHost || registrableDomain(host) !== ownHost);
  return somePlainDestinationHost(msg, elsewhere) || someWrittenDestinationHost(msg, maxLinkHosts, elsewhere);
}

/** A registrable domain's own label without hyphens (`brightwell-surveys.co.uk` → `brightwellsurveys`), at least four letters. */
function organisationLabel(reg: string): string | undefined {
  const label = hostParts(reg).domainWithoutSuffix?.replace(/-/g, '');
  return label && label.length >= 4 ? label : undefined;
}
/** A tenant host's first label, its personal-site suffix and hyphens dropped (`brightwell-my.sharepoint.com` → `brightwell`). */
function tenantLabel(host: string): string {
  return host.slice(0, host.indexOf('.')).replace(/-my$/, '').replace(/-/g, '');
}

/**
 * The hosts of a message that sends its reader only to the sender's own registrable domain (`ownHost`) or to a domain of the
 * brand that owns it (`deutschebahn.com` linking `bahn.de`), never to a host where anyone gets a page (file, site and app
 * hosts, unless it is a file-share page the service draws), with at least one link, any Reply-To at those domains too, and
 * no attachment but pictures (a document or page attached is somewhere else to act). Undefined otherwise.
 */
function ownLinksOnly(msg: ParsedMessage, sentTo: () => readonly Destination[] | undefined, ownHost: string | undefined, fromDomain: string, ctx: SenderContext): string[] | undefined {
  if (!ownHost) return undefined;
  for (const a of msg.attachments) if (!a.declaredType.startsWith('image/')) return undefined;
  // The brands owning the sender's domain, looked up on the first host that is not the sender's own domain (most messages
  // link only their own, or settle on another host that no brand of theirs owns, before that): a pure look-up, read once.
  let owners: ReturnType<typeof ctx.registry.ownersOf> | undefined;
  const isOwn = (host: string): boolean => registrableDomain(host) === ownHost || ctx.registry.ownedByAnyOf((owners ??= ctx.registry.ownersOf(fromDomain)), host);
  for (const r of msg.replyTo) if (!r.domain || !isOwn(r.asciiDomain || r.domain)) return undefined;
  // A link elsewhere settles it: first the links whose hosts read without the URL parser (most mail that has such a link).
  if (somePlainDestinationHost(msg, (host) => !isOwn(host))) return undefined;
  if (someWrittenDestinationHost(msg, ctx.config.maxLinkHosts, (host) => !isOwn(host))) return undefined;
  // Read last: the links are the costly part (a URL parse per unique link).
  const links = sentTo();
  if (!links || links.length === 0) return undefined;
  const hosts = new Set<string>();
  for (const d of links) {
    if (!isOwn(d.host) || (ctx.tenantHosts.match(d.host) && !shareServicePages.match(d.host, d.path))) return undefined;
    hosts.add(d.host);
  }
  return [...hosts].slice(0, 5);
}

/**
 * Whether a From local part is `address` as a bulk mailer writes its customer's: `@` as `=`, and `+XX` hex escapes
 * undone (`jane+2Edoe=gmail.com` for jane.doe@gmail.com). The whole local part, nothing around it: a VERP return address
 * that carries the recipient after a tag (`unsubs-96a0-list=host.example`) is not the sender's.
 */
export function localPartSpells(local: string, address: Pick<Address, 'local' | 'domain'>): boolean {
  if (!address.local || !address.domain || local.length > 200 || !local.includes('=')) return false;
  const unescaped = local.includes('+') ? local.replace(/\+([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : local;
  return unescaped.toLowerCase() === `${address.local.toLowerCase()}=${address.domain.toLowerCase()}`;
}

