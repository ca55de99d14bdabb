import type { ReceivedHop } from '../types.js';
import { parseMailDate } from './date.js';
import { ipFamily } from './ip-family.js';
import { codeUnitReader } from '../text-chars.js';

/**
 * `Received:` trace fields (RFC 5321 §4.4) as real MTAs write them: Postfix/Sendmail
 * (`from helo (rdns [ip])`), Exim (`from rdns ([ip] helo=x)`), qmail (`from rdns (HELO x) (ip)`), Exchange
 * (`from host (ipv6) by …`), Gmail, with `IPv6:` literals. Parsing is linear and never throws.
 */

interface Clause {
  word: string;
  /** How many words stood outside comments. */
  count: number;
  /** `words[0 … kept)`: the first of them, as many as parseReceived reads (`keptWords`); no copy of the others. */
  words: string[];
  kept: number;
  /** `comments[0 … commentCount)`: comment texts (outermost parentheses), for a `from` clause only (no other clause reads them). */
  comments: string[];
  commentCount: number;
}

/** How many words of a clause parseReceived reads: `from` its first four (the name, then an IP literal among the next three), `by`, `with` and `for` one. */
function keptWords(word: string): number {
  return word === 'from' ? 4 : word === 'id' || word === 'via' ? 0 : 1;
}

/**
 * The clauses of the Received field being parsed, reused from one field to the next (parsing is synchronous and
 * parseReceived reads them before it returns): a message has several hops of half a dozen clauses each, and
 * their objects and arrays were the largest part of what parsing a header block allocated.
 */
const clauseSlots: Clause[] = [];

/** The clause's first word, if it kept one. */
function firstWord(clause: Clause): string | undefined {
  return clause.kept > 0 ? clause.words[0] : undefined;
}

/** The clause word (`from`, `by`, `via`, `with`, `id`, `for`, lower-case) that the text's code units `[start … end)` are in any case, or ''. */
function clauseWordAt(s: Uint16Array, start: number, end: number): string {
  const len = end - start;
  if (len < 2 || len > 4) return '';
  const c0 = s[start]! | 0x20;
  const c1 = s[start + 1]! | 0x20;
  let word: string;
  if (len === 2) word = c0 === 0x62 && c1 === 0x79 ? 'by' : c0 === 0x69 && c1 === 0x64 ? 'id' : '';
  else if (len === 3) word = c0 === 0x76 ? 'via' : c0 === 0x66 ? 'for' : '';
  else word = c0 === 0x66 ? 'from' : c0 === 0x77 ? 'with' : '';
  if (word === '' || len === 2) return word;
  for (let k = 1; k < len; k++) if ((s[start + k]! | 0x20) !== word.charCodeAt(k)) return '';
  return word;
}

/**
 * The code units of the field splitClauses reads (codeUnitReader: array elements, not charCodeAt, ~20 instructions a
 * character in a loop; the Received fields are most of a header's characters: callgrind, session 49, ~42 K instructions a
 * message in splitClauses).
 */
const clauseUnits = codeUnitReader(1024);

/** Splits `s` into clauses, held in `clauseSlots`; returns how many. */
function splitClauses(s: string): number {
  let clauses = 0;
  let current: Clause | null = null;
  const len = s.length;
  const u = clauseUnits(s);
  let i = 0;
  while (i < len) {
    const c = u[i]!;
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
      i++;
      continue;
    }
    if (c === 0x28) {
      let depth = 1;
      let j = i + 1;
      while (j < len && depth > 0) {
        const d = u[j]!;
        if (d === 0x28) depth++;
        else if (d === 0x29) depth--;
        j++;
      }
      if (current?.word === 'from') current.comments[current.commentCount++] = s.slice(i + 1, depth === 0 ? j - 1 : j);
      i = j;
      continue;
    }
    let j = i;
    while (j < len) {
      const d = u[j]!;
      if (d === 0x20 || d === 0x09 || d === 0x0d || d === 0x0a || d === 0x28) break;
      j++;
    }
    // The clause word is recognised in place (no copy of any word); a word no clause reads is not copied out at all.
    const lower = clauseWordAt(u, i, j);
    if (lower !== '' && !(current && current.word === lower && current.count === 0)) {
      // Counts reset, arrays kept: truncating an array gives its storage back, and the next push allocates it again.
      current = clauseSlots[clauses] ??= { word: '', count: 0, words: [], kept: 0, comments: [], commentCount: 0 };
      clauses++;
      current.word = lower;
      current.count = 0;
      current.kept = 0;
      current.commentCount = 0;
    } else if (current && current.count++ < keptWords(current.word)) current.words[current.kept++] = s.slice(i, j);
    i = j;
  }
  return clauses;
}

