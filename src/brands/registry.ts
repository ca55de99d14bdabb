import { defaultBrands } from './defaults.js';
import { parse as parseDomain } from 'tldts';
import { hostParts } from '../links/registrable.js';
import type { ProtectedDomain } from '../lookalike/detector.js';
import { isCountrySuffix } from '../lookalike/country-suffix.js';
import { damerauLevenshtein } from '../lookalike/edits.js';
import { AhoCorasick } from './aho-corasick.js';
import { foldBrandText, foldedMatches, latinEdges, type FoldedText } from './normalize.js';
import type { Brand } from './types.js';

/** A brand named in some text, and the alias that named it. */
export interface BrandMention {
  brand: Brand;
  /** The alias as configured (`ウイルスバスター`). */
  alias: string;
  /** Whether the alias was a weak one that matched only because the text is the brand name alone. */
  weak: boolean;
}

interface AliasEntry {
  brand: Brand;
  alias: string;
  folded: string;
  start: boolean;
  end: boolean;
}

/**
 * Words that accompany a brand name in a sender's display name without changing who it claims to be
 * (`Apple Support`, `au お客様センター`). A weak alias counts only when nothing else is left.
 */
const ROLE_WORDS = [
  'support', 'team', 'service', 'services', 'customer', 'customers', 'care', 'account', 'accounts', 'security',
  'official', 'info', 'information', 'notification', 'notifications', 'notice', 'alert', 'alerts', 'center',
  'centre', 'help', 'helpdesk', 'desk', 'store', 'online', 'id', 'mail', 'noreply', 'no', 'reply', 'japan', 'jp',
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'the', 'billing', 'pay', 'card', 'member', 'members',
  '株式会社', '公式', 'カスタマーサポート', 'カスタマーセンター', 'サポートセンター', 'サポート', 'お客様センター', 'お客さまセンター',
  'お客様サポート', 'お客さまサポート', 'お知らせ', '事務局', '運営事務局', '運営', 'センター', '通知', 'セキュリティ', 'アカウント',
  'チーム', 'サービス', 'カスタマー', 'ヘルプ', 'インフォメーション', 'からのお知らせ', 'より', 'から', 'の', '会員', '窓口',
  // Seen around brand names in today's phishing (en, de, pt, es, fr, nl): `Ledger News`, `ADAC-Versand`,
  // `Mercado Livre Atendimento`, `Correos Servicio`, `La Poste Service Client`, `PostNL Klantenservice`.
  'news', 'newsletter', 'update', 'updates', 'department', 'dept', 'rewards', 'reward', 'loyalty', 'program', 'programme',
  'notifications', 'payments', 'payment', 'notices', 'membership', 'verification', 'your', 'my', 'official', 'global', 'us', 'usa',
  'kundenservice', 'kundendienst', 'versand', 'mitgliederservice', 'benachrichtigung', 'sicherheit', 'konto', 'ihr', 'ihre',
  'atendimento', 'suporte', 'aviso', 'avisos', 'notificacao', 'notificação', 'seguranca', 'segurança', 'cliente', 'clientes', 'conta',
  'servicio', 'soporte', 'atencion', 'atención', 'seguridad', 'cuenta', 'client', 'clients', 'securite', 'sécurité', 'compte',
  'klantenservice', 'klantendienst', 'beveiliging', 'claims', 'claim', 'refunds', 'refund', 'rewards', 'team',
  // A claims agent's or a debtor's name in a bankruptcy lure (`Celsius Corporate Restructuring`, `FTX Legal`): session 48.
  'corporate', 'restructuring', 'legal', 'compliance', 'settlement',
  // A courier's own words beside its name (`UPS Parcel`, `UPS | Paket Service`, `DPD Zustellung`): the claim of a parcel
  // notice (session 6). Not `express` or `delivery` alone: newspapers and shops carry them in their own names.
  'parcel', 'parcels', 'package', 'tracking', 'paket', 'pakete', 'zustellung', 'lieferservice', 'sendungsverfolgung',
  'encomenda', 'encomendas', 'entrega', 'entregas', 'paquete', 'envío', 'envio', 'colis', 'livraison', 'pakket', 'bezorging',
].map((w) => foldBrandText(w).text);
/**
 * `Katie from Ledger`, `Equipe de PayPal`: a display name that says it writes on behalf of an organisation
 * after one of these words claims that organisation as much as its bare name does.
 */
