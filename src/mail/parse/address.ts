import { domainToASCII, domainToUnicode } from 'node:url';
import type { Address } from '../types.js';
import { decodeEncodedWords, type WordsInfo } from './encoded-words.js';
import { ownString } from '../memo.js';

/**
 * Address lists (RFC 5322 §3.4) parsed leniently, in one linear pass over tokens: groups, quoted local parts,
 * comments, display names, obsolete routes (`<@a,@b:x@y>`), missing angle brackets and plain garbage.
 */

type TokenKind = 'word' | 'quoted' | 'comment' | 'angle' | 'special';

interface Token {
  kind: TokenKind;
  text: string;
  /** White space preceded this token. */
  spaced: boolean;
}

// Token tests for find / some / every, made once: an arrow written at the call is a new closure per call, and V8 drops
// its optimised code at a full collection when none is alive (NOTES, issue 18, session 21).
const isAngle = (t: Token): boolean => t.kind === 'angle';
const isComment = (t: Token): boolean => t.kind === 'comment';
const isAtSign = (t: Token): boolean => t.kind === 'special' && t.text === '@';
const isWordOrQuoted = (t: Token): boolean => t.kind === 'word' || t.kind === 'quoted';

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  const len = s.length;
  let i = 0;
  let spaced = false;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
      spaced = true;
      i++;
      continue;
    }
    if (c === 0x22 /* " */) {
      const parts: string[] = [];
      let j = i + 1;
      let segStart = j;
      while (j < len && s.charCodeAt(j) !== 0x22) {
        if (s.charCodeAt(j) === 0x5c && j + 1 < len) {
          parts.push(s.slice(segStart, j));
          segStart = j + 1;
          j += 2;
          continue;
        }
        j++;
      }
      if (j >= len) {
        // Unclosed quote: ignore the stray '"' and read on, which recovers the address behind it.
        i++;
        continue;
      }
      parts.push(s.slice(segStart, j));
      tokens.push({ kind: 'quoted', text: parts.join(''), spaced });
      i = j + 1;
    } else if (c === 0x28 /* ( */) {
      let depth = 1;
      let j = i + 1;
      while (j < len && depth > 0) {
        const d = s.charCodeAt(j);
        if (d === 0x5c) j++;
        else if (d === 0x28) depth++;
        else if (d === 0x29) depth--;
        j++;
      }
      tokens.push({ kind: 'comment', text: s.slice(i + 1, depth === 0 ? j - 1 : j), spaced });
      i = j;
    } else if (c === 0x3c /* < */) {
      const close = s.indexOf('>', i + 1);
      const end = close < 0 ? len : close;
      tokens.push({ kind: 'angle', text: s.slice(i + 1, end), spaced });
      i = end + 1;
    } else if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x40 || c === 0x3e /* , ; : @ > */) {
      tokens.push({ kind: 'special', text: s[i] as string, spaced });
      i++;
    } else {
      let j = i + 1;
      while (j < len) {
        const d = s.charCodeAt(j);
        if (d === 0x20 || d === 0x09 || d === 0x0d || d === 0x0a || d === 0x22 || d === 0x28 || d === 0x3c || d === 0x2c || d === 0x3b || d === 0x3a || d === 0x40 || d === 0x3e) break;
        j++;
      }
      tokens.push({ kind: 'word', text: s.slice(i, j), spaced });
      i = j;
    }
    spaced = false;
  }
  return tokens;
}

const domainCache = new Map<string, { domain: string; asciiDomain: string }>();

/**
 * Lower-cases a domain and gives its Unicode (U-label) and ASCII (A-label) forms (RFC 5890), using node:url
 * (UTS #46 processing). Invalid IDNs keep the lower-cased input in both forms.
 * @example normalizeDomain('XN--BCHER-KVA.example') // { domain: 'bücher.example', asciiDomain: 'xn--bcher-kva.example' }
 */
export function normalizeDomain(input: string): { domain: string; asciiDomain: string } {
  const hit = domainCache.get(input);
  if (hit) return hit;
  let d = input.trim().toLowerCase();
  while (d.endsWith('.')) d = d.slice(0, -1);
  if (d === '') return { domain: '', asciiDomain: '' };
  if ((!/[^\x00-\x7f]/.test(d) && !d.includes('xn--')) || d.startsWith('[')) {
    const own = ownString(d);
    const plain = { domain: own, asciiDomain: own };
    if (domainCache.size >= 4096) domainCache.clear();
    domainCache.set(ownString(input), plain);
    return plain;
  }
  const ascii = domainToASCII(d) || d;
  const unicode = domainToUnicode(ascii) || d;
  const result = { domain: ownString(unicode), asciiDomain: ownString(ascii) };
  if (domainCache.size >= 4096) domainCache.clear();
  domainCache.set(ownString(input), result);
  return result;
}

