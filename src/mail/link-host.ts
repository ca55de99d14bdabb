/**
 * A link's host as written, lower-cased (`scheme://user@HOST:port/…`), or its first 100 characters when it names none: the
 * key by which a flood of links is thinned host by host, both where the parser keeps a message's HTML links
 * (mail/parse/html.ts) and where the link checks choose which to read (links/extract.ts htmlLinksFirst).
 */
export function linkHostKey(href: string): string {
  const at = href.indexOf('://');
  if (at < 0 || at > 20) return href.slice(0, 100).toLowerCase();
  let start = at + 3;
  let end = start;
  while (end < href.length && end - start < 260) {
    const c = href.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) break; // / ? # \
    if (c === 0x40) start = end + 1; // user@
    end++;
  }
  let host = href.slice(start, end);
  const colon = host.lastIndexOf(':');
  if (colon > 0 && !host.endsWith(']')) host = host.slice(0, colon);
  return host.toLowerCase();
}