const ON_BEHALF = /(?:^|[\s,|·•:-])(?:from|von|vom|de|da|do|du|des|del|van|of|at|bei|chez|für|for|on behalf of|via)\s+(.{2,80})$/iu;
const ROLE_SET = new Set(ROLE_WORDS);
/** A run of digits with no letter or digit on either side (`2024`, each part of `8/29/02`). */
const STANDALONE_NUMBER = /(?<![\p{L}\p{N}])\p{N}+(?![\p{L}\p{N}])/gu;
/** Whether a folded word (foldBrandText) is a role word (`support`, `kundenservice`, `お客様センター`). */
export function isRoleWord(folded: string): boolean {
  return ROLE_SET.has(folded);
}
const ROLE_BY_LENGTH = [...ROLE_SET].filter((w) => !/^[a-z0-9]+$/.test(w)).sort((a, b) => b.length - a.length);

/** The shortest one-word alias that lookalikeAlias reads (`Lidl`, `Visa` and shorter collide with ordinary words' folds). */
const LOOKALIKE_ALIAS_MIN = 5;

/** A one-word alias by its fold (BrandRegistry.lookalikeAlias): the first brand with that fold, and every spelling of it. */
interface OneWordAlias extends BrandMention {
  spellings: string[];
}

/** A word as spelt, whatever its case and accents: `Itaú`, `ITAU` and `itau` are one spelling. */
function plainSpelling(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The brand registry: which brands exist, which domains are theirs, and where a text names one.
 * @example
 * const registry = new BrandRegistry(defaultBrands());
 * registry.mentionsInDisplayName('ウイルスバスター')[0]?.brand.name // 'Trend Micro'
 * registry.ownsDomain('trendmicro', 'www.trendmicro.co.jp') // true
 */
const NO_BRANDS: readonly Brand[] = noBrands();

/**
 * An empty list of brands of the same elements kind as the stored lists (objects), shared: a `[]` literal is an array of
 * small integers, and an optimised reader of ownersOf's answer that had seen one kind was thrown away at the other
 * ("wrong map", ownLinksOnly's, NOTES issue 18, session 43). Popped, not sliced: the kind stays what the push made it.
 */
function noBrands(): readonly Brand[] {
  const list = [{} as Brand];
  list.pop();
  return list;
}

export class BrandRegistry {
  readonly brands: readonly Brand[];
  private readonly strong: AliasEntry[] = [];
  /** All strong aliases in one automaton: one pass over a text finds every alias (built on first use). */
  private strongMatcher: AhoCorasick | undefined;
  private readonly weakByFolded = new Map<string, AliasEntry[]>();
  /** The longest folded weak alias: a longer rest of a line is none. */
  private longestWeak = 0;
  /** Registrable domain → brands owning it (official, authorised sending or infrastructure domain). */
  private readonly owners = new Map<string, Brand[]>();
  private readonly official = new Map<string, Brand[]>();
  /** Labels a brand owns under every suffix (`google` → google.de, google.com.br). */
  private readonly labelOwners = new Map<string, Brand[]>();
  /** Labels a brand owns under every country's code (`paypal` → paypal.de, paypal.co.uk). */
  private readonly countryLabelOwners = new Map<string, Brand[]>();
  /** Public suffixes a brand is (`gov.br`) with their brands: every domain under one is the brand's. */
  private readonly suffixOwners: [suffix: string, brand: Brand][] = [];
  /** Brand by id (the first definition of an id): ownsDomain compares brands, not each one's `id` (ownedByAnyOf says why). */
  private readonly byId = new Map<string, Brand>();

  constructor(brands: readonly Brand[]) {
    const byId = this.byId;
    for (const b of brands) if (!byId.has(b.id)) byId.set(b.id, b); // the first definition of an id wins (operator's own first)
    this.brands = [...byId.values()];
    for (const brand of this.brands) {
      for (const alias of brand.aliases) this.addAlias(brand, alias, false);
      for (const alias of brand.weakAliases ?? []) this.addAlias(brand, alias, true);
      for (const d of brand.domains) {
        const reg = registrableDomain(d);
        if (!reg) continue;
        addTo(this.owners, reg, brand);
        addTo(this.official, reg, brand);
      }
      if (brand.ownsLabelEverywhere && brand.domains[0]) {
        const label = parseDomain(brand.domains[0], { extractHostname: false }).domainWithoutSuffix;
        if (label) addTo(this.labelOwners, label, brand);
      } else if (brand.ownsCountryDomains) {
        // Every label the brand runs, not only its first domain's: Mercado Livre is mercadolibre.cl and
        // mercadopago.com.ar as well as mercadolivre.com.br. Labels of its generic domains (an ordinary word like
        // `office`, `me`) are not claimed under any country.
        for (const label of countryLabels(brand)) addTo(this.countryLabelOwners, label, brand);
      }
      for (const suffix of brand.ownsSuffixes ?? []) this.suffixOwners.push([suffix.trim().toLowerCase().replace(/^\.|\.$/g, ''), brand]);
      for (const d of [...(brand.sendingDomains ?? []), ...(brand.infrastructureDomains ?? [])]) {
        const reg = registrableDomain(d);
        if (reg) addTo(this.owners, reg, brand);
      }
    }
    // Longer aliases first, so `Trend Micro Maximum Security` wins over `Trend Micro`.
    this.strong.sort((a, b) => b.folded.length - a.folded.length);
  }

  private addAlias(brand: Brand, alias: string, weak: boolean): void {
    const folded = foldBrandText(alias).text;
    if (folded.length === 0) return;
    const entry: AliasEntry = { brand, alias, folded, ...latinEdges(folded) };
    if (weak) {
      const list = this.weakByFolded.get(folded);
      if (list) list.push(entry);
      else this.weakByFolded.set(folded, [entry]);
      this.longestWeak = Math.max(this.longestWeak, folded.length);
    } else this.strong.push(entry);
  }

  /** Brands whose official or authorised sending domains include the registrable domain of `domain`. */
  ownersOf(domain: string): readonly Brand[] {
    const h = domain.trim().toLowerCase().replace(/\.$/, '');
    if (!h) return NO_BRANDS;
    const parsed = hostParts(h);
    if (!parsed.domain) return NO_BRANDS;
    const owners = this.owners.get(parsed.domain);
    if (owners) return owners;
    const label = parsed.domainWithoutSuffix;
    if (!label) return NO_BRANDS;
    const everywhere = this.labelOwners.get(label);
    if (everywhere) return everywhere;
    return (parsed.publicSuffix && isCountrySuffix(parsed.publicSuffix) && this.countryLabelOwners.get(label)) || NO_BRANDS;
  }

  /**
   * Whether one of `brands` (brands of this registry, as ownersOf gives them) owns `domain`: the same answer as
   * `brands.some((b) => ownsDomain(b.id, domain))`, read by identity (ids are unique here) instead of each brand's `id`.
   * Brands are objects of many shapes (their optional fields), so an optimised `b.id` was thrown away at the next shape
   * ("wrong map" in ownLinksOnly's isOwn, NOTES issue 18, session 43); and one call instead of a closure a message.
   */
  ownedByAnyOf(brands: readonly Brand[], domain: string): boolean {
    if (brands.length === 0) return false;
    const owners = this.ownersOf(domain);
    for (let i = 0; i < brands.length; i++) if (owners.includes(brands[i]!)) return true;
    if (this.suffixOwners.length === 0) return false;
    const reg = registrableDomain(domain);
    if (reg === null) return false;
    const under = this.underOwnedSuffix(reg);
    for (let i = 0; i < brands.length; i++) if (under.includes(brands[i]!)) return true;
    return false;
  }

  /**
   * Whether `domain` (any host name) belongs to the brand (official or sending domain, or a domain under a suffix it is).
   * A domain under such a suffix is the brand's when the question is whether a brand named is the sender's own; it is no
   * claim of the brand by itself (`ownersOf` leaves it out: a town's mailbox does not speak as the federal portal).
   */
  ownsDomain(brandId: string, domain: string): boolean {
    const brand = this.byId.get(brandId);
    if (brand === undefined) return false;
    if (this.ownersOf(domain).includes(brand)) return true;
    if (this.suffixOwners.length === 0) return false;
    const reg = registrableDomain(domain);
    return reg !== null && this.underOwnedSuffix(reg).includes(brand);
  }

  /** Brands whose public suffix (`ownsSuffixes`) a registrable domain is under. */
  private underOwnedSuffix(registrable: string): readonly Brand[] {
    let found: Brand[] | undefined;
    for (const [suffix, brand] of this.suffixOwners) {
      if (registrable.length > suffix.length && registrable.endsWith(suffix) && registrable.charCodeAt(registrable.length - suffix.length - 1) === 46) (found ??= []).push(brand);
    }
    return found ?? NO_BRANDS;
  }

  /** Every official domain, for the lookalike detector. */
  protectedDomains(): ProtectedDomain[] {
    const out: ProtectedDomain[] = [];
    for (const brand of this.brands) {
      const generic = new Set((brand.genericDomains ?? []).map((d) => registrableDomain(d) ?? d));
      for (const d of brand.domains) {
        const reg = registrableDomain(d);
        if (!reg) continue;
        const main = reg === registrableDomain(brand.domains[0]!);
        const everySuffix = brand.ownsLabelEverywhere === true && main;
        const countryDomains = brand.ownsCountryDomains === true && !generic.has(reg);
        out.push({ domain: reg, brandId: brand.id, brandName: brand.name, generic: generic.has(reg), everySuffix, countryDomains });
      }
    }
    return out;
  }

  /** Every registrable domain a brand sends from (official and authorised). */
  ownDomains(): string[] {
    return [...this.owners.keys()];
  }

  /**
   * Brands a sender's display name claims to be: strong aliases anywhere on word boundaries, weak aliases
   * only when the name is the alias plus role words.
   */
  mentionsInDisplayName(name: string): BrandMention[] {
    const folded = foldBrandText(name, 512);
    const found = this.strongMentions(folded);
    const bare = stripRoleWords(folded);
    for (const entry of this.weakByFolded.get(bare) ?? []) {
      if (!found.some((m) => m.brand.id === entry.brand.id)) found.push({ brand: entry.brand, alias: entry.alias, weak: true });
    }
    const behalf = ON_BEHALF.exec(name.slice(0, 512).normalize('NFKC'))?.[1];
    if (behalf) {
      for (const entry of this.weakByFolded.get(stripRoleWords(foldBrandText(behalf, 512))) ?? []) {
        if (!found.some((m) => m.brand.id === entry.brand.id)) found.push({ brand: entry.brand, alias: entry.alias, weak: true });
      }
    }
    return found;
  }

  /**
   * A looser reading of a display name for one brand that the message already names in its subject or signature:
   * words one edit away from a strong alias of seven letters or more (`LedgeLive` for Ledger Live, `DocSign` for
   * DocuSign, `Microsft`). Alone a misspelt name says little — typos happen —, which is why the display-name reading
   * above refuses it; beside the brand's own name in the text it is the same claim misspelt on purpose (issue 17,
   * item 9: the message's own claim is the context in which a looser match is safe). Weak aliases among other words
   * (`Finance Office`, `Hotel Alpina Booking`) stay refused even then: a department or a hotel that mentions the
   * brand's service (a Teams meeting, a Booking.com reservation) writes exactly so. Undefined when nothing matches.
   */
  looseDisplayNameMention(name: string, brandId: string): BrandMention | undefined {
    const brand = this.brands.find((b) => b.id === brandId);
    if (!brand) return undefined;
    const words = nameWords(foldBrandText(name, 512));
    if (words.length === 0) return undefined;
    for (const alias of brand.aliases) {
      const folded = foldBrandText(alias).text;
      if (folded.length < LOOSE_ALIAS_MIN || !/^[a-z0-9]+$/.test(folded)) continue;
      if (wordRuns(words, folded.length - 1, folded.length + 1).some((run) => damerauLevenshtein(run, folded, 1) === 1)) return { brand, alias, weak: true };
    }
    return undefined;
  }

  /**
   * The brand a single word spells with lookalike letters (`Iedger`, `PaypaI`, `0range`, `Arnazon`): the word folds as one of
   * the brand's one-word aliases folds (foldBrandText: the confusables' skeleton, a capital I for an l, rn for m, 0 for o …)
   * but is none of its spellings whatever the case and accents (`LEDGER`, `Itau` for Itaú are spellings). Aliases under
   * LOOKALIKE_ALIAS_MIN letters are left out: short names collide with ordinary words. Undefined when no alias matches.
   */
  lookalikeAlias(word: string): BrandMention | undefined {
    if (word.length < LOOKALIKE_ALIAS_MIN || word.length > 40) return undefined;
    const byFold = (this.aliasWords ??= this.oneWordAliases());
    const entry = byFold.get(foldBrandText(word, 40).text);
    if (!entry || entry.spellings.includes(plainSpelling(word))) return undefined;
    return { brand: entry.brand, alias: entry.alias, weak: entry.weak };
  }

  /** One-word aliases (strong, then weak) by their fold, with every spelling of that fold: lookalikeAlias's table, built on first use. */
  private aliasWords: Map<string, OneWordAlias> | undefined;

  private oneWordAliases(): Map<string, OneWordAlias> {
    const out = new Map<string, OneWordAlias>();
    const add = (e: AliasEntry, weak: boolean): void => {
      if (e.folded.length < LOOKALIKE_ALIAS_MIN || /[\s\p{P}]/u.test(e.alias)) return;
      const known = out.get(e.folded);
      // Two brands with one fold (rare): the first keeps the name; each spelling stays a spelling.
      if (known) known.spellings.push(plainSpelling(e.alias));
      else out.set(e.folded, { brand: e.brand, alias: e.alias, weak, spellings: [plainSpelling(e.alias)] });
    };
    for (const e of this.strong) add(e, false);
    for (const list of this.weakByFolded.values()) for (const e of list) add(e, true);
    return out;
  }

  /** Brands named in running text (subject, signature): strong aliases only. */
  mentionsInText(text: string, maxChars = 4096): BrandMention[] {
    // strongMentions of the fold, with the fold and the automaton's walk in one pass (foldedMatches).
    this.strongMatcher ??= new AhoCorasick(this.strong.map((e) => e.folded));
    const found = this.rawMatches;
    found.length = 0;
    const boundary = foldedMatches(text, maxChars, this.strongMatcher, found);
    const hits: number[] = [];
    for (let k = 0; k < found.length; k += 2) if (this.onBoundaries(found[k]!, found[k + 1]!, boundary)) hits.push(found[k]!);
    found.length = 0;
    return this.mentionsOf(hits);
  }

  /** Pairs (pattern, start) of foldedMatches, reused from call to call. */
  private readonly rawMatches: number[] = [];

  /** Whether strong alias `index` found at `at` of a fold stands on word boundaries there (its Latin edges only). */
  private onBoundaries(index: number, at: number, boundary: Uint8Array): boolean {
    const entry = this.strong[index]!;
    return (!entry.start || boundary[at] === 1) && (!entry.end || boundary[at + entry.folded.length] === 1);
  }

  /** The brands of strong aliases found (indices into `strong`, in any order): per brand the first alias in `strong` order. */
  private mentionsOf(hits: number[]): BrandMention[] {
    const found: BrandMention[] = [];
    if (hits.length > 1) hits.sort((a, b) => a - b);
    for (const i of hits) {
      const entry = this.strong[i]!;
      if (!found.some((m) => m.brand.id === entry.brand.id)) found.push({ brand: entry.brand, alias: entry.alias, weak: false });
    }
    return found;
  }

  /**
   * Brands a short line names and nothing else: every word of the line lies inside an alias, or is a role word or a
   * word `isFiller` accepts (a sign-off's `Sincerely`, `©`, a year). A letterhead (`Internal Revenue Service`, `IRS`,
   * `© 2024 Correios`) names its organisation so; a sentence that mentions a brand does not. Weak aliases count when
   * the line is the alias alone (with role and filler words). Lines over 120 characters name no one here.
   */
  namedAlone(line: string, isFiller: (folded: string) => boolean): BrandMention[] {
    if (line.length > 120) return [];
    // Numbers standing alone (a year, a date) are nobody's name: the fold would read `02` as `o2`, a brand.
    const folded = foldBrandText(line.replace(STANDALONE_NUMBER, ' '), 120);
    const { text, boundary } = folded;
    if (text.length === 0) return [];
    this.strongMatcher ??= new AhoCorasick(this.strong.map((e) => e.folded));
    // Which folded characters an alias covers: made at the first alias found (most lines name none).
    let covered: Uint8Array | undefined;
    const hits: number[] = [];
    const strong = this.strong;
    this.strongMatcher.search(text, (index, at) => {
      const entry = strong[index]!;
      if ((!entry.start || boundary[at] === 1) && (!entry.end || boundary[at + entry.folded.length] === 1)) {
        hits.push(index);
        (covered ??= new Uint8Array(text.length)).fill(1, at, at + entry.folded.length);
      }
    });
    // The words left over: each must be a role word or filler (digits, a sign-off) for the line to be a name alone.
    // What is left must be empty beside an alias, or a weak alias: the reading stops once it cannot be.
    let rest = '';
    for (let start = 0, i = 1; i <= text.length; i++) {
      if (boundary[i] !== 1) continue;
      let uncovered = covered === undefined;
      if (covered) for (let k = start; k < i; k++) if (covered[k] === 0) uncovered = true;
      if (!uncovered) {
        start = i;
        continue;
      }
      let word = text.slice(start, i);
      start = i;
      if (isFiller(word) || ROLE_SET.has(word)) continue;
      if (!/^[a-z0-9]+$/.test(word)) for (const role of ROLE_BY_LENGTH) if (word.includes(role)) word = word.replaceAll(role, '');
      rest += word;
      if (rest.length > (hits.length > 0 ? 0 : this.longestWeak)) return [];
    }
    const found: BrandMention[] = [];
    if (hits.length > 0) {
      if (rest !== '') return found;
      hits.sort((a, b) => a - b);
      for (const i of hits) {
        const entry = strong[i]!;
        if (!found.some((m) => m.brand.id === entry.brand.id)) found.push({ brand: entry.brand, alias: entry.alias, weak: false });
      }
      return found;
    }
    for (const entry of this.weakByFolded.get(rest) ?? []) {
      if (!found.some((m) => m.brand.id === entry.brand.id)) found.push({ brand: entry.brand, alias: entry.alias, weak: true });
    }
    return found;
  }

  private strongMentions(folded: FoldedText): BrandMention[] {
    const { text, boundary } = folded;
    if (text.length === 0) return [];
    this.strongMatcher ??= new AhoCorasick(this.strong.map((e) => e.folded));
    // An alias counts where it stands on word boundaries (Latin edges only); then, per brand, the first
    // alias in `strong` order (longest first) is the one reported.
    const hits: number[] = [];
    this.strongMatcher.search(text, (index, at) => {
      if (this.onBoundaries(index, at, boundary)) hits.push(index);
    });
    return this.mentionsOf(hits);
  }
}

/** Country codes written after a brand name in display names (folded, two letters). */
const COUNTRY_SUFFIXES = new Set([
  'us', 'uk', 'gb', 'de', 'at', 'ch', 'fr', 'be', 'nl', 'lu', 'es', 'pt', 'br', 'mx', 'ar', 'cl', 'co', 'it', 'ie', 'ca', 'au', 'nz',
  'jp', 'in', 'pl', 'se', 'no', 'dk', 'fi',
]);

/**
 * The display name without role words, folded: what is left must be the brand alone for a weak alias. Takes the
 * name folded (`foldBrandText(name, 512)`), which the caller has already made for the strong aliases.
 */
/**
 * Whether a display name says nothing but role words (`service`, `Account Service`, `no-reply`) or nothing at all: such
 * a sender speaks as whatever its address is (session 11: `service@paypal.com` with no name claims PayPal by the
 * address alone).
 */
export function onlyRoleWords(name: string): boolean {
  return stripRoleWords(foldBrandText(name, 512)) === '';
}

function stripRoleWords(folded: FoldedText): string {
  // Split on the boundaries the fold records, drop Latin role words, then cut kana/kanji role words.
  const { text, boundary } = folded;
  const words: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (boundary[i] === 1) {
      words.push(text.slice(start, i));
      start = i;
    }
  }
  let out = '';
  for (let [i, w] of words.entries()) {
    if (ROLE_SET.has(w)) continue;
    // A country code after the name (`UPS-ES`, `DHL DE`) says where, not who.
    if (i > 0 && COUNTRY_SUFFIXES.has(w)) continue;
    if (!/^[a-z0-9]+$/.test(w)) {
      for (const role of ROLE_BY_LENGTH) if (w.includes(role)) w = w.replaceAll(role, '');
    }
    out += w;
  }
  return out;
}

