import { domainToUnicode } from 'node:url';
import { parse as parseDomain } from 'tldts';
import { hostParts } from '../links/registrable.js';
import { isCountrySuffix } from './country-suffix.js';
import { classifyEdit, damerauLevenshtein } from './edits.js';
import { skeleton } from './skeleton.js';
import { isReading, transliterationKey, vowelCount } from './transliteration.js';
import { ownString } from '../mail/memo.js';
import { PairTable } from '../mail/pair-table.js';

/** A domain a brand owns, to be protected against lookalikes. */
export interface ProtectedDomain {
  /** Registrable domain (`trendmicro.co.jp`). */
  domain: string;
  brandId: string;
  brandName: string;
  /**
   * The label is an ordinary word (`office.com`, `line.me`): only homographs and the whole domain
   * embedded in another host count, never edits, transliterations or combinations.
   */
  generic?: boolean;
  /** The brand owns this label under every suffix: the same label elsewhere is its own, not a TLD swap. */
  everySuffix?: boolean;
  /**
   * The brand runs its country sites on this label (`paypal.de`, `apple.fr`): the label under a country's code
   * (./country-suffix.ts) is its own, not a TLD swap; under a generic or open suffix (`.top`, `.co`) it still is.
   */
  countryDomains?: boolean;
}

/** How a domain imitates a protected one. */
export type LookalikeTechnique =
  | 'tld-swap'
  | 'homoglyph'
  | 'idn-homograph'
  | 'hyphenation'
  | 'addition'
  | 'insertion'
  | 'repetition'
  | 'omission'
  | 'transposition'
  | 'vowel-swap'
  | 'bitsquatting'
  | 'replacement'
  | 'edit'
  | 'edit-distance-2'
  | 'transliteration'
  | 'combosquatting'
  | 'subdomain'
  /** Not produced by the detector: the brand's own domain used where it does not belong (a From local part). */
  | 'brand-domain-in-local-part'
  /**
   * Not produced by the detector: a looser visual match (short labels, stacked swaps) to the domain of a
   * brand the message itself claims to be from (./claimed.ts).
   */
  | 'near-claimed-brand';

export interface LookalikeMatch {
  /** The host as examined (lower-cased, Unicode form of an IDN). */
  host: string;
  /** Its registrable domain. */
  registrable: string;
  brandId: string;
  brandName: string;
  /** The brand's own domain it imitates. */
  protectedDomain: string;
  technique: LookalikeTechnique;
  /** For combosquatting: how the embedded part imitates the brand (exact, or another technique). */
  via?: LookalikeTechnique | 'exact';
}

/** Tunables of the detector; the defaults keep false positives on the Tranco top 10k under 0.1 %. */
export interface DetectorOptions {
  /** Shortest protected label for which one edit (typo) counts. */
  minLengthEdit1: number;
  /**
   * Shortest protected label for which an omission or an arbitrary (non-keyboard, non-bit, non-vowel)
   * substitution counts: on short labels these mostly produce other real words (`gmail` → `mail`).
   */
  minLengthLooseEdit: number;
  /** Shortest protected label for which two edits count. */
  minLengthEdit2: number;
  /** Shortest protected label that counts when embedded in a longer label without a hyphen. */
  minLengthEmbedded: number;
  /** Shortest consonant key for transliteration variants. */
  minTransliterationKey: number;
  /** Registrable domains never reported (the operator's own partners, known false positives). */
  ignore: readonly string[];
}

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = {
  minLengthEdit1: 5,
  minLengthLooseEdit: 6,
  minLengthEdit2: 10,
  minLengthEmbedded: 6,
  minTransliterationKey: 4,
  ignore: [],
};

interface Entry {
  label: string;
  suffix: string;
  domain: string;
  brandId: string;
  brandName: string;
  generic: boolean;
  maxEdits: number;
  vowels: number;
  /** De-duplication mark for the candidate list of one lookup. */
  stamp: number;
}

