import { isIP } from 'node:net';

/**
 * node:net's IPv4 pattern, as Node 20 defines it (lib/internal/net.js: four decimal parts 0–255, no leading zeros).
 * Written here so that text without a colon needs nothing from node:net, whose loading (sockets, stream wrappers)
 * cost ~2 ms of a one-message scan's start-up; ip-family.test.ts holds it to net.isIPv4.
 */
const V4_PART = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const IPV4 = new RegExp(`^(?:${V4_PART}\\.){3}${V4_PART}$`);

/**
 * 4 or 6 for an IPv4 / IPv6 address literal, 0 otherwise: node:net's isIP without trying IPv6 on text that has no
 * colon (every IPv6 form has one). node:net's IPv6 pattern is long; compiling it cost ~5 ms of a one-message
 * scan's start-up when only domain names and IPv4 hops came by. Shared by the Received parser and src/links/ip.ts.
 */
export function ipFamily(text: string): 0 | 4 | 6 {
  return text.includes(':') ? (isIP(text) as 0 | 4 | 6) : IPV4.test(text) ? 4 : 0;
}