/** Builds an Address from an addr-spec as written (`local@domain`). */
export function makeAddress(spec: string, name: string, asWritten?: string): Address {
  let s = spec.trim();
  // Obsolete route (RFC 5322 §4.4): `@a,@b:local@domain`.
  if (s.startsWith('@')) {
    const colon = s.indexOf(':');
    if (colon >= 0) s = s.slice(colon + 1);
  }
  if (/^mailto:/i.test(s)) s = s.slice(7);
  // Folding white space inside an addr-spec is not part of it (outside quoted local parts); what was
  // written is kept when that changed it, for the syntax check (`addressSyntaxProblem`).
  let written = asWritten;
  if (s.indexOf('"') < 0 && /\s/.test(s)) {
    written ??= s;
    s = s.replace(/\s+/g, '');
  }
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) {
    // `written` is present (undefined when nothing changed) on every address: one shape for all, see
    // ParsedMessage in ./index.ts.
    return { name, address: s, local: at === 0 ? '' : at > 0 ? s.slice(0, at) : s, domain: '', asciiDomain: '', written };
  }
  const local = s.slice(0, at);
  const { domain, asciiDomain } = normalizeDomain(s.slice(at + 1));
  return { name, address: domain ? `${local}@${domain}` : s, local, domain, asciiDomain, written };
}

/** RFC 5322 §3.2.3 atext, plus UTF-8 (RFC 6532 / SMTPUTF8) and the dot of dot-atom. */
const LOCAL_DOT_ATOM = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.\u0080-\u{10FFFF}]+$/u;
const QUOTED_LOCAL = /^"(?:[^"\\\r\n]|\\.)*"$/;
/** RFC 5321 §4.1.2 sub-domain (Let-dig [Ldh-str]) in the A-label (ASCII) form. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ADDRESS_LITERAL = /^\[(?:\d{1,3}(?:\.\d{1,3}){3}|ipv6:[0-9a-f:.]+)\]$/i;

const SPACE_RUN = /\s+/g;
/**
 * A quote mark that ends a written addr-spec (no domain ends in one), or a double quote that opens a local part it
 * never closes; a leading `'` alone is atext (RFC 5322 §3.2.3), so `'a@b.com` is a valid address.
 */
const QUOTE_AROUND = /["']$|^"[^"]*$/;

/**
 * Whether white space is left in a written address once the obsolete blanks around `.` and `@` and the ends are
 * dropped — what replacing the pattern `\s*([.@])\s*` (global) by its `.` or `@`, trimming, and testing for `\s` said
 * before, in linear time: that pattern rescanned a run of blanks from each of its positions (32 KB of blanks: 1.65 s).
 * A run is dropped when it touches a `.` or `@` or an end, and kept otherwise.
 */
export function spaceInside(written: string): boolean {
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(written); m; m = SPACE_RUN.exec(written)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || end === written.length) continue;
    const before = written[start - 1];
    const after = written[end];
    if (before !== '.' && before !== '@' && after !== '.' && after !== '@') return true;
  }
  return false;
}

/**
 * Why an address is not a valid mail address (RFC 5322 §3.4.1 addr-spec, RFC 5321 §4.1.2 Mailbox), or null
 * when it is one. Internationalised addresses are valid: U-label domains are judged by their A-label
 * (RFC 5890) and local parts may be UTF-8 (RFC 6531/6532). Lenient where real mail is: white space around
 * `.` and `@` is obsolete but allowed (RFC 5322 §4.4), and leading, trailing or doubled dots in the local
 * part are accepted because Japanese mobile carriers issued such addresses for years. Addresses without a
 * domain are not judged here (that is a missing address, not a malformed one).
 * @example addressSyntaxProblem(parseAddressList('a@localhost')[0]) // 'domain "localhost" has no dot'
 */