/** Four characters packed into one number (7 bits each for ASCII; others collide harmlessly, a check follows). */
function gramKey(s: string, at: number): number {
  return ((s.charCodeAt(at) & 0x7f) << 21) | ((s.charCodeAt(at + 1) & 0x7f) << 14) | ((s.charCodeAt(at + 2) & 0x7f) << 7) | (s.charCodeAt(at + 3) & 0x7f);
}

/** Suffixes glued onto a brand label (`paypalcom`, `mufgjp`, `smbccojp`). */
const GLUED_SUFFIXES = ['com', 'net', 'org', 'jp', 'cojp', 'nejp', 'orjp', 'co', 'info', 'biz', 'uk', 'couk', 'de', 'systems'];

const MAX_HOST_LENGTH = 253;
/** Answers detect remembers before it starts over (a few hundred KB at most). */
const MAX_REMEMBERED_ANSWERS = 4096;
const MAX_LABEL_LENGTH = 63;

/** Polynomial string hash mod 2^32: H(s) = Σ s[j]·B^(n−1−j). */
const HASH_BASE = 131;
const HASH_POW = new Uint32Array(MAX_LABEL_LENGTH + 2);
HASH_POW[0] = 1;
for (let i = 1; i < HASH_POW.length; i++) HASH_POW[i] = Math.imul(HASH_POW[i - 1]!, HASH_BASE) >>> 0;
function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}
const GRAM = 4;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** All strings obtained by deleting exactly one character (SymSpell's deletion neighbourhood). */
function deletions(s: string, out: Set<string>): void {
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
}

/**
 * Finds domains that imitate protected brand domains. Built once (indexes every protected label by its
 * exact form, confusable skeleton, SymSpell deletion neighbourhood, transliteration key and leading
 * 4-gram), then each `detect` costs a public-suffix parse and a few dozen hash lookups.
 * @example
 * const d = new LookalikeDetector([{ domain: 'trendmicro.com', brandId: 'trendmicro', brandName: 'Trend Micro' }]);
 * d.detect('torendmicro.com')?.technique // 'transliteration'
 */
export class LookalikeDetector {
  readonly options: DetectorOptions;
  private readonly own = new Set<string>();
  private readonly ignore: Set<string>;
  private readonly exact = new Map<string, Entry[]>();
  private readonly skeletons = new Map<string, Entry[]>();
  /**
   * Polynomial hash of each protected label and of its one-deletions → entries (collisions are re-checked by the
   * distance): the hash's high and low 16 bits → list n, whose entries (by their place in `domains`) are
   * `deletionEntries[deletionStart[n] … deletionStart[n + 1])`. Typed arrays, not a Map of arrays: the detector comes
   * back from the build's sender tables (src/runtime/sender-tables.ts) at every start, and v8.deserialize made ~3,000
   * arrays and inserted each Map entry through a call into JavaScript (~5 M instructions of a one-message scan).
   */
  private readonly deletionLists = new PairTable();
  private deletionStart = new Int32Array(1);
  private deletionEntries = new Int32Array(0);
  private readonly transliterations = new Map<string, Entry[]>();
  private readonly domains: Entry[] = [];
  private readonly byDomain = new Map<string, Entry>();
  private readonly ownLabels = new Set<string>();
  /** Labels whose brand owns them under every country's code (`paypal` → paypal.de, paypal.com.br). */
  private readonly countryLabels = new Set<string>();
  private readonly longEntries: Entry[] = [];
  private readonly longBigramSets: Set<number>[] = [];
  private readonly bigrams = new Map<number, number[]>();
  private bigramCounts = new Int32Array(0);
  private generation = 0;
  private readonly prefixHash = new Uint32Array(MAX_LABEL_LENGTH + 2);
  private readonly suffixHash = new Uint32Array(MAX_LABEL_LENGTH + 2);
  private readonly candidateBuffer: Entry[] = [];
  private readonly gramIndex = new Map<number, Entry[]>();
  /** detect's answers by input (see detect). */
  private readonly answers = new Map<string, LookalikeMatch | null>();

  constructor(protectedDomains: readonly ProtectedDomain[], options: Partial<DetectorOptions> = {}, ownDomains: readonly string[] = []) {
    this.options = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
    this.ignore = new Set(this.options.ignore.map((d) => d.toLowerCase()));
    for (const d of ownDomains) this.own.add(d.toLowerCase());
    const deletionIndex = new Map<number, number[]>();
    for (const p of protectedDomains) {
      const parsed = parseDomain(p.domain.toLowerCase());
      if (!parsed.domain || !parsed.publicSuffix || !parsed.domainWithoutSuffix) continue;
      this.own.add(parsed.domain);
      if (p.everySuffix) this.ownLabels.add(parsed.domainWithoutSuffix);
      if (p.countryDomains) this.countryLabels.add(parsed.domainWithoutSuffix);
      if (this.byDomain.has(parsed.domain)) continue; // first brand to claim a domain names it
      const label = parsed.domainWithoutSuffix;
      const generic = p.generic === true;
      const maxEdits = generic ? 0 : label.length >= this.options.minLengthEdit2 ? 2 : label.length >= this.options.minLengthEdit1 ? 1 : 0;
      const entry: Entry = {
        label,
        suffix: parsed.publicSuffix,
        domain: parsed.domain,
        brandId: p.brandId,
        brandName: p.brandName,
        generic,
        maxEdits,
        vowels: vowelCount(label),
        stamp: 0,
      };
      const index = this.domains.push(entry) - 1;
      this.byDomain.set(entry.domain, entry);
      push(this.exact, label, entry);
      push(this.skeletons, skeleton(label), entry);
      if (generic) continue;
      if (maxEdits > 0) {
        const d1 = new Set<string>([label]);
        deletions(label, d1);
        for (const str of d1) push(deletionIndex, hashString(str), index);
      }
      if (maxEdits > 1) {
        const idx = this.longEntries.push(entry) - 1;
        const seen = this.longBigramSets[idx] = new Set<number>();
        for (let i = 0; i + 1 < label.length; i++) {
          const key = label.charCodeAt(i) * 65536 + label.charCodeAt(i + 1);
          if (seen.has(key)) continue; // a bigram counts once per protected label, so counts stay a lower bound
          seen.add(key);
          push(this.bigrams, key, idx);
        }
      }
      for (const key of new Set([transliterationKey(label), transliterationKey(label, true)])) {
        if (key.length >= this.options.minTransliterationKey) push(this.transliterations, key, entry);
      }
      if (label.length >= this.options.minLengthEmbedded && /^[\x00-\x7f]+$/.test(label)) push(this.gramIndex, gramKey(label, 0), entry);
    }
    this.finishIndexes(deletionIndex);
  }

  private finishIndexes(deletionIndex: ReadonlyMap<number, readonly number[]>): void {
    this.bigramCounts = new Int32Array(this.longEntries.length);
    const start = new Int32Array(deletionIndex.size + 1);
    let n = 0;
    for (const list of deletionIndex.values()) n += list.length;
    const entries = new Int32Array(n);
    let list = 0;
    for (const [hash, indices] of deletionIndex) {
      this.deletionLists.add(hash >>> 16, hash & 0xffff, list);
      entries.set(indices, start[list]!);
      start[list + 1] = start[list]! + indices.length;
      list++;
    }
    this.deletionStart = start;
    this.deletionEntries = entries;
  }

  /** The protected domains, for permutation benchmarks and listings. */
  protectedDomains(): { domain: string; brandId: string; brandName: string; generic: boolean }[] {
    return this.domains.map(({ domain, brandId, brandName, generic }) => ({ domain, brandId, brandName, generic }));
  }

  /**
   * Examines one host name (or registrable domain). Returns the first technique that explains it, or
   * null for the brands' own domains, unrelated domains, IP addresses and malformed input.
   */
  detect(input: string): LookalikeMatch | null {
    // The same hosts come back message after message (a sender's domain, its Message-ID host, its links):
    // the answer, a pure function of the input once the indexes are built, is remembered (bounded).
    if (input.length > MAX_HOST_LENGTH + 8) return this.examine(input);
    const known = this.answers.get(input);
    if (known !== undefined) return known;
    const found = this.examine(input);
    if (this.answers.size >= MAX_REMEMBERED_ANSWERS) this.answers.clear();
    this.answers.set(ownString(input), found === null ? null : Object.freeze(found));
    return found;
  }

  private examine(input: string): LookalikeMatch | null {
    let host = input.trim().toLowerCase();
    if (host.endsWith('.')) host = host.slice(0, -1);
    if (host.length === 0 || host.length > MAX_HOST_LENGTH) return null;
    const parsed = hostParts(host);
    const registrable = parsed.domain;
    const suffix = parsed.publicSuffix;
    let label = parsed.domainWithoutSuffix;
    if (!registrable || !suffix || !label || parsed.isIp) return null;
    if (this.own.has(registrable) || this.ignore.has(registrable)) return null;
    if (label.length > MAX_LABEL_LENGTH || this.ownLabels.has(label)) return null;
    if (this.countryLabels.has(label) && isCountrySuffix(suffix)) return null;
    let sub = parsed.subdomain ?? '';
    let idn = false;
    if (host.includes('xn--')) {
      // RFC 5891 A-labels: compare what a reader sees, the Unicode U-label.
      const uLabel = domainToUnicode(label);
      if (uLabel && uLabel !== label) {
        label = uLabel;
        idn = true;
      }
      if (sub) sub = domainToUnicode(sub) || sub;
      host = domainToUnicode(host) || host;
    } else if (!/^[\x00-\x7f]*$/.test(label)) {
      idn = true;
    }
    const found = this.matchLabel(label, suffix, idn) ?? this.matchCombination(label) ?? (sub ? this.matchSubdomain(sub, label, suffix) : null);
    if (!found) return null;
    const { entry, technique, via } = found;
    return {
      host,
      registrable: idn ? `${label}.${suffix}` : registrable,
      brandId: entry.brandId,
      brandName: entry.brandName,
      protectedDomain: entry.domain,
      technique,
      ...(via ? { via } : {}),
    };
  }

  private matchLabel(label: string, suffix: string | null, idn: boolean): Found | null {
    const exact = this.exact.get(label);
    if (exact) {
      const e = exact.find((x) => !x.generic && x.suffix !== suffix) ?? (suffix === null ? exact.find((x) => !x.generic) : undefined);
      if (e) return { entry: e, technique: 'tld-swap' };
      if (suffix !== null) return null; // the label is a brand's own word under a suffix it does not use: generic
    }
    const sk = this.skeletons.get(skeleton(label));
    if (sk) {
      const e = sk.find((x) => x.label !== label);
      if (e) return { entry: e, technique: idn ? 'idn-homograph' : 'homoglyph' };
    }
    if (label.includes('-')) {
      const joined = this.exact.get(label.replaceAll('-', ''))?.find((x) => !x.generic);
      if (joined) return { entry: joined, technique: 'hyphenation' };
    }
    const edit = this.matchEdits(label);
    if (edit && edit.technique !== 'edit-distance-2') return edit;
    if (idn || /[0-9]/.test(label)) {
      // Lookalike glyphs plus typos (`trеndmicrо` with one letter dropped): edits on the Latin reading.
      const latin = skeleton(label).replaceAll('rn', 'm');
      if (latin !== label && /^[a-z0-9-]+$/.test(latin)) {
        const viaLatin = this.matchEdits(latin);
        if (viaLatin) return { entry: viaLatin.entry, technique: idn ? 'idn-homograph' : 'homoglyph', via: viaLatin.technique };
      }
    }
    const key = transliterationKey(label);
    const readings = key.length >= this.options.minTransliterationKey ? this.transliterations.get(key) : undefined;
    if (readings) {
      const vowels = vowelCount(label);
      for (const t of readings) {
        if (vowels > t.vowels && label.length > t.label.length && isReading(t.label, label)) return { entry: t, technique: 'transliteration' };
      }
    }
    if (edit) return edit; // two edits, when no reading explains them better (`torendomicro`)
    return null;
  }

  private matchEdits(label: string): Found | null {
    // Hot path: no closures or Sets per call; entries carry a stamp to de-duplicate candidates.
    const stamp = ++this.generation;
    const candidates = this.candidateBuffer;
    candidates.length = 0;
    // Hashes of the label and of each one-deletion from prefix/suffix hashes, without building the strings.
    const n = label.length;
    if (n > MAX_LABEL_LENGTH) return null;
    const prefix = this.prefixHash;
    const suffix = this.suffixHash;
    prefix[0] = 0;
    for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, HASH_BASE) + label.charCodeAt(i)) >>> 0;
    suffix[n] = 0;
    for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(label.charCodeAt(i), HASH_POW[n - 1 - i]!) + suffix[i + 1]!) >>> 0;
    this.probeDeletions(prefix[n]!, stamp, candidates);
    for (let i = 0; i < n; i++) this.probeDeletions((Math.imul(prefix[i]!, HASH_POW[n - 1 - i]!) + suffix[i + 1]!) >>> 0, stamp, candidates);
    this.longCandidates(label, stamp, candidates);
    let best: Found | null = null;
    let bestDistance = 3;
    for (const e of candidates) {
      const d = damerauLevenshtein(label, e.label, e.maxEdits);
      if (d === 0 || d > e.maxEdits || d >= bestDistance) continue;
      let technique: LookalikeTechnique = d === 1 ? (classifyEdit(e.label, label) as LookalikeTechnique) : 'edit-distance-2';
      if ((technique === 'insertion' || technique === 'addition') && isEpenthesis(e.label, label)) technique = 'transliteration';
      if ((technique === 'omission' || technique === 'edit') && e.label.length < this.options.minLengthLooseEdit) continue;
      bestDistance = d;
      best = { entry: e, technique };
      if (d === 1) break;
    }
    return best;
  }

  private probeDeletions(key: number, stamp: number, out: Entry[]): void {
    const list = this.deletionLists.get(key >>> 16, key & 0xffff);
    if (list === -1) return;
    const { domains, deletionEntries } = this;
    for (let k = this.deletionStart[list]!, end = this.deletionStart[list + 1]!; k < end; k++) {
      const e = domains[deletionEntries[k]!]!;
      if (e.stamp === stamp) continue;
      e.stamp = stamp;
      out.push(e);
    }
  }

  /**
   * Candidates for two edits among long protected labels, by the q-gram lemma (Ukkonen 1992): each edit
   * destroys at most three of a string's bigrams (a transposition), so strings within distance 2 share
   * all but six of P's distinct bigrams. Counting shared bigrams through an integer-keyed index avoids building
   * the candidate's whole two-deletion neighbourhood.
   */
  private longCandidates(label: string, stamp: number, out: Entry[]): void {
    if (this.longEntries.length === 0 || label.length < this.options.minLengthEdit2 - 2) return;
    const counts = this.bigramCounts;
    const touched: number[] = [];
    for (let i = 0; i + 1 < label.length; i++) {
      const list = this.bigrams.get(label.charCodeAt(i) * 65536 + label.charCodeAt(i + 1));
      if (!list) continue;
      for (const idx of list) {
        if (counts[idx] === 0) touched.push(idx);
        counts[idx]!++;
      }
    }
    for (const idx of touched) {
      const e = this.longEntries[idx]!;
      if (counts[idx]! >= this.longBigramSets[idx]!.size - 6 && Math.abs(e.label.length - label.length) <= 2 && e.stamp !== stamp) {
        e.stamp = stamp;
        out.push(e);
      }
      counts[idx] = 0;
    }
  }

  /** Combosquatting (Kintis et al., CCS 2017): the brand's label, or a lookalike of it, plus other words. */
  private matchCombination(label: string): Found | null {
    if (label.includes('-')) {
      for (const part of label.split('-')) {
        if (part.length < 3) continue;
        const exact = this.exact.get(part)?.find((x) => !x.generic);
        if (exact) return { entry: exact, technique: 'combosquatting', via: 'exact' };
        const inner = part.length >= this.options.minLengthEdit1 ? this.matchLabel(part, null, !/^[\x00-\x7f]*$/.test(part)) : null;
        if (inner) return { entry: inner.entry, technique: 'combosquatting', via: inner.technique };
      }
    }
    // The brand with `www` before it or its own suffix glued on (dnstwist's "various": `avastcom`, `wwwavast`).
    const bare = label.startsWith('www') ? label.slice(3).replace(/^-/, '') : label;
    for (const tail of GLUED_SUFFIXES) {
      if (bare.length > tail.length && bare.endsWith(tail)) {
        const head = bare.slice(0, bare.length - tail.length).replace(/-$/, '');
        const e = this.exact.get(head)?.find((x) => !x.generic);
        if (e) return { entry: e, technique: 'combosquatting', via: 'exact' };
      }
    }
    if (bare !== label) {
      const e = this.exact.get(bare)?.find((x) => !x.generic);
      if (e) return { entry: e, technique: 'combosquatting', via: 'exact' };
    }
    for (let i = 0; i + GRAM <= label.length; i++) {
      const list = this.gramIndex.get(gramKey(label, i));
      if (!list) continue;
      for (const e of list) if (label.length > e.label.length && label.startsWith(e.label, i)) return { entry: e, technique: 'combosquatting', via: 'exact' };
    }
    return null;
  }

  /** The brand inside the subdomain part: `trendmicro.com.evil.net`, `paypal.login.evil.net`, `trend.micro.com`. */
  private matchSubdomain(sub: string, label: string, suffix: string): Found | null {
    const labels = sub.split('.');
    // The whole protected domain as consecutive labels (two or three, `co.jp`-style suffixes included).
    for (let i = 0; i + 1 < labels.length; i++) {
      for (let k = 2; k <= 3 && i + k <= labels.length; k++) {
        const e = this.byDomain.get(labels.slice(i, i + k).join('.'));
        if (e) return { entry: e, technique: 'subdomain' };
      }
    }
    for (const l of labels) {
      const e = this.exact.get(l)?.find((x) => !x.generic && x.label.length >= this.options.minLengthEdit1);
      if (e) return { entry: e, technique: 'subdomain' };
    }
    // A dot inserted into the brand's label (dnstwist's "subdomain" fuzzer): `trendmicr.o.com`.
    const joined = labels[labels.length - 1]! + label;
    const e = this.exact.get(joined)?.find((x) => !x.generic && x.suffix === suffix);
    if (e) return { entry: e, technique: 'subdomain' };
    return null;
  }
}

const CONSONANT = /^[b-df-hj-np-tv-z]$/;

/**
 * Whether `label` is `protectedLabel` with one vowel inserted after a consonant that is followed by a
 * consonant or ends the word: the vowel katakana adds (`trend` → `torend`), not a random typo.
 */
function isEpenthesis(protectedLabel: string, label: string): boolean {
  let i = 0;
  while (i < protectedLabel.length && protectedLabel[i] === label[i]) i++;
  const inserted = label[i] ?? '';
  const before = label[i - 1] ?? '';
  const after = label[i + 1];
  return 'aeiou'.includes(inserted) && inserted !== '' && CONSONANT.test(before) && (after === undefined || CONSONANT.test(after));
}

interface Found {
  entry: Entry;
  technique: LookalikeTechnique;
  via?: LookalikeTechnique | 'exact';
}
