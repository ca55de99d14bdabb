import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReceivedHop } from '../types.js';
import { parseMailDate } from './date.js';
import { ipFamily } from './ip-family.js';
import { parseReceived } from './received.js';

test('Received hops from real MTAs (table)', () => {
  const rows: { input: string; expected: Record<string, unknown> }[] = [
    {
      input: 'from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.net (Postfix) with ESMTPS id 4F1; Tue, 1 Jul 2003 10:52:37 +0200',
      expected: { helo: 'mail.example.com', rdns: 'mail.example.com', ip: '192.0.2.1', by: 'mx.example.net', protocol: 'ESMTPS', wellFormed: true },
    },
    {
      input: 'from helo.example (unknown [198.51.100.7]) by mx.example.net with SMTP id x for <victim@example.net>; Tue, 1 Jul 2003 10:52:37 +0200',
      expected: { helo: 'helo.example', rdns: undefined, ip: '198.51.100.7', for: 'victim@example.net' },
    },
    {
      input: 'from rdns.example ([203.0.113.9] helo=fake.helo) by mx.example.net with esmtp (Exim 4.96) id 1abc; Tue, 01 Jul 2003 10:52:37 +0000',
      expected: { helo: 'fake.helo', rdns: 'rdns.example', ip: '203.0.113.9', protocol: 'esmtp' },
    },
    {
      input: 'from unknown (HELO pc123) (192.0.2.55) by mail.example.org with SMTP; 16 Dec 2002 14:31:36 -0000',
      expected: { helo: 'pc123', rdns: undefined, ip: '192.0.2.55', by: 'mail.example.org' },
    },
    {
      input: 'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id a1sor for <x@gmail.com> (Google Transport Security); Mon, 2 Jan 2006 15:04:05 -0800 (PST)',
      expected: { helo: 'mail-sor-f41.google.com', rdns: 'mail-sor-f41.google.com', ip: '209.85.220.41', for: 'x@gmail.com' },
    },
    {
      input: 'from client.example (client.example [IPv6:2001:db8::25]) by mx.example.net (Postfix) with ESMTP; Mon, 2 Jan 2006 15:04:05 +0000',
      expected: { ip: '2001:db8::25', rdns: 'client.example' },
    },
    {
      input: 'from NAM12-BN8-obe.outbound.protection.outlook.com (2603:10b6:408:e6::14) by BN8PR12MB.namprd12.prod.outlook.com (2603:10b6:408:9f::19) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7 via Frontend Transport; Mon, 2 Jan 2006 15:04:05 +0000',
      expected: { ip: '2603:10b6:408:e6::14', by: 'bn8pr12mb.namprd12.prod.outlook.com', protocol: 'Microsoft' },
    },
    {
      input: 'from [192.0.2.9] (port=4321 helo=[192.0.2.9]) by mx.example with esmtpa; Mon, 2 Jan 2006 15:04:05 +0000',
      expected: { ip: '192.0.2.9', helo: '[192.0.2.9]' },
    },
    { input: 'from mpehp1.example (root@130.183.70.10) by o05.example with SMTP; 16 Dec 2002 14:31:36 -0000', expected: { ip: '130.183.70.10' } },
    {
      input: 'from dogma.example.org [212.17.35.15] by localhost with IMAP (fetchmail-5.7.4) for jm@localhost (single-drop); Fri, 07 Dec 2001 10:43:12 +0000',
      expected: { helo: 'dogma.example.org', ip: '212.17.35.15', by: 'localhost', protocol: 'IMAP', for: 'jm@localhost' },
    },
    { input: 'by mx.example.net with LMTP id abc; Mon, 2 Jan 2006 15:04:05 +0000', expected: { by: 'mx.example.net', protocol: 'LMTP', wellFormed: true } },
    { input: 'garbage without structure', expected: { wellFormed: false, date: null } },
    { input: 'from x by y; not a date', expected: { wellFormed: false, date: null } },
  ];
  for (const row of rows) {
    const hop = parseReceived(row.input) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(row.expected)) assert.deepEqual(hop[key], value, `${key} in ${row.input}`);
  }
  assert.equal(parseReceived('by a; Mon, 2 Jan 2006 15:04:05 +0000').date?.toISOString(), '2006-01-02T15:04:05.000Z');
});

test('parseReceived gives what it gave before words no clause reads were skipped and every hop had one shape (generated hops)', () => {
  let seed = 5;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = ['from', 'FROM', 'by', 'By', 'via', 'with', 'id', 'for', 'unknown', 'mail.example.com', 'mx.example.net.', '[192.0.2.1]', '192.0.2.7',
    '[IPv6:2001:db8::1]', '::ffff:198.51.100.4', 'ESMTPS', 'SMTP;', '<a@example.org>;', '<b@example.net>', 'x', 'abcd', 'abcde', 'helo=pc1', '(port=25', 'Frontend', '4F1'];
  const comments = ['(mail.example.com [192.0.2.1])', '(HELO pc123)', '([203.0.113.9] helo=fake.helo)', '(unknown [198.51.100.7])', '(2603:10b6:408:e6::14)',
    '(Postfix)', '(version=TLS1_2 (nested 10.0.0.1))', '(192.0.2.55)', '(EHLO [10.1.2.3])', '(unclosed'];
  for (let round = 0; round < 5000; round++) {
    const parts: string[] = [];
    for (let k = Math.floor(random() * 16); k > 0; k--) parts.push(random() < 0.3 ? pick(comments) : pick(words));
    const tail = random() < 0.8 ? `; ${pick(['Tue, 1 Jul 2003 10:52:37 +0200', 'Mon, 2 Jan 2006 15:04:05 -0800 (PST)', 'not a date'])}` : '';
    const raw = parts.join(pick([' ', '  ', '\r\n\t'])) + tail;
    const before = parseReceivedBefore(raw) as unknown as Record<string, unknown>;
    const now = parseReceived(raw) as unknown as Record<string, unknown>;
    for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) assert.deepEqual(now[key], before[key], `${key} in ${raw}`);
    assert.deepEqual(Object.keys(now), ['raw', 'helo', 'rdns', 'ip', 'by', 'protocol', 'for', 'date', 'wellFormed']);
  }
});

