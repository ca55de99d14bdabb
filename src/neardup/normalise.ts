/**
 * Text normalisation for near-duplicate detection. A botnet sends one template to many recipients with the
 * recipient's address, a per-recipient token, an order number or a tracking id filled in; those parts are
 * replaced by placeholders here so that the variants of one template produce the same shingles.
 *
 * Shingles: word 2-grams for text in spaced scripts (short shingles survive spintax — one synonym swapped
 * per slot breaks two bigrams but three trigrams; measured in bench/trends.ts), character 3-grams for
 * Japanese/Chinese runs (they have no spaces, and Intl.Segmenter is quadratic on Node 20).
 */

/** Upper bound on the text looked at per message: a hostile 30 MB body costs no more than this. */
export const MAX_NORMALISE_CHARS = 64_000;
/** Upper bound on shingles kept per message (the first ones; MinHash is cheap but not free). */
export const MAX_SHINGLES = 4_000;

// An e-mail address, `[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}` with the `u` flag, read by replaceEmails.
const LOCAL_CHAR = /^[\p{L}\p{N}._%+'-]$/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]+\.[\p{L}]{2,}/uy;
const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>"'()\]]+|\bwww\.[^\s<>"'()\]]+/giu;
// A run of letters and digits mixing both, long enough to be an identifier rather than a word.
const HEXISH = /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/giu;
const TOKENISH = /\b(?<![A-Za-z0-9_]-*)(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{10,}={0,2}/gu;
const NUMBER = /\p{Nd}+(?:[.,:/-]\p{Nd}+)*/gu;
// Han, Hiragana, Katakana (incl. the prolonged sound mark), Hangul: scripts written without spaces.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu;

/**
 * A URL reduced to the parts a template shares: host and path with per-recipient segments (ids, tokens,
 * numbers, the recipient's address) replaced, and the query's parameter names without their values.
 * @example urlPattern('http://t.example.com/c/8f3a9b2c1d?uid=dmljdGlt&x=1') // 't.example.com/c/{id}?uid&x'
 */
export function urlPattern(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
  if (!url.hostname) return undefined;
  const segments = url.pathname
    .split('/')
    .filter((s) => s !== '')
    .slice(0, 8)
    .map((s) => (isVariablePart(decodeSafe(s)) ? '{id}' : s.toLowerCase().slice(0, 40)));
  const params = [...new Set([...url.searchParams.keys()].map((k) => k.toLowerCase().slice(0, 30)))].sort().slice(0, 10);
  return `${url.hostname.toLowerCase()}/${segments.join('/')}${params.length ? `?${params.join('&')}` : ''}`;
}

/** Whether a URL carries something per-recipient (an id-like path segment or any query value). */
export function isTrackingPattern(pattern: string): boolean {
  return pattern.includes('{id}') || pattern.includes('?');
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function isVariablePart(s: string): boolean {
  if (s.includes('@')) return true;
  if (/^\d+$/.test(s)) return true;
  if (/^[0-9a-f]{8,}$/i.test(s)) return true;
  return s.length >= 10 && /\d/.test(s) && /[a-z]/i.test(s) && /^[A-Za-z0-9_=.-]+$/.test(s);
}

/**
 * `text.replace(/[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, replacement)` in one pass. The pattern tried every
 * start of a run of address characters and read the run to its end each time (a long run without `@`: quadratic,
 * 0.5 s for 32 KB of dots). Here each `@` reads the run before it back to the previous match or `@` (the leftmost
 * start of its match) and the domain after it once: address characters hold no `@`, so the pieces never overlap.
 * @example replaceEmails('mail bob@x.jp now', '{email}') // 'mail {email} now'
 */
export function replaceEmails(text: string, replacement: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > last) {
      let before = start - 1;
      const c = text.charCodeAt(before);
      if (c >= 0xdc00 && c <= 0xdfff && before > last && (text.charCodeAt(before - 1) & 0xfc00) === 0xd800) before--;
      if (!LOCAL_CHAR.test(text.slice(before, start))) break;
      start = before;
    }
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (!EMAIL_DOMAIN.test(text)) continue;
    out += text.slice(last, start) + replacement;
    last = EMAIL_DOMAIN.lastIndex;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Text with the per-recipient parts replaced by placeholders: NFKC (full-width digits and letters become
 * ASCII, half-width katakana full-width), lower case, URLs reduced to their host, e-mail addresses, hex
 * and base64-like identifiers and numbers replaced, white space collapsed.
 * @example normaliseText('Dear bob@x.jp, order #12345: http://t.co/a1b2c3d4e5') // 'dear {email} order {num} {url:t.co}'
 */
export function normaliseText(text: string): string {
  let s = text.slice(0, MAX_NORMALISE_CHARS).normalize('NFKC').toLowerCase();
  s = s.replace(URL_RE, (u) => {
    const host = /^(?:[a-z]+:\/\/)?([^/:?#\s]+)/i.exec(u)?.[1] ?? '';
    return ` {url:${host.replace(/^www\./, '')}} `;
  });
  s = replaceEmails(s, ' {email} ');
  s = s.replace(HEXISH, ' {hex} ');
  s = s.replace(TOKENISH, ' {token} ');
  s = s.replace(NUMBER, ' {num} ');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A subject reduced to its template: normalised as the text, and with reply/forward prefixes and
 * bracketed ticket numbers gone. Empty when nothing distinctive is left.
 * @example subjectTemplate('RE: Invoice 4711 for bob@example.com') // 'invoice {num} for {email}'
 */
export function subjectTemplate(subject: string): string {
  let s = normaliseText(subject);
  for (let i = 0; i < 5; i++) {
    const stripped = s.replace(/^(?:re|fw|fwd|aw|wg|tr|sv|回答|返信|転送)\s*(?:\[\s*\{num\}\s*\]\s*)?[:：]\s*/u, '');
    if (stripped === s) break;
    s = stripped;
  }
  return s.trim();
}

/** Whether a subject template is distinctive enough to join messages (not "hello", not only placeholders). */
export function isDistinctiveSubject(template: string): boolean {
  const letters = template.replace(/\{[a-z:.-]*\}/g, '').replace(/[^\p{L}]/gu, '');
  const cjk = [...letters].filter((c) => CJK_CHAR.test(c)).length;
  return cjk >= 6 || letters.length >= 16;
}

/**
 * Shingles of normalised text: character 3-grams inside CJK runs, word 2-grams over the rest (the word
 * itself when there is only one). Bounded by MAX_SHINGLES.
 * @example shingles('{email} のご請求 お支払いはこちら') // ['のご請', 'ご請求', …, 'w:{email}']
 */
export function shingles(normalised: string): string[] {
  const out = new Set<string>();
  for (const run of normalised.match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length < 3) {
      out.add(chars.join(''));
      continue;
    }
    for (let i = 0; i + 3 <= chars.length && out.size < MAX_SHINGLES; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  const rest = normalised.replace(CJK_RUN, ' ');
  const words: string[] = [];
  for (const m of rest.matchAll(/\{[a-z]+(?::[^}\s]*)?\}|[\p{L}\p{N}_]+/gu)) words.push(m[0]);
  if (words.length > 0 && words.length < 2) out.add(`w:${words.join(' ')}`);
  for (let i = 0; i + 2 <= words.length && out.size < MAX_SHINGLES; i++) out.add(`w:${words[i]} ${words[i + 1]}`);
  return [...out];
}

/** Whether a text is mostly written in a script without spaces (used to explain how it was shingled). */
export function isMostlyCjk(text: string): boolean {
  let cjk = 0;
  let letters = 0;
  for (const c of text.slice(0, 2_000)) {
    if (CJK_CHAR.test(c)) cjk++;
    else if (/\p{L}/u.test(c)) letters++;
  }
  return cjk > 0 && cjk >= letters / 3;
}