export function addressSyntaxProblem(a: Address): string | null {
  if (!a.domain) return null;
  if (a.written && spaceInside(a.written)) return `white space inside the address "${a.written.slice(0, 100)}"`;
  if (a.written && QUOTE_AROUND.test(a.written)) return `quote marks around the address "${a.written.slice(0, 100)}"`;
  const local = a.local;
  if (!local) return 'empty local part';
  if (local.startsWith('"') ? !QUOTED_LOCAL.test(local) : !LOCAL_DOT_ATOM.test(local)) return `invalid character in the local part "${local.slice(0, 64)}"`;
  if (a.domain.startsWith('[')) return ADDRESS_LITERAL.test(a.domain) ? null : `invalid address literal "${a.domain.slice(0, 100)}"`;
  const ascii = a.asciiDomain;
  if (!ascii.includes('.')) return `domain "${a.domain.slice(0, 100)}" has no dot`;
  if (ascii.length > 253) return 'domain longer than 253 characters';
  const labels = ascii.split('.');
  for (const label of labels) {
    if (label === '') return `empty label in the domain "${a.domain.slice(0, 100)}"`;
    if (!LABEL.test(label)) return `domain "${a.domain.slice(0, 100)}" has an invalid label "${label.slice(0, 63)}"`;
  }
  if (/^\d+$/.test(labels[labels.length - 1]!)) return `domain "${a.domain.slice(0, 100)}" is a bare IP address or ends in a numeric label`;
  return null;
}

function cleanName(name: string, info?: WordsInfo): string {
  const decoded = decodeEncodedWords(name, info);
  return decoded.replace(/\s+/g, ' ').trim();
}

/** Joins tokens back into display-name text. */
function joinPhrase(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'comment') continue;
    const text = t.kind === 'angle' ? `<${t.text}>` : t.text;
    out += out && t.spaced ? ` ${text}` : text;
  }
  return out;
}

function joinSpec(tokens: Token[]): string {
  // White space is kept between atoms (makeAddress removes it and remembers that it was there), except
  // around quoted strings, whose spacing is their own.
  const keepSpaces = !tokens.some((t) => t.kind === 'quoted');
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'comment') continue;
    if (keepSpaces && t.spaced && out) out += ' ';
    out += t.kind === 'quoted' ? `"${t.text}"` : t.text;
  }
  return out;
}

function parseMailbox(tokens: Token[], info?: WordsInfo): Address | null {
  if (tokens.length === 0) return null;
  const angleIndex = tokens.findIndex(isAngle);
  if (angleIndex >= 0) {
    const angle = tokens[angleIndex] as Token;
    const before = tokens.slice(0, angleIndex);
    let name = joinPhrase(before);
    if (!name) {
      const comment = tokens.find(isComment);
      if (comment) name = comment.text;
    }
    const spec = angle.text.trim();
    // Quote marks around an unquoted addr-spec (`<'a@b.com'>`, `<a@b.com'>`) are read past, so the address is
    // still known, and kept as written: no mail address ends in a quote mark (addressSyntaxProblem).
    const unquoted = spec.startsWith('"') ? spec : spec.replace(/^["']+|(?<!["'])["']+$/g, '');
    return makeAddress(unquoted, cleanName(name, info), unquoted === spec ? undefined : spec);
  }
  const hasAt = tokens.some(isAtSign);
  const comment = tokens.find(isComment);
  const commentName = comment ? cleanName(comment.text, info) : '';
  if (!hasAt) {
    const words = tokens.filter((t) => t.kind !== 'comment');
    if (words.length === 0) return null;
    // Several words and no address at all: a bare display name (`undisclosed recipients`).
    if (words.length > 1 && words.some((t, k) => k > 0 && t.spaced)) {
      return { name: cleanName(joinPhrase(words), info), address: '', local: '', domain: '', asciiDomain: '' };
    }
    return makeAddress(joinSpec(words), commentName);
  }
  // addr-spec without angle brackets. Spam writes `Name user@host` too: words before the local part that
  // are separated by white space become the display name.
  const nonComment = tokens.filter((t) => t.kind !== 'comment');
  const at = nonComment.findIndex(isAtSign);
  let localStart = at - 1;
  while (localStart > 0 && !(nonComment[localStart] as Token).spaced) localStart--;
  if (localStart < 0) localStart = 0;
  const nameTokens = nonComment.slice(0, localStart);
  const specTokens = nonComment.slice(localStart);
  const name = nameTokens.length > 0 ? cleanName(joinPhrase(nameTokens), info) : commentName;
  return makeAddress(joinSpec(specTokens), name);
}