// parseReceived as it was before (session 10): every word of every clause and every comment copied out, fields added as found.
const CLAUSE_WORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);

interface Clause {
  word: string;
  /** Words outside comments. */
  words: string[];
  /** Comment texts (outermost parentheses). */
  comments: string[];
}

function splitClauses(s: string): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause | null = null;
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
      i++;
      continue;
    }
    if (c === 0x28) {
      let depth = 1;
      let j = i + 1;
      while (j < len && depth > 0) {
        const d = s.charCodeAt(j);
        if (d === 0x28) depth++;
        else if (d === 0x29) depth--;
        j++;
      }
      current?.comments.push(s.slice(i + 1, depth === 0 ? j - 1 : j));
      i = j;
      continue;
    }
    let j = i;
    while (j < len) {
      const d = s.charCodeAt(j);
      if (d === 0x20 || d === 0x09 || d === 0x0d || d === 0x0a || d === 0x28) break;
      j++;
    }
    const word = s.slice(i, j);
    // Only a word as short as the clause words can be one: no lower-cased copy of the others.
    const lower = j - i <= 4 ? word.toLowerCase() : '';
    if (CLAUSE_WORDS.has(lower) && !(current && current.word === lower && current.words.length === 0)) {
      current = { word: lower, words: [], comments: [] };
      clauses.push(current);
    } else if (current) current.words.push(word);
    i = j;
  }
  return clauses;
}

/** An IP literal standing as a word in a Received comment (see extractIp). */
const IP_IN_TEXT = /(?:^|[\s(=:,@])(?:ipv6:)?((?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{0,4}|\d{1,3}(?:\.\d{1,3}){3})|\d{1,3}(?:\.\d{1,3}){3})(?=$|[\s),;\]:])/gi;

/** Extracts an IP literal: `[1.2.3.4]`, `[IPv6:2001:db8::1]`, `1.2.3.4`, `2001:db8::1`, `::ffff:1.2.3.4`. */
function extractIp(text: string): string | undefined {
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

function cleanHost(h: string | undefined): string | undefined {
  if (!h) return undefined;
  let host = h.replace(/^[[(<]+|[\])>;,]+$/g, '');
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host ? host.toLowerCase() : undefined;
}

const HOSTNAME = /^[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?\.?$/i;

/**
 * @example parseReceived('from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.net with ESMTP id X; Tue, 1 Jul 2003 10:52:37 +0200')
 */
function parseReceivedBefore(raw: string): ReceivedHop {
  const semi = raw.lastIndexOf(';');
  const head = semi >= 0 ? raw.slice(0, semi) : raw;
  const date = semi >= 0 ? parseMailDate(raw.slice(semi + 1)) : null;
  const hop: ReceivedHop = { raw, date, wellFormed: false };
  const clauses = splitClauses(head.length > 4096 ? head.slice(0, 4096) : head);
  let hasFrom = false;
  let hasBy = false;
  for (const clause of clauses) {
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
          const by = cleanHost(clause.words[0]);
          if (by) hop.by = by;
        }
        break;
      case 'with':
        if (hop.protocol === undefined && clause.words[0]) hop.protocol = clause.words[0].replace(/[;,]$/, '');
        break;
      case 'for':
        if (hop.for === undefined && clause.words[0]) {
          const f = clause.words[0].replace(/^<|>[;,]?$/g, '').replace(/[;,]$/, '');
          if (f) hop.for = f;
        }
        break;
      default:
        break;
    }
  }
  hop.wellFormed = (hasFrom || hasBy) && semi >= 0 && date !== null;
  return hop;
}

function fillFrom(hop: ReceivedHop, clause: Clause): void {
  const first = clause.words[0];
  const comments = clause.comments.join(' ');
  // Explicit HELO in the comment (qmail `(HELO x)`, Exim `helo=x`, Exchange `(EHLO x)`): the word after
  // `from` is then the reverse-DNS name the receiver looked up.
  const heloMatch = /(?:^|[\s(])(?:helo|ehlo)[=\s]+([^\s()]+)/i.exec(comments);
  const firstIp = first ? normalizeIp(first.replace(/^\[(?:ipv6:)?|\]$/gi, '')) : undefined;
  // fetchmail and some MTAs write the literal outside a comment: `from host [192.0.2.1] by …`.
  const ip = extractIp(comments) ?? (clause.words.length > 1 ? extractIp(clause.words.slice(1, 4).join(' ')) : undefined) ?? firstIp;
  if (ip) hop.ip = ip;
  if (heloMatch) {
    hop.helo = (heloMatch[1] as string).replace(/[,;]+$/, '');
    if (first && !firstIp && first.toLowerCase() !== 'unknown') {
      const rdns = cleanHost(first);
      if (rdns) hop.rdns = rdns;
    }
    return;
  }
  if (first) hop.helo = first;
  // Postfix / Sendmail: `(rdns [ip])`; `unknown` means the lookup failed.
  for (const comment of clause.comments) {
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
