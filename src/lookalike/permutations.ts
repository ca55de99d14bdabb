import { parse as parseDomain } from 'tldts';

/**
 * Permutations of a domain as a typosquatter would register them, with the technique of each: the fuzzers
 * of dnstwist (addition, bitsquatting, cyrillic, homoglyph, hyphenation, insertion, omission, repetition,
 * replacement, subdomain, transposition, vowel-swap, dictionary, tld-swap, various) plus transliteration,
 * which dnstwist lacks: Japanese katakana readings that add a vowel after consonants (`torendmicro`).
 */
export interface Permutation {
  domain: string;
  technique: string;
}

const KEYBOARD: Record<string, string> = {
  '1': '2q', '2': '3wq1', '3': '4ew2', '4': '5re3', '5': '6tr4', '6': '7yt5', '7': '8uy6', '8': '9iu7', '9': '0oi8', '0': 'po9',
  q: '12wa', w: '3esaq2', e: '4rdsw3', r: '5tfde4', t: '6ygfr5', y: '7uhgt6', u: '8ijhy7', i: '9okju8', o: '0plki9', p: 'lo0',
  a: 'qwsz', s: 'edxzaw', d: 'rfcxse', f: 'tgvcdr', g: 'yhbvft', h: 'ujnbgy', j: 'ikmnhu', k: 'olmji', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/** Lookalike glyphs per letter (Latin with diacritics, Greek, Cyrillic and ASCII look-alikes), after dnstwist. */
const GLYPHS: Record<string, string[]> = {
  a: ['à', 'á', 'â', 'ã', 'ä', 'å', 'ɑ', 'ạ', 'ǎ', 'ă', 'ȧ', 'ą', 'а'], b: ['d', 'lb', 'ʙ', 'ɓ', 'ḃ', 'ḅ', 'ḇ', 'ƅ'],
  c: ['e', 'ƈ', 'ċ', 'ć', 'ç', 'č', 'ĉ', 'ᴄ', 'с'], d: ['b', 'cl', 'dl', 'ɗ', 'đ', 'ď', 'ɖ', 'ḑ', 'ḋ', 'ḍ', 'ḏ', 'ḓ'],
  e: ['c', 'é', 'è', 'ê', 'ë', 'ē', 'ĕ', 'ě', 'ė', 'ẹ', 'ę', 'ȩ', 'ɇ', 'ḛ', 'е'], f: ['ƒ', 'ḟ'],
  g: ['q', 'ɢ', 'ɡ', 'ġ', 'ğ', 'ǵ', 'ģ', 'ĝ', 'ǧ', 'ǥ'], h: ['lh', 'ĥ', 'ȟ', 'ħ', 'ɦ', 'ḧ', 'ḩ', 'ⱨ', 'ḣ', 'ḥ', 'ḫ', 'ẖ', 'һ'],
  i: ['1', 'l', 'í', 'ì', 'ï', 'ı', 'ɩ', 'ǐ', 'ĭ', 'ỉ', 'ị', 'ɨ', 'ȋ', 'ī', 'ɪ', 'і'], j: ['ʝ', 'ǰ', 'ɉ', 'ĵ', 'ј'],
  k: ['lk', 'ik', 'lc', 'ḳ', 'ḵ', 'ⱪ', 'ķ', 'ᴋ'], l: ['1', 'i', 'ɫ', 'ł'], m: ['n', 'nn', 'rn', 'rr', 'ṁ', 'ṃ', 'ᴍ', 'ɱ', 'ḿ'],
  n: ['m', 'r', 'ń', 'ṅ', 'ṇ', 'ṉ', 'ñ', 'ņ', 'ǹ', 'ň', 'ꞑ'], o: ['0', 'ȯ', 'ọ', 'ỏ', 'ơ', 'ó', 'ö', 'ᴏ', 'о', 'ο'],
  p: ['ƿ', 'ƥ', 'ṕ', 'ṗ', 'р'], q: ['g', 'ʠ'], r: ['ʀ', 'ɼ', 'ɽ', 'ŕ', 'ŗ', 'ř', 'ɍ', 'ɾ', 'ȓ', 'ȑ', 'ṙ', 'ṛ', 'ṟ'],
  s: ['ʂ', 'ś', 'ṣ', 'ṡ', 'ș', 'ŝ', 'š', 'ꜱ', 'ѕ'], t: ['ţ', 'ŧ', 'ṫ', 'ṭ', 'ț', 'ƫ'], u: ['ᴜ', 'ǔ', 'ŭ', 'ü', 'ʉ', 'ù', 'ú', 'û', 'ũ', 'ū', 'ų', 'ư', 'ů', 'ű', 'ȕ', 'ȗ', 'ụ'],
  v: ['ṿ', 'ⱱ', 'ᶌ', 'ṽ', 'ⱴ', 'ѵ'], w: ['vv', 'ŵ', 'ẁ', 'ẃ', 'ẅ', 'ⱳ', 'ẇ', 'ẉ', 'ẘ', 'ᴡ'], x: ['ẋ', 'ẍ', 'х'],
  y: ['ʏ', 'ý', 'ÿ', 'ŷ', 'ƴ', 'ȳ', 'ɏ', 'ỿ', 'ẏ', 'ỵ', 'у'], z: ['ʐ', 'ż', 'ź', 'ᴢ', 'ƶ', 'ẓ', 'ẕ', 'ⱬ'],
};

/** Latin → Cyrillic letters of the same shape, for whole-label Cyrillic spoofs (dnstwist's "cyrillic"). */
const CYRILLIC: Record<string, string> = {
  a: 'а', b: 'ь', c: 'с', d: 'ԁ', e: 'е', g: 'ԍ', h: 'һ', i: 'і', j: 'ј', k: 'к', l: 'ӏ', m: 'м', n: 'п', o: 'о', p: 'р',
  q: 'ԛ', s: 'ѕ', t: 'т', v: 'ѵ', w: 'ԝ', x: 'х', y: 'у',
};

const VOWELS = 'aeiou';
/** Words combined with brands in phishing domains (APWG/JPCERT reports), for the dictionary fuzzer. */
const DICTIONARY = [
  'login', 'signin', 'secure', 'security', 'account', 'accounts', 'verify', 'verification', 'update', 'support', 'service',
  'services', 'help', 'online', 'mail', 'info', 'official', 'auth', 'id', 'pay', 'payment', 'billing', 'card', 'bank', 'my',
  'web', 'app', 'mobile', 'cloud', 'jp', 'japan', 'co', 'net', 'user', 'member', 'members', 'check', 'alert', 'notice', 'confirm',
];
/** TLDs commonly used for swaps (generic, Japanese and the cheap ones abused most). */
const TLDS = [
  'com', 'net', 'org', 'info', 'biz', 'jp', 'co.jp', 'ne.jp', 'or.jp', 'co', 'io', 'me', 'cc', 'tv', 'us', 'uk', 'co.uk', 'de', 'cn', 'ru',
  'top', 'xyz', 'online', 'site', 'shop', 'store', 'club', 'live', 'icu', 'vip', 'work', 'app', 'link', 'click', 'buzz', 'cyou',
  'sbs', 'monster', 'rest', 'tk', 'ml', 'ga', 'cf', 'gq', 'pw', 'asia', 'support', 'help', 'email', 'services',
];

/**
 * Japanese readings of a Latin label: katakana gives every consonant a vowel (after t/d an `o`, after
 * others a `u`, `trend` → `torendo`), merges l into r and writes `c` as k or s. Yields single insertions
 * and the full reading.
 * @example transliterations('trendmicro').includes('torendmicro') // true
 */
export function transliterations(label: string): string[] {
  const out = new Set<string>();
  const epenthetic = (c: string) => (c === 't' || c === 'd' ? 'o' : c === 'j' ? 'i' : 'u');
  const isConsonant = (c: string | undefined) => c !== undefined && /[a-z]/.test(c) && !VOWELS.includes(c) && c !== 'y';
  let full = '';
  for (let i = 0; i < label.length; i++) {
    const c = label[i]!;
    const next = label[i + 1];
    full += c;
    // A consonant followed by another consonant (except `n`, which stands alone as ン) or at the end.
    if (isConsonant(c) && c !== 'n' && (next === undefined || (isConsonant(next) && !(c === 's' && next === 'h') && !(c === 'c' && next === 'h') && next !== c))) {
      const v = epenthetic(c);
      out.add(label.slice(0, i + 1) + v + label.slice(i + 1));
      full += v;
    }
  }
  out.add(full);
  const liquids = (s: string) => s.replaceAll('l', 'r');
  for (const s of [...out, label]) if (s.includes('l')) out.add(liquids(s));
  for (const s of [...out]) if (s.includes('c')) out.add(s.replace(/c(?=[aou]|$|[^aeiouyh])/g, 'k'));
  // Romanisation pairs (Hepburn ↔ Kunrei): shi/si, tsu/tu, fu/hu, chi/ti, ji/zi.
  for (const s of [...out, label]) {
    for (const [a, b] of [['shi', 'si'], ['tsu', 'tu'], ['fu', 'hu'], ['chi', 'ti'], ['ji', 'zi']] as const) {
      if (s.includes(a)) out.add(s.replaceAll(a, b));
      else if (s.includes(b)) out.add(s.replaceAll(b, a));
    }
  }
  out.delete(label);
  return [...out];
}

/**
 * All permutations of `domain` (a registrable domain such as `trendmicro.com`), without duplicates and
 * without the original.
 * @example permutations('trendmicro.com').find((p) => p.domain === 'torendmicro.com')?.technique // 'transliteration'
 */
export function permutations(domain: string): Permutation[] {
  const parsed = parseDomain(domain.toLowerCase(), { extractHostname: false });
  const label = parsed.domainWithoutSuffix;
  const suffix = parsed.publicSuffix;
  if (!label || !suffix) return [];
  const seen = new Set<string>([`${label}.${suffix}`]);
  const out: Permutation[] = [];
  const add = (technique: string, l: string, sfx = suffix) => {
    if (!l || l.startsWith('-') || l.endsWith('-') || l.length > 63) return;
    const d = `${l}.${sfx}`;
    if (seen.has(d)) return;
    seen.add(d);
    out.push({ domain: d, technique });
  };
  const n = label.length;
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') add('addition', label + c);
  for (let i = 0; i < n; i++) {
    const code = label.charCodeAt(i);
    for (let bit = 0; bit < 8; bit++) {
      const flipped = String.fromCharCode(code ^ (1 << bit));
      if (/^[a-z0-9-]$/.test(flipped)) add('bitsquatting', label.slice(0, i) + flipped + label.slice(i + 1));
    }
  }
  for (let i = 0; i < n; i++) for (const g of GLYPHS[label[i]!] ?? []) add('homoglyph', label.slice(0, i) + g + label.slice(i + 1));
  for (let i = 0; i + 1 < n; i++) if (label.slice(i, i + 2) === 'rn') add('homoglyph', `${label.slice(0, i)}m${label.slice(i + 2)}`);
  if ([...label].every((c) => CYRILLIC[c] || /[0-9-]/.test(c))) add('cyrillic', [...label].map((c) => CYRILLIC[c] ?? c).join(''));
  else add('cyrillic', [...label].map((c) => CYRILLIC[c] ?? c).join(''));
  for (let i = 1; i < n; i++) add('hyphenation', `${label.slice(0, i)}-${label.slice(i)}`);
  for (let i = 0; i < n; i++) {
    for (const k of KEYBOARD[label[i]!] ?? '') {
      add('insertion', label.slice(0, i) + k + label.slice(i));
      add('insertion', label.slice(0, i + 1) + k + label.slice(i + 1));
      add('replacement', label.slice(0, i) + k + label.slice(i + 1));
    }
    add('omission', label.slice(0, i) + label.slice(i + 1));
    add('repetition', label.slice(0, i + 1) + label[i] + label.slice(i + 1));
    if (i + 1 < n && label[i] !== label[i + 1]) add('transposition', label.slice(0, i) + label[i + 1] + label[i] + label.slice(i + 2));
    if (VOWELS.includes(label[i]!)) for (const v of VOWELS) if (v !== label[i]) add('vowel-swap', label.slice(0, i) + v + label.slice(i + 1));
  }
  for (let i = 1; i < n; i++) add('subdomain', `${label.slice(0, i)}.${label.slice(i)}`);
  for (const w of DICTIONARY) {
    add('dictionary', `${label}-${w}`);
    add('dictionary', `${w}-${label}`);
    add('dictionary', `${label}${w}`);
    add('dictionary', `${w}${label}`);
  }
  for (const t of TLDS) add('tld-swap', label, t);
  const flatSuffix = suffix.replaceAll('.', '');
  add('various', `${label}${flatSuffix}`);
  add('various', `${label}-${flatSuffix}`);
  add('various', `www${label}`);
  add('various', `www-${label}`);
  add('various', `${label}.${suffix}`, 'com'); // brand.co.jp.com: the whole domain under another suffix
  for (const t of transliterations(label)) add('transliteration', t);
  return out;
}
