import { hostParts } from '../../links/registrable.js';
import { addressSyntaxProblem, makeAddress } from '../../mail/parse/index.js';
import type { Address } from '../../mail/types.js';
import type { Check, Finding } from '../types.js';

/** Addresses of one header judged at most (a From of 1,000 mailboxes is judged by its first few). */
const MAX_PER_HEADER = 5;

/** An address string from Return-Path or the envelope: '' is the null sender (RFC 5321 §4.5.5), valid. */
function fromSpec(spec: string | undefined): Address | undefined {
  if (spec === undefined || spec.trim() === '' || spec.trim() === '<>') return undefined;
  return makeAddress(spec.replace(/^<|>$/g, ''), '');
}

/**
 * Top-level names that are not in the DNS on purpose (RFC 2606, RFC 6761, RFC 6762 Appendix G, RFC 8375, ICANN's 2024
 * `.internal`) or that posters add to hide an address from harvesters (`user@example.com.nospam`, an old Usenet habit): a
 * mail system's own or a reader's own choice, not a sender's lie. `テスト` and `test` are the IDN and ASCII test names.
 */
const SPECIAL_USE_TLDS = new Set([
  'test', 'example', 'invalid', 'localhost', 'local', 'localdomain', 'lan', 'home', 'corp', 'internal', 'intranet', 'private', 'domain',
  'workgroup', 'nospam', 'nospamplease', 'remove', 'removethis', 'spamtrap', 'xn--zckzah', 'テスト',
]);

/**
 * Session 30 (issue 17, item 3): a From domain whose top-level name exists nowhere (`zilveren-kruis.zn`): no such
 * address can receive a reply. The public suffix list's ICANN section (tldts' data) is the list of top-level names that
 * exist; the names kept for private and test use above are left alone. Null for a name that exists or is not an address.
 */
export function unknownTopLevel(asciiDomain: string): string | null {
  if (!asciiDomain.includes('.') || asciiDomain.startsWith('[')) return null;
  const tld = asciiDomain.slice(asciiDomain.lastIndexOf('.') + 1).toLowerCase();
  if (tld === '' || SPECIAL_USE_TLDS.has(tld) || /^\d+$/.test(tld)) return null;
  return hostParts(asciiDomain).isIcann ? null : tld;
}

/** The addresses, each cut to 100 characters, joined by ", " (HDR_FROM_MULTIPLE's evidence): a loop, not a mapped join (see `others`). */
function shortList(addresses: Iterable<string>): string {
  let out = '';
  let first = true;
  for (const a of addresses) {
    out += first ? a.slice(0, 100) : `, ${a.slice(0, 100)}`;
    first = false;
  }
  return out;
}

/**
 * Sender addresses that are not mail addresses at all (issue 17, item 3): a From domain without a dot,
 * with spaces, with characters no domain has. No mail system can answer such an address; phishing kits and
 * hand-made senders write them because clients show the display name anyway. The syntax is RFC 5322's
 * and RFC 5321's, with internationalised (IDN, SMTPUTF8) addresses valid (see addressSyntaxProblem). Besides, a From
 * whose display name runs across an unquoted comma (Address.commaInName): never in the 4,150 SpamAssassin ham, nor in the
 * 64 modern-ham probe messages or the 541 fixture messages; in 469 of the 3,077 honeypot messages of 2022–2026.
 */
export const addressesCheck: Check = {
  name: 'headers.addresses',
  description: 'From, Reply-To, Sender, Return-Path and envelope sender are valid mail addresses',
  emits: ['HDR_FROM_INVALID', 'HDR_FROM_COMMA_IN_NAME', 'HDR_FROM_MULTIPLE', 'HDR_ADDRESS_INVALID'],
  run(msg) {
    const findings: Finding[] = [];
    for (const a of msg.from.slice(0, MAX_PER_HEADER)) {
      let problem = addressSyntaxProblem(a);
      if (!problem) {
        const tld = unknownTopLevel(a.asciiDomain);
        if (tld) problem = `domain "${a.domain.slice(0, 100)}" ends in ".${tld.slice(0, 63)}", a top-level domain that does not exist`;
      }
      if (problem) findings.push({ id: 'HDR_FROM_INVALID', evidence: `From: ${problem}`, data: { header: 'from', address: a.written ?? a.address } });
    }
    // The first From mailbox is the one clients show: its name read across an unquoted comma (the parser joins it as they do).
    const shown = msg.from[0];
    if (shown?.commaInName) {
      findings.push({ id: 'HDR_FROM_COMMA_IN_NAME', evidence: `From: the name "${shown.name.slice(0, 120)}" has an unquoted comma before <${shown.address.slice(0, 100)}>`, data: { name: shown.name.slice(0, 200), address: shown.address } });
    }
    // Several authors need a Sender (RFC 5322 §3.6.2). The comma-in-name form is one mailbox to a reader (above), and the same
    // address written twice is one author: only different addresses count.
    if (!msg.sender && !shown?.commaInName && msg.from.length > 1) {
      const authors = new Set<string>();
      for (const a of msg.from.slice(0, MAX_PER_HEADER)) if (a.address.includes('@')) authors.add(a.address.toLowerCase());
      if (authors.size > 1) {
        findings.push({ id: 'HDR_FROM_MULTIPLE', evidence: `From: ${shortList(authors)}${msg.from.length > MAX_PER_HEADER ? ', …' : ''} and no Sender`, data: { addresses: [...authors] } });
      }
    }
    // Pushed, not spread from `replyTo.slice(…).map(…)`: optimised, the inlined map's array was of another kind than the
    // one its readers had seen, and this run was thrown away and recompiled in pass after pass (cpu51d, NOTES session 51).
    const others: [string, Address | undefined][] = [];
    for (const a of msg.replyTo.slice(0, MAX_PER_HEADER)) others.push(['Reply-To', a]);
    others.push(['Sender', msg.sender], ['Return-Path', fromSpec(msg.returnPath)], ['envelope sender', fromSpec(msg.envelope?.mailFrom)]);
    for (const [header, a] of others) {
      let problem = a ? addressSyntaxProblem(a) : null;
      // Session 37: a bounce address (Return-Path, envelope sender) under a top-level name that exists nowhere
      // (`…@5wc0f8nzjobyge527r6jj3qOJX6eI6.cuk`, a screening advert's Return-Path) is no more an address than a malformed one:
      // no mail system can return a bounce there. 0 of the 4,150 SpamAssassin ham (4,140 with a Return-Path) and the modern-ham
      // probe; ~90 dev-pot messages, 4 of them clean. Reply-To stays with the syntax alone, as session 30 left it.
      if (a && !problem && (header === 'Return-Path' || header === 'envelope sender')) {
        const tld = unknownTopLevel(a.asciiDomain);
        if (tld) problem = `domain "${a.domain.slice(0, 100)}" ends in ".${tld.slice(0, 63)}", a top-level domain that does not exist`;
      }
      if (a && problem) findings.push({ id: 'HDR_ADDRESS_INVALID', evidence: `${header}: ${problem}`, data: { header: header.toLowerCase(), address: a.written ?? a.address } });
    }
    return { findings };
  },
};
