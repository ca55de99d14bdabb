import { domainToASCII } from 'node:url';
import type { Address, ParsedMessage } from '../../mail/types.js';
import { emptyMessage } from '../../test-support/empty-message.js';

/** Parses `Name <local@domain>` or `local@domain` into an Address (test fixtures only). */
export function address(text: string): Address {
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]*)>\s*$/.exec(text) ?? [null, '', text.trim()];
  const addr = (m[2] ?? '').trim();
  const at = addr.lastIndexOf('@');
  const local = at < 0 ? addr : addr.slice(0, at);
  const domain = at < 0 ? '' : addr.slice(at + 1).toLowerCase();
  return { name: (m[1] ?? '').trim(), address: addr, local, domain, asciiDomain: domain ? domainToASCII(domain) || domain : '' };
}

/**
 * A hand-built ParsedMessage for unit tests of checks (before and besides the MIME parser): only the
 * fields given are set, the rest are empty.
 */
export function testMessage(fields: Partial<Omit<ParsedMessage, 'from' | 'replyTo' | 'sender'>> & { from?: string; replyTo?: string[]; sender?: string; links?: string[] }): ParsedMessage {
  const { from, replyTo, sender, links, ...rest } = fields;
  return emptyMessage({
    from: from ? [address(from)] : [],
    replyTo: (replyTo ?? []).map(address),
    ...(sender ? { sender: address(sender) } : {}),
    htmlFacts: { links: (links ?? []).map((href) => ({ href, kind: 'a' as const, text: '', partPath: '1' })), scripts: 0, hiddenTextChars: 0, invisibleChars: 0, forms: 0 },
    ...rest,
  });
}
