/** The hosts a message links to, as the sender family reads them (lookalikes, organisation claims). */
import type { ParsedMessage } from '../../mail/types.js';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()]+/gi;
const MAX_TEXT_URLS_SCAN = 200_000;

function hostOf(href: string): string | null {
  if (!/^\s*https?:/i.test(href)) return null;
  try {
    return new URL(href.trim()).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/**
 * Link hosts per message: identity and lookalike checks both read them, one after the other (a URL parse
 * per link, twice per message, before). Weakly held, like the links family's facts: a scanned message is
 * not kept alive by the cache.
 */
const found = new WeakMap<ParsedMessage, { max: number; hosts: readonly string[] }>();

/** Link hosts: HTML hrefs first, then URLs written in the text, unique, at most `max`. */
export function linkHosts(msg: ParsedMessage, max: number): readonly string[] {
  const known = found.get(msg);
  if (known?.max === max) return known.hosts;
  const hosts = findLinkHosts(msg, max);
  found.set(msg, { max, hosts });
  return hosts;
}

function findLinkHosts(msg: ParsedMessage, max: number): string[] {
  const hosts = new Set<string>();
  // A URL seen before in this message (the same link in several places, or in both the HTML and the text part)
  // adds nothing: it is not parsed again.
  const seen = new Set<string>();
  for (const link of msg.htmlFacts.links) {
    if (hosts.size >= max) break;
    if (seen.has(link.href)) continue;
    seen.add(link.href);
    const h = hostOf(link.href);
    if (h) hosts.add(h);
  }
  const text = msg.text.length > MAX_TEXT_URLS_SCAN ? msg.text.slice(0, MAX_TEXT_URLS_SCAN) : msg.text;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    if (hosts.size >= max) break;
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    const h = hostOf(m[0]);
    if (h) hosts.add(h);
  }
  return [...hosts];
}