/**
 * Parses an address-list header value (From, To, Cc, Reply-To…).
 * @example parseAddressList('"Doe, John" <john@example.com>, undisclosed-recipients:;')
 */
export function parseAddressList(value: string, info?: WordsInfo): Address[] {
  const tokens = tokenize(value);
  const list: AddressListState = { out: [], current: tokenList(), pending: chunkList(), info };
  for (const t of tokens) {
    if (t.kind === 'special') {
      if (t.text === ',' || t.text === ';') {
        flushMailbox(list);
        continue;
      }
      if (t.text === ':') {
        // Group syntax (RFC 5322 §3.4): `display-name: mailbox-list;` — the phrase before ':' is dropped.
        if (!list.current.some((x) => x.kind === 'angle' || (x.kind === 'special' && x.text === '@'))) {
          list.current = tokenList();
          continue;
        }
      }
    }
    list.current.push(t);
  }
  flushMailbox(list);
  emitPending(list, false);
  return list.out;
}

/**
 * What parseAddressList has read so far. Its steps are module functions over this state, not closures made per
 * call: closures made afresh lose their optimised code at each full GC once the last of them is gone, and the scan
 * pool's workers recompiled them in every pass (NOTES, issue 18, session 10).
 */
interface AddressListState {
  out: Address[];
  /** The tokens of the mailbox being read. */
  current: Token[];
  /** Bare-word chunks seen before the current one (`Doe` in `Doe, John <j@x>`). */
  pending: Token[][];
  info: WordsInfo | undefined;
}

/**
 * An empty list of token chunks whose array is one of objects from the start. A fresh `[]` is an array of small integers
 * until a chunk is pushed, which changes its map; flushMailbox's optimised push had seen one of the two maps and was thrown
 * away at the other ("wrong map", parseAddressList recompiled in the second pass over the SA split: sessions 51 and 52's
 * traces).
 */
function chunkList(): Token[][] {
  const chunks: Token[][] = [NO_CHUNK];
  chunks.length = 0;
  return chunks;
}
const NO_CHUNK: Token[] = [];

/**
 * An empty token list whose array is one of objects from the start, for the same reason as chunkList: `list.current.push(t)`
 * in parseAddressList was compiled for a fresh `[]`'s small integers and thrown away at the first token ("not a Smi", once
 * per isolate: session 54's traces). A new array each time, not emptied: flushMailbox keeps the old one in `pending`.
 */
function tokenList(): Token[] {
  const tokens: Token[] = [NO_TOKEN];
  tokens.length = 0;
  return tokens;
}
const NO_TOKEN: Token = { kind: 'special', text: '', spaced: false };

function emitPending(list: AddressListState, keepLast: boolean): Token[] | null {
  const last = keepLast ? list.pending.pop() ?? null : null;
  for (const chunk of list.pending) {
    const lone = parseMailbox(chunk, list.info);
    if (lone) list.out.push(lone);
  }
  // Emptied, not replaced by a fresh `[]`: see chunkList.
  list.pending.length = 0;
  return last;
}

function flushMailbox(list: AddressListState): void {
  let current = list.current;
  if (current.length === 0) return;
  const hasAngle = current.some(isAngle);
  const hasAt = current.some(isAtSign);
  // `Doe, John <j@x>`: an unquoted comma inside a display name splits it; rejoin a bare-word chunk with
  // the following angle address, as most clients display it.
  if (!hasAngle && !hasAt && current.every(isWordOrQuoted)) {
    list.pending.push(current);
    list.current = tokenList();
    return;
  }
  // `Kundendienst, <service@x>` (seen in phishing): a bare-word chunk before a nameless angle address is
  // its display name, as clients show it.
  const nameless = (current[0] as Token).kind === 'angle';
  const last = emitPending(list, hasAngle);
  if (last && nameless) current = [...last, ...current];
  else if (last) current = [...last, { kind: 'word', text: ',', spaced: false }, ...current.map((t, k) => (k === 0 ? { ...t, spaced: true } : t))];
  const mailbox = parseMailbox(current, list.info);
  if (mailbox) {
    if (last && mailbox.address) mailbox.commaInName = true;
    list.out.push(mailbox);
  }
  list.current = tokenList();
}