/** The shortest strong alias (folded) that a name one edit away may claim: shorter names differ from words by one letter. */
const LOOSE_ALIAS_MIN = 7;

/** The words of a folded display name (split where the fold records boundaries), role words left out. */
function nameWords(folded: FoldedText): string[] {
  const { text, boundary } = folded;
  const words: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (boundary[i] !== 1) continue;
    const w = text.slice(start, i);
    if (!ROLE_SET.has(w)) words.push(w);
    start = i;
  }
  return words;
}

/** Each run of consecutive words, joined, whose length is between min and max. */
function wordRuns(words: readonly string[], min: number, max: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length && run.length < max; j++) {
      run += words[j];
      if (run.length >= min && run.length <= max) runs.push(run);
    }
  }
  return runs;
}

function addTo(map: Map<string, Brand[]>, key: string, brand: Brand): void {
  const list = map.get(key);
  if (!list) map.set(key, [brand]);
  else if (!list.includes(brand)) list.push(brand);
}

/**
 * Registrable domain (eTLD+1, ICANN and private suffixes per the Public Suffix List) of a host, or null.
 * @example registrableDomain('www.trendmicro.co.jp') // 'trendmicro.co.jp'
 */
export function registrableDomain(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!h) return null;
  return hostParts(h).domain ?? null;
}

/**
 * The registry for a configuration: the operator's brands first (the first definition of an id wins and
 * names shared domains), then the shipped data. Built once per process by the composition root
 * (src/runtime) and handed to the families that need it (sender identity, link text).
 * @example buildBrandRegistry(config.sender.brands, config.sender.defaultBrands).mentionsInText('PayPal')
 */
export function buildBrandRegistry(operatorBrands: readonly Brand[], includeDefaults: boolean): BrandRegistry {
  return new BrandRegistry([...operatorBrands, ...(includeDefaults ? defaultBrands() : [])]);
}

/** The labels (`mercadolibre` of mercadolibre.com) a brand with `ownsCountryDomains` runs under country codes: those of its non-generic domains, once each. */
function countryLabels(brand: Brand): string[] {
  const generic = new Set((brand.genericDomains ?? []).map((d) => registrableDomain(d) ?? d));
  const labels = new Set<string>();
  for (const d of brand.domains) {
    const reg = registrableDomain(d);
    if (!reg || generic.has(reg)) continue;
    const label = parseDomain(reg, { extractHostname: false }).domainWithoutSuffix;
    if (label) labels.add(label);
  }
  return [...labels];
}
