import { lazyRegExp } from '../lazy-regexp.js';
/**
 * node:net's IPv4 pattern, as Node 20 defines it (lib/internal/net.js: four decimal parts 0–255, no leading zeros).
 * Written here so that text without a colon needs nothing from node:net, whose loading (sockets, stream wrappers)
 * cost ~2 ms of a one-message scan's start-up; ip-family.test.ts holds it to net.isIPv4.
 */
const V4_PART = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const IPV4 = lazyRegExp(() => new RegExp(`^(?:${V4_PART}\\.){3}${V4_PART}$`));

/** A group of an IPv6 address: one to four hex digits (node:net's `[0-9a-fA-F]{1,4}`). */
function isHexGroup(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > 4) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

/**
 * How many 16-bit groups `text[start, end)` writes — hex groups between single colons, the last one possibly a dotted IPv4
 * address (two groups) — or -1 when it is not such a list. An empty range is 0 groups.
 */
function groupCount(text: string, start: number, end: number, v4Last: boolean): number {
  if (start === end) return 0;
  let groups = 0;
  for (let from = start; ; ) {
    const colon = text.indexOf(':', from);
    const to = colon < 0 || colon >= end ? end : colon;
    if (to === end && v4Last && text.lastIndexOf('.', end - 1) >= from) return IPV4().test(text.slice(from, end)) ? groups + 2 : -1;
    if (!isHexGroup(text, from, to)) return -1;
    groups++;
    if (to === end) return groups;
    from = to + 1;
  }
}

/** A zone index's characters (node:net: `%[0-9a-zA-Z-.:]{1,}`). */
function isZone(text: string, start: number): boolean {
  if (start >= text.length) return false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 58) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 46)) return false;
  }
  return true;
}

/**
 * node:net's isIPv6, read by hand (start-up: Node 20 compiles its 1,461-character pattern on the first address with a colon,
 * ~3 % of a one-message scan's instructions — modern Received chains always have one). The same language, alternative by
 * alternative of lib/internal/net.js: eight groups; six and an IPv4 address; or one `::` with at most seven groups around it,
 * an IPv4 address only last (two groups); then optionally `%` and a zone. ip-family.test.ts holds it to net.isIPv6.
 */
export function isIPv6(text: string): boolean {
  const percent = text.indexOf('%');
  if (percent >= 0 && !isZone(text, percent + 1)) return false;
  const end = percent >= 0 ? percent : text.length;
  const gap = text.indexOf('::');
  if (gap < 0 || gap >= end - 1) {
    const groups = groupCount(text, 0, end, true);
    return groups === 8;
  }
  if (text.indexOf(':', gap + 2) === gap + 2) return false; // ':::'
  const second = text.indexOf('::', gap + 2);
  if (second >= 0 && second < end - 1) return false;
  const before = groupCount(text, 0, gap, false);
  const after = groupCount(text, gap + 2, end, true);
  return before >= 0 && after >= 0 && before + after <= 7;
}

/**
 * 4 or 6 for an IPv4 / IPv6 address literal, 0 otherwise: node:net's isIP (IPv4 first, as it tests), without node:net's IPv6
 * pattern (isIPv6 above) and without trying IPv6 on text that has no colon (every IPv6 form has one). Shared by the Received
 * parser and src/links/ip.ts.
 */
export function ipFamily(text: string): 0 | 4 | 6 {
  return text.includes(':') ? (isIPv6(text) ? 6 : 0) : IPV4().test(text) ? 4 : 0;
}