/** An IP literal standing as a word in a Received comment (see extractIp). */
const IP_IN_TEXT = /(?:^|[\s(=:,@])(?:ipv6:)?((?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{0,4}|\d{1,3}(?:\.\d{1,3}){3})|\d{1,3}(?:\.\d{1,3}){3})(?=$|[\s),;\]:])/gi;

/** Extracts an IP literal: `[1.2.3.4]`, `[IPv6:2001:db8::1]`, `1.2.3.4`, `2001:db8::1`, `::ffff:1.2.3.4`. */
export function extractIp(text: string): string | undefined {
  const bracket = /\[(?:ipv6:)?([0-9a-f:.]+)\]/i.exec(text);
  if (bracket) {
    const ip = normalizeIp(bracket[1] as string);
    if (ip) return ip;
  }
  // exec on one pattern, not matchAll: matchAll copies the regexp for each call (every Received hop), exec walks
  // the same matches (the pattern never matches empty).
  IP_IN_TEXT.lastIndex = 0;
  for (let m = IP_IN_TEXT.exec(text); m; m = IP_IN_TEXT.exec(text)) {
    const ip = normalizeIp(m[1] as string);
    if (ip) return ip;
  }
  return undefined;
}

function normalizeIp(candidate: string): string | undefined {
  const c = candidate.toLowerCase();
  const kind = ipFamily(c);
  if (kind === 4) return c;
  if (kind === 6) {
    // IPv4-mapped addresses are the IPv4 client.
    const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(c);
    return mapped ? mapped[1] : c;
  }
  return undefined;
}

/*
 * The trims of a Received clause's words, by position instead of a replace with a pattern each (session 63: five replaces a
 * hop, ~15 K instructions a message, most of it the replace's own work on words that have nothing to trim). Each is its
 * pattern's answer on any text (received-trim.test.ts: written and seeded words against the patterns).
 */

/** `word.replace(/[;,]$/, '')`: one `;` or `,` at the end taken off. */
export function withoutEndSeparator(word: string): string {
  const c = word.charCodeAt(word.length - 1);
  return c === 0x3b || c === 0x2c ? word.slice(0, -1) : word;
}

/** `word.replace(/(?<![,;])[,;]+$/, '')`: the run of `,` and `;` at the end taken off. */
export function withoutEndSeparators(word: string): string {
  let end = word.length;
  while (end > 0 && (word.charCodeAt(end - 1) === 0x3b || word.charCodeAt(end - 1) === 0x2c)) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** `word.replace(/^<|>[;,]?$/g, '')`: a `<` at the start, and a `>` (then one `;` or `,`) at the end, after it. */
export function withoutAngles(word: string): string {
  const start = word.charCodeAt(0) === 0x3c ? 1 : 0;
  let end = word.length;
  const last = word.charCodeAt(end - 1);
  if (last === 0x3e) end--;
  else if ((last === 0x3b || last === 0x2c) && word.charCodeAt(end - 2) === 0x3e && end - 2 >= start) end -= 2;
  if (end < start) end = start;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** `word.replace(/^\[(?:ipv6:)?|\]$/gi, '')`: `[` or `[IPv6:` (any case) at the start, and a `]` at the end, after it. */
export function withoutLiteralBrackets(word: string): string {
  let start = 0;
  if (word.charCodeAt(0) === 0x5b) {
    start = 1;
    if ((word.charCodeAt(1) | 0x20) === 0x69 && (word.charCodeAt(2) | 0x20) === 0x70 && (word.charCodeAt(3) | 0x20) === 0x76
      && word.charCodeAt(4) === 0x36 && word.charCodeAt(5) === 0x3a) start = 6;
  }
  let end = word.length;
  if (end - 1 >= start && word.charCodeAt(end - 1) === 0x5d) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** `host.replace(/^[[(<]+|(?<![\])>;,])[\])>;,]+$/g, '')`: the run of `[ ( <` at the start and of `] ) > ; ,` at the end (the two sets share no character). */
export function withoutHostBrackets(host: string): string {
  let start = 0;
  const length = host.length;
  while (start < length && isHostOpener(host.charCodeAt(start))) start++;
  let end = length;
  while (end > start && isHostCloser(host.charCodeAt(end - 1))) end--;
  return start === 0 && end === length ? host : host.slice(start, end);
}
function isHostOpener(c: number): boolean {
  return c === 0x5b || c === 0x28 || c === 0x3c;
}
function isHostCloser(c: number): boolean {
  return c === 0x5d || c === 0x29 || c === 0x3e || c === 0x3b || c === 0x2c;
}

function cleanHost(h: string | undefined): string | undefined {
  if (!h) return undefined;
  let host = withoutHostBrackets(h);
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host ? host.toLowerCase() : undefined;
}

const HOSTNAME = /^[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?\.?$/i;

/**
 * @example parseReceived('from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.net with ESMTP id X; Tue, 1 Jul 2003 10:52:37 +0200')
 */
export function parseReceived(raw: string): ReceivedHop {
  const semi = raw.lastIndexOf(';');
  const head = semi >= 0 ? raw.slice(0, semi) : raw;
  const date = semi >= 0 ? parseMailDate(raw.slice(semi + 1)) : null;
  // Every field present from the start, in one order: one object shape for every hop (fields added as found
  // gave each combination its own hidden class, and the code reading hops deoptimised on each new one).
  const hop: ReceivedHop = { raw, helo: undefined, rdns: undefined, ip: undefined, by: undefined, protocol: undefined, for: undefined, date, wellFormed: false };
  const clauses = splitClauses(head.length > 4096 ? head.slice(0, 4096) : head);
  let hasFrom = false;
  let hasBy = false;
  for (let k = 0; k < clauses; k++) {
    const clause = clauseSlots[k]!;
    switch (clause.word) {
      case 'from': {
        if (hasFrom) break;
        hasFrom = true;
        fillFrom(hop, clause);
        break;
      }
      case 'by':
        if (!hasBy) {
          hasBy = true;
          const by = cleanHost(firstWord(clause));
          if (by) hop.by = by;
        }
        break;
      case 'with': {
        const word = firstWord(clause);
        if (hop.protocol === undefined && word) hop.protocol = withoutEndSeparator(word);
        break;
      }
      case 'for': {
        const word = firstWord(clause);
        if (hop.for === undefined && word) {
          const f = withoutEndSeparator(withoutAngles(word));
          if (f) hop.for = f;
        }
        break;
      }
      default:
        break;
    }
  }
  hop.wellFormed = (hasFrom || hasBy) && semi >= 0 && date !== null;
  return hop;
}

function fillFrom(hop: ReceivedHop, clause: Clause): void {
  const first = firstWord(clause);
  let comments = clause.commentCount > 0 ? clause.comments[0]! : '';
  for (let k = 1; k < clause.commentCount; k++) comments += ' ' + clause.comments[k]!;
  // Explicit HELO in the comment (qmail `(HELO x)`, Exim `helo=x`, Exchange `(EHLO x)`): the word after
  // `from` is then the reverse-DNS name the receiver looked up.
  const heloMatch = /(?:^|[\s(])(?:helo|ehlo)[=\s]+([^\s()]+)/i.exec(comments);
  const firstIp = first ? normalizeIp(withoutLiteralBrackets(first)) : undefined;
  // fetchmail and some MTAs write the literal outside a comment: `from host [192.0.2.1] by …`.
  const ip = extractIp(comments) ?? (clause.kept > 1 ? extractIp(clause.words.slice(1, clause.kept).join(' ')) : undefined) ?? firstIp;
  if (ip) hop.ip = ip;
  if (heloMatch) {
    hop.helo = withoutEndSeparators(heloMatch[1] as string);
    if (first && !firstIp && first.toLowerCase() !== 'unknown') {
      const rdns = cleanHost(first);
      if (rdns) hop.rdns = rdns;
    }
    return;
  }
  if (first) hop.helo = first;
  // Postfix / Sendmail: `(rdns [ip])`; `unknown` means the lookup failed.
  for (let k = 0; k < clause.commentCount; k++) {
    const comment = clause.comments[k]!;
    const m = /^\s*([^\s[\]()]+)\s+\[/.exec(comment);
    if (m) {
      const name = m[1] as string;
      if (name.toLowerCase() !== 'unknown' && HOSTNAME.test(name) && !normalizeIp(name)) {
        const rdns = cleanHost(name);
        if (rdns) hop.rdns = rdns;
      }
      break;
    }
  }
}
